"""Loading the data files under ``kg/nlp/lexicon/`` into typed, read-only tables.

The lexicon is data (reviewable, testable, extendable); this module only parses
it.  :func:`load_lexicon` is cached: every component shares one instance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.strings import get_string_id

from kg.model import EVENT_TYPES, FINE_TYPES

from .text import fold, slug

#: The type of a row that says a word is no event where its condition holds ("arrest the decline").
NOT_AN_EVENT = "-"


@dataclass(frozen=True)
class Cond:
    """One condition of a lexicon row (see the header of ``events.tsv``)."""

    name: str  # clause | human | obj | obj= | notobj= | prep= | comp= | notcomp= | args
    prep: str | None = None
    words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Trigger:
    """One row of ``events.tsv``."""

    words: tuple[str, ...]  # ("call", "for"); the head word is words[0] for verbs, words[-1] for nouns
    pos: str  # V | N | A
    type: str
    fine: str | None
    mode: str | None
    conds: tuple[Cond, ...] = ()

    @property
    def head(self) -> str:
        return self.words[-1] if self.pos == "N" else self.words[0]


@dataclass(frozen=True)
class Country:
    name: str
    key: str
    names: tuple[str, ...]  # every name, the canonical one first
    demonyms: tuple[str, ...]
    iso3: str


@dataclass(frozen=True)
class Organization:
    """One row of ``organizations.tsv``."""

    name: str
    key: str
    names: tuple[str, ...]  # every name, the canonical one first
    code: str | None  # PLOVER sector or international code (IGO, UNO, NGO, IMG, …)


def is_acronym(name: str) -> bool:
    """"UN", "U.N.", "G-20": names that must keep their capitals to be read as names."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > len(letters) / 2


@dataclass(frozen=True)
class City:
    """One row of ``cities.tsv``: a city, its other spellings and the country it is in."""

    name: str
    names: tuple[str, ...]
    country: str  # key of the country


@dataclass(frozen=True)
class Participant:
    sector: str | None
    kind: str  # "state" | "group"


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]
    countries: dict[str, Country]  # folded name → country
    demonyms: dict[str, Country]  # folded demonym → country
    country_by_key: dict[str, Country]
    participants: dict[str, Participant]
    titles: dict[str, tuple[tuple[str, ...], ...]]  # folded first word → title word tuples, longest first
    given_names: frozenset[str]
    org_words: frozenset[str]
    furniture: tuple[str, ...]
    notes: tuple[str, ...] = field(default=())
    places: frozenset[str] = frozenset()  # common nouns of places and facilities
    people: frozenset[str] = frozenset()  # common nouns of people beyond participants.tsv
    not_people: frozenset[str] = frozenset()  # -er/-ist/-ent … nouns that are not people
    heads: frozenset[str] = frozenset()  # every head word of events.tsv (a quick "could be a trigger" test)
    head_ids: frozenset[int] = frozenset()  # string ids of the heads and their regular inflections
    participant_ids: frozenset[int] = frozenset()  # string ids of participant nouns and their plurals
    organizations: dict[str, Organization] = field(default_factory=dict)  # name as written → organisation
    organizations_lower: dict[str, Organization] = field(default_factory=dict)  # lower-cased articles
    female_names: frozenset[str] = frozenset()  # given names nearly always a woman's (folded)
    male_names: frozenset[str] = frozenset()  # … or a man's
    org_prefixes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # first 3 chars → names, longest first
    org_prefixes_lower: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the same, lower-cased, no acronyms
    cities: dict[str, City] = field(default_factory=dict)  # folded name or spelling → city


def _lines(name: str) -> list[str]:
    text = resources.files("kg.nlp").joinpath("lexicon", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


#: Condition names the extractor knows (``events.tsv`` header); a misspelt one must not silently hold.
COND_NAMES = frozenset({
    "clause", "human", "obj", "notobj", "prep", "comp", "notcomp", "args", "subj", "noobj", "passive", "notprep",
    "target", "ofhuman", "ofthing", "xcomp", "objname", "objmod", "prefix", "inf", "subjunctive", "plainclause", "thingclause",
    "subjcountry", "deadline", "verdict", "toinf", "adv", "question", "expletive", "dative", "harmobj", "ing", "inprep", "ownside", "objof", "dep",
    "objclause", "actorclause", "ineffect",
})


#: Class names the extractor itself resolves at run time (not from noun_classes.tsv).
RUNTIME_CLASSES = frozenset({"@cop"})


def parse_classes(lines: list[str]) -> dict[str, frozenset[str]]:
    """Rows of noun_classes.tsv → {"@name": its words}."""
    out: dict[str, frozenset[str]] = {}
    for line in lines:
        name, _, words = line.partition("\t")
        name = name.strip()
        if not name.startswith("@") or name in RUNTIME_CLASSES or name in out or not words.strip():
            raise ValueError(f"noun_classes.tsv: bad row {line!r}")
        out[name] = frozenset(w.strip() for w in words.split("|") if w.strip())
    return out


def _words(words: str, classes: dict[str, frozenset[str]], spec: str) -> frozenset[str]:
    out: set[str] = set()
    for w in (w for w in words.split("|") if w):
        if w.startswith("@") and w not in RUNTIME_CLASSES:
            if w not in classes:
                raise ValueError(f"events.tsv: unknown noun class {w!r} in {spec!r}")
            out |= classes[w]
        else:
            out.add(w)
    return frozenset(out)


def _cond(spec: str, classes: dict[str, frozenset[str]] | None = None) -> Cond:
    name, _, rest = spec.partition("=")
    classes = classes or {}
    if name not in COND_NAMES:
        raise ValueError(f"events.tsv: unknown condition {spec!r}")
    if name == "prep":
        prep, _, words = rest.partition(":")
        if "|" in prep:
            raise ValueError(f"events.tsv: one preposition per prep condition: {spec!r}")
        return Cond("prep", prep or None, _words(words, classes, spec))
    return Cond(name, None, _words(rest, classes, spec))


def _dash(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


def parse_triggers(lines: list[str], classes: dict[str, frozenset[str]] | None = None) -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """Rows of events.tsv → {(head lemma, pos): rows}, multi-word rows first, else file order; "@class" among a
    condition's words stands for the words of that class (``classes``, read from noun_classes.tsv)."""
    table: dict[tuple[str, str], list[Trigger]] = {}
    for line in lines:
        cols = line.split("\t")
        if len(cols) < 6:
            raise ValueError(f"events.tsv: expected 6 columns: {line!r}")
        words = tuple(cols[0].lower().split())
        pos, etype, fine, mode, conds = cols[1], cols[2], _dash(cols[3]), _dash(cols[4]), _dash(cols[5])
        if etype not in EVENT_TYPES and etype != NOT_AN_EVENT:
            raise ValueError(f"events.tsv: unknown type {etype!r}")
        if fine is not None and FINE_TYPES.get(fine) != etype:
            raise ValueError(f"events.tsv: fine type {fine!r} does not refine {etype}")
        trig = Trigger(words, pos, etype, fine, mode, tuple(_cond(c, classes) for c in conds.split(",")) if conds else ())
        table.setdefault((trig.head, pos), []).append(trig)
    return {k: tuple(sorted(v, key=lambda t: -len(t.words))) for k, v in table.items()}


#: Suffixes stripped (and endings added) to find the lemma of a verb the lemmatiser got wrong
#: ("caned" → "cane", "staged" → "stage", "reoccupied" → "reoccupy"); see ``EventReader._form_rows``.
FORM_CUTS = (("ied", "y"), ("ies", "y"), ("ed", "e"), ("d", ""), ("ed", ""), ("ing", "e"), ("ing", ""), ("es", ""), ("s", ""))
#: Final consonants English doubles before -ed / -ing ("unban" → "unbanned", "nab" → "nabbing").
DOUBLING = frozenset("bdgklmnprt")


#: Past forms the lemmatiser leaves as they are.
LEMMA_FIXES = {"leapt": "leap", "decreed": "decree", "forgave": "forgive", "forgiven": "forgive", "strode": "stride", "foresaw": "foresee", "lathis": "lathi"}


def inflections(heads) -> set[str]:
    """The heads and every form ``FORM_CUTS`` would lead back to one of them."""
    out = set(heads)
    for head in heads:
        if len(head) >= 3 and head[-1] in DOUBLING and head[-2] in "aeiou" and head[-3] not in "aeiou":
            out.update((head + head[-1] + "ed", head + head[-1] + "ing"))  # "unbanned", "nabbing"
        for cut, add in FORM_CUTS:
            if head.endswith(add):
                stem = head[: len(head) - len(add)]
                if len(stem) >= 3:
                    out.add(stem + cut)
    return out


def plurals(nouns) -> set[str]:
    """The nouns and the plurals ``entities.singular`` reads back to them."""
    out = set(nouns)
    for noun in nouns:
        out.add(noun + "s")
        if noun.endswith("y"):
            out.add(noun[:-1] + "ies")
        if noun.endswith("man"):
            out.add(noun[:-3] + "men")
    return out


def parse_organizations(lines: list[str]) -> dict[str, Organization]:
    """Rows of organizations.tsv → {every name as written: organisation}."""
    out: dict[str, Organization] = {}
    for line in lines:
        names_col, code = (line.split("\t") + ["", ""])[:2]
        names = tuple(n.strip() for n in names_col.split("|") if n.strip())
        if not names:
            raise ValueError(f"organizations.tsv: no name in {line!r}")
        org = Organization(names[0], slug(names[0]), names, _dash(code))
        for n in names:
            if n in out and out[n] != org:
                raise ValueError(f"organizations.tsv: {n!r} names two organisations")
            out[n] = org
    return out


def _prefix_table(names) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for n in names:
        table.setdefault(n[:3], []).append(n)
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in table.items()}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    countries: dict[str, Country] = {}
    demonyms: dict[str, Country] = {}
    by_key: dict[str, Country] = {}
    for line in _lines("countries.tsv"):
        names_col, dem_col, iso3 = (line.split("\t") + ["", "", ""])[:3]
        names = tuple(n.strip() for n in names_col.split("|") if n.strip())
        dems = tuple(d.strip() for d in dem_col.split("|") if d.strip())
        country = Country(names[0], slug(names[0]), names, dems, iso3.strip())
        by_key[country.key] = country
        for n in names:
            countries.setdefault(fold(n), country)
            if fold(n).startswith("the "):
                countries.setdefault(fold(n)[4:], country)
        for d in dems:
            demonyms.setdefault(fold(d), country)
    participants = {}
    for line in _lines("participants.tsv"):
        lemma, sector, kind = (line.split("\t") + ["", "", ""])[:3]
        participants[lemma.strip().lower()] = Participant(_dash(sector), kind.strip() or "group")
    titles: dict[str, list[tuple[str, ...]]] = {}
    for line in _lines("titles.txt"):
        words = tuple(fold(w) for w in line.split())
        titles.setdefault(words[0], []).append(words)
    given = frozenset(fold(w) for line in _lines("given_names.txt") for w in line.split())
    gendered = [line.split() for line in _lines("gendered_names.txt")]
    female = frozenset(fold(w) for words in gendered if words[0] == "f" for w in words[1:])
    male = frozenset(fold(w) for words in gendered if words[0] == "m" for w in words[1:])
    if female & male:
        raise ValueError(f"gendered_names.txt: names listed as both: {sorted(female & male)}")
    org_words = frozenset(fold(w) for line in _lines("org_words.txt") for w in line.split())
    furniture = tuple(line.strip().lower() for line in _lines("furniture.txt"))
    people_lines = [line.strip().lower() for line in _lines("people.txt")]
    triggers = parse_triggers(_lines("events.tsv"), parse_classes(_lines("noun_classes.tsv")))
    orgs = parse_organizations(_lines("organizations.tsv"))
    cities: dict[str, City] = {}
    for line in _lines("cities.tsv"):
        names_part, _, country_name = line.partition("\t")
        names = tuple(n.strip() for n in names_part.split("|") if n.strip())
        country = countries[fold(country_name.strip())]
        city = City(names[0], names, country.key)
        for n in names:
            cities.setdefault(fold(n), city)
    # lower-cased articles: only full names whose every word is capitalised ("save the children" is
    # also a verb phrase), or but an "of" between three or more ("times of india"; not "Group of Seven": "a
    # group of seven men"); acronyms never ("who", "un"); news media only with an "of" (their names are
    # common words: "express", "times", "post", "news"); a name the file itself writes lower-case ("cbi") is
    # one written so for lower-cased articles
    lower_names = {n for n in orgs if n.islower()} | {n.lower() for n, org in orgs.items() if not is_acronym(n) and (
        all(w[:1].isupper() for w in n.split()) and org.code != "JRN"
        or len(n.split()) >= 3 and " of " in n and all(w[:1].isupper() or w == "of" for w in n.split()) and n.split()[0] != "Group")}
    heads = frozenset(head for head, _ in triggers)
    return Lexicon(
        triggers=triggers,
        heads=heads,
        head_ids=frozenset(get_string_id(w) for w in inflections(heads) | {k for k, v in LEMMA_FIXES.items() if v in heads}),
        participant_ids=frozenset(get_string_id(w) for w in plurals(participants)),
        countries=countries,
        demonyms=demonyms,
        country_by_key=by_key,
        participants=participants,
        titles={k: tuple(sorted(v, key=len, reverse=True)) for k, v in titles.items()},
        given_names=given,
        female_names=female,
        male_names=male,
        org_words=org_words,
        furniture=furniture,
        places=frozenset(line.strip().lower() for line in _lines("places.txt")),
        people=frozenset(w for w in people_lines if not w.startswith("!")),
        not_people=frozenset(w[1:] for w in people_lines if w.startswith("!")),
        organizations=orgs,
        organizations_lower={n.lower(): org for n, org in orgs.items() if n.lower() in lower_names},
        org_prefixes=_prefix_table(orgs),
        cities=cities,
        org_prefixes_lower=_prefix_table(lower_names),
    )
