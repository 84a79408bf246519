"""Rules of the twenty-first quality pass, tested on sentences written for these tests.

One incident told twice in a sentence is one event: a purpose of the act's own kind, a subjectless
participle after a comma wherever the parse hangs it, a relative clause the parse hangs on an attack's
target, a passive relative clause on the one a visit was paid to.
"""

from __future__ import annotations

from nlp_helpers import asserted, names, read


def test_a_purpose_of_the_acts_own_kind_is_one_event(nlp):
    ex, labels = read(nlp, "The Finnish president telephoned his Estonian counterpart on Monday to discuss the grid link.")
    consults = asserted(ex, "CONSULT")
    assert len(consults) == 1, [(e.trigger.text, e.type) for e in ex.events]
    assert consults[0].trigger.text == "telephoned"
    ex, labels = read(nlp, "Norway flew 40 doctors to Nepal to treat survivors of the earthquake.")
    aid = asserted(ex, "AID")
    assert len(aid) == 1 and aid[0].trigger.text == "flew", [(e.trigger.text, e.type) for e in ex.events]
    assert "survivors" in " ".join(names(labels, aid[0].recipients))
    # what an attack was meant to do it did not do: the shelling stays an attack, no killing is asserted
    ex, labels = read(nlp, "The army shelled the village to kill the rebel commander.")
    assaults = asserted(ex, "ASSAULT")
    assert len(assaults) == 1 and assaults[0].fine == "Attack", [(e.trigger.text, e.fine) for e in ex.events]


def test_a_trailing_toll_below_a_relative_clause_is_the_attacks(nlp):
    ex, labels = read(nlp, "Soldiers in Conakry fired on supporters of the Union of Democratic Forces who had massed to "
                           "challenge the results, killing at least 11 people.")
    assaults = asserted(ex, "ASSAULT")
    assert len(assaults) == 1, [(e.trigger.text, e.type) for e in ex.events]
    assert assaults[0].fine == "Killing"
    assert any(c.kind == "dead" and c.value == 11 for c in assaults[0].counts)
    assert names(labels, assaults[0].actors) == ["Soldiers in Conakry"]
    # a participle with a subject of its own is no toll of the act
    ex, _ = read(nlp, "Soldiers opened fire on the convoy, and rebels later ambushed a patrol, killing four.")
    assert len(asserted(ex, "ASSAULT")) >= 2


def test_a_relative_clause_on_the_target_of_an_attack_noun_is_the_attack(nlp):
    ex, labels = read(nlp, "The group claimed responsibility for the bombing of a bank branch in Quetta that wounded "
                           "six customers.")
    assaults = asserted(ex, "ASSAULT")
    assert len(assaults) == 1, [(e.trigger.text, e.type) for e in ex.events]
    assert any(c.kind == "injured" and c.value == 6 for c in assaults[0].counts)
    assert not any("bank" in labels[k] for k in assaults[0].actors)


def test_a_guest_welcomed_in_a_relative_clause_is_the_same_visit(nlp):
    ex, labels = read(nlp, "Kenya's president played host on Monday to the Tanzanian leader, who was received with a "
                           "21-gun salute at the state house in Nairobi.")
    consults = asserted(ex, "CONSULT")
    assert len(consults) == 1, [(e.trigger.text, e.type) for e in ex.events]
