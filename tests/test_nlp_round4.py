"""Rules of the fourth quality pass (generalisation beyond the dev sentences), on the real pipeline
and on sentences written for these tests.

Grouped as in the pass: verb forms the lemmatiser gets wrong, prepositions hanging on a particle,
hyphenated prefixes, "it" of a signalling verb, offices written with a capital, lexicon rows for the
CAMEO categories (intent, support, aid, concessions, de-escalation, accusations, rejection, protest,
mobilisation, sanctions, repression, assault), and police vocabulary in lower-cased news.
"""

from __future__ import annotations

import pytest
from nlp_helpers import read, asserted, types, names



# --------------------------------------------------------------------------------- word forms

def test_a_doubled_final_consonant_leads_back_to_the_lexicon_verb(nlp):
    ex, _ = read(nlp, "The new cabinet unbanned two opposition parties on Monday.")
    assert "CONCEDE" in types(ex)
    ex, _ = read(nlp, "the railway police nabbed a pickpocket at the station.")
    assert [e for e in asserted(ex, "COERCE") if e.fine == "Arrest"]


def test_a_preposition_hanging_on_the_particle_counts_for_the_verb(nlp):
    ex, _ = read(nlp, "The opposition delegation pulled out of the reconciliation talks on Tuesday.")
    assert "SANCTION" in types(ex)
    assert "RETREAT" not in types(ex)


def test_a_hyphenated_test_firing_is_a_show_of_force_not_an_attack(nlp):
    ex, _ = read(nlp, "The navy test-fired a cruise missile over the Yellow Sea.")
    assert "MOBILIZE" in types(ex)
    assert "ASSAULT" not in types(ex)


# --------------------------------------------------------------------------------- participants

def test_it_after_a_signalling_verb_is_its_subject(nlp):
    ex, labels = read(nlp, "Paraguay signalled on Friday that it was ready to reopen its border with Bolivia.")
    (ev,) = asserted(ex, "AGREE")
    assert names(labels, ev.actors) == ["Paraguay"]


def test_a_capitalised_office_without_a_name_is_a_participant(nlp):
    ex, labels = read(nlp, "The Kenyan President held talks with rebel leaders in Nairobi.")
    (ev,) = asserted(ex, "CONSULT")
    assert names(labels, ev.actors) == ["Kenyan President"]


def test_people_named_by_role_in_police_news_are_participants(nlp):
    ex, labels = read(nlp, "the cops picked up the accused from a lodge near the bus depot.")
    (ev,) = asserted(ex, "COERCE")
    assert [labels[k] for k in ev.recipients][0].startswith("accused")


# --------------------------------------------------------------------------------- lexicon rows

@pytest.mark.parametrize("text, etype", [
    ("Chile assured Peru that it would respect the maritime boundary.", "AGREE"),
    ("Morocco expressed its willingness to host the next round of negotiations.", "AGREE"),
    ("Ottawa threw its weight behind the Mexican candidate for the WTO post.", "SUPPORT"),
    ("The Belgian king paid tribute to the firefighters who died in the blaze.", "SUPPORT"),
    ("Portugal extended diplomatic recognition to the new republic.", "SUPPORT"),
    ("Greek and Italian coastguards launched a joint operation against people smugglers.", "COOPERATE"),
    ("UNICEF distributed tents and blankets to families displaced by the floods.", "AID"),
    ("Qatar gave Gaza 30 million dollars for fuel and salaries.", "AID"),
    ("The junta ended the state of emergency after six months.", "CONCEDE"),
    ("The city council scrapped the curfew on bars and restaurants.", "CONCEDE"),
    ("The militia vacated the airport under the terms of the truce.", "RETREAT"),
    ("Both armies ceased hostilities at midnight.", "RETREAT"),
    ("Denmark lodged a formal complaint with Moscow over the airspace violation.", "ACCUSE"),
    ("The senator held the agency responsible for the data breach.", "ACCUSE"),
    ("The prime minister brushed aside calls for an early election.", "REJECT"),
    ("Dock workers in Rotterdam staged a gherao of the port offices.", "PROTEST"),
    ("Students threw stones at the riot police outside the campus.", "PROTEST"),
    ("The army moved two armoured brigades toward the frontier.", "MOBILIZE"),
    ("The rebels recruited hundreds of fighters in the border villages.", "MOBILIZE"),
    ("Washington withheld 200 million dollars in military aid from Cairo.", "SANCTION"),
    ("The regime muzzled the independent press after the vote.", "COERCE"),
    ("Customs officers impounded a ship carrying fertiliser.", "COERCE"),
    ("Gunmen bludgeoned a tribal elder in the market.", "ASSAULT"),
    ("The two sides fought a fierce firefight near the dam.", "ASSAULT"),
    ("Spain shipped 20,000 tonnes of rice to Cuba.", "AID"),
    ("The last Cuban troops left Angola in May.", "RETREAT"),
    ("Moscow poured thousands of troops into the breakaway region.", "MOBILIZE"),
    ("The junta handed power to an elected civilian government.", "CONCEDE"),
    ("The Jordanian king received Arafat at the royal palace.", "CONSULT"),
    ("State hackers hacked the website of the electoral commission.", "COERCE"),
    ("The rebels armed villagers in the hills to fight the army.", "MOBILIZE"),
    ("The guerrilla movement renounced violence and joined the elections.", "CONCEDE"),
    ("The general vowed to punish the mutineers.", "THREATEN"),
    ("Seoul raised the readiness of its air defence units.", "MOBILIZE"),
    ("Kenya wants Uganda to reopen the border crossing at Busia.", "REQUEST"),
    ("Two bombs went off near the vegetable market in Quetta.", "ASSAULT"),
])
def test_cameo_category_rows(nlp, text, etype):
    ex, _ = read(nlp, text)
    assert etype in types(ex), [(e.type, e.trigger.text) for e in ex.events]


def test_an_offer_of_aid_words_that_look_like_attacks_stay_apart(nlp):
    # "ended the war" de-escalates; "sanctions targeted banks" is no attack on a place
    ex, _ = read(nlp, "The two governments ended the war with a treaty signed in Lima.")
    assert "RETREAT" in types(ex)
    assert "ASSAULT" not in types(ex)


# --------------------------------------------------------------------------------- police news

@pytest.mark.parametrize("text, etype, fine", [
    ("the crime branch busted a gang of car thieves in vastrapur.", "COERCE", "Arrest"),
    ("the anti-corruption bureau caught a revenue clerk accepting a bribe.", "COERCE", "Arrest"),
    ("the history-sheeter was put behind bars on wednesday.", "COERCE", "Arrest"),
    ("two naxals were gunned down by the police in the forest.", "ASSAULT", "Killing"),
    ("the mob held a constable hostage for two hours.", "ASSAULT", "Attack"),
    ("a dacoit was killed in a fierce shootout with the police.", "ASSAULT", None),
    ("the agitating farmers were lathi-charged near the toll booth.", "ASSAULT", "Attack"),
])
def test_police_vocabulary(nlp, text, etype, fine):
    ex, _ = read(nlp, text)
    evs = asserted(ex, etype)
    assert evs, [(e.type, e.trigger.text) for e in ex.events]
    if fine:
        assert any(e.fine == fine for e in evs)


# --------------------------------------------------------------------------------- roles

def test_a_bomb_is_the_doer_when_no_one_else_is_named(nlp):
    ex, labels = read(nlp, "Three policemen were killed in a truck bomb explosion in Mogadishu.")
    (ev,) = asserted(ex, "ASSAULT")
    assert names(labels, ev.actors) == ["truck bomb"]
    ex, labels = read(nlp, "Separatists injured four soldiers in a bomb attack near the base.")
    (ev,) = asserted(ex, "ASSAULT")
    assert names(labels, ev.actors) == ["Separatists"]


def test_a_single_office_tagged_as_a_name_is_a_participant(nlp):
    ex, labels = read(nlp, "The Pope condemned the attack on the cathedral.")
    (ev,) = asserted(ex, "ACCUSE")
    assert names(labels, ev.actors) == ["Pope"]


def test_recipients_after_a_particle_and_between_parties(nlp):
    ex, labels = read(nlp, "Caracas lashed out at Bogota over the border closure.")
    (ev,) = asserted(ex, "ACCUSE")
    assert "Bogota" in " ".join(names(labels, ev.recipients))
    ex, labels = read(nlp, "Qatar is mediating between Hamas and Fatah in Doha.")
    (ev,) = asserted(ex, "CONSULT")
    assert names(labels, ev.recipients) == ["Fatah", "Hamas"]


def test_a_lower_case_word_is_no_country_acronym(nlp):
    ex, labels = read(nlp, "A car bomb exploded near the ministry in Kabul.")
    assert "Central African Republic" not in labels.values()


def test_a_measure_noun_is_read_through_to_what_it_measures(nlp):
    ex, labels = read(nlp, "Egypt sent two shiploads of flour to Gaza.")
    # ("shiploads" is no measure noun of the list: the row stays silent rather than guess)
    ex, labels = read(nlp, "Egypt sent a consignment of medicine to Gaza.")
    (ev,) = asserted(ex, "AID")
    assert names(labels, ev.actors) == ["Egypt"]


def test_a_person_received_is_a_meeting_but_casualties_received_are_not(nlp):
    ex, _ = read(nlp, "The clinic received dozens of wounded protesters overnight.")
    assert "CONSULT" not in types(ex)


def test_an_investigation_into_the_practices_of_a_company_names_it(nlp):
    ex, labels = read(nlp, "The regulator opened an investigation into Boeing's safety practices.")
    (ev,) = asserted(ex, "ACCUSE")
    assert names(labels, ev.recipients) == ["Boeing"]


def test_a_minister_leaving_a_capital_is_no_withdrawal(nlp):
    ex, _ = read(nlp, "The foreign minister left Paris for Moscow on Monday.")
    assert "RETREAT" not in types(ex)


def test_the_subject_of_a_passive_raising_verb_does_the_infinitive(nlp):
    ex, labels = read(nlp, "Kenya is expected to deploy police officers to Haiti next month.")
    (ev,) = [e for e in ex.events if e.type == "MOBILIZE"]
    assert names(labels, ev.actors) == ["Kenya"]
    assert "Kenya" not in names(labels, ev.recipients)


def test_sending_an_envoy_is_a_consultation(nlp):
    ex, labels = read(nlp, "Oman sent an envoy to Tehran on Sunday.")
    (ev,) = asserted(ex, "CONSULT")
    assert names(labels, ev.actors) == ["Oman"]


def test_a_closing_attribution_parsed_as_an_apposition_speaks_and_blames(nlp):
    ex, labels = read(nlp, "The army tortured detainees, a rights group alleged on Monday.")
    (ev,) = asserted(ex, "ACCUSE")
    assert names(labels, ev.actors) == ["rights group"]
    assert names(labels, ev.recipients) == ["army"]


def test_a_government_named_by_a_demonym_is_one_node_with_its_country(nlp):
    """The state is reached through pe:country, not named again beside its government."""
    ex, labels = read(nlp, "Serbia rejected an Austrian proposal for new border talks.")
    (ev,) = asserted(ex, "REJECT")
    assert names(labels, ev.recipients) == ["Austrian government"]
    (gov,) = [ex.entity(k) for k in ev.recipients]
    assert gov.country == "austria" and gov.sector == "GOV"


def test_raising_the_possibility_of_an_act_threatens_it_without_doing_it(nlp):
    ex, _ = read(nlp, "Ankara raised the possibility of closing the straits to Russian warships.")
    assert "THREATEN" in types(ex)
    assert not [e for e in asserted(ex) if e.type in ("COERCE", "SANCTION")]


def test_the_passive_of_a_two_object_verb_keeps_its_thing(nlp):
    ex, labels = read(nlp, "Two Belarusian journalists were granted asylum in Lithuania.")
    (ev,) = asserted(ex, "AID")
    assert names(labels, ev.recipients) == ["Two Belarusian journalists"]


def test_an_attack_tried_is_an_attack_made_but_no_killing(nlp):
    ex, labels = read(nlp, "Separatists tried to assassinate the provincial governor on Friday.")
    (ev,) = asserted(ex, "ASSAULT")
    assert ev.fine == "Attack" and names(labels, ev.recipients) == ["provincial governor"]
    ex, _ = read(nlp, "The envoy tried to negotiate a truce.")
    assert "CONSULT" not in types(ex)


def test_a_noun_after_a_light_verb_takes_the_phrase_hung_on_the_verb(nlp):
    ex, labels = read(nlp, "The senate committee opened hearings on Tuesday into the collapse of the bank.")
    (ev,) = asserted(ex, "ACCUSE")
    assert names(labels, ev.actors) == ["senate committee"]
