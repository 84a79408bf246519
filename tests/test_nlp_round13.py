"""Rules of the thirteenth quality pass, tested on sentences written for these tests.

Title Case headlines: a name NER reads across the headline's verb ("Kenya Arrests") ends before the
verb, and a "name" ending in an event noun ("Regional Crackdown") is none; a participant noun in
front of an event noun does it ("a police raid"); an act whose subject is another event of the
sentence is done by that event's doers ("The raid, carried out by special forces, freed …").
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
    ex, labels = read(nlp, "Student arrests continued in the capital.")
    (arrest,) = asserted(ex, "COERCE")
    assert names(labels, arrest.recipients) == ["Student"] and not arrest.actors


def test_an_event_as_subject_lends_its_doers(nlp):
    ex, labels = read(nlp, "The raid, carried out by special forces, freed three hostages.")
    (release,) = asserted(ex, "RETREAT")
    assert names(labels, release.actors) == ["special forces"]
    assert names(labels, release.recipients) == ["three hostages"]
