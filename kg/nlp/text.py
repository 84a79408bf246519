"""Small pure string helpers for the extraction side: slugs, labels, numbers.

Nothing here knows about spaCy; every function is total (never raises on odd
input) and deterministic.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")
#: Quote characters stripped from the ends of labels.
_QUOTES = "\"'“”‘’«»„‟‹›`´"
#: Leading words dropped from labels ("the government" → "government").
_LEADING = ("the ", "a ", "an ", "this ", "that ", "these ", "those ")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """NFKD-fold and lower-case: 'Nicolás' → 'nicolas'."""
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).lower()


def slug(text: str) -> str:
    """A stable key from a name, in the style of the RDF side's slugs.

    'Nicolás Maduro' → 'nicolas-maduro'.  Names with nothing ASCII left after
    folding (Cyrillic, Arabic …) are percent-encoded so they stay distinct.
    """
    out = _NON_ALNUM.sub("-", fold(text)).strip("-")
    if out:
        return out[:80].strip("-")
    nfc = unicodedata.normalize("NFC", _SPACES.sub(" ", text).strip().lower())
    return quote(nfc[:40], safe="") or "x"


@lru_cache(maxsize=65536)
def squash(text: str) -> str:
    """Collapse runs of whitespace to one space and trim."""
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def clean_label(text: str) -> str:
    """A display label from a surface span: no outer quotes, no leading article,
    no trailing possessive, single spaces.  'the “opposition”' → 'opposition'."""
    out = squash(text).strip(_QUOTES + " ,;:")
    out = out.replace("“", "").replace("”", "").replace('"', "")
    out = squash(out)
    low = out.lower()
    for lead in _LEADING:
        if low.startswith(lead) and len(out) > len(lead):
            out = out[len(lead):]
            break
    for tail in ("’s", "'s", "’", "'"):
        if out.endswith(tail) and len(out) > len(tail):
            out = out[: -len(tail)]
            break
    return out.strip(_QUOTES + " ,;:") or squash(text)


def title_case(text: str) -> str:
    """'CARACAS' → 'Caracas', 'SAN JOSE' → 'San Jose'; mixed case is kept."""
    if text.isupper():
        return " ".join(w[:1] + w[1:].lower() for w in text.split(" "))
    return text


#: Number words → value ("twenty" → 20).
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a": 1, "an": 1, "single": 1,
}
#: Multipliers ("2.5 million", "three hundred").
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "million": 1_000_000,
    "billion": 1_000_000_000, "k": 1000, "m": 1_000_000, "bn": 1_000_000_000,
}
#: Vague quantities → a conservative integer (always qualified "at least" / "about").
VAGUE: dict[str, tuple[int, str]] = {
    "dozen": (12, "about"),
    "dozens": (24, "at least"),
    "scores": (40, "at least"),
    "hundreds": (200, "at least"),
    "thousands": (2000, "at least"),
    "tens of thousands": (20000, "at least"),
    "hundreds of thousands": (200000, "at least"),
    "millions": (2000000, "at least"),
    "a couple": (2, "about"),
    "a handful": (3, "about"),
}
_DIGITS = re.compile(r"^\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+$|^\d{1,15}$|^\d{1,15}\.\d{1,6}$")
_MAX = 10**12


def parse_number(words: list[str] | tuple[str, ...]) -> int | None:
    """Integer value of a short numeral phrase, or None.

    '2,000' → 2000, 'twenty-five' → 25, '2.5 million' → 2500000, 'a dozen' → 12.
    Refuses anything that is not clearly a cardinal, and anything huge.
    """
    toks: list[str] = []
    for w in words:
        toks.extend(t for t in w.lower().replace("-", " ").split() if t)
    toks = [t for t in toks if t != "and"]
    if not toks or len(toks) > 6:
        return None
    total = 0
    current: float | None = None
    for tok in toks:
        if _DIGITS.match(tok):
            num = float(re.sub(r"[,\u202f\u00a0 ]", "", tok))
            current = num if current is None else current + num
        elif tok in UNITS:
            current = (current or 0) + UNITS[tok]
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok in SCALES:
            scale = SCALES[tok]
            current = (current if current is not None else 1) * scale
            if scale >= 1000:
                total += current
                current = None
        else:
            return None
    if current is not None:
        total += current
    if total < 0 or total > _MAX or total != total:
        return None
    value = int(round(total))
    return value


def vague_number(text: str) -> tuple[int, str] | None:
    """'dozens' → (24, 'at least'); None when the phrase is not a vague quantity."""
    return VAGUE.get(squash(text.lower()))


def singular(word: str) -> str:
    """A rough singular for a plural the tagger left unlemmatised ("Farmers" read as a name)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
