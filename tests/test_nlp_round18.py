"""Rules of the eighteenth quality pass, tested on sentences written for these tests.

Meeting a commitment or a payment is no meeting; what is ruled out is refused; a ban being weighed or mulled
is not in force; a vow not to use force is a pledge, not a threat, and a vow not to back down is a refusal; a
passive future with no doer ("will be flown to Nepal, the ministry said") is the speaker's intention; scaling back a sit-in is a
concession, though the parser heads "sit-in" on its last part.
"""

from __future__ import annotations

from nlp_helpers import asserted, names, read


def test_meeting_a_commitment_is_no_meeting(nlp):
    for text in ("The inspectors said Tehran had met its commitments under the accord.",
                 "The government met its debt payments on time, the finance ministry said."):
        ex, _ = read(nlp, text)
        assert not [e for e in ex.events if e.type == "CONSULT"], text
    ex, _ = read(nlp, "The foreign minister met his Chinese counterpart in Hanoi on Monday.")
    assert asserted(ex, "CONSULT")


def test_what_is_ruled_out_is_refused(nlp):
    ex, _ = read(nlp, "The finance minister ruled out easing the sanctions on the steel sector.")
    assert asserted(ex, "REJECT")
    assert not asserted(ex, "CONCEDE") and not asserted(ex, "RETREAT")


def test_a_ban_being_weighed_is_not_in_force(nlp):
    for verb in ("is weighing", "is mulling", "is contemplating"):
        ex, _ = read(nlp, f"The cabinet {verb} a ban on opposition rallies, the interior minister said.")
        assert [e for e in ex.events if e.type == "COERCE"], verb
        assert not asserted(ex, "COERCE"), verb


def test_a_vow_not_to_use_force_is_a_pledge(nlp):
    ex, labels = read(nlp, "The two presidents pledged not to use force against each other over the disputed islands.")
    assert not asserted(ex, "THREATEN") and not asserted(ex, "ASSAULT")
    (pledge,) = asserted(ex, "AGREE")
    assert names(labels, pledge.actors)


def test_a_vow_not_to_back_down_is_a_refusal(nlp):
    ex, labels = read(nlp, "The prime minister vowed on Sunday not to back down over the pension reform.")
    (refusal,) = asserted(ex, "REJECT")
    assert names(labels, refusal.actors) == ["prime minister"]
    assert not asserted(ex, "AGREE") and not asserted(ex, "CONCEDE")


def test_a_passive_future_without_its_doer_is_the_speakers_intention(nlp):
    ex, labels = read(nlp, "Food and blankets will be flown to the flooded districts within days, Japan's foreign ministry said.")
    (intent,) = asserted(ex, "AGREE")
    assert names(labels, intent.actors) == ["Japan's foreign ministry"]
    ex, labels = read(nlp, "Some 9,000 police officers will be deployed across the capital on Sunday, the interior minister said.")
    assert all(names(labels, e.actors) == ["interior minister"] for e in asserted(ex, "THREATEN"))
    # (with its doer named, the future is the doer's intention)
    ex, labels = read(nlp, "The president said the prisoners would be freed by the army.")
    (intent,) = [e for e in asserted(ex) if e.type in ("AGREE", "THREATEN")]
    assert names(labels, intent.actors) == ["army"]


def test_scaling_back_a_sit_in_is_a_concession(nlp):
    ex, labels = read(nlp, "The student leaders scaled back their sit-in outside the ministry on Friday.")
    (concession,) = asserted(ex, "CONCEDE")
    assert names(labels, concession.actors) == ["student leaders"]
