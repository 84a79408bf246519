"""Read the view's graph out of a kg store with a handful of SPARQL queries.

Follows docs/data-model.md: nodes are entities (typed by a ``pe:Entity``
subclass) that are actors or recipients of events; edges are the direct
relation triples ``?a ?rel ?b`` with ``?rel rdfs:subPropertyOf pe:relatedTo``;
facts are the events, each joined to the article of its graph.  Seven queries
whatever the size of the store (ontology, events, entity classes, labels,
entity details, articles, relation triples) — never one per node.
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
from .rank import pagerank
from .model import ENTITY_CLASSES, Participant, ViewEdge, ViewFact, ViewGraph, ViewNode

DCTERMS = "http://purl.org/dc/terms/"
SCHEMA_URL = "https://schema.org/url"

PLOVER_CLASSES: frozenset[str] = frozenset(type_class_name(t) for t in EVENT_TYPES)
COUNT_KINDS = ("dead", "injured", "arrested", "count")

DEFAULT_TITLE = "kg — political events"


# -- queries ------------------------------------------------------------------

_Q_ONTOLOGY = f"""
SELECT ?kind ?s ?o WHERE {{
  {{ ?s rdfs:label ?o . FILTER(STRSTARTS(STR(?s), "{PE_IRI}")) BIND("label" AS ?kind) }}
  UNION {{ ?s rdfs:subClassOf+ pe:Entity . BIND("entity" AS ?kind) }}
  UNION {{ ?s rdfs:subClassOf+ pe:Event . BIND("event" AS ?kind) }}
  UNION {{ ?s rdfs:subPropertyOf+ pe:relatedTo . BIND("relation" AS ?kind) }}
  UNION {{ ?s pe:relation ?o . BIND("relation-of" AS ?kind) }}
}}"""

# Entity triples are repeated in every article graph that mentions the entity,
# and the union default graph keeps those repeats, so queries never join two
# repeated patterns (a label join on every actor used to multiply rows by the
# number of articles squared); the repeats are put to use instead: the number
# of graphs typing an entity is the number of articles that mention it.
_Q_NODES = """
SELECT ?e ?c (COUNT(?g) AS ?n) WHERE {{
  VALUES ?c {{ {classes} }}
  GRAPH ?g {{ ?e a ?c }}
}} GROUP BY ?e ?c"""

_Q_NODE_FACTS = """
SELECT DISTINCT ?e ?p ?o WHERE {
  VALUES ?p { pe:alias pe:title pe:sector pe:country pe:size pe:isoCode }
  ?e ?p ?o .
}"""

_Q_LABELS = """
SELECT DISTINCT ?x ?l ?pref WHERE {
  { SELECT DISTINCT ?x WHERE {
      { ?ev pe:actor|pe:recipient|pe:reportedBy|pe:location ?x } UNION { ?y pe:country ?x } } }
  { ?x skos:prefLabel ?l . BIND(true AS ?pref) } UNION { ?x rdfs:label ?l . BIND(false AS ?pref) }
}"""

_Q_EDGES = """
SELECT DISTINCT ?a ?r ?b WHERE {{
  VALUES ?r {{ {relations} }}
  ?a ?r ?b .
}}"""

# One predicate-index scan per event property (no join with ``?ev a pe:Event``
# and none of the offsets): about half the rows of ``?ev ?p ?o``, twice as fast.
# An event's article is the article of its named graph (data-model.md: one
# article per graph, and its events are ``prov:wasDerivedFrom`` it).
_EVENT_PROPS = (
    "actor", "recipient", "reportedBy", "location", "trigger", "sourceText", "date", "dateText",
    "dead", "injured", "arrested", "count", "deadQualifier", "injuredQualifier", "arrestedQualifier",
    "countQualifier", "mode",
)


def _events_query(event_classes: Iterable[str]) -> str:
    classes = " ".join(f"<{_pe(c)}>" for c in sorted(event_classes))
    branches = [f'{{ ?ev pe:{p} ?o BIND("{p}" AS ?k) }}' for p in _EVENT_PROPS]
    branches += [
        '{ ?ev pe:negated true BIND("negated" AS ?k) BIND(true AS ?o) }',
        '{ ?ev pe:hypothetical true BIND("hypothetical" AS ?k) BIND(true AS ?o) }',
        '{ ?ev pe:mainEvent true BIND("mainEvent" AS ?k) BIND(true AS ?o) }',
        f'{{ VALUES ?o {{ {classes} }} ?ev a ?o BIND("type" AS ?k) }}',
        '{ GRAPH ?o { ?ev a pe:Event } BIND("graph" AS ?k) }',
    ]
    return "SELECT ?ev ?k ?o WHERE {\n  " + "\n  UNION ".join(branches) + "\n}"


_Q_ARTICLES = """
SELECT ?g ?a ?p ?o WHERE {
  VALUES ?p { dcterms:identifier dcterms:title dcterms:date schema:url }
  GRAPH ?g { ?a a pe:Article ; ?p ?o . }
}"""


def _pe(local: str) -> str:
    return PE_IRI + local


def _local(iri: str) -> str:
    return iri.removeprefix(PE_IRI)


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
    event_classes: set[str] = field(default_factory=set)  # local names, pe:Event excluded
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
        elif kind == "event" and s.value.startswith(PE_IRI):
            onto.event_classes.add(_local(s.value))
        elif kind == "relation":
            onto.relations.add(s.value)
        elif kind == "relation-of" and isinstance(o, ox.NamedNode):
            onto.relation_of[_local(s.value)] = o.value
    # the vocabulary is the fallback while (or if) the ontology says less
    onto.entity_classes.update(ENTITY_CLASSES)
    onto.event_classes.update(PLOVER_CLASSES | set(FINE_TYPES) | set(RELATION_OF_CLASS))
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
    graph: str | None = None
    kind: str = "Event"  # PLOVER class local name (the filter key)
    fine: str | None = None  # fine class local name
    relation: str | None = None  # property IRI of its direct edges


@dataclass(frozen=True)
class _Article:
    id: str
    title: str | None
    url: str | None
    date: str | None


def load_view_graph(
    store: Any,
    *,
    focus: str | Iterable[str] | None = None,
    hops: int = 1,
    max_nodes: int | None = None,
    title: str | None = None,
    all_facts: bool = False,
) -> ViewGraph:
    """The entities, relations and events of ``store`` as a :class:`ViewGraph`.

    ``all_facts`` keeps every event in ``facts``, also those with no actor or
    recipient ("protests erupted") and those of entities left out; by default
    the facts are those of the drawn entities.

    ``focus`` (a name, alias or IRI, or several) keeps only the entities within
    ``hops`` relation steps of it; ``max_nodes`` keeps the most central
    entities (PageRank over the relation graph, restarting in proportion to
    each entity's number of events) and counts the others in ``left_out``.
    An unknown focus name raises :class:`~kg.errors.UsageError`.
    """
    if isinstance(hops, bool) or not isinstance(hops, int) or hops < 0:
        raise UsageError(f"--hops must be a whole number ≥ 0, not {hops!r}")
    if max_nodes is not None and (isinstance(max_nodes, bool) or not isinstance(max_nodes, int) or max_nodes < 1):
        raise UsageError(f"--max-nodes must be a whole number ≥ 1, not {max_nodes!r}")

    onto = _read_ontology(store)

    # 1. events: participants, classes, sentence, date, counts, graph
    events: dict[str, _Event] = defaultdict(_Event)
    for ev_term, k_term, o_term in store.select(_events_query(onto.event_classes)):
        k, o = k_term.value, o_term.value
        rec = events[ev_term.value]
        if k == "actor":
            if o not in rec.actors:
                rec.actors.append(o)
        elif k == "recipient":
            if o not in rec.recipients:
                rec.recipients.append(o)
        elif k == "type":
            rec.types.add(o[len(PE_IRI) :])
        elif k == "graph":
            rec.graph = o
        elif k == "reportedBy":
            if o not in rec.reported_by:
                rec.reported_by.append(o)
        else:
            rec.values[k] = o
    by_node: dict[str, list[str]] = defaultdict(list)  # entity → its events (actor or recipient)
    by_triple: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    by_pair: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ev, rec in events.items():
        _classify(rec, onto)
        for x in dict.fromkeys(rec.actors + rec.recipients):
            by_node[x].append(ev)
        for a in rec.actors:
            for b in rec.recipients:
                by_pair[(a, b)].append(ev)
                if rec.relation:
                    by_triple[(a, rec.relation, b)].append(ev)

    # 2. nodes: entities of a pe:Entity class that take part in events; the
    #    number of article graphs typing an entity is its number of articles
    order = {c: i for i, c in enumerate(ENTITY_CLASSES)}
    classes = " ".join(f"<{_pe(c)}>" for c in sorted(onto.entity_classes))
    node_cls: dict[str, str] = {}
    mentions: dict[str, int] = defaultdict(int)
    for e_term, c_term, n_term in store.select(_Q_NODES.format(classes=classes)):
        e, c = e_term.value, _local(c_term.value)
        if e not in by_node or not isinstance(e_term, ox.NamedNode):
            continue
        prev = node_cls.get(e)
        if prev is None or order.get(c, 99) < order.get(prev, 99):
            node_cls[e] = c  # one class per node, the first in legend order
        mentions[e] = max(mentions[e], int(n_term.value))
    node_events = {x: len(by_node[x]) for x in node_cls}

    # 3. labels of every entity an event names (participants, places, reporters, countries)
    #    (the preferred name where the graph has one; stores built before kg wrote skos:prefLabel
    #    have one rdfs:label per entity)
    all_labels: dict[str, set[str]] = defaultdict(set)
    pref_labels: dict[str, set[str]] = defaultdict(set)
    for x_term, l_term, p_term in store.select(_Q_LABELS):
        (pref_labels if p_term.value == "true" else all_labels)[x_term.value].add(l_term.value)
    labels = {x: min(pref_labels.get(x) or all_labels[x]) for x in set(all_labels) | set(pref_labels)}  # min: deterministic

    def name(iri: str) -> str:
        found = labels.get(iri)
        return found if found is not None else label_from_iri(iri)

    # 4. the nodes' aliases, titles, countries, sectors and group sizes, and the ISO
    #    codes of every country (a node's own, and those of its countries)
    attrs: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    iso_codes: dict[str, set[str]] = defaultdict(set)
    iso_code = _pe("isoCode")
    for e_term, p_term, o_term in store.select(_Q_NODE_FACTS):
        e, p, o = e_term.value, p_term.value, o_term.value
        if p == iso_code:
            iso_codes[e].add(o)
        elif e in node_cls:
            attrs[e][_local(p)].add(o)

    def code(iri: str) -> str | None:
        found = iso_codes.get(iri)
        return min(found) if found else None  # min: deterministic

    # 5. articles, by graph
    raw_articles: dict[str, dict[str, str]] = defaultdict(dict)
    for g_term, a_term, p_term, o_term in store.select(_Q_ARTICLES):
        p = p_term.value
        key = "url" if p == SCHEMA_URL else p[len(DCTERMS) :]
        raw_articles[g_term.value].setdefault(key, o_term.value)
    articles = {
        g: _Article(a.get("identifier") or label_from_iri(g), a.get("title"), safe_url(a.get("url")), a.get("date"))
        for g, a in raw_articles.items()
    }

    # 6. relation triples between nodes
    relations = " ".join(f"<{r}>" for r in sorted(onto.relations))
    triples: list[tuple[str, str, str]] = []
    for a_term, r_term, b_term in store.select(_Q_EDGES.format(relations=relations)):
        a, r, b = a_term.value, r_term.value, b_term.value
        if a in node_cls and b in node_cls:
            triples.append((a, r, b))
    triples.sort()

    # -- which nodes ---------------------------------------------------------
    all_ids = sorted(node_cls)
    adjacency: dict[str, set[str]] = defaultdict(set)
    for a, _, b in triples:
        adjacency[a].add(b)
        adjacency[b].add(a)

    focus_ids: tuple[str, ...] = ()
    candidates = all_ids
    if focus is not None:
        wanted = [focus] if isinstance(focus, str) else list(focus)
        found: list[str] = []
        for one in wanted:
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
        pr = pagerank(len(ids), [(a, b, w) for (a, b), w in weighted.items()], [node_events[x] for x in ids])
        return {x: float(pr[i]) for i, x in enumerate(ids)}

    importance = rank(candidates)
    kept = candidates
    if max_nodes is not None and len(candidates) > max_nodes:
        pinned = [x for x in focus_ids if x in importance][:max_nodes]
        rest = sorted(
            (x for x in candidates if x not in pinned),
            key=lambda x: (-importance[x], -node_events[x], name(x), x),
        )
        keep = set(pinned) | set(rest[: max_nodes - len(pinned)])
        kept = [x for x in candidates if x in keep]
        importance = rank(kept)
    left_out = len(candidates) - len(kept)
    kept_set = set(kept)

    # -- assemble ------------------------------------------------------------
    fact_ids = set(events) if all_facts else {ev for x in kept for ev in by_node[x]}
    ordered_ids = _fact_order(fact_ids, events, articles)
    position = {ev: i for i, ev in enumerate(ordered_ids)}
    facts = tuple(_make_fact(ev, events[ev], onto, name, articles) for ev in ordered_ids)

    nodes = []
    for x in kept:
        a = attrs.get(x, {})
        size = next((int(v) for v in sorted(a.get("size", ())) if v.lstrip("-").isdigit()), None)
        label = name(x)
        countries = sorted(a.get("country", ()), key=lambda c: (name(c), c))
        nodes.append(
            ViewNode(
                id=x,
                label=label,
                cls=node_cls[x],
                aliases=tuple(sorted(a.get("alias", set()) - {label})),
                titles=tuple(sorted(a.get("title", ()))),
                countries=tuple(sorted({name(c) for c in countries})),
                iso_code=code(x) if node_cls[x] == "Country" else None,
                country_codes=tuple(dict.fromkeys(c for c in map(code, countries) if c)),
                sectors=tuple(sorted(a.get("sector", ()))),
                size=size,
                articles=mentions.get(x, 0),
                events=node_events[x],
                importance=importance.get(x, 0.0),
                facts=tuple(sorted(by_node[x], key=position.__getitem__)),
            )
        )
    edges = []
    for a, r, b in triples:
        if a not in kept_set or b not in kept_set:
            continue
        # the events behind the edge: same actor, recipient and relation (or, should
        # the ontology map classes differently, any event between the two)
        behind = by_triple.get((a, r, b)) or by_pair.get((a, b), [])
        edges.append(
            ViewEdge(
                id=f"{a} {r} {b}",
                source=a,
                target=b,
                relation=r,
                label=onto.label(r),
                facts=tuple(sorted(set(behind), key=position.__getitem__)),
            )
        )
    return ViewGraph(
        nodes=tuple(nodes),
        edges=tuple(edges),
        facts=facts,
        left_out=left_out,
        title=title if title is not None else DEFAULT_TITLE,
        focus=tuple(x for x in focus_ids if x in kept_set),
        hops=hops if focus is not None else None,
    )


def _classify(rec: _Event, onto: _Ontology) -> None:
    """Set the event's PLOVER class, fine class and relation from its rdf:types."""
    plover = sorted(t for t in rec.types if t in PLOVER_CLASSES)
    fine = sorted(t for t in rec.types if t in FINE_TYPES)
    other = sorted(t for t in rec.types if t not in PLOVER_CLASSES and t not in FINE_TYPES)
    rec.fine = fine[0] if fine else None
    if plover:
        rec.kind = plover[0]
    elif rec.fine:
        rec.kind = type_class_name(FINE_TYPES[rec.fine])
    else:
        rec.kind = other[0] if other else "Event"
    rec.relation = onto.relation_of.get(rec.fine or rec.kind)


_NO_ARTICLE = _Article("", None, None, None)


def _fact_order(ids: Iterable[str], events: dict[str, _Event], articles: dict[str, _Article]) -> list[str]:
    """Newest first, undated last; by article and event within a date (stable sorts)."""
    by_source = sorted(ids, key=lambda ev: (articles.get(events[ev].graph or "", _NO_ARTICLE).id, ev))
    dated = [ev for ev in by_source if events[ev].values.get("date")]
    undated = [ev for ev in by_source if not events[ev].values.get("date")]
    dated.sort(key=lambda ev: events[ev].values["date"], reverse=True)  # reverse keeps ties in order
    return dated + undated


def _make_fact(ev: str, rec: _Event, onto: _Ontology, name, articles: dict[str, _Article]) -> ViewFact:
    v = rec.values
    counts = tuple(
        (c, int(v[c]), v.get(f"{c}Qualifier"))
        for c in COUNT_KINDS
        if c in v and v[c].lstrip("-").isdigit()
    )
    art = articles.get(rec.graph or "")
    if art is None:
        art = _Article(label_from_iri(rec.graph) if rec.graph else "", None, None, None)
    return ViewFact(
        id=ev,
        type=rec.kind,
        type_label=onto.label(_pe(rec.kind)),
        fine=rec.fine,
        fine_label=onto.label(_pe(rec.fine)) if rec.fine else None,
        trigger=v.get("trigger"),
        sentence=v.get("sourceText", ""),
        actors=tuple(Participant(x, name(x)) for x in rec.actors),
        recipients=tuple(Participant(x, name(x)) for x in rec.recipients),
        reported_by=tuple(Participant(x, name(x)) for x in rec.reported_by),
        place=name(v["location"]) if "location" in v else None,
        date=v.get("date"),
        date_text=v.get("dateText"),
        counts=counts,
        mode=v.get("mode"),
        negated="negated" in v,
        hypothetical="hypothetical" in v,
        main="mainEvent" in v,
        article_id=art.id,
        article_title=art.title,
        article_url=art.url,
        article_date=art.date,
    )


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
