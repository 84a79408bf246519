"""Rules of the twenty-fourth quality pass, tested on sentences written for these tests.

A stated course of action that is no event word of its own ("said it would open its oil fields to foreign firms",
"will phase out fuel subsidies", "is to send doctors") is an expression of intent, AGREE (CAMEO 03); "insisted that
X let / set / quit" (a bare form the tagger reads as a past) is a demand; an attribution the parser joins to the
obligation it tells (", the minister said" as a conjunct) still makes it a demand; a stated refusal is a refusal;
a course of action held over others with "unless" is a threat; a policy act done "under pressure" or "bowing to"
it is a concession; a work two countries open together is cooperation; a fast is a hunger strike; and three parse
repairs (a verb read as its object's modifier with a comma participle after it, "a fast" read as an adverb, ", a
charge Kampala denied" read as the root).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.nlp.component import KgExtractor
from nlp_helpers import asserted, names, parsed_doc, read


def _agree(ex):
    return asserted(ex, "AGREE")



def test_said_it_would_do_something_is_an_intent_of_the_speaker(nlp):
    ex, labels = read(nlp, "Chile said on Monday it would open two copper mines to Bolivian investors.")
    (e,) = _agree(ex)
    assert names(labels, e.actors) == ["Chile"]
    assert e.trigger.text == "would"
    ex, labels = read(nlp, "Prime Minister Anna Berg said on Friday she would call a snap referendum on the treaty.")
    (e,) = _agree(ex)
    assert names(labels, e.actors) == ["Anna Berg"]


def test_a_course_told_before_the_speaker_is_the_actor_s(nlp):
    ex, labels = read(nlp, "The Ghanaian government will scrap the new fuel levy, Finance Minister Kofi Mensah told "
                           "parliament on Thursday.")
    (e,) = _agree(ex)
    assert names(labels, e.actors) == ["Ghanaian government"]
    ex, labels = read(nlp, "Zambia will phase out subsidies on fertiliser over the next three years, the agriculture "
                           "minister said.")
    assert [names(labels, e.actors) for e in _agree(ex)] == [["Zambia"]]


def test_is_to_do_something_states_an_intent(nlp):
    ex, labels = read(nlp, "Kenya is to send doctors and medicines to flood-hit Malawi, the health ministry said.")
    (e,) = _agree(ex)
    assert names(labels, e.actors) == ["Kenya"]
    # what is to be sent is not yet sent
    assert not asserted(ex, "AID")
    # "it was premature to discuss": a judgement, not a plan
    ex, _ = read(nlp, "A ministry spokesman said it was premature to discuss the proposal.")
    assert not _agree(ex)


def test_no_intent_where_the_future_is_someone_else_s_or_no_plan(nlp):
    # what the speaker says others will do is a forecast
    ex, _ = read(nlp, "The president told a rally that the opposition parties would divide the country.")
    assert not _agree(ex)
    # a harm one will do is no agreement
    ex, _ = read(nlp, "Turkey will launch a ground offensive against the militias, the defence minister said.")
    assert not _agree(ex)
    # neither are counterfactuals, refusals, conditions or verbs that plan nothing
    for text in ("Chile said it would have opened the mines to Bolivian investors.",
                 "Chile said it would not open the mines to Bolivian investors.",
                 "Chile said it would open the mines to Bolivian investors if prices rose.",
                 "The government said it would need more time to study the report.",
                 "The army said it would press on with the campaign in the north.",
                 "The prime minister said his government would publish its defence review within weeks."):
        ex, _ = read(nlp, text)
        assert not _agree(ex), (text, [(e.type, e.trigger.text) for e in ex.events])


def test_an_intent_told_by_its_own_verb_is_not_doubled(nlp):
    # "pledged" is the agreement already; the future clause after it adds none
    ex, _ = read(nlp, "Chile pledged on Monday to open two copper mines to Bolivian investors and said it would "
                      "lower its export duties.")
    assert len(_agree(ex)) == 1


def test_insisted_that_with_a_bare_form_the_tagger_reads_as_a_past_is_a_demand(nlp):
    # "let", "set", "quit": the bare form is also the past; after "insisted that" it is a demand
    for text, asked in (("The aid agencies insisted on Monday that Sudan let their convoys into the camps.", "Sudan"),
                        ("The students insisted that Prime Minister Omar Faris quit by the end of the month.",
                         "Omar Faris")):
        ex, labels = read(nlp, text)
        requests = asserted(ex, "REQUEST")
        assert [e.trigger.text for e in requests] == ["insisted"], (text, [(e.type, e.trigger.text) for e in ex.events])
        assert asked in names(labels, requests[0].recipients)
    # a plural subject with a past tense is a report, not a demand
    ex, _ = read(nlp, "The ministers insisted that the soldiers had let the convoys into the camps.")
    assert not asserted(ex, "REQUEST")


#: "Rich nations must provide loans to Haiti, Cuba's finance minister said.", with the attribution joined to the
#: clause it tells as a conjunct, as the parser sometimes reads it (word lemma POS TAG dep head [ENT])
JOINED_ATTRIBUTION = """
Rich rich ADJ JJ amod 1
nations nation NOUN NNS nsubj 3
must must AUX MD aux 3
provide provide VERB VB ROOT 3
loans loan NOUN NNS dobj 3
to to ADP IN dative 3
Haiti Haiti PROPN NNP pobj 5 B-GPE
, , PUNCT , punct 3
Cuba Cuba PROPN NNP poss 11 B-GPE
's 's PART POS case 8
finance finance NOUN NN compound 11
minister minister NOUN NN nsubj 12
said say VERB VBD conj 3
. . PUNCT . punct 12
"""


def test_an_attribution_joined_to_the_obligation_it_tells_is_a_demand():
    blank = spacy.blank("en")
    rows = [line.split() for line in JOINED_ATTRIBUTION.strip().splitlines()]
    words = [r[0] for r in rows]
    doc = Doc(blank.vocab, words=words, spaces=[i + 1 < len(words) and words[i + 1] not in (",", ".", "'s")
                                                for i in range(len(words))],
              lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], tags=[r[3] for r in rows],
              deps=[r[4] for r in rows], heads=[int(r[5]) for r in rows], ents=[r[6] if len(r) > 6 else "O" for r in rows])
    doc = KgExtractor(blank)(doc)
    labels = {e.key: e.label for e in doc._.kg_entities}
    requests = [e for e in doc._.kg_events if e.type == "REQUEST" and not e.hypothetical and not e.negated]
    assert [e.trigger.text for e in requests] == ["said"], [(e.type, e.trigger.text) for e in doc._.kg_events]
    assert [labels[k] for k in requests[0].recipients] == ["Rich nations"]
    # what is asked for is not done
    assert all(e.hypothetical for e in doc._.kg_events if e.type == "AID")


def test_a_stated_refusal_is_a_refusal(nlp):
    for text, doer in (("Washington will keep its trade embargo on Cuba in place until Havana frees the prisoners.",
                        "Washington"),
                       ("The European Union said on Monday it would maintain its sanctions against Belarus.",
                        "European Union"),
                       ("The cabinet decided on Tuesday to keep the ban on the party in place.", "cabinet")):
        ex, labels = read(nlp, text)
        rejects = asserted(ex, "REJECT")
        assert [names(labels, e.actors) for e in rejects] == [[doer]], (text, [(e.type, e.trigger.text, e.hypothetical) for e in ex.events])
    # a refusal on a condition is still a threat
    ex, _ = read(nlp, "The rebels said they would boycott the talks unless the army halted its offensive.")
    assert not asserted(ex, "REJECT") and asserted(ex, "THREATEN")


def test_a_course_of_action_held_over_others_is_a_threat(nlp):
    ex, labels = read(nlp, "The rebel leader said on Friday that his men would flood the valley unless the army "
                           "withdrew from the district.")
    assert [e.trigger.text for e in asserted(ex, "THREATEN")] == ["would"]
    assert not _agree(ex)
    # a good turn that may be withheld unless others act
    ex, labels = read(nlp, "Ghana may give up its role as mediator unless the two sides honour the truce, its envoy said.")
    (e,) = asserted(ex, "THREATEN")
    assert names(labels, e.actors) == ["Ghana"]


def test_a_policy_act_done_under_pressure_is_a_concession(nlp):
    for text, doer in (("Under pressure from the opposition, Zambia's parliament voted on Tuesday to set up an "
                        "independent electoral commission.", "Zambia's parliament"),
                       ("The Romanian parliament voted on Friday to scrap the article guaranteeing the ruling party's "
                        "leading role, bowing to a week of mass protests.", "Romanian parliament"),
                       ("Bowing to months of opposition pressure, Benin's parliament on Monday adopted a new electoral "
                        "code.", "Benin's parliament")):
        ex, labels = read(nlp, text)
        concessions = asserted(ex, "CONCEDE")
        assert [names(labels, e.actors) for e in concessions] == [[doer]], (text, [(e.type, e.trigger.text) for e in ex.events])
    # the giving in told in its own words is the one concession
    ex, _ = read(nlp, "The government cut fuel prices on Friday, giving in to demands by the trade unions.")
    assert len(asserted(ex, "CONCEDE")) == 1
    # an act that is an event of its own keeps its type
    ex, _ = read(nlp, "Bowing to international pressure, the junta freed 40 political prisoners on Sunday.")
    assert asserted(ex, "RETREAT") and not asserted(ex, "CONCEDE")


def test_a_verb_read_as_a_modifier_is_repaired_with_a_comma_participle_after_its_object():
    # "the government relaxed curbs on reporters, allowing the paper to reopen." read as one noun phrase headed by
    # "curbs", with "relaxed" its modifier and "allowing …" a clause on the noun
    from kg.nlp.repair import repair_parse

    words = ["the", "government", "relaxed", "curbs", "on", "reporters", ",", "allowing", "the", "paper", "to",
             "reopen", "."]
    doc = parsed_doc(words, [1, 3, 3, 3, 3, 4, 3, 3, 9, 11, 11, 7, 3],
                     ["det", "nsubj", "amod", "ROOT", "prep", "pobj", "punct", "acl", "det", "nsubj", "aux", "ccomp", "punct"],
                     ["DT", "NN", "VBD", "NNS", "IN", "NNS", ",", "VBG", "DT", "NN", "TO", "VB", "."],
                     ["DET", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT"],
                     ["the", "government", "relax", "curb", "on", "reporter", ",", "allow", "the", "paper", "to", "reopen", "."])
    assert repair_parse(doc) > 0
    assert doc[2].dep_ == "ROOT" and doc[2].head.i == 2
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 2)
    assert (doc[3].dep_, doc[3].head.i) == ("dobj", 2)
    assert (doc[7].dep_, doc[7].head.i) == ("advcl", 2)
    assert doc[4].head.i == 3  # ("curbs on reporters": the phrase stays the noun's)


def test_a_work_two_countries_open_together_is_cooperation(nlp):
    ex, labels = read(nlp, "Ghana and Togo opened a new rail link between Lome and Accra on Monday.")
    (e,) = asserted(ex, "COOPERATE")
    assert names(labels, e.actors) == ["Ghana", "Togo"]
    assert not e.recipients  # (the link is what they made, not whom it is done to)
    ex, labels = read(nlp, "Latvia and Lithuania dismantled customs posts along their border on Sunday.")
    assert [names(labels, e.actors) for e in asserted(ex, "COOPERATE")] == [["Latvia", "Lithuania"]]
    # a front line is no joint work
    ex, _ = read(nlp, "Ethiopia and Eritrea opened a new front line in the north.")
    assert not asserted(ex, "COOPERATE")
    # one cooperation, however many words tell it
    ex, _ = read(nlp, "Chile and Peru opened a road tunnel on Friday, the fruit of eight years of joint work by their "
                      "public works ministries.")
    assert len(asserted(ex, "COOPERATE")) == 1


def test_a_fast_is_a_hunger_strike_also_where_the_tagger_reads_it_as_an_adverb(nlp):
    # ("began a fast": the tagger may read "fast" as an adverb of "began"; after an article it is a noun)
    from kg.nlp.repair import repair_parse

    words = ["they", "began", "a", "fast", "."]
    doc = parsed_doc(words, [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "advmod", "punct"], ["PRP", "VBD", "DT", "RB", "."],
                     ["PRON", "VERB", "DET", "ADV", "PUNCT"], ["they", "begin", "a", "fast", "."])
    doc[2].head = doc[1]  # (the parser hangs the article on the verb too)
    assert repair_parse(doc) > 0
    assert (doc[3].pos_, doc[3].dep_, doc[3].head.i) == ("NOUN", "dobj", 1) and doc[2].head.i == 3
    for text in ("Five leaders of the peasant movement began a fast in Sucre on Tuesday.",
                 "The jailed editor entered the ninth day of a fast in his cell on Wednesday."):
        ex, _ = read(nlp, text)
        assert [e.trigger.text for e in asserted(ex, "PROTEST")] == ["fast"], (text, [(e.type, e.trigger.text) for e in ex.events])
    # a religious fast is no protest
    ex, _ = read(nlp, "The villagers broke the Ramadan fast at sunset.")
    assert not asserted(ex, "PROTEST")


def test_an_accusation_summed_up_as_a_charge_someone_denied_is_repaired():
    # "uganda was accused of spying , a charge kampala denied ." read with "denied" as the root and the accusation
    # as its clausal complement
    from kg.nlp.repair import repair_parse

    words = ["Uganda", "was", "accused", "of", "spying", ",", "a", "charge", "Kampala", "denied", "."]
    doc = parsed_doc(words, [2, 2, 9, 2, 3, 9, 7, 9, 9, 9, 9],
                     ["nsubjpass", "auxpass", "ccomp", "prep", "pcomp", "punct", "det", "dobj", "nsubj", "ROOT", "punct"],
                     ["NNP", "VBD", "VBN", "IN", "VBG", ",", "DT", "NN", "NNP", "VBD", "."],
                     ["PROPN", "AUX", "VERB", "ADP", "VERB", "PUNCT", "DET", "NOUN", "PROPN", "VERB", "PUNCT"],
                     ["Uganda", "be", "accuse", "of", "spy", ",", "a", "charge", "Kampala", "deny", "."])
    assert repair_parse(doc) > 0
    assert doc[2].dep_ == "ROOT" and doc[2].head.i == 2
    assert (doc[9].dep_, doc[9].head.i) == ("relcl", 7) and doc[7].head.i == 2
    # ("Kampala denied that Uganda was accused": a clause after its own verb is left alone)
    words = ["Kampala", "denied", "that", "Uganda", "was", "accused", "."]
    doc = parsed_doc(words, [1, 1, 5, 5, 5, 1, 1], ["nsubj", "ROOT", "mark", "nsubjpass", "auxpass", "ccomp", "punct"],
                     ["NNP", "VBD", "IN", "NNP", "VBD", "VBN", "."], ["PROPN", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "PUNCT"],
                     ["Kampala", "deny", "that", "Uganda", "be", "accuse", "."])
    assert repair_parse(doc) == 0
