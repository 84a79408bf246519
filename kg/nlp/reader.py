"""One parsed Doc → sentences, entities, events (what the component stores on the Doc)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.model import Entity, Event, Sentence

from .entities import EntityTable
from .events import EventReader
from .glue import WIKI_HEADING, lost_breaks
from .lexicon import Lexicon
from .tree import Kids, read_tokens

#: A line that is only a byline ("By Jane Doe", "By JANE DOE and JOHN ROE").
_BYLINE = re.compile(r"^\s*(by|from)\s+[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3}(\s*(,|and)\s*[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3})*\s*$")
#: Gallery and video-player controls scraped into the running text ("1 of 46 Full Screen Autoplay Close Skip Ad ×",
#: "View Photos", "Caption People took to the streets"): written with capitals, never words of the story.
_INLINE_FURNITURE = re.compile(r"(?:\b\d+ of \d+ )?\bFull Screen Autoplay Close Skip Ad(?: ×)?|\bView Photos\b|\bSkip Ad\b"
                               r"|\bAutoplay\b|(?<![\w,;] )\bCaption\b(?= [A-Z])")
#: Picture credits and links to other stories run into scraped text: a picture agency's credit ("image copyright AFP
#: image caption", "Photograph: Police National/Handout/EPA") and a link's headline ("Read more: Racist or Islamist —
#: lone-wolf attackers show similar patterns").  The caption after a credit is the story's own words (WikiEvents codes
#: its events); the credit and the other story's headline are not.
_CREDIT_OR_LINK = re.compile(r"\bimage copyright\b[^\n]{0,80}?\bimage caption\b|\bPhotograph: |\bRead more: ")
#: Where a credit or a link's headline ends at the latest: a sentence's end, a line break, a gallery's "View Photos",
#: or a word glued to the next sentence's first ("… similar patternsFrench soldiers …", "Handout/EPAThe suspect …").
_CREDIT_END = re.compile(r"[.!?](?=[\s\"”’]|$)|\n|\bView Photos\b|(?<=[a-z]{3})(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z])")
#: The headline of a linked story run in between paragraphs in brackets ("… and corruption.[Trump administration hits
#: 13 Venezuelans with sanctions in advance of vote]Once the richest …"): a sentence of its own, after a sentence's
#: end or at a line's start, of three words or more, and followed by the next sentence or the line's end.
_BRACKETED_LINK = re.compile(r"(?:(?<=[.!?\"”’])|^)[ \t]?\[[A-Z][^\[\]\n]{10,200}\](?=[ \t]?(?:[A-Z“\"]|$))", re.M)
#: Dateline dates: "WASHINGTON, Jan. 5 (Reuters) —".
_DATELINE_DATE = re.compile(r"^\s*[A-Z][A-Z .'-]+,\s*(?:[A-Z][\w.]*\s*,\s*)?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)")


@dataclass(frozen=True)
class DocResult:
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    events: tuple[Event, ...]
    dateline_date: str | None = None


def furniture_lines(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Character ranges of lines that are page furniture (share buttons, bylines, comments)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip().lower()
        if stripped and len(stripped) < 80:
            if any(stripped.startswith(f) for f in lex.furniture) or _BYLINE.match(line):
                out.append((pos, pos + len(line)))
        pos += len(line) + 1
    if "Skip Ad" in text or "View Photos" in text or "Caption" in text or "Autoplay" in text:
        out += [m.span() for m in _INLINE_FURNITURE.finditer(text)]
    out += credits_and_links(text)
    if "==" in text:
        out += [m.span() for m in WIKI_HEADING.finditer(text)]
    if "[" in text:
        out += [m.span() for m in _BRACKETED_LINK.finditer(text) if m.group().count(" ") >= 2]
    return out


def credits_and_links(text: str) -> list[tuple[int, int]]:
    """Character ranges of picture credits and links to other stories run into the text (see
    :data:`_CREDIT_OR_LINK`): a BBC-style credit up to its "image caption", else up to the next sentence break, the
    break the scrape lost included ("Handout/EPAThe suspect …")."""
    starts = list(_CREDIT_OR_LINK.finditer(text))
    if not starts:
        return []
    breaks = lost_breaks(text)
    out: list[tuple[int, int]] = []
    for m in starts:
        if m.group().endswith("caption"):
            out.append(m.span())  # (the caption after it is the story's)
            continue
        end = min(len(text), m.end() + 300)
        stop = _CREDIT_END.search(text, m.end(), end)
        if stop is not None:
            end = stop.end()
        end = min([b for b in breaks if m.end() < b < end] + [end])
        out.append((m.start(), end))
    return out


def read_doc(doc: Doc, lex: Lexicon, *, text: str | None = None, lowercased: bool | None = None,
             toks: list | None = None) -> DocResult:
    text = doc.text if text is None else text
    if toks is None:
        toks = read_tokens(doc)  # one Token object per position, shared by every rule below
    # sentences, without surrounding whitespace; whitespace-only ones are dropped
    sentences: list[Sentence] = []
    spans: list[tuple[int, int]] = []
    sent_of = [0] * len(doc)
    for sent in doc.sents:
        s, e = sent.start, sent.end
        while s < e and toks[s].is_space:
            s += 1
        while e > s and toks[e - 1].is_space:
            e -= 1
        if s >= e:
            idx = max(len(sentences) - 1, 0)
            for i in range(sent.start, sent.end):
                sent_of[i] = idx
            continue
        a, b = toks[s].idx, toks[e - 1].idx + len(toks[e - 1].text)
        idx = len(sentences)
        sentences.append(Sentence(idx, a, b, text[a:b]))
        spans.append((s, e))
        for i in range(sent.start, sent.end):
            sent_of[i] = idx
    # page furniture: its tokens name nobody and do nothing
    blocked: set[int] = set()
    ranges = furniture_lines(text, lex)
    if ranges:
        for tok in toks:
            for a, b in ranges:
                if a <= tok.idx < b:
                    blocked.add(tok.i)
                    break
    skip = frozenset(i for i, (s, e) in enumerate(spans) if all(t in blocked or toks[t].is_punct or toks[t].is_space for t in range(s, e)))
    frozen = frozenset(blocked)
    date_at: dict[int, tuple[int, int]] = {}
    ents = list(doc.ents)  # Doc.ents walks the whole document on every access: read it once
    for ent in ents:
        if ent.label_ in ("DATE",):
            for i in range(ent.start, ent.end):
                date_at[i] = (ent.start, ent.end)
    table = EntityTable(doc, lex, sent_of, frozen, text, toks, lowercased=lowercased, kids=Kids(toks), ents=ents)
    reader = EventReader(doc, lex, table, sentences, spans, sent_of, frozen, date_at)
    events = reader.events(skip)
    entities = table.entities()
    m = _DATELINE_DATE.match(text[:80])
    return DocResult(tuple(sentences), entities, events, m.group(1) if m else None)
