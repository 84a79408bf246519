"""Network analytics over a kg store: statistics, fact paths, GraphML/GEXF.

:func:`to_networkx` is the one way from a store to networkx: a
``MultiDiGraph`` whose nodes are the entities that take part in events and
whose edges are the asserted actor → recipient facts (one edge per event and
pair, keyed by the event IRI; a direct relation triple with no event behind it
becomes an edge keyed by the relation IRI).  Everything else is built on it:

* :func:`stats` — counts per entity class, event type and month; the entity
  network's components, Louvain communities and most central entities;
* :func:`shortest_path` — the shortest chain of facts linking two entities,
  each step with its event, direction, sentence and article;
* :func:`write_graphml` / :func:`write_gexf` — the graph for Gephi and
  Cytoscape, list attributes joined with ``"; "``, written atomically.

The library never prints: every function returns plain typed data.
"""

from __future__ import annotations

import difflib
import io
import itertools
import json
import os
import random
import re
import unicodedata
from collections import Counter, deque
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import IO, TYPE_CHECKING, Any

import networkx as nx

from .errors import KgError, UsageError
from .export import write_atomic
from .model import ENTITY_CLASSES, EVENT_TYPES, FINE_TYPES, type_class_name
from .rdf.vocab import PE_IRI, RELATION_OF_CLASS, slug
from .store import using_store

if TYPE_CHECKING:
    from .store import KgStore  # a local Store or a remote one

    #: An open store, or the location of one (None: $KG_STORE or ./kg-store).
    StoreArg = KgStore | str | os.PathLike[str] | None

__all__ = [
    "BETWEENNESS_BUDGET",
    "NETWORK_FORMATS",
    "SEED",
    "Community",
    "EntityRef",
    "Fact",
    "FactPath",
    "GraphStats",
    "NetworkExportSummary",
    "NoPathError",
    "PathStep",
    "RankedEntity",
    "betweenness",
    "entity_graph",
    "find_entity",
    "flatten",
    "fold",
    "network_format",
    "path_in",
    "shortest_path",
    "stats",
    "to_networkx",
    "write_gexf",
    "write_graphml",
    "write_network",
]

#: Seed of every randomised step (Louvain, betweenness sampling): same store, same answer.
SEED = 42
#: Exact betweenness costs (sources × (nodes + edges)) per component; above this
#: budget a component's betweenness is estimated from a seeded sample of sources.
BETWEENNESS_BUDGET = 600_000
#: Fewest sources sampled when estimating a big component's betweenness.
BETWEENNESS_MIN_SAMPLES = 32
#: Formats written by :func:`write_network`.
NETWORK_FORMATS = ("graphml", "gexf")
#: How lists are joined into one attribute value in GraphML/GEXF.
LIST_SEPARATOR = "; "

PLOVER_CLASSES: tuple[str, ...] = tuple(type_class_name(t) for t in EVENT_TYPES)
FINE_CLASSES: tuple[str, ...] = tuple(FINE_TYPES)


class NoPathError(KgError):
    """Two entities exist but no chain of facts links them."""

    exit_code = 1


# -- records -------------------------------------------------------------------


@dataclass(frozen=True)
class EntityRef:
    """An entity: its IRI, label and class (``Person``, ``Group``, …)."""

    id: str
    label: str
    cls: str


@dataclass(frozen=True)
class Fact:
    """One actor → recipient fact: an event (or a bare relation triple) between two entities."""

    source: EntityRef  # the actor
    target: EntityRef  # the recipient
    relation: str  # property IRI, e.g. pe:releases
    label: str  # the relation in words: "released"
    event: str | None  # event IRI; None for a relation triple with no event behind it
    event_type: str | None  # PLOVER class local name: "Retreat"
    fine_type: str | None  # fine class local name: "Release"
    trigger: str | None
    date: str | None  # YYYY-MM-DD, YYYY-MM or YYYY
    sentence: str | None
    article: str | None  # article id
    reported_by: tuple[str, ...] = ()  # labels of who says so


@dataclass(frozen=True)
class PathStep:
    """One step of a path, from ``start`` to ``end`` (the path's direction).

    ``fact`` keeps its true direction: ``forward`` is True when the fact's
    actor is ``start`` ("A released B"), False when the path walks it
    backwards ("B ← released — A").  ``more`` are the other facts linking the
    same two entities.
    """

    start: EntityRef
    end: EntityRef
    fact: Fact
    forward: bool
    more: tuple[Fact, ...] = ()


@dataclass(frozen=True)
class FactPath:
    """The shortest chain of facts from ``source`` to ``target``."""

    source: EntityRef
    target: EntityRef
    steps: tuple[PathStep, ...]

    def __len__(self) -> int:
        return len(self.steps)

    @property
    def entities(self) -> tuple[EntityRef, ...]:
        return (self.source, *(s.end for s in self.steps))

    def text(self) -> str:
        n = len(self.steps)
        lines = [f"{self.source.label} → {self.target.label}: {n} step{'s' if n != 1 else ''}"]
        for i, step in enumerate(self.steps, 1):
            f = step.fact
            if step.forward:
                lines.append(f"{i}. {step.start.label} —{f.label}→ {step.end.label}")
            else:
                lines.append(f"{i}. {step.start.label} ←{f.label}— {step.end.label}")
            lines.append("   " + _fact_line(f))
            if f.sentence:
                lines.append(f"   “{' '.join(f.sentence.split())}”")
            if step.more:
                k = len(step.more)
                lines.append(f"   (+{k} more fact{'s' if k != 1 else ''} between them)")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def _fact_line(f: Fact) -> str:
    if f.event is None:
        return f"(direct relation {_short(f.relation)}, no event recorded)"
    kind = f.fine_type or f.event_type or "Event"
    parts = [f"{kind} “{f.trigger}”" if f.trigger else kind]
    if f.date:
        parts.append(f.date)
    if f.article:
        parts.append(f"article {f.article}")
    if f.reported_by:
        parts.append("according to " + ", ".join(f.reported_by))
    return " · ".join(parts)


@dataclass(frozen=True)
class RankedEntity:
    """An entity of the network with its centrality scores."""

    id: str
    label: str
    cls: str
    degree: int  # distinct counterparts
    facts: int  # actor → recipient facts it takes part in (weighted degree)
    pagerank: float
    betweenness: float


@dataclass(frozen=True)
class Community:
    """A Louvain community: members ordered by degree, then label."""

    size: int
    members: tuple[EntityRef, ...]


@dataclass(frozen=True)
class GraphStats:
    """What :func:`stats` reports; ``text()`` for people, ``to_json()`` for programs."""

    articles: int
    entities: int
    entities_by_class: dict[str, int]
    events: int
    negated_events: int
    hypothetical_events: int
    events_by_type: dict[str, int]  # PLOVER class → events, in PLOVER order
    events_by_fine_type: dict[str, int]  # fine class → events
    events_by_month: dict[str, int]  # "YYYY-MM" (or "YYYY" for year-only dates) → events, sorted
    undated_events: int
    # the entity network (undirected; edge weight = number of facts)
    nodes: int
    facts: int  # actor → recipient facts (edges of to_networkx)
    links: int  # linked pairs of entities
    isolated: int  # entities with no counterpart
    components: int
    component_sizes: tuple[int, ...]  # biggest first
    communities: tuple[Community, ...]  # ≥ 2 members, biggest first
    singleton_communities: int
    modularity: float | None
    top_degree: tuple[RankedEntity, ...]
    top_pagerank: tuple[RankedEntity, ...]
    top_betweenness: tuple[RankedEntity, ...]
    betweenness_sampled: bool  # True when some component's betweenness was estimated
    seed: int = SEED

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def text(self, *, communities: int = 10, members: int = 8) -> str:
        out: list[str] = []
        qual = []
        if self.negated_events:
            qual.append(f"{self.negated_events} negated")
        if self.hypothetical_events:
            qual.append(f"{self.hypothetical_events} hypothetical")
        out.append(
            f"{_n(self.articles, 'article')}, {_n(self.entities, 'entity', 'entities')}, "
            f"{_n(self.events, 'event')}" + (f" ({', '.join(qual)})" if qual else "")
        )
        out += ["", "Entities by class"]
        out.append(_table(("class", "entities"), [(k, v) for k, v in self.entities_by_class.items()], "lr"))
        out += ["", "Events by type (PLOVER)"]
        out.append(_table(("type", "events"), [(k, v) for k, v in self.events_by_type.items()], "lr"))
        if self.events_by_fine_type:
            out += ["", "Fine event types"]
            out.append(_table(("type", "events"), [(k, v) for k, v in self.events_by_fine_type.items()], "lr"))
        out += ["", "Events per month"]
        rows = [(k if len(k) > 4 else f"{k} (year only)", v) for k, v in self.events_by_month.items()]
        rows.append(("undated", self.undated_events))
        out.append(_table(("month", "events"), rows, "lr"))

        out += [
            "",
            (
                f"Entity network: {_n(self.nodes, 'entity', 'entities')}, {_n(self.facts, 'fact')} "
                f"between {_n(self.links, 'pair')}, {_n(self.isolated, 'isolated entity', 'isolated entities')}"
            ),
            f"Connected components: {self.components}" + (f" (sizes {_sizes(self.component_sizes)})" if self.component_sizes else ""),
        ]
        for title, ranked in (
            ("Top entities by degree (distinct counterparts)", self.top_degree),
            ("Top entities by PageRank", self.top_pagerank),
            (
                "Top entities by betweenness" + (" (estimated from samples)" if self.betweenness_sampled else ""),
                self.top_betweenness,
            ),
        ):
            out += ["", title]
            if not ranked:
                out.append("(no linked entities)")
                continue
            out.append(
                _table(
                    ("#", "entity", "class", "degree", "facts", "pagerank", "betweenness"),
                    [
                        (i, r.label, r.cls, r.degree, r.facts, f"{r.pagerank:.4f}", f"{r.betweenness:.4f}")
                        for i, r in enumerate(ranked, 1)
                    ],
                    "rllrrrr",
                )
            )
        mod = f", modularity {self.modularity:.3f}" if self.modularity is not None else ""
        out += [
            "",
            (
                f"Communities (Louvain, seed {self.seed}{mod}): {len(self.communities)} with 2 or more members, "
                f"{self.singleton_communities} single"
            ),
        ]
        if self.communities:
            rows = []
            for i, c in enumerate(self.communities[:communities], 1):
                names = ", ".join(m.label for m in c.members[:members])
                if c.size > members:
                    names += f", … (+{c.size - members})"
                rows.append((i, c.size, names))
            out.append(_table(("#", "size", "members"), rows, "rrl"))
            if len(self.communities) > communities:
                out.append(f"(+{len(self.communities) - communities} smaller communities)")
        return "\n".join(out)


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _sizes(sizes: Sequence[int]) -> str:
    counts = Counter(sizes)
    return ", ".join(f"{s}" if counts[s] == 1 else f"{s} ×{counts[s]}" for s in sorted(counts, reverse=True))


_MAX_CELL = 60


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]], align: str) -> str:
    cells = [[_clip(str(c)) for c in row] for row in rows]
    if not cells:
        return "(none)"
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def fmt(row: Sequence[str]) -> str:
        return "  ".join(c.rjust(w) if a == "r" else c.ljust(w) for c, w, a in zip(row, widths, align)).rstrip()

    return "\n".join([fmt(headers), "  ".join("─" * w for w in widths), *(fmt(r) for r in cells)])


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _short(iri: str) -> str:
    return "pe:" + iri[len(PE_IRI) :] if iri.startswith(PE_IRI) else iri


# -- store → networkx ---------------------------------------------------------

_Q_RELATION_LABELS = """
SELECT DISTINCT ?r ?l WHERE { ?r rdfs:subPropertyOf+ pe:relatedTo ; rdfs:label ?l }"""


def _words(local: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local).lower()


def _relation_labels(store: KgStore) -> dict[str, str]:
    best: dict[str, tuple[int, str]] = {}
    for row in store.select(_Q_RELATION_LABELS):
        lit = row["l"]
        rank = {None: 0, "en": 1}.get(getattr(lit, "language", None), 2)
        key = row["r"].value
        if key not in best or (rank, lit.value) < best[key]:
            best[key] = (rank, lit.value)
    return {k: v for k, (_, v) in best.items()}


def to_networkx(store: StoreArg, *, include_unasserted: bool = False) -> nx.MultiDiGraph:
    """The store's entity network as a ``networkx.MultiDiGraph``.

    Nodes are entity IRIs (every entity that is an actor or recipient of an
    event) with attributes ``label``, ``class``, ``country`` (labels),
    ``country_codes`` (their ISO 3166 alpha-3 codes), ``iso_code`` (a
    country's own code, else None), ``sector``, ``aliases`` and ``titles`` (tuples), ``size`` (groups, else
    None), ``events`` and ``articles`` (counts).  Edges go actor → recipient,
    one per event and pair, keyed by the event IRI, with ``relation`` (IRI),
    ``label`` ("released"), ``event``, ``event_type`` (PLOVER class),
    ``fine_type``, ``trigger``, ``date``, ``sentence``, ``article`` (id),
    ``reported_by`` (labels), ``negated`` and ``hypothetical``; missing values
    are None.  Negated and hypothetical events assert no relation and are left
    out unless ``include_unasserted``.  A direct relation triple with no
    event behind it is an edge keyed by the relation IRI, with ``event`` None.
    """
    from .network import load_view_graph  # one loader for the view, the analytics and PLOVER

    with using_store(store) as opened:
        view = load_view_graph(opened)
        labels = _relation_labels(opened)

    def rel_label(iri: str) -> str:
        return labels.get(iri) or _words(iri.rsplit("#", 1)[-1])

    G = nx.MultiDiGraph()
    G.graph["name"] = "kg entity network"
    for node in sorted(view.nodes, key=lambda n: n.id):
        G.add_node(
            node.id,
            **{
                "label": node.label,
                "class": node.cls,
                "country": tuple(node.countries),
                "country_codes": tuple(node.country_codes),
                "iso_code": node.iso_code,
                "sector": tuple(node.sectors),
                "aliases": tuple(node.aliases),
                "titles": tuple(node.titles),
                "size": node.size,
                "events": node.events,
                "articles": node.articles,
            },
        )

    edges: list[tuple[str, str, str, dict[str, Any]]] = []
    covered: set[tuple[str, str, str]] = set()  # (source, relation, target) with an event behind it
    for fact in view.facts:
        unasserted = fact.negated or fact.hypothetical
        if unasserted and not include_unasserted:
            continue
        cls = fact.fine or fact.type
        relation = PE_IRI + RELATION_OF_CLASS.get(cls, RELATION_OF_CLASS.get(fact.type, "relatedTo"))
        for a in dict.fromkeys(p.id for p in fact.actors):
            for b in dict.fromkeys(p.id for p in fact.recipients):
                if a == b or a not in G or b not in G:
                    continue
                if not unasserted:
                    covered.add((a, relation, b))
                edges.append(
                    (
                        a,
                        b,
                        fact.id,
                        {
                            "relation": relation,
                            "label": rel_label(relation),
                            "event": fact.id,
                            "event_type": fact.type,
                            "fine_type": fact.fine,
                            "trigger": fact.trigger,
                            "date": fact.date,
                            "sentence": fact.sentence or None,
                            "article": fact.article_id or None,
                            "reported_by": tuple(p.label for p in fact.reported_by),
                            "negated": fact.negated,
                            "hypothetical": fact.hypothetical,
                        },
                    )
                )
    for edge in view.edges:
        if (edge.source, edge.relation, edge.target) in covered:
            continue
        if edge.source not in G or edge.target not in G or edge.source == edge.target:
            continue
        edges.append(
            (
                edge.source,
                edge.target,
                edge.relation,
                {
                    "relation": edge.relation,
                    "label": edge.label or rel_label(edge.relation),
                    "event": None,
                    "event_type": None,
                    "fine_type": None,
                    "trigger": None,
                    "date": None,
                    "sentence": None,
                    "article": None,
                    "reported_by": (),
                    "negated": False,
                    "hypothetical": False,
                },
            )
        )
    edges.sort(key=lambda e: (e[0], e[1], e[2]))
    for a, b, key, data in edges:
        G.add_edge(a, b, key=key, **data)
    return G


def _asserted(data: dict[str, Any]) -> bool:
    return not data.get("negated") and not data.get("hypothetical")


def entity_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """The undirected, weighted entity graph behind the statistics.

    One edge per linked pair; ``weight`` = number of asserted facts between
    them, either way.  Nodes keep their attributes and their order.
    """
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    weights: Counter[tuple[str, str]] = Counter()
    for a, b, data in G.edges(data=True):
        if a != b and _asserted(data):
            weights[(a, b) if a <= b else (b, a)] += 1
    for (a, b), w in sorted(weights.items()):
        H.add_edge(a, b, weight=w)
    return H


# -- centrality ---------------------------------------------------------------


def _pagerank(H: nx.Graph) -> dict[str, float]:
    """Weighted PageRank of an undirected graph (damping 0.85, uniform restart)."""
    from .network.rank import pagerank  # numpy power iteration; networkx's needs SciPy

    nodes = list(H)
    index = {x: i for i, x in enumerate(nodes)}
    edges = [(index[a], index[b], float(d.get("weight", 1))) for a, b, d in H.edges(data=True)]
    scores = pagerank(len(nodes), edges)
    return {x: float(scores[i]) for i, x in enumerate(nodes)}


def betweenness(
    H: nx.Graph, *, budget: int = BETWEENNESS_BUDGET, seed: int = SEED
) -> tuple[dict[str, float], bool]:
    """Shortest-path betweenness of an undirected graph, normalised like networkx's.

    Hop counts, not weights, define shortest paths (weights here are numbers
    of facts, not distances).  Each connected component is computed on its
    own (Brandes); a component too big for ``budget`` uses a seeded sample of
    sources, scaled up.  Returns the scores and whether any were estimated.
    """
    nodes = list(H)
    n = len(nodes)
    scores = dict.fromkeys(nodes, 0.0)
    if n < 3:
        return scores, False
    sampled = False
    rng = random.Random(seed)
    for comp in sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0])):
        size = len(comp)
        if size < 3:
            continue
        index = {x: i for i, x in enumerate(comp)}
        adj = [[index[y] for y in sorted(H[x])] for x in comp]
        m = sum(len(a) for a in adj) // 2
        cost = size + m
        if size * cost <= budget:
            sources: Sequence[int] = range(size)
            scale = 1.0
        else:
            k = min(size, max(BETWEENNESS_MIN_SAMPLES, budget // cost))
            sources = sorted(rng.sample(range(size), k))
            scale = size / k
            sampled = sampled or k < size
        raw = _brandes(adj, sources)
        for i, x in enumerate(comp):
            scores[x] = raw[i] * scale
    norm = 1.0 / ((n - 1) * (n - 2))  # ordered pairs counted twice = unordered pairs × 2/((n-1)(n-2))
    return {x: v * norm for x, v in scores.items()}, sampled


def _brandes(adj: list[list[int]], sources: Iterable[int]) -> list[float]:
    """Brandes' accumulation over ``sources`` (unweighted); ordered (s, t) pairs."""
    n = len(adj)
    bc = [0.0] * n
    for s in sources:
        order: list[int] = []
        preds: list[list[int]] = [[] for _ in range(n)]
        sigma = [0] * n
        sigma[s] = 1
        dist = [-1] * n
        dist[s] = 0
        queue = deque([s])
        while queue:
            v = queue.popleft()
            order.append(v)
            dv, sv = dist[v] + 1, sigma[v]
            for w in adj[v]:
                if dist[w] < 0:
                    dist[w] = dv
                    queue.append(w)
                if dist[w] == dv:
                    sigma[w] += sv
                    preds[w].append(v)
        delta = [0.0] * n
        while order:
            w = order.pop()
            coeff = (1.0 + delta[w]) / sigma[w]
            for v in preds[w]:
                delta[v] += sigma[v] * coeff
            if w != s:
                bc[w] += delta[w]
    return bc


# -- statistics ---------------------------------------------------------------

_Q_ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a pe:Article }"

_Q_ENTITY_CLASSES = """
SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE {{
  VALUES ?c {{ {classes} }}
  ?e a ?c .
}} GROUP BY ?c"""

_Q_EVENT_CLASSES = """
SELECT ?c (COUNT(DISTINCT ?ev) AS ?n) WHERE { ?ev a pe:Event ; a ?c . FILTER(?c != pe:Event) } GROUP BY ?c"""

_Q_EVENT_FLAGS = """
SELECT (COUNT(DISTINCT ?ev) AS ?all) (COUNT(DISTINCT ?neg) AS ?negated) (COUNT(DISTINCT ?hyp) AS ?hypothetical) WHERE {
  ?ev a pe:Event .
  OPTIONAL { ?ev pe:negated true . BIND(?ev AS ?neg) }
  OPTIONAL { ?ev pe:hypothetical true . BIND(?ev AS ?hyp) }
}"""

_Q_EVENT_DATES = """
SELECT ?ev (MIN(STR(?d)) AS ?date) WHERE { ?ev a pe:Event . OPTIONAL { ?ev pe:date ?d } } GROUP BY ?ev"""

_MONTH = re.compile(r"^(\d{4}-\d{2})(?:-\d{2})?$")
_YEAR = re.compile(r"^\d{4}$")


def _int(term: Any) -> int:
    return int(term.value) if term is not None else 0


def stats(store: StoreArg, *, top: int = 10) -> GraphStats:
    """Counts, components, communities and central entities of ``store``."""
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise UsageError(f"--top must be a whole number ≥ 1, not {top!r}")
    with using_store(store) as opened:
        G = to_networkx(opened)
        articles = _int(next(iter(opened.select(_Q_ARTICLES)))["n"])

        by_class: dict[str, int] = {}
        classes = " ".join(f"<{PE_IRI}{c}>" for c in ENTITY_CLASSES)
        for row in opened.select(_Q_ENTITY_CLASSES.format(classes=classes)):
            by_class[row["c"].value[len(PE_IRI) :]] = _int(row["n"])
        entities_by_class = {c: by_class[c] for c in ENTITY_CLASSES if by_class.get(c)}

        ev_class: dict[str, int] = {}
        for row in opened.select(_Q_EVENT_CLASSES):
            iri = row["c"].value
            if iri.startswith(PE_IRI):
                ev_class[iri[len(PE_IRI) :]] = _int(row["n"])
        flags = next(iter(opened.select(_Q_EVENT_FLAGS)))

        months: Counter[str] = Counter()
        undated = 0
        for row in opened.select(_Q_EVENT_DATES):
            value = row["date"].value if row["date"] is not None else ""
            m = _MONTH.match(value)
            if m:
                months[m.group(1)] += 1
            elif _YEAR.match(value):
                months[value] += 1
            else:
                undated += 1

    H = entity_graph(G)
    linked = [x for x in H if H.degree(x) > 0]
    pr = _pagerank(H)
    btw, sampled = betweenness(H)
    degree = dict(H.degree())
    facts = dict(H.degree(weight="weight"))

    def ranked(x: str) -> RankedEntity:
        d = H.nodes[x]
        return RankedEntity(x, d["label"], d["class"], degree[x], int(facts[x]), pr[x], btw[x])

    def top_by(score: dict[str, float]) -> tuple[RankedEntity, ...]:
        # rounded so that scores equal up to floating-point noise tie, and ties break the same way everywhere
        order = sorted(
            linked, key=lambda x: (-round(score[x], 12), -degree[x], -facts[x], H.nodes[x]["label"].casefold(), x)
        )
        return tuple(ranked(x) for x in order[:top])

    comps = sorted((len(c) for c in nx.connected_components(H)), reverse=True)
    communities, singles, modularity = _communities(H, degree)

    return GraphStats(
        articles=articles,
        entities=sum(by_class.values()),
        entities_by_class=entities_by_class,
        events=_int(flags["all"]),
        negated_events=_int(flags["negated"]),
        hypothetical_events=_int(flags["hypothetical"]),
        events_by_type={c: ev_class[c] for c in PLOVER_CLASSES if ev_class.get(c)},
        events_by_fine_type={c: ev_class[c] for c in FINE_CLASSES if ev_class.get(c)},
        events_by_month=dict(sorted(months.items())),
        undated_events=undated,
        nodes=H.number_of_nodes(),
        facts=sum(1 for *_, d in G.edges(data=True) if _asserted(d)),
        links=H.number_of_edges(),
        isolated=H.number_of_nodes() - len(linked),
        components=len(comps),
        component_sizes=tuple(comps),
        communities=communities,
        singleton_communities=singles,
        modularity=modularity,
        top_degree=top_by({x: float(v) for x, v in degree.items()}),
        top_pagerank=top_by(pr),
        top_betweenness=top_by(btw),
        betweenness_sampled=sampled,
    )


def _communities(H: nx.Graph, degree: dict[str, int]) -> tuple[tuple[Community, ...], int, float | None]:
    if H.number_of_nodes() == 0:
        return (), 0, None
    found = nx.community.louvain_communities(H, weight="weight", seed=SEED)
    modularity = nx.community.modularity(H, found, weight="weight") if H.number_of_edges() else None

    def member_order(x: str) -> tuple:
        return (-degree[x], H.nodes[x]["label"].casefold(), x)

    groups = [sorted(c, key=member_order) for c in found]
    big = [g for g in groups if len(g) > 1]
    big.sort(key=lambda g: (-len(g), member_order(g[0])))
    out = tuple(
        Community(len(g), tuple(EntityRef(x, H.nodes[x]["label"], H.nodes[x]["class"]) for x in g)) for g in big
    )
    return out, len(groups) - len(big), (float(modularity) if modularity is not None else None)


# -- finding entities by name -----------------------------------------------------


def fold(text: str) -> str:
    """Case-, accent- and spacing-insensitive form of a name: 'Nicolás  MADURO' → 'nicolas maduro'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(text.casefold().split())


def _describe(G: nx.MultiDiGraph, x: str) -> str:
    d = G.nodes[x]
    return f"{d['label']} ({d['class']}, {x})"


def find_entity(G: nx.MultiDiGraph, name: str) -> str:
    """The node of ``G`` called ``name``: an IRI, a label or an alias (case and accents ignored).

    Then, failing those, the one entity whose label or alias contains all the
    words of ``name``.  Raises :class:`UsageError` for an unknown name (with
    close matches) or an ambiguous one (listing the candidates' IRIs).
    """
    wanted = (name or "").strip()
    if not wanted:
        raise UsageError("an entity name is needed")
    if wanted in G:
        return wanted
    key = fold(wanted)
    names: dict[str, list[str]] = {}  # folded label → nodes
    aliases: dict[str, list[str]] = {}
    for x, d in G.nodes(data=True):
        names.setdefault(fold(d.get("label") or ""), []).append(x)
        for alias in d.get("aliases") or ():
            aliases.setdefault(fold(alias), []).append(x)

    def settle(found: list[str]) -> str | None:
        found = sorted(set(found))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            listed = "; ".join(_describe(G, x) for x in found[:10])
            more = f"; and {len(found) - 10} more" if len(found) > 10 else ""
            raise UsageError(
                f"{wanted!r} is ambiguous: {len(found)} entities match — {listed}{more}; give the IRI of the one you mean"
            )
        return None

    for found in (
        names.get(key, []),
        aliases.get(key, []),
        [x for x in G if x.rstrip("/").rsplit("/", 1)[-1] == slug(wanted)],
    ):
        hit = settle(found)
        if hit:
            return hit
    words = set(key.split())
    by_words = [x for n, xs in names.items() if words <= set(n.split()) for x in xs]
    by_words += [x for n, xs in aliases.items() if words <= set(n.split()) for x in xs]
    hit = settle(by_words)
    if hit:
        return hit
    display = {fold(d.get("label") or ""): d.get("label") for _, d in G.nodes(data=True)}
    for _, d in G.nodes(data=True):
        for alias in d.get("aliases") or ():
            display.setdefault(fold(alias), alias)
    close = difflib.get_close_matches(key, list(display), n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(repr(display[c]) for c in close)}?)" if close else ""
    raise UsageError(f"no actor or recipient named {wanted!r} in the store{hint}")


# -- paths --------------------------------------------------------------------------


def _ref(G: nx.MultiDiGraph, x: str) -> EntityRef:
    d = G.nodes[x]
    return EntityRef(x, d.get("label") or x, d.get("class") or "")


def _fact(G: nx.MultiDiGraph, a: str, b: str, data: dict[str, Any]) -> Fact:
    return Fact(
        source=_ref(G, a),
        target=_ref(G, b),
        relation=data["relation"],
        label=data["label"],
        event=data.get("event"),
        event_type=data.get("event_type"),
        fine_type=data.get("fine_type"),
        trigger=data.get("trigger"),
        date=data.get("date"),
        sentence=data.get("sentence"),
        article=data.get("article"),
        reported_by=tuple(data.get("reported_by") or ()),
    )


def _fact_order(f: Fact) -> tuple:
    # facts with an event first; newest first, undated last; then article and event for stability
    date = f.date or ""
    return (f.event is None, date == "", tuple(-ord(c) for c in date), f.article or "", f.event or f.relation)


def path_in(G: nx.MultiDiGraph, a_name: str, b_name: str) -> FactPath:
    """The shortest chain of asserted facts between two entities of ``G`` (see :func:`shortest_path`)."""
    a, b = find_entity(G, a_name), find_entity(G, b_name)
    if a == b:
        raise UsageError(f"{a_name!r} and {b_name!r} name the same entity: {_describe(G, a)}")
    H = entity_graph(G)
    try:
        nodes = nx.shortest_path(H, a, b)
    except nx.NetworkXNoPath:
        raise NoPathError(
            f"no chain of facts links {G.nodes[a]['label']!r} and {G.nodes[b]['label']!r}: "
            "they are in different connected components of the network"
        ) from None
    steps = []
    for u, v in itertools.pairwise(nodes):
        facts = [_fact(G, u, v, d) for d in G.get_edge_data(u, v, default={}).values() if _asserted(d)]
        facts += [_fact(G, v, u, d) for d in G.get_edge_data(v, u, default={}).values() if _asserted(d)]
        facts.sort(key=_fact_order)
        first = facts[0]
        steps.append(PathStep(_ref(G, u), _ref(G, v), first, first.source.id == u, tuple(facts[1:])))
    return FactPath(_ref(G, a), _ref(G, b), tuple(steps))


def shortest_path(store: StoreArg, a_name: str, b_name: str) -> FactPath:
    """The shortest chain of facts linking two entities named by label, alias or IRI.

    The network is treated as undirected to find the chain (fewest facts);
    each step reports its fact's true direction, event, sentence and article.
    Raises :class:`UsageError` for unknown or ambiguous names and
    :class:`NoPathError` when no chain exists.
    """
    return path_in(to_networkx(store), a_name, b_name)


# -- GraphML / GEXF -----------------------------------------------------------------


@dataclass(frozen=True)
class NetworkExportSummary:
    format: str
    nodes: int
    edges: int
    path: str  # "-" for stdout

    def line(self) -> str:
        return f"wrote {self.path}: {_n(self.nodes, 'entity', 'entities')}, {_n(self.edges, 'fact')} ({self.format})"


def _scalar(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (tuple, list, set, frozenset)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return value


def flatten(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with scalar attributes only, as GraphML and GEXF need.

    Lists are joined with ``"; "``, missing text becomes ``""`` and a missing
    ``size`` is left out (it is a number where present).
    """
    F = nx.MultiDiGraph()
    F.graph.update({k: _scalar(v) for k, v in G.graph.items()})
    for x, d in G.nodes(data=True):
        F.add_node(x, **{k: _scalar(v) for k, v in d.items() if not (k == "size" and v is None)})
    for a, b, key, d in G.edges(keys=True, data=True):
        F.add_edge(a, b, key=key, **{k: _scalar(v) for k, v in d.items()})
    return F


def _graphml_bytes(F: nx.MultiDiGraph, fh: IO[bytes]) -> None:
    nx.write_graphml(F, fh, encoding="utf-8", prettyprint=True)


def _gexf_bytes(F: nx.MultiDiGraph, fh: IO[bytes]) -> None:
    # networkx stamps <meta lastmodifieddate="today">; drop it so the same store gives the same file
    text = "\n".join(nx.generate_gexf(F, encoding="utf-8", prettyprint=True))
    text = re.sub(r'(<meta\b[^>]*?)\s+lastmodifieddate="[^"]*"', r"\1", text, count=1)
    fh.write(b"<?xml version='1.0' encoding='utf-8'?>\n")
    fh.write(text.encode("utf-8"))
    if not text.endswith("\n"):
        fh.write(b"\n")


_WRITERS = {"graphml": _graphml_bytes, "gexf": _gexf_bytes}
_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf"}


def network_format(fmt: str | None, out: str | os.PathLike[str] | None = None) -> str | None:
    """'graphml'/'gexf' for a format name or, with ``fmt`` None, an output suffix; else None."""
    if fmt is not None:
        name = fmt.lower()
        return name if name in NETWORK_FORMATS else None
    if out is not None and os.fspath(out) != "-":
        return _SUFFIXES.get(os.path.splitext(os.fspath(out))[1].lower())
    return None


def write_network(
    store: StoreArg, fmt: str, out: str | os.PathLike[str] | None = None
) -> NetworkExportSummary:
    """Write the entity network as ``fmt`` ('graphml' or 'gexf') to ``out`` (a path, '-' or None = stdout)."""
    name = (fmt or "").lower()
    if name not in _WRITERS:
        raise UsageError(f"unknown network format {fmt!r}; choose one of {', '.join(NETWORK_FORMATS)}")
    F = flatten(to_networkx(store))
    buffer = io.BytesIO()
    _WRITERS[name](F, buffer)  # serialise first: a failure leaves no file behind
    data = buffer.getvalue()
    path = write_atomic(out, lambda fh: fh.write(data))
    return NetworkExportSummary(name, F.number_of_nodes(), F.number_of_edges(), path)


def write_graphml(store: StoreArg, out: str | os.PathLike[str] | None = None) -> NetworkExportSummary:
    """The entity network as GraphML (Cytoscape, Gephi, yEd), written atomically."""
    return write_network(store, "graphml", out)


def write_gexf(store: StoreArg, out: str | os.PathLike[str] | None = None) -> NetworkExportSummary:
    """The entity network as GEXF 1.2 (Gephi), written atomically."""
    return write_network(store, "gexf", out)
