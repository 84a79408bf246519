"""Rules of the thirty-fifth quality pass, tested on sentences written for these tests.

The pass began with what round 34 noticed and left (time off "cancelled", a span of joint exercises "wound up", the
date of an act told by a noun under a light verb) and then worked from new blind sets written one CAMEO code per
sentence (CN to CU).
"""

from __future__ import annotations

from kg.nlp.repair import repair_parse
from nlp_helpers import asserted, names, parsed_doc, read

# -------------------------------------------------------------------------------- part 1: what round 34 left


def test_leave_cancelled_is_a_mobilisation_not_a_withdrawal(nlp):
    ex, labels = read(nlp, "The army cancelled all leave for soldiers on Tuesday as tension rose along the border, "
                           "officials said.")
    assert not asserted(ex, "RETREAT")
    (e,) = asserted(ex, "MOBILIZE")
    assert names(labels, e.actors) == ["army"]
    assert e.date is not None and e.date.text == "on Tuesday"


def test_leave_read_as_a_verb_after_all_is_the_object():
    # "The army cancelled all leave on Tuesday ." with "all" read as the object and "leave" as a verb
    words = ["The", "army", "cancelled", "all", "leave", "on", "Tuesday", "."]
    heads = [1, 2, 2, 2, 2, 4, 5, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "dep", "prep", "pobj", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "VBP", "IN", "NNP", "."]
    pos = ["DET", "NOUN", "VERB", "PRON", "VERB", "ADP", "PROPN", "PUNCT"]
    lemmas = ["the", "army", "cancel", "all", "leave", "on", "Tuesday", "."]
    doc = parsed_doc(words, heads, deps, tags, pos, lemmas)
    doc.ents = [doc.char_span(doc[6].idx, doc[6].idx + len("Tuesday"), label="DATE")]
    assert repair_parse(doc) == 3
    assert (doc[4].head.i, doc[4].dep_, doc[4].pos_) == (2, "dobj", "NOUN")
    assert (doc[3].head.i, doc[3].dep_) == (4, "det")
    assert doc[5].head.i == 2  # (the date is the cancelling's)
    # ("told them all to leave": "leave" with an "all" that is no object of the verb before stays a verb)
    words2 = ["Police", "told", "them", "all", "to", "leave", "."]
    heads2 = [1, 1, 1, 2, 5, 1, 1]
    deps2 = ["nsubj", "ROOT", "dobj", "appos", "aux", "xcomp", "punct"]
    tags2 = ["NNS", "VBD", "PRP", "DT", "TO", "VB", "."]
    pos2 = ["NOUN", "VERB", "PRON", "PRON", "PART", "VERB", "PUNCT"]
    lemmas2 = ["police", "tell", "they", "all", "to", "leave", "."]
    assert repair_parse(parsed_doc(words2, heads2, deps2, tags2, pos2, lemmas2)) == 0


def test_a_span_of_exercises_wound_up_is_the_object():
    # "Troops wound up a week of exercises ." with "week" read as a measure (npadvmod) of the verb
    words = ["Troops", "wound", "up", "a", "week", "of", "exercises", "."]
    heads = [1, 1, 1, 4, 1, 4, 5, 1]
    deps = ["nsubj", "ROOT", "prt", "det", "npadvmod", "prep", "pobj", "punct"]
    tags = ["NNS", "VBD", "RP", "DT", "NN", "IN", "NNS", "."]
    pos = ["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN", "PUNCT"]
    lemmas = ["troop", "wind", "up", "a", "week", "of", "exercise", "."]
    doc = parsed_doc(words, heads, deps, tags, pos, lemmas)
    assert repair_parse(doc) == 1
    assert (doc[4].head.i, doc[4].dep_) == (1, "dobj")
    # ("met a week later": a span with no of-phrase stays a measure)
    words2 = ["Troops", "met", "a", "week", "later", "."]
    heads2 = [1, 1, 3, 4, 1, 1]
    deps2 = ["nsubj", "ROOT", "det", "npadvmod", "advmod", "punct"]
    tags2 = ["NNS", "VBD", "DT", "NN", "RB", "."]
    pos2 = ["NOUN", "VERB", "DET", "NOUN", "ADV", "PUNCT"]
    lemmas2 = ["troop", "meet", "a", "week", "later", "."]
    assert repair_parse(parsed_doc(words2, heads2, deps2, tags2, pos2, lemmas2)) == 0


def test_joint_exercises_wound_up_or_concluded_are_cooperation(nlp):
    for verb in ("wound up", "concluded"):
        ex, labels = read(nlp, f"NATO and Ukrainian troops on Thursday {verb} a week of joint exercises near Lviv, the "
                               "defence ministry said.")
        (e,) = asserted(ex, "COOPERATE")
        assert names(labels, e.actors) == ["NATO", "Ukrainian troops"]
        assert e.date is not None and e.date.text == "on Thursday"
        assert not [x for x in ex.events if x.type == "STATEMENT" and x.trigger.text == "concluded"]
    # (a conclusion drawn is still a statement)
    ex, _ = read(nlp, "The commission concluded that the army had killed 40 civilians.")
    assert [x for x in ex.events if x.type == "STATEMENT" and x.trigger.text == "concluded"]


def test_the_date_of_an_act_told_by_a_noun_under_a_light_verb(nlp):
    ex, _ = read(nlp, "The two sides held a third round of talks in Oslo on Friday.")
    (e,) = asserted(ex, "CONSULT")
    assert e.date is not None and e.date.text == "on Friday"
    ex, _ = read(nlp, "The two sides on Friday held talks in Oslo.")
    (e,) = asserted(ex, "CONSULT")
    assert e.date is not None and e.date.text == "on Friday"
