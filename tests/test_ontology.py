"""The ontology (ontology/pe.ttl), the shapes (ontology/shapes.ttl) and kg.validate.

Vocabulary as code: every ``PE`` term in kg/rdf/vocab.py is defined in pe.ttl
and every pe: term of pe.ttl is in ``PE``.  The shapes are exercised on a
hand-written article graph (tests/data/sample_article.ttl) that follows
docs/data-model.md, and on targeted mutations of it, each of which must fail
with exactly the expected messages.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import SHARED
import rdflib
from rdflib import Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS

import kg
from kg.model import ENTITY_CLASSES, EVENT_TYPES, FINE_TYPES, type_class_name
from kg.rdf.vocab import ONTOLOGY_GRAPH, PE, PE_IRI, RELATION_OF_CLASS, ontology_path
from kg.validate import ValidationIssue, ValidationReport, validate, validate_graph

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "data" / "sample_article.ttl"
REFERENCE = SHARED / "reference"
ID = rdflib.Namespace("https://w3id.org/kg/id/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")
# a plain Namespace: pytest probes module globals, and rdflib's XSD warns on unknown names
XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")

PLOVER_CLASSES = [type_class_name(t) for t in EVENT_TYPES]  # the 16 PLOVER types + Statement
EVENT_CLASSES = PLOVER_CLASSES + list(FINE_TYPES)
TERMS = sorted(PE.__annotations__)

# The edge labels the view shows (plain past tense), per relation.
RELATION_LABELS = {
    "agreesWith": "agreed with", "consults": "consulted", "meetsWith": "met with",
    "supports": "supported", "concedesTo": "conceded to", "cooperatesWith": "cooperated with",
    "aids": "aided", "retreatsFrom": "retreated from", "releases": "released",
    "requests": "made a request to", "accuses": "accused", "charges": "charged",
    "rejects": "rejected", "threatens": "threatened", "protestsAgainst": "protested against",
    "demonstratesAgainst": "demonstrated against", "sanctions": "sanctioned",
    "convicts": "convicted", "mobilizesAgainst": "mobilized against", "coerces": "coerced",
    "arrests": "arrested", "deports": "deported", "assaults": "assaulted", "attacks": "attacked",
    "kills": "killed", "speaksTo": "spoke to",
}

# docs/data-model.md: property → (kind, domain, range)
OBJ, DATA = OWL.ObjectProperty, OWL.DatatypeProperty
PROPERTY_SIGNATURES = {
    "actor": (OBJ, PE.Event, PE.Entity),
    "recipient": (OBJ, PE.Event, PE.Entity),
    "location": (OBJ, PE.Event, PE.Entity),
    "reportedBy": (OBJ, PE.Event, PE.Entity),
    "country": (OBJ, PE.Entity, PE.Country),
    "isoCode": (DATA, PE.Country, XSD.string),
    "dateText": (DATA, PE.Event, XSD.string),
    "dead": (DATA, PE.Event, XSD.integer),
    "injured": (DATA, PE.Event, XSD.integer),
    "arrested": (DATA, PE.Event, XSD.integer),
    "count": (DATA, PE.Event, XSD.integer),
    "deadQualifier": (DATA, PE.Event, XSD.string),
    "injuredQualifier": (DATA, PE.Event, XSD.string),
    "arrestedQualifier": (DATA, PE.Event, XSD.string),
    "countQualifier": (DATA, PE.Event, XSD.string),
    "mode": (DATA, PE.Event, XSD.string),
    "negated": (DATA, PE.Event, XSD.boolean),
    "hypothetical": (DATA, PE.Event, XSD.boolean),
    "sourceText": (DATA, PE.Event, XSD.string),
    "sourceStart": (DATA, PE.Event, XSD.integer),
    "sourceEnd": (DATA, PE.Event, XSD.integer),
    "trigger": (DATA, PE.Event, XSD.string),
    "alias": (DATA, PE.Entity, XSD.string),
    "sector": (DATA, PE.Entity, XSD.string),
    "title": (DATA, PE.Entity, XSD.string),
    "size": (DATA, PE.Group, XSD.integer),
    "contentHash": (DATA, PE.Article, XSD.string),
    "relatedTo": (OBJ, PE.Entity, PE.Entity),
    "mergeNote": (DATA, PE.Entity, XSD.string),
    "mentionOf": (OBJ, PE.Mention, PE.Entity),
    "surfaceForm": (DATA, PE.Mention, XSD.string),
    "mentionStart": (DATA, PE.Mention, XSD.integer),
    "mentionEnd": (DATA, PE.Mention, XSD.integer),
}


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_path("pe.ttl"), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_path("shapes.ttl"), format="turtle")


@pytest.fixture(scope="module")
def sample() -> rdflib.Graph:
    return rdflib.Graph().parse(SAMPLE, format="turtle")


def local(iri: rdflib.term.Node) -> str:
    text = str(iri)
    assert text.startswith(PE_IRI), f"{text} is not a pe: term"
    return text[len(PE_IRI):]


def pe_iris(graph: rdflib.Graph) -> set[str]:
    """Every pe: IRI used anywhere in ``graph`` (subject, predicate or object)."""
    return {str(t) for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(PE_IRI)}


def english_label(graph: rdflib.Graph, node: URIRef) -> str | None:
    labels = [o for o in graph.objects(node, RDFS.label) if isinstance(o, Literal) and o.language in ("en", None)]
    return str(labels[0]) if len(labels) == 1 else None


# -- (a) vocabulary as code, both ways ---------------------------------------------


@pytest.mark.parametrize("name", TERMS)
def test_every_vocab_term_is_defined_with_a_label(onto, name):
    term = URIRef(PE_IRI + name)
    kinds = set(onto.objects(term, RDF.type))
    wanted = {OWL.Class} if name[0].isupper() else {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
    assert kinds & wanted, f"pe:{name} is not defined in pe.ttl as {'a class' if name[0].isupper() else 'a property'}"
    assert english_label(onto, term), f"pe:{name} needs exactly one English rdfs:label"


def test_every_pe_term_in_the_ontology_is_in_vocab(onto):
    unknown = sorted(local(i) for i in pe_iris(onto))
    assert set(unknown) <= set(TERMS), f"in pe.ttl but not in kg.rdf.vocab.PE: {sorted(set(unknown) - set(TERMS))}"
    defined = {local(s) for s in onto.subjects(RDF.type, None) if str(s).startswith(PE_IRI)}
    assert defined == set(TERMS)


def test_shapes_use_only_vocab_terms(shapes):
    unknown = {local(i) for i in pe_iris(shapes)} - set(TERMS)
    assert not unknown, f"shapes.ttl uses pe: terms that do not exist: {sorted(unknown)}"


def test_ontology_header(onto):
    head = URIRef(ONTOLOGY_GRAPH)
    assert (head, RDF.type, OWL.Ontology) in onto
    assert str(onto.value(head, OWL.versionInfo)) == kg.__version__ == "0.1.0"
    assert english_label(onto, head)
    assert onto.value(head, RDFS.comment) is not None
    assert onto.value(head, URIRef("http://purl.org/dc/terms/license")) is not None


# -- (b) event classes, their annotations and relations ------------------------------


@pytest.mark.parametrize("cls", EVENT_CLASSES)
def test_event_class_is_annotated(onto, cls):
    node = PE[cls]
    assert english_label(onto, node) == cls
    definition = onto.value(node, SKOS.definition)
    assert definition is not None and len(str(definition).split()) >= 8, f"pe:{cls} needs a real skos:definition"
    plover = [str(o) for o in onto.objects(node, PE.ploverType)]
    expected = FINE_TYPES.get(cls) or cls.upper()
    assert plover == [expected]
    codes = [str(o) for o in onto.objects(node, PE.cameoCode)]
    assert codes and all(re.fullmatch(r"\d{2,4}", c) for c in codes), f"pe:{cls} cameoCode {codes}"
    relations = list(onto.objects(node, PE.relation))
    assert len(relations) == 1, f"pe:{cls} needs exactly one pe:relation"
    relation = relations[0]
    assert (relation, RDFS.subPropertyOf, PE.relatedTo) in onto
    assert (relation, RDF.type, OWL.ObjectProperty) in onto
    assert english_label(onto, relation), f"{relation} has no label"
    assert RELATION_OF_CLASS[cls] == local(relation)


def test_relation_of_class_covers_exactly_the_event_classes(onto):
    assert set(RELATION_OF_CLASS) == set(EVENT_CLASSES)
    annotated = {local(c): local(r) for c, r in onto.subject_objects(PE.relation)}
    assert annotated == RELATION_OF_CLASS


def test_relations_are_labelled_as_edges_in_past_tense(onto):
    subproperties = {local(p) for p in onto.subjects(RDFS.subPropertyOf, PE.relatedTo)}
    assert subproperties == set(RELATION_OF_CLASS.values()) == set(RELATION_LABELS)
    for relation, label in RELATION_LABELS.items():
        assert english_label(onto, PE[relation]) == label
        assert (PE[relation], RDFS.comment, None) in onto


def test_no_two_properties_share_a_label(onto):
    """pe:arrests is "arrested" on edges; the count pe:arrested must read differently."""
    labels: dict[str, str] = {}
    for prop in (*onto.subjects(RDF.type, OWL.ObjectProperty), *onto.subjects(RDF.type, OWL.DatatypeProperty)):
        label = english_label(onto, prop)
        assert label not in labels, f"{local(prop)} and {labels.get(label)} are both labelled {label!r}"
        labels[label] = local(prop)
    assert english_label(onto, PE.arrested) == "number arrested"


@pytest.mark.parametrize("name,signature", sorted(PROPERTY_SIGNATURES.items()))
def test_property_signature_follows_the_data_model(onto, name, signature):
    kind, domain, rng = signature
    prop = PE[name]
    assert (prop, RDF.type, kind) in onto
    assert list(onto.objects(prop, RDFS.domain)) == [domain]
    assert list(onto.objects(prop, RDFS.range)) == [rng]
    assert onto.value(prop, RDFS.comment) is not None


def test_date_range_is_a_union_of_date_types(onto):
    ranges = list(onto.objects(PE.date, RDFS.range))
    assert len(ranges) == 1
    assert (ranges[0], RDF.type, RDFS.Datatype) in onto
    members = list(Collection(onto, onto.value(ranges[0], OWL.unionOf)))
    assert members == [XSD.date, XSD.gYearMonth, XSD.gYear]
    assert (PE.date, RDF.type, OWL.DatatypeProperty) in onto


def test_annotation_properties(onto):
    for name in ("ploverType", "cameoCode", "relation"):
        assert (PE[name], RDF.type, OWL.AnnotationProperty) in onto


@pytest.mark.parametrize("cls", PLOVER_CLASSES)
def test_plover_type_lists_its_modes(onto, cls):
    note = onto.value(PE[cls], SKOS.scopeNote)
    assert note is not None, f"pe:{cls} needs a skos:scopeNote listing its PLOVER modes"
    if not REFERENCE.is_dir():
        return
    reference = {t["type"]: t for t in json.loads((REFERENCE / "plover_ontology.json").read_text())["event_types"]}
    if cls == "Statement":
        assert "not a PLOVER type" in str(note)
        return
    modes = list(reference[cls.upper()]["modes"])
    if modes:
        listed = re.search(r"\(values of pe:mode\): ([^.]+)\.", str(note))
        assert listed is not None, str(note)
        assert listed.group(1).split(", ") == modes
    else:
        assert "no modes" in str(note)


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="needs ../shared/reference")
def test_cameo_codes_exist_and_match_plover(onto):
    codebook = set(re.findall(r"^LABEL: (\d+)=", (REFERENCE / "CAMEO_codefile.txt").read_text(), flags=re.M))
    codebook |= {m for m in re.findall(r"^//(\d\d)[:=]", (REFERENCE / "CAMEO_codefile.txt").read_text(), flags=re.M)}
    reference = {t["type"]: t for t in json.loads((REFERENCE / "plover_ontology.json").read_text())["event_types"]}
    for cls in EVENT_CLASSES:
        codes = {str(o) for o in onto.objects(PE[cls], PE.cameoCode)}
        assert codes <= codebook, f"pe:{cls}: {sorted(codes - codebook)} not in the CAMEO codebook"
        if cls.upper() in reference:
            roots = {r.split()[0] for r in reference[cls.upper()]["cameo_roots"]}
            assert codes <= roots and reference[cls.upper()]["cameo_roots"][0] in codes, (cls, codes, roots)
    assert {str(o) for o in onto.objects(PE.Statement, PE.cameoCode)} == {"01"}
    assert {str(o) for o in onto.objects(PE.Arrest, PE.cameoCode)} == {"173"}


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="needs ../shared/reference")
def test_definitions_are_not_copied_from_plover(onto):
    """No definition shares a run of six words with the PLOVER manual or its JSON digest."""

    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9]+", text.lower())

    n = 6
    grams: set[tuple[str, ...]] = set()
    for name in ("PLOVER_MANUAL.tex", "plover_ontology.json"):
        w = words((REFERENCE / name).read_text(encoding="utf-8"))
        grams.update(tuple(w[i : i + n]) for i in range(len(w) - n + 1))
    for node, definition in onto.subject_objects(SKOS.definition):
        w = words(str(definition))
        copied = [" ".join(w[i : i + n]) for i in range(len(w) - n + 1) if tuple(w[i : i + n]) in grams]
        assert not copied, f"{local(node)}: {copied}"


# -- (c) class hierarchy --------------------------------------------------------------


def test_event_hierarchy_matches_the_model(onto):
    direct = {local(s) for s in onto.subjects(RDFS.subClassOf, PE.Event)}
    assert direct == set(PLOVER_CLASSES) and len(PLOVER_CLASSES) == 17
    for cls in PLOVER_CLASSES:
        assert list(onto.objects(PE[cls], RDFS.subClassOf)) == [PE.Event]
    for fine, plover in FINE_TYPES.items():
        assert list(onto.objects(PE[fine], RDFS.subClassOf)) == [PE[type_class_name(plover)]]
    # nothing else sits below the PLOVER classes
    below = {local(s) for cls in PLOVER_CLASSES for s in onto.subjects(RDFS.subClassOf, PE[cls])}
    assert below == set(FINE_TYPES)
    assert not {s for fine in FINE_TYPES for s in onto.subjects(RDFS.subClassOf, PE[fine])}


def test_fine_relations_refine_their_parent_relation(onto):
    for fine, plover in FINE_TYPES.items():
        child = PE[RELATION_OF_CLASS[fine]]
        parent = PE[RELATION_OF_CLASS[type_class_name(plover)]]
        assert (child, RDFS.subPropertyOf, parent) in onto


def test_entity_hierarchy(onto):
    assert {local(s) for s in onto.subjects(RDFS.subClassOf, PE.Entity)} == set(ENTITY_CLASSES)
    for cls in ("Entity", *ENTITY_CLASSES, "Article", "Event"):
        assert english_label(onto, PE[cls]) == cls
        assert onto.value(PE[cls], SKOS.definition) is not None


# -- (d) both parsers read both files ---------------------------------------------------


@pytest.mark.parametrize("name", ["pe.ttl", "shapes.ttl"])
def test_files_parse_with_rdflib_and_pyoxigraph(name):
    path = ontology_path(name)
    with_rdflib = rdflib.Graph().parse(path, format="turtle")
    with_oxigraph = list(ox.parse(path.read_bytes(), format=ox.RdfFormat.TURTLE))
    assert len(with_rdflib) == len(set(with_oxigraph)) > 100


def test_ontology_has_no_blank_nodes():
    """The store reloads the ontology graph when its triples differ from the file's:
    blank nodes would get fresh ids on every parse and force a reload on every open."""
    data = ontology_path("pe.ttl").read_bytes()
    first = set(ox.parse(data, format=ox.RdfFormat.TURTLE))
    assert not [t for t in first if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)]
    assert first == set(ox.parse(data, format=ox.RdfFormat.TURTLE))


# -- (e) the shapes on a sample article and its mutations ---------------------------------

ARTICLE = ID["article/sample-1"]
RELEASE = ID["event/sample-1/s0-t10"]
ARREST = ID["event/sample-1/s1-t122"]
STATEMENT = ID["event/sample-1/s2-t194"]
VENEZUELA = ID["entity/venezuela"]
MADURO = ID["entity/nicolas-maduro"]
MENTION = ID["mention/sample-1/179-193"]
FREED = ID["group/sample-1/13-people"]
REPORTERS = ID["group/sample-1/reporters"]

M_SOURCE = "an event needs exactly one non-empty pe:sourceText string (the sentence it was read from)"
M_COUNT = "pe:count must be a single xsd:integer >= 0"
M_NEGATED = "an event needs exactly one pe:negated, an xsd:boolean"
M_ACTOR = "pe:actor must point to an entity (a pe:Person, pe:Organization, pe:Country, pe:Group or pe:Location node)"
M_QUALIFIER = 'pe:arrestedQualifier must be one of "exact", "at least", "at most", "about"'
M_TYPE = "an event needs one of the 17 type classes (pe:Agree … pe:Assault, or pe:Statement) as rdf:type"
M_ISO = 'pe:isoCode must be a single ISO 3166-1 alpha-3 code, three capital letters such as "VEN"'


def test_sample_article_conforms(sample):
    report = validate_graph(sample)
    assert report.conforms, report.text()
    assert report.issues == ()
    assert report.triples == len(sample)
    assert report.text().startswith("conforms")


def test_sample_covers_the_data_model(sample):
    """The sample is worth validating only if it has what the brief asks for."""
    types = set(sample.objects(None, RDF.type))
    assert {PE.Release, PE.Arrest, PE.Statement, PE.Article, PE.Mention, PROV.Activity} <= types
    assert {PE[c] for c in ENTITY_CLASSES} <= types
    assert sample.value(ARREST, PE.arrested) == Literal(2000)
    assert sample.value(VENEZUELA, PE.isoCode) == Literal("VEN")
    assert (VENEZUELA, PE.releases, FREED) in sample


def test_validation_does_not_change_the_input(sample):
    before = set(sample)
    validate_graph(sample)
    assert set(sample) == before


def mutate(graph: rdflib.Graph, remove=(), add=()) -> rdflib.Graph:
    out = rdflib.Graph()
    for triple in graph:
        out.add(triple)
    for pattern in remove:
        hits = list(out.triples(pattern))
        assert hits, f"mutation removes nothing: {pattern}"
        for triple in hits:
            out.remove(triple)
    for triple in add:
        assert triple not in out, f"mutation adds nothing: {triple}"
        out.add(triple)
    return out


MUTATIONS = {
    # the six of the brief
    "missing sourceText": (
        [(RELEASE, PE.sourceText, None)], [], {M_SOURCE}, RELEASE, PE.sourceText,
    ),
    "non-integer count": (
        [(RELEASE, PE.count, None)], [(RELEASE, PE.count, Literal("13.5", datatype=XSD.decimal))],
        {M_COUNT}, RELEASE, PE.count,
    ),
    "negated given twice": (
        [], [(ARREST, PE.negated, Literal(True))], {M_NEGATED}, ARREST, PE.negated,
    ),
    "actor that is not an entity": (
        [], [(STATEMENT, PE.actor, ARTICLE), (ARTICLE, PE.speaksTo, REPORTERS)], {M_ACTOR}, STATEMENT, PE.actor,
    ),
    "bad qualifier": (
        [(ARREST, PE.arrestedQualifier, None)], [(ARREST, PE.arrestedQualifier, Literal("roughly"))],
        {M_QUALIFIER}, ARREST, PE.arrestedQualifier,
    ),
    "event typed only pe:Event": (
        [(RELEASE, RDF.type, PE.Retreat), (RELEASE, RDF.type, PE.Release), (VENEZUELA, PE.releases, FREED)], [],
        {M_TYPE}, RELEASE, f"<{RDF.type}>/<{RDFS.subClassOf}>",
    ),
    # more of the contract
    "fine class without its PLOVER class": (
        [(ARREST, RDF.type, PE.Coerce)], [], {"a pe:Arrest event must also be typed pe:Coerce", M_TYPE},
        ARREST, RDF.type,
    ),
    "event without explicit pe:Event": (
        [(STATEMENT, RDF.type, PE.Event)], [], {"an event must be typed pe:Event explicitly"}, STATEMENT, RDF.type,
    ),
    "missing hypothetical": (
        [(STATEMENT, PE.hypothetical, None)], [], {"an event needs exactly one pe:hypothetical, an xsd:boolean"},
        STATEMENT, PE.hypothetical,
    ),
    "negative count": (
        [(ARREST, PE.arrested, None)], [(ARREST, PE.arrested, Literal(-1))],
        {"pe:arrested must be a single xsd:integer >= 0"}, ARREST, PE.arrested,
    ),
    "qualifier without its count": (
        [(ARREST, PE.arrested, None)], [], {"pe:arrestedQualifier is given without pe:arrested"}, ARREST, PE.arrested,
    ),
    "date as plain text": (
        [(RELEASE, PE.date, None)], [(RELEASE, PE.date, Literal("Sunday"))],
        {"pe:date must be a single xsd:date, xsd:gYearMonth or xsd:gYear"}, RELEASE, PE.date,
    ),
    "sentence offsets reversed": (
        [(STATEMENT, PE.sourceStart, None)], [(STATEMENT, PE.sourceStart, Literal(300))],
        {"pe:sourceStart must be less than pe:sourceEnd"}, STATEMENT, PE.sourceStart,
    ),
    "two locations": (
        [], [(ARREST, PE.location, VENEZUELA)],
        {"an event has at most one pe:location, and it must point to an entity"}, ARREST, PE.location,
    ),
    "event without provenance": (
        [(STATEMENT, PROV.wasDerivedFrom, None)], [],
        {"an event needs prov:wasDerivedFrom pointing to its pe:Article"}, STATEMENT, PROV.wasDerivedFrom,
    ),
    "mention of nothing": (
        [(MENTION, PE.mentionOf, None)], [], {"a mention names at least one entity (pe:mentionOf)"},
        MENTION, PE.mentionOf,
    ),
    "mention of an article": (
        [(MENTION, PE.mentionOf, None)], [(MENTION, PE.mentionOf, ARTICLE)],
        {"a mention names at least one entity (pe:mentionOf)"}, MENTION, PE.mentionOf,
    ),
    "mention with a negative offset": (
        [(MENTION, PE.mentionStart, None)], [(MENTION, PE.mentionStart, Literal(-1))],
        {"a mention needs exactly one pe:mentionStart integer >= 0"}, MENTION, PE.mentionStart,
    ),
    "mention offsets reversed": (
        [(MENTION, PE.mentionStart, None)], [(MENTION, PE.mentionStart, Literal(200))],
        {"pe:mentionStart must be less than pe:mentionEnd"}, MENTION, PE.mentionStart,
    ),
    "mention without its words": (
        [(MENTION, PE.surfaceForm, None)], [],
        {"a mention needs exactly one non-empty pe:surfaceForm string"}, MENTION, PE.surfaceForm,
    ),
    "entity without label": (
        [(MADURO, RDFS.label, None)], [], {"an entity needs an rdfs:label string"}, MADURO, RDFS.label,
    ),
    "entity typed only pe:Entity": (
        [(MADURO, RDF.type, PE.Person)], [(MADURO, RDF.type, PE.Entity)],
        {"an entity must be typed pe:Person, pe:Organization, pe:Country, pe:Group or pe:Location "
         "(pe:Entity alone is not enough)"},
        MADURO, f"<{RDF.type}>/<{RDFS.subClassOf}>",
    ),
    "country that is a person": (
        [(MADURO, PE.country, None)], [(MADURO, PE.country, MADURO)],
        {"pe:country must point to a pe:Country node"}, MADURO, PE.country,
    ),
    "ISO code in lower case": (
        [(VENEZUELA, PE.isoCode, None)], [(VENEZUELA, PE.isoCode, Literal("ven"))], {M_ISO}, VENEZUELA, PE.isoCode,
    ),
    "two ISO codes": (
        [], [(VENEZUELA, PE.isoCode, Literal("VEZ"))], {M_ISO}, VENEZUELA, PE.isoCode,
    ),
    "ISO code on a person": (
        [], [(MADURO, PE.isoCode, Literal("VEN"))], {"only a pe:Country node has a pe:isoCode"}, MADURO, RDF.type,
    ),
    "abstract relatedTo edge": (
        [], [(MADURO, PE.relatedTo, VENEZUELA)],
        {"pe:relatedTo is abstract: link entities by the relation of the event class (pe:arrests, …)"},
        MADURO, PE.relatedTo,
    ),
    "article without identifier": (
        [(ARTICLE, DCTERMS.identifier, None)], [],
        {"an article needs exactly one dcterms:identifier string (its id)"}, ARTICLE, DCTERMS.identifier,
    ),
    "article with a bad hash": (
        [(ARTICLE, PE.contentHash, None)], [(ARTICLE, PE.contentHash, Literal("not-a-hash"))],
        {"an article has at most one pe:contentHash, a SHA-256 in lower-case hex"}, ARTICLE, PE.contentHash,
    ),
    "missing direct edge": (
        [(VENEZUELA, PE.releases, FREED)], [],
        {"actor kgid:entity/venezuela and recipient kgid:group/sample-1/13-people of this event "
         "are not linked by pe:releases"},
        RELEASE, PE.releases,
    ),
    "edge no event backs": (
        [], [(MADURO, PE.kills, REPORTERS)],
        {"edge pe:kills to kgid:group/sample-1/reporters is not backed by an event with this actor, "
         "that recipient and a class whose relation it is"},
        MADURO, PE.kills,
    ),
    "PLOVER relation instead of the fine one": (
        [(VENEZUELA, PE.releases, FREED)], [(VENEZUELA, PE.retreatsFrom, FREED)],
        {"actor kgid:entity/venezuela and recipient kgid:group/sample-1/13-people of this event "
         "are not linked by pe:releases"},
        RELEASE, PE.releases,
    ),
}


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_mutation_fails_with_its_message(sample, name):
    remove, add, messages, focus, path = MUTATIONS[name]
    report = validate_graph(mutate(sample, remove, add))
    assert not report.conforms
    assert set(report.messages()) == messages, report.text()
    hit = [i for i in report.issues if i.message in messages]
    assert any(i.focus == str(focus) and i.path == str(path) for i in hit), report.text()
    assert all(i.severity == "Violation" for i in report.issues)


def test_flagged_events_need_no_direct_edge(sample):
    """A negated release with no pe:releases edge is fine (the converter may leave it out)."""
    graph = mutate(
        sample,
        remove=[(RELEASE, PE.negated, None), (VENEZUELA, PE.releases, FREED)],
        add=[(RELEASE, PE.negated, Literal(True))],
    )
    report = validate_graph(graph)
    assert report.conforms, report.text()


def test_report_is_plain_strings_and_readable(sample):
    report = validate_graph(mutate(sample, [(RELEASE, PE.count, None)], [(RELEASE, PE.count, Literal("13"))]))
    assert isinstance(report, ValidationReport) and not report.conforms
    for issue in report.issues:
        assert isinstance(issue, ValidationIssue)
        for field in dataclasses.fields(issue):
            assert type(getattr(issue, field.name)) is str, field.name
    assert all(type(i) is ValidationIssue for i in report.issues)
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.conforms = True  # type: ignore[misc]
    text = report.text()
    assert text.splitlines()[0] == f"does not conform: 1 issue in {report.triples} triples"
    assert "kgid:event/sample-1/s0-t10 pe:count: pe:count must be a single xsd:integer >= 0" in text
    assert '(value: "13")' in text


# -- validate(store): the article graphs of a real store ------------------------------------


def load_into_store(store, graph: rdflib.Graph, article_id: str = "sample-1") -> None:
    from kg.store import ArticleGraph

    payload = graph.serialize(format="nt", encoding="utf-8")
    triples = tuple(ox.parse(payload, format=ox.RdfFormat.N_TRIPLES))
    store.replace_article(ArticleGraph(article_id, str(ID[f"graph/{article_id}"]), triples))


def test_validate_store(tmp_path, sample):
    from kg.store import Store

    with Store(tmp_path / "store", mode="write") as store:
        assert validate(store).conforms  # empty: nothing to complain about
        load_into_store(store, sample)
        report = validate(store)
        assert report.conforms, report.text()
        assert report.triples == len(sample)  # the ontology graph is not data
        # a second article whose event lost its sentence
        def rename(term):
            return URIRef(str(term).replace("sample-1", "other")) if isinstance(term, URIRef) else term

        other = rdflib.Graph()
        for triple in mutate(sample, [(ARREST, PE.sourceText, None)]):
            other.add(tuple(rename(t) for t in triple))
        load_into_store(store, other, "other")
        merged = validate(store)
        assert not merged.conforms
        assert {i.focus for i in merged.issues} == {str(ID["event/other/s1-t122"])}
        assert validate(store, graph=str(ID["graph/sample-1"])).conforms
        assert not validate(store, graph=str(ID["graph/other"])).conforms
