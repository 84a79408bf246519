"""Countries carry their ISO 3166-1 alpha-3 code in the graph (pe:isoCode), read from the gazetteer."""

from __future__ import annotations

import re
from dataclasses import replace

import pyoxigraph as ox
import rdflib
from conftest import country_extraction

from kg.rdf.convert import to_article_graph
from kg.rdf.vocab import PE_IRI, slug
from kg.store import Store
from kg.validate import validate_graph

ISO_CODE = ox.NamedNode(PE_IRI + "isoCode")
E = "https://w3id.org/kg/id/entity/"

COUNTRIES = """
SELECT ?c ?label ?code WHERE {
  ?c a pe:Country ; rdfs:label ?label .
  OPTIONAL { ?c pe:isoCode ?code }
}"""


def _codes(extraction) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for t in to_article_graph(extraction).triples:
        if t.predicate == ISO_CODE:
            out.setdefault(t.subject.value, []).append(t.object.value)
    return out


def test_converter_writes_the_iso_code_of_each_country():
    extraction = country_extraction()
    assert _codes(extraction) == {E + "venezuela": ["VEN"], E + "brazil": ["BRA"]}
    venezuela = ox.NamedNode(E + "venezuela")
    assert ox.Triple(venezuela, ISO_CODE, ox.Literal("VEN")) in to_article_graph(extraction).triples  # xsd:string


def test_only_countries_get_an_iso_code():
    extraction = country_extraction()
    entities = tuple(replace(e, iso_code="VEN") if e.cls == "Person" else e for e in extraction.entities)
    assert _codes(replace(extraction, entities=entities)) == {E + "venezuela": ["VEN"], E + "brazil": ["BRA"]}
    no_codes = tuple(replace(e, iso_code=None) for e in extraction.entities)
    assert _codes(replace(extraction, entities=no_codes)) == {}


def test_the_graph_with_iso_codes_conforms():
    data = ox.serialize(to_article_graph(country_extraction()).triples, format=ox.RdfFormat.N_TRIPLES)
    report = validate_graph(rdflib.Graph().parse(data=data, format="nt"))
    assert report.conforms, report.text()


def test_every_country_of_the_seed_has_its_iso_code(seed_store):
    """The extractor's countries reach the graph with the gazetteer's code (kg/nlp/lexicon/countries.tsv)."""
    from kg.nlp.lexicon import load_lexicon

    with Store(seed_store) as store:
        rows = [tuple(t.value if t is not None else None for t in row) for row in store.select(COUNTRIES)]
    by_label: dict[str, set[str | None]] = {}
    for iri, label, code in rows:
        by_label.setdefault(label, set()).add(code)
        assert code is not None, f"{label} ({iri}) has no pe:isoCode"
        assert re.fullmatch(r"[A-Z]{3}", code), code
        assert code == load_lexicon().country_by_key[slug(label)].iso3
    assert {"Venezuela", "United States", "El Salvador"} <= set(by_label)
    assert by_label["Venezuela"] == {"VEN"} and by_label["United States"] == {"USA"}
    assert by_label["El Salvador"] == {"SLV"}
