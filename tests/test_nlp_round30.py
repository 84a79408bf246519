"""Rules of the thirtieth quality pass, tested on sentences written for these tests.

The pass worked from a new hard blind set of wire copy (BJ, tuned on; BI held out), the tuned sets' false positives
and the known attribution misses: deaths a disaster caused told in a clause after it, a toll left behind read as a
withdrawal, the doer of a speech participle hung deep in the parse, acts made a condition of something else, vows to
hold out, PLOVER's rule that regret is a concession, and a handful of tagger faults ("froze" read as an adjective,
a plural event noun read as a verb, "visiting" read as a clause).
"""

from __future__ import annotations

from nlp_helpers import assert_reads_as, asserted, names, read

# -------------------------------------------------------------------------------- disasters and tolls


def test_deaths_a_disaster_caused_are_no_assault_wherever_the_clause_hangs(nlp):
    ex, _ = read(nlp, "Norway sent 40 tonnes of tents on Friday to survivors of the typhoon that hit the central "
                      "Philippines last week, killing more than 1,200 people.")
    assert not asserted(ex, "ASSAULT")
    ex, _ = read(nlp, "The bishop spoke of his grief over the flood that has left hundreds dead in the delta.")
    assert not asserted(ex, "ASSAULT")
    # (a militia that leaves the dead is a doer)
    ex, _ = read(nlp, "The bishop spoke of his grief over the militia that has left hundreds dead in the delta.")
    assert asserted(ex, "ASSAULT")


def test_a_toll_left_behind_is_no_withdrawal(nlp):
    # (the parser hangs the toll word on the object)
    ex, _ = read(nlp, "The militia has left thousands dead along the coast.")
    assert not asserted(ex, "RETREAT")
    ex, _ = read(nlp, "The rebels have left hundreds dead in the hills.")
    assert not asserted(ex, "RETREAT")
    ex, _ = read(nlp, "Ethiopian troops left the border town of Zalambessa on Sunday.")
    assert asserted(ex, "RETREAT")


def test_a_vehicle_driver_who_mowed_people_down_made_an_accident(nlp):
    ex, _ = read(nlp, "Police in Pune detained a bus driver who fled after mowing down three pedestrians.")
    assert not asserted(ex, "ASSAULT")
    ex, labels = read(nlp, "Police in Kabul hunted the gunmen who escaped after mowing down nine worshippers.")
    (killing,) = asserted(ex, "ASSAULT")
    assert names(labels, killing.actors) == ["gunmen"]


# -------------------------------------------------------------------------------- who did it


def test_a_clause_after_a_backer_in_an_apposition_tells_of_the_described(nlp):
    ex, labels = read(nlp, "The Northern Alliance, a coalition of Tajik and Uzbek fighters armed by Russia, which "
                           "captured the city of Taloqan last month, said it had detained 30 men.")
    (seizure,) = [e for e in ex.events if e.trigger.text == "captured"]
    assert names(labels, seizure.actors) == ["Northern Alliance"]


def test_the_harmed_named_after_their_kin_are_the_ones_harmed(nlp):
    ex, labels = read(nlp, "Relatives of 14 villagers slain during an army raid marched to the governor's office on Monday.")
    killing = next(e for e in asserted(ex, "ASSAULT") if e.trigger.text == "slain")
    assert names(labels, killing.recipients) == ["14 villagers"]


def test_a_speech_participle_after_a_comma_is_the_speakers_comment(nlp):
    # (one act of praise, told twice)
    ex, labels = read(nlp, "Kofi Annan praised President Joaquim Chissano on Wednesday for steering his country out of "
                           "civil war, hailing him as a true son of Africa.")
    (praise,) = asserted(ex, "SUPPORT")
    assert names(labels, praise.actors) == ["Kofi Annan"]
    ex, labels = read(nlp, "Armenia charged on Tuesday that Azerbaijan had shelled two villages and moved artillery to "
                           "the frontier, calling the move a provocation.")
    # (the participle tells the charge again: one accusation, by Armenia, aimed at Azerbaijan — round 32)
    (charge,) = asserted(ex, "ACCUSE")
    assert names(labels, charge.actors) == ["Armenia"]
    assert names(labels, charge.recipients) == ["Azerbaijan"]


def test_a_sentence_opening_adjective_tagged_as_a_name_is_no_name(nlp):
    ex, labels = read(nlp, "Noisy sit-ins were staged by hundreds of students outside the embassy in Manila.")
    (sit_in,) = asserted(ex, "PROTEST")
    assert names(labels, sit_in.actors) == ["students"]


# -------------------------------------------------------------------------------- what is not asserted


def test_an_act_made_a_condition_of_another_is_not_yet_done(nlp):
    ex, _ = read(nlp, "The rebel leader has made Swiss mediation a precondition for any further talks with Colombo.")
    assert not asserted(ex, "CONSULT")
    ex, _ = read(nlp, "Kabila set an African mediation as a condition for resuming the dialogue with the rebels.")
    assert not asserted(ex, "CONSULT")
    ex, _ = read(nlp, "The hijackers freed 30 passengers on condition that the army withdraw from the airport.")
    (withdrawal,) = [e for e in ex.events if e.trigger.text == "withdraw"]
    assert withdrawal.hypothetical
    assert asserted(ex, "RETREAT")


def test_confidence_that_something_will_happen_is_a_statement_confidence_in_someone_support(nlp):
    ex, _ = read(nlp, "The Norwegian envoy voiced confidence on Monday that a ceasefire would be signed within weeks.")
    assert not asserted(ex, "SUPPORT")
    ex, labels = read(nlp, "The parliament speaker expressed confidence in Prime Minister Nawaz Sharif.")
    (backing,) = asserted(ex, "SUPPORT")
    assert names(labels, backing.recipients) == ["Nawaz Sharif"]


def test_the_offence_of_a_guilty_verdict_is_not_asserted_a_finding_of_guilt_is(nlp):
    ex, _ = read(nlp, "A court in Lyon found the former militia chief guilty of torturing prisoners in 1944.")
    assert asserted(ex, "SANCTION")
    assert not asserted(ex, "ASSAULT")
    ex, _ = read(nlp, "Both the army and the rebels are guilty of shelling civilian areas, according to a rights group.")
    assert asserted(ex, "ASSAULT")


def test_aid_frozen_is_not_aid_given(nlp):
    ex, _ = read(nlp, "A $30 million package of economic and military aid to Honduras was frozen by Congress on Wednesday "
                      "in retaliation for the coup.")
    assert asserted(ex, "SANCTION")
    assert not asserted(ex, "AID")
    # ("froze" read as an adjective in a sentence with a verb in a phrase after the object)
    ex, _ = read(nlp, "Denmark froze development aid to Malawi on Monday over what it called the abuse of funds.")
    assert asserted(ex, "SANCTION")
    assert not asserted(ex, "AID")


def test_what_an_act_is_likened_to_is_history(nlp):
    ex, _ = read(nlp, "The premier rejected the accord, likening it to the Munich surrender.")
    assert not asserted(ex, "RETREAT")


def test_a_readiness_that_would_be_there_is_an_intent(nlp):
    ex, _ = read(nlp, "The foreign minister said Tokyo would be willing to sit down with Pyongyang on the abductions.")
    assert asserted(ex, "AGREE")


# -------------------------------------------------------------------------------- vows to hold out


def test_a_vow_to_hold_out_is_defiance_not_a_promise(nlp):
    ex, _ = read(nlp, "Striking dockers in Liverpool vowed on Tuesday to stay off the job despite a court order.")
    assert "REJECT" in {e.type for e in asserted(ex)}
    assert not asserted(ex, "AGREE")
    ex, _ = read(nlp, "The embattled president vowed on Friday to serve out his term, brushing aside calls from the "
                      "bishops that he resign.")
    assert not asserted(ex, "AGREE")
    assert asserted(ex, "REJECT")
    ex, _ = read(nlp, "The junta leader vowed on Sunday to hold parliamentary elections within a year.")
    assert asserted(ex, "AGREE")


# -------------------------------------------------------------------------------- PLOVER's coding rules


def test_regret_is_a_concession_an_apology_support(nlp):
    # (PLOVER manual: "expressions of regret or remorse … should be coded as CONCEDE"; CAMEO 055 apologies are SUPPORT)
    ex, _ = read(nlp, "The Dutch government expressed deep remorse on Monday for the executions carried out by its "
                      "troops in Sulawesi.")
    assert asserted(ex, "CONCEDE")
    ex, _ = read(nlp, "The Belgian prime minister apologised on Monday to Rwanda.")
    assert asserted(ex, "SUPPORT")


def test_a_court_ordering_damages_paid_imposes_a_penalty(nlp):
    ex, _ = read(nlp, "The High Court in Nairobi ordered the weekly to pay two million shillings in damages to the minister.")
    assert asserted(ex, "SANCTION")
    assert not asserted(ex, "REQUEST")
    ex, _ = read(nlp, "The president ordered the ministry to pay the striking teachers.")
    assert asserted(ex, "REQUEST")


def test_exercises_of_two_countries_forces_are_cooperation(nlp):
    ex, _ = read(nlp, "Some 30,000 Egyptian and American troops launched their annual Bright Star manoeuvres on Monday.")
    assert asserted(ex, "COOPERATE")
    ex, _ = read(nlp, "Warships from Chile and Peru began exercises off Valparaiso on Tuesday.")
    assert asserted(ex, "COOPERATE")
    ex, _ = read(nlp, "Some 30,000 Egyptian troops launched their annual Badr manoeuvres on Monday.")
    assert asserted(ex, "MOBILIZE")
    assert not asserted(ex, "COOPERATE")


def test_police_handing_a_fugitive_to_police_cooperate(nlp):
    ex, _ = read(nlp, "A suspected INLA gunman was handed over to Royal Ulster Constabulary officers at the border on "
                      "Friday by Irish police.")
    assert asserted(ex, "COOPERATE")
    assert not asserted(ex, "RETREAT")


# -------------------------------------------------------------------------------- idioms and light verbs


def test_idioms_of_the_round(nlp):
    assert_reads_as(nlp, [
        ("Egypt and Israel put their names on Monday to a declaration ending the state of war.", "SUPPORT"),
        ("The OAU summit gave its blessing on Friday to a Nigerian peace plan.", "SUPPORT"),
        ("The army threw a closure around Hebron on Thursday after a shooting.", "COERCE"),
        ("Britain showed Libya's envoy the door on Friday.", "SANCTION"),
        ("Two NATO missiles slammed into a Serbian television building late on Friday.", "ASSAULT"),
        ("Three French frigates set sail from Toulon for the Adriatic on Saturday.", "MOBILIZE"),
        ("The commission began hearing testimony on Monday into the killing of the archbishop.", "ACCUSE"),
        ("France put in a formal request on Tuesday for the extradition of the banker.", "REQUEST"),
        ("The ETA announced on Sunday a complete cessation of armed operations.", "CONCEDE"),
        ("Detectives from Madrid were given access by Italian police to files on the Red Brigades.", "COOPERATE"),
        ("The opposition party was handed back its legal status by the Supreme Court on Monday.", "CONCEDE"),
        ("More than 5,000 riot police poured into central Dhaka on Sunday.", "MOBILIZE"),
        ("Twelve Iraqi diplomats were told by the French government on Friday to leave the country.", "SANCTION"),
        ("Dockers at the port of Gdynia downed tools on Monday to demand higher pay.", "PROTEST"),
        ("Japanese Emperor Akihito told visiting Chinese President Jiang Zemin on Wednesday that he felt deep "
         "sorrow for the suffering Japan had caused.", "CONCEDE"),
    ])


def test_what_is_no_event_in_the_round(nlp):
    ex, _ = read(nlp, "Thousands marched through Leipzig on Monday night, defying a heavy police presence.")
    assert not asserted(ex, "REJECT")
    ex, _ = read(nlp, "The 40,000 Russian troops stationed in the republic since 1992 should leave by next year, "
                      "the minister said.")
    assert not asserted(ex, "MOBILIZE")
    ex, _ = read(nlp, "The ETA announced on Sunday a complete cessation of armed operations.")
    assert not asserted(ex, "ASSAULT")
    ex, _ = read(nlp, "The Paris Club put in a formal bid on Tuesday for the return of the stolen funds.")
    assert not asserted(ex, "RETREAT")


def test_a_people_named_after_of_before_a_participle_is_its_doer(nlp):
    # (the parser reads "Lebanese" as a modifier of "chanting"; a demonym that is its own plural is a group here)
    ex, labels = read(nlp, "Thousands of Sudanese chanting slogans against the army filled the streets of Omdurman.")
    (protest,) = asserted(ex, "PROTEST")
    assert names(labels, protest.actors) == ["Sudanese"]


def test_what_is_had_after_nothing_but_is_the_object(nlp):
    ex, labels = read(nlp, "Chilean President Ricardo Lagos had nothing but warm words for Buenos Aires on Friday.")
    (praise,) = asserted(ex, "SUPPORT")
    assert names(labels, praise.actors) == ["Ricardo Lagos"]


def test_a_rally_called_to_do_something_is_still_to_come(nlp):
    ex, _ = read(nlp, "Police sealed off central Minsk on Saturday, a day before an opposition rally called to protest "
                      "the election result.")
    assert not asserted(ex, "PROTEST")
    ex, _ = read(nlp, "A general strike called by the unions paralysed Lagos on Monday.")
    assert asserted(ex, "PROTEST")


def test_a_subject_the_tagger_read_as_a_verb_is_a_noun(nlp):
    ex, _ = read(nlp, "Budget support worth 40 million euros to Zambia was put on hold by the European Commission on Friday.")
    assert asserted(ex, "SANCTION")
    assert not asserted(ex, "AGREE")


def test_idioms_of_the_rounds_last_part(nlp):
    assert_reads_as(nlp, [
        ("Leaders of the Commonwealth gave their full backing on Friday to Zimbabwe's president.", "SUPPORT"),
        ("The two defence ministers emerged from the meeting with a commitment to set up a joint patrol.", "AGREE"),
        ("Nine counts of genocide were laid against the former mayor by the tribunal on Monday.", "ACCUSE"),
        ("The Malawian leader wiped the slate clean on Saturday for all political exiles.", "CONCEDE"),
        ("The anti-corruption bureau began digging on Monday into payments made by the arms dealer.", "ACCUSE"),
        ("Thailand's ambassador was called in to the Foreign Ministry in Phnom Penh on Friday.", "ACCUSE"),
        ("The king shut the door on opposition demands for a multi-party vote.", "REJECT"),
        ("The last warship of the Indian force sailed out of Trincomalee on Saturday.", "RETREAT"),
        ("The ageing president bowed out on Monday after 22 years in power.", "RETREAT"),
        ("Thousands of farmers squatted across the national highway near Meerut on Tuesday.", "PROTEST"),
        ("Thousands of riot police took up positions around the parliament building on Sunday.", "MOBILIZE"),
        ("Thai and Cambodian troops have been mounting coordinated sweeps along their border.", "COOPERATE"),
    ])
