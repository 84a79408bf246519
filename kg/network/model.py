"""The entity network as typed records: what :func:`kg.network.load_view_graph` reads
from a store and what the template receives.  Plain frozen dataclasses, no RDF
types: ids are IRIs as strings, everything else is text or numbers."""

from __future__ import annotations

from dataclasses import dataclass

#: Entity classes in legend order (``pe:`` local names), then anything else.
ENTITY_CLASSES: tuple[str, ...] = ("Person", "Organization", "Country", "Group", "Location")


@dataclass(frozen=True)
class Participant:
    """An entity named in a fact: its IRI and label (it may not be drawn as a node)."""

    id: str
    label: str


@dataclass(frozen=True)
class ViewFact:
    """One event, with the sentence it was read from and the article it came from."""

    id: str  # event IRI
    type: str  # PLOVER class local name ("Retreat"), the filter key
    type_label: str  # words for it ("retreat")
    fine: str | None  # fine class local name ("Release") or None
    fine_label: str | None
    trigger: str | None
    sentence: str
    actors: tuple[Participant, ...] = ()
    recipients: tuple[Participant, ...] = ()
    reported_by: tuple[Participant, ...] = ()
    place: str | None = None  # label of pe:location
    date: str | None = None  # lexical form: YYYY-MM-DD, YYYY-MM or YYYY
    date_text: str | None = None
    counts: tuple[tuple[str, int, str | None], ...] = ()  # (kind, value, qualifier)
    mode: str | None = None
    negated: bool = False
    hypothetical: bool = False
    main: bool = False  # pe:mainEvent: the event its sentence is mainly about
    article_id: str = ""
    article_title: str | None = None
    article_url: str | None = None  # http(s) only; anything else is dropped on load
    article_date: str | None = None


@dataclass(frozen=True)
class ViewNode:
    """An entity that takes part in at least one event."""

    id: str  # entity IRI
    label: str
    cls: str  # "Person", "Organization", "Country", "Group", "Location" (or another pe:Entity subclass)
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # labels
    iso_code: str | None = None  # a Country's ISO 3166-1 alpha-3 code (pe:isoCode): "VEN"
    country_codes: tuple[str, ...] = ()  # the ISO codes of its countries, in the order of ``countries``
    sectors: tuple[str, ...] = ()
    size: int | None = None  # for groups: "13 people" → 13
    articles: int = 0  # articles that mention it
    events: int = 0  # events it is an actor or recipient of
    importance: float = 0.0  # PageRank in the drawn graph (sums to 1 over the nodes)
    facts: tuple[str, ...] = ()  # ids of its events (actor or recipient)


@dataclass(frozen=True)
class ViewEdge:
    """A direct relation triple ``source relation target`` (e.g. ``pe:releases``)."""

    id: str
    source: str  # node id (actor)
    target: str  # node id (recipient)
    relation: str  # property IRI
    label: str  # the property's label in words: "released"
    facts: tuple[str, ...] = ()  # ids of the events behind this edge


@dataclass(frozen=True)
class ViewGraph:
    nodes: tuple[ViewNode, ...]
    edges: tuple[ViewEdge, ...]
    facts: tuple[ViewFact, ...]
    left_out: int = 0  # nodes dropped by max_nodes (least central first)
    title: str = "kg — political events"
    focus: tuple[str, ...] = ()  # ids of the focus entities, if any
    hops: int | None = None  # neighbourhood radius when focused


@dataclass(frozen=True)
class ViewSummary:
    """What :func:`kg.view.write_view` wrote."""

    nodes: int
    edges: int
    left_out: int
    path: str
    facts: int = 0

    def line(self) -> str:
        def n(count: int, one: str, many: str) -> str:
            return f"{count} {one if count == 1 else many}"

        more = f" ({n(self.left_out, 'less central entity', 'less central entities')} left out)" if self.left_out else ""
        return (
            f"wrote {self.path}: {n(self.nodes, 'entity', 'entities')}, {n(self.edges, 'relation', 'relations')}, "
            f"{n(self.facts, 'event', 'events')}{more}"
        )
