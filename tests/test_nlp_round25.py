"""Rules of the twenty-fifth quality pass, tested on sentences written for these tests.

An act ruled out ("lifting the embargo is out of the question") or wanted as a purpose ("so that strikes are
outlawed", with "that" read as a determiner) is not asserted; a kind of act outlawed ("strikes were banned") is no
occurrence; a bare verb under "for" ("pushing for the US support its plan") is wanted; a name the model tags up to
an opening bracket ends before it; and one parse repair (an active past verb read as a reduced relative in a
sentence with no verb of its own).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from nlp_helpers import asserted, names, read


def _doc(words, heads, deps, tags, pos, lemmas):
    """A parsed one-sentence Doc built by hand (the parse fixed, so the statistical model cannot drift)."""
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_an_act_ruled_out_is_not_asserted(nlp):
    for text in ("Officials in Oslo said on Monday that easing the sanctions on Belarus was out of the question.",
                 "Lifting the arms embargo is unthinkable while the fighting goes on, the Dutch minister said."):
        ex, _ = read(nlp, text)
        assert not asserted(ex, "RETREAT"), text
        assert [e for e in ex.events if e.type == "RETREAT"], text  # read, but flagged
    # an act that happened is still one
    ex, _ = read(nlp, "Lifting the arms embargo angered Ankara, the Dutch minister said.")
    assert asserted(ex, "RETREAT")


def test_a_purpose_with_so_that_is_not_asserted(nlp):
    ex, _ = read(nlp, "Parliament amended the penal code so that same-sex unions are banned.")
    assert not asserted(ex, "COERCE")
    ex, _ = read(nlp, "The junta rewrote the labour code so that strikes were outlawed in the mines.")
    assert not asserted(ex, "PROTEST") and not asserted(ex, "COERCE")


def test_a_name_ends_before_a_bracket_it_does_not_close(nlp):
    ex, labels = read(nlp, "The Homeland Union (Conservatives) began collecting signatures in Vilnius.")
    (e,) = asserted(ex, "PROTEST")
    assert names(labels, e.actors) == ["Homeland Union"]


def test_a_bare_verb_under_for_is_wanted_not_done(nlp):
    ex, _ = read(nlp, "France is pushing for the European Union support its plan to rebuild schools in Mali.")
    assert not asserted(ex, "SUPPORT")
    assert [e for e in ex.events if e.type == "SUPPORT"]  # read, but flagged


def test_a_verb_with_an_object_read_as_a_reduced_relative_is_the_root():
    # "Nurses from three Swiss charities donated and delivered 40 tonnes of flour to Grozny": the parser read
    # "donated" as a reduced relative on "charities" ("charities [that were] donated") and made "Nurses" the root
    from kg.nlp.repair import repair_parse
    words = ["Nurses", "from", "three", "Swiss", "charities", "donated", "and", "delivered", "40", "tonnes", "of",
             "flour", "to", "Grozny", "."]
    heads = [0, 0, 4, 4, 1, 4, 5, 5, 9, 7, 9, 10, 9, 12, 0]
    deps = ["ROOT", "prep", "nummod", "amod", "pobj", "acl", "cc", "conj", "nummod", "dobj", "prep", "pobj", "prep",
            "pobj", "punct"]
    tags = ["NNS", "IN", "CD", "JJ", "NNS", "VBN", "CC", "VBD", "CD", "NNS", "IN", "NN", "IN", "NNP", "."]
    pos = ["NOUN", "ADP", "NUM", "ADJ", "NOUN", "VERB", "CCONJ", "VERB", "NUM", "NOUN", "ADP", "NOUN", "ADP", "PROPN",
           "PUNCT"]
    lemmas = ["nurse", "from", "three", "swiss", "charity", "donate", "and", "deliver", "40", "tonne", "of", "flour",
              "to", "Grozny", "."]
    doc = _doc(words, heads, deps, tags, pos, lemmas)
    assert repair_parse(doc) > 0
    assert [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Nurses", "donated", ".")] == [
        ("Nurses", "nsubj", "donated"), ("donated", "ROOT", "donated"), (".", "punct", "donated")]
    # a real reduced relative keeps its reading: "Troops from three countries deployed in Mali ." has no object
    words = ["Troops", "from", "three", "countries", "deployed", "in", "Mali", "."]
    doc = _doc(words, [0, 0, 3, 1, 3, 4, 5, 0], ["ROOT", "prep", "nummod", "pobj", "acl", "prep", "pobj", "punct"],
               ["NNS", "IN", "CD", "NNS", "VBN", "IN", "NNP", "."], ["NOUN", "ADP", "NUM", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
               ["troop", "from", "three", "country", "deploy", "in", "Mali", "."])
    repair_parse(doc)
    assert doc[0].dep_ == "ROOT" and doc[4].dep_ == "acl"
