"""Rules of the fourteenth quality pass, tested on sentences written for these tests.

Who holds a gathering that is broken up is whom the breaking up targets, also when the parse hangs the
by-phrase on the verb or names them as a modifier ("the opposition rally"), and the gathering stays an
event; "break up" a protest is coercion; a verb of receiving turns the roles round ("received 20
tanks from Poland": Poland aids); a from-phrase names who warns or criticises someone who "received
a warning" or "faced criticism"; "came under attack" is an attack, with the clause's condition or
negation; the parties that agree are no count; a participle of the outcome hung on the act's purpose
("fired tear gas to break up a march, killing five") is still the one incident; a partner phrase hung on
the verb belongs to the event object ("suspended trade talks with Beijing"), as does the partner of a
trigger phrase's own object ("held talks with Macron"); force used with a weapon is the coercive act;
what explodes or is fired is no target; an act told after another ("… after rockets were fired") stays
its own; who an act is blamed on is accused, never its target; a relative clause after nested place
phrases, or one "in which" people died, tells of the attack; a relative pronoun subject is its noun; a
singular pronoun with no named antecedent can stand for a participant described ("the suspect … He");
a sum pledged is promised; a failure to agree is a rejection; a question asked is a statement.
"""

from __future__ import annotations

from nlp_helpers import asserted, names, read


def test_the_holders_of_a_broken_up_gathering_are_its_targets(nlp):
    ex, labels = read(nlp, "Riot police dispersed a protest by nurses outside the ministry.")
    (dispersal,) = asserted(ex, "COERCE")
    assert names(labels, dispersal.actors) == ["Riot police"]
    assert names(labels, dispersal.recipients) == ["nurses"]
    (protest,) = asserted(ex, "PROTEST")  # the gathering took place
    assert names(labels, protest.actors) == ["nurses"]
    ex, labels = read(nlp, "Soldiers broke up the opposition rally in the port city.")
    (dispersal,) = asserted(ex, "COERCE")
    assert dispersal.trigger.text == "broke up" and names(labels, dispersal.recipients) == ["opposition"]


def test_a_gathering_broken_up_in_a_purpose_clause_took_place(nlp):
    ex, labels = read(nlp, "Police used water cannon to break up a march by farmers in the capital.")
    (march,) = asserted(ex, "PROTEST")
    assert march.trigger.text == "march"
    assert any(e.type == "COERCE" and e.hypothetical for e in ex.events)  # (the purpose itself is not asserted)


def test_a_ban_names_the_holders_of_what_it_bans(nlp):
    ex, labels = read(nlp, "The junta banned a march by monks.")  # (the by-phrase parsed as the verb's)
    (ban,) = asserted(ex, "COERCE")
    assert names(labels, ban.recipients) == ["monks"]


def test_the_subject_of_receiving_is_aided_by_the_giver(nlp):
    ex, labels = read(nlp, "Chad received two helicopters from France in March.")
    (aid,) = asserted(ex, "AID")
    assert names(labels, aid.actors) == ["France"] and names(labels, aid.recipients) == ["Chad"]
    ex, labels = read(nlp, "The flood victims received blankets and medicine from the Red Crescent.")
    (aid,) = asserted(ex, "AID")
    assert names(labels, aid.actors) == ["Red Crescent"] and names(labels, aid.recipients) == ["flood victims"]
    ex, _ = read(nlp, "The president received the ambassador of Peru.")  # (a visit stays a meeting)
    assert not asserted(ex, "AID")


def test_who_warns_or_criticises_an_undergoer_is_in_the_from_phrase(nlp):
    ex, labels = read(nlp, "The governor received a stern warning from the federal government.")
    (warning,) = asserted(ex, "THREATEN")
    assert names(labels, warning.actors) == ["federal government"] and names(labels, warning.recipients) == ["governor"]
    ex, labels = read(nlp, "The mayor faced sharp criticism from rights groups.")
    (criticism,) = asserted(ex, "ACCUSE")
    assert names(labels, criticism.actors) == ["rights groups"] and names(labels, criticism.recipients) == ["mayor"]


def test_came_under_attack_is_an_attack_with_its_clause_status(nlp):
    ex, labels = read(nlp, "The convoy came under attack from gunmen near the border.")
    (attack,) = asserted(ex, "ASSAULT")
    assert names(labels, attack.actors) == ["gunmen"] and names(labels, attack.recipients) == ["convoy"]
    ex, _ = read(nlp, "The ministry said it would retaliate if its ships came under attack.")
    assert [e.hypothetical for e in ex.events if e.trigger.text == "attack"] == [True]
    ex, _ = read(nlp, "The convoy never came under attack.")
    assert [e.negated for e in ex.events if e.trigger.text == "attack"] == [True]
    ex, _ = read(nlp, "He was released from house arrest under a new law.")
    assert not any(e.type == "ASSAULT" for e in ex.events)


def test_the_parties_that_agree_are_no_count(nlp):
    ex, _ = read(nlp, "The two parties agreed on a new timetable.")
    (deal,) = asserted(ex, "AGREE")
    assert not deal.counts
    ex, _ = read(nlp, "Two hundred workers protested outside the factory.")
    (protest,) = asserted(ex, "PROTEST")
    assert [(c.kind, c.value) for c in protest.counts] == [("count", 200)]


def test_an_outcome_hung_on_the_purpose_is_the_same_incident(nlp):
    ex, labels = read(nlp, "Troops fired live rounds to break up a rally by students, killing three people.")
    (killing,) = asserted(ex, "ASSAULT")
    assert names(labels, killing.actors) == ["Troops"]
    assert [(c.kind, c.value) for c in killing.counts] == [("dead", 3)]


def test_a_partner_phrase_hung_on_the_verb_belongs_to_the_event_object(nlp):
    ex, labels = read(nlp, "Washington suspended trade talks with Beijing.")
    (suspension,) = asserted(ex, "SANCTION")
    assert names(labels, suspension.recipients) == ["Beijing"]


def test_force_used_with_a_weapon_is_the_coercive_act(nlp):
    ex, labels = read(nlp, "Police dispersed the protesters with tear gas.")
    assert not asserted(ex, "COERCE")
    (force,) = asserted(ex, "ASSAULT")
    assert names(labels, force.actors) == ["Police"] and names(labels, force.recipients) == ["protesters"]


def test_what_explodes_after_being_planted_is_no_target(nlp):
    ex, labels = read(nlp, "The bomb was planted under a bench and exploded at noon.")
    (blast,) = asserted(ex, "ASSAULT")
    assert "bomb" not in names(labels, blast.recipients)


def test_what_is_fired_is_the_means_not_the_target(nlp):
    ex, labels = read(nlp, "Three rockets were fired at the airport.")
    (attack,) = asserted(ex, "ASSAULT")
    assert names(labels, attack.recipients) == ["airport"]


def test_an_act_after_another_stays_two_acts_but_a_death_after_a_beating_is_one(nlp):
    ex, labels = read(nlp, "Guards opened fire after the convoy was attacked near the border.")
    fire, attack = sorted(asserted(ex, "ASSAULT"), key=lambda e: e.trigger.start)
    assert names(labels, fire.actors) == ["Guards"] and not fire.recipients  # (the convoy is not what the guards hit)
    assert names(labels, attack.recipients) == ["convoy"]
    ex, labels = read(nlp, "A prisoner died after he was beaten by guards.")
    (death,) = asserted(ex, "ASSAULT")
    assert names(labels, death.actors) == ["guards"] and names(labels, death.recipients) == ["prisoner"]


def test_who_an_act_is_blamed_on_is_accused_and_not_its_target(nlp):
    ex, labels = read(nlp, "The governor blamed the ambush on bandits.")
    (blame,) = asserted(ex, "ACCUSE")
    assert names(labels, blame.recipients) == ["bandits"]
    (ambush,) = asserted(ex, "ASSAULT")
    assert "bandits" not in names(labels, ambush.recipients)
    ex, labels = read(nlp, "Four guards died in the raid, which was blamed on the militia.")
    (blame,) = asserted(ex, "ACCUSE")
    assert names(labels, blame.recipients) == ["militia"]


def test_a_relative_clause_after_nested_place_phrases_tells_of_the_attack(nlp):
    ex, labels = read(nlp, "The rocket attack on a school in Kandahar, which killed six pupils, shocked the country.")
    (killing,) = [e for e in asserted(ex, "ASSAULT") if e.counts]
    assert "Kandahar" not in names(labels, killing.actors)
    assert [(c.kind, c.value) for c in killing.counts] == [("dead", 6)]


def test_what_happened_in_an_event_a_relative_clause_tells_of_is_that_event(nlp):
    ex, labels = read(nlp, "police resorted to firing in which two persons were killed.")
    (firing,) = asserted(ex, "ASSAULT")
    assert names(labels, firing.actors) == ["police"] and [(c.kind, c.value) for c in firing.counts] == [("dead", 2)]
    ex, labels = read(nlp, "Gunmen ambushed a bus near the pass in which eleven pilgrims died.")
    (ambush,) = asserted(ex, "ASSAULT")
    assert names(labels, ambush.actors) == ["Gunmen"]


def test_a_relative_pronoun_subject_is_the_noun_it_tells_of(nlp):
    ex, labels = read(nlp, "Police beat the nurses who were protesting outside the hospital.")
    (protest,) = asserted(ex, "PROTEST")
    assert names(labels, protest.actors) == ["nurses"] and not asserted(ex, "ACCUSE")
    ex, _ = read(nlp, "Norway gave asylum to an army colonel who fled the country.")
    assert not asserted(ex, "RETREAT")  # (a colonel who flees is no withdrawal of forces)


def test_forcible_removal_by_police_is_coercion(nlp):
    ex, labels = read(nlp, "the squatters were forcibly removed by the police.")
    (removal,) = asserted(ex, "COERCE")
    assert names(labels, removal.actors) == ["police"] and names(labels, removal.recipients) == ["squatters"]


def test_an_arrest_for_breaking_standing_orders(nlp):
    ex, labels = read(nlp, "the cops rounded up 14 traders for violating prohibitory orders.")
    (arrest,) = asserted(ex, "COERCE")
    assert [(c.kind, c.value) for c in arrest.counts] == [("arrested", 14)]
    assert not asserted(ex, "REJECT") and not asserted(ex, "REQUEST")  # an alleged deed; an order in force
    ex, labels = read(nlp, "the sho and two constables thrashed a vendor near the market.")
    (beating,) = asserted(ex, "ASSAULT")
    assert names(labels, beating.actors) == ["sho", "two constables"]


def test_the_partner_of_a_trigger_phrase_object_receives(nlp):
    ex, labels = read(nlp, "The Swiss foreign minister held talks with Lavrov in Geneva.")
    (talks,) = asserted(ex, "CONSULT")
    assert names(labels, talks.recipients) == ["Lavrov"]


def test_a_sum_pledged_or_given_in_aid(nlp):
    ex, labels = read(nlp, "Canada pledged 30 million dollars in aid to Haiti.")
    assert not asserted(ex, "AID")  # (pledged, not yet given)
    (pledge,) = asserted(ex, "AGREE")
    assert names(labels, pledge.recipients) == ["Haiti"]
    ex, labels = read(nlp, "Kuwait gave 40 million dollars in loans to Jordan.")
    (aid,) = asserted(ex, "AID")
    assert names(labels, aid.recipients) == ["Jordan"]



def test_a_singular_pronoun_can_stand_for_an_unnamed_participant(nlp):
    ex, labels = read(nlp, "Police detained a farmer on Tuesday. He was charged with arson.")
    (charge,) = asserted(ex, "ACCUSE")
    assert names(labels, charge.recipients) == ["farmer"]
    ex, labels = read(nlp, "The navy said its ships had rescued 40 migrants. It added that two boats sank.")
    said = [e for e in asserted(ex, "STATEMENT") if e.trigger.text == "added"]
    assert [names(labels, e.actors) for e in said] == [["navy"]]
    # (a named person stays the antecedent of "he")
    ex, labels = read(nlp, "Judge Maria Lopez met a defendant. She said the trial would resume.")
    (statement,) = asserted(ex, "STATEMENT")
    assert names(labels, statement.actors) == ["Maria Lopez"]


def test_a_second_act_told_after_before_stays_its_own(nlp):
    ex, labels = read(nlp, "A gunman killed three shoppers before he was shot dead by a guard.")
    killings = sorted(asserted(ex, "ASSAULT"), key=lambda e: e.trigger.start)
    assert [names(labels, e.actors) for e in killings] == [["gunman"], ["guard"]]


def test_a_failure_to_agree_is_a_rejection(nlp):
    ex, labels = read(nlp, "India and Pakistan failed to agree on a joint statement.")
    (rejection,) = asserted(ex, "REJECT")
    assert names(labels, rejection.actors) == ["India", "Pakistan"]
    assert not asserted(ex, "AGREE")
    ex, _ = read(nlp, "The talks did not fail to agree on a date.")  # (no failure, no rejection)
    assert not asserted(ex, "REJECT")


def test_a_question_asked_is_a_statement_and_its_asker_may_follow_the_verb(nlp):
    ex, labels = read(nlp, '"Where did the money go?" asked the prosecutor.')
    (question,) = asserted(ex, "STATEMENT")
    assert names(labels, question.actors) == ["prosecutor"] and not asserted(ex, "REQUEST")
    ex, labels = read(nlp, "The senator asked whether the contract was legal.")
    assert [e.type for e in asserted(ex)] == ["STATEMENT"]
    ex, labels = read(nlp, "The UN asked Syria to open the border.")  # (asking someone to act stays a request)
    (request,) = asserted(ex, "REQUEST")
    assert names(labels, request.recipients) == ["Syria"]
    ex, labels = read(nlp, '"We stand by our report," she told reporters.')  # (the addressee is no speaker)
    (statement,) = asserted(ex, "STATEMENT")
    assert "reporters" not in names(labels, statement.actors)
