"""`kg export --format plover`: one PLOVER JSON record per asserted PLOVER-typed event."""

from __future__ import annotations

import json

from kg.plover import QUAD, country_codes, plover_records
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


def test_entities_carry_iso_codes_and_sectors(seed_store):
    records, _ = plover_records(seed_store)
    entities = [x for r in records for x in r["actor"] + r["recipient"]]
    assert all(x["entity_text"] and x["kg_entity"].startswith("https://") for x in entities)
    codes = {x.get("code") for x in entities} - {None}
    assert codes and codes <= set(country_codes().values())
    assert any(x.get("sector") == "GOV" for x in entities)


def test_country_codes_are_iso_alpha3():
    codes = country_codes()
    assert codes["Venezuela"] == "VEN" and codes["El Salvador"] == "SLV"
    assert all(len(c) == 3 and c.isupper() for c in codes.values())


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
