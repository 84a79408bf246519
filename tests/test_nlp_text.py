"""Pure helpers of the extraction side: slugs, labels, numbers, dates, lexicon integrity."""

from __future__ import annotations

from datetime import date

import pytest

from kg.model import EVENT_TYPES, FINE_TYPES
from kg.nlp.dates import is_point_in_time, resolve
from kg.nlp.lexicon import NOT_AN_EVENT, load_lexicon
from kg.nlp.text import clean_label, parse_number, slug, title_case, vague_number


@pytest.mark.parametrize("name, key", [
    ("Nicolás Maduro", "nicolas-maduro"),
    ("  Committee for the Freedom of Political Prisoners ", "committee-for-the-freedom-of-political-prisoners"),
    ("U.S.", "u-s"),
    ("Владимир Путин", "%D0%B2%D0%BB%D0%B0%D0%B4%D0%B8%D0%BC%D0%B8%D1%80%20%D0%BF%D1%83%D1%82%D0%B8%D0%BD"),
    ("", "x"),
])
def test_slug(name, key):
    assert slug(name) == key


def test_clean_label_and_title_case():
    assert clean_label("the “opposition” leaders") == "opposition leaders"
    assert clean_label("Maduro’s") == "Maduro"
    assert title_case("CARACAS") == "Caracas" and title_case("McAllen") == "McAllen"


@pytest.mark.parametrize("words, value", [
    (["13"], 13), (["2,000"], 2000), (["twenty-five"], 25), (["2.5", "million"], 2_500_000),
    (["eight"], 8), (["a", "dozen"], 12), (["three", "hundred"], 300), (["several"], None),
    (["9" * 40], None), ([], None),
])
def test_parse_number(words, value):
    assert parse_number(words) == value


def test_vague_numbers_are_qualified():
    assert vague_number("dozens") == (24, "at least")
    assert vague_number("people") is None


ANCHOR = date(2025, 1, 15)  # a Wednesday


@pytest.mark.parametrize("text, value, precision", [
    ("on Sunday", "2025-01-12", "day"),
    ("Wednesday", "2025-01-15", "day"),
    ("yesterday", "2025-01-14", "day"),
    ("last year", "2024", "year"),
    ("in July", "2024-07", "month"),
    ("in January", "2025-01", "month"),
    ("July 5, 2023", "2023-07-05", "day"),
    ("5 March", "2024-03-05", "day"),
    ("last month", "2024-12", "month"),
    ("in 1988", "1988", "year"),
    ("2024-02-29", "2024-02-29", "day"),
])
def test_resolve_relative_dates(text, value, precision):
    out = resolve(text, ANCHOR)
    assert (out.value, out.precision, out.text) == (value, precision, text)


def test_unresolvable_dates_keep_their_text():
    assert resolve("on Sunday", None).value is None
    assert resolve("February 30, 2024", ANCHOR).value is None
    assert resolve("sometime", ANCHOR).value is None
    assert not is_point_in_time("more than a year") and is_point_in_time("last year")


def test_lexicon_rows_are_valid():
    lex = load_lexicon()
    for rows in lex.triggers.values():
        for row in rows:
            assert row.type in EVENT_TYPES or row.type == NOT_AN_EVENT
            assert row.fine is None or FINE_TYPES[row.fine] == row.type
            assert row.pos in ("V", "N", "A")
            # a "no event" row only makes sense with a condition, before a row that is an event, or as a phrase
            # that takes its words out of the head word's rows ("die down" is no killing)
            assert row.type != NOT_AN_EVENT or row.conds or len(row.words) > 1
    types = {row.type for rows in lex.triggers.values() for row in rows} - {NOT_AN_EVENT}
    assert types == set(EVENT_TYPES)  # all 16 PLOVER types plus STATEMENT are reachable
    # no row is shadowed: after a one-word row with no condition, no other one-word row of that word
    for (head, pos), rows in lex.triggers.items():
        single = [r for r in rows if len(r.words) == 1]
        assert all(r.conds for r in single[:-1]), (head, pos)
    assert lex.demonyms["venezuelan"].name == "Venezuela"
    assert lex.countries["u.s."].name == "United States"
    assert lex.participants["police"].sector == "COP"
