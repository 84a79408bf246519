"""The ``kg_unglue`` spaCy component: sentence breaks that scraped text lost.

Text copied from web pages often loses the line break between a headline and
the story, or the space after a full stop: "Roadside IED kills Russian major
general in SyriaThe desert south …", "… Boston Bomb ProbeBOSTON — A citizen …",
"… last year's deadly blast.Azamat Tazhayakov …".  The tokenizer then makes
one word of "SyriaThe" and the parser one sentence of headline and lead, so the
headline's event takes the lead's words and names such as "SyriaThe desert"
appear.  This component runs first: it splits such a word where the break was
lost and starts a sentence there.  It never changes the text (the pieces
simply have no space between them), so every offset stays the article's own.

Only breaks that are unambiguous are restored: a lower-case letter or digit
glued to a word that opens sentences ("The", "A", "Police" …), to an
all-capitals dateline ("ProbeBOSTON —", "AfghanistanKANDAHAR,"), or a full stop
glued to a capitalised word.  A lower-cased article's dateline ("ludhiana: the police …") is also a sentence
of its own, so the parser does not take the place for the story's subject.  Names written in camel case ("McDonald",
"WhatsApp", "DeSantis") do not match any of these.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

#: Words that open a sentence and never continue a word written in camel case.
OPENERS = frozenset((
    "The A An In On At For After Before As When While This That These Those It He She They We His Her Their Its"
    " Police Officials Authorities According Some Two Three Four Five Six Seven Eight Nine Ten Security Government"
    " Like Neither From By But During Despite Since Although Under Without If There Many Most Several Meanwhile"
    " Earlier Later Prosecutors Investigators Witnesses Residents Protesters Troops Soldiers Rebels Militants"
).split())
#: A capitalised word glued to a lower-case letter or digit (with a possessive, and what follows it).
GLUED_WORD = re.compile(r"(?<=[a-z0-9])([A-Z][a-z]*)(['’]s)?(?![\w-])(\s?)")
#: Six or more lower-case letters that start a word and end where a :data:`GLUED_WORD` starts.
_LONG_LOWER_BEFORE = re.compile(r"(?<![\w@#/.&_-])[a-z]{6,}\Z")
#: Other places where a break was lost: the offset at which the second sentence starts.
LOST_BREAK = re.compile(
    r"(?<=[a-z]{2})(?=[A-Z]{3,}(?:,|\s+[—–-]|\s*\())"  # a dateline: "ProbeBOSTON —", "AfghanistanKANDAHAR,"
    r"|(?<=[a-z0-9]{2}[.!?])(?=[A-Z][a-z])"  # "blast.Azamat", "more than 260.Magistrate"
    r"|(?<=[a-z]{2}[.!?][\"”’])(?=[A-Z])"  # 'Saturday."Three'
    r"|(?<=[a-z0-9]{2}[.!?])(?=\[[A-Z])"  # "and corruption.[Trump administration hits …]": a link's headline
    r"|(?<=[a-z]{2}\])(?=[A-Z][a-z])"  # "… arisen in Venezuela]More than 7 million": the story again after it
)


#: A wiki section heading ("==Responses and arrests==").
WIKI_HEADING = re.compile(r"={2,4} ?[A-Z][^=\n]{0,80}? ?={2,4}")
#: A lower-cased article's dateline: one to three words and a colon ("ludhiana: the crime branch …",
#: "new delhi: …"); the parser takes the place for the subject unless the story after it is a sentence of its own.
LOWER_DATELINE = re.compile(r"\A\s*[a-z]+(?:[ -][a-z]+){0,2}:\s+(?=[a-z0-9])")
#: Words that never make a dateline ("the police said: …").
NOT_A_DATELINE = frozenset({"the", "a", "an", "he", "she", "they", "it", "we", "i", "police", "said", "says", "note", "update", "also", "read", "and"})


#: Where a :data:`LOST_BREAK` may be: a lower-case letter or digit before a capital or a sentence's end, the break one to
#: three characters on.  (LOST_BREAK opens with look-behinds, so a scan of the whole text tries them at every
#: character; this pattern's first character is a plain class, and the few places it finds are checked.)
BREAK_HINT = re.compile(r"[a-z0-9][A-Z.!?\]]")


def lost_breaks(text: str) -> list[int]:
    """Character offsets in ``text`` where a sentence starts that lost the break before it."""
    # (the same offsets as LOST_BREAK.finditer(text): every one of them is one to three characters after a hint)
    found = {p for m in BREAK_HINT.finditer(text) for p in range(m.start() + 1, m.start() + 4) if LOST_BREAK.match(text, p)}
    m = LOWER_DATELINE.match(text)
    if m is not None and not any(w in NOT_A_DATELINE for w in re.split(r"[ -]", m.group().strip(" \t\n:"))) \
            and not any(c.isupper() for c in text[:400]):
        found.add(m.end())
    if "==" in text:
        # a wiki section heading run into the text ("… carried out by ETA.==Background==The Rolando Cafe …"): a
        # sentence of its own, and the story goes on after it
        for h in WIKI_HEADING.finditer(text):
            found.update(p for p in h.span() if 0 < p < len(text) and not text[p - 1].isspace() and not text[p].isspace())
    countries = _country_words()
    for m in GLUED_WORD.finditer(text):
        word, possessive, space = m.groups()
        if word in OPENERS and not possessive and space:
            found.add(m.start())  # "SyriaThe desert", "SuspectA court", "2018The Russian"
        elif word in countries and text[m.start() - 3:m.start()].isalpha() and text[m.start() - 3:m.start()].islower():
            # a word of three or more lower-case letters glued to a one-word country or demonym that ends there
            # ("insurgentsRussia’s foray", "patternsFrench soldiers"): no camel-case name ends in a country
            found.add(m.start())
        elif _LONG_LOWER_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            # a word that starts with six or more lower-case letters glued to a capitalised one ("… and
            # assassinationsDagestan's Muslims"): camel-case names start with a capital or with one or two
            # lower-case letters ("iPhone", "eBay"); handles, tags and addresses are left alone
            found.add(m.start())
    return sorted(found)



@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """One-word country names and demonyms, capitalised ("Russia", "French")."""
    from .lexicon import load_lexicon

    lex = load_lexicon()
    return frozenset(w.title() for w in (*lex.countries, *lex.demonyms) if w.isalpha() and len(w) > 3)


class Unglue:
    """Split words that join two sentences and start a sentence at the second (see the module docs)."""

    def __init__(self, name: str = "kg_unglue") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        if "." in text:
            keep_initials(doc, text)
        breaks = lost_breaks(text)
        if not breaks:
            return doc
        cuts: dict[int, list[int]] = {}  # token index → cut offsets inside it
        for at in breaks:
            tok = doc[doc_index_at(doc, at)]
            if tok.idx == at:
                continue
            inside = [at - tok.idx]
            if tok.text[inside[0] - 1] in ".!?\"”’":
                # ("blast.Azamat", 'Saturday."Three': the full stop, with its closing quote, is a token of
                # its own, as the tokenizer makes it elsewhere)
                stop = inside[0] - 1
                while stop > 0 and tok.text[stop - 1] in ".!?":
                    stop -= 1
                inside.insert(0, stop)
            if tok.text[inside[-1]] == "[":
                inside.append(inside[-1] + 1)  # ("corruption.[Trump": the bracket is a token of its own)
            elif tok.text[inside[-1] - 1] == "]":
                inside.insert(0, inside[-1] - 1)  # ("Venezuela]More")
            cuts.setdefault(tok.i, []).extend(inside)
        if cuts:
            with doc.retokenize() as retok:
                for i, offsets in cuts.items():
                    tok = doc[i]
                    bounds = [0, *sorted(set(o for o in offsets if 0 < o < len(tok.text))), len(tok.text)]
                    orths = [tok.text[a:b] for a, b in zip(bounds, bounds[1:])]
                    if len(orths) > 1:
                        retok.split(tok, orths, heads=[(tok, 0)] * len(orths))
        for at in breaks:  # (each break starts a sentence)
            i = doc_index_at(doc, at)
            if doc[i].idx == at and i > 0:
                doc[i].is_sent_start = True
        return doc


#: Initials in lower-cased text ("pi h.r. vaghela", "dsp k.s. rathore"), followed by a lower-case word.
LOWER_INITIALS = re.compile(r"(?<![\w.])[a-z](?:\.[a-z]){1,2}\.(?=[ \t]+[a-z][a-z'’-]+)")
_DOT_LOWER = re.compile(r"\.[a-z]")
#: Abbreviations of that shape that often end a sentence ("in the u.s.") or are no one's initials.
NOT_INITIALS = frozenset({"u.s.", "u.k.", "u.n.", "e.u.", "a.m.", "p.m.", "i.e.", "e.g.", "n.b.", "u.a.e."})


def keep_initials(doc: Doc, text: str) -> None:
    """'a team led by pi h.r. vaghela picked up …': in lower-cased text the tokenizer splits the last full stop off a
    person's initials and the parser ends the sentence there; the initials are one word and the name goes on."""
    if _DOT_LOWER.search(text) is None:
        return  # (no full stop before a lower-case letter: no initials; found faster than LOWER_INITIALS finds none)
    spans = []
    for m in LOWER_INITIALS.finditer(text):
        if m.group() in NOT_INITIALS:
            continue
        span = doc.char_span(m.start(), m.end())
        if span is not None:
            spans.append(span)
    if not spans:
        return
    with doc.retokenize() as retok:
        for span in spans:
            if len(span) > 1:
                retok.merge(span)
    for span in spans:
        tok = doc.char_span(span.start_char, span.end_char)
        if tok is not None and tok.end < len(doc):
            doc[tok.end].is_sent_start = False


def doc_index_at(doc: Doc, offset: int) -> int:
    """The index of the token that holds character ``offset``."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else len(doc) - 1


@Language.factory("kg_unglue")
def make_unglue(nlp: Language, name: str) -> Unglue:
    return Unglue(name)
