"""kg_unglue: sentence breaks that scraped text lost are restored without changing the text."""

from __future__ import annotations

from kg.nlp.glue import lost_breaks
from nlp_helpers import asserted, names, read

GLUED = ("Rebels Kill Nine Soldiers in Border AmbushThe army said on Monday that rebels had killed nine soldiers "
         "near the border.The attack came a week after talks collapsed.")


def test_lost_breaks_are_found_where_a_sentence_starts():
    assert lost_breaks("in SyriaThe desert") == [len("in Syria")]
    assert lost_breaks("Bomb ProbeBOSTON — A citizen") == [len("Bomb Probe")]
    assert lost_breaks("in AfghanistanKANDAHAR, Afghanistan") == [len("in Afghanistan")]
    assert lost_breaks("deadly blast.Azamat Tazhayakov") == [len("deadly blast.")]
    assert lost_breaks('on Saturday."Three people') == [len('on Saturday."')]
    assert lost_breaks("17 January 2018The Russian republic") == [len("17 January 2018")]


def test_camel_case_names_and_abbreviations_are_no_breaks():
    for text in ("McDonald said", "a WhatsApp message", "Governor DeSantis said", "an iPhone", "the U.S. Army",
                 "MacArthur Park", "the OSCE mission", "YouTube videos", "at 5 p.m. The"):
        assert lost_breaks(text) == [], text


def test_the_pipeline_splits_the_glued_word_and_keeps_the_text(nlp):
    doc = nlp(GLUED)
    assert doc.text == GLUED
    words = [t.text for t in doc]
    assert "AmbushThe" not in words and "border.The" not in words
    starts = [s[0].text for s in doc.sents]
    assert starts[:3] == ["Rebels", "The", "The"]


def test_a_glued_headline_keeps_its_event_apart_from_the_lead(nlp):
    ex, labels = read(nlp, GLUED)
    assert len(ex.sentences) == 3
    killings = asserted(ex, "ASSAULT")
    assert killings and all("AmbushThe" not in e.sentence.text for e in killings)
    assert not any("AmbushThe" in label for label in labels.values())
    said = [e for e in asserted(ex, "STATEMENT") if e.trigger.text == "said"]
    assert [names(labels, e.actors) for e in said] == [["army"]]


def test_an_article_without_lost_breaks_is_untouched(nlp):
    text = "Police arrested 12 protesters in Minsk on Sunday. They were released on Monday."
    doc = nlp(text)
    assert [t.text for t in doc][:3] == ["Police", "arrested", "12"] and len(list(doc.sents)) == 2
