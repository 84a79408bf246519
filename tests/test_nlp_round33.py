"""Rules of the thirty-third quality pass, tested on sentences written for these tests.

The pass worked from four new blind sets written one CAMEO code per sentence in the style of 1980s–2000s wire
leads, most sentences carrying a "trap" beside the main event (an act only foretold, faced, feared or provided
for; an act named again in an apposition; a label): BT and BU tuned on, BV and BW held out.  Its rules: events
that did not happen (the brink of clashes, an invasion a build-up heralds, deportation refugees face, talks before
they begin, what a treaty provides, what a lifted ban barred, a shot never fired, a topic a visit will focus on),
one act named twice (the visit one arrives on, "…, the first abduction of foreigners", a telephone call in which
two leaders talked, a riot's participles, an act "ordered by" someone), a parse repair for ", money Brussels had
threatened to withhold", and verbs and nouns the lexicon lacked.
"""

from __future__ import annotations

from kg.nlp.repair import repair_parse
from nlp_helpers import assert_reads_as, asserted, names, parsed_doc, read

# -------------------------------------------------------------------------------- what did not happen


def test_the_brink_of_clashes_is_no_clash(nlp):
    ex, _ = read(nlp, "The fishing row brought the two navies to the brink of armed clashes in the strait, "
                      "diplomats said on Monday.")
    assert not asserted(ex, "ASSAULT")


def test_an_invasion_a_build_up_heralds_has_not_come(nlp):
    ex, _ = read(nlp, "Opposition leaders said on Friday that the troop build-up heralded a full-scale invasion.")
    assert not asserted(ex, "ASSAULT")


def test_a_deportation_migrants_face_has_not_been_carried_out(nlp):
    ex, _ = read(nlp, "The 400 migrants facing deportation from Calais began a hunger strike on Sunday.")
    assert not asserted(ex, "COERCE")
    assert asserted(ex, "PROTEST")
    # (charges one faces were brought)
    ex, _ = read(nlp, "The former minister faced charges of fraud in a Nairobi court on Monday.")
    assert asserted(ex, "ACCUSE")


def test_talks_that_are_to_begin_later_are_not_held(nlp):
    ex, _ = read(nlp, "The rebels ruled out a truce before negotiations begin, their spokesman said on Friday.")
    assert not asserted(ex, "CONSULT")
    assert asserted(ex, "REJECT")


def test_the_moment_of_a_threatened_arrest_is_not_a_visit(nlp):
    ex, _ = read(nlp, "Police said on Tuesday that the exiled leader would be detained the moment he set foot "
                      "in the country.")
    assert not asserted(ex, "CONSULT")
    assert not asserted(ex, "COERCE")


def test_what_a_treaty_provides_and_what_a_lifted_ban_barred_are_not_done(nlp):
    ex, _ = read(nlp, "The two states signed an accord sharing out the river's water on Friday.")
    assert not asserted(ex, "COOPERATE")
    ex, _ = read(nlp, "The president lifted the ban barring the former premier from running for office on Monday.")
    assert not asserted(ex, "REJECT")


def test_a_shot_never_fired_and_backing_one_stopped_short_of(nlp):
    ex, _ = read(nlp, "The garrison surrendered to the rebels on Friday without a shot being fired.")
    assert not asserted(ex, "ASSAULT")
    assert asserted(ex, "RETREAT")
    ex, _ = read(nlp, "The party stopped short of backing a boycott of the vote on Thursday.")
    assert not asserted(ex, "SUPPORT")


def test_a_topic_a_visit_will_focus_on_is_no_occurrence(nlp):
    ex, _ = read(nlp, "Officials said the three-day visit would focus on the return of refugees.")
    assert not asserted(ex, "RETREAT")


def test_what_a_scheme_is_designed_to_help_do_is_not_done(nlp):
    ex, _ = read(nlp, "Britain delivered 40 trucks to the army on Monday under a scheme designed to help border states "
                      "curb the movement of militants.")
    assert not asserted(ex, "COERCE")
    assert asserted(ex, "AID")


def test_an_accident_in_a_pit_is_no_attack(nlp):
    ex, _ = read(nlp, "Twelve miners were killed in a methane explosion at a colliery in the Donbass on Monday.")
    assert not asserted(ex, "ASSAULT")


def test_what_reports_said_that_are_scoffed_at_is_denied(nlp):
    ex, _ = read(nlp, "The navy returned the trawler to its owners on Monday and scoffed at reports that its crew "
                      "had been beaten.")
    assert not asserted(ex, "ASSAULT")


def test_what_leaflets_call_for_is_their_content(nlp):
    ex, _ = read(nlp, "Police detained 30 students on Friday for handing out leaflets calling for a boycott of the vote.")
    assert not asserted(ex, "REQUEST")
    assert asserted(ex, "COERCE")


# -------------------------------------------------------------------------------- one act named twice


def test_the_visit_one_arrives_on_is_the_arrival(nlp):
    ex, _ = read(nlp, "The Chilean president arrived in Lima on Monday on the first state visit by a Chilean leader "
                      "in twenty years.")
    assert len(asserted(ex, "CONSULT")) == 1


def test_a_phrase_after_a_comma_naming_the_act_again_is_that_act(nlp):
    ex, labels = read(nlp, "Gunmen kidnapped three aid workers near Kismayo on Friday, the second abduction of "
                           "foreigners in a month.")
    (abduction,) = asserted(ex, "ASSAULT")
    assert names(labels, abduction.actors) == ["Gunmen"]
    ex, _ = read(nlp, "Indian and French sailors completed a week of joint exercises off Goa on Friday, the largest "
                      "naval drill yet between the two navies.")
    assert len(asserted(ex, "COOPERATE")) == 1


def test_a_strike_an_attacker_calls_self_defence_is_the_attack(nlp):
    ex, _ = read(nlp, "Turkish jets bombed rebel bases in northern Iraq on Sunday, a strike Ankara called self-defence.")
    assert not asserted(ex, "PROTEST")
    assert len(asserted(ex, "ASSAULT")) == 1


def test_a_call_in_which_two_leaders_talked_is_one_contact(nlp):
    ex, _ = read(nlp, "The king took a telephone call from the French president on Monday in which the two men "
                      "discussed the crisis.")
    assert len(asserted(ex, "CONSULT")) == 1


def test_an_act_ordered_by_someone_is_done_by_them(nlp):
    ex, labels = read(nlp, "The expulsion of twelve foreign journalists, ordered by the junta on Monday, drew "
                           "protests from publishers.")
    assert not asserted(ex, "REQUEST")
    # (journalists expelled are people deported, COERCE, CAMEO 174, as round 34 reads the expulsion of people; the
    # expulsion of diplomats, missions or agencies is the SANCTION)
    (expulsion,) = asserted(ex, "COERCE")
    assert expulsion.fine == "Deportation" and names(labels, expulsion.actors) == ["junta"]


def test_a_concession_told_again_as_easing_or_as_a_promise_is_one(nlp):
    ex, _ = read(nlp, "The premier gave in to the strikers' demands on Friday, promising to raise wages by ten percent.")
    assert not asserted(ex, "AGREE")
    assert asserted(ex, "CONCEDE")


def test_the_participles_of_a_riot_are_the_riot(nlp):
    ex, _ = read(nlp, "Hundreds of youths went on the rampage in the capital on Friday, stoning police cars and "
                      "burning shops.")
    (riot,) = asserted(ex, "PROTEST")
    assert riot.date is not None and riot.date.text == "on Friday"  # (the riot the clause tells, with its day)
    assert not asserted(ex, "ASSAULT") and not asserted(ex, "COERCE")
    # (armed men on a rampage riot no one: what they do is the event)
    ex, _ = read(nlp, "Rebels went on a rampage in the town on Sunday, killing 25 civilians.")
    assert not asserted(ex, "PROTEST")
    assert asserted(ex, "ASSAULT")


# -------------------------------------------------------------------------------- a parse repair


def test_a_relative_clause_after_a_comma_read_as_a_speaker_is_mended():
    # "Paris released 40 million euros to Mali , money Bamako had sought ." with the release read as what
    # Bamako "sought" and "money" as a modifier of "Bamako"
    words = ["Paris", "released", "40", "million", "euros", "to", "Mali", ",", "money", "Bamako", "had", "sought", "."]
    heads = [1, 11, 3, 4, 1, 1, 5, 11, 9, 11, 11, 11, 11]
    deps = ["nsubj", "ccomp", "compound", "nummod", "dobj", "prep", "pobj", "punct", "compound", "nsubj", "aux", "ROOT", "punct"]
    tags = ["NNP", "VBD", "CD", "CD", "NNS", "IN", "NNP", ",", "NN", "NNP", "VBD", "VBN", "."]
    pos = ["PROPN", "VERB", "NUM", "NUM", "NOUN", "ADP", "PROPN", "PUNCT", "NOUN", "PROPN", "AUX", "VERB", "PUNCT"]
    lemmas = ["Paris", "release", "40", "million", "euro", "to", "Mali", ",", "money", "Bamako", "have", "seek", "."]
    doc = parsed_doc(words, heads, deps, tags, pos, lemmas)
    assert repair_parse(doc) == 3
    assert doc[1].dep_ == "ROOT" and doc[1].head.i == 1
    assert (doc[8].head.i, doc[8].dep_) == (1, "npadvmod") and (doc[11].head.i, doc[11].dep_) == (8, "relcl")
    # (", emergency officials said": a closing speaker stays one)
    lemmas[11] = "say"
    assert repair_parse(parsed_doc(words, heads, deps, tags, pos, lemmas)) == 0


def test_an_aid_release_before_a_relative_clause_of_a_threat_is_asserted(nlp):
    ex, labels = read(nlp, "The European Union released 45 million euros to Niger on Friday, money Brussels had "
                           "threatened to withhold, its delegation said.")
    (aid,) = asserted(ex, "AID")
    assert "European Union" in names(labels, aid.actors)


# -------------------------------------------------------------------------------- phrasings


def test_round_33_phrasings(nlp):
    cases = [
        ("The police drafted in 15,000 extra officers ahead of the general strike on Monday.", "MOBILIZE"),
        ("The army began airlifting troops to the northern town on Wednesday.", "MOBILIZE"),
        ("More than 900 guerrillas were demobilised at a ceremony in the provincial capital on Friday.", "RETREAT"),
        ("The government formally terminated peace negotiations with the rebels on Monday.", "SANCTION"),
        ("Japan handed over an assistance package of tractors and water pumps to Laos on Tuesday.", "AID"),
        ("Colombian and Ecuadorean police have been swapping intercepts on smuggling gangs, an officer said.", "COOPERATE"),
        ("Some 300 militiamen laid down their rifles at a ceremony in the hills on Saturday.", "RETREAT"),
        ("Guinea's diplomatic break with Liberia was announced on state radio on Friday.", "SANCTION"),
        ("The junta ordered the Red Cross to shut its office in the capital on Monday.", "SANCTION"),
        ("Seoul had been passing on intercepted radio traffic to Tokyo, an official said on Monday.", "COOPERATE"),
        ("A Ukrainian cargo plane unloaded 40 tonnes of flour and blankets at the airport on Sunday.", "AID"),
        ("The granting of asylum to the dissident by Sweden angered Beijing on Friday.", "AID"),
        ("A UN panel began hearing testimony on the massacre in the capital on Monday.", "ACCUSE"),
        ("The opposition has vowed to paralyse the capital with a week-long strike.", "THREATEN"),
        ("Thousands of students went on the rampage in the city centre on Tuesday.", "PROTEST"),
    ]
    assert_reads_as(nlp, cases)


def test_providing_a_venue_is_no_aid(nlp):
    ex, _ = read(nlp, "Norway, which provided the venue for the talks, said it was not mediating.")
    assert not asserted(ex, "AID")


# -------------------------------------------------------------------------------- part 2: idioms and rarer verbs


def test_round_33_idioms_and_rarer_verbs(nlp):
    cases = [
        ("Natural gas from Kazakhstan began flowing into western China on Monday through a new pipeline.", "COOPERATE"),
        ("The two foreign ministers were closeted for six hours in Vienna on Tuesday.", "CONSULT"),
        ("The two premiers spent half an hour on the telephone on Monday.", "CONSULT"),
        ("The two presidents spent an hour on the hot line on Thursday.", "CONSULT"),
        ("Minsk stood shoulder to shoulder with Moscow on Monday.", "SUPPORT"),
        ("A commission of inquiry began taking evidence in Kandy on Monday.", "ACCUSE"),
        ("Paris announced on Friday the cancellation of 12 billion francs in debts owed by poor nations.", "AID"),
        ("Leaders of the teachers' union called time on a crippling four-week strike on Sunday.", "CONCEDE"),
        ("The king acquiesced on Sunday in the opposition's demand for a new constitution.", "CONCEDE"),
        ("Guinea and Mali pooled their customs operations at the border post on Monday.", "COOPERATE"),
        ("Jamaican authorities surrendered the alleged gang leader to U.S. marshals on Tuesday.", "COOPERATE"),
        ("A procession of some 3,000 farm workers wound its way through the city centre on Saturday.", "PROTEST"),
        ("The severing of diplomatic links with Tripoli was announced on Monday by the foreign ministry.", "SANCTION"),
        ("Troops threw a ring of steel around the mosque on Sunday.", "COERCE"),
        ("The repeal of a decade-old press decree was announced by the ruling council on Tuesday.", "CONCEDE"),
        ("Japan has put a 200 million dollar soft loan on the table for rebuilding Laos's roads.", "AGREE"),
        ("Both parties have said yes to a Norwegian bid to broker a settlement.", "AGREE"),
        ("The two leaders came face to face in Geneva on Friday.", "CONSULT"),
        ("The ban on the party was quashed by the Supreme Court on Thursday.", "CONCEDE"),
        ("Polish and German rescue crews have been working hand in hand since Monday to shore up dikes.", "COOPERATE"),
        ("Laotian villagers and U.S. specialists began a joint excavation for the remains of missing airmen.", "COOPERATE"),
        ("Seoul has been passing on to Tokyo what it has learned from defectors, an official said.", "COOPERATE"),
        ("The World Bank unlocked a 90 million dollar tranche of its credit to Moldova on Friday.", "AID"),
        ("Two batteries of air defence missiles were handed over to Belarus by the Russian military.", "AID"),
        ("Dozens of icons were restored to the Orthodox Church by the city authorities on Sunday.", "RETREAT"),
        ("The last Cuban combat units rolled out of Angola on Tuesday.", "RETREAT"),
        ("The opposition bayed for the head of the interior minister on Monday.", "REQUEST"),
        ("The Cypriot president poured scorn on Wednesday on Ankara's plan.", "ACCUSE"),
        ("The security service publicly named three diplomats on Monday as the handlers of a spy ring.", "ACCUSE"),
        ("A Kurdish villager has taken Turkey to the European Commission of Human Rights.", "ACCUSE"),
        ("The government has stood firm in the face of the strikers' demands.", "REJECT"),
        ("Thousands of students ran amok in the city centre on Saturday.", "PROTEST"),
        ("The police chief cancelled all leave for his officers on Sunday.", "MOBILIZE"),
        ("A state of emergency was slapped on the capital on Sunday by the president.", "COERCE"),
        ("Some 90 migrants were bundled onto a cargo plane in Moscow on Friday.", "COERCE"),
        ("A section of the gas pipeline was blown apart by saboteurs late on Tuesday.", "ASSAULT"),
        ("Some 1,600 paratroopers were airlifted to the islands overnight to shore up the government.", "AID"),
        ("Militiamen rampaged through the town on Friday.", "ASSAULT"),
    ]
    assert_reads_as(nlp, cases)


def test_round_33_words_that_are_no_event(nlp):
    ex, _ = read(nlp, "An inquiry into bribes paid by the arms maker to win a howitzer order was opened on Monday.")
    assert not asserted(ex, "REQUEST")
    ex, _ = read(nlp, "Some 90 migrants were bundled onto a cargo plane in Moscow on Friday and flown to Tbilisi.")
    assert not asserted(ex, "CONSULT")
    ex, _ = read(nlp, "Washington turned off the tap of military aid to Phnom Penh on Tuesday.")
    assert not asserted(ex, "AID")
    assert asserted(ex, "SANCTION")
    ex, _ = read(nlp, "The villagers took the mining company to court on Monday, seeking damages for the spill.")
    assert not asserted(ex, "REQUEST")
    ex, _ = read(nlp, "The arrests come as the country faces a surge in militant violence.")
    assert not asserted(ex, "CONSULT")
    # (footage shows what was done)
    ex, _ = read(nlp, "The constable was suspended after a video of him slapping a vendor went viral.")
    assert asserted(ex, "ASSAULT")


# -------------------------------------------------------------------------------- part 3 (blind set CA)


def test_what_is_planned_dated_or_awaited_has_not_happened(nlp):
    ex, _ = read(nlp, "Police rounded up 40 activists on Sunday, days before a rally the movement had planned to hold.")
    assert not asserted(ex, "PROTEST")
    ex, _ = read(nlp, "The emir offered to mediate, although no date has yet been set for a visit to Asmara by his envoy.")
    assert not asserted(ex, "CONSULT")
    ex, _ = read(nlp, "The emir lifted a ban on rallies, although a proposed amnesty still awaits cabinet approval.")
    assert not asserted(ex, "SUPPORT")


def test_loans_whose_disbursements_are_suspended_are_no_aid(nlp):
    ex, _ = read(nlp, "The World Bank has suspended disbursements on 12 development loans to Eritrea.")
    assert not asserted(ex, "AID")
    assert asserted(ex, "SANCTION")


def test_who_is_closeted_takes_part_in_the_meeting(nlp):
    ex, labels = read(nlp, "The two foreign ministers were closeted for six hours in Vienna on Tuesday.")
    (meeting,) = asserted(ex, "CONSULT")
    assert names(labels, meeting.actors) == ["two foreign ministers"]
    # (talks that "were held" are the meeting; its parties stay its parties)
    ex, _ = read(nlp, "Talks between the prime minister and leaders of the opposition Civic Forum were held in Prague "
                      "on Sunday.")
    assert len(asserted(ex, "CONSULT")) == 1


def test_round_33_part_3_phrasings(nlp):
    cases = [
        ("Bosnian Serb authorities thumbed their noses at the peace accord on Tuesday.", "REJECT"),
        ("Syrian and Turkish teams have begun jointly spraying the valley against a locust swarm.", "COOPERATE"),
        ("The delivery of several dozen armoured personnel carriers to the Lebanese army was completed on Friday.", "AID"),
        ("The Druze leader has publicly absolved the militiamen behind the massacres.", "SUPPORT"),
        ("Gunmen spirited away a French journalist from his car in south Beirut on Tuesday.", "ASSAULT"),
    ]
    assert_reads_as(nlp, cases)


# -------------------------------------------------------------------------------- part 4


def test_a_relative_clause_on_a_determined_noun_after_a_comma_is_mended():
    # "Eritrea ordered the monitors to leave , a step diplomats fear could tempt Ethiopia ." with the order read as
    # what diplomats "fear" and "step" as the order's subject
    words = ["Eritrea", "ordered", "the", "monitors", "to", "leave", ",", "a", "step", "diplomats", "fear", "could",
             "tempt", "Ethiopia", "."]
    heads = [1, 10, 3, 1, 5, 1, 10, 8, 1, 10, 10, 12, 10, 12, 10]
    deps = ["nsubj", "ccomp", "det", "dobj", "aux", "xcomp", "punct", "det", "nsubj", "nsubj", "ROOT", "aux", "ccomp",
            "dobj", "punct"]
    tags = ["NNP", "VBD", "DT", "NNS", "TO", "VB", ",", "DT", "NN", "NNS", "VBP", "MD", "VB", "NNP", "."]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT", "DET", "NOUN", "NOUN", "VERB", "AUX", "VERB", "PROPN",
           "PUNCT"]
    lemmas = ["Eritrea", "order", "the", "monitor", "to", "leave", ",", "a", "step", "diplomat", "fear", "could", "tempt",
              "Ethiopia", "."]
    doc = parsed_doc(words, heads, deps, tags, pos, lemmas)
    assert repair_parse(doc) == 3
    assert doc[1].dep_ == "ROOT" and (doc[8].head.i, doc[8].dep_) == (1, "npadvmod") and (doc[10].head.i, doc[10].dep_) == (8, "relcl")
    # (", a spokesman said": the closing speaker stays one)
    ex_words = ["Troops", "shelled", "the", "town", ",", "a", "spokesman", "said", "."]
    doc = parsed_doc(ex_words, [1, 7, 3, 1, 7, 6, 7, 7, 7], ["nsubj", "ccomp", "det", "dobj", "punct", "det", "nsubj", "ROOT", "punct"],
                     ["NNS", "VBD", "DT", "NN", ",", "DT", "NN", "VBD", "."], ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                     ["troop", "shell", "the", "town", ",", "a", "spokesman", "say", "."])
    assert repair_parse(doc) == 0


def test_an_expulsion_before_a_feared_consequence_is_asserted(nlp):
    ex, _ = read(nlp, "Eritrea has ordered American and Canadian members of the monitoring mission to leave within ten "
                      "days, a step diplomats fear could tempt Ethiopia to reoccupy the town, a spokesman said.")
    assert asserted(ex, "SANCTION")


def test_police_put_on_a_war_footing_are_mobilised(nlp):
    assert_reads_as(nlp, [("Jordanian police were put on a war footing across Amman on Thursday.", "MOBILIZE")])
