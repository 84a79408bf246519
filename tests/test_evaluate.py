"""Tests of kg.evaluate: the scoring rules of shared/eval/README.md on hand-made data."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import SHARED

from kg.errors import InputError, UsageError
from kg.evaluate import (
    PRF,
    Forbidden,
    GoldEntity,
    GoldEvent,
    GoldUnit,
    PredictedEntity,
    PredictedEvent,
    evaluate,
    evidence_contains,
    load_gold,
    names_match,
    normalize,
    read_predictions,
    score,
)
from kg.model import EVENT_TYPES
from kg.store import ArticleGraph, Store, open_store

ALL = EVENT_TYPES


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def unit(text: str, events=(), *, uid: str = "u", annotated=ALL, forbidden=(), entities=()) -> GoldUnit:
    return GoldUnit(
        id=uid, text=text, annotated_types=tuple(annotated), events=tuple(events),
        forbidden=tuple(forbidden), entities=tuple(entities),
    )


def ev(
    types, source: str | None, *, iri: str = "e", start: int | None = 0, actors=(), recipients=(),
    counts=(), negated=False, hypothetical=False, uid: str = "u", fine=(), sectors=(),
) -> PredictedEvent:
    return PredictedEvent(
        article_id=uid, iri=iri, types=frozenset([types] if isinstance(types, str) else types),
        fine=frozenset(fine), source_text=source, source_start=start, actor_labels=tuple(actors),
        recipient_labels=tuple(recipients), counts=tuple(counts), negated=negated, hypothetical=hypothetical,
        actor_sectors=frozenset(sectors),
    )


def run(u: GoldUnit, *events: PredictedEvent, entities=()):
    return score([u], {u.id: events}, entities)


def prf(s: PRF) -> tuple[int, int, int]:
    return (s.tp, s.fp, s.fn)


# ---------------------------------------------------------------------------
# rule 3: normalisation and name matching
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＡＢＣ", "abc"),  # NFKC full-width
        ("ﬁnance ministry", "finance ministry"),  # NFKC ligature
        ("Maduro’s government", "maduro s government"),  # curly apostrophe → straight → space
        ("Maduro's government", "maduro s government"),
        ("“Quoted” Group", "quoted group"),
        ("U.S.-backed forces", "u s backed forces"),
        ("AT&T", "at t"),
        ("Hamas+Fatah $ fund", "hamas fatah fund"),  # symbols (S*) count as punctuation too
        ("  Many\t\nspaces  ", "many spaces"),
        ("The Government", "government"),
        ("the the group", "the group"),  # one leading word only
        ("Her Majesty's Government", "majesty s government"),
        ("her", "her"),  # nothing would remain: kept
        ("The", "the"),
        ("Theatre group", "theatre group"),  # whole word only
        ("“The” committee", "committee"),  # punctuation first, then the leading word
        ("Anonymous", "anonymous"),
        ("", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize("word", ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"])
def test_every_leading_word_is_dropped(word: str) -> None:
    assert normalize(f"{word.title()} protesters") == "protesters"
    assert normalize(f"protesters {word}") == f"protesters {word}"  # only leading


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("The Government", "government", True),  # equal after normalisation
        ("government", "government of President Nicolás Maduro", True),  # whole words
        ("government of President Nicolás Maduro", "government", True),  # symmetric
        ("Maduro", "Maduro’s government", True),
        ("govern", "government", False),  # not whole words
        ("Nicolás Maduro", "Nicolas Maduro", False),  # accents are kept
        ("US", "US army", False),  # shorter under 3 characters
        ("US", "us", True),  # … but equality needs no length
        ("U.S.", "U.S. army", True),  # "u s" has 3 characters
        ("abc", "xx abc yy", True),
        ("ab", "xx ab yy", False),
        ("army", "the US army", True),
        ("opposition leaders", "Venezuelan opposition leaders", True),
        ("leaders opposition", "Venezuelan opposition leaders", False),  # order matters
        ("", "", False),  # empty never matches
        ("—", "…", False),
    ],
)
def test_names_match(a: str, b: str, expected: bool) -> None:
    assert names_match(a, b) is expected


@pytest.mark.parametrize(
    ("source", "evidence", "expected"),
    [
        ("He said eight people were freed, while five more were released.", "eight people were freed", True),
        ("eight people were freed", "He said eight people were freed, while more were released.", True),
        ("He said eight people were freed.", "five more were released", False),
        ("He said  eight\npeople were freed.", "eight people were freed", True),  # whitespace runs
        ("He said eight people were freed.", "Eight people were freed", False),  # case kept
        ("", "anything", False),
    ],
)
def test_evidence_contains(source: str, evidence: str, expected: bool) -> None:
    assert evidence_contains(source, evidence) is expected


# ---------------------------------------------------------------------------
# P/R/F1
# ---------------------------------------------------------------------------


def test_prf_values_and_zero_denominators() -> None:
    s = PRF(tp=1, fp=1, fn=0)
    assert (s.precision, s.recall) == (0.5, 1.0)
    assert s.f1 == pytest.approx(2 / 3)
    empty = PRF()
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)
    no_cands = PRF(tp=0, fp=0, fn=3)
    assert (no_cands.precision, no_cands.recall, no_cands.f1) == (0.0, 0.0, 0.0)
    only_fp = PRF(tp=0, fp=2, fn=0)
    assert (only_fp.precision, only_fp.recall, only_fp.f1) == (0.0, 0.0, 0.0)
    assert PRF(1, 2, 3) + PRF(4, 5, 6) == PRF(5, 7, 9)


def test_no_candidates_gives_zero_precision() -> None:
    u = unit("Police arrested two men.", [GoldEvent("COERCE")])
    report = run(u)
    assert prf(report.typed) == (0, 0, 1)
    assert report.typed.precision == 0.0 and report.typed.f1 == 0.0


# ---------------------------------------------------------------------------
# rules 1, 2, 4, 5: candidates and typed matching
# ---------------------------------------------------------------------------

TEXT = "Police arrested two men. The minister said they were freed."


def test_typed_match_by_type_and_evidence() -> None:
    u = unit(TEXT, [GoldEvent("COERCE", evidence="Police arrested two men")])
    good = ev("COERCE", "Police arrested two men.")
    assert prf(run(u, good).typed) == (1, 0, 0)
    wrong_type = ev("ASSAULT", "Police arrested two men.")
    assert prf(run(u, wrong_type).typed) == (0, 1, 1)
    wrong_sentence = ev("COERCE", "The minister said they were freed.", start=25)
    assert prf(run(u, wrong_sentence).typed) == (0, 1, 1)


def test_sentence_inside_evidence_matches() -> None:
    u = unit(TEXT, [GoldEvent("COERCE", evidence=TEXT)])
    assert prf(run(u, ev("COERCE", "Police arrested two men.")).typed) == (1, 0, 0)


def test_no_evidence_means_whole_unit_text() -> None:
    u = unit(TEXT, [GoldEvent("STATEMENT")])
    cand = ev("STATEMENT", "The minister said they were freed.", start=25)
    assert prf(run(u, cand).typed) == (1, 0, 0)


def test_alt_types() -> None:
    gold = GoldEvent("STATEMENT", evidence="The minister said", alt_types=("SUPPORT",))
    u = unit(TEXT, [gold])
    src = "The minister said they were freed."
    assert prf(run(u, ev("SUPPORT", src, start=25)).typed) == (1, 0, 0)
    assert prf(run(u, ev("STATEMENT", src, start=25)).typed) == (1, 0, 0)
    assert prf(run(u, ev("ACCUSE", src, start=25)).typed) == (0, 1, 1)
    no_alt = unit(TEXT, [GoldEvent("STATEMENT", evidence="The minister said")])
    assert prf(run(no_alt, ev("SUPPORT", src, start=25)).typed) == (0, 1, 1)


def test_flagged_candidates_count_neither_way() -> None:
    u = unit(TEXT, [GoldEvent("COERCE", evidence="Police arrested")])
    negated = ev("COERCE", "Police arrested two men.", negated=True, iri="e1")
    hypothetical = ev("ASSAULT", "Police arrested two men.", hypothetical=True, iri="e2")
    report = run(u, negated, hypothetical)
    assert prf(report.typed) == (0, 0, 1)  # the negated one cannot match, and is no FP
    assert report.flagged == 2 and report.candidates == 0


def test_unannotated_types_and_off_text_events_are_no_candidates() -> None:
    u = unit(TEXT, [], annotated=("COERCE",))
    report = run(
        u,
        ev("STATEMENT", "The minister said they were freed.", iri="e1"),  # type not annotated
        ev(frozenset(), "Police arrested two men.", fine=("Arrest",), iri="e2"),  # fine class only: no type
        ev("COERCE", "A sentence from elsewhere.", iri="e3"),  # not in the unit text
        ev("COERCE", None, iri="e4"),  # no sentence at all
        ev("COERCE", "Police arrested two men.", iri="e5"),  # the only candidate
    )
    assert report.candidates == 1 and report.unannotated == 2 and report.off_text == 2
    assert prf(report.typed) == (0, 1, 0)
    assert report.negative_units == 1 and report.negative_candidates == 1


def test_candidate_of_several_types_uses_annotated_ones() -> None:
    u = unit(TEXT, [GoldEvent("COERCE")], annotated=("COERCE",))
    report = run(u, ev({"COERCE", "STATEMENT"}, "Police arrested two men."))
    assert prf(report.typed) == (1, 0, 0)


def test_one_to_one() -> None:
    u = unit(TEXT, [GoldEvent("COERCE"), GoldEvent("COERCE")])
    report = run(u, ev("COERCE", "Police arrested two men."))
    assert prf(report.typed) == (1, 0, 1)
    report = run(u, *(ev("COERCE", "Police arrested two men.", iri=f"e{i}") for i in range(3)))
    assert prf(report.typed) == (2, 1, 0)


def test_required_gold_events_are_matched_before_optional_ones() -> None:
    # the optional event comes first in the file, but the required one gets the candidate
    u = unit(TEXT, [GoldEvent("COERCE", optional=True), GoldEvent("COERCE", evidence="Police arrested")])
    report = run(u, ev("COERCE", "Police arrested two men."))
    assert prf(report.typed) == (1, 0, 0)
    assert report.unit_results[0].typed_missed == ()  # an unmatched optional event is no miss


def test_candidate_matched_to_optional_event_is_not_a_false_positive() -> None:
    u = unit(TEXT, [GoldEvent("COERCE", optional=True)])
    report = run(u, ev("COERCE", "Police arrested two men.", iri="e1"), ev("COERCE", "Police arrested two men.", iri="e2"))
    assert prf(report.typed) == (0, 1, 0)  # one matched to the optional event, one FP
    assert report.gold_events == 0 and report.optional_events == 1


def test_greedy_takes_first_candidate_by_source_offset() -> None:
    # gold 1 (no evidence) takes the first candidate by offset even though gold 2 needed it
    text = "Police arrested two men. Police arrested three women."
    u = unit(text, [GoldEvent("COERCE"), GoldEvent("COERCE", evidence="Police arrested two men")])
    first = ev("COERCE", "Police arrested two men.", start=0, iri="kgid:event/u/z")
    second = ev("COERCE", "Police arrested three women.", start=25, iri="kgid:event/u/a")
    report = run(u, second, first)  # input order does not matter
    assert prf(report.typed) == (1, 1, 1)
    assert report.unit_results[0].typed_missed[0].index == 1


def test_greedy_ties_broken_by_natural_iri_order() -> None:
    # same sentence: …/s0-t9 comes before …/s0-t10 (natural order, not string order)
    u = unit(TEXT, [GoldEvent("COERCE", alt_types=("ASSAULT",)), GoldEvent("ASSAULT")])
    t9 = ev("ASSAULT", "Police arrested two men.", iri="kgid:event/u/s0-t9")
    t10 = ev("COERCE", "Police arrested two men.", iri="kgid:event/u/s0-t10")
    report = run(u, t10, t9)
    # gold 1 takes t9 (ASSAULT via alt_types); gold 2 (ASSAULT) cannot take t10 (COERCE)
    assert prf(report.typed) == (1, 1, 1)


def test_events_without_offset_come_last() -> None:
    u = unit(TEXT, [GoldEvent("COERCE"), GoldEvent("COERCE", evidence="Police arrested two men")])
    no_start = ev("COERCE", "The minister said they were freed.", start=None, iri="kgid:event/u/a")
    with_start = ev("COERCE", "Police arrested two men.", start=0, iri="kgid:event/u/b")
    assert prf(run(u, no_start, with_start).typed) == (1, 1, 1)
    u2 = unit(TEXT, [GoldEvent("COERCE", evidence="Police arrested two men"), GoldEvent("COERCE")])
    assert prf(run(u2, no_start, with_start).typed) == (2, 0, 0)


def test_events_of_other_articles_are_ignored() -> None:
    u = unit(TEXT, [GoldEvent("COERCE")], uid="a")
    other = ev("COERCE", "Police arrested two men.", uid="b")
    report = score([u], {"b": (other,)}, ())
    assert prf(report.typed) == (0, 0, 1) and report.predicted_events == 0


# ---------------------------------------------------------------------------
# rule 3: strict matching
# ---------------------------------------------------------------------------


def test_strict_needs_actor_and_recipient() -> None:
    gold = GoldEvent("COERCE", actor=("police",), recipient=("two men", "men"))
    u = unit(TEXT, [gold])
    src = "Police arrested two men."
    ok = ev("COERCE", src, actors=("Police",), recipients=("two men",))
    assert prf(run(u, ok).strict) == (1, 0, 0)
    wrong_actor = ev("COERCE", src, actors=("army",), recipients=("two men",))
    report = run(u, wrong_actor)
    assert prf(report.typed) == (1, 0, 0) and prf(report.strict) == (0, 1, 1)
    no_recipient = ev("COERCE", src, actors=("Police",))
    assert prf(run(u, no_recipient).strict) == (0, 1, 1)


def test_strict_any_label_of_any_actor() -> None:
    gold = GoldEvent("COERCE", actor=("Nicolás Maduro", "government"))
    u = unit(TEXT, [gold])
    cand = ev("COERCE", "Police arrested two men.", actors=("Diosdado Cabello", "Gobierno", "Maduro’s government"))
    assert prf(run(u, cand).strict) == (1, 0, 0)


def test_empty_gold_lists_always_pass() -> None:
    u = unit(TEXT, [GoldEvent("COERCE")])
    assert prf(run(u, ev("COERCE", "Police arrested two men.")).strict) == (1, 0, 0)


def test_strict_is_its_own_greedy_matching() -> None:
    u = unit(TEXT, [GoldEvent("COERCE", actor=("Maduro",)), GoldEvent("COERCE")])
    c1 = ev("COERCE", "Police arrested two men.", iri="e1", actors=("Capriles",))
    c2 = ev("COERCE", "Police arrested two men.", iri="e2", actors=("Nicolás Maduro",))
    report = run(u, c1, c2)
    # typed: g1→c1, g2→c2; strict: g1→c2, g2→c1 — both complete
    assert prf(report.typed) == (2, 0, 0)
    assert prf(report.strict) == (2, 0, 0)


# ---------------------------------------------------------------------------
# rule 6: counts
# ---------------------------------------------------------------------------


def test_counts_over_strict_matches() -> None:
    golds = [
        GoldEvent("PROTEST", evidence="A", dead=28, injured=220),  # all numbers present
        GoldEvent("COERCE", evidence="B", count=13),  # kind does not matter
        GoldEvent("ASSAULT", evidence="C", dead=5, injured=3),  # one number missing
        GoldEvent("REJECT", evidence="D"),  # states no number: not counted
        GoldEvent("AID", evidence="E", count=7, actor=("Red Cross",)),  # typed only: not counted
        GoldEvent("SANCTION", evidence="F", count=2, optional=True),  # optional, matched: not counted
    ]
    text = "A. B. C. D. E. F."
    u = unit(text, golds)
    report = run(
        u,
        ev("PROTEST", "A.", start=0, iri="e1", counts=(("dead", 28), ("injured", 220), ("arrested", 2000))),
        ev("COERCE", "B.", start=3, iri="e2", counts=(("arrested", 13),)),
        ev("ASSAULT", "C.", start=6, iri="e3", counts=(("dead", 5),)),
        ev("REJECT", "D.", start=9, iri="e4", counts=(("count", 1),)),
        ev("AID", "E.", start=12, iri="e5", counts=(("count", 7),), actors=("UN",)),
        ev("SANCTION", "F.", start=15, iri="e6", counts=(("count", 2),)),
    )
    assert (report.counts.stated, report.counts.correct) == (3, 2)
    assert report.counts.share == pytest.approx(2 / 3)


def test_counts_share_undefined_without_numbers() -> None:
    report = run(unit(TEXT, [GoldEvent("COERCE")]), ev("COERCE", "Police arrested two men."))
    assert report.counts.stated == 0 and report.counts.share is None
    assert json.loads(report.to_json())["counts"]["share"] is None


# ---------------------------------------------------------------------------
# rule 7: forbidden
# ---------------------------------------------------------------------------


def test_forbidden() -> None:
    u = unit(TEXT, [], forbidden=[Forbidden("COERCE", "they were freed")])
    src = "The minister said they were freed."
    report = run(u, ev("COERCE", src, iri="bad"), ev("RETREAT", src, iri="fine"))
    assert [(v.unit_id, v.type, v.event) for v in report.violations] == [("u", "COERCE", "bad")]
    assert report.forbidden_rules == 1
    # flagged candidates are no candidates, so no violation
    assert run(u, ev("COERCE", src, negated=True)).violations == ()
    # a sentence lying inside the evidence does not contain it: no violation
    u2 = unit(TEXT, [], forbidden=[Forbidden("COERCE", "Police arrested two men. The minister")])
    assert run(u2, ev("COERCE", "Police arrested two men.")).violations == ()
    # two candidates in the sentence: two violations
    assert len(run(u, ev("COERCE", src, iri="a"), ev("COERCE", src, iri="b")).violations) == 2


# ---------------------------------------------------------------------------
# rule 8: entities
# ---------------------------------------------------------------------------

MADURO = GoldEntity("Nicolás Maduro", "Person", ("Nicolás Maduro", "Maduro", "President Nicolás Maduro"), True)


def ent(iri: str, classes, *labels: str) -> PredictedEntity:
    return PredictedEntity(iri, frozenset([classes] if isinstance(classes, str) else classes), labels)


def test_entity_found_and_single_node() -> None:
    u = unit(TEXT, entities=[MADURO])
    (check,) = run(u, entities=[ent("m", "Person", "President NICOLÁS Maduro")]).entities
    assert check.found and check.single_node_ok is True and check.nodes == ("m",)


def test_entity_needs_the_class() -> None:
    u = unit(TEXT, entities=[MADURO])
    (check,) = run(u, entities=[ent("m", "Organization", "Nicolás Maduro")]).entities
    assert not check.found and check.single_node_ok is True  # single_node ignores the class


def test_entity_label_must_equal_an_alias() -> None:
    u = unit(TEXT, entities=[MADURO])
    (check,) = run(u, entities=[ent("g", "Organization", "Maduro government")]).entities
    assert not check.found and check.nodes == () and check.single_node_ok is False


def test_entity_on_two_nodes_fails_single_node() -> None:
    u = unit(TEXT, entities=[MADURO])
    (check,) = run(
        u, entities=[ent("a", "Person", "Nicolás Maduro"), ent("b", "Person", "Maduro"), ent("c", "Person", "Capriles")]
    ).entities
    assert check.found and check.nodes == ("a", "b") and check.single_node_ok is False


def test_single_node_not_asked() -> None:
    gold = GoldEntity("Caracas", "Location", ("Caracas",), False)
    (check,) = run(unit(TEXT, entities=[gold]), entities=[ent("a", "Location", "Caracas"), ent("b", "Location", "caracas")]).entities
    assert check.found and check.single_node_ok is None


def test_event_nodes_are_not_entities() -> None:
    u = unit(TEXT, entities=[MADURO])
    (check,) = run(u, entities=[ent("e", {"Event", "Person"}, "Maduro")]).entities
    assert not check.found


# ---------------------------------------------------------------------------
# report output
# ---------------------------------------------------------------------------


def test_report_json_and_text() -> None:
    u = unit(TEXT, [GoldEvent("COERCE", evidence="Police arrested"), GoldEvent("STATEMENT", evidence="minister said")])
    report = run(u, ev("COERCE", "Police arrested two men.", iri="e1"), ev("ASSAULT", "Police arrested two men.", iri="e2"))
    data = json.loads(report.to_json())
    assert data["typed"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert data["per_type"]["COERCE"]["typed"]["tp"] == 1
    assert data["per_type"]["ASSAULT"]["typed"]["fp"] == 1
    assert data["per_type"]["STATEMENT"]["typed"]["fn"] == 1
    assert data["errors"][0]["typed_missed"] == [{"index": 1, "type": "STATEMENT", "evidence": "minister said"}]
    text = report.text()
    assert "typed" in text and "0.500" in text and "STATEMENT" in text
    assert "errors" not in json.loads(report.to_json(details=False))


def test_indiapolice_note() -> None:
    u = unit("police arrested two men.", [GoldEvent("COERCE")], uid="indiapolice:1")
    assert any("IndiaPoliceEvents" in n for n in run(u).notes)
    assert not any("IndiaPoliceEvents" in n for n in run(unit(TEXT)).notes)


def test_police_actor_view() -> None:
    """IndiaPoliceEvents codes police actions only: kg eval also shows how precise the police-actor events are."""
    u = unit("police arrested two men. a mob beat a trader.", [GoldEvent("COERCE", evidence="police arrested")],
             uid="indiapolice:7")
    report = run(
        u,
        ev("COERCE", "police arrested two men.", iri="e1", sectors=("COP",)),
        ev("ASSAULT", "police arrested two men.", iri="e2", sectors=("COP",)),
        ev("ASSAULT", "a mob beat a trader.", iri="e3", start=25),
    )
    assert prf(report.typed) == (1, 2, 0)
    rows = {r.sector: r for r in report.sectors}
    assert list(rows) == ["COP"] and (rows["COP"].candidates, rows["COP"].matched) == (2, 1)
    assert report.police_view
    assert "2 candidates with a police (COP) actor, 1 matched: precision 0.500" in report.text()
    assert json.loads(report.to_json())["actor_sectors"] == {"COP": {"candidates": 2, "matched": 1, "precision": 0.5}}
    other = run(unit("police arrested two men.", [GoldEvent("COERCE")]),
                ev("COERCE", "police arrested two men.", sectors=("COP",)))
    assert not other.police_view and "police (COP) actor" not in other.text()


# ---------------------------------------------------------------------------
# loader
# ---------------------------------------------------------------------------


def good_record(uid: str = "u1", **extra) -> dict:
    rec = {
        "id": uid, "text": "Police arrested two men.", "annotated_types": ["COERCE", "ASSAULT"],
        "events": [
            {"type": "COERCE", "fine": "Arrest", "actor": ["police"], "recipient": [], "arrested": 2,
             "dead": None, "evidence": "Police arrested", "alt_types": ["ASSAULT"]},
            {"type": "ASSAULT", "fine": None, "actor": [], "recipient": [], "optional": True},
        ],
        "source": "test", "license": "test",
    }
    rec.update(extra)
    return rec


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_load_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(good_record("a")) + "\n\n" + json.dumps(good_record("b")) + "\n", encoding="utf-8")
    units = load_gold(path)
    assert [u.id for u in units] == ["a", "b"]
    e0, e1 = units[0].events
    assert e0 == GoldEvent("COERCE", "Arrest", ("police",), (), "Police arrested", ("ASSAULT",), False, None, None, 2, None)
    assert e1.optional and e1.numbers == ()
    assert units[0].annotated_types == ("COERCE", "ASSAULT")


def test_load_single_object_and_list(tmp_path: Path) -> None:
    rec = good_record(
        forbidden=[{"type": "PROTEST", "evidence": "two men"}],
        entities=[{"label": "Police", "class": "Organization", "aliases": ["police"], "single_node": True}],
    )
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(rec, indent=2), encoding="utf-8")
    (u,) = load_gold(path)
    assert u.forbidden == (Forbidden("PROTEST", "two men"),)
    assert u.entities == (GoldEntity("Police", "Organization", ("police",), True),)
    path.write_text(json.dumps([good_record("a"), good_record("b")]), encoding="utf-8")
    assert len(load_gold(path)) == 2


def test_load_jsonl_without_suffix(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "g.json", [good_record("a"), good_record("b")])
    assert len(load_gold(path)) == 2


def test_load_real_dev_files() -> None:
    shared = SHARED / "eval"
    if not shared.is_dir():
        pytest.skip("shared eval data not available")
    (seed,) = load_gold(shared / "seed_gold.json")
    assert len(seed.events) == 29 and sum(not e.optional for e in seed.events) == 25
    assert len(seed.entities) == 8
    assert len(load_gold(shared / "plover_gsr_dev.jsonl")) == 167


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        ('{"id": "a", "text": "x"}\n{"id": ', ".jsonl", ":2: bad JSON"),
        ('{\n  "id": "a",\n  "text": "x",,\n}', ".json", ":3: bad JSON"),
        ("", ".jsonl", "is empty"),
        ("[]", ".json", "no units"),
        ('{"text": "x", "annotated_types": [], "events": []}', ".json", 'missing field "id"'),
        ('{"id": "a", "annotated_types": [], "events": []}', ".json", 'missing field "text"'),
        ('{"id": "a", "text": "x", "events": []}', ".json", 'missing field "annotated_types"'),
        ('{"id": "a", "text": "x", "annotated_types": []}', ".json", 'missing field "events"'),
        ('{"id": "a", "text": "x", "annotated_types": ["RIOT"], "events": []}', ".json", "unknown event type 'RIOT'"),
        ('{"id": "a", "text": "x", "annotated_types": [], "events": [{"actor": [], "recipient": []}]}', ".json",
         'event 1: missing field "type"'),
        ('{"id": "a", "text": "x", "annotated_types": [], "events": [{"type": "AID", "recipient": []}]}', ".json",
         'missing field "actor"'),
        ('{"id": "a", "text": "x", "annotated_types": [], "events": [{"type": "AID", "actor": [], "recipient": [], '
         '"dead": "3"}]}', ".json", '"dead" must be an integer'),
        ('{"id": "a", "text": "x", "annotated_types": [], "events": [{"type": "AID", "actor": [], "recipient": [], '
         '"count": true}]}', ".json", '"count" must be an integer'),
        ('{"id": "a", "text": "x", "annotated_types": [], "events": [], "forbidden": [{"type": "AID"}]}', ".json",
         'missing field "evidence"'),
        ('{"id": "a", "text": "x", "annotated_types": [], "events": [], "entities": [{"label": "X", "class": "Thing"}]}',
         ".json", '"class" must be one of'),
        ('{"id": "a", "text": "x", "annotated_types": [], "events": []}\n{"id": "a", "text": "y", '
         '"annotated_types": [], "events": []}', ".jsonl", "duplicate unit id 'a'"),
        ('"just a string"', ".json", "a unit must be a JSON object"),
    ],
)
def test_load_errors(tmp_path: Path, content: str, suffix: str, message: str) -> None:
    path = tmp_path / f"gold{suffix}"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_gold(path)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_load_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        load_gold(tmp_path / "nope.jsonl")
    with pytest.raises(InputError, match="folder"):
        load_gold(tmp_path)


# ---------------------------------------------------------------------------
# a hand-built store: read_predictions + score
# ---------------------------------------------------------------------------

PE = "https://w3id.org/kg/pe#"
KG = "https://w3id.org/kg/id/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
IDENT = ox.NamedNode("http://purl.org/dc/terms/identifier")
XSD = "http://www.w3.org/2001/XMLSchema#"

U1_TEXT = "Police arrested 13 protesters in Caracas. The government denied it. Rebels killed 28 soldiers."
S0 = "Police arrested 13 protesters in Caracas."
S1 = "The government denied it."
S2 = "Rebels killed 28 soldiers."
U2_TEXT = "Nothing happened here."


def pe(name: str) -> ox.NamedNode:
    return ox.NamedNode(PE + name)


def kg(path: str) -> ox.NamedNode:
    return ox.NamedNode(KG + path)


def integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))


def boolean(b: bool) -> ox.Literal:
    return ox.Literal("true" if b else "false", datatype=ox.NamedNode(XSD + "boolean"))


def article_graph(aid: str, text: str, events: list[dict], entities: list[tuple]) -> ArticleGraph:
    art = kg(f"article/{aid}")
    t = [
        ox.Triple(art, RDF_TYPE, pe("Article")),
        ox.Triple(art, IDENT, ox.Literal(aid)),
        ox.Triple(art, ox.NamedNode("http://www.w3.org/ns/prov#wasGeneratedBy"), kg("activity/x")),
        ox.Triple(kg("activity/x"), RDF_TYPE, ox.NamedNode("http://www.w3.org/ns/prov#Activity")),
        ox.Triple(kg("activity/x"), LABEL, ox.Literal("kg 0.1.0 with spaCy pipeline test 1.0")),
    ]
    for iri, cls, labels in entities:
        node = kg(iri)
        t.append(ox.Triple(node, RDF_TYPE, pe(cls)))
        t += [ox.Triple(node, LABEL, ox.Literal(lab)) for lab in labels]
        if iri in SECTORS:
            t.append(ox.Triple(node, pe("sector"), ox.Literal(SECTORS[iri])))
        t.append(ox.Triple(node, DERIVED, art))
    for e in events:
        node = kg(f"event/{aid}/{e['key']}")
        t.append(ox.Triple(node, RDF_TYPE, pe("Event")))
        t += [ox.Triple(node, RDF_TYPE, pe(c)) for c in e["classes"]]
        t.append(ox.Triple(node, pe("sourceText"), ox.Literal(e["sentence"])))
        start = text.find(e["sentence"])
        if start >= 0:
            t.append(ox.Triple(node, pe("sourceStart"), integer(start)))
            t.append(ox.Triple(node, pe("sourceEnd"), integer(start + len(e["sentence"]))))
        t += [ox.Triple(node, pe("actor"), kg(a)) for a in e.get("actors", ())]
        t += [ox.Triple(node, pe("recipient"), kg(r)) for r in e.get("recipients", ())]
        t += [ox.Triple(node, pe(k), integer(v)) for k, v in e.get("counts", {}).items()]
        t.append(ox.Triple(node, pe("negated"), boolean(e.get("negated", False))))
        t.append(ox.Triple(node, pe("hypothetical"), boolean(e.get("hypothetical", False))))
        if e.get("main"):
            t.append(ox.Triple(node, pe("mainEvent"), boolean(True)))
        t.append(ox.Triple(node, DERIVED, art))
    return ArticleGraph(aid, KG + f"graph/{aid}", tuple(t))


SECTORS = {"entity/police": "COP", "entity/government-of-venezuela": "GOV"}

ENTITIES = [
    ("entity/police", "Organization", ["Police", "Caracas police"]),
    ("group/u1/13-protesters", "Group", ["13 protesters"]),
    ("entity/government-of-venezuela", "Organization", ["Government of Venezuela"]),
    ("entity/rebels", "Organization", ["Rebels"]),
    ("group/u1/troops", "Group", ["troops"]),
    ("group/u1/soldiers", "Group", ["soldiers"]),
    ("entity/caracas", "Location", ["Caracas"]),
    ("entity/caracas-fc", "Organization", ["CARACAS"]),
]

U1_EVENTS = [
    {"key": "s0-t7", "classes": ["Coerce", "Arrest"], "sentence": S0, "actors": ["entity/police"],
     "recipients": ["group/u1/13-protesters"], "counts": {"arrested": 13}, "main": True},
    {"key": "s0-t30", "classes": ["Protest"], "sentence": S0},
    {"key": "s1-t57", "classes": ["Reject"], "sentence": S1, "actors": ["entity/government-of-venezuela"]},
    {"key": "s1-t60", "classes": ["Statement"], "sentence": S1, "actors": ["entity/government-of-venezuela"]},
    {"key": "s2-t75", "classes": ["Assault", "Killing"], "sentence": S2, "actors": ["entity/rebels"],
     "recipients": ["group/u1/troops"], "counts": {"dead": 28}},
    {"key": "s2-t76", "classes": ["Assault"], "sentence": S2, "actors": ["entity/rebels"],
     "recipients": ["group/u1/soldiers"], "hypothetical": True},
    {"key": "s9-t0", "classes": ["Threaten"], "sentence": "Something else entirely."},
]
U2_EVENTS = [
    {"key": "s0-t0", "classes": ["Coerce"], "sentence": U2_TEXT},
    {"key": "s0-t1", "classes": ["Statement"], "sentence": U2_TEXT},
]
U3_EVENTS = [{"key": "s0-t0", "classes": ["Coerce"], "sentence": "Unrelated."}]

GOLD = [
    GoldUnit(
        id="u1",
        text=U1_TEXT,
        annotated_types=ALL,
        events=(
            GoldEvent("COERCE", "Arrest", ("police",), ("protesters",), "Police arrested 13 protesters", arrested=13),
            GoldEvent("REJECT", None, ("government",), (), "The government denied it"),
            GoldEvent("ASSAULT", "Killing", ("rebels",), ("soldiers",), "Rebels killed 28 soldiers", dead=28),
            GoldEvent("STATEMENT", None, (), (), "The government denied it", optional=True),
        ),
        forbidden=(Forbidden("PROTEST", "13 protesters"),),
        entities=(
            GoldEntity("Caracas", "Location", ("Caracas",), True),
            GoldEntity("Police", "Organization", ("police",), True),
        ),
    ),
    GoldUnit(id="u2", text=U2_TEXT, annotated_types=("COERCE", "ASSAULT")),
]


def make_store(path: Path) -> None:
    store = Store(path, mode="write")
    try:
        store.replace_article(article_graph("u1", U1_TEXT, U1_EVENTS, ENTITIES))
        store.replace_article(article_graph("u2", U2_TEXT, U2_EVENTS, []))
        store.replace_article(article_graph("u3", "Unrelated.", U3_EVENTS, []))
    finally:
        store.close()


def test_read_predictions_from_a_store(tmp_path: Path) -> None:
    make_store(tmp_path / "store")
    store = open_store(tmp_path / "store")
    try:
        events, entities = read_predictions(store)
    finally:
        store.close()
    assert sorted(events) == ["u1", "u2", "u3"]
    u1 = events["u1"]
    assert [e.iri.rsplit("/", 1)[1] for e in u1] == ["s0-t7", "s0-t30", "s1-t57", "s1-t60", "s2-t75", "s2-t76", "s9-t0"]
    arrest = u1[0]
    assert arrest.types == frozenset({"COERCE"}) and arrest.fine == frozenset({"Arrest"})
    assert arrest.actor_labels == ("Caracas police", "Police")  # every label of the actor
    assert arrest.recipient_labels == ("13 protesters",)
    assert arrest.counts == (("arrested", 13),)
    assert arrest.source_text == S0 and arrest.source_start == 0
    assert not arrest.negated and not arrest.hypothetical
    assert arrest.main and not u1[1].main  # pe:mainEvent
    assert arrest.actor_sectors == frozenset({"COP"}) and u1[1].actor_sectors == frozenset()
    assert u1[5].hypothetical and not u1[5].negated
    assert u1[4].types == frozenset({"ASSAULT"}) and u1[4].fine == frozenset({"Killing"})
    assert u1[6].source_start is None  # its sentence is not in the text
    by_iri = {e.iri: e for e in entities}
    assert by_iri[KG + "entity/police"].classes == frozenset({"Organization"})
    assert by_iri[KG + "entity/police"].labels == ("Caracas police", "Police")
    assert not any("event/" in e.iri for e in entities)


def test_score_hand_made_store(tmp_path: Path) -> None:
    make_store(tmp_path / "store")
    store = open_store(tmp_path / "store")
    try:
        events, entities = read_predictions(store)
    finally:
        store.close()
    report = score(GOLD, events, entities, name="hand")
    # Hand-computed.  u1 candidates in order: s0-t7 COERCE, s0-t30 PROTEST, s1-t57 REJECT,
    # s1-t60 STATEMENT, s2-t75 ASSAULT (s2-t76 hypothetical, s9-t0 off the text); u2: s0-t0 COERCE
    # (s0-t1 STATEMENT not annotated there).
    # typed: COERCE→t7, REJECT→t57, ASSAULT→t75, optional STATEMENT→t60; FP t30 and u2's t0.
    assert prf(report.typed) == (3, 2, 0)
    assert report.typed.precision == pytest.approx(0.6) and report.typed.recall == 1.0
    assert report.typed.f1 == pytest.approx(0.75)
    # strict: ASSAULT's recipient "troops" ≠ "soldiers" → FN, and t75 becomes an FP.
    assert prf(report.strict) == (2, 3, 1)
    assert report.strict.f1 == pytest.approx(2 * 0.4 * (2 / 3) / (0.4 + 2 / 3))
    assert (report.candidates, report.flagged, report.off_text, report.unannotated) == (6, 1, 1, 1)
    assert report.predicted_events == 9  # u3 is not a gold unit
    assert (report.counts.stated, report.counts.correct) == (1, 1)  # the arrest: 13
    assert [(v.unit_id, v.type, v.event) for v in report.violations] == [("u1", "PROTEST", KG + "event/u1/s0-t30")]
    caracas, police = report.entities
    assert caracas.found and caracas.single_node_ok is False and len(caracas.nodes) == 2
    assert police.found and police.single_node_ok is True
    assert (report.negative_units, report.negative_candidates) == (1, 1)
    rows = {r.type: r for r in report.per_type}
    assert prf(rows["COERCE"].typed) == (1, 1, 0)
    assert prf(rows["PROTEST"].typed) == (0, 1, 0)
    assert prf(rows["ASSAULT"].strict) == (0, 1, 1)
    assert prf(rows["STATEMENT"].typed) == (0, 0, 0) and rows["STATEMENT"].candidates == 1
    # by the actors' sectors: the police arrest (matched); the government's REJECT and STATEMENT (matched,
    # the second to the optional event).
    assert [(r.sector, r.candidates, r.matched) for r in report.sectors] == [("COP", 1, 1), ("GOV", 2, 2)]
    assert not report.police_view


def test_evaluate_builds_each_unit_as_an_article(tmp_path: Path) -> None:
    """A real build (spaCy model, Oxigraph store) of a two-unit gold file we wrote ourselves."""
    from kg.store import open_store

    gold_path = tmp_path / "gold.jsonl"
    texts = {
        "g1": "Police arrested three journalists in Minsk on Monday.",
        "g2": "The weather was mild and nothing happened.",
    }
    write_jsonl(
        gold_path,
        [
            {"id": "g1", "text": texts["g1"], "annotated_types": ["COERCE"],
             "events": [{"type": "COERCE", "fine": "Arrest", "actor": ["police"], "recipient": ["journalists"],
                         "arrested": 3, "evidence": "Police arrested three journalists"}]},
            {"id": "g2", "text": texts["g2"], "annotated_types": ["COERCE", "ASSAULT"], "events": []},
        ],
    )
    keep = tmp_path / "kept"
    report = evaluate(gold_path, keep_store=keep)
    assert report.units == 2 and report.gold_events == 1
    assert report.name == "gold.jsonl" and report.build and report.build.startswith("built 2 articles")
    assert report.typed.tp + report.typed.fn == 1
    with open_store(keep) as store:  # the store was kept, one article per unit, text as given
        rows = {r["id"].value: r["a"].value for r in store.select(
            "SELECT ?id ?a WHERE { ?a a pe:Article ; dcterms:identifier ?id }")}
        assert set(rows) == {"g1", "g2"}
        sentences = {r["s"].value for r in store.select("SELECT ?s WHERE { ?e pe:sourceText ?s }")}
        assert all(s in texts["g1"] or s in texts["g2"] for s in sentences)
    with pytest.raises(UsageError):
        evaluate(gold_path, keep_store=keep)  # not a fresh folder


def test_evaluate_main_events_only(tmp_path: Path) -> None:
    """--main-events scores the one event per sentence marked pe:mainEvent, nothing else."""
    gold_path = tmp_path / "gold.jsonl"
    text = "Police arrested three journalists in Minsk on Monday after the protest against the election."
    write_jsonl(gold_path, [{"id": "m1", "text": text, "annotated_types": ["COERCE", "PROTEST"],
                             "events": [{"type": "COERCE", "fine": "Arrest", "actor": ["police"], "recipient": ["journalists"],
                                         "evidence": "Police arrested three journalists"}]}])
    every = evaluate(gold_path)
    main = evaluate(gold_path, main_events=True)
    assert main.name == "gold.jsonl (main events only)"
    assert every.candidates == 2 and every.typed.fp == 1  # the background protest
    assert main.candidates == 1 and (main.typed.tp, main.typed.fp) == (1, 0)


@pytest.mark.slow
def test_evaluate_seed_end_to_end() -> None:
    shared = SHARED / "eval" / "seed_gold.json"
    if not shared.is_file():
        pytest.skip("shared eval data not available")
    report = evaluate(shared)
    assert report.units == 1 and report.gold_events == 25 and report.optional_events == 4
    assert report.typed.tp + report.typed.fn == 25 and report.strict.tp + report.strict.fn == 25
    assert report.strict.tp <= report.typed.tp
    assert len(report.entities) == 8
