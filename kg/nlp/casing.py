"""A casing fallback for all-lower-case articles (some wire archives publish text lower-cased).

The statistical NER leans on capitalisation; on "police arrested mohammad husain kalota in godhra" it
finds almost nothing.  For a document with (almost) no capital letters we build a re-cased copy —
sentence starts, words the tagger reads as proper nouns, country names and demonyms, and words
right after a title ("inspector k s trivedi") get an initial capital — run the pipeline's own NER
on it, and add the names it finds there that the lower-case run missed.  Only multi-word person
and organisation names and place names are taken over, the kinds the re-cased run gets right most
often; nothing the first run found is replaced.  Articles with ordinary casing are untouched.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .lexicon import Lexicon
from .text import fold, singular

#: Share of upper-case letters below which a text counts as lower-cased (ordinary news: 2–9 %).
LOWER_SHARE = 0.006
#: Fewest letters a text needs before its casing is judged.
MIN_LETTERS = 40
#: Words after which a lower-cased name follows ("inspector k s trivedi", "minister l k advani").
TITLE_WORDS = frozenset({
    "president", "minister", "inspector", "commissioner", "superintendent", "magistrate", "general",
    "sp", "dig", "ig", "mla", "mp", "chief", "governor", "judge", "justice", "dr", "mr", "mrs", "ms",
    "shri", "smt", "collector", "officer", "secretary", "chairman", "constable", "leader", "mayor",
    "spokesman", "spokesperson", "sub-inspector", "senator", "prime", "king", "queen", "prince",
})
#: Words either side of a re-cased word that the second NER run reads.
WINDOW = 6
#: Words the tagger may call proper nouns that name no one: days and months (and the lexicon's own
#: nouns of people, places and offices, see :func:`worth_a_look`), so no window is read for them.
CALENDAR = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
})
#: Labels taken over from the re-cased run.
TAKEN = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


_UPPER = re.compile(r"[A-Z]")
_LETTER = re.compile(r"[A-Za-z]")


def is_lowercased(text: str) -> bool:
    """True when letters are many and capitals (almost) absent."""
    upper = len(_UPPER.findall(text))
    if upper > LOWER_SHARE * len(text):
        return False  # (more capitals than the share allows of all characters, so of all letters too)
    letters = len(_LETTER.findall(text))
    return letters >= MIN_LETTERS and upper <= LOWER_SHARE * letters


def recase(toks: list, lex: Lexicon) -> tuple[list[str], list[int]]:
    """Re-cased words and the indices of the words re-cased for a reason other than starting a sentence."""
    words: list[str] = []
    marked: list[int] = []
    prev = None
    for tok in toks:
        word = tok.text
        low = fold(word)
        reason = tok.pos_ == "PROPN" or low in lex.countries or low in lex.demonyms or \
            (prev is not None and prev.lower_ in TITLE_WORDS and tok.pos_ in ("PROPN", "NOUN", "X", "ADJ")) or \
            (tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.pos_ in ("NOUN", "ADJ", "X") and tok.i < tok.head.i
             and prev is not None and prev.pos_ == "PROPN")  # "mohammad husain kalota"
        if (reason or tok.is_sent_start) and word.isalpha() and word.islower():
            word = word[0].upper() + word[1:]
            if reason:
                marked.append(tok.i)
        words.append(word)
        prev = tok
    return words, marked


def worth_a_look(toks: list, i: int, lex: Lexicon) -> bool:
    """Whether a re-cased word is worth a window of its own for the NER to read again: days, months and
    the lexicon's common nouns ("district", "police", "mobs") are not (they are still read as the context
    of a name next to them, which keeps "district magistrate alapan bandyopadhyay" whole)."""
    low = toks[i].lower_
    if low in CALENDAR:
        return False
    lemma = toks[i].lemma_.lower()
    return not (lemma in lex.participants or lemma in lex.places or lemma in lex.people or low in lex.participants)


def add_recased_entities(doc: Doc, ner, lex: Lexicon, toks: list | None = None) -> None:
    """Add to ``doc.ents`` the names NER finds on a re-cased copy and not on the document itself.

    Only windows around the re-cased words are read again (NER looks a few words either way), each
    within its sentence, so the cost follows the number of candidate names, not the article's length.
    ``toks``: the Doc's tokens when the caller has them already."""
    if toks is None:
        toks = list(doc)
    words, marked = recase(toks, lex)
    marked = [i for i in marked if worth_a_look(toks, i, lex)]
    # a word the first run already read as a place, or as part of a longer name, needs no second look
    settled = {i for ent in doc.ents if ent.label_ in ("GPE", "LOC", "FAC", "NORP") or len(ent) > 1
               for i in range(ent.start, ent.end)}
    marked = [i for i in marked if i not in settled]
    if not marked:
        return
    windows: list[list[int]] = []
    for i in marked:
        sent = toks[i].sent
        a, b = max(sent.start, i - WINDOW), min(sent.end, i + WINDOW + 1)
        if windows and a <= windows[-1][1] and sent.start <= windows[-1][0]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    copies = [Doc(doc.vocab, words=words[a:b], spaces=[bool(t.whitespace_) for t in toks[a:b]]) for a, b in windows]
    kept = list(doc.ents)
    taken = {i for ent in kept for i in range(ent.start, ent.end)}
    extra: list[Span] = []
    for (a, b), copy in zip(windows, ner.pipe(copies)):
        for ent in copy.ents:
            start, end = a + ent.start, a + ent.end
            if ent.label_ not in TAKEN:
                continue
            inside = [e for e in kept if start <= e.start and e.end <= end]
            if any(i in taken for i in range(start, end)):
                # a longer name read on the re-cased copy replaces the fragments found inside it
                # ("kalota" as ORG inside "Mohammad Husain Kalota"); any other overlap keeps the first reading
                if not (ent.label_ in ("PERSON", "ORG") and len(ent) >= 2 and inside and
                        all(i in range(start, end) for e in inside for i in range(e.start, e.end)) and
                        not any(e for e in kept if e not in inside and e.start < end and start < e.end)):
                    continue
                kept = [e for e in kept if e not in inside]
                taken.difference_update(i for e in inside for i in range(e.start, e.end))
            if ent.label_ in ("PERSON", "ORG") and len(ent) < 2:
                continue  # single re-cased words are too often places read as people
            if all(t.is_stop or t.is_punct for t in ent):
                continue
            # a window edge may cut a name: keep names that end inside the window
            if (ent.start == 0 and a > toks[a].sent.start) or (ent.end == len(copy) and b < toks[b - 1].sent.end):
                continue
            extra.append(Span(doc, start, end, label=ent.label_))
            taken.update(range(start, end))
    if extra:
        doc.ents = sorted(kept + extra, key=lambda s: s.start)


# -- Title Case headlines --------------------------------------------------------------------------

#: Share of capitalised words above which a first line counts as a Title Case headline.
TITLE_SHARE = 0.6
#: Small words a Title Case headline may leave in lower case.
TITLE_SMALL = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "as",
                         "from", "after", "over", "near", "into", "amid", "vs"})


def headline_end(toks: list) -> int:
    """Token end of a Title Case headline on the article's first line ("Kenya Arrests 20 in Regional
    Crackdown"), or 0: three or more words, no closing full stop, most words capitalised."""
    end = next((t.i for t in toks if "\n" in t.text or "\n" in t.whitespace_), None)
    if end is None:
        return 0
    if toks[end].text.strip():
        end += 1  # (the newline is the token's trailing whitespace)
    words = [t for t in toks[:end] if t.is_alpha]
    if len(words) < 3 or toks[end - 1].text in (".", "!", "?", '"', "”"):
        return 0
    content = [t for t in words if t.lower_ not in TITLE_SMALL]
    if not content or sum(1 for t in content if t.text[:1].isupper()) < TITLE_SHARE * len(content) or all(t.is_upper for t in content):
        return 0
    return end


def _trigger_form(word: str, lex: Lexicon, pos: str) -> bool:
    """A word of the event lexicon, in a plain inflected form ("Arrests", "Frees", "Talks")."""
    low = word.lower()
    stems = {low, singular(low), low[:-2] if low.endswith("es") else low}  # ("Frees", "Talks", "Clashes")
    return any((s, pos) in lex.triggers for s in stems)


def trim_headline_entities(doc: Doc, lex: Lexicon, toks: list) -> None:
    """Names NER reads across the verb of a Title Case headline ("Kenya Arrests" as a person, "Maduro
    Frees Opposition Leader" as a group) end before that verb; a "name" that ends in an event noun
    ("Regional Crackdown") is none.  Articles without such a first line are untouched."""
    end = headline_end(toks)
    if not end:
        return
    kept: list[Span] = []
    changed = False
    for ent in doc.ents:
        if ent.start >= end:
            kept.append(ent)
            continue
        cut = next((i for i in range(ent.start, ent.end) if _trigger_form(toks[i].text, lex, "V")), None)
        if cut is not None:
            changed = True
            if cut > ent.start:
                # ("Kenya Arrests …": NER read a person; what is left may be a country)
                label = "GPE" if fold(doc[ent.start:cut].text) in lex.countries else ent.label_
                kept.append(Span(doc, ent.start, cut, label=label))
            continue
        if _trigger_form(toks[ent.end - 1].text, lex, "N") and fold(ent.text) not in lex.countries:
            changed = True
            continue
        kept.append(ent)
    if changed:
        doc.ents = kept
