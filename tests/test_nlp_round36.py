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


# -------------------------------------------------------------------------------- part 2: what "would" does not promise


def test_a_forecast_a_counterfactual_and_a_sentence_served_promise_and_threaten_nothing(nlp):
    # (what a mediator is confident others will do is a forecast)
    ex, _ = read(nlp, "The mediator said on Thursday he was confident that the two sides would sign a final accord "
                      "before Christmas.")
    assert not asserted(ex, "AGREE")
    # (what a will-verb's subject would do to an act is not what the act's doer intends)
    ex, _ = read(nlp, "The minister urged the council to enlarge the force, saying a bigger force would deter any fresh "
                      "Ruritanian incursion.")
    assert not asserted(ex, "THREATEN")
    # (a plan that would have given something refuses nothing)
    ex, _ = read(nlp, "Rebel leaders on Tuesday dismissed a peace plan that would have granted the region broad "
                      "autonomy.")
    assert [e.trigger.text for e in asserted(ex, "REJECT")] == ["dismissed"]
    # (a prisoner who would serve out her sentence is threatened by no one)
    ex, _ = read(nlp, "The court rejected the appeal on Tuesday, with a spokesman saying she would serve out her full "
                      "sentence.")
    assert not asserted(ex, "THREATEN")
    # (a side's own stated attack stays a threat)
    ex, labels = read(nlp, "The rebels said they would launch a fresh offensive against government positions.")
    (e,) = asserted(ex, "THREATEN")
    assert names(labels, e.actors) == ["rebels"]
