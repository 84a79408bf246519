"""`kg export --format plover`: one PLOVER JSON record per asserted PLOVER-typed event."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

from conftest import country_extraction

from kg.plover import QUAD, plover_records
from kg.rdf.convert import to_article_graph
from kg.rdf.vocab import PE_IRI
from kg.store import Store

PLOVER_TYPES = set(QUAD)

ASSERTED_PLOVER_EVENTS = """
SELECT ?e ?plover WHERE {
  ?e a pe:Event ; a ?c ; pe:negated false ; pe:hypothetical false .
  ?c pe:ploverType ?plover . FILTER(?plover != "STATEMENT")
}"""

SIZES = """
SELECT ?e ?kind ?n WHERE {
  VALUES ?p { pe:dead pe:injured pe:arrested }
  ?e ?p ?n . BIND(STRAFTER(STR(?p), "#") AS ?kind)
}"""


def _select(store_path, sparql):
    with Store(store_path) as store:
        return [tuple(t.value for t in row) for row in store.select(sparql)]


def test_records_are_the_asserted_plover_events(seed_store):
    records, skipped = plover_records(seed_store)
    expected = {}
    for e, plover in _select(seed_store, ASSERTED_PLOVER_EVENTS):
        expected.setdefault(e, set()).add(plover)
    assert records, "the seed has PLOVER events"
    assert {r["kg_event"] for r in records} == set(expected)
    for r in records:
        assert r["event"][0] in expected[r["kg_event"]]
        assert r["event"][0] in PLOVER_TYPES and r["event"][0] != "STATEMENT"
        assert r["quad_code"] == QUAD[r["event"][0]]
        assert r["text"] and r["text_info"]["text_story"] == "venezuela-releases"
    with Store(seed_store) as store:
        total = int(next(iter(store.select("SELECT (COUNT(?e) AS ?n) WHERE { ?e a pe:Event }")))[0].value)
    assert len(records) + skipped == total
    assert len({r["id"] for r in records}) == len(records)


def test_sizes_come_from_the_counts(seed_store):
    records, _ = plover_records(seed_store)
    by_event = {r["kg_event"]: r for r in records}
    sizes = _select(seed_store, SIZES)
    assert sizes, "the seed has counts (28 dead, 220 injured, ...)"
    for e, kind, n in sizes:
        if e in by_event:
            assert by_event[e]["size"][kind] == int(n)


ISO_CODES = """
SELECT ?x ?code WHERE {
  { ?x pe:isoCode ?code } UNION { ?x pe:country ?c . ?c pe:isoCode ?code }
}"""


def test_entities_carry_iso_codes_and_sectors(seed_store):
    """A country's code is its pe:isoCode; another entity's, that of its pe:country."""
    records, _ = plover_records(seed_store)
    entities = [x for r in records for x in r["actor"] + r["recipient"]]
    assert all(x["entity_text"] and x["kg_entity"].startswith("https://") for x in entities)
    in_graph: dict[str, set[str]] = {}
    for x, code in _select(seed_store, ISO_CODES):
        in_graph.setdefault(x, set()).add(code)
    for x in entities:
        if x["kg_entity"] in in_graph:
            assert x.get("code") in in_graph[x["kg_entity"]], x
        else:
            assert "code" not in x, x
    by_text = {x["entity_text"]: x.get("code") for x in entities}
    assert by_text["Venezuela"] == "VEN"  # a country, actor of an event
    assert by_text["Salvadoran government"] == "SLV" and by_text["U.S. government"] == "USA"
    assert any(x.get("sector") == "GOV" for x in entities)


def _country_store(tmp_path, *, drop_codes: bool = False):
    graph = to_article_graph(country_extraction())
    if drop_codes:
        graph = replace(graph, triples=tuple(t for t in graph.triples if t.predicate.value != PE_IRI + "isoCode"))
    path = tmp_path / "store"
    with Store(path, mode="write") as store:
        store.replace_article(graph)
    return path


def _codes_by_entity(records) -> dict[str, str | None]:
    return {x["entity_text"]: x.get("code") for r in records for x in r["actor"] + r["recipient"]}


def test_codes_come_from_the_graph(tmp_path):
    """No gazetteer on the export side: the codes are the graph's pe:isoCode, or nothing."""
    records, _ = plover_records(_country_store(tmp_path / "with"))
    assert _codes_by_entity(records) == {"Venezuela": "VEN", "13 people": None, "Nicolás Maduro": "VEN", "Lula": "BRA"}
    records, _ = plover_records(_country_store(tmp_path / "without", drop_codes=True))
    assert _codes_by_entity(records) == {"Venezuela": None, "13 people": None, "Nicolás Maduro": None, "Lula": None}


def test_plover_export_does_not_import_spacy(tmp_path):
    path = _country_store(tmp_path)
    code = (
        "import sys; from kg.plover import plover_records; records, _ = plover_records(sys.argv[1]); "
        "assert records[0]['actor'][0]['code'] == 'VEN', records; "
        "assert 'spacy' not in sys.modules and 'kg.nlp.lexicon' not in sys.modules, 'spaCy imported'"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_cli_writes_jsonl(seed_store, kg_cli, tmp_path):
    out = tmp_path / "events.jsonl"
    proc = kg_cli("export", "--store", str(seed_store), "--format", "plover", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert records == plover_records(seed_store)[0]
    assert f"{len(records)} PLOVER event records" in proc.stderr
    stdout = kg_cli("export", "--store", str(seed_store), "--format", "plover")
    assert stdout.returncode == 0 and stdout.stdout.splitlines() == lines


MAIN_EVENTS = """
SELECT ?e ?text WHERE { ?e pe:mainEvent true ; pe:sourceText ?text }"""


def test_main_events_are_flagged_one_per_sentence_at_most(seed_store):
    """pe:mainEvent marks at most one asserted, non-statement event per sentence, and the PLOVER records say
    which records are their sentence's main event."""
    mains = _select(seed_store, MAIN_EVENTS)
    assert mains, "the seed's sentences have main events"
    texts = [t for _, t in mains]
    assert len(texts) == len(set(texts)), "two main events in one sentence"
    records, _ = plover_records(seed_store)
    flagged = {r["kg_event"] for r in records if r["main_event"]}
    assert flagged == {e for e, _ in mains}
    assert all(isinstance(r["main_event"], bool) for r in records)
