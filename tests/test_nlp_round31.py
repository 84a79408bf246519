"""Rules of the thirty-first quality pass, tested on sentences written for these tests.

The pass worked from three new blind sets written one CAMEO code per sentence (BM and BO tuned on, BN held out)
and the last round's set BL: acts told through a span of time ("ended six years of house arrest"), expulsions
by a deadline in the passive, abductions at gunpoint, deportations aboard a flight, deliveries taken, what one
only could or was meant to do, access given for convoys, cautions that are threats, warnings that are forecasts,
orders that are the act they order, and noun classes the lexicon shares between its verbs.
"""

from __future__ import annotations

import pytest

from kg.nlp.lexicon import load_lexicon, parse_classes, parse_triggers
from kg.nlp.repair import repair_parse
from nlp_helpers import asserted, names, parsed_doc, read

# -------------------------------------------------------------------------------- acts through a span of time


def test_ending_years_of_house_arrest_is_a_release_with_no_count_of_years(nlp):
    ex, labels = read(nlp, "The generals ended nine years of house arrest for the poet Ma Thida on Tuesday.")
    (release,) = asserted(ex, "RETREAT")
    assert release.fine == "Release"
    assert not any(c.value == 9 for c in release.counts)


def test_a_participle_ending_years_of_something_is_no_new_act(nlp):
    # ("ending years of talks" sums up what the treaty did; it does not break the talks off)
    ex, _ = read(nlp, "Chile and Peru signed a border treaty in Lima on Monday, ending years of talks.")
    assert not asserted(ex, "SANCTION")


# -------------------------------------------------------------------------------- expulsions, abductions, deportations


def test_people_given_hours_to_leave_a_country_are_expelled(nlp):
    ex, labels = read(nlp, "Three Libyan diplomats were given 72 hours to leave Sudan on Monday.")
    (expulsion,) = asserted(ex, "SANCTION")
    assert names(labels, expulsion.recipients) == ["Three Libyan diplomats"]


def test_people_led_away_at_gunpoint_are_abducted(nlp):
    ex, labels = read(nlp, "Four aid workers were led away at gunpoint from their compound near Kandahar by masked men.")
    (abduction,) = asserted(ex, "ASSAULT")
    assert abduction.fine == "Attack" and abduction.mode == "abduct"


def test_someone_put_aboard_a_flight_by_officials_is_deported(nlp):
    ex, labels = read(nlp, "The Canadian columnist was put aboard a flight to Toronto by immigration officers on Friday.")
    (deportation,) = asserted(ex, "COERCE")
    assert deportation.fine == "Deportation"
    assert names(labels, deportation.actors) == ["immigration officers"]
    # (a thing put on a plane is no one deported)
    ex, _ = read(nlp, "The minister put the draft proposal on a plane to Geneva.")
    assert not asserted(ex, "COERCE")


# -------------------------------------------------------------------------------- aid received


def test_taking_delivery_of_arms_from_a_state_is_aid_from_that_state(nlp):
    ex, labels = read(nlp, "The Malian army took delivery of four helicopters and 3,000 rifles from Russia on Monday.")
    (aid,) = asserted(ex, "AID")
    assert names(labels, aid.actors) == ["Russia"]
    assert "Russia" not in names(labels, aid.recipients) and aid.recipients


def test_a_measure_coordinated_with_the_thing_shipped_is_what_was_shipped(nlp):
    ex, _ = read(nlp, "Qatar has shipped 30 generators and 2,000 tonnes of diesel to Gaza.")
    assert asserted(ex, "AID")


# -------------------------------------------------------------------------------- only could, only meant


def test_what_an_ability_allows_is_not_done(nlp):
    ex, _ = read(nlp, "France delivered ten jets to the Chadian air force, boosting its ability to strike at rebel columns.")
    assert asserted(ex, "AID")
    assert not asserted(ex, "ASSAULT")


def test_an_event_noun_a_light_verb_carries_in_a_purpose_is_not_done(nlp):
    ex, _ = read(nlp, "Washington offered the Colombian army 12 helicopters to help it take the offensive against the rebels.")
    assert asserted(ex, "AGREE")
    assert not asserted(ex, "ASSAULT")
    ex, _ = read(nlp, "The army sent commandos into the valley to launch raids on rebel camps.")
    assert not asserted(ex, "ASSAULT")


def test_what_a_programme_is_for_is_not_done(nlp):
    ex, _ = read(nlp, "Britain delivered 40 armoured vehicles to the Kenyan army under a programme to train troops for border patrols.")
    assert [e.trigger.text for e in asserted(ex, "AID")] == ["delivered"]


# -------------------------------------------------------------------------------- access


def test_a_go_ahead_for_convoys_to_enter_gives_access(nlp):
    ex, _ = read(nlp, "Asmara has given the go-ahead for food convoys to enter the border districts, the WFP said.")
    assert asserted(ex, "RETREAT")
    ex, _ = read(nlp, "The cabinet gave the go-ahead for the talks.")
    assert asserted(ex, "AGREE") and not asserted(ex, "RETREAT")


def test_convoys_allowed_into_a_zone_read_with_a_participle_get_access(nlp):
    ex, labels = read(nlp, "The junta has allowed UN convoys carrying rice and medicine into the flooded delta, officials said.")
    (access,) = asserted(ex, "RETREAT")
    assert access.recipients


# -------------------------------------------------------------------------------- cautions and warnings


def test_a_caution_of_what_someone_will_do_is_a_threat_and_of_what_a_thing_will_do_a_statement(nlp):
    ex, labels = read(nlp, "Police would fire on anyone who broke the curfew, the interior minister cautioned on Monday.")
    (threat,) = asserted(ex, "THREATEN")
    assert names(labels, threat.actors) == ["interior minister"]
    ex, _ = read(nlp, "Bankers in Lagos cautioned that prices could double next year unless the central bank acts.")
    assert not asserted(ex, "THREATEN")
    assert asserted(ex, "STATEMENT")


def test_a_warning_that_a_thing_will_happen_is_no_threat(nlp):
    ex, _ = read(nlp, "The junta kept the border closed despite warnings from doctors that cholera could spread in the camps.")
    assert not asserted(ex, "THREATEN")
    ex, _ = read(nlp, "The army issued a warning to the rebels on Monday.")
    assert asserted(ex, "THREATEN")


# -------------------------------------------------------------------------------- orders that are the act


def test_an_act_ordered_in_the_passive_is_done_by_who_ordered_it(nlp):
    ex, labels = read(nlp, "The expulsion of three Syrian diplomats was ordered by the Jordanian government on Sunday.")
    assert not asserted(ex, "REQUEST")
    (expulsion,) = asserted(ex, "SANCTION")
    assert names(labels, expulsion.actors) == ["Jordanian government"]


def test_an_order_with_a_small_clause_is_the_act_it_orders(nlp):
    ex, labels = read(nlp, "The judge ordered the editor released on Thursday.")
    assert not asserted(ex, "REQUEST")
    (release,) = asserted(ex, "RETREAT")
    assert names(labels, release.actors) == ["judge"]
    assert names(labels, release.recipients) == ["editor"]
    # (an order to someone to act stays an order: the act is not done)
    ex, _ = read(nlp, "The judge ordered the police to release the editor.")
    assert not [e for e in asserted(ex, "RETREAT") if e.trigger.text == "release"]


# -------------------------------------------------------------------------------- lexicon rows


@pytest.mark.parametrize("text,etype", [
    ("Warships from Chile, Peru and Ecuador kicked off joint naval maneuvers in the Pacific on Monday.", "COOPERATE"),
    ("The government granted the Mapuche legal title to 40,000 hectares of forest on Monday.", "CONCEDE"),
    ("The junta lifted censorship on two opposition weeklies on Tuesday.", "CONCEDE"),
    ("Peru sent the corvette Villavicencio into disputed waters on Sunday.", "MOBILIZE"),
    ("Nigerian troops fanned out across Monrovia on Friday to shield civilians from the militias.", "AID"),
    ("Revolutionary guards took over 150 shops and warehouses in Benghazi on Sunday.", "COERCE"),
    ("Three hundred Ghanaian troops arrived in Freetown on Monday to restore order.", "AID"),
])
def test_lexicon_rows_of_the_pass(nlp, text, etype):
    ex, _ = read(nlp, text)
    assert etype in {e.type for e in asserted(ex)}, [(e.type, e.trigger.text) for e in ex.events]


def test_kicking_off_manoeuvres_is_no_kick(nlp):
    ex, _ = read(nlp, "Warships from Chile, Peru and Ecuador kicked off joint naval maneuvers in the Pacific on Monday.")
    assert not asserted(ex, "ASSAULT")


def test_noun_classes_stand_for_their_words_in_conditions():
    classes = parse_classes(["@boat\tcorvette|frigate"])
    rows = parse_triggers(["send\tV\tMOBILIZE\t-\ttroops\tobj=troop|@boat"], classes)
    (row,) = rows[("send", "V")]
    assert row.conds[0].words == frozenset({"troop", "corvette", "frigate"})
    with pytest.raises(ValueError):
        parse_triggers(["send\tV\tMOBILIZE\t-\ttroops\tobj=@ship"], classes)
    with pytest.raises(ValueError):
        parse_classes(["boat\tcorvette"])
    # (the run-time class of police words is left for the extractor)
    rows = parse_triggers(["take in\tV\tCOERCE\tArrest\tarrest\tsubj=@cop"], classes)
    assert rows[("take", "V")][0].conds[0].words == frozenset({"@cop"})


def test_the_shipped_lexicon_expands_its_classes():
    lex = load_lexicon()
    (row,) = [r for r in lex.triggers[("send", "V")] if r.type == "MOBILIZE" and any("division" in c.words for c in r.conds)]
    assert "corvette" in row.conds[0].words and not any(w.startswith("@") for c in row.conds for w in c.words)


# -------------------------------------------------------------------------------- parse repairs


def test_a_day_after_a_crowd_is_no_part_of_the_crowd(nlp):
    # "a day after 100,000 people rallied near the palace ." with "a day after" read into the number
    words = ["a", "day", "after", "100,000", "people", "rallied", "near", "the", "palace", "."]
    heads = [1, 3, 3, 4, 5, 5, 5, 8, 6, 5]
    deps = ["det", "npadvmod", "quantmod", "nummod", "nsubj", "ROOT", "prep", "det", "pobj", "punct"]
    tags = ["DT", "NN", "IN", "CD", "NNS", "VBD", "IN", "DT", "NN", "."]
    pos = ["DET", "NOUN", "ADP", "NUM", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    doc = parsed_doc(words, heads, deps, tags, pos, ["a", "day", "after", "100,000", "people", "rally", "near", "the", "palace", "."])
    assert repair_parse(doc) == 2
    assert (doc[2].head.i, doc[2].dep_) == (5, "mark") and (doc[1].head.i, doc[1].dep_) == (5, "npadvmod")
    assert [t.text for t in doc[4].subtree] == ["100,000", "people"]
    # ("more than 100,000 people": a quantity's own modifier stays)
    words = ["more", "than", "100,000", "people", "rallied", "."]
    doc = parsed_doc(words, [1, 2, 3, 4, 4, 4], ["amod", "quantmod", "nummod", "nsubj", "ROOT", "punct"],
                     ["JJR", "IN", "CD", "NNS", "VBD", "."], ["ADJ", "ADP", "NUM", "NOUN", "VERB", "PUNCT"],
                     ["more", "than", "100,000", "people", "rally", "."])
    assert repair_parse(doc) == 0


def test_a_closing_speaker_read_as_an_apposition_is_the_speaker():
    # "clashes between Kurds and Turkmens , an official said ." with "official" an apposition of "Kurds"/"Turkmens"
    words = ["clashes", "between", "Kurds", "and", "Turkmens", ",", "an", "official", "said", "."]
    heads = [8, 0, 1, 2, 2, 2, 7, 2, 8, 8]
    deps = ["nsubj", "prep", "pobj", "cc", "conj", "punct", "det", "appos", "ROOT", "punct"]
    tags = ["NNS", "IN", "NNPS", "CC", "NNPS", ",", "DT", "NN", "VBD", "."]
    pos = ["NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    # (here the verb has a subject already: nothing to mend)
    doc = parsed_doc(words, heads, deps, tags, pos, ["clash", "between", "Kurds", "and", "Turkmens", ",", "an", "official", "say", "."])
    assert repair_parse(doc) == 0
    heads[0], deps[0] = 8, "ccomp"
    doc = parsed_doc(words, heads, deps, tags, pos, ["clash", "between", "Kurds", "and", "Turkmens", ",", "an", "official", "say", "."])
    assert repair_parse(doc) == 1
    assert (doc[7].head.i, doc[7].dep_) == (8, "nsubj")


def test_the_speaker_of_a_closing_attribution_fights_no_one(nlp):
    ex, labels = read(nlp, "Georgia closed its border with Russia because of fighting between Ossetians and Ingush, "
                           "an editor at the official Georgian news agency said.")
    for e in asserted(ex, "ASSAULT"):
        assert "editor" not in " ".join(names(labels, e.actors))


def test_the_terms_of_a_refusal_promise_nothing(nlp):
    ex, _ = read(nlp, "The junta ruled out any talks with the rebel alliance, arguing that it would negotiate only "
                      "with the United Nations, a spokesman said.")
    assert asserted(ex, "REJECT")
    assert not asserted(ex, "AGREE")


def test_he_in_what_a_participle_says_is_the_participle_doer(nlp):
    ex, labels = read(nlp, "President Ion Iliescu refused to receive Moldova's visiting Prime Minister Andrei Sangheli "
                           "in Bucharest, saying he would only meet him in Chisinau.")
    (meeting,) = [e for e in ex.events if e.trigger.text == "meet"]
    assert names(labels, meeting.actors) == ["Ion Iliescu"]


def test_a_guest_welcomed_for_talks_is_met(nlp):
    ex, labels = read(nlp, "The emir welcomed him in Doha on Sunday for talks on the blockade.")
    assert asserted(ex, "CONSULT") and not asserted(ex, "SUPPORT")
    ex, _ = read(nlp, "The opposition welcomed the verdict in a statement.")
    assert asserted(ex, "SUPPORT") and not asserted(ex, "CONSULT")


def test_reports_and_experts_that_warn_forecast(nlp):
    ex, _ = read(nlp, "Intelligence reports warned of a rebel offensive against the capital.")
    assert not asserted(ex, "THREATEN")
    ex, _ = read(nlp, "The army warned the rebels of severe consequences.")
    assert asserted(ex, "THREATEN")


def test_what_a_demand_asks_for_in_a_clause_is_not_done(nlp):
    ex, _ = read(nlp, "Mobutu brushed aside opposition demands that he step down.")
    assert asserted(ex, "REJECT")
    assert not asserted(ex, "RETREAT")
    ex, _ = read(nlp, "The general ignored calls that he resign.")
    assert not asserted(ex, "RETREAT")


def test_a_demand_with_a_penalty_for_not_meeting_it_is_an_ultimatum(nlp):
    ex, labels = read(nlp, "The junta told the miners to end their strike or face dismissal.")
    (threat,) = asserted(ex, "THREATEN")
    assert threat.mode == "ultimatum" and names(labels, threat.recipients) == ["miners"]
    assert not asserted(ex, "REQUEST")
    ex, _ = read(nlp, "The junta told the miners to end their strike.")
    assert asserted(ex, "REQUEST") and not asserted(ex, "THREATEN")


def test_ties_that_came_to_an_end_were_cut(nlp):
    ex, _ = read(nlp, "Liberia's diplomatic relationship with Taiwan came to an end on Friday.")
    assert asserted(ex, "SANCTION")
    ex, _ = read(nlp, "The meeting came to an end on Friday.")
    assert not asserted(ex, "SANCTION")


def test_a_seat_put_on_ice_is_suspended(nlp):
    ex, labels = read(nlp, "Fiji's seat in the councils of the Commonwealth was put on ice by the group's watchdog on Monday.")
    (suspension,) = asserted(ex, "SANCTION")
    assert suspension.actors


def test_vehicles_named_with_a_people_word_are_no_group(nlp):
    # ("personnel carriers" end in -ers like "workers" and have "personnel" in them: still machines)
    ex, labels = read(nlp, "Britain delivered 40 armoured personnel carriers to the Kenyan army on Monday.")
    assert not [e for e in ex.entities if "carriers" in e.label]
    (aid,) = asserted(ex, "AID")
    assert names(labels, aid.recipients) == ["Kenyan army"]


def test_a_toll_left_by_no_event_does_not_break_the_sentence(nlp):
    # (a tally with no event of its own, its number on the people left: the reader used to fail on the whole article)
    ex, labels = read(nlp, "On Monday, Chile and Peru held talks on the recent outbreak of violence that has left "
                           "more than 40 people dead.")
    assert asserted(ex, "CONSULT")
    ex, _ = read(nlp, "Spain and Portugal on Sunday offered help in the wake of the floods, which have left up to "
                      "12 people dead and displaced over 250,000.")
    assert asserted(ex, "AGREE")
