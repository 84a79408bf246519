"""Rules of the thirty-seventh quality pass, tested on sentences written for these tests.

Part 1 read the six blind sets held out in round 36 (DC, DE, DG, DI, DK, DM; their held-out figures are in that
round's note) and took up the main events they showed missed or mistyped: a token-identity slip that made a vote's
act hypothetical whenever another event in the sentence was, two recurring misparses, and lexicon rows.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.nlp.repair import repair_parse
from nlp_helpers import assert_reads_as, asserted, names, parsed_doc, read

# -------------------------------------------------------------------------------- part 1: modality of a vote


def test_a_vote_to_act_is_the_act_even_when_another_event_is_only_wanted(nlp):
    # ("In a concession to …" is itself unasserted; the vote's act was judged hypothetical with it)
    ex, labels = read(nlp, "In a concession to Basque deputies, the Spanish parliament voted on Tuesday to scrap a law "
                           "restricting the use of the Basque language in schools.")
    (e,) = [x for x in asserted(ex, "CONCEDE") if x.trigger.text == "scrap"]
    assert names(labels, e.actors) == ["Spanish parliament"]
    # (the embargo whose end is demanded stays unasserted; the demand the assembly voted is made)
    ex, _ = read(nlp, "The assembly voted on Monday to demand an end to the naval blockade of the island, delegates said.")
    assert [e.trigger.text for e in asserted(ex, "REQUEST")] == ["demand"]
    # (a warning of what one would ask stays a warning: the asking is not done)
    ex, _ = read(nlp, "The parliament warned on Friday that it would ask the foreign peacekeepers to leave the region if "
                      "they failed to protect returning refugees.")
    assert not asserted(ex, "REQUEST")


# -------------------------------------------------------------------------------- part 1: two misparses


def test_a_past_form_after_on_and_a_day_read_as_an_adjective_is_the_verb():
    # "The ministry on Friday barred candidates from standing ." with "barred" an adjective of "candidates", and
    # "candidates" a second object of "on"
    words = ["The", "ministry", "on", "Friday", "barred", "candidates", "from", "standing", "."]
    heads = [1, 1, 1, 2, 5, 2, 1, 6, 1]
    deps = ["det", "ROOT", "prep", "pobj", "amod", "pobj", "prep", "pcomp", "punct"]
    tags = ["DT", "NN", "IN", "NNP", "VBN", "NNS", "IN", "VBG", "."]
    pos = ["DET", "NOUN", "ADP", "PROPN", "VERB", "NOUN", "ADP", "VERB", "PUNCT"]
    lemmas = ["the", "ministry", "on", "Friday", "bar", "candidate", "from", "stand", "."]
    doc = parsed_doc(words, heads, deps, tags, pos, lemmas)
    doc.ents = [Span(doc, 3, 4, label="DATE")]
    assert repair_parse(doc) > 0
    assert (doc[4].dep_, doc[4].head.i) == ("ROOT", 4)
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 4)
    assert (doc[5].dep_, doc[5].head.i) == ("dobj", 4)
    assert (doc[2].head.i, doc[6].head.i) == (4, 4)
    # (without a date before it the adjective stays: "on fixed terms")
    doc2 = parsed_doc(["They", "agreed", "on", "fixed", "terms", "."], [1, 1, 1, 4, 2, 1],
                      ["nsubj", "ROOT", "prep", "amod", "pobj", "punct"], ["PRP", "VBD", "IN", "VBN", "NNS", "."],
                      ["PRON", "VERB", "ADP", "VERB", "NOUN", "PUNCT"], ["they", "agree", "on", "fix", "term", "."])
    assert repair_parse(doc2) == 0


def test_the_verb_after_a_date_is_read_in_real_sentences(nlp):
    ex, labels = read(nlp, "Egypt's electoral commission on Sunday barred leaders of the banned Islamist movement from "
                           "contesting next month's parliamentary polls, lawyers for the movement said.")
    (e,) = asserted(ex, "COERCE")
    assert e.trigger.text == "barred" and "Egypt's electoral commission" in names(labels, e.actors)
    ex, labels = read(nlp, "Thousands of students on Monday jammed the central square of Tirana to demand the "
                           "resignation of the government, police said.")
    (e,) = asserted(ex, "PROTEST")
    assert e.trigger.text == "jammed"


def test_a_plural_object_read_as_a_verb_after_a_moving_verb():
    # "The OSCE pulled its ceasefire monitors out of Kosovo ." with "monitors" a present-tense verb whose subject is
    # "ceasefire"
    words = ["The", "OSCE", "pulled", "its", "ceasefire", "monitors", "out", "of", "Kosovo", "."]
    heads = [1, 2, 2, 4, 5, 2, 5, 6, 7, 2]
    deps = ["det", "nsubj", "ROOT", "poss", "nsubj", "ccomp", "prep", "prep", "pobj", "punct"]
    tags = ["DT", "NNP", "VBD", "PRP$", "NN", "VBZ", "IN", "IN", "NNP", "."]
    pos = ["DET", "PROPN", "VERB", "PRON", "NOUN", "VERB", "ADP", "ADP", "PROPN", "PUNCT"]
    lemmas = ["the", "OSCE", "pull", "its", "ceasefire", "monitor", "out", "of", "Kosovo", "."]
    doc = parsed_doc(words, heads, deps, tags, pos, lemmas)
    assert repair_parse(doc) > 0
    assert (doc[5].dep_, doc[5].head.i, doc[5].pos_) == ("dobj", 2, "NOUN")
    assert (doc[6].dep_, doc[6].head.i) == ("prt", 2)


def test_monitors_observers_and_negotiators_withdrawn_are_a_sanction(nlp):
    assert_reads_as(nlp, [
        ("The European Union pulled its 200 election monitors out of Zimbabwe on Sunday, citing threats to their "
         "safety.", "SANCTION"),
        ("The Red Cross withdrew its delegates from the northern province on Friday after two of them were shot.",
         "SANCTION"),
        ("Pakistan recalled its negotiators from the talks with India in Agra on Monday, officials said.", "SANCTION"),
    ])
    ex, _ = read(nlp, "Pakistan recalled its negotiators from the talks with India in Agra on Monday, officials said.")
    assert not [e for e in ex.events if e.type == "STATEMENT" and e.trigger.text == "recalled"]


# -------------------------------------------------------------------------------- part 1: rows


def test_rows_for_main_events_the_retired_sets_missed(nlp):
    assert_reads_as(nlp, [
        ("Hundreds of riot police were trucked into the port city on Tuesday by the interior ministry, residents said.",
         "MOBILIZE"),
        ("Chile and Peru have launched a barter scheme under which Chilean copper is traded for Peruvian fishmeal.",
         "COOPERATE"),
        ("Brazil and Angola have widened their oil-for-engineers barter, officials in Luanda said.", "COOPERATE"),
        ("The League on Monday branded Morocco's seizure of the islet ``a flagrant breach of international law.''",
         "ACCUSE"),
        ("The miners' union suspended its national stayaway on Friday after talks with the labour minister.", "CONCEDE"),
        ("Kenyan police on Monday transferred to the custody of the tribunal in Arusha a former mayor wanted for "
         "genocide.", "COOPERATE"),
        ("Nigeria flew the first 400 of its soldiers into Monrovia on Sunday to protect the interim government.", "AID"),
        ("The main rebel group has dismissed the ceasefire deal signed in Lusaka by the government as ``a sham,'' its "
         "spokesman said.", "REJECT"),
        ("Washington rushed 10 million dollars' worth of rifles and ammunition to the Honduran army last week.", "AID"),
        ("Aid convoys brought flour, blankets and stoves on Monday to 20,000 refugees camped near the border.", "AID"),
        ("Brussels has put on hold 30 million ecus in budget aid earmarked for Togo, officials said.", "SANCTION"),
        ("Farmers piled boulders across the main highway into the capital on Tuesday to protest against new taxes.",
         "PROTEST"),
        ("Ethiopia has given 20 foreign aid agencies their marching orders, the relief ministry said.", "SANCTION"),
        ("The junta has given 80 U.N. monitors 72 hours to get out of the country, officials said.", "SANCTION"),
        ("The German chancellor on Friday asked the Polish people to forgive the crimes committed during the war.",
         "SUPPORT"),
        ("French troops have taken over the protection of the airport and the road to the capital, the force said.",
         "AID"),
        ("About 500 Nepalese soldiers took up positions along the ceasefire line on Sunday, strengthening the U.N. "
         "peacekeeping force in the south.", "AID"),
        ("Some 300 Irish soldiers were flown into the south on Friday as reinforcements for the U.N. peacekeeping force.",
         "AID"),
        ("Hungarian police on Tuesday handed over to Serbia a former paramilitary commander wanted in Belgrade for war "
         "crimes.", "COOPERATE"),
        ("Army bulldozers reduced hundreds of shacks in the township to rubble over the weekend, residents said.",
         "COERCE"),
        ("The Security Council passed a resolution on Thursday ordering the immediate withdrawal of Ethiopian forces "
         "from the disputed town.", "REQUEST"),
        ("Uganda on Monday let U.N. peacekeeping troops move into the border villages for the first time.", "RETREAT"),
    ])
    # (troops rushed somewhere are still a deployment; weapons to someone an aid)
    ex, _ = read(nlp, "Ruritania rushed tank battalions and 5,000 soldiers to its border on Monday, officials said.")
    assert asserted(ex, "MOBILIZE") and not asserted(ex, "AID")
    # (marching orders are no request)
    ex, _ = read(nlp, "Ethiopia has given 20 foreign aid agencies their marching orders, the relief ministry said.")
    assert not asserted(ex, "REQUEST")
    # (what the peacekeepers are let do is the access given, not a move of their own)
    ex, _ = read(nlp, "Uganda on Monday let U.N. peacekeeping troops move into the border villages for the first time.")
    assert not asserted(ex, "COERCE")
    # (villagers cut off by floods protest nothing)
    ex, _ = read(nlp, "Troops ferried food to some 10,000 villagers cut off by floods in the north on Monday.")
    assert not asserted(ex, "PROTEST")


def test_a_withdrawal_ordered_of_others_is_a_demand_of_ones_own_an_act(nlp):
    ex, labels = read(nlp, "The Security Council passed a resolution on Thursday ordering the immediate withdrawal of "
                           "Ethiopian forces from the disputed town.")
    assert not asserted(ex, "RETREAT")
    ex, labels = read(nlp, "The government ordered the withdrawal of its troops from the border town on Monday.")
    (e,) = asserted(ex, "RETREAT")
    assert not asserted(ex, "REQUEST")


def test_police_freeing_someone_held_by_kidnappers_is_a_rescue(nlp):
    ex, labels = read(nlp, "Italian carabinieri on Sunday freed a businessman who had been held for three months by "
                           "kidnappers in the mountains of Calabria, police said.")
    (e,) = asserted(ex, "AID")
    assert e.trigger.text == "freed"
    assert not asserted(ex, "RETREAT")
    # (police letting go those they themselves held is a release)
    ex, _ = read(nlp, "Police on Sunday freed 20 students who had been detained during the protest.")
    assert asserted(ex, "RETREAT") and not asserted(ex, "AID")


def test_a_good_turn_withheld_unless_others_act_on_the_verb_over_the_event_noun(nlp):
    ex, _ = read(nlp, "Government negotiators said on Wednesday they would quit the peace conference unless rebel forces "
                      "halted their offensive against the northern town.")
    assert asserted(ex, "THREATEN") and not asserted(ex, "AGREE")


# -------------------------------------------------------------------------------- part 2: the tuned new sets (DN, DP, DR)


def test_a_gerund_with_its_subject_after_of_is_the_of_phrase():
    # "raised the prospect of Ankara annexing the north ." with "annexing" an adverbial clause of "raised"
    words = ["He", "raised", "the", "prospect", "of", "Ankara", "annexing", "the", "north", "."]
    heads = [1, 1, 3, 1, 3, 4, 1, 8, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "advcl", "det", "dobj", "punct"]
    tags = ["PRP", "VBD", "DT", "NN", "IN", "NNP", "VBG", "DT", "NN", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = ["he", "raise", "the", "prospect", "of", "Ankara", "annex", "the", "north", "."]
    doc = parsed_doc(words, heads, deps, tags, pos, lemmas)
    assert repair_parse(doc) > 0
    assert (doc[6].dep_, doc[6].head.i) == ("pcomp", 4)
    assert (doc[5].dep_, doc[5].head.i) == ("nsubj", 6)


def test_what_is_only_in_prospect_or_under_inquiry_is_not_asserted(nlp):
    ex, _ = read(nlp, "The Greek prime minister raised the prospect on Monday of Athens annexing the disputed islets if "
                      "the talks failed.")
    assert not asserted(ex, "COERCE")
    ex, _ = read(nlp, "A U.N. commission began investigating reports of massacres in the northern province on Monday.")
    assert asserted(ex, "ACCUSE") and not asserted(ex, "ASSAULT")
    # (a massacre told as done stays)
    ex, _ = read(nlp, "A U.N. commission began investigating on Monday the massacre of 40 villagers by militiamen.")
    assert asserted(ex, "ASSAULT")


def test_the_vote_is_the_act_whatever_the_acts_type(nlp):
    ex, _ = read(nlp, "Slovakia's parliament voted on Tuesday to lift a ban on broadcasting in Hungarian, state radio "
                      "reported.")
    assert [e.type for e in asserted(ex) if e.type != "STATEMENT"] == ["CONCEDE"]


def test_rows_for_main_events_the_tuned_new_sets_missed(nlp):
    assert_reads_as(nlp, [
        ("The Nepalese prime minister has taken up an invitation to meet the Maoist leader in Delhi next month.", "AGREE"),
        ("The Arab League chief rose to the defence of Syria on Monday against Western charges of meddling.", "SUPPORT"),
        ("Malian and Nigerien border guards carried out a joint search of the desert on Thursday for missing tourists.",
         "COOPERATE"),
        ("The opposition party ordered its supporters off the streets of the capital on Friday, ending a week of "
         "protests.", "CONCEDE"),
        ("Syrian warplanes flew low over the Lebanese border town on Thursday, residents said.", "MOBILIZE"),
        ("Jordanian security forces sealed the border with Iraq on Sunday, officials said.", "COERCE"),
        ("French Mirage jets raided a rebel airstrip in the north of the country on Sunday.", "ASSAULT"),
        ("The Croatian president on Wednesday accepted an apology from the Serbian president for the shelling of the "
         "town.", "SUPPORT"),
        ("Hungary and Austria have stepped up cooperation along their border, police officials said.", "COOPERATE"),
        ("Government troops and rebel forces stopped firing across the province at noon on Friday under the truce.",
         "RETREAT"),
        ("Protesters set fire to the town hall on Sunday, demanding compensation from the government.", "PROTEST"),
        ("The authorities have expelled the medical charity from the province, the group said.", "SANCTION"),
        ("Chinese warships sailed into waters around the disputed islands on Sunday, the ministry said.", "MOBILIZE"),
        ("Thai and Malaysian troops wrapped up two weeks of joint training in the south on Saturday.", "COOPERATE"),
        ("Unarmed monitors from four countries have been deployed across the island to protect returning villagers.",
         "AID"),
        ("The rebel movement opened its stronghold to U.N. peacekeepers for the first time on Wednesday.", "RETREAT"),
        ("A U.N. panel has begun sifting evidence of atrocities committed during the war.", "ACCUSE"),
        ("The junta has sent a team of U.N. human rights monitors packing, U.N. officials said.", "SANCTION"),
        ("The military rulers have closed down the Daily Post, its editor said on Monday.", "COERCE"),
    ])
    # (homes reduced to rubble by bulldozers are destroyed property, COERCE, as the dev gold codes razing; by warplanes an
    # air strike)
    ex, _ = read(nlp, "Warplanes reduced the rebel headquarters outside the town to rubble on Tuesday.")
    assert asserted(ex, "ASSAULT") and not asserted(ex, "COERCE")
    # (a search by one side alone stays a search)
    ex, _ = read(nlp, "Police carried out a search of the house on Thursday.")
    assert not asserted(ex, "COOPERATE")


# -------------------------------------------------------------------------------- part 3: the second tuned pair (DT, DV)


def test_court_read_as_an_infinitive_after_to_is_the_object_of_to():
    # "They took the state to court ." with "to" the marker of "court" read as a complement
    words = ["They", "took", "the", "state", "to", "court", "."]
    heads = [1, 1, 3, 1, 5, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "punct"]
    tags = ["PRP", "VBD", "DT", "NN", "TO", "NN", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "PART", "NOUN", "PUNCT"]
    lemmas = ["they", "take", "the", "state", "to", "court", "."]
    doc = parsed_doc(words, heads, deps, tags, pos, lemmas)
    assert repair_parse(doc) > 0
    assert (doc[4].dep_, doc[4].head.i, doc[5].dep_, doc[5].head.i) == ("prep", 1, "pobj", 4)


def test_rows_for_main_events_the_second_tuned_pair_missed(nlp):
    assert_reads_as(nlp, [
        ("Washington had shipped 5 million dollars' worth of trucks and radios to the peacekeeping force.", "AID"),
        ("The government opened the way on Friday for the deployment of 2,000 peacekeepers along the buffer zone.",
         "RETREAT"),
        ("Families of the victims have taken the federal government to court, seeking damages, their lawyer said.",
         "ACCUSE"),
        ("The military government has cautioned that any politician caught campaigning early will be disqualified "
         "from the elections.", "THREATEN"),
        ("The World Food Programme halted food distributions in the north on Friday after its warehouses were looted.",
         "SANCTION"),
        ("Guinea had sent thousands of troops to its southern frontier to guard against rebel incursions.", "MOBILIZE"),
        ("Immigration officials have trucked some 300 traders back across the border this week.", "COERCE"),
        ("The authorities on Friday permitted the opposition newspaper Svoboda to resume publication, its editor said.",
         "CONCEDE"),
        ("The president backed out of a settlement plan drafted by Moscow only hours before he was due to sign it.",
         "REJECT"),
        ("Separatist leaders have cut off road and rail links to the rest of the country, officials said.", "COERCE"),
    ])
    # (what the way is opened for is still to come)
    ex, _ = read(nlp, "The government opened the way on Friday for the deployment of 2,000 peacekeepers along the buffer "
                      "zone.")
    assert not asserted(ex, "AID")
    # (rebels holding a region arrest no one)
    ex, _ = read(nlp, "Rebels holding the northern half of the country said on Thursday they would march on the capital.")
    assert not asserted(ex, "COERCE")
    # (roads cut off by floods are nobody's blockade)
    ex, _ = read(nlp, "Roads to the valley were cut off by floods on Monday, officials said.")
    assert not asserted(ex, "COERCE")


# -------------------------------------------------------------------------------- part 4: what the tuned sets still mistyped


def test_people_held_by_armed_groups_are_held_hostage_not_arrested(nlp):
    ex, labels = read(nlp, "Police freed a businessman on Sunday who had been held for three months by kidnappers.")
    (e,) = asserted(ex, "ASSAULT")
    assert e.trigger.text == "held" and names(labels, e.actors) == ["kidnappers"]
    ex, _ = read(nlp, "The rebels freed three aid workers on Monday who had been held in the jungle since June.")
    assert asserted(ex, "ASSAULT") and not asserted(ex, "COERCE")
    # (whom the state holds it arrests; rebels held by the army are prisoners)
    ex, _ = read(nlp, "Police released 20 students on Monday who had been held overnight.")
    assert asserted(ex, "COERCE") and not asserted(ex, "ASSAULT")
    ex, _ = read(nlp, "The president has agreed to free 300 suspected rebels held without trial in army barracks.")
    assert not asserted(ex, "ASSAULT")
    # (places held are no captives; "held off" is no holding)
    ex, _ = read(nlp, "Gunmen holding the bridge refused to withdraw on Tuesday despite a NATO deadline.")
    assert not asserted(ex, "ASSAULT") and not asserted(ex, "COERCE")
    ex, _ = read(nlp, "The last units left on Friday, months after a war in which local militias held off federal tanks.")
    assert not asserted(ex, "COERCE")


def test_background_acts_of_a_state_at_home_are_coercion(nlp):
    ex, _ = read(nlp, "The bank froze its loans to Peru following the president's suspension of Congress and the courts.")
    assert [e.trigger.text for e in asserted(ex, "COERCE")] == ["suspension"]
    ex, _ = read(nlp, "Israel clamped a blockade on the Gaza Strip on Sunday after a suicide bombing in Jerusalem.")
    assert asserted(ex, "COERCE") and not asserted(ex, "PROTEST")
    ex, _ = read(nlp, "The minister lodged a protest over the expulsion of a Polish journalist from Minsk.")
    assert [e.fine for e in asserted(ex, "COERCE")] == ["Deportation"] and not asserted(ex, "SANCTION")
    # (the time given to leave is the expulsion told)
    ex, _ = read(nlp, "The government ordered the expulsion of a Newsweek correspondent on Thursday, giving him 48 hours "
                      "to leave the country.")
    assert [e.type for e in asserted(ex)] == ["COERCE"]


def test_rows_for_what_the_tuned_sets_still_mistyped(nlp):
    assert_reads_as(nlp, [
        ("Russia on Monday lifted its ban on wine imports from Georgia, officials said.", "RETREAT"),
        ("Washington has scrapped a ban on the sale of farm products to Cuba, a spokesman said.", "RETREAT"),
        ("Opposition deputies walked out of the chamber on Thursday and boycotted the budget vote.", "PROTEST"),
        ("Union leaders ordered their men back to the pits on Sunday, ending a week-long strike.", "CONCEDE"),
        ("Party officials have been canvassing foreign governments this week to back their leader's claim.", "SUPPORT"),
        ("The city's 8,000 police officers were confined to barracks on the eve of the elections.", "MOBILIZE"),
        ("The armed group gave all foreigners until December 1 to leave the country or face death.", "THREATEN"),
    ])
    # (a ban on rallies lifted is a concession at home; one on trade an easing of sanctions)
    ex, _ = read(nlp, "The government lifted a ban on opposition rallies on Monday.")
    assert asserted(ex, "CONCEDE") and not asserted(ex, "RETREAT")
    # (walking out of talks halts them)
    ex, _ = read(nlp, "The rebel delegation walked out of the peace talks on Thursday.")
    assert asserted(ex, "SANCTION") and not asserted(ex, "PROTEST")
    # (an order to leave with no penalty named stays an expulsion)
    ex, _ = read(nlp, "The government gave the diplomats 48 hours to leave the country.")
    assert asserted(ex, "SANCTION") and not asserted(ex, "THREATEN")


# -------------------------------------------------------------------------------- part 5: decisions told as news


def test_a_decision_announced_is_the_act_decided(nlp):
    ex, labels = read(nlp, "Senegal's decision to sever diplomatic relations with Gambia was announced by the foreign "
                           "minister on Friday.")
    (e,) = asserted(ex, "SANCTION")
    assert names(labels, e.actors) == ["Senegal"] and names(labels, e.recipients) == ["Gambia"]
    ex, _ = read(nlp, "Chad's decision to close its border with Sudan, announced in N'Djamena on Monday, followed a "
                      "week of clashes.")
    assert asserted(ex, "COERCE") or asserted(ex, "SANCTION")
    # (a decision others welcome or condemn stays only decided)
    ex, _ = read(nlp, "The opposition condemned Senegal's decision to sever diplomatic relations with Gambia.")
    assert not asserted(ex, "SANCTION")


def test_free_after_set_is_the_verbs_word_not_the_objects_modifier(nlp):
    # "They set free 12 soldiers ." with "free" an adjective of "soldiers"
    words = ["They", "set", "free", "12", "soldiers", "."]
    doc = parsed_doc(words, [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "amod", "nummod", "dobj", "punct"],
                     ["PRP", "VBD", "JJ", "CD", "NNS", "."], ["PRON", "VERB", "ADJ", "NUM", "NOUN", "PUNCT"],
                     ["they", "set", "free", "12", "soldier", "."])
    assert repair_parse(doc) > 0
    assert (doc[2].dep_, doc[2].head.i) == ("oprd", 1)
    ex, labels = read(nlp, "The rebels set free 12 Nigerian soldiers on Saturday, the Red Cross said.")
    (e,) = asserted(ex, "RETREAT")
    assert names(labels, e.recipients) == ["12 Nigerian soldiers"]
