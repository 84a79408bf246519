"""Rules of the twentieth quality pass, tested on sentences written for these tests.

Parse repairs built by hand (an agent hung on "red-handed", an object read as an adverb, "packed off to jail
nine men" read as an infinitive); initials in lower-cased text end no sentence; arrests in plainer words;
what is forestalled, rumoured, forced by circumstance or only forecast is not asserted; CAMEO phrasings of
refusal, protest, sanction and help.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.nlp.glue import keep_initials
from kg.nlp.repair import repair_parse
from nlp_helpers import assert_reads_as, asserted, names, read


def _doc(words, heads, deps, tags, pos):
    """A parsed Doc built by hand (heads as absolute indices), so a repair is tested on the misparse itself."""
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=[w.lower() for w in words])


# -------------------------------------------------------------------------------- repairs on hand-built parses

def test_an_agent_hung_on_a_predicate_adjective_is_the_verbs():
    # "three men were caught red-handed by a patrol team ." with "by" under "handed"
    words = ["three", "men", "were", "caught", "red", "-", "handed", "by", "a", "patrol", "team", "."]
    heads = [1, 3, 3, 3, 6, 6, 3, 6, 10, 10, 7, 3]
    deps = ["nummod", "nsubjpass", "auxpass", "ROOT", "amod", "punct", "oprd", "agent", "det", "compound", "pobj", "punct"]
    tags = ["CD", "NNS", "VBD", "VBN", "JJ", "HYPH", "JJ", "IN", "DT", "NN", "NN", "."]
    pos = ["NUM", "NOUN", "AUX", "VERB", "ADJ", "PUNCT", "ADJ", "ADP", "DET", "NOUN", "NOUN", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    assert repair_parse(doc) == 1
    assert doc[7].head.i == 3 and doc[7].dep_ == "agent"


def test_an_object_read_as_an_adverb_is_the_object():
    # "the jawans wielded lathis on a crowd ." with "lathis" labelled an adverb
    words = ["the", "jawans", "wielded", "lathis", "on", "a", "crowd", "."]
    heads = [1, 2, 2, 2, 2, 6, 4, 2]
    deps = ["det", "nsubj", "ROOT", "advmod", "prep", "det", "pobj", "punct"]
    tags = ["DT", "NNS", "VBD", "NN", "IN", "DT", "NN", "."]
    pos = ["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    doc[2].lemma_ = "wield"
    assert repair_parse(doc) == 1
    assert doc[3].dep_ == "dobj" and doc[3].head.i == 2
    # ("they wielded today …": a noun of time stays an adverb)
    doc = _doc(["they", "left", "today", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "advmod", "punct"],
               ["PRP", "VBD", "NN", "."], ["PRON", "VERB", "NOUN", "PUNCT"])
    doc[1].lemma_ = "use"
    assert repair_parse(doc) == 0


def test_to_jail_read_as_an_infinitive_is_the_place():
    # "police packed off to jail nine men ." with "to jail" as a purpose and "nine men" its object
    words = ["police", "packed", "off", "to", "jail", "nine", "men", "."]
    heads = [1, 1, 1, 4, 1, 6, 4, 1]
    deps = ["nsubj", "ROOT", "prt", "aux", "advcl", "nummod", "dobj", "punct"]
    tags = ["NNS", "VBD", "RP", "TO", "VB", "CD", "NNS", "."]
    pos = ["NOUN", "VERB", "ADP", "PART", "VERB", "NUM", "NOUN", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    doc[1].lemma_ = "pack"
    assert repair_parse(doc) == 3
    assert (doc[3].dep_, doc[3].head.i) == ("prep", 1) and (doc[4].dep_, doc[4].head.i, doc[4].pos_) == ("pobj", 3, "NOUN")
    assert (doc[6].dep_, doc[6].head.i) == ("dobj", 1)
    # ("the court voted to jail the leader": a verb that sends no one somewhere keeps its infinitive)
    doc = _doc(["court", "voted", "to", "jail", "him", "."], [1, 1, 3, 1, 3, 1],
               ["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"], ["NN", "VBD", "TO", "VB", "PRP", "."],
               ["NOUN", "VERB", "PART", "VERB", "PRON", "PUNCT"])
    doc[1].lemma_ = "vote"
    assert repair_parse(doc) == 0


# -------------------------------------------------------------------------------- police news

def test_arrests_in_plainer_words(nlp):
    cases = [
        ("bhiwandi: 14 persons have been put in the lock-up on charges of rioting, the police said.", ["14 persons"]),
        ("two youths wanted in connection with the robbery were picked up from a lodge on tuesday.", ["two youths"]),
        ("the railway police on monday packed off to jail six men who were found with stolen cables.", ["six men"]),
        ("four youths were caught red-handed by a night patrol while breaking into a godown.", ["four youths"]),
    ]
    for text, whom in cases:
        ex, labels = read(nlp, text)
        arrests = [e for e in asserted(ex, "COERCE") if e.fine == "Arrest"]
        assert arrests and names(labels, arrests[0].recipients) == whom, (text, [(e.type, e.trigger.text) for e in ex.events])
    for text in ("the children were picked up from school by their parents.",
                 "the old man was caught in the crossfire between the two groups."):
        ex, _ = read(nlp, text)
        assert not [e for e in asserted(ex, "COERCE") if e.fine == "Arrest"], text


def test_where_the_arrested_are_sent_is_no_recipient(nlp):
    ex, labels = read(nlp, "the police sent the three brothers to jail on friday.")
    (arrest,) = asserted(ex, "COERCE")
    assert names(labels, arrest.recipients) == ["three brothers"]


def test_the_patrol_that_caught_them_is_the_actor(nlp):
    ex, labels = read(nlp, "four youths were caught red-handed by a night patrol near the godown.")
    (arrest,) = asserted(ex, "COERCE")
    assert names(labels, arrest.actors) == ["night patrol"]


def test_lathis_wielded_on_a_crowd(nlp):
    ex, labels = read(nlp, "the home guards wielded lathis on a crowd outside the ration shop in rampur.")
    (force,) = asserted(ex, "ASSAULT")
    assert names(labels, force.recipients) == ["crowd"]


def test_initials_in_lower_cased_text_end_no_sentence(nlp):
    ex, labels = read(nlp, "a team led by inspector r.k. meena arrested a 40-year-old man from the bus stand.")
    assert len(ex.sentences) == 1
    (arrest,) = asserted(ex, "COERCE")
    assert names(labels, arrest.recipients) == ["40-year-old man"]
    # ("u.s." often ends a sentence: left alone)
    text = "the minister met officials in the u.s. police chiefs joined them later."
    doc = nlp.make_doc(text)
    keep_initials(doc, text)
    assert [t.text for t in doc if "." in t.text and t.text != "."] == ["u.s"] and all(t.is_sent_start is None for t in doc[1:])


def test_bundled_by_gunmen_is_no_arrest(nlp):
    ex, _ = read(nlp, "masked gunmen seized three engineers at the site, bundling them into a waiting van.")
    assert not [e for e in asserted(ex, "COERCE") if e.fine == "Arrest"]


# -------------------------------------------------------------------------------- not asserted

def test_what_is_forestalled_or_averted_did_not_happen(nlp):
    for text in ("the high court granted interim protection to the former minister, forestalling his arrest.",
                 "quick action by the guards averted an attack on the convoy.",
                 "the police foiled an attack on the temple on sunday."):
        ex, _ = read(nlp, text)
        hit = [e for e in ex.events if e.type in ("COERCE", "ASSAULT") and e.trigger.text in ("arrest", "attack")]
        assert hit and all(e.negated for e in hit), (text, [(e.type, e.trigger.text, e.negated) for e in ex.events])


def test_what_rumours_say_is_not_asserted(nlp):
    for text in ("rumours that the police had opened fire on the procession spread through the old city on friday.",
                 "Rumours that soldiers had looted the market circulated in the capital."):
        ex, _ = read(nlp, text)
        assert not asserted(ex, "ASSAULT") and not asserted(ex, "COERCE"), text


def test_forcing_by_circumstance_is_no_coercion(nlp):
    ex, labels = read(nlp, "a mob attacked the police post near the bridge, forcing the constables to open fire.")
    assert not asserted(ex, "COERCE")
    ex, _ = read(nlp, "heavy shelling forced thousands of families to leave the town.")
    assert not asserted(ex, "COERCE")
    ex, labels = read(nlp, "the militants forced the villagers to leave their homes.")
    (coerce,) = asserted(ex, "COERCE")
    assert names(labels, coerce.actors) == ["militants"]


def test_what_is_uncertain_or_pointless_has_not_happened(nlp):
    for text in ("A planned visit to Tehran by the Iraqi foreign minister remains uncertain, officials said.",
                 "The rebels said talks with the government were pointless."):
        ex, _ = read(nlp, text)
        assert not asserted(ex, "CONSULT"), text


def test_a_warning_of_what_things_will_do_is_a_forecast(nlp):
    for text in ("Exporters warned that a stronger currency would hurt sales abroad.",
                 "The agency launched an appeal for food aid, warning that its stocks would run out in May."):
        ex, _ = read(nlp, text)
        assert not asserted(ex, "THREATEN"), text
    for text in ("The minister warned that the army would crush any uprising.",
                 "Washington warned that sanctions would follow if the tests went ahead."):
        ex, _ = read(nlp, text)
        assert asserted(ex, "THREATEN"), text


def test_warning_shots_are_no_threat(nlp):
    for text in ("Police in Lagos beat and detained dozens of traders on Friday, firing tear gas and warning shots to scatter the crowd.",
                 "Soldiers dispersed the students near the palace, firing warning shots into the air."):
        ex, _ = read(nlp, text)
        assert not asserted(ex, "THREATEN"), text


def test_sanctions_that_kill_are_no_attack(nlp):
    ex, _ = read(nlp, "The minister told reporters that the embargo was killing hundreds of children every month.")
    assert not asserted(ex, "ASSAULT")


def test_the_toll_of_a_blast_told_in_a_relative_clause(nlp):
    ex, labels = read(nlp, "Police are looking for the owner of a car in which a bomb exploded on Sunday, killing two women.")
    killing = [e for e in asserted(ex, "ASSAULT") if e.fine == "Killing"]
    assert killing and "Police" not in names(labels, killing[0].actors)


# -------------------------------------------------------------------------------- CAMEO phrasings

def test_cameo_phrasings_of_refusal_protest_sanction_and_help(nlp):
    cases = [
        ("Peru recalled its ambassador from Quito on Friday in protest at the arrest of two diplomats, the ministry said.", "SANCTION"),
        ("A court in Baku closed the opposition daily Azadliq on Tuesday over an article about the president.", "COERCE"),
        ("The agency halved food rations for 200,000 refugees in northern camps on Monday.", "SANCTION"),
        ("Villagers in the province cut off roads to two gold mines on Sunday, demanding compensation.", "PROTEST"),
        ("The interior minister dismissed a petition by 80 lawyers calling for an independent judiciary.", "REJECT"),
        ("NATO ministers kept in place a ban on arms sales to the junta on Thursday.", "REJECT"),
        ("The security service has withheld records of the interrogations from UN investigators, a diplomat said.", "REJECT"),
        ("Students unfurled a banner mocking the prime minister from a bridge in the capital on Monday.", "PROTEST"),
        ("Rioters ransacked shops owned by foreigners in the port city on Saturday.", "PROTEST"),
        ("The expulsion of the two reporters drew a sharp protest from the Foreign Ministry in Paris.", "ACCUSE"),
        ("Russia scaled back its air strikes on rebel positions in the north this week.", "RETREAT"),
        ("Egyptian intelligence passed Israel the phone numbers of several smugglers, an official said.", "COOPERATE"),
        ("Khartoum let the first 90 Indian engineers of the peacekeeping mission into the region on Sunday.", "RETREAT"),
        ("Chinese engineers presented a new hospital to the government of Lesotho on Friday.", "AID"),
        ("The European Union told Serbia and Kosovo on Tuesday to resolve their dispute over the bridge.", "REQUEST"),
        ("The Council of Europe set Armenia a deadline of June to reform its electoral law.", "REQUEST"),
    ]
    assert_reads_as(nlp, cases)


def test_the_gift_is_no_recipient(nlp):
    ex, labels = read(nlp, "Chinese engineers presented a new hospital to the government of Lesotho on Friday.")
    (aid,) = asserted(ex, "AID")
    assert "new hospital" not in names(labels, aid.recipients)


def test_visits_to_shrines_and_tours_of_towns_are_no_meetings(nlp):
    for text in ("Seoul lodged a protest with Tokyo over a visit by two Japanese ministers to a war shrine.",
                 "The opposition leader spent the weekend touring mining towns in the north."):
        ex, _ = read(nlp, text)
        assert not asserted(ex, "CONSULT"), text
    ex, _ = read(nlp, "The German chancellor toured Poland last week.")
    assert asserted(ex, "CONSULT")


def test_a_dim_view_and_a_protest_from_a_capital_are_disapproval(nlp):
    for text in ("The African Union took a dim view of the way the junta has handled the refugees.",
                 "Soldiers occupied a small disputed island off the coast, prompting a furious protest from Madrid."):
        ex, _ = read(nlp, text)
        assert "ACCUSE" in {e.type for e in asserted(ex)}, text
    ex, _ = read(nlp, "The arrest of the union leader sparked angry street protests in the capital.")
    assert "ACCUSE" not in {e.type for e in asserted(ex)} and asserted(ex, "PROTEST")


def test_a_good_turn_withheld_unless_others_act_is_a_threat(nlp):
    ex, _ = read(nlp, "The envoy said Norway would step down as mediator unless both sides ended the killings.")
    assert asserted(ex, "THREATEN") and not asserted(ex, "AGREE")
    ex, _ = read(nlp, "The union said it would call off the strike if the government raised wages.")
    assert asserted(ex, "AGREE") and not asserted(ex, "THREATEN")
    ex, _ = read(nlp, "The agency said Pyongyang would use its nuclear deterrent if the joint drills went ahead.")
    assert asserted(ex, "THREATEN")


def test_an_arrest_for_an_offence_is_not_merged_with_the_offence(nlp):
    ex, labels = read(nlp, "bharuch: six persons were locked up on monday for spreading rumours that led to tension, police said.")
    (arrest,) = [e for e in asserted(ex, "COERCE") if e.fine == "Arrest"]
    assert names(labels, arrest.recipients) == ["six persons"] and "six persons" not in names(labels, arrest.actors)


def test_whom_police_force_was_used_on(nlp):
    cases = [
        ("the police fired 12 rounds in the air when two mobs confronted each other near the market.", "two mobs"),
        ("police lobbed teargas shells after mobs torched vehicles in the old city.", "mobs"),
        ("the police wielded batons to scatter a group of youths outside the college.", "youths"),
        ("the police fired in the air to break up a clash between two groups near the temple.", "two groups"),
    ]
    for text, whom in cases:
        ex, labels = read(nlp, text)
        force = [e for e in asserted(ex, "ASSAULT") if "police" in names(labels, e.actors)]
        assert force and whom in names(labels, force[0].recipients), (text, [(e.trigger.text, names(labels, e.actors), names(labels, e.recipients)) for e in ex.events])
    ex, labels = read(nlp, "the police fired in the air to break up a clash between two groups near the temple.")
    assert ["police"] in [names(labels, e.actors) for e in asserted(ex, "ASSAULT")]  # (the clash is the groups', not the police's)


def test_lives_lost_in_police_firing_and_left_dead_by_it(nlp):
    ex, labels = read(nlp, "three persons lost their lives in police firing in the walled city on sunday.")
    (killing,) = asserted(ex, "ASSAULT")
    assert killing.fine == "Killing" and names(labels, killing.actors) == ["police"] and names(labels, killing.recipients) == ["three persons"]
    ex, _ = read(nlp, "three people lost their lives in a road accident near the toll plaza.")
    assert not asserted(ex, "ASSAULT")
    ex, labels = read(nlp, "police firing left two people dead on saturday in the old city.")
    (killing,) = asserted(ex, "ASSAULT")
    assert names(labels, killing.recipients) == ["two people"]


def test_easing_sanctions_handing_back_bases_and_reversing_hikes(nlp):
    cases = [("The EU eased sanctions on Belarus on Monday.", "RETREAT"),
             ("Russia handed over its last military base in Armenia to Armenian authorities on Sunday.", "RETREAT"),
             ("The Ghanaian government reversed a 20 percent hike in fuel prices after a week of strikes.", "CONCEDE")]
    assert_reads_as(nlp, cases)
    ex, labels = read(nlp, "Washington's easing of its trade embargo on Cuba was welcomed in Havana.")
    (easing,) = asserted(ex, "RETREAT")
    assert names(labels, easing.recipients) == ["Cuba"] and not asserted(ex, "SANCTION")


def test_a_time_limit_however_parsed(nlp):
    ex, labels = read(nlp, "Macedonian police gave ethnic Albanian gunmen holed up in the village of Aracinovo 48 hours to lay "
                           "down their weapons or face an all-out assault.")
    (threat,) = asserted(ex, "THREATEN")
    assert names(labels, threat.actors) == ["Macedonian police"] and not asserted(ex, "RETREAT")
    ex, _ = read(nlp, "The government gave the diplomats holed up in the embassy 48 hours to leave the country.")
    assert not asserted(ex, "THREATEN")


def test_a_protest_camp_set_up_is_a_protest(nlp):
    ex, _ = read(nlp, "Several hundred farmers set up camp outside the ministry in Lima on Thursday in protest at the new water law.")
    assert asserted(ex, "PROTEST")


def test_a_joint_work_of_two_countries_is_cooperation(nlp):
    ex, _ = read(nlp, "Kazakh and Chinese engineers began laying a joint gas pipeline across the border on Monday.")
    assert asserted(ex, "COOPERATE")
    ex, _ = read(nlp, "Kazakhstan and China issued a joint statement on the border on Monday.")
    assert not asserted(ex, "COOPERATE")


def test_protesters_lifting_their_barricades_concede(nlp):
    ex, _ = read(nlp, "Fishermen who had blockaded the port for a week lifted their barricades on Friday.")
    assert asserted(ex, "CONCEDE")


def test_a_bare_verb_joined_to_a_modal_one_shares_its_modal(nlp):
    ex, _ = read(nlp, "He said the army must withdraw from the town and release the prisoners.")
    assert not [e for e in asserted(ex, "RETREAT") if e.fine == "Release"]
    ex, _ = read(nlp, "The army withdrew from the town on Monday and released the prisoners.")
    assert asserted(ex, "RETREAT")


def test_more_police_words_for_an_arrest(nlp):
    for text in ("patna: a 30-year-old man who had been on the run for a month was finally netted from a lodge in gaya on friday.",
                 "the youth was beaten by policemen after being picked up for questioning on saturday night.",
                 "the police caned a group of youths found roaming in the market at night and then took them to the police station."):
        ex, _ = read(nlp, text)
        assert [e for e in asserted(ex, "COERCE") if e.fine == "Arrest"], (text, [(e.type, e.trigger.text) for e in ex.events])
    ex, _ = read(nlp, "the villagers took the injured to the police station.")
    assert not asserted(ex, "COERCE")


def test_no_case_of_excesses_and_no_firing_are_denials(nlp):
    for text in ("no case of police excesses had been reported from the district, the collector said.",
                 "'no police firing took place in our area,' the superintendent of police said.",
                 "the sp said, denying reports that three people had been killed in police action at deesa."):
        ex, _ = read(nlp, text)
        assert not asserted(ex, "ASSAULT"), (text, [(e.type, e.trigger.text, e.negated) for e in ex.events])


def test_cameo_phrasings_of_the_ninth_batch(nlp):
    cases = [("A cartel accountant wanted in Texas was handed over by Mexico to U.S. marshals on Friday.", "COOPERATE"),
             ("Officials said rebel fighters had abandoned the district centre of Kunduz on Sunday.", "RETREAT"),
             ("Thailand and Cambodia on Tuesday revived a joint commission on border demarcation.", "SUPPORT"),
             ("Russia shipped rockets to Armenia, prompting Azerbaijan to protest that the shipment broke an arms ceiling.", "ACCUSE")]
    assert_reads_as(nlp, cases)
    ex, _ = read(nlp, "The army said it would suspend offensive operations in the east during the holiday.")
    assert asserted(ex, "AGREE") and not asserted(ex, "THREATEN")


def test_what_rumours_and_forecasters_say(nlp):
    ex, _ = read(nlp, "Rumours swept the capital on Sunday that the army chief had been placed under house arrest.")
    assert not asserted(ex, "COERCE")
    ex, _ = read(nlp, "Analysts in Tokyo said Pyongyang could test another missile within weeks if the talks stay deadlocked.")
    assert not asserted(ex, "THREATEN")
    ex, _ = read(nlp, "An Iranian commander said Iran could close the Strait of Hormuz if attacked.")
    assert asserted(ex, "THREATEN")


def test_threats_by_deadline_and_readiness_and_what_is_awaited(nlp):
    ex, _ = read(nlp, "NATO handed Serb forces a 10-day deadline on Wednesday to pull their heavy guns back or face air strikes.")
    assert asserted(ex, "THREATEN") and not asserted(ex, "RETREAT")
    ex, _ = read(nlp, "Canada said on Thursday it was ready to slap anti-dumping duties on Chinese steel.")
    assert asserted(ex, "THREATEN") and not asserted(ex, "AGREE")
    ex, _ = read(nlp, "Opposition supporters blocked the main highway for a third day, vowing to stay put until the governor resigned.")
    assert not asserted(ex, "RETREAT")


def test_visits_of_families_and_to_islets_are_no_meetings(nlp):
    for text in ("Some 80 prisoners refused food for a fifth day in protest at the cancellation of family visits.",
                 "Japan voiced its displeasure at Seoul's decision to let lawmakers visit the disputed islets."):
        ex, _ = read(nlp, text)
        assert not asserted(ex, "CONSULT"), text
    ex, _ = read(nlp, "Mapuche activists cut the Pan-American Highway near Temuco with burning tyres on Monday.")
    assert asserted(ex, "PROTEST")
