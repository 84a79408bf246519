"""The seed article through the real model: build → query → export → parse back → validate → view."""

from __future__ import annotations

import json
import re
import shutil

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from conftest import SEED, run_kg


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seed built through the CLI into a fresh store."""
    root = tmp_path_factory.mktemp("e2e")
    store = root / "store"
    out = run_kg("build", str(SEED), "--store", str(store))
    assert out.returncode == 0, out.stderr
    return root, store, out


def _q(store, sparql: str) -> list[dict]:
    out = run_kg("query", sparql, "--format", "json", "--store", str(store))
    assert out.returncode == 0, out.stderr
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(out.stdout)["results"]["bindings"]]


def test_build_prints_one_summary_line(built):
    _, _, out = built
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 1
    m = re.fullmatch(
        r"built 1 article, (\d+) sentences, (\d+) entities, (\d+) events, (\d+) triples in [\d.]+ s", lines[0]
    )
    assert m, lines[0]
    sentences, entities, events, triples = map(int, m.groups())
    assert sentences >= 12 and entities >= 5 and events >= 10 and triples > 100


def test_the_graph_says_who_did_what_to_whom(built):
    _, store, _ = built
    releases = _q(store, "SELECT ?s WHERE { ?e a pe:Release ; pe:sourceText ?s }")
    assert any("released 13 people" in r["s"] for r in releases)
    assert _q(store, "SELECT ?e WHERE { ?e a pe:Coerce }"), "arrests are found as pe:Coerce without inference"
    persons = {r["l"] for r in _q(store, "SELECT ?l WHERE { ?p a pe:Person ; rdfs:label ?l }")}
    assert "Nicolás Maduro" in persons
    statements = _q(store, "SELECT ?e WHERE { ?e a pe:Statement ; pe:sourceStart ?a ; pe:sourceEnd ?b }")
    assert len(statements) >= 3
    text = SEED.read_text(encoding="utf-8")
    for row in _q(store, "SELECT ?s ?a ?b WHERE { ?e pe:sourceText ?s ; pe:sourceStart ?a ; pe:sourceEnd ?b }"):
        assert text[int(row["a"]) : int(row["b"])] == row["s"], "offsets point at the sentence"


def test_provenance(built):
    _, store, _ = built
    [row] = _q(
        store,
        """SELECT ?g ?id ?label WHERE { GRAPH ?g { ?a a pe:Article ; dcterms:identifier ?id ;
             prov:wasGeneratedBy ?act . ?act a prov:Activity ; rdfs:label ?label } }""",
    )
    assert row["id"] == "venezuela-releases" and row["g"].endswith("/graph/venezuela-releases")
    assert "kg 0.1.0" in row["label"] and "en_core_web_sm" in row["label"]
    orphans = _q(store, "SELECT ?e WHERE { ?e a pe:Event FILTER NOT EXISTS { ?e prov:wasDerivedFrom ?a } }")
    assert orphans == []


def test_rebuild_is_idempotent_and_replacement_drops_stale_facts(built, tmp_path):
    _, store, _ = built
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = int(_q(copy, count)[0]["n"])
    again = run_kg("build", str(SEED), "--store", str(copy))
    assert again.returncode == 0 and "1 unchanged" in again.stdout
    forced = run_kg("build", str(SEED), "--store", str(copy), "--force")
    assert forced.returncode == 0 and forced.stdout.startswith("built 1 article")
    assert int(_q(copy, count)[0]["n"]) == before, "no duplicates after rebuilding"
    shorter = tmp_path / "in" / SEED.name
    shorter.parent.mkdir()
    shorter.write_text(SEED.read_text(encoding="utf-8").split("\n")[0] + "\n", encoding="utf-8")
    assert run_kg("build", str(shorter), "--store", str(copy)).returncode == 0
    assert int(_q(copy, count)[0]["n"]) < before
    assert _q(copy, "SELECT ?e WHERE { ?e pe:sourceText ?s FILTER(CONTAINS(?s, 'Rubio')) }") == []


@pytest.mark.parametrize("fmt, rdflib_fmt, ox_fmt", [
    ("turtle", "turtle", ox.RdfFormat.TURTLE),
    ("nt", "nt", ox.RdfFormat.N_TRIPLES),
    ("trig", "trig", ox.RdfFormat.TRIG),
    ("nq", "nquads", ox.RdfFormat.N_QUADS),
    ("jsonld", "json-ld", ox.RdfFormat.JSON_LD),
])
def test_export_parses_back_isomorphic(built, tmp_path, fmt, rdflib_fmt, ox_fmt):
    _, store, _ = built
    reference_nq = run_kg("export", "--format", "nq", "--store", str(store))
    quads = list(ox.parse(reference_nq.stdout.encode(), format=ox.RdfFormat.N_QUADS))
    merged = {q.triple for q in quads}
    reference = rdflib.Graph().parse(data=ox.serialize(merged, format=ox.RdfFormat.N_TRIPLES), format="nt")
    out = tmp_path / f"graph.{fmt}"
    res = run_kg("export", "--format", fmt, "-o", str(out), "--store", str(store))
    assert res.returncode == 0, res.stderr
    data = out.read_bytes()
    back = {q.triple for q in ox.parse(data, format=ox_fmt)}
    assert back == merged
    if fmt in ("trig", "nq", "jsonld"):
        ds = rdflib.Dataset()
        ds.parse(data=data, format=rdflib_fmt)
        g = rdflib.Graph()
        for t in ds.quads((None, None, None, None)):
            g.add(t[:3])
    else:
        g = rdflib.Graph().parse(data=data, format=rdflib_fmt)
    assert isomorphic(g, reference)


def test_validate_conforms(built):
    _, store, _ = built
    out = run_kg("validate", "--store", str(store))
    assert out.returncode == 0, out.stdout + out.stderr
    assert "conforms" in out.stdout.lower()


def test_view_is_self_contained(built, tmp_path):
    _, store, _ = built
    html = tmp_path / "graph.html"
    out = run_kg("view", "-o", str(html), "--store", str(store))
    assert out.returncode == 0, out.stderr
    page = html.read_text(encoding="utf-8")
    assert re.search(r"""<(script|link|img|iframe)[^>]+(src|href)\s*=\s*["']?(https?:)?//""", page) is None
    assert "Nicolás Maduro" in page or "Nicol\\u00e1s Maduro" in page
