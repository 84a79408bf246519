"""Rules of the twenty-seventh quality pass, tested on sentences written for these tests.

The pass started from a new real-text dev set (24 corpus articles annotated outside the repository): parse repairs
(a plural noun of adherents read as a verb, "allege" read as a noun, "following" read as a verb), a lone surname the
tagger takes for an organisation that "he" speaks for, sentence breaks lost after a number, and what real copy
says that is no event: a source that declined to be named, patients detained in hospital, a question asked "if",
deaths from illness, what others hope someone will do, a request for comment, fighters travelling to a war.
"""

from __future__ import annotations

from kg.nlp.glue import lost_breaks
from kg.nlp.repair import repair_parse
from nlp_helpers import asserted, names, parsed_doc, read

# -------------------------------------------------------------------------------- repairs on hand-built parses


def test_a_plural_noun_of_adherents_read_as_a_verb_is_the_subject():
    # "Kanak separatists demanding independence rioted ." with "separatists" a present-tense root
    words = ["Kanak", "separatists", "demanding", "independence", "rioted", "."]
    doc = parsed_doc(words, [1, 1, 1, 2, 1, 1], ["nsubj", "ROOT", "xcomp", "dobj", "advcl", "punct"],
                     ["NN", "VBZ", "VBG", "NN", "VBD", "."], ["NOUN", "VERB", "VERB", "NOUN", "VERB", "PUNCT"],
                     ["kanak", "separatist", "demand", "independence", "riot", "."])
    assert repair_parse(doc) > 0
    assert doc[4].dep_ == "ROOT" and (doc[1].dep_, doc[1].head.i, doc[1].tag_) == ("nsubj", 4, "NNS")
    assert (doc[0].dep_, doc[0].head.i) == ("compound", 1) and (doc[2].dep_, doc[2].head.i) == ("acl", 1)
    # ("he insists the vote was fair": a verb that ends in "-ists" stays the verb)
    doc = parsed_doc(["he", "insists", "it", "was", "fair", "."], [1, 1, 3, 1, 3, 1],
                     ["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct"], ["PRP", "VBZ", "PRP", "VBD", "JJ", "."],
                     ["PRON", "VERB", "PRON", "AUX", "ADJ", "PUNCT"], ["he", "insist", "it", "be", "fair", "."])
    assert repair_parse(doc) == 0


def test_allege_read_as_a_noun_is_the_verb():
    # "detainees allege mistreatment by guards ." with "allege" a compound of "mistreatment", the root
    words = ["detainees", "allege", "mistreatment", "by", "guards", "."]
    doc = parsed_doc(words, [1, 2, 2, 2, 3, 2], ["compound", "compound", "ROOT", "prep", "pobj", "punct"],
                     ["NNS", "NN", "NN", "IN", "NNS", "."], ["NOUN", "NOUN", "NOUN", "ADP", "NOUN", "PUNCT"],
                     ["detainee", "allege", "mistreatment", "by", "guard", "."])
    assert repair_parse(doc) > 0
    assert (doc[1].dep_, doc[1].pos_, doc[1].lemma_) == ("ROOT", "VERB", "allege")
    assert (doc[0].dep_, doc[0].head.i) == ("nsubj", 1) and (doc[2].dep_, doc[2].head.i) == ("dobj", 1)


def test_following_read_as_a_verb_is_the_preposition():
    # "they called for protests as police refused to back down and following the slaying of two men ."
    words = ["they", "called", "for", "protests", "as", "police", "refused", "to", "back", "down", "and", "following",
             "the", "slaying", "of", "two", "men", "."]
    heads = [1, 1, 1, 2, 6, 6, 1, 8, 6, 8, 8, 8, 13, 11, 13, 16, 14, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "advcl", "aux", "xcomp", "prt", "cc", "conj", "det",
            "dobj", "prep", "nummod", "pobj", "punct"]
    tags = ["PRP", "VBD", "IN", "NNS", "IN", "NNS", "VBD", "TO", "VB", "RP", "CC", "VBG", "DT", "NN", "IN", "CD", "NNS", "."]
    pos = ["PRON", "VERB", "ADP", "NOUN", "SCONJ", "NOUN", "VERB", "PART", "VERB", "ADP", "CCONJ", "VERB", "DET", "NOUN",
           "ADP", "NUM", "NOUN", "PUNCT"]
    lemmas = [w.lower() for w in words]
    doc = parsed_doc(words, heads, deps, tags, pos, lemmas)
    assert repair_parse(doc) > 0
    assert (doc[11].dep_, doc[11].head.i) == ("prep", 1) and (doc[13].dep_, doc[13].head.i) == ("pobj", 11)
    # ("fans kept singing and following the team": a verb with no event for its object stays a verb)
    lemmas[13] = words[13] = "team"
    doc = parsed_doc(words, heads, deps, tags, pos, lemmas)
    assert repair_parse(doc) == 0


def test_a_sentence_break_lost_after_a_number_is_restored():
    text = "They injured another 15.Twenty insurgents were killed."
    assert lost_breaks(text) == [len("They injured another 15.")]
    assert lost_breaks("Growth was 2.5 percent. It paid 3.50 dollars.") == []


# -------------------------------------------------------------------------------- protests

def test_fasts_and_effigies_are_protests(nlp):
    for text in ("Hundreds of farmers began a fast-unto-death outside the district office on Monday.",
                 "Hundreds of farmers began an indefinite fast outside the district office on Monday.",
                 "Students burned an effigy of the prime minister outside the embassy."):
        ex, _ = read(nlp, text)
        assert asserted(ex, "PROTEST"), text


def test_what_protesters_protest_or_stand_by_is_their_protest_topic(nlp):
    ex, labels = read(nlp, "Leftists protesting the visit burned an effigy of the president.")
    assert [e.type for e in asserted(ex)] == ["PROTEST"]
    ex, _ = read(nlp, "The Kurdish community is marching in Manchester in solidarity with the defenders of Afrin.")
    assert asserted(ex, "PROTEST") and not asserted(ex, "SUPPORT")
    # (protesting as a government's act of speech stays a disapproval; solidarity expressed stays support)
    ex, _ = read(nlp, "The ministry protested the decision.")
    assert asserted(ex, "ACCUSE")
    ex, _ = read(nlp, "The president expressed solidarity with the victims.")
    assert asserted(ex, "SUPPORT")


def test_adherents_read_as_a_verb_riot(nlp):
    ex, labels = read(nlp, "Kanak separatists demanding independence rioted in Noumea on Sunday.")
    (e,) = asserted(ex)
    assert e.type == "PROTEST" and names(labels, e.actors) == ["Kanak separatists"]


# -------------------------------------------------------------------------------- no event

def test_what_real_copy_says_that_is_no_event(nlp):
    for text, etype in (("One source, who declined to be named, said the rebels had changed their tactics.", "REJECT"),
                        ("The man, who declined to give his last name, said he was afraid.", "REJECT"),
                        ("Ninety six people were detained in hospital after the blast.", "COERCE"),
                        ("The Bolsheviks sought to enforce control in the Caucasus.", "REQUEST"),
                        ("The lawyer asked the agent if there was any evidence against his client.", "REQUEST"),
                        ("He added that an old man died of diabetes and a child died of leukemia.", "ASSAULT"),
                        ("Officials allocated resources to attack the virus.", "ASSAULT"),
                        ("The families still hold out hope.", "AGREE"),
                        ("The army did not respond to a request for comment.", "REQUEST"),
                        ("Islamists opposed to the government attacked a police post.", "REJECT"),
                        ("Opposition leaders are losing hope that the president will back down.", "AGREE")):
        ex, _ = read(nlp, text)
        assert not asserted(ex, etype), (text, [(e.type, e.trigger.text) for e in asserted(ex)])


def test_the_acts_beside_those_that_are_no_event_stay(nlp):
    ex, _ = read(nlp, "The ministry declined to reveal the figures.")
    assert [e.type for e in ex.events] == ["STATEMENT"]
    ex, _ = read(nlp, "Iran declined to attend the talks.")
    assert asserted(ex, "REJECT")
    ex, _ = read(nlp, "The opposition sought help from the United Nations.")
    assert asserted(ex, "REQUEST")
    ex, _ = read(nlp, "The mayor asked for help if needed.")
    assert asserted(ex, "REQUEST")
    ex, _ = read(nlp, "Police detained five men in Lagos.")
    assert asserted(ex, "COERCE")
    ex, _ = read(nlp, "The president opposed the plan.")
    assert asserted(ex, "REJECT")


def test_travel_to_fight_or_with_a_regiment_is_no_visit(nlp):
    for text in ("Hundreds of foreign nationals have travelled to Syria to fight against Isis.",
                 "Robinson, who toured Afghanistan with the Duke of Lancaster's Regiment in 2012, spent four months in jail.",
                 "Activists have visited abandoned Isis prisons to photograph them."):
        ex, _ = read(nlp, text)
        assert not asserted(ex, "CONSULT"), text
    ex, _ = read(nlp, "The foreign minister travelled to Syria to meet Assad.")
    assert asserted(ex, "CONSULT")


# -------------------------------------------------------------------------------- events in more words

def test_more_event_nouns(nlp):
    for text, etype in (("The slaying of seven demonstrators angered the opposition.", "ASSAULT"),
                        ("The caliphate collapsed under a multi-pronged assault by coalition forces.", "ASSAULT"),
                        ("The targeting of prisons by the coalition killed hundreds.", "ASSAULT"),
                        ("Government pressure and violence against journalists have curbed the press.", "ASSAULT"),
                        ("The largest siege ended three months ago with the capitulation of the opposition.", "RETREAT"),
                        ("Surrender deals forcibly displaced them to the region bordering Turkey.", "COERCE"),
                        ("Zapatero has served as an intermediary between the government and the opposition.", "CONSULT"),
                        ("Detainees allege mistreatment by guards.", "ACCUSE"),
                        ("Police said they closed the nearby Ampere and Bellecour metro stations.", "COERCE"),
                        ("The opposition called for three days of nationwide protests.", "REQUEST")):
        ex, _ = read(nlp, text)
        assert asserted(ex, etype), (text, [(e.type, e.trigger.text) for e in asserted(ex)])


def test_a_judge_ordering_someone_held_detains_him(nlp):
    ex, labels = read(nlp, "Magistrate Judge Marianne Bowler ordered Matanov held until trial.")
    (e,) = asserted(ex)
    assert (e.type, e.fine) == ("COERCE", "Arrest") and names(labels, e.recipients) == ["Matanov"]
    ex, _ = read(nlp, "The general ordered the troops to hold the bridge.")
    assert not asserted(ex, "COERCE")


def test_a_station_closed_is_a_restriction_only_when_it_says_so(nlp):
    ex, _ = read(nlp, "About 100 protesters demonstrated on the railway tracks, and the station was closed for three hours.")
    assert not asserted(ex, "COERCE")
    ex, _ = read(nlp, "The junta closed the radio station.")
    (e,) = asserted(ex, "COERCE")
    assert e.mode == "censor"


def test_a_lone_surname_that_he_speaks_for_is_a_person(nlp):
    ex, labels = read(nlp, "Maduro said he will release the prisoners. He also said he would meet the opposition.")
    maduro = next(e for e in ex.entities if e.label == "Maduro")
    assert maduro.cls == "Person"
    speech = [e for e in ex.events if e.type == "STATEMENT"]
    assert len(speech) == 2 and all(names(labels, e.actors) == ["Maduro"] for e in speech)
    # (an organisation with a sector stays one)
    ex, _ = read(nlp, "Hamas said it would release the prisoners.")
    assert next(e for e in ex.entities if e.label == "Hamas").cls != "Person"


def test_picture_credits_and_links_to_other_stories_are_furniture(nlp):
    text = ("Police closed the metro station on Sunday.Read more: Rebels attacked a convoy in Mali last yearPolice have "
            "cordoned off the area. image copyright AFP image caption Troops were deployed to the border in 1999")
    ex, _ = read(nlp, text)
    assert not any("Mali" in e.label or "AFP" in e.label for e in ex.entities)
    assert not asserted(ex, "ASSAULT")  # (the linked story's attack)
    assert asserted(ex, "MOBILIZE")  # (the caption after the credit is the story's own)


def test_an_attack_named_again_in_passing_is_the_same_attack(nlp):
    ex, _ = read(nlp, "A parcel bomb exploded in Lyon on Friday, wounding 13 people. "
                      "Prosecutors said they had opened a probe into the explosion.")
    assert len(asserted(ex, "ASSAULT")) == 1 and asserted(ex, "ACCUSE")
    # (told again with more of it, it is told; in an article of its own sentence, "the explosion" is the event)
    ex, _ = read(nlp, "A parcel bomb exploded in Lyon on Friday. The explosion shattered the windows of a bakery.")
    assert len(asserted(ex, "ASSAULT")) == 2
    ex, _ = read(nlp, "Prosecutors said they had opened a probe into the explosion.")
    assert asserted(ex, "ASSAULT")


def test_showing_no_willingness_is_a_refusal(nlp):
    ex, labels = read(nlp, "The opposition called for protests as the government showed no willingness to back down.")
    (e,) = asserted(ex, "REJECT")
    assert names(labels, e.actors) == ["government"]
    ex, _ = read(nlp, "The government showed willingness to negotiate.")
    assert not asserted(ex, "REJECT") and asserted(ex, "AGREE")


def test_languishing_in_jail_is_a_detention(nlp):
    ex, labels = read(nlp, "The activist has languished in jail since 2019.")
    (e,) = asserted(ex, "COERCE")
    assert names(labels, e.recipients) == ["activist"]


# -------------------------------------------------------------------------------- who did it

def test_who_does_it_in_more_shapes(nlp):
    ex, labels = read(nlp, "A general was killed in the province, reportedly by mortar fire from the Islamic State.")
    (e,) = asserted(ex, "ASSAULT")
    assert names(labels, e.actors) == ["Islamic State"]
    ex, labels = read(nlp, "The desert is rife with insurgents who continue to ambush government forces.")
    (e,) = asserted(ex, "ASSAULT")
    assert names(labels, e.actors) == ["insurgents"]
    ex, labels = read(nlp, "Locals have blamed the militants.")
    (e,) = asserted(ex, "ACCUSE")
    assert names(labels, e.actors) == ["Locals"]
