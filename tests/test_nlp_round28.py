"""Rules of the twenty-eighth quality pass, tested on sentences written for these tests.

The pass worked through the real-text dev set's attribution misses (events found, doers or targets wrong): headlines
of linked stories run into the text in brackets, words glued across a lost break, "they" for people or countries
named together, "the authorities" of the country a sentence is set in, a name in apposition before the verb, the sex
a description gives ("his mother"), who is on trial or given a sentence, doers of nouns after a light verb or in an
"in defiance of" phrase, and the copula of "are in jail".
"""

from __future__ import annotations

from kg.nlp.glue import lost_breaks
from kg.nlp.repair import repair_parse
from nlp_helpers import asserted, names, parsed_doc, read

# -------------------------------------------------------------------------------- scraped text


def test_a_bracketed_link_headline_is_furniture_and_splits_the_sentences(nlp):
    text = ("Police arrested dozens of student leaders.[Why the students keep marching in Caracas]More than "
            "2 million people voted against the new charter on Sunday.")
    assert len(lost_breaks(text)) == 2
    ex, labels = read(nlp, text)
    # (the other story's headline tells no event of this one; the sentences around it keep clean names)
    assert [e.type for e in asserted(ex)] == ["COERCE", "REJECT"]
    (vote,) = asserted(ex, "REJECT")
    assert names(labels, vote.actors) == ["More than 2 million people"]
    assert all("[" not in label and "]" not in label for label in labels.values())
    # (a bracket written inside a sentence is the writer's own: "said [the minister] had")
    ex, _ = read(nlp, "The police said [the minister] had ordered the arrests of three journalists.")
    assert asserted(ex, "COERCE")


def test_a_long_lower_case_word_glued_to_a_capitalised_one_is_a_lost_break():
    assert lost_breaks("rebels mounted raids and ambushesKashmir's police said") == [len("rebels mounted raids and ambushes")]
    for text in ("she bought an iPhone and sold it on eBay", "a JavaScript error", "follow @nytimesWorld now",
                 "see example.com/worldNews today", "#stopTheWar trended"):
        assert lost_breaks(text) == [], text


# -------------------------------------------------------------------------------- who "they" are


def test_they_are_the_people_named_together_before(nlp):
    ex, labels = read(nlp, "Police in Lyon detained Marc Dubois and Paul Girard on Monday. They were charged with arson.")
    (charge,) = asserted(ex, "ACCUSE")
    assert names(labels, charge.recipients) == ["Marc Dubois", "Paul Girard"]
    ex, labels = read(nlp, "Anna Weber and Lena Vogt stayed in prison until they were released in 1977.")
    (release,) = asserted(ex, "RETREAT")
    assert names(labels, release.recipients) == ["Anna Weber", "Lena Vogt"]


def test_they_are_the_countries_named_together_before(nlp):
    ex, labels = read(nlp, "Norway and Chile met in Oslo on Monday. They signed a fisheries accord.")
    (signed,) = [e for e in asserted(ex) if e.trigger.text == "signed"]
    assert sorted(names(labels, signed.actors)) == ["Chile", "Norway"]


def test_they_are_the_body_the_sentence_before_was_about(nlp):
    ex, labels = read(nlp, "“Hamas is responsible for the camps that held the fighters and their commanders,” "
                           "the official said. “They have also detained dozens of smugglers.”")
    (detained,) = asserted(ex, "COERCE")
    assert names(labels, detained.actors) == ["Hamas"]


# -------------------------------------------------------------------------------- named doers


def test_the_authorities_are_those_of_the_country_the_sentence_is_set_in(nlp):
    ex, labels = read(nlp, "The French government said it would help him. He was on holiday in southern Morocco when "
                           "the authorities arrested him.")
    (arrest,) = asserted(ex, "COERCE")
    assert names(labels, arrest.actors) == ["Moroccan authorities"]
    # (with no country named where it happens, the government named last)
    ex, labels = read(nlp, "The French government condemned the raid. On Monday the authorities arrested three men.")
    (arrest,) = asserted(ex, "COERCE")
    assert names(labels, arrest.actors) == ["French government"]


def test_a_name_in_apposition_before_the_verb_is_the_subject(nlp):
    # (the parser hangs the name on "Maracaibo"; the tagger may leave the first given name out of it)
    ex, labels = read(nlp, "The head of the infectious diseases department at the Hospital Universitario de Maracaibo, "
                           "Ana Lucia Herrera, called on the government today to declare the outbreak an emergency.")
    (ask,) = asserted(ex, "REQUEST")
    (actor,) = names(labels, ask.actors)
    assert actor.endswith("Lucia Herrera") and names(labels, ask.recipients) == ["government"]


def test_a_description_says_a_persons_sex(nlp):
    ex, labels = read(nlp, "Peter Cole was detained in Tehran. His wife, Leslie, said: “He did nothing wrong. He is "
                           "accused of a crime he never committed.”")
    (accused,) = asserted(ex, "ACCUSE")
    assert names(labels, accused.recipients) == ["Peter Cole"]


# -------------------------------------------------------------------------------- who undergoes it


def test_who_is_on_trial_is_accused(nlp):
    for text, who in (("Omar Haddad is on trial on charges of fraud.", "Omar Haddad"),
                      ("Omar Haddad is awaiting trial on charges of fraud.", "Omar Haddad"),
                      ("Omar Haddad stood trial for fraud in 2019.", "Omar Haddad")):
        ex, labels = read(nlp, text)
        (trial,) = asserted(ex, "ACCUSE")
        assert names(labels, trial.recipients) == [who], text


def test_who_is_arrested_and_given_a_sentence_is_sentenced(nlp):
    ex, labels = read(nlp, "Elena Petrova was also arrested and given a suspended sentence for propaganda.")
    (sentence,) = asserted(ex, "SANCTION")
    assert names(labels, sentence.recipients) == ["Elena Petrova"]


def test_a_copula_says_who_is_in_jail(nlp):
    ex, labels = read(nlp, "Dozens of opposition activists are in jail.")
    (held,) = asserted(ex, "COERCE")
    assert held.fine == "Arrest" and names(labels, held.recipients) == ["opposition activists"]
    ex, _ = read(nlp, "The suspect is not in custody.")
    assert not asserted(ex, "COERCE") and ex.events[0].negated
    for text in ("The weapons are in the custody of the army.", "The question is in the hands of the court."):
        ex, _ = read(nlp, text)
        assert not asserted(ex), text


def test_a_clash_that_left_someone_injured_hurt_him(nlp):
    ex, labels = read(nlp, "A clash between farmers and police has left at least one farmer injured.")
    assert not asserted(ex, "RETREAT")
    (clash,) = asserted(ex, "ASSAULT")
    assert names(labels, clash.actors) == ["farmers", "police"] and names(labels, clash.recipients) == ["at least one farmer"]


# -------------------------------------------------------------------------------- doers of event nouns


def test_doers_of_event_nouns(nlp):
    ex, labels = read(nlp, "Carmen Ruiz published a denunciation of Jorge Vidal.")
    (e,) = asserted(ex, "ACCUSE")
    assert names(labels, e.actors) == ["Carmen Ruiz"] and names(labels, e.recipients) == ["Jorge Vidal"]
    ex, labels = read(nlp, "In defiance of the court, the mayor is going ahead with the vote.")
    (e,) = asserted(ex, "REJECT")
    assert names(labels, e.actors) == ["mayor"]
    ex, labels = read(nlp, "The war ended with the capitulation of the rebels.")
    (e,) = asserted(ex, "RETREAT")
    assert names(labels, e.actors) == ["rebels"] and not e.recipients
    ex, labels = read(nlp, "The king granted an amnesty for political prisoners.")
    (e,) = asserted(ex, "CONCEDE")
    assert names(labels, e.recipients) == ["political prisoners"]


# -------------------------------------------------------------------------------- part 2


def test_a_wiki_heading_run_into_the_text_is_furniture(nlp):
    text = ("The bombing is widely believed to have been carried out by the armed group Ekin.==Background==The cafe "
            "stood near the police headquarters.")
    assert len(lost_breaks(text)) == 2
    ex, labels = read(nlp, text)
    (attack,) = asserted(ex, "ASSAULT")
    assert names(labels, attack.actors) == ["Ekin"]
    assert all("=" not in label and "Background" not in label for label in labels.values())
    assert lost_breaks("a == b and c") == []


def test_such_a_noun_points_back(nlp):
    ex, _ = read(nlp, "Such threats are not idle, either.")
    assert not asserted(ex, "THREATEN")
    ex, _ = read(nlp, "Such attacks on civilians killed dozens last year.")
    assert asserted(ex, "ASSAULT")  # (with an argument it tells an occurrence)


def test_volunteering_is_an_offer_only_of_something(nlp):
    ex, _ = read(nlp, "He volunteered for a Kurdish militia in 2015.")
    assert not asserted(ex, "AGREE")
    for text in ("Norway volunteered to send troops.", "Norway volunteered 200 troops for the mission."):
        ex, _ = read(nlp, text)
        assert asserted(ex, "AGREE"), text


def test_an_opportunity_to_act_is_no_act(nlp):
    ex, _ = read(nlp, "The bombing gave his rivals the opportunity to attack the prime minister.")
    (attack,) = [e for e in ex.events if e.trigger.text == "attack"]
    assert attack.hypothetical


def test_a_passive_joined_to_an_active_verb_has_the_subject_as_its_patient(nlp):
    ex, labels = read(nlp, "Her lawyer said Aziz Karimov entered Canada in 2012 and was later granted asylum.")
    (aid,) = asserted(ex, "AID")
    assert names(labels, aid.recipients) == ["Aziz Karimov"] and not aid.actors


def test_who_calls_or_leads_it_before_a_hyphen(nlp):
    ex, labels = read(nlp, "After an opposition-called general strike, the government banned all rallies.")
    (strike,) = asserted(ex, "PROTEST")
    assert names(labels, strike.actors) == ["opposition"]
    ex, labels = read(nlp, "Rebels launched a Turkish-backed offensive on the town.")
    (offensive,) = asserted(ex, "ASSAULT")
    assert names(labels, offensive.actors) == ["Rebels"]


def test_a_go_betweens_parties(nlp):
    ex, labels = read(nlp, "Kofi Mensah has served as an intermediary between the government and the rebels.")
    (e,) = asserted(ex, "CONSULT")
    assert names(labels, e.actors) == ["Kofi Mensah"] and names(labels, e.recipients) == ["government", "rebels"]


def test_who_laid_a_siege_lifts_it(nlp):
    ex, labels = read(nlp, "The siege by Houthi fighters of the port of Hodeidah was lifted on Friday.")
    (e,) = asserted(ex, "RETREAT")
    assert [labels[k] for k in e.actors] and all("Houthi" in labels[k] for k in e.actors)
    assert not any("Houthi" in labels[k] for k in e.recipients)


def test_keeping_someone_from_leaving_the_country_restricts_them(nlp):
    ex, labels = read(nlp, "Lena Ortiz was released on bail in May, but was not allowed to leave the country.")
    (ban,) = asserted(ex, "COERCE")
    assert ban.mode == "restrict" and names(labels, ban.recipients) == ["Lena Ortiz"]
    ex, labels = read(nlp, "The authorities did not allow the opposition leader to travel abroad.")
    (ban,) = asserted(ex, "COERCE")
    assert names(labels, ban.actors) == ["authorities"] and names(labels, ban.recipients) == ["opposition leader"]
    assert not asserted(ex, "RETREAT")
    ex, labels = read(nlp, "Police prevented the activist from leaving Turkey.")
    (ban,) = asserted(ex, "COERCE")
    assert names(labels, ban.recipients) == ["activist"]
    for text in ("The teacher did not allow the pupils to leave the classroom.",
                 "Heavy rain prevented the team from leaving the country.",
                 "The government will allow the refugees to leave the camp."):
        ex, _ = read(nlp, text)
        assert not asserted(ex, "COERCE"), text
    ex, _ = read(nlp, "The government allowed the journalist to leave Iran.")
    assert asserted(ex, "RETREAT") and not asserted(ex, "COERCE")


def test_the_acronym_is_read_as_a_verb_is_a_name():
    # "fighters were killed in IS attacks ." with "IS" the verb of the preposition's clause and "attacks" its attribute
    words = ["fighters", "were", "killed", "in", "IS", "attacks", "."]
    doc = parsed_doc(words, [2, 2, 2, 2, 3, 4, 2], ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "attr", "punct"],
                     ["NNS", "VBD", "VBN", "IN", "VBZ", "NNS", "."], ["NOUN", "AUX", "VERB", "ADP", "AUX", "NOUN", "PUNCT"],
                     ["fighter", "be", "kill", "in", "be", "attack", "."])
    assert repair_parse(doc) > 0
    assert (doc[5].dep_, doc[5].head.i) == ("pobj", 3) and (doc[4].dep_, doc[4].head.i, doc[4].pos_) == ("compound", 5, "PROPN")
    # ("the town is in ruins": the verb in lower case stays a verb)
    doc = parsed_doc(["in", "is", "attacks"], [0, 0, 1], ["ROOT", "pobj", "attr"], ["IN", "VBZ", "NNS"],
                     ["ADP", "AUX", "NOUN"], ["in", "be", "attack"])
    assert repair_parse(doc) == 0


def test_who_killed_them_in_is_attacks(nlp):
    ex, labels = read(nlp, "Two dozen soldiers were killed in IS attacks near Palmyra, prompting Russian airstrikes.")
    (killing,) = [e for e in asserted(ex, "ASSAULT") if e.trigger.text == "killed"]
    assert names(labels, killing.actors) == ["Islamic State"]


def test_an_allegation_explaining_an_act_accuses_its_target(nlp):
    ex, labels = read(nlp, "On Monday, the European Union targeted 11 more Russian officials, alleging abuses of human rights.")
    (accuse,) = asserted(ex, "ACCUSE")
    assert names(labels, accuse.recipients) == ["11 more Russian officials"]


def test_a_pronoun_after_a_name_says_the_persons_sex(nlp):
    ex, labels = read(nlp, "Robin Kelly said her manager at the ministry called her in last week. He ordered her to sign a pledge.")
    (order,) = [e for e in asserted(ex, "REQUEST") if e.trigger.text == "ordered"]
    assert "Robin Kelly" not in names(labels, order.actors) and names(labels, order.recipients) == ["Robin Kelly"]
    # (a name that says the sex wins over a pronoun about someone else)
    ex, labels = read(nlp, "Peter Cole said she was innocent. He was arrested in Tehran on Monday.")
    (arrest,) = asserted(ex, "COERCE")
    assert names(labels, arrest.recipients) == ["Peter Cole"]


def test_a_long_run_of_bare_pronouns_is_read_without_recursing_on(nlp):
    # (each "he" with no one named before it looks back to the "he" before; 900 of them once exceeded Python's
    # recursion limit)
    ex, _ = read(nlp, "Omar Haddad lives in Lyon. " + "He walked home. " * 900 + "He was arrested on Monday.")
    (arrest,) = asserted(ex, "COERCE")
    assert arrest.fine == "Arrest"
