"""Rules of the thirteenth quality pass, tested on sentences written for these tests.

Title Case headlines: a name NER reads across the headline's verb ("Kenya Arrests") ends before the
verb, and a "name" ending in an event noun ("Regional Crackdown") is none; a participant noun in
front of an event noun does it ("a police raid", "a rebel ambush"); an act whose subject is another
event of the sentence is done by that event's doers ("The raid, carried out by special forces,
freed …"); resorting to a charge ("resorted to lathi-charge") is the force of whoever resorts; a
strike against a policy is a protest; a recalled envoy is the recaller's own; a place in an on-phrase is
where named victims were hit; what a proposed or vetoed text would do is not done; a forcible return is a
deportation; a year is no count; who is punished for a deed did it, and the deed is alleged.
"""

from __future__ import annotations

from kg.nlp.casing import headline_end
from nlp_helpers import asserted, names, read

HEADLINE = ("Kenya Arrests 20 in Regional Crackdown\n\n"
            "NAIROBI, Kenya — Kenyan police arrested 20 people on Monday in a crackdown on smuggling, officials said.")


def test_a_title_case_first_line_is_a_headline(nlp):
    doc = nlp(HEADLINE)
    end = headline_end(list(doc))
    assert doc[end - 1].text == "Crackdown" and not doc[end].text.strip()  # (the line ends at its newline)
    assert headline_end(list(nlp("Kenyan police arrested 20 people on Monday.\n\nOfficials said so."))) == 0
    assert headline_end(list(nlp("KENYA ARRESTS 20\n\nNairobi police arrested 20 people."))) == 0


def test_a_headline_name_ends_before_the_verb(nlp):
    ex, labels = read(nlp, HEADLINE)
    by_label = {e.label: e for e in ex.entities}
    assert "Kenya Arrests" not in by_label and "Regional Crackdown" not in by_label
    assert by_label["Kenya"].cls == "Country"
    (arrest,) = asserted(ex, "COERCE")
    assert "Kenya Arrests" not in names(labels, arrest.actors)
    assert names(labels, arrest.recipients) == ["20 people"]


def test_ordinary_first_lines_keep_their_names(nlp):
    ex, _ = read(nlp, "President Nicolas Maduro Released Leopoldo Lopez On Friday.\n\nThe release came after talks.")
    assert "Nicolas Maduro" in {e.label for e in ex.entities}  # (a first line closed by a full stop is no headline)


def test_a_participant_in_front_of_an_event_noun_does_it(nlp):
    ex, labels = read(nlp, "A police raid on the camp freed 40 bonded labourers.")
    (raid,) = asserted(ex, "COERCE")
    assert names(labels, raid.actors) == ["police"]
    # ("rebel" is tagged as an adjective here)
    ex, labels = read(nlp, "A rebel ambush killed five soldiers near the border.")
    (killing,) = asserted(ex, "ASSAULT")
    assert names(labels, killing.actors) == ["rebel"] and names(labels, killing.recipients) == ["five soldiers"]
    ex, labels = read(nlp, "Student arrests continued in the capital.")
    (arrest,) = asserted(ex, "COERCE")
    assert names(labels, arrest.recipients) == ["Student"] and not arrest.actors


def test_an_event_as_subject_lends_its_doers(nlp):
    ex, labels = read(nlp, "The raid, carried out by special forces, freed three hostages.")
    # (security forces freeing hostages is a rescue, PLOVER's AID, since round 26)
    (rescue,) = asserted(ex, "AID")
    assert names(labels, rescue.actors) == ["special forces"]
    assert names(labels, rescue.recipients) == ["three hostages"]


def test_resorting_to_a_charge_is_the_force_of_whoever_resorts(nlp):
    # the tokenizer splits "lathi-charge" and the phrase's head is "charge"
    ex, labels = read(nlp, "the police resorted to lathi-charge to disperse the protesters.")
    (force,) = asserted(ex, "ASSAULT")
    assert names(labels, force.actors) == ["police"] and names(labels, force.recipients) == ["protesters"]


def test_a_strike_against_a_policy_is_a_protest(nlp):
    ex, labels = read(nlp, "Thousands of workers walked off the job on Monday in a nationwide strike against pension cuts.")
    assert "ASSAULT" not in {e.type for e in asserted(ex)}
    ex, labels = read(nlp, "The teachers' strike against the new law entered its third week.")
    (strike,) = asserted(ex)
    assert strike.type == "PROTEST" and names(labels, strike.actors) == ["teachers"]
    # an air strike against a group is still an attack
    ex, labels = read(nlp, "A drone strike against militants in the north killed four.")
    assert {e.type for e in asserted(ex)} == {"ASSAULT"}


def test_a_recalled_envoy_is_the_recallers_own(nlp):
    ex, labels = read(nlp, "Ethiopia recalled its ambassador from Egypt over the dam dispute.")
    (recall,) = asserted(ex, "SANCTION")
    assert names(labels, recall.actors) == ["Ethiopia"] and names(labels, recall.recipients) == ["Egypt"]
    ex, labels = read(nlp, "France recalled its ambassadors to the United States and Australia.")
    (recall,) = asserted(ex, "SANCTION")
    assert sorted(names(labels, recall.recipients)) == ["Australia", "United States"]


def test_a_place_in_an_on_phrase_is_where_the_named_victims_were_hit(nlp):
    ex, labels = read(nlp, "Gunmen abducted a local official and his two bodyguards on the road to the airport.")
    (abduction,) = asserted(ex, "ASSAULT")
    assert names(labels, abduction.recipients) == ["local official", "two bodyguards"]
    ex, labels = read(nlp, "Police fired tear gas at protesters on the main square.")
    (attack,) = asserted(ex, "ASSAULT")
    assert names(labels, attack.recipients) == ["protesters"]
    # what is dropped hits no one: the town it is dropped on is the target
    ex, labels = read(nlp, "Iraqi aircraft dropped mustard gas on the Kurdish town of Halabja.")
    (attack,) = asserted(ex, "ASSAULT")
    assert names(labels, attack.recipients) == ["Kurdish town of Halabja"]


def test_what_a_proposed_or_stopped_text_would_do_is_not_done(nlp):
    ex, labels = read(nlp, "Russia vetoed a draft resolution condemning the annexation.")
    assert {e.type for e in asserted(ex)} == {"REJECT"}
    ex, labels = read(nlp, "The opposition tabled a bill banning foreign funding of NGOs.")
    assert "COERCE" not in {e.type for e in asserted(ex)}
    # an adopted text says what it says, and its maker says it
    ex, labels = read(nlp, "The Security Council adopted a resolution condemning the attack.")
    (condemnation,) = asserted(ex, "ACCUSE")
    assert names(labels, condemnation.actors) == ["United Nations Security Council"]


def test_a_forcible_return_is_a_deportation(nlp):
    ex, labels = read(nlp, "Hundreds of refugees were forcibly returned to Myanmar.")
    (deportation,) = asserted(ex)
    assert (deportation.type, deportation.fine) == ("COERCE", "Deportation")
    ex, labels = read(nlp, "Thousands of refugees returned to Myanmar after the ceasefire.")
    assert "COERCE" not in {e.type for e in asserted(ex)}


def test_a_year_before_an_event_noun_is_no_count(nlp):
    ex, labels = read(nlp, "The president apologised to the victims of the 1980 massacre.")
    (massacre,) = asserted(ex, "ASSAULT")
    assert not massacre.counts
    ex, labels = read(nlp, "Six killings were reported in the district.")
    (killings,) = asserted(ex, "ASSAULT")
    assert [(c.kind, c.value) for c in killings.counts] == [("dead", 6)]


def test_who_is_punished_for_a_deed_did_it_and_it_is_alleged(nlp):
    ex, labels = read(nlp, "The US imposed sanctions on two Iranian companies for supplying drones to Russia.")
    (supply,) = [e for e in ex.events if e.type == "AID"]
    assert supply.hypothetical and names(labels, supply.actors) == ["two Iranian companies"]
    ex, labels = read(nlp, "Two youths were held by the police for allegedly harassing a college student.")
    (arrest,) = asserted(ex)
    assert arrest.fine == "Arrest" and names(labels, arrest.recipients) == ["Two youths"]
