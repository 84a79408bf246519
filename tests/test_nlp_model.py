"""The extractor on the real trained pipeline, on sentences written for these tests and on the seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Article
from kg.nlp import extract
from nlp_helpers import read

SEED = Path(__file__).resolve().parents[1] / "seeds" / "venezuela-releases.txt"


def events_of(ex, etype):
    return [e for e in ex.events if e.type == etype]


def test_arrest_with_count_place_date_and_source(nlp):
    ex, labels = read(nlp, "Police arrested at least 30 protesters in Minsk on Sunday, the interior ministry said.")
    (ev,) = events_of(ex, "COERCE")
    assert ev.fine == "Arrest" and [labels[k] for k in ev.actors] == ["Police"]
    assert [(c.kind, c.value, c.qualifier) for c in ev.counts] == [("arrested", 30, "at least")]
    assert labels[ev.location] == "Minsk"
    assert ev.date.value == "2025-03-02" and ev.date.precision == "day"
    assert [labels[k] for k in ev.reported_by] == ["interior ministry"]


def test_meeting_titles_country_and_one_person_per_name(nlp):
    ex, labels = read(nlp, "President Luis Arce met Brazilian Foreign Minister Mauro Vieira in La Paz on Monday. Arce said the talks were productive.")
    (meet,) = events_of(ex, "CONSULT")
    assert meet.actors == ("luis-arce",) and meet.recipients == ("mauro-vieira",)
    vieira = ex.entity("mauro-vieira")
    assert vieira.titles == ("Foreign Minister",) and vieira.country == "brazil"
    assert ex.entity("brazil").cls == "Country"
    (say,) = events_of(ex, "STATEMENT")
    assert say.actors == ("luis-arce",)
    assert [e.key for e in ex.entities if e.cls == "Person"] == ["luis-arce", "mauro-vieira"]


def test_threat_and_its_hypothetical_content(nlp):
    ex, _ = read(nlp, "The opposition threatened to hold protests if the results were not published.")
    (threat,) = events_of(ex, "THREATEN")
    assert not threat.hypothetical
    (protest,) = events_of(ex, "PROTEST")
    assert protest.hypothetical and protest.actors == threat.actors


def test_denial_negates_the_denied_event(nlp):
    ex, labels = read(nlp, "Officials denied that the journalist had been arrested.")
    (rej,) = events_of(ex, "REJECT")
    (arrest,) = events_of(ex, "COERCE")
    assert arrest.negated and [labels[k] for k in arrest.recipients] == ["journalist"]
    assert arrest.reported_by == rej.actors


def test_killed_and_wounded_is_one_attack_with_two_counts(nlp):
    ex, _ = read(nlp, "Rebels killed 12 soldiers and wounded 20 others in an attack near Goma, the army said.")
    (kill,) = [e for e in events_of(ex, "ASSAULT") if e.fine == "Killing"]
    assert {(c.kind, c.value) for c in kill.counts} == {("dead", 12), ("injured", 20)}
    assert ex.entity(kill.actors[0]).sector == "REB"


def test_bare_anaphor_without_antecedent_is_still_the_speaker(nlp):
    ex, labels = read(nlp, "The ministry said it would not release the prisoners.")
    (say,) = events_of(ex, "STATEMENT")
    assert [labels[k] for k in say.actors] == ["ministry"]
    (rel,) = events_of(ex, "RETREAT")
    assert rel.negated


@pytest.fixture(scope="module")
def seed(nlp):
    return next(extract(nlp, [Article(id="seed", text=SEED.read_text(encoding="utf-8"), date="2025-10-13")]))


def test_seed_entities(seed):
    people = {e.key: e for e in seed.entities if e.cls == "Person"}
    assert set(people) == {"nicolas-maduro", "henrique-capriles", "marco-rubio"}
    maduro = people["nicolas-maduro"]
    assert {"Maduro", "President Nicolás Maduro"} <= set(maduro.aliases) and maduro.titles == ("President",)
    assert maduro.merge_notes
    assert people["marco-rubio"].titles == ("Secretary of State",) and people["marco-rubio"].country == "united-states"
    assert seed.entity("caracas").cls == "Location"
    assert seed.entity("united-states").cls == "Country" and seed.entity("el-salvador").cls == "Country"
    assert not [e for e in seed.entities if e.label.lower() in ("state", "he", "it", "the organization", "organization", "comment")]
    # "Venezuelan authorities" is the state executive, labelled with the noun the text uses
    authorities = seed.entity("venezuelan-authorities")
    assert authorities.sector == "GOV" and authorities.country == "venezuela" and authorities.cls == "Organization"


def test_seed_events(seed):
    labels = {e.key: e.label for e in seed.entities}
    by_trigger = {(e.trigger.sentence, e.trigger.text): e for e in seed.events}
    release = by_trigger[(0, "released")]
    assert release.fine == "Release" and [c.value for c in release.counts] == [13]
    assert "Nicolás Maduro" in labels[release.actors[0]]
    said = by_trigger[(0, "said")]
    assert release.reported_by == said.actors and said.date.value == "2025-10-12"
    assert by_trigger[(2, "said")].actors == ("henrique-capriles",)  # "He said"
    assert by_trigger[(10, "wrote")].actors == ("committee-for-the-freedom-of-political-prisoners",)  # "The organization wrote"
    assert by_trigger[(11, "added")].actors == ("committee-for-the-freedom-of-political-prisoners",)  # "It added"
    protests = by_trigger[(8, "protests")]
    assert {(c.kind, c.value, c.qualifier) for c in protests.counts} == {("dead", 28, "exact"), ("injured", 220, "exact"), ("arrested", 2000, "at least")}
    kept = by_trigger[(13, "kept")]
    assert set(kept.actors) == {"u-s-government", "salvadoran-government"}
    assert [(c.value, c.qualifier) for c in kept.counts] == [(200, "about")]
    rejected = by_trigger[(7, "rejected")]
    assert {labels[k] for k in rejected.actors} == {"international community", "opposition members"}
    detention = by_trigger[(12, "detention")]
    assert detention.negated
    assert not [e for e in seed.events if e.sentence.text == "Leave a Comment"]
