"""Helpers shared by the tests that run the real pipeline on sentences written for them."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.model import Article
from kg.nlp import extract


def read(nlp, text, date="2025-03-04"):
    """The Extraction of one sentence (article date 2025-03-04) and its entity labels by key."""
    ex = next(extract(nlp, [Article(id="t", text=text, date=date)]))
    labels = {e.key: e.label for e in ex.entities}
    return ex, labels


def asserted(ex, etype=None):
    """Events neither negated nor hypothetical (of one PLOVER type, if given)."""
    return [e for e in ex.events if not e.negated and not e.hypothetical and (etype is None or e.type == etype)]


def types(ex):
    return {e.type for e in asserted(ex)}


def names(labels, keys):
    return sorted(labels[k] for k in keys)


def assert_reads_as(nlp, cases):
    """Each (sentence, PLOVER type) pair: the sentence asserts an event of that type."""
    for text, etype in cases:
        ex, _ = read(nlp, text)
        assert etype in types(ex), (text, [(e.type, e.trigger.text, e.hypothetical) for e in ex.events])


def parsed_doc(words, heads, deps, tags, pos, lemmas):
    """A parsed one-sentence Doc built by hand (the parse fixed, so the statistical model cannot drift)."""
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(words) - 1))
