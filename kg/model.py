"""Typed records that cross stage boundaries: ingest → nlp → rdf → store.

Nothing here imports spaCy or rdflib: these are the contract between the
extraction side and the RDF side.  Offsets are character offsets into
``Article.text``; entity and event keys are deterministic, so building the
same article twice gives the same graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

#: PLOVER v0.8 event types plus STATEMENT, in PLOVER's order.
EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT",
)

#: Fine event classes and the PLOVER type each one refines.
FINE_TYPES: dict[str, str] = {
    "Arrest": "COERCE",
    "Deportation": "COERCE",
    "Release": "RETREAT",
    "Killing": "ASSAULT",
    "Attack": "ASSAULT",
    "Demonstration": "PROTEST",
    "Conviction": "SANCTION",
    "Charge": "ACCUSE",
    "Meeting": "CONSULT",
}

EntityClass = Literal["Person", "Organization", "Country", "Group", "Location"]
ENTITY_CLASSES: tuple[str, ...] = ("Person", "Organization", "Country", "Group", "Location")

CountKind = Literal["dead", "injured", "arrested", "count"]
COUNT_KINDS: tuple[str, ...] = ("dead", "injured", "arrested", "count")

Qualifier = Literal["exact", "at least", "at most", "about"]


def type_class_name(event_type: str) -> str:
    """'COERCE' → 'Coerce', the local name of the ontology class."""
    return event_type.capitalize()


@dataclass(frozen=True)
class Article:
    """One input document. ``id`` is the user's identifier (file stem or JSONL id)."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    url: str | None = None
    origin: str = ""  # where it was read from, for messages: "path" or "path:line"


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A surface form of an entity in the article."""

    start: int
    end: int
    text: str
    sentence: int


@dataclass(frozen=True)
class Entity:
    """A canonical participant.

    ``key`` is a normalised slug; entities with ``scope == "global"`` share one
    node across articles (same key → same IRI), ``scope == "article"`` ones
    (unnamed groups such as "13 people") are local to their article.
    """

    key: str
    label: str
    cls: EntityClass
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    scope: Literal["global", "article"] = "global"
    country: str | None = None  # key of a Country entity
    sector: str | None = None  # PLOVER/POLECAT sector code: GOV, OPP, CVL, ...
    titles: tuple[str, ...] = ()
    size: int | None = None  # for groups: "13 people" → 13
    merge_notes: tuple[str, ...] = ()  # why several mentions became this one node
    iso_code: str | None = None  # a Country's ISO 3166-1 alpha-3 code ("VEN"), from the gazetteer


@dataclass(frozen=True)
class DateValue:
    """A date as written and, where resolvable, as an ISO value.

    ``value`` is YYYY-MM-DD, YYYY-MM or YYYY according to ``precision``.
    """

    text: str
    value: str | None = None
    precision: Literal["day", "month", "year"] | None = None


@dataclass(frozen=True)
class Count:
    kind: CountKind
    value: int
    qualifier: Qualifier = "exact"
    text: str = ""


@dataclass(frozen=True)
class Event:
    key: str  # unique within the article, stable: "s{sentence}-t{trigger start}"
    type: str  # one of EVENT_TYPES
    fine: str | None  # one of FINE_TYPES or None
    trigger: Mention
    sentence: Sentence
    actors: tuple[str, ...] = ()  # entity keys
    recipients: tuple[str, ...] = ()
    location: str | None = None  # entity key
    date: DateValue | None = None
    counts: tuple[Count, ...] = ()
    mode: str | None = None
    negated: bool = False
    hypothetical: bool = False
    main: bool = False  # the event the sentence is about, as PLOVER/CAMEO coders code one per sentence
    reported_by: tuple[str, ...] = ()  # entity keys of who says so


@dataclass(frozen=True)
class PipelineInfo:
    name: str  # e.g. "en_core_web_sm"
    version: str
    kg_version: str


@dataclass(frozen=True)
class Extraction:
    """Everything read from one article: the only thing the RDF side sees."""

    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    events: tuple[Event, ...]
    pipeline: PipelineInfo

    def entity(self, key: str) -> Entity:
        for ent in self.entities:
            if ent.key == key:
                return ent
        raise KeyError(key)


@dataclass
class BuildSummary:
    articles: int = 0
    skipped: int = 0  # unchanged since the last build
    failed: int = 0  # bad input, warned and skipped
    sentences: int = 0
    entities: int = 0
    events: int = 0
    triples: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        parts = [
            f"{self.articles} article{'s' if self.articles != 1 else ''}",
            f"{self.sentences} sentences",
            f"{self.entities} entities",
            f"{self.events} events",
            f"{self.triples} triples",
        ]
        if self.skipped:
            parts.insert(1, f"{self.skipped} unchanged")
        if self.failed:
            parts.insert(1, f"{self.failed} skipped with errors")
        return "built " + ", ".join(parts) + f" in {self.seconds:.2f} s"
