"""Rules of the twenty-eighth quality pass, tested on sentences written for these tests.

The pass worked through the real-text dev set's attribution misses (events found, doers or targets wrong): headlines
of linked stories run into the text in brackets, words glued across a lost break, "they" for people or countries
named together, "the authorities" of the country a sentence is set in, a name in apposition before the verb, the sex
a description gives ("his mother"), who is on trial or given a sentence, doers of nouns after a light verb or in an
"in defiance of" phrase, and the copula of "are in jail".
"""

from __future__ import annotations

from kg.nlp.glue import lost_breaks
from nlp_helpers import asserted, names, read

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
