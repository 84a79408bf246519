"""Extraction → the triples of one article's named graph (see docs/data-model.md).

Pure and deterministic: the same Extraction always gives the same triples.
Terms are pyoxigraph terms, which the store takes without conversion.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pyoxigraph as ox

from ..model import FINE_TYPES, Article, Entity, Event, Extraction, PipelineInfo, type_class_name
from ..store import ArticleGraph
from .vocab import DCTERMS_IRI, PE_IRI, PREFIXES, PROV_IRI, RELATION_OF_CLASS, SCHEMA_IRI, iri

_XSD = PREFIXES["xsd"]
_RDFS = PREFIXES["rdfs"]
RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
RDFS_LABEL = ox.NamedNode(_RDFS + "label")
SKOS_PREF_LABEL = ox.NamedNode(PREFIXES["skos"] + "prefLabel")
XSD_INTEGER = ox.NamedNode(_XSD + "integer")
XSD_BOOLEAN = ox.NamedNode(_XSD + "boolean")
XSD_DATE = ox.NamedNode(_XSD + "date")
XSD_ANYURI = ox.NamedNode(_XSD + "anyURI")
_DATE_TYPES = {
    "day": XSD_DATE,
    "month": ox.NamedNode(_XSD + "gYearMonth"),
    "year": ox.NamedNode(_XSD + "gYear"),
}
TRUE = ox.Literal("true", datatype=XSD_BOOLEAN)
FALSE = ox.Literal("false", datatype=XSD_BOOLEAN)


def pe(name: str) -> ox.NamedNode:
    return ox.NamedNode(PE_IRI + name)


def _prov(name: str) -> ox.NamedNode:
    return ox.NamedNode(PROV_IRI + name)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=XSD_INTEGER)


PROV_DERIVED = _prov("wasDerivedFrom")


def graph_iri(article_id: str) -> str:
    return iri("graph", article_id)


def article_iri(article_id: str) -> str:
    return iri("article", article_id)


def entity_iri(article_id: str, entity: Entity) -> str:
    if entity.scope == "article":
        return iri("group", article_id, entity.key)
    return iri("entity", entity.key)


def mention_iri(article_id: str, start: int, end: int) -> str:
    return iri("mention", article_id, f"{start}-{end}")


def event_iri(article_id: str, event: Event) -> str:
    return iri("event", article_id, event.key)


def activity_id(pipeline: PipelineInfo) -> str:
    """Deterministic: one activity per (kg version, pipeline, pipeline version)."""
    return hashlib.sha1(f"{pipeline.kg_version}|{pipeline.name}|{pipeline.version}".encode()).hexdigest()[:16]


def content_hash(article: Article, pipeline: PipelineInfo) -> str:
    """What decides whether an article must be built again."""
    h = hashlib.sha256()
    for part in (article.text, article.title or "", article.date or "", article.url or "", activity_id(pipeline)):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def _provenance(article: Article, pipeline: PipelineInfo, digest: str) -> Iterator[ox.Triple]:
    node = ox.NamedNode(article_iri(article.id))
    yield ox.Triple(node, RDF_TYPE, pe("Article"))
    yield ox.Triple(node, ox.NamedNode(DCTERMS_IRI + "identifier"), ox.Literal(article.id))
    if article.title:
        yield ox.Triple(node, ox.NamedNode(DCTERMS_IRI + "title"), ox.Literal(article.title))
    if article.date:
        yield ox.Triple(node, ox.NamedNode(DCTERMS_IRI + "date"), ox.Literal(article.date, datatype=XSD_DATE))
    if article.url:
        yield ox.Triple(node, ox.NamedNode(SCHEMA_IRI + "url"), ox.Literal(article.url, datatype=XSD_ANYURI))
    yield ox.Triple(node, pe("contentHash"), ox.Literal(digest))
    activity = ox.NamedNode(iri("activity", activity_id(pipeline)))
    agent = ox.NamedNode(iri("software", "kg", pipeline.kg_version))
    model = ox.NamedNode(iri("software", pipeline.name, pipeline.version))
    version = ox.NamedNode(SCHEMA_IRI + "softwareVersion")
    yield ox.Triple(node, _prov("wasGeneratedBy"), activity)
    yield ox.Triple(activity, RDF_TYPE, _prov("Activity"))
    yield ox.Triple(
        activity,
        RDFS_LABEL,
        ox.Literal(f"kg {pipeline.kg_version} with spaCy pipeline {pipeline.name} {pipeline.version}"),
    )
    yield ox.Triple(activity, _prov("wasAssociatedWith"), agent)
    yield ox.Triple(activity, _prov("used"), model)
    yield ox.Triple(agent, RDF_TYPE, _prov("SoftwareAgent"))
    yield ox.Triple(agent, RDFS_LABEL, ox.Literal(f"kg {pipeline.kg_version}"))
    yield ox.Triple(agent, version, ox.Literal(pipeline.kg_version))
    yield ox.Triple(model, RDF_TYPE, _prov("Entity"))
    yield ox.Triple(model, RDFS_LABEL, ox.Literal(f"spaCy pipeline {pipeline.name} {pipeline.version}"))
    yield ox.Triple(model, version, ox.Literal(pipeline.version))


def _entity(entity: Entity, node: ox.NamedNode, article: ox.NamedNode, iris: dict[str, ox.NamedNode]) -> Iterator[ox.Triple]:
    yield ox.Triple(node, RDF_TYPE, pe(entity.cls))
    # one preferred name (skos:prefLabel) and every name the articles use for it (rdfs:label), as YAGO
    # does: a search by any written form finds the node; a display picks the preferred name
    yield ox.Triple(node, SKOS_PREF_LABEL, ox.Literal(entity.label))
    yield ox.Triple(node, RDFS_LABEL, ox.Literal(entity.label))
    for alias in sorted(set(entity.aliases) - {entity.label}):
        yield ox.Triple(node, pe("alias"), ox.Literal(alias))
        yield ox.Triple(node, RDFS_LABEL, ox.Literal(alias))
    for title in sorted(set(entity.titles)):
        yield ox.Triple(node, pe("title"), ox.Literal(title))
    if entity.country and entity.country in iris and iris[entity.country] != node:
        yield ox.Triple(node, pe("country"), iris[entity.country])
    if entity.cls == "Country" and entity.iso_code:
        yield ox.Triple(node, pe("isoCode"), ox.Literal(entity.iso_code))
    if entity.sector:
        yield ox.Triple(node, pe("sector"), ox.Literal(entity.sector))
    if entity.size is not None and entity.size >= 0:
        yield ox.Triple(node, pe("size"), _int(entity.size))
    for note in sorted(set(entity.merge_notes)):
        yield ox.Triple(node, pe("mergeNote"), ox.Literal(note))
    yield ox.Triple(node, PROV_DERIVED, article)


def _mentions(entity: Entity, node: ox.NamedNode, article_id: str, article: ox.NamedNode) -> Iterator[ox.Triple]:
    """Each surface form of the entity with its offsets: which words were merged into this node."""
    for m in entity.mentions:
        if m.end <= m.start or not m.text:
            continue
        mention = ox.NamedNode(mention_iri(article_id, m.start, m.end))
        yield ox.Triple(mention, RDF_TYPE, pe("Mention"))
        yield ox.Triple(mention, pe("mentionOf"), node)
        yield ox.Triple(mention, pe("surfaceForm"), ox.Literal(m.text))
        yield ox.Triple(mention, pe("mentionStart"), _int(m.start))
        yield ox.Triple(mention, pe("mentionEnd"), _int(m.end))
        yield ox.Triple(mention, PROV_DERIVED, article)


def _event(event: Event, node: ox.NamedNode, article: ox.NamedNode, iris: dict[str, ox.NamedNode]) -> Iterator[ox.Triple]:
    classes = [type_class_name(event.type)]
    if event.fine and FINE_TYPES.get(event.fine) == event.type:
        classes.append(event.fine)
    yield ox.Triple(node, RDF_TYPE, pe("Event"))
    for cls in classes:
        yield ox.Triple(node, RDF_TYPE, pe(cls))
    yield ox.Triple(node, pe("trigger"), ox.Literal(event.trigger.text))
    yield ox.Triple(node, pe("sourceText"), ox.Literal(event.sentence.text))
    yield ox.Triple(node, pe("sourceStart"), _int(event.sentence.start))
    yield ox.Triple(node, pe("sourceEnd"), _int(event.sentence.end))
    actors = [iris[k] for k in event.actors if k in iris]
    recipients = [iris[k] for k in event.recipients if k in iris]
    for actor in actors:
        yield ox.Triple(node, pe("actor"), actor)
    for recipient in recipients:
        yield ox.Triple(node, pe("recipient"), recipient)
    if event.location and event.location in iris:
        yield ox.Triple(node, pe("location"), iris[event.location])
    if event.date is not None:
        if event.date.value and event.date.precision in _DATE_TYPES:
            yield ox.Triple(node, pe("date"), ox.Literal(event.date.value, datatype=_DATE_TYPES[event.date.precision]))
        yield ox.Triple(node, pe("dateText"), ox.Literal(event.date.text))
    seen_kinds: set[str] = set()
    for count in event.counts:
        if count.kind in seen_kinds or count.value < 0:
            continue  # one value per kind: the first one read wins
        seen_kinds.add(count.kind)
        yield ox.Triple(node, pe(count.kind), _int(count.value))
        yield ox.Triple(node, pe(f"{count.kind}Qualifier"), ox.Literal(count.qualifier))
    if event.mode:
        yield ox.Triple(node, pe("mode"), ox.Literal(event.mode))
    yield ox.Triple(node, pe("negated"), TRUE if event.negated else FALSE)
    yield ox.Triple(node, pe("hypothetical"), TRUE if event.hypothetical else FALSE)
    if event.main:
        yield ox.Triple(node, pe("mainEvent"), TRUE)
    for key in event.reported_by:
        if key in iris:
            yield ox.Triple(node, pe("reportedBy"), iris[key])
    yield ox.Triple(node, PROV_DERIVED, article)
    # the direct edge actor → recipient, named by the most specific class; a
    # denied or hypothetical event ("did not arrest", "threatened to arrest")
    # asserts no such fact, so it draws no edge
    if event.negated or event.hypothetical:
        return
    relation = pe(RELATION_OF_CLASS[classes[-1]])
    for actor in actors:
        for recipient in recipients:
            if actor != recipient:
                yield ox.Triple(actor, relation, recipient)


def to_article_graph(extraction: Extraction) -> ArticleGraph:
    """All triples of one article, ready for :meth:`kg.store.Store.replace_article`."""
    article = extraction.article
    digest = content_hash(article, extraction.pipeline)
    article_node = ox.NamedNode(article_iri(article.id))
    iris = {e.key: ox.NamedNode(entity_iri(article.id, e)) for e in extraction.entities}
    triples: dict[ox.Triple, None] = {}  # ordered set
    for triple in _provenance(article, extraction.pipeline, digest):
        triples[triple] = None
    for entity in extraction.entities:
        for triple in _entity(entity, iris[entity.key], article_node, iris):
            triples[triple] = None
        for triple in _mentions(entity, iris[entity.key], article.id, article_node):
            triples[triple] = None
    for event in extraction.events:
        for triple in _event(event, ox.NamedNode(event_iri(article.id, event)), article_node, iris):
            triples[triple] = None
    return ArticleGraph(article.id, graph_iri(article.id), tuple(triples), digest)
