"""Read the view's graph out of a kg store with a handful of SPARQL queries.

Follows docs/data-model.md: nodes are entities (typed by a ``pe:Entity``
subclass) that are actors or recipients of events; edges are the direct
relation triples ``?a ?rel ?b`` with ``?rel rdfs:subPropertyOf pe:relatedTo``;
facts are the events, each joined to its article.  Seven queries in all,
whatever the size of the store — never one per node.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import unquote, urlsplit

import pyoxigraph as ox

from ..errors import UsageError
from ..model import EVENT_TYPES, FINE_TYPES, type_class_name
from ..rdf.vocab import PE_IRI, RELATION_OF_CLASS, slug
from .layout import pagerank
from .model import ENTITY_CLASSES, Participant, ViewEdge, ViewFact, ViewGraph, ViewNode

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
DCTERMS = "http://purl.org/dc/terms/"
SCHEMA_URL = "https://schema.org/url"

PLOVER_CLASSES: frozenset[str] = frozenset(type_class_name(t) for t in EVENT_TYPES)
COUNT_KINDS = ("dead", "injured", "arrested", "count")

DEFAULT_TITLE = "kg network view"


# -- queries ------------------------------------------------------------------

_Q_ONTOLOGY = f"""
SELECT ?kind ?s ?o WHERE {{
  {{ ?s rdfs:label ?o . FILTER(STRSTARTS(STR(?s), "{PE_IRI}")) BIND("label" AS ?kind) }}
  UNION {{ ?s rdfs:subClassOf+ pe:Entity . BIND("entity" AS ?kind) }}
  UNION {{ ?s rdfs:subPropertyOf+ pe:relatedTo . BIND("relation" AS ?kind) }}
  UNION {{ ?s pe:relation ?o . BIND("relation-of" AS ?kind) }}
}}"""

# Entity triples are repeated in every article graph that mentions the entity,
# and the union default graph keeps those repeats, so each query first reduces
# to DISTINCT subjects and never joins two repeated patterns (a label join on
# every actor used to multiply rows by the number of articles squared).
_Q_NODES = """
SELECT ?e ?c ?n WHERE {{
  {{ SELECT ?e (COUNT(DISTINCT ?ev) AS ?n) WHERE {{ ?ev pe:actor|pe:recipient ?e }} GROUP BY ?e }}
  VALUES ?c {{ {classes} }}
  ?e a ?c .
}}"""

_Q_NODE_FACTS = """
SELECT DISTINCT ?e ?p ?o WHERE {
  { SELECT DISTINCT ?e WHERE { ?ev pe:actor|pe:recipient ?e } }
  VALUES ?p { pe:alias pe:title pe:sector pe:country pe:size prov:wasDerivedFrom }
  ?e ?p ?o .
}"""

_Q_LABELS = """
SELECT DISTINCT ?x ?l WHERE {
  { SELECT DISTINCT ?x WHERE {
      { ?ev pe:actor|pe:recipient|pe:reportedBy|pe:location ?x } UNION { ?y pe:country ?x } } }
  ?x rdfs:label ?l .
}"""

_Q_EDGES = """
SELECT DISTINCT ?a ?r ?b WHERE {{
  VALUES ?r {{ {relations} }}
  ?a ?r ?b .
}}"""

_Q_EVENTS = """
SELECT ?ev ?p ?o WHERE {
  ?ev a pe:Event ; ?p ?o .
}"""

_Q_ARTICLES = """
SELECT DISTINCT ?a ?p ?o WHERE {
  VALUES ?p { dcterms:identifier dcterms:title dcterms:date schema:url }
  ?a a pe:Article ; ?p ?o .
}"""


def _pe(local: str) -> str:
    return PE_IRI + local


def _local(iri: str) -> str:
    return iri[len(PE_IRI) :] if iri.startswith(PE_IRI) else iri


def words(local_name: str) -> str:
    """'protestsAgainst' → 'protests against' (a label when the ontology has none)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local_name).lower()


def label_from_iri(iri: str) -> str:
    """A readable fallback label: the last path segment, unquoted, hyphens as spaces."""
    tail = iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return unquote(tail).replace("-", " ") or iri


def safe_url(value: str | None) -> str | None:
    """``value`` if it is an absolute http(s) URL without control characters, else None."""
    if not value:
        return None
    url = value.strip()
    if _BAD_URL_CHARS.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


_BAD_URL_CHARS = re.compile(r"[\x00-\x20\x7f\s]")


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


# -- ontology -----------------------------------------------------------------


@dataclass
class _Ontology:
    labels: dict[str, str] = field(default_factory=dict)  # IRI → label
    entity_classes: set[str] = field(default_factory=set)  # local names
    relations: set[str] = field(default_factory=set)  # property IRIs
    relation_of: dict[str, str] = field(default_factory=dict)  # class local name → property IRI

    def label(self, iri: str) -> str:
        found = self.labels.get(iri)
        if found is None:
            found = self.labels[iri] = words(_local(iri))
        return found


def _read_ontology(store: Any) -> _Ontology:
    onto = _Ontology()
    label_rank: dict[str, int] = {}
    for row in store.select(_Q_ONTOLOGY):
        kind, s, o = row["kind"].value, row["s"], row["o"]
        if not isinstance(s, ox.NamedNode):
            continue
        if kind == "label" and isinstance(o, ox.Literal):
            rank = {None: 0, "en": 1}.get(o.language, 2)  # plain or English labels first
            if rank < label_rank.get(s.value, 9):
                label_rank[s.value] = rank
                onto.labels[s.value] = o.value
        elif kind == "entity" and s.value.startswith(PE_IRI):
            onto.entity_classes.add(_local(s.value))
        elif kind == "relation":
            onto.relations.add(s.value)
        elif kind == "relation-of" and isinstance(o, ox.NamedNode):
            onto.relation_of[_local(s.value)] = o.value
    # the vocabulary is the fallback while (or if) the ontology says less
    onto.entity_classes.update(ENTITY_CLASSES)
    onto.relations.update(_pe(r) for r in RELATION_OF_CLASS.values())
    for cls, rel in RELATION_OF_CLASS.items():
        onto.relation_of.setdefault(cls, _pe(rel))
    return onto


# -- the loader -----------------------------------------------------------------


@dataclass
class _Event:
    types: set[str] = field(default_factory=set)
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    reported_by: list[str] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)
    place: str | None = None
    article: str | None = None


def load_view_graph(
    store: Any,
    *,
    focus: str | Iterable[str] | None = None,
    hops: int = 1,
    max_nodes: int | None = None,
    title: str | None = None,
) -> ViewGraph:
    """The entities, relations and events of ``store`` as a :class:`ViewGraph`.

    ``focus`` (a name, alias or IRI, or several) keeps only the entities within
    ``hops`` relation steps of it; ``max_nodes`` keeps the most central
    entities (PageRank over the relation graph, restarting in proportion to
    each entity's number of events) and counts the others in ``left_out``.
    """
    if isinstance(hops, bool) or not isinstance(hops, int) or hops < 0:
        raise UsageError(f"--hops must be a whole number ≥ 0, not {hops!r}")
    if max_nodes is not None and (isinstance(max_nodes, bool) or not isinstance(max_nodes, int) or max_nodes < 1):
        raise UsageError(f"--max-nodes must be a whole number ≥ 1, not {max_nodes!r}")

    onto = _read_ontology(store)
    labels: dict[str, str] = {}

    # 1. nodes: entities that are actors or recipients, with their class and event count
    order = {c: i for i, c in enumerate(ENTITY_CLASSES)}
    classes = " ".join(f"<{_pe(c)}>" for c in sorted(onto.entity_classes))
    node_cls: dict[str, str] = {}
    node_events: dict[str, int] = {}
    for row in store.select(_Q_NODES.format(classes=classes)):
        e, c = row["e"], _local(row["c"].value)
        if not isinstance(e, ox.NamedNode):
            continue
        prev = node_cls.get(e.value)
        if prev is None or order.get(c, 99) < order.get(prev, 99):
            node_cls[e.value] = c  # one class per node, the first in legend order
        node_events[e.value] = max(node_events.get(e.value, 0), int(row["n"].value))

    # 2. labels of every entity an event names (participants, places, reporters, countries)
    all_labels: dict[str, set[str]] = defaultdict(set)
    for row in store.select(_Q_LABELS):
        all_labels[row["x"].value].add(row["l"].value)
    labels.update((x, min(ls)) for x, ls in all_labels.items())  # min: deterministic

    # 3. the nodes' aliases, titles, countries, sectors, group sizes and articles
    attrs: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in store.select(_Q_NODE_FACTS):
        e, p, o = row["e"].value, row["p"].value, row["o"]
        if p == PROV_DERIVED:
            attrs[e]["articles"].add(o.value)
        elif p == _pe("country"):
            attrs[e]["countries"].add(labels.get(o.value) or label_from_iri(o.value))
        else:
            attrs[e][_local(p)].add(o.value)

    # 4. events, with participants, place, date, counts and article
    events: dict[str, _Event] = defaultdict(_Event)
    event_class, actor, recipient = _pe("Event"), _pe("actor"), _pe("recipient")
    reported_by, location = _pe("reportedBy"), _pe("location")
    for ev_term, p_term, o_term in store.select(_Q_EVENTS):
        p, o = p_term.value, o_term.value
        rec = events[ev_term.value]
        if p == actor:
            if o not in rec.actors:
                rec.actors.append(o)
        elif p == recipient:
            if o not in rec.recipients:
                rec.recipients.append(o)
        elif p == RDF_TYPE:
            if o.startswith(PE_IRI) and o != event_class:
                rec.types.add(o[len(PE_IRI) :])
        elif p == reported_by:
            if o not in rec.reported_by:
                rec.reported_by.append(o)
        elif p == location:
            rec.place = o
        elif p == PROV_DERIVED:
            rec.article = o
        else:
            rec.values[_local(p)] = o

    # 5. articles
    articles: dict[str, dict[str, str]] = defaultdict(dict)
    for row in store.select(_Q_ARTICLES):
        key = {SCHEMA_URL: "url"}.get(row["p"].value) or row["p"].value[len(DCTERMS) :]
        articles[row["a"].value].setdefault(key, row["o"].value)

    # 6. relation triples between nodes
    relations = " ".join(f"<{r}>" for r in sorted(onto.relations))
    triples: list[tuple[str, str, str]] = []
    for row in store.select(_Q_EDGES.format(relations=relations)):
        a, r, b = row["a"].value, row["r"].value, row["b"].value
        if a in node_cls and b in node_cls:
            triples.append((a, r, b))
    triples.sort()

    def name(iri: str) -> str:
        return labels.get(iri) or label_from_iri(iri)

    # -- facts ---------------------------------------------------------------
    facts: dict[str, ViewFact] = {}
    by_triple: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    by_pair: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_node: dict[str, list[str]] = defaultdict(list)
    for ev, rec in events.items():
        fact, relation = _make_fact(ev, rec, onto, name, articles)
        facts[ev] = fact
        for a in rec.actors:
            for b in rec.recipients:
                by_pair[(a, b)].append(ev)
                if relation:
                    by_triple[(a, relation, b)].append(ev)
        for x in dict.fromkeys(rec.actors + rec.recipients):
            by_node[x].append(ev)

    # -- which nodes ---------------------------------------------------------
    all_ids = sorted(node_cls)
    adjacency: dict[str, set[str]] = defaultdict(set)
    for a, _, b in triples:
        adjacency[a].add(b)
        adjacency[b].add(a)

    focus_ids: tuple[str, ...] = ()
    candidates = all_ids
    if focus is not None:
        names = [focus] if isinstance(focus, str) else list(focus)
        found: list[str] = []
        for one in names:
            found.extend(x for x in _find(one, all_ids, attrs, labels) if x not in found)
        focus_ids = tuple(found)
        reached = set(focus_ids)
        frontier = set(focus_ids)
        for _ in range(hops):
            frontier = {n for x in frontier for n in adjacency[x]} - reached
            if not frontier:
                break
            reached |= frontier
        candidates = [x for x in all_ids if x in reached]

    def rank(ids: list[str]) -> dict[str, float]:
        index = {x: i for i, x in enumerate(ids)}
        weighted: dict[tuple[int, int], float] = defaultdict(float)
        for a, r, b in triples:
            if a in index and b in index and a != b:
                weighted[(index[a], index[b])] += max(1, len(by_triple.get((a, r, b), ())))
        pr = pagerank(len(ids), [(a, b, w) for (a, b), w in weighted.items()], [node_events.get(x, 1) for x in ids])
        return {x: float(pr[i]) for i, x in enumerate(ids)}

    importance = rank(candidates)
    kept = candidates
    if max_nodes is not None and len(candidates) > max_nodes:
        pinned = [x for x in focus_ids if x in importance][:max_nodes]
        rest = sorted(
            (x for x in candidates if x not in pinned),
            key=lambda x: (-importance[x], -node_events.get(x, 0), name(x), x),
        )
        keep = set(pinned) | set(rest[: max_nodes - len(pinned)])
        kept = [x for x in candidates if x in keep]
        importance = rank(kept)
    left_out = len(candidates) - len(kept)
    kept_set = set(kept)

    # -- assemble ------------------------------------------------------------
    fact_ids = {ev for x in kept for ev in by_node.get(x, ())}
    ordered = sorted((facts[ev] for ev in fact_ids), key=_fact_order)
    position = {f.id: i for i, f in enumerate(ordered)}

    nodes = []
    for x in kept:
        a = attrs.get(x, {})
        size = next((int(v) for v in sorted(a.get("size", ())) if v.lstrip("-").isdigit()), None)
        mine = sorted(set(by_node.get(x, ())), key=position.__getitem__)
        nodes.append(
            ViewNode(
                id=x,
                label=name(x),
                cls=node_cls[x],
                aliases=tuple(sorted(a.get("alias", set()) - {name(x)})),
                titles=tuple(sorted(a.get("title", ()))),
                countries=tuple(sorted(a.get("countries", ()))),
                sectors=tuple(sorted(a.get("sector", ()))),
                size=size,
                articles=len(a.get("articles", ())),
                events=node_events.get(x, len(mine)),
                importance=importance.get(x, 0.0),
                facts=tuple(mine),
            )
        )
    edges = []
    for a, r, b in triples:
        if a not in kept_set or b not in kept_set:
            continue
        behind = by_triple.get((a, r, b)) or by_pair.get((a, b), [])
        behind = sorted(set(behind), key=lambda ev: position.get(ev, len(position)))
        edges.append(
            ViewEdge(
                id=f"{a} {r} {b}",
                source=a,
                target=b,
                relation=r,
                label=onto.label(r),
                facts=tuple(ev for ev in behind if ev in position),
            )
        )
    return ViewGraph(
        nodes=tuple(nodes),
        edges=tuple(edges),
        facts=tuple(ordered),
        left_out=left_out,
        title=title if title is not None else DEFAULT_TITLE,
        focus=tuple(x for x in focus_ids if x in kept_set),
        hops=hops if focus is not None else None,
    )


def _fact_order(f: ViewFact) -> tuple:
    # newest first, undated last; then by article and event for a stable order
    date = f.date or ""
    inverted = tuple(-ord(c) for c in date)
    return (date == "", inverted, f.article_id, f.id)


def _make_fact(ev: str, rec: _Event, onto: _Ontology, name, articles) -> tuple[ViewFact, str | None]:
    plover = sorted(t for t in rec.types if t in PLOVER_CLASSES)
    fine = sorted(t for t in rec.types if t in FINE_TYPES)
    other = sorted(t for t in rec.types if t not in PLOVER_CLASSES and t not in FINE_TYPES)
    fine_cls = fine[0] if fine else None
    if plover:
        kind = plover[0]
    elif fine_cls:
        kind = type_class_name(FINE_TYPES[fine_cls])
    else:
        kind = other[0] if other else "Event"
    rel_cls = fine_cls or kind
    relation = onto.relation_of.get(rel_cls)
    v = rec.values
    counts = []
    for c in COUNT_KINDS:
        if c in v and v[c].lstrip("-").isdigit():
            counts.append((c, int(v[c]), v.get(f"{c}Qualifier")))
    art = articles.get(rec.article or "", {})
    fact = ViewFact(
        id=ev,
        type=kind,
        type_label=onto.label(_pe(kind)),
        fine=fine_cls,
        fine_label=onto.label(_pe(fine_cls)) if fine_cls else None,
        trigger=v.get("trigger"),
        sentence=v.get("sourceText", ""),
        actors=tuple(Participant(x, name(x)) for x in rec.actors),
        recipients=tuple(Participant(x, name(x)) for x in rec.recipients),
        reported_by=tuple(Participant(x, name(x)) for x in rec.reported_by),
        place=name(rec.place) if rec.place else None,
        date=v.get("date"),
        date_text=v.get("dateText"),
        counts=tuple(counts),
        mode=v.get("mode"),
        negated=v.get("negated") in ("true", "1"),
        hypothetical=v.get("hypothetical") in ("true", "1"),
        article_id=art.get("identifier") or (label_from_iri(rec.article) if rec.article else ""),
        article_title=art.get("title"),
        article_url=safe_url(art.get("url")),
        article_date=art.get("date"),
    )
    return fact, relation


def _find(wanted: str, ids: list[str], attrs, labels: dict[str, str]) -> list[str]:
    """Entities called ``wanted``: by IRI, label, alias, then slug; UsageError if none."""
    key = _norm(wanted)
    if not key:
        raise UsageError("--focus needs an entity name")
    if wanted in ids:  # an IRI
        return [wanted]
    by_label = [x for x in ids if _norm(labels.get(x, "")) == key]
    if by_label:
        return by_label
    by_alias = [x for x in ids if any(_norm(a) == key for a in attrs.get(x, {}).get("alias", ()))]
    if by_alias:
        return by_alias
    s = slug(wanted)
    by_slug = [x for x in ids if x.rstrip("/").rsplit("/", 1)[-1] == s]
    if by_slug:
        return by_slug
    names = sorted({labels.get(x, "") for x in ids} - {""})
    close = difflib.get_close_matches(wanted, names, n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
    raise UsageError(f"no entity named {wanted!r} in the store{hint}")


def with_title(graph: ViewGraph, title: str | None) -> ViewGraph:
    return graph if title is None else replace(graph, title=title)
