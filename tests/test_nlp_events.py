"""Event rules of the second quality pass, on the real pipeline and on sentences written for these tests.

One test per rule: event coreference inside a sentence, purpose and topic clauses, alleged and
future content, background references, offences, orders, unnamed participants, state nouns,
places as targets, lower-cased text, two-sided violence, threats and their conditions.
"""

from __future__ import annotations

from nlp_helpers import read, asserted, names



# --------------------------------------------------------------------------------- one incident, one event

def test_attack_and_its_toll_are_one_event(nlp):
    ex, labels = read(nlp, "Gunmen attacked a village in the north, killing 12 people.")
    (ev,) = asserted(ex, "ASSAULT")
    assert names(labels, ev.actors) == ["Gunmen"]
    assert [(c.kind, c.value) for c in ev.counts] == [("dead", 12)]


def test_killing_told_beside_the_attack_that_caused_it(nlp):
    ex, labels = read(nlp, "A youth was killed when police fired at a violent mob.")
    (ev,) = asserted(ex, "ASSAULT")
    assert names(labels, ev.actors) == ["police"]
    assert "youth" in names(labels, ev.recipients)


def test_two_sided_violence_is_one_event_with_both_sides_acting(nlp):
    ex, labels = read(nlp, "The mob attacked the police and the police fired at the mob.")
    (ev,) = asserted(ex, "ASSAULT")
    assert names(labels, ev.actors) == ["mob", "police"]


def test_separate_releases_of_different_people_stay_apart(nlp):
    ex, _ = read(nlp, "Eight prisoners were freed on Monday, while five more were released on Tuesday.")
    assert len(asserted(ex, "RETREAT")) == 2


# --------------------------------------------------------------------------------- purposes and topics

def test_the_demand_of_a_protest_is_its_topic_not_a_request(nlp):
    ex, labels = read(nlp, "Hundreds of farmers blocked the highway to demand lower prices from the government.")
    (protest,) = asserted(ex, "PROTEST")
    assert not [e for e in ex.events if e.type == "REQUEST"]
    assert "government" in names(labels, protest.recipients)


def test_the_purpose_of_another_act_is_only_intended(nlp):
    ex, _ = read(nlp, "Police fired tear gas to disperse the crowd.")
    (fire,) = asserted(ex, "ASSAULT")
    (disperse,) = [e for e in ex.events if e.type == "COERCE"]
    assert disperse.hypothetical and not fire.hypothetical


def test_an_event_named_as_the_topic_of_talks_is_not_asserted(nlp):
    ex, labels = read(nlp, "Israel and Syria held talks on a troop withdrawal.")
    (talks,) = asserted(ex, "CONSULT")
    assert names(labels, talks.actors) == ["Israel", "Syria"]
    (withdrawal,) = [e for e in ex.events if e.type == "RETREAT"]
    assert withdrawal.hypothetical


# --------------------------------------------------------------------------------- modality

def test_the_deed_someone_is_arrested_for_is_alleged(nlp):
    ex, _ = read(nlp, "The journalist was arrested for attacking a police officer.")
    (arrest,) = asserted(ex, "COERCE")
    assert arrest.fine == "Arrest"
    assert all(e.hypothetical for e in ex.events if e.type == "ASSAULT")


def test_a_present_tense_before_clause_speaks_of_the_future(nlp):
    ex, _ = read(nlp, "The rebels said they will keep their weapons until the troops withdraw.")
    assert all(e.hypothetical for e in ex.events if e.type == "RETREAT")


def test_an_agreement_that_talks_could_lead_to_is_not_asserted(nlp):
    ex, _ = read(nlp, "Diplomats said the talks could lead to an agreement.")
    assert not asserted(ex, "AGREE")


def test_readiness_to_do_harm_is_a_threat(nlp):
    ex, labels = read(nlp, "The army said it was prepared to impose a curfew.")
    (threat,) = asserted(ex, "THREATEN")
    assert names(labels, threat.actors) == ["army"]
    assert all(e.hypothetical for e in ex.events if e.type == "COERCE")


def test_a_future_agreement_is_still_an_agreement(nlp):
    ex, labels = read(nlp, "Iran said it would accept the mediation of the United Nations.")
    (agree,) = asserted(ex, "AGREE")
    assert names(labels, agree.actors) == ["Iran"]


def test_the_one_threatened_is_the_subject_of_the_condition(nlp):
    ex, labels = read(nlp, "Iran threatened to launch a new offensive unless Iraq accepted its terms.")
    (threat,) = asserted(ex, "THREATEN")
    assert "Iraq" in names(labels, threat.recipients)


def test_would_not_hesitate_to_use_force_is_a_threat(nlp):
    ex, _ = read(nlp, "Israel said it would not hesitate to use force against the guerrillas.")
    assert asserted(ex, "THREATEN") and not asserted(ex, "ASSAULT")


# --------------------------------------------------------------------------------- references and offences

def test_a_definite_event_noun_in_an_adjunct_refers_back(nlp):
    ex, _ = read(nlp, "Gunmen attacked a bus on Monday. Police arrested two men after the attack.")
    assert len(asserted(ex, "ASSAULT")) == 1


def test_the_offence_of_an_arrest_is_no_event_of_its_own(nlp):
    ex, _ = read(nlp, "Police held two men for the murder of a shopkeeper.")
    assert [e.type for e in asserted(ex)] == ["COERCE"]


def test_an_authority_ordering_an_expulsion_expels(nlp):
    ex, labels = read(nlp, "The government ordered the expulsion of two American diplomats.")
    (expel,) = asserted(ex, "SANCTION")
    assert names(labels, expel.actors) == ["government"]
    assert not [e for e in ex.events if e.type == "REQUEST"]


def test_no_event_rows_of_the_lexicon(nlp):
    ex, _ = read(nlp, "The new measures helped arrest the decline of the currency.")
    assert not [e for e in ex.events if e.type == "COERCE"]


# --------------------------------------------------------------------------------- participants

def test_unnamed_people_and_places_become_local_participants(nlp):
    ex, labels = read(nlp, "Jewish settlers set fire to the offices of the Palestinian administrators.")
    (ev,) = asserted(ex, "COERCE")
    (actor,) = [ex.entity(k) for k in ev.actors]
    assert actor.label == "Jewish settlers" and actor.cls == "Group" and actor.scope == "article"
    ex, labels = read(nlp, "Militants bombed a bakery in the old city.")
    (ev,) = asserted(ex, "ASSAULT")
    assert [ex.entity(k).cls for k in ev.recipients] == ["Location"]
    assert "bakery" in labels[ev.recipients[0]]


def test_a_state_noun_keeps_the_word_the_text_uses(nlp):
    ex, _ = read(nlp, "Iranian authorities arrested the editor of the newspaper.")
    (ev,) = asserted(ex, "COERCE")
    (actor,) = [ex.entity(k) for k in ev.actors]
    assert actor.label == "Iranian authorities" and actor.sector == "GOV" and actor.country == "iran"


def test_with_no_one_named_the_place_is_the_target(nlp):
    ex, labels = read(nlp, "The army imposed a curfew in Srinagar on Sunday.")
    (ev,) = asserted(ex, "COERCE")
    assert names(labels, ev.recipients) == ["Srinagar"]


def test_the_subject_of_a_passive_light_verb_receives_the_event(nlp):
    ex, labels = read(nlp, "The workers were given an ultimatum by the company.")
    (threat,) = asserted(ex, "THREATEN")
    assert names(labels, threat.recipients) == ["workers"]


def test_who_claims_an_attack_carried_it_out(nlp):
    ex, labels = read(nlp, "The Taliban claimed responsibility for the bombing of the checkpoint.")
    (ev,) = asserted(ex, "ASSAULT")
    assert names(labels, ev.actors) == ["Taliban"]


def test_group_labels_keep_their_place(nlp):
    ex, labels = read(nlp, "Palestinian police in Jericho confiscated weapons from armed groups.")
    (ev,) = asserted(ex, "COERCE")
    assert names(labels, ev.actors) == ["Palestinian police in Jericho"]
    assert names(labels, ev.recipients) == ["armed groups"]


# --------------------------------------------------------------------------------- lower-cased text

def test_lower_cased_article_gets_names_from_a_recased_reading(nlp):
    ex, labels = read(nlp, "police arrested mohammad husain kalota and two others in godhra on sunday.")
    (ev,) = asserted(ex, "COERCE")
    assert names(labels, ev.actors) == ["police"]
    person = [ex.entity(k) for k in ev.recipients if ex.entity(k).cls == "Person"]
    assert [p.label for p in person] == ["Mohammad Husain Kalota"]


def test_police_actions_in_lower_case(nlp):
    cases = {
        "the police lathi-charged the protesters outside the collectorate.": "ASSAULT",
        "the police burst teargas shells to disperse the crowd.": "ASSAULT",
        "two persons died in police firing on saturday.": "ASSAULT",
        "the accused was sent to judicial custody.": "COERCE",
        "the main accused surrendered before the police on monday.": "COERCE",
    }
    for text, etype in cases.items():
        ex, _ = read(nlp, text)
        assert [e.type for e in asserted(ex) if e.type in ("ASSAULT", "COERCE")] == [etype], text


def test_hyphenated_number_words(nlp):
    ex, _ = read(nlp, "Sixty-five people were killed in the attack.")
    (ev,) = asserted(ex, "ASSAULT")
    assert [(c.kind, c.value) for c in ev.counts] == [("dead", 65)]


# --------------------------------------------------------------------------------- later additions

def test_crowd_violence_with_stones_is_a_riot_unless_it_kills(nlp):
    ex, labels = read(nlp, "The mob set fire to two buses and pelted stones at passers-by.")
    (riot,) = asserted(ex)
    assert riot.type == "PROTEST" and riot.mode == "riot" and names(labels, riot.actors) == ["mob"]
    ex, labels = read(nlp, "Rioters attacked a police post, killing two officers.")
    (ev,) = asserted(ex)
    assert ev.type == "ASSAULT" and [(c.kind, c.value) for c in ev.counts] == [("dead", 2)]


def test_a_killing_in_a_battle_with_police_is_one_two_sided_event(nlp):
    ex, labels = read(nlp, "The suspect was killed in a gun battle with police.")
    (ev,) = asserted(ex, "ASSAULT")
    assert names(labels, ev.actors) == ["police"]


def test_the_charge_is_no_event(nlp):
    ex, _ = read(nlp, "Two men were arrested and charged with murder.")
    assert not asserted(ex, "ASSAULT")


def test_a_document_handed_over_is_no_retreat(nlp):
    ex, _ = read(nlp, "In a letter handed over to the United Nations, Iraq said it would allow inspectors to return.")
    assert not [e for e in ex.events if e.type == "RETREAT" and e.trigger.text.startswith("handed")]


def test_the_topic_of_negotiations_renewed_by_a_verb(nlp):
    ex, _ = read(nlp, "Israel and Lebanon renewed negotiations today on an Israeli troop pullback.")
    assert asserted(ex, "CONSULT")
    assert all(e.hypothetical for e in ex.events if e.type == "RETREAT")
