"""Dates as written → ISO values, anchored on the article date (a pure post-step).

:func:`resolve` never raises: text it cannot read keeps ``value=None``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.model import DateValue

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_LEAD = re.compile(r"^(on|in|at|during|since|by|from|until|of|early|late|mid|earlier|later|the)\s+", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
_YEAR = re.compile(r"^(?:the year\s+)?((?:1[89]|20)\d{2})$")
_BARE_YEAR = re.compile(r"^(?:1[89]|20)\d{2}$")
_DURATION = re.compile(r"\b(years|months|weeks|days|decades|hours|minutes|ago|more than|less than|just|several|few|past|recent|coming|next few)\b", re.IGNORECASE)


def _clean(text: str) -> str:
    out = re.sub(r"[\u2019']s\b", "", text.strip().lower())
    out = re.sub(r"[,.]", " ", out)
    out = re.sub(r"\s+", " ", out).strip()
    prev = None
    while prev != out:
        prev = out
        out = _LEAD.sub("", out)
    return out


def is_point_in_time(text: str) -> bool:
    """False for durations and vague spans ('more than a year', 'just weeks')."""
    t = text.lower()
    if _DURATION.search(t) and not re.search(r"\b(last|this|next) (week|month|year)\b", t):
        return False
    return bool(t.strip())


def parse_anchor(value: str | None) -> date | None:
    """An article date ('2025-01-12', '2025-01-12T10:00Z') → date, else None."""
    if not value:
        return None
    m = re.match(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _day(y: int, m: int, d: int) -> DateValue | None:
    try:
        return DateValue(text="", value=date(y, m, d).isoformat(), precision="day")
    except (ValueError, OverflowError):
        return None


def resolve(text: str, anchor: date | None) -> DateValue:
    """'on Sunday' + 2025-01-14 → 2025-01-12 (day); 'last year' → 2024; 'in July' → 2024-07."""
    out = _resolve(_clean(text), anchor)
    if out is None:
        return DateValue(text=text)
    return DateValue(text=text, value=out.value, precision=out.precision)


def _month_before(month: int, anchor: date) -> int:
    return anchor.year if month <= anchor.month else anchor.year - 1


def _resolve(t: str, anchor: date | None) -> DateValue | None:
    if not t or len(t) > 60:
        return None
    m = _ISO.match(t)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if m.group(3):
            return _day(y, mo, int(m.group(3)))
        if 1 <= mo <= 12:
            return DateValue("", f"{y:04d}-{mo:02d}", "month")
        return None
    m = _YEAR.match(t)
    if m:
        return DateValue("", m.group(1), "year")
    words = t.split()
    # today / yesterday / tomorrow
    if anchor is not None:
        if t in ("today", "tonight", "this morning", "this afternoon", "this evening"):
            return _day(anchor.year, anchor.month, anchor.day)
        if t in ("yesterday", "last night"):
            d = anchor - timedelta(days=1)
            return _day(d.year, d.month, d.day)
        if t == "tomorrow":
            d = anchor + timedelta(days=1)
            return _day(d.year, d.month, d.day)
        rel = {"last": -1, "this": 0, "next": 1, "previous": -1, "past": -1}
        if len(words) == 2 and words[0] in rel:
            off = rel[words[0]]
            if words[1] == "year":
                return DateValue("", f"{anchor.year + off:04d}", "year")
            if words[1] == "month":
                y, mo = anchor.year, anchor.month + off
                if mo == 0:
                    y, mo = y - 1, 12
                elif mo == 13:
                    y, mo = y + 1, 1
                return DateValue("", f"{y:04d}-{mo:02d}", "month")
            if words[1] in WEEKDAYS:
                wd = WEEKDAYS[words[1]]
                back = (anchor.weekday() - wd) % 7 or (7 if off == -1 else 0)
                if off == 1:
                    fwd = (wd - anchor.weekday()) % 7 or 7
                    d = anchor + timedelta(days=fwd)
                else:
                    d = anchor - timedelta(days=back)
                return _day(d.year, d.month, d.day)
            if words[1] in MONTHS:
                mo = MONTHS[words[1]]
                y = anchor.year + off if off else anchor.year
                if off == -1 and mo > anchor.month:
                    y = anchor.year - 1
                elif off == -1:
                    y = anchor.year - 1 if mo >= anchor.month else anchor.year
                return DateValue("", f"{y:04d}-{mo:02d}", "month")
        # "Sunday": the most recent Sunday on or before the article date
        if len(words) == 1 and words[0] in WEEKDAYS:
            back = (anchor.weekday() - WEEKDAYS[words[0]]) % 7
            d = anchor - timedelta(days=back)
            return _day(d.year, d.month, d.day)
        if len(words) == 2 and words[0] in WEEKDAYS and words[1] in ("morning", "afternoon", "evening", "night"):
            back = (anchor.weekday() - WEEKDAYS[words[0]]) % 7
            d = anchor - timedelta(days=back)
            return _day(d.year, d.month, d.day)
    # month forms: "july", "july 2024", "july 5", "5 july", "july 5 2024", "5 july 2024"
    nums = [w for w in words if w.isdigit()]
    months = [w for w in words if w in MONTHS]
    rest = [w for w in words if not w.isdigit() and w not in MONTHS and w not in WEEKDAYS and w not in ("of", "st", "nd", "rd", "th")]
    rest = [w for w in rest if not re.match(r"^\d+(st|nd|rd|th)$", w)]
    ordinal = [int(re.match(r"^(\d+)", w).group(1)) for w in words if re.match(r"^\d+(st|nd|rd|th)$", w)]
    if len(months) == 1 and not rest:
        mo = MONTHS[months[0]]
        years = [int(n) for n in nums if len(n) == 4]
        days = [int(n) for n in nums if len(n) <= 2] + ordinal
        year = years[0] if years else (_month_before(mo, anchor) if anchor else None)
        if days and year is not None:
            return _day(year, mo, days[0])
        if year is not None and not days:
            return DateValue("", f"{year:04d}-{mo:02d}", "month")
    return None


def is_year(text: str) -> bool:
    """A number written as a year of the last two centuries or this one ("1980", "2024")."""
    return _BARE_YEAR.match(text) is not None
