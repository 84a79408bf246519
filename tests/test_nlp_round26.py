"""Rules of the twenty-sixth quality pass, tested on sentences written for these tests.

Coding rules of the PLOVER manual (../shared/reference/PLOVER_MANUAL.tex) the extractor did not yet follow: what
protesters demand is the topic of their protest, not a REQUEST of its own, in more sentence shapes (a participle
joined to another, "in demanding", "as they demanded", a relative clause on the protesters, a demand joined to the
protest, a protest a verb stages); forces moved in the course of an attack by the same side are that attack, not a
MOBILIZE; a patrol that is attacked or that does the harm is a body, not a deployment; an arrest warrant is a
THREATEN 'arrest' against whom it names, and the arrest it is for has not happened; security forces freeing people
held by others make a rescue (AID), not a release; weapons or vehicles moved without troops are MOBILIZE
'weapons'.
"""

from __future__ import annotations

from nlp_helpers import asserted, names, read


def test_what_protesters_demand_is_their_protest_topic(nlp):
    for text in ("Hundreds of nurses gathered outside the health ministry on Monday, waving placards and demanding better pay.",
                 "Thousands of students who were demanding the rector's dismissal marched through the city centre.",
                 "Farmers occupied the main highway for a third day, blocking traffic as they demanded higher grain prices.",
                 "Students rioted at the university on Friday, joining thousands of workers in demanding the rector's dismissal."):
        ex, _ = read(nlp, text)
        assert not asserted(ex, "REQUEST"), text
        assert asserted(ex, "PROTEST"), text


def test_a_demand_of_its_own_stays_a_request(nlp):
    ex, _ = read(nlp, "The protesters demanded that the governor resign.")
    assert asserted(ex, "REQUEST")
    # (others demanding something beside a protest make a request of their own)
    ex, labels = read(nlp, "Thousands of teachers marched in Lagos on Sunday, and the governor demanded an end to the strike.")
    (e,) = asserted(ex, "REQUEST")
    assert names(labels, e.actors) == ["governor"]


def test_forces_moved_in_the_course_of_an_attack_are_that_attack(nlp):
    ex, _ = read(nlp, "Reserve units were mobilized and returned fire on the insurgents.")
    assert asserted(ex, "ASSAULT")
    assert not asserted(ex, "MOBILIZE")
    # forces moved after an attack are a mobilization of their own
    ex, _ = read(nlp, "Pakistan moved two divisions to its border with India after the attack on its embassy.")
    assert asserted(ex, "MOBILIZE") and asserted(ex, "ASSAULT")


def test_a_patrol_that_is_attacked_or_attacks_is_a_body(nlp):
    for text in ("Gunmen fired on a police patrol near the airport, wounding two officers.",
                 "Rebels ambushed an army patrol in the hills on Tuesday.",
                 "The commission found that the 12 villagers were killed by an army patrol in 1991."):
        ex, _ = read(nlp, text)
        assert not asserted(ex, "MOBILIZE"), text
    for text in ("The army stepped up patrols along the border.",
                 "Russian bombers flew a series of long-range patrols over the Baltic on Wednesday."):
        ex, _ = read(nlp, text)
        assert asserted(ex, "MOBILIZE"), text


def test_an_arrest_warrant_threatens_whom_it_names(nlp):
    ex, labels = read(nlp, "A Belgian judge issued an international arrest warrant for the former rebel commander.")
    (e,) = asserted(ex, "THREATEN")
    assert e.mode == "arrest"
    assert names(labels, e.actors) == ["Belgian judge"] and names(labels, e.recipients) == ["former rebel commander"]
    ex, labels = read(nlp, "An arrest warrant was issued against the former mayor of Valencia on Monday.")
    (e,) = asserted(ex, "THREATEN")
    assert names(labels, e.recipients) == ["former mayor of Valencia"]
    # the arrest a warrant is for has not happened
    ex, _ = read(nlp, "The tribunal issued a warrant for the general's arrest.")
    assert asserted(ex, "THREATEN") and not asserted(ex, "COERCE")


def test_security_forces_freeing_captives_make_a_rescue(nlp):
    ex, labels = read(nlp, "Army commandos freed nine kidnapped aid workers from a rebel camp on Sunday.")
    (e,) = asserted(ex, "AID")
    assert names(labels, e.actors) == ["Army commandos"]
    assert not asserted(ex, "RETREAT")
    # captors letting captives go, and police letting suspects go, release them
    for text in ("The rebels freed nine kidnapped aid workers on Sunday.",
                 "Police released the two suspects without charge on Sunday."):
        ex, _ = read(nlp, text)
        assert asserted(ex, "RETREAT") and not asserted(ex, "AID"), text


def test_weapons_moved_alone_are_mobilize_weapons(nlp):
    ex, _ = read(nlp, "Russia moved tanks and artillery to its border with Ukraine on Friday.")
    (e,) = asserted(ex, "MOBILIZE")
    assert e.mode == "weapons"
    ex, _ = read(nlp, "Russia moved troops and tanks to its border with Ukraine on Friday.")
    (e,) = asserted(ex, "MOBILIZE")
    assert e.mode == "troops"


def test_an_act_it_is_too_early_for_is_not_done(nlp):
    ex, _ = read(nlp, "The foreign minister said it was too early to discuss a ceasefire with the rebels.")
    assert not asserted(ex, "CONSULT")
    assert [e for e in ex.events if e.type == "CONSULT" and e.negated]


def test_contacts_a_pause_interrupts_are_not_held(nlp):
    ex, _ = read(nlp, "Both governments announced an end to a two-year freeze in their dialogue on Friday.")
    assert not asserted(ex, "CONSULT")
    ex, _ = read(nlp, "The two governments held talks in Geneva on Friday.")
    assert asserted(ex, "CONSULT")


def test_ready_to_act_read_as_a_purpose_is_not_done(nlp):
    ex, _ = read(nlp, 'The prime minister declared himself ready on Monday to sit down with the rebel leader "anywhere".')
    assert not asserted(ex, "CONSULT")
    assert [e for e in ex.events if e.type == "CONSULT" and e.hypothetical]


def test_protesters_vowing_to_go_on_make_no_promise(nlp):
    ex, _ = read(nlp, "Thousands of farmers blocked the main road into Lyon for a second day on Sunday, vowing to stay put "
                      "until the minister resigned.")
    assert asserted(ex, "PROTEST") and not asserted(ex, "AGREE")
    # a vow beside an act that is no protest is a promise
    ex, _ = read(nlp, "The rebels seized the town on Sunday, vowing to hand it over to peacekeepers within a week.")
    assert asserted(ex, "AGREE")


def test_the_demanders_are_the_doers_of_their_protest(nlp):
    # (a guard: the march by the demanders keeps them as its doers once their demand is folded into it)
    ex, labels = read(nlp, "Police fired tear gas to break up a march by some 5,000 students pressing for the resignation "
                           "of the rector.")
    assert not asserted(ex, "REQUEST")
    (march,) = asserted(ex, "PROTEST")
    assert names(labels, march.actors) == ["some 5,000 students"]


def test_forcing_a_hijacked_craft_on_is_the_hijacking(nlp):
    ex, _ = read(nlp, "Three gunmen hijacked an Air Malta airliner over the Mediterranean and forced it to land in Tunis.")
    assert asserted(ex, "ASSAULT")
    assert not asserted(ex, "COERCE")
    ex, _ = read(nlp, "Police forced the protesters to leave the square on Monday.")
    assert asserted(ex, "COERCE")


def test_a_toll_told_after_an_accident_in_a_relative_clause_is_no_attack(nlp):
    for text in ("Investigators began examining the black box of an airliner that crashed near Lagos on Monday, killing "
                 "all 60 people aboard.",
                 "Police arrested the owner of a factory that collapsed in Dhaka on Wednesday, killing 14 workers."):
        ex, _ = read(nlp, text)
        assert not asserted(ex, "ASSAULT"), text


def test_people_sent_as_aid_are_the_aid_not_its_recipient(nlp):
    ex, labels = read(nlp, "Norway sent a team of 30 rescue specialists to Nepal on Sunday to search for survivors of the quake.")
    (e,) = asserted(ex, "AID")
    assert names(labels, e.recipients) == ["Nepal"]
    ex, labels = read(nlp, "Canada sent 200 doctors to Haiti.")
    (e,) = asserted(ex, "AID")
    assert names(labels, e.recipients) == ["Haiti"]
    ex, labels = read(nlp, "Washington delivered a second batch of armoured Humvees to the Iraqi army on Friday.")
    (e,) = asserted(ex, "AID")
    assert names(labels, e.recipients) == ["Iraqi army"]


def test_a_paper_allowed_to_resume_publication_is_a_concession(nlp):
    ex, _ = read(nlp, "Tehran allowed the reformist newspaper Neshat to resume publication on Sunday.")
    assert asserted(ex, "CONCEDE") and not asserted(ex, "RETREAT")
    # letting a convoy resume deliveries opens access (RETREAT), as before
    ex, _ = read(nlp, "Israel allowed the UN convoy to resume deliveries on Sunday.")
    assert asserted(ex, "RETREAT")
