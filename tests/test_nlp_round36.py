"""Rules of the thirty-sixth quality pass, tested on sentences written for these tests.

Part 1 took up the largest group of extra events left in the tuned blind sets: a demand, request or offer named as
what an answer answers ("gave in to opposition demands", "turned down an American request").
"""

from __future__ import annotations

from nlp_helpers import asserted, names, read

# -------------------------------------------------------------------------------- part 1: asks that answers answer


def test_a_demand_or_offer_answered_is_the_answers_recipient_not_an_event(nlp):
    ex, labels = read(nlp, "The president of Ruritania gave in to opposition demands on Sunday and dissolved parliament.")
    assert not asserted(ex, "REQUEST")
    (e,) = asserted(ex, "CONCEDE")
    assert names(labels, e.recipients) == ["opposition"]
    ex, labels = read(nlp, "Norway turned down a Swedish request for fighter jets on Friday, officials said.")
    assert not asserted(ex, "REQUEST")
    (e,) = asserted(ex, "REJECT")
    assert names(labels, e.recipients) == ["Swedish government"]
    ex, _ = read(nlp, "The junta spurned an offer of talks from the opposition on Thursday.")
    assert not asserted(ex, "AGREE")
    ex, labels = read(nlp, "Dockers returned to work on Monday after the port authority met most of their demands.")
    assert not asserted(ex, "REQUEST")
    (e,) = [x for x in asserted(ex, "CONCEDE") if x.trigger.text == "met"]
    assert names(labels, e.recipients) == ["Dockers"]
    # (what was asked for stays unasserted)
    ex, _ = read(nlp, "The prime minister brushed aside calls for his resignation on Sunday.")
    assert [e.type for e in asserted(ex)] == ["REJECT"]
    # (a demand that is made, not answered, stays)
    ex, _ = read(nlp, "Opposition leaders renewed their demands for early elections on Sunday.")
    assert asserted(ex, "REQUEST")
