"""The ``kg_extractor`` spaCy component: the Language.factory registration.

It reads entities and events off a parsed Doc and leaves them on Doc
extensions: ``doc._.kg_sentences``, ``doc._.kg_entities``, ``doc._.kg_events``
(tuples of :mod:`kg.model` records; event dates are not yet anchored — that is
the pure post-step in :func:`kg.nlp.extraction.extract`).
"""

from __future__ import annotations

import gc

from spacy.language import Language
from spacy.tokens import Doc

from .casing import add_recased_entities, is_lowercased, trim_headline_entities
from .lexicon import load_lexicon
from .reader import read_doc
from .repair import repair_parse
from .tree import read_tokens

for _name in ("kg_sentences", "kg_entities", "kg_events", "kg_dateline"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class KgExtractor:
    """Entities and PLOVER events of a Doc, as :mod:`kg.model` records."""

    def __init__(self, nlp: Language, name: str = "kg_extractor") -> None:
        self.name = name
        self.lexicon = load_lexicon()
        # the pipeline's NER, for the casing fallback on all-lower-case articles
        self.ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None

    def __call__(self, doc: Doc) -> Doc:
        # The rules make some 100,000 short-lived objects per article (Tokens, lists, drafts), freed by their
        # reference counts on return; the cyclic collector, left on, would scan them over and over in mid-call
        # (and now and then the whole heap with them).  Off for the call; back on after, as it was.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._extract(doc)
        finally:
            if collecting:
                gc.enable()

    def _extract(self, doc: Doc) -> Doc:
        repair_parse(doc)  # (recurring misparses set right before any rule reads the tree)
        toks = read_tokens(doc)  # one pass over the Doc: its Token objects, strings read once, are shared by every rule
        text = "".join([t.text + t.whitespace_ for t in toks])  # (Doc.text would walk the Doc once more)
        lowercased = is_lowercased(text)
        if self.ner is not None and lowercased:
            add_recased_entities(doc, self.ner, self.lexicon, toks)
        elif toks and toks[0].is_title:
            trim_headline_entities(doc, self.lexicon, toks)
        result = read_doc(doc, self.lexicon, text=text, lowercased=lowercased, toks=toks)
        doc._.kg_sentences = result.sentences
        doc._.kg_entities = result.entities
        doc._.kg_events = result.events
        doc._.kg_dateline = result.dateline_date
        return doc


@Language.factory("kg_extractor")
def make_extractor(nlp: Language, name: str) -> KgExtractor:
    return KgExtractor(nlp, name)
