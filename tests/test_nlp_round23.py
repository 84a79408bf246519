"""Rules of the twenty-third quality pass, tested on sentences written for these tests.

Aid and talks put on hold, crowds that gather (with the parser's misreadings of "put on hold X", "massed in front
of" and "gathered outside parliament" set right first).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.nlp.repair import repair_parse
from nlp_helpers import asserted, names, read


def _doc(words, heads, deps, tags, pos, lemmas):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_put_on_hold_with_the_object_after_the_idiom_is_repaired():
    # "japan put on hold a loan ." read as put → dobj "hold", "loan" hanging on "on"
    doc = _doc(["japan", "put", "on", "hold", "a", "loan", "."], [1, 1, 1, 1, 5, 2, 1],
               ["nsubj", "ROOT", "prep", "dobj", "det", "dobj", "punct"],
               ["NNP", "VBD", "IN", "NN", "DT", "NN", "."], ["PROPN", "VERB", "ADP", "NOUN", "DET", "NOUN", "PUNCT"],
               ["japan", "put", "on", "hold", "a", "loan", "."])
    assert repair_parse(doc) == 3
    assert (doc[2].head.i, doc[2].dep_) == (1, "prep")
    assert (doc[3].head.i, doc[3].dep_) == (2, "pobj")
    assert (doc[5].head.i, doc[5].dep_) == (1, "dobj")
    # ("put the loan on hold" is read right and left alone)
    doc = _doc(["japan", "put", "the", "loan", "on", "hold", "."], [1, 1, 3, 1, 1, 4, 1],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
               ["NNP", "VBD", "DT", "NN", "IN", "NN", "."], ["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
               ["japan", "put", "the", "loan", "on", "hold", "."])
    assert repair_parse(doc) == 0


def test_aid_put_on_hold_is_a_sanction_not_aid(nlp):
    for text in ("The Development Bank put on hold 40 million dollars in credits to Malawi over the arrests.",
                 "Norway placed on hold a 90 million dollar loan to Zambia on Friday.",
                 "The donors put on ice their funding for the health ministry."):
        ex, labels = read(nlp, text)
        assert [e.type for e in asserted(ex)] == ["SANCTION"], (text, [(e.type, e.trigger.text) for e in ex.events])
    ex, labels = read(nlp, "Norway placed on hold a 90 million dollar loan to Zambia on Friday.")
    (e,) = asserted(ex)
    assert names(labels, e.actors) == ["Norway"] and names(labels, e.recipients) == ["Zambia"]


def test_a_crowd_that_gathers_demanding_something_protests(nlp):
    ex, labels = read(nlp, "Several hundred teachers gathered outside the education ministry on Tuesday, demanding "
                           "the dismissal of the minister.")
    (e,) = asserted(ex, "PROTEST")
    assert e.trigger.text == "gathered"
    assert names(labels, e.actors) == ["Several hundred teachers"]
    assert "education ministry" not in names(labels, e.recipients)  # where they gathered is no target
    ex, _ = read(nlp, "Thousands of pensioners assembled in the main square, chanting slogans against the pension cut.")
    assert [e.trigger.text for e in asserted(ex, "PROTEST")] == ["assembled"]
    # a crowd that gathers to welcome someone does not protest
    ex, _ = read(nlp, "Relatives gathered at the airport, holding photographs of the freed prisoners.")
    assert asserted(ex, "PROTEST") == []


def test_a_crowd_verb_read_as_a_reduced_relative_is_the_sentence_verb(nlp):
    # (the parser reads "massed" as a participle of "farmers", which it makes the root)
    ex, labels = read(nlp, "Some 3,000 farmers massed in front of the agriculture ministry, chanting slogans.")
    (e,) = asserted(ex, "PROTEST")
    assert names(labels, e.actors) == ["Some 3,000 farmers"] and e.recipients == ()


def test_civilians_massing_protest_and_troops_massing_mobilize(nlp):
    ex, labels = read(nlp, "Some 2,000 fishermen massed in front of the governor's office.")
    assert [e.type for e in asserted(ex)] == ["PROTEST"]
    for text in ("Troops massed in front of the presidential palace.", "Syria massed troops on the border."):
        ex, _ = read(nlp, text)
        assert [e.type for e in asserted(ex)] == ["MOBILIZE"], text


def test_a_place_read_as_the_object_of_a_crowd_verb_is_repaired():
    # "crowds gathered outside parliament ." read as gathered → dobj "parliament" with "outside" its adjective
    doc = _doc(["crowds", "gathered", "outside", "parliament", "."], [1, 1, 3, 1, 1],
               ["nsubj", "ROOT", "amod", "dobj", "punct"], ["NNS", "VBD", "JJ", "NN", "."],
               ["NOUN", "VERB", "ADJ", "NOUN", "PUNCT"], ["crowd", "gather", "outside", "parliament", "."])
    assert repair_parse(doc) == 2
    assert (doc[2].head.i, doc[2].dep_) == (1, "prep") and (doc[3].head.i, doc[3].dep_) == (2, "pobj")
    # ("built an outside toilet": a verb that takes an object keeps it)
    doc = _doc(["they", "built", "outside", "toilets", "."], [1, 1, 3, 1, 1],
               ["nsubj", "ROOT", "amod", "dobj", "punct"], ["PRP", "VBD", "JJ", "NNS", "."],
               ["PRON", "VERB", "ADJ", "NOUN", "PUNCT"], ["they", "build", "outside", "toilet", "."])
    assert repair_parse(doc) == 0
