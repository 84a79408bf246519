"""kg query output formats and kg export round trips, on a hand-built store."""

from __future__ import annotations

import csv
import io
import json
import os

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import OutputError, UsageError
from kg.export import FORMATS, export, normalise_format
from kg.query import run_query, select_table
from kg.rdf.vocab import PE_IRI
from kg.store import ArticleGraph, Store

XSD = "http://www.w3.org/2001/XMLSchema#"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def _n(local: str) -> ox.NamedNode:
    return ox.NamedNode("https://w3id.org/kg/id/" + local)


def _pe(local: str) -> ox.NamedNode:
    return ox.NamedNode(PE_IRI + local)


@pytest.fixture
def store(tmp_path):
    shared = ox.Triple(_n("entity/venezuela"), RDFS_LABEL, ox.Literal("Venezuela"))
    a = ArticleGraph(
        "a",
        "https://w3id.org/kg/id/graph/a",
        (
            shared,
            ox.Triple(_n("event/a/1"), _pe("sourceText"), ox.Literal('He said "eight" were freed —\nin Caracas, Nicolás.')),
            ox.Triple(_n("event/a/1"), _pe("count"), ox.Literal("8", datatype=ox.NamedNode(XSD + "integer"))),
            ox.Triple(_n("event/a/1"), _pe("actor"), _n("entity/venezuela")),
        ),
    )
    b = ArticleGraph(
        "b",
        "https://w3id.org/kg/id/graph/b",
        (shared, ox.Triple(_n("event/b/1"), _pe("date"), ox.Literal("2025-07", datatype=ox.NamedNode(XSD + "gYearMonth")))),
    )
    with Store(tmp_path / "s", mode="write") as s:
        s.replace_article(a)
        s.replace_article(b)
        yield s


def _expected_triples(store: Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads()}


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_parses_back_isomorphic_with_rdflib_and_pyoxigraph(store, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    summary = export(store, fmt, out)
    data = out.read_bytes()
    keeps_graphs = fmt in ("trig", "nq", "jsonld")
    rdflib_format = {"turtle": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt]
    ox_format = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
                 "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    # pyoxigraph
    parsed = list(ox.parse(data, format=ox_format))
    if keeps_graphs:
        assert {(q.graph_name.value, q.triple) for q in parsed} == {(q.graph_name.value, q.triple) for q in store.quads()}
        assert summary.statements == sum(1 for _ in store.quads())
    else:
        assert {q.triple for q in parsed} == _expected_triples(store)
        assert summary.statements == len(_expected_triples(store)) == len(parsed)
    # rdflib: compare with an rdflib graph built from the store's own N-Triples
    reference = rdflib.Graph().parse(data=ox.serialize(_expected_triples(store), format=ox.RdfFormat.N_TRIPLES), format="nt")
    if keeps_graphs:
        ds = rdflib.Dataset()
        ds.parse(data=data, format=rdflib_format)
        names = {str(g.identifier) for g in ds.graphs() if len(g)}
        assert names == {"https://w3id.org/kg/id/graph/a", "https://w3id.org/kg/id/graph/b"}
        merged = rdflib.Graph()
        for g in ds.graphs():
            for t in g:
                merged.add(t)
        assert isomorphic(merged, reference)
    else:
        assert isomorphic(rdflib.Graph().parse(data=data, format=rdflib_format), reference)


def test_turtle_uses_our_prefixes(store, tmp_path):
    export(store, "turtle", tmp_path / "g.ttl")
    text = (tmp_path / "g.ttl").read_text(encoding="utf-8")
    assert "@prefix pe: <https://w3id.org/kg/pe#>" in text and "pe:sourceText" in text


def test_format_from_suffix_and_unknown_format(store, tmp_path):
    assert normalise_format(None, "x.nq") == "nq" and normalise_format(None, None) == "turtle"
    assert normalise_format("TTL") == "turtle"
    with pytest.raises(UsageError, match="unknown export format 'rdfxml'"):
        export(store, "rdfxml", tmp_path / "x")
    assert not (tmp_path / "x").exists()


def test_unwritable_output_leaves_nothing(store, tmp_path):
    locked = tmp_path / "ro"
    locked.mkdir()
    os.chmod(locked, 0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        with pytest.raises(OutputError, match="cannot write"):
            export(store, "turtle", locked / "g.ttl")
        assert list(locked.iterdir()) == []
    finally:
        os.chmod(locked, 0o700)


def test_output_into_a_folder_path_is_refused(store, tmp_path):
    with pytest.raises(OutputError, match="is a folder"):
        export(store, "turtle", tmp_path)


def test_failed_export_keeps_the_previous_file(store, tmp_path, monkeypatch):
    out = tmp_path / "g.ttl"
    out.write_text("previous", encoding="utf-8")

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ox, "serialize", boom)
    with pytest.raises(OutputError, match="No space left"):
        export(store, "turtle", out)
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name != "s"] == ["g.ttl"]


def test_query_formats_are_w3c(store):
    q = "SELECT ?e ?n WHERE { ?e pe:count ?n }"
    doc = json.loads(run_query(store, q, "json"))
    assert doc["head"]["vars"] == ["e", "n"]
    [binding] = doc["results"]["bindings"]
    assert binding["n"] == {"type": "literal", "value": "8", "datatype": XSD + "integer"}
    rows = list(csv.reader(io.StringIO(run_query(store, q, "csv").decode())))
    assert rows == [["e", "n"], ["https://w3id.org/kg/id/event/a/1", "8"]]
    tsv = run_query(store, q, "tsv").decode().splitlines()
    assert tsv[0] == "?e\t?n" and tsv[1].startswith("<https://w3id.org/kg/id/event/a/1>\t")


def test_table_shortens_and_flattens(store):
    text = run_query(store, "SELECT ?e ?t WHERE { ?e pe:sourceText ?t }", "table").decode()
    assert "kgid:event/a/1" in text and "(1 row)" in text
    assert "\n  in Caracas" not in text  # newlines inside a value do not break the table
    table = select_table(store, "SELECT ?e WHERE { ?e pe:actor ?x }")
    assert table.columns == ("e",) and table.rows == (("kgid:event/a/1",),)
    assert run_query(store, "ASK { ?e pe:count 8 }", "table") == b"yes\n"
    assert json.loads(run_query(store, "ASK { ?e pe:count 9 }", "json"))["boolean"] is False


def test_union_default_graph_sees_every_article(store):
    rows = list(store.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/kg/id/graph/')) }"))
    assert rows[0]["n"].value == "2"
    assert len(list(store.select("SELECT ?s WHERE { ?s pe:date ?d }"))) == 1


def test_output_below_a_file_is_refused(store, tmp_path):
    (tmp_path / "afile").write_text("x")
    with pytest.raises(OutputError, match="cannot write"):
        export(store, "turtle", tmp_path / "afile" / "g.ttl")
    assert (tmp_path / "afile").read_text() == "x"
