"""Doc → canonical entities: model fixes, titles, countries, groups, coreference.

One :class:`EntityTable` is built per Doc.  It reads the model's named
entities, corrects its systematic errors with rules (dateline cities, given
names labelled ORG, titles labelled ORG, surnames labelled ORG), folds every
surface form of a person into one canonical name, turns unnamed participants
("13 people", "Venezuelan authorities") into groups or state actors, and
answers, for any token the event rules point at, which entities it names
(resolving "he", "it", "the organization" and bare "the government").

All keys are deterministic: slugs of canonical names (global scope) or of the
group's words (article scope).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.model import Entity, Mention

from .casing import is_lowercased
from .lexicon import Country, Lexicon
from .text import (
    clean_label,
    fold,
    parse_number,
    singular,
    slug,
    squash,
    title_case,
    vague_number,
)
from .tree import Kids, candidates

# ---------------------------------------------------------------------------------------------
# Rule sets (module constants; one comment each)

#: Small words inside personal names ("F.W. de Klerk", "Ahmed bin Ali", "Ludwig van Beethoven").
NAME_PARTICLES = frozenset({"de", "van", "von", "bin", "ibn", "al", "el", "da", "del", "della", "di", "du", "der", "den",
                            "dos", "das", "la", "le", "abu", "ben", "ter", "ould", "arap"})
#: Nouns that name people only with a word of their kind before them: "opposition figures", "a prominent religious
#: figure", "the student protest movement", "member states" (not "casualty figures", "freedom of movement", "the state").
KIND_OF_PEOPLE = {
    "figure": frozenset({"opposition", "political", "public", "religious", "tribal", "community", "senior", "key",
                         "leading", "prominent", "rebel", "militant", "underworld", "military", "party", "dissident"}),
    "state": frozenset({"member", "gulf", "arab", "african", "western", "european", "neighbouring", "neighboring",
                        "nuclear", "rogue", "baltic", "nordic", "island", "frontline", "donor", "signatory"}),
    "movement": frozenset({"protest", "opposition", "rebel", "resistance", "separatist", "independence", "islamist",
                           "student", "youth", "democracy", "pro-democracy", "labour", "labor", "peasant", "political",
                           "civil", "militant", "nationalist", "secessionist", "insurgent", "guerrilla"}),
}
#: Place nouns that, bare after their preposition, make a set phrase rather than name a place.
#: Acronyms in organizations.tsv that are also English words: in capitalised text ("WHAT IS NEXT") they are the word.
SHOUTED_ACRONYMS = frozenset({"IS", "WHO", "AU", "ETA", "UN"})
IDIOM_PLACES = frozenset({("on", "ground")})
#: spaCy labels that name people, organisations, places.
PERSON_LABELS = frozenset({"PERSON"})
ORG_LABELS = frozenset({"ORG"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels the given-name rule may turn into PERSON (the model's usual confusions).
RELABELABLE = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
#: Dash-like tokens that end a dateline ("CARACAS, Venezuela —").
DATELINE_DASHES = frozenset({"—", "–", "-", "--", "―", "−", ":"})
#: Pronouns that refer to a person.
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
#: Pronouns that refer to an organisation or state.
ORG_PRONOUNS = frozenset({"it", "its", "itself"})
#: Nouns of a body, which a singular "it" (not "he" or "she") can stand for ("the army … It added").
COLLECTIVE_NOUNS = frozenset({
    "army", "military", "police", "government", "ministry", "militia", "group", "force", "council", "court",
    "committee", "parliament", "party", "union", "agency", "administration", "regime", "junta", "authority",
    "navy", "company", "organisation", "organization", "movement", "alliance", "coalition", "cabinet",
    "legislature", "tribunal", "commission", "department", "embassy", "faction", "brigade", "battalion",
    "unit", "team", "opposition", "guard", "network", "cell", "gang", "board", "bank", "firm",
})
#: Crowds and households, which news calls "they": never the antecedent of "he", "she" or "it" ("the mob then
#: attacked the police … he confirmed" is not the mob speaking).
CROWD_NOUNS = frozenset({"mob", "crowd", "throng", "horde", "gathering", "family", "community", "delegation", "squad",
                         "crew", "jury"})
#: Titles that say a person is a woman or a man.
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "lady", "queen", "princess", "duchess",
                           "baroness", "dame", "empress"})
MALE_TITLES = frozenset({"mr", "mr.", "king", "prince", "sir", "lord", "duke", "baron", "emperor", "emir", "sheikh"})
#: Descriptions that say a person's sex ("His mother, Sharon, said …"), read from the last word of a title.
FEMALE_NOUNS = frozenset({"mother", "wife", "daughter", "sister", "widow", "girlfriend", "fiancee", "fiancée", "grandmother",
                          "aunt", "niece", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "policewoman", "actress"})
MALE_NOUNS = frozenset({"father", "husband", "son", "brother", "widower", "boyfriend", "fiance", "fiancé", "grandfather",
                        "uncle", "nephew", "spokesman", "chairman", "congressman", "businessman", "policeman"})
#: Pronouns that refer to a plural participant.
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
#: Nouns of a person's office or role ("The head of the … department, Maria Landaeta, called …").
ROLE_NOUNS = frozenset({"head", "chief", "director", "leader", "spokesman", "spokeswoman", "spokesperson", "president", "chairman",
                        "chairwoman", "chair", "minister", "secretary", "commander", "governor", "mayor", "founder", "editor",
                        "coordinator", "representative", "ambassador", "envoy", "aide", "adviser", "advisor", "lawyer",
                        "attorney", "prosecutor", "judge", "official", "officer", "member", "executive", "manager"})
#: How many pronouns back a chain of "he"/"she" is followed at most (each hop looks three sentences back).
CHAIN_HOPS = 20
#: Prepositions whose object is where an act takes place.
PLACE_PREPS = frozenset({"in", "across", "throughout", "inside"})
#: Named sides that "they" can stand for when two or more are named together ("Jordan and Britain", "Smith and Jones").
NAMED_SIDES = frozenset({"Person", "Organization", "Country"})
#: Speech verbs whose subject a pronoun in the reported clause usually names.
SPEECH_LEMMAS = frozenset({"say", "announce", "declare", "state", "tell", "insist", "claim", "warn", "add", "report", "stress", "confirm", "write",
                           # verbs of signalling, promising and deciding: "Cuba signalled that it would …"
                           "indicate", "signal", "assure", "promise", "pledge", "vow", "threaten", "reiterate", "affirm",
                           "reaffirm", "decide", "agree", "hint", "suggest", "acknowledge", "admit", "deny", "argue",
                           "maintain", "explain", "note", "emphasize", "emphasise", "underline", "hope", "believe",
                           "fear", "expect", "feel", "think", "reply", "respond", "concede"})
#: Definite nouns that refer back to a named organisation ("the organization wrote").
ORG_ANAPHORS = frozenset({
    "organization", "organisation", "group", "committee", "ministry", "agency", "party", "movement",
    "company", "council", "commission", "body", "union", "coalition", "alliance", "bank", "court",
    "network", "association", "institute", "office", "firm",
})
#: … of them, those that never refer back to an armed group or a region ("the company said" after "Rivers State").
CIVIL_ANAPHORS = frozenset({"company", "firm", "bank", "ministry", "court", "institute", "office", "commission", "council",
                            "association", "coalition", "union", "committee", "agency"})
#: Sectors of armed bodies (PLOVER/POLECAT codes).
ARMED_SECTORS = frozenset({"REB", "IMG", "INS", "UAF", "MIL", "SPY"})
#: Last words of the names of regions the model may take for organisations ("Rivers State").
PLACE_KIND_WORDS = frozenset({"state", "province", "region", "district", "county", "governorate", "territory", "prefecture"})
#: Verbs whose object takes an of-phrase of its own ("accused the experts of bias"): not part of the object's name.
OF_COMPLEMENT_VERBS = frozenset({"accuse", "convict", "suspect", "acquit", "clear", "absolve", "warn", "inform", "rob",
                                 "strip", "deprive", "remind", "notify", "assure", "persuade", "convince", "relieve"})
#: Head words of organisations' names that say what the body is ("the Movement for …", "the Front for …").
BODY_WORDS = frozenset({"movement", "front", "party", "council", "committee", "union", "association", "alliance",
                        "organisation", "organization", "federation", "coalition", "league", "army", "brigade", "brigades",
                        "congress", "forces", "commission", "centre", "center", "institute", "foundation", "society",
                        "assembly", "network", "observatory", "mission", "office", "bureau", "agency", "command"})
#: A capitalised body word before of/for/to: where :meth:`EntityTable._described_orgs` has anything to look at.
BODY_NAME_HINT = re.compile(r"\b(?:" + "|".join(sorted(w.capitalize() for w in BODY_WORDS)) + r") (?:for|of|to) ")
#: Definite nouns that refer back to a country.
#: Armed or police bodies that act for whoever owns them ("their forces", "its troops").
FORCE_NOUNS = frozenset({"force", "forces", "troop", "troops", "fighter", "soldier", "army", "militia", "militiaman",
                         "militiamen", "police", "policeman", "policemen", "guerrilla", "gunman", "gunmen", "commando",
                         "navy", "warplane", "jet", "unit", "paratrooper"})
COUNTRY_ANAPHORS = frozenset({"country", "nation", "state", "kingdom", "republic"})
#: Modifiers that keep a state noun national ("the interim government" is still the government).
NEUTRAL_STATE_MODIFIERS = frozenset({
    "interim", "new", "current", "federal", "central", "national", "transitional", "provisional",
    "incoming", "outgoing", "ruling", "caretaker", "communist", "socialist", "military", "civilian",
    "elected", "previous", "former", "unity", "coalition", "top", "senior", "government", "state",
})
#: Dependency labels of left modifiers that belong to a noun phrase.
NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "nummod", "quantmod", "nmod", "poss", "predet", "advmod", "case", "npadvmod"})
#: Words that never start a group label.
DROP_LEADING = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those"})
#: State nouns kept as written in the label of a state node ("Iranian authorities" stays authorities).
STATE_NOUNS = {
    "government": "government", "governments": "government", "government's": "government",
    "authorities": "authorities", "authority": "authorities", "administration": "administration",
    "regime": "regime", "cabinet": "cabinet", "junta": "junta",
}
#: Plural endings of nouns of people ("settlers", "activists", "civilians", "employees", "residents").
HUMAN_SUFFIXES = ("ers", "ors", "ists", "ians", "ees", "ants", "ents", "men", "eers")
#: Singular endings of nouns of people, read as one with an article ("a vendor", "the gangster", "a shopkeeper").
HUMAN_SINGULAR_SUFFIXES = ("ster", "keeper", "dor", "ist", "ician", "man", "woman", "eer", "holder", "worker", "seller",
                           "dealer", "trader", "owner", "driver", "rider", "leader", "officer", "farmer", "teacher")
#: Prepositions whose phrase stays in the label of an unnamed participant ("village in Western Cambodia").
LABEL_PREPS = frozenset({"of", "in", "from", "for", "near", "at", "to", "on"})
#: Nouns of a relation to someone, not of membership: "its allies" are allies of it, not its own people.
RELATIONAL_NOUNS = frozenset({"ally", "partner", "neighbour", "neighbor", "rival", "enemy", "friend", "counterpart", "donor",
                              "creditor", "critic", "opponent", "supporter", "backer", "foe", "adversary", "victim", "customer"})
#: Places that are named by who is on their other side ("the border with Guyana").
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
#: Model entity labels of numbers and spans that never name a participant.
NOT_PARTICIPANT_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
#: Qualifier words before a number.
AT_LEAST = frozenset({"least", "more", "over", "upwards", "above", "exceeding", "excess"})
AT_MOST = frozenset({"most", "up", "under", "fewer", "less", "below", "nearly", "almost"})
ABOUT = frozenset({"about", "around", "some", "approximately", "roughly", "estimated", "nearly", "almost", "circa", "approx", "approx."})


@dataclass
class _Draft:
    """An entity while the table is being built."""

    key: str
    label: str
    cls: str
    scope: str = "global"
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    titles: list[str] = field(default_factory=list)
    size: int | None = None
    notes: list[str] = field(default_factory=list)
    always: bool = True  # kept even when no event uses it
    state: bool = False  # a government as a whole (bare "the government" may resolve to it)
    said_sex: str | None = None  # 'f' or 'm' as the pronouns after its mentions say it, '' when they do not


@dataclass(frozen=True)
class Quantity:
    """A number read next to a participant: value, qualifier and the words."""

    value: int
    qualifier: str
    text: str


def qualifier_of(num: Token) -> str:
    """'at least 2,000' → 'at least'; 'some 200' → 'about'; else 'exact'."""
    words = [t.lower_ for t in num.children if t.dep_ in ("quantmod", "advmod", "amod") and t.i < num.i]
    for t in num.children:
        if t.dep_ in ("quantmod", "advmod") and t.i < num.i:
            words.extend(c.lower_ for c in t.children)
    prev = num.doc[num.i - 1].lower_ if num.i > 0 else ""
    prev2 = num.doc[num.i - 2].lower_ if num.i > 1 else ""
    words.extend([prev, prev2])
    if "least" in words or "more" in words and "than" in words or prev in ("over", "upwards", "above") or prev2 == "more":
        return "at least"
    if "most" in words or prev in ("under", "below") or (prev == "to" and prev2 == "up") or prev2 in ("fewer", "less"):
        return "at most"
    if any(w in ABOUT for w in words if w):
        return "about"
    return "exact"


def number_of(tok: Token) -> Quantity | None:
    """The integer a NUM token (with its compound parts) states, or None."""
    doc = tok.doc
    if tok.like_num or tok.pos_ == "NUM":
        start = tok.i
        while start > 0:
            if doc[start - 1].pos_ == "NUM" and doc[start - 1].head.i == tok.i and doc[start - 1].dep_ in ("compound", "quantmod", "nummod"):
                start -= 1
            elif start > 1 and doc[start - 1].text == "-" and doc[start - 2].pos_ == "NUM" and doc[start - 2].head.i == tok.i:
                start -= 2  # "sixty-five" split at the hyphen
            else:
                break
        end = tok.i + 1
        # ("two dozen" parsed with "dozen" on the number)
        while end < len(doc) and doc[end].lower_ in ("million", "billion", "thousand", "hundred", "dozen") and doc[end].head.i == tok.i:
            end += 1
        words = [t.text for t in doc[start:end]]
        value = parse_number(words)
        if value is None:
            return None
        qual = qualifier_of(doc[start] if start != tok.i else tok)
        if qual == "exact" and start != tok.i:
            qual = qualifier_of(tok)
        text = doc[start:end].text
        q_start = start
        while q_start > 0 and doc[q_start - 1].lower_ in AT_LEAST | AT_MOST | ABOUT | {"at", "than", "to"} and doc[q_start - 1].i >= tok.i - 4:
            q_start -= 1
        if qual != "exact":
            text = doc[q_start:end].text
        return Quantity(value, qual, text)
    if tok.lower_ == "dozen":
        # "a dozen people" (12), "two dozen protesters" (24), "half a dozen youths" (6): always approximate
        mods = [c for c in tok.children if c.dep_ in ("quantmod", "nummod", "det", "predet") and c.i < tok.i]
        words = [c.lower_ for c in mods]
        if words and words[0] == "half":
            value = 6
        else:
            value = parse_number([w for w in words if w not in ("the",)] + ["dozen"])
        if value:
            start = min([c.i for c in mods] + [tok.i])
            return Quantity(value, "about", tok.doc[start:tok.i + 1].text)
    vague = vague_number(tok.lower_)
    if vague is not None:
        return Quantity(vague[0], vague[1], tok.text)
    return None


def count_of(head: Token) -> Quantity | None:
    """The number stated for a participant head: '13 people', 'at least 2,000', 'dozens of people'."""
    if head.pos_ == "NUM" or head.like_num:
        return number_of(head)
    for child in head.children:
        if child.dep_ in ("nummod", "quantmod") and (child.like_num or child.pos_ == "NUM" or child.lower_ == "dozen"):
            q = number_of(child)
            if q is not None:
                return q
    if head.lower_ in ("dozens", "hundreds", "thousands", "scores", "millions"):
        return number_of(head)
    # "dozens of people": the participant is the object of the quantity noun
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in ("dozens", "hundreds", "thousands", "scores", "millions"):
        return number_of(head.head.head)
    return None


def pronoun_gender(low: str) -> str | None:
    """'f' for she/her/hers/herself, 'm' for he/him/his/himself, else None."""
    if low in ("she", "her", "hers", "herself"):
        return "f"
    if low in ("he", "him", "his", "himself"):
        return "m"
    return None


def lemma_of_tok(tok: Token) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


#: Words that make a region of a demonym after them ("Central American", "Latin American", "East African").
REGION_WORDS = frozenset({"central", "latin", "south", "north", "east", "west", "southern", "northern", "eastern", "western",
                          "pan", "sub-saharan"})


def country_word(lex: Lexicon, text: str):
    """The country a single word names; an acronym ("CAR", "UAE") only when written in capitals
    (a "car bomb" is no bomb of the Central African Republic)."""
    country = lex.countries.get(fold(text))
    if country is not None and not text.isupper() and any(n.isupper() and fold(n) == fold(text) for n in country.names):
        return None
    return country


class EntityTable:
    """Entities of one Doc and the answer to "who does this token name?"."""

    def __init__(self, doc: Doc, lex: Lexicon, sent_of: list[int], blocked: frozenset[int], text: str | None = None,
                 toks: list[Token] | None = None, *, lowercased: bool | None = None, kids: Kids | None = None,
                 ents: list | None = None) -> None:
        self.doc = doc
        self.toks = toks if toks is not None else list(doc)
        self.text = doc.text if text is None else text  # Doc.text is rebuilt on every access: read it once
        self.lex = lex
        self.sent_of = sent_of
        self.blocked = blocked
        self._drafts: dict[str, _Draft] = {}
        self._keys_at: dict[int, tuple[str, ...]] = {}  # token → entity keys it names
        self._span_at: dict[int, tuple[int, int]] = {}  # token → token span of its mention
        self._timeline: list[tuple[int, str]] = []  # (token, key) of named mentions, in order
        self._timeline_idx: list[int] = []
        self._title_end: dict[int, tuple[int, str]] = {}  # end token → (start token, title)
        self._title_tokens: set[int] = set()
        self._pending_state: list[tuple[Token, str]] = []
        self.country_at: dict[int, tuple[str, ...]] = {}  # demonym / country tokens → country keys
        self.dateline_end = 0
        self.dateline_country: str | None = None
        self.dateline_text: str | None = None
        self.used: set[str] = set()
        self._fallback_cache: dict[int, tuple[str, ...]] = {}
        self._pronoun_cache: dict[int, tuple[str, ...]] = {}  # person pronoun position → its antecedent's keys
        self._chain_depth = 0  # pronoun chains being followed back (see _chained)
        self.lowercased = is_lowercased(self.text) if lowercased is None else lowercased
        self.kids = kids if kids is not None else Kids(self.toks)
        self.ents = ents if ents is not None else list(doc.ents)
        # where lexicon rows and participant nouns may be: the only tokens those rules look at
        self.trigger_cands, self.participant_cands, self.country_cands = candidates(doc, lex)
        self._build()

    # -------------------------------------------------------------------------------- building

    def _build(self) -> None:
        self._dateline()
        self._titles()
        spans = self._corrected_spans()
        self._named(spans)
        self._nominals()
        self._timeline.sort()
        self._timeline_idx = [i for i, _ in self._timeline]

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` without building a Span."""
        if start >= end:
            return ""
        last = self.toks[end - 1]
        return self.text[self.toks[start].idx:last.idx + len(last.text)]

    def _mention(self, start: int, end: int) -> Mention:
        a, b = self.toks[start].idx, self.toks[end - 1].idx + len(self.toks[end - 1].text)
        return Mention(a, b, self.text[a:b], self.sent_of[start])

    def _add(self, key: str, label: str, cls: str, start: int, end: int, *, scope: str = "global",
             alias: str | None = None, note: str | None = None, timeline: bool = True) -> _Draft:
        draft = self._drafts.get(key)
        if draft is None:
            if self.lowercased and scope == "global" and cls in ("Person", "Organization", "Location") and label.islower():
                # a lower-cased article: names get the capitals the same name has elsewhere
                label = " ".join(w[:1].upper() + w[1:] for w in label.split(" "))
            draft = self._drafts[key] = _Draft(key, label, cls, scope)
        elif draft.cls != cls and cls == "Person" and draft.cls != "Person":
            draft.cls = cls
        if start < end:
            draft.mentions.append(self._mention(start, end))
            for i in range(start, end):
                self._keys_at.setdefault(i, (key,))
                self._span_at.setdefault(i, (start, end))
            if timeline:
                self._timeline.append((start, key))
        surface = alias if alias is not None else (clean_label(self.span_text(start, end)) if start < end else None)
        if surface and surface != draft.label and surface not in draft.aliases:
            draft.aliases.append(surface)
        if note and note not in draft.notes:
            draft.notes.append(note)
        return draft

    def _country_draft(self, country: Country) -> _Draft:
        draft = self._drafts.get(country.key)
        if draft is None:
            draft = self._drafts[country.key] = _Draft(country.key, country.name, "Country")
        return draft

    def _dateline(self) -> None:
        """'CARACAS, Venezuela —' at the start: the city is a Location, the region a Country."""
        doc = self.doc
        i = 0
        while i < len(doc) and self.toks[i].is_space:
            i += 1
        start = i
        if self.lowercased:
            # "ludhiana: the crime branch nabbed …", "new delhi: …": a lower-cased article's dateline is one to three
            # words before a colon
            while i < len(doc) and self.toks[i].is_alpha and i - start < 3 and not self.toks[i].is_stop:
                i += 1
            if i > start and i < len(doc) and self.toks[i].text == ":" and i + 1 < len(doc):
                self.dateline_end = i + 1
                self._dateline_city(start, i, self.span_text(start, i))
            return
        while i < len(doc) and self.toks[i].is_upper and self.toks[i].is_alpha and i - start < 4:
            i += 1
        city_end = i
        if city_end == start or (city_end - start == 1 and len(self.toks[start].text) < 3):
            return
        region: tuple[int, int] | None = None
        if i < len(doc) and self.toks[i].text == ",":
            j = i + 1
            while j < len(doc) and j - i <= 4 and (self.toks[j].is_title or self.toks[j].is_upper or self.toks[j].text == ".") and self.toks[j].text not in DATELINE_DASHES:
                j += 1
            if j > i + 1:
                region = (i + 1, j)
            i = j
        if i < len(doc) and self.toks[i].text == "(":  # (Reuters)
            j = i
            while j < len(doc) and self.toks[j].text != ")" and j - i < 6:
                j += 1
            i = j + 1
        if i >= len(doc) or self.toks[i].text not in DATELINE_DASHES:
            return
        self.dateline_end = i + 1
        self._dateline_city(start, city_end, title_case(self.span_text(start, city_end)))
        if region is not None:
            text = squash(self.span_text(region[0], region[1]))
            country = self.lex.countries.get(fold(text))
            if country is not None:
                self._add(country.key, country.name, "Country", region[0], region[1])
                self.dateline_country = country.key
            else:
                self._add(slug(text), text, "Location", region[0], region[1])

    def _dateline_city(self, start: int, end: int, alias: str) -> None:
        """The dateline's first place: a country when the lexicon knows it as one, else a city (a Location)."""
        city = title_case(self.span_text(start, end))
        country = self.lex.countries.get(fold(city))
        if country is not None:
            self._add(country.key, country.name, "Country", start, end, alias=alias)
            self.dateline_country = country.key
        else:
            self._add(slug(city), city, "Location", start, end, note="dateline city")

    def _titles(self) -> None:
        """Mark title phrases ('Secretary of State', 'President') written in title case."""
        doc = self.doc
        titles = self.lex.titles
        i = 0
        n = len(doc)
        while i < n:
            tok = self.toks[i]
            cands = titles.get(fold(tok.text)) if tok.text[:1].isupper() else None
            matched = 0
            if cands:
                for words in cands:
                    k = len(words)
                    if i + k <= n and all(fold(self.toks[i + j].text) == words[j] for j in range(k)):
                        matched = k
                        break
            if matched:
                self._title_end[i + matched] = (i, self.span_text(i, i + matched))
                self._title_tokens.update(range(i, i + matched))
                i += matched
            else:
                i += 1

    def _is_title_token(self, i: int) -> bool:
        return i in self._title_tokens

    def _corrected_spans(self) -> list[tuple[int, int, str]]:
        """The model's entity spans after the rule fixes, as (start, end, label)."""
        doc = self.doc
        lex = self.lex
        out: list[tuple[int, int, str]] = []
        for ent in self.ents:
            start, end, label = ent.start, ent.end, ent.label_
            if start < self.dateline_end or any(i in self.blocked for i in (start, end - 1)):
                continue
            # titles are data, never entities: drop spans made only of title words ("State")
            if all(self._is_title_token(i) for i in range(start, end)) or self._inside_title(start, end):
                continue
            # leading "the" and trailing possessives / punctuation are not part of the name
            while start < end and (self.toks[start].lower_ in ("the", "a", "an") or self.toks[start].is_punct):
                start += 1
            while end > start and (self.toks[end - 1].tag_ == "POS" or self.toks[end - 1].is_punct or self.toks[end - 1].lower_ in ("'s", "’s")):
                end -= 1
            # "The Homeland Union (Conservatives) began": a bracket the span opens and does not close is
            # the name's gloss; the name ends before it
            opened = [j for j in range(start, end) if self.toks[j].text == "("]
            if opened and not any(self.toks[j].text == ")" for j in range(opened[-1], end)):
                end = opened[-1]
            if start >= end:
                continue
            # "Noisy sit-ins were staged …": a capitalised adjective or verb opening the sentence, tagged alone as a
            # name, is no name
            first = self.toks[start]
            if end - start == 1 and first.is_sent_start and label in ("ORG", "PERSON", "GPE", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT") \
                    and first.tag_ in ("JJ", "JJR", "JJS", "RB", "VB", "VBD", "VBG", "VBN", "VBZ", "VBP", "DT", "IN") \
                    and fold(first.text) not in lex.countries and fold(first.text) not in lex.demonyms and fold(first.text) not in lex.cities:
                continue
            # "Aung San" tagged but "Suu Kyi" not: a name the parser makes one compound runs on to its head
            last = self.toks[end - 1]
            if label == "PERSON" and last.dep_ == "compound":
                h = self.kids.head(last).i
                if end <= h <= end + 2 and all(self.toks[j].pos_ == "PROPN" and self.toks[j].text[:1].isupper()
                                               and not self.toks[j].ent_type_ and j not in self.blocked for j in range(end, h + 1)):
                    end = h + 1
            # "Kherson Mayor Ihor Kolykhaiev" tagged as one name: an office inside the span splits it; the
            # words after the office are its holder, a known place or nationality before it stays a name of
            # its own, other words before it are dropped (titles are data, never part of a name)
            inner = [j for j in range(start + 1, end - 1) if self._is_title_token(j)]
            if inner and label in ("PERSON", "ORG") and all(
                    self.toks[j].pos_ == "PROPN" and self.toks[j].is_title for j in range(inner[-1] + 1, end)):
                before = fold(self.span_text(start, inner[0]))
                if before in lex.countries or before in lex.cities:
                    out.append((start, inner[0], "GPE"))
                elif before in lex.demonyms:
                    out.append((start, inner[0], "NORP"))
                start, label = inner[-1] + 1, "PERSON"
            words = [t.text for t in self.toks[start:end]]
            # a country of the lexicon is a country whatever the model says ("aid to Niger" read as a title)
            if label not in ("GPE", "NORP", "LOC") and fold(self.span_text(start, end)) in lex.countries:
                label = "GPE"
            # … and a country's own name read as a nationality ("border with Tajikistan" tagged NORP)
            elif label == "NORP" and fold(self.span_text(start, end)) in lex.countries \
                    and fold(self.span_text(start, end)) not in lex.demonyms:
                label = "GPE"
            # … and so is a city of the gazetteer ("Kiev" read as a person)
            elif label in ("PERSON", "ORG", "NORP") and fold(self.span_text(start, end)) in lex.cities:
                label = "GPE"
            # the given-name rule: "Henrique Capriles" is a person whatever the model says
            if label in RELABELABLE and self._looks_like_person(words):
                label = "PERSON"
            out.append((start, end, label))
        # names the model missed: a country of the lexicon ("Armenia sent troops" left untagged) …
        covered = {i for s, e, _ in out for i in range(s, e)}
        for i in self.country_cands:
            tok = self.toks[i]
            if i not in covered and i not in self.blocked and i >= self.dateline_end and tok.pos_ == "PROPN" \
                    and tok.text[:1].isupper() and fold(tok.text) in lex.countries:
                out.append((i, i + 1, "GPE"))
                covered.add(i)
        # … and an organisation of the gazetteer, whatever the model made of it ("Human Rights Watch"
        # untagged, "Doctors" of "Doctors Without Borders" a person); a longer model name around it stays
        # ("Syrian Red Crescent")
        for s, e in [*self._gazetteer_orgs(), *self._described_orgs()]:
            if any(ms <= s and e <= me and me - ms > e - s for ms, me, _ in out):
                continue
            out = [(ms, me, lab) for ms, me, lab in out if me <= s or ms >= e]
            out.append((s, e, "ORG"))
            covered.update(range(s, e))
        # … and a known given name followed by a capitalised name
        for tok in self.toks:
            i = tok.i
            if tok.pos_ != "PROPN" or i + 1 >= len(doc) or i in covered or i in self.blocked or i < self.dateline_end:
                continue
            if fold(tok.text) not in lex.given_names:
                continue
            nxt = self.toks[i + 1]
            if nxt.pos_ == "PROPN" and nxt.is_title and nxt.i not in covered and fold(nxt.text) not in lex.org_words:
                end = i + 2
                if end < len(doc) and self.toks[end].pos_ == "PROPN" and self.toks[end].is_title and end not in covered and fold(self.toks[end].text) not in lex.org_words:
                    end += 1
                out.append((i, end, "PERSON"))
                covered.update(range(i, end))
        # … and, in one pass, a city of the gazetteer ("Kyiv demanded …"), a plural nationality ("Thousands of
        # Argentines marched") and a name right after an office ("Kharkiv Mayor Ihor Terekhov said") the
        # model left untagged
        for tok in self.toks:
            i = tok.i
            if i in covered or i in self.blocked or i < self.dateline_end or not tok.text[:1].isupper():
                continue
            if tok.pos_ == "PROPN" and not self.lowercased:
                n = next((n for n in (3, 2, 1) if i + n <= len(doc) and not any(j in covered for j in range(i, i + n))
                          and fold(self.span_text(i, i + n)) in lex.cities
                          and (i + n == len(doc) or self.toks[i + n].pos_ != "PROPN" or self._is_title_token(i + n))), 0)
                if n:
                    out.append((i, i + n, "GPE"))
                    covered.update(range(i, i + n))
                    continue
            if tok.tag_ in ("NNPS", "NNS") and tok.text.endswith("s") and fold(tok.text) in lex.demonyms \
                    and tok.dep_ not in ("amod", "compound", "nmod", "poss"):
                out.append((i, i + 1, "NORP"))
                covered.add(i)
            elif i > 0 and self._is_title_token(i - 1) and self.toks[i - 1].text[:1].isupper() and tok.pos_ == "PROPN":
                end = i
                # ("President F.W. de Klerk", "General Ahmed bin Ali": a small word of a name between capitalised ones)
                while end < len(doc) and end - i < 4 and self.toks[end].pos_ == "PROPN" and (
                        self.toks[end].is_title or self.toks[end].lower_ in NAME_PARTICLES and end > i and end + 1 < len(doc)
                        and self.toks[end + 1].pos_ == "PROPN" and self.toks[end + 1].is_title) \
                        and end not in covered and end not in self.blocked and not self._is_title_token(end):
                    end += 1
                words = [fold(t.text) for t in self.toks[i:end]]
                if end > i and (end == len(doc) or self.toks[end].pos_ != "PROPN") and not any(
                        w in lex.org_words or w in lex.countries or w in lex.demonyms for w in words):
                    out.append((i, end, "PERSON"))
                    covered.update(range(i, end))
        out.sort()
        return self._joined_names(out)

    def _joined_names(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """'Mohammad Sadiq' + 'Khan', 'Daniel arap' + 'Moi' (as an organisation): a person's name the model
        cut in two, with one capitalised word right after it that the parser makes the head of the name."""
        out: list[tuple[int, int, str]] = []
        for s, e, label in spans:
            if out and label in ("PERSON", "ORG", "GPE", "NORP") and e - s == 1 and out[-1][2] == "PERSON" \
                    and out[-1][1] == s and self.toks[s].pos_ == "PROPN" and self.toks[s].is_title \
                    and self.toks[s - 1].dep_ == "compound" and self.kids.head(self.toks[s - 1]).i == s \
                    and not self.toks[s - 1].whitespace_ == "" and fold(self.toks[s].text) not in self.lex.countries \
                    and fold(self.toks[s].text) not in self.lex.cities and fold(self.toks[s].text) not in self.lex.demonyms \
                    and fold(self.toks[s].text) not in self.lex.org_words:
                out[-1] = (out[-1][0], e, "PERSON")
                continue
            out.append((s, e, label))
        return out

    def _gazetteer_orgs(self) -> list[tuple[int, int]]:
        """Token spans of the names in ``organizations.tsv``, longest first at each start."""
        lex = self.lex
        prefixes = lex.org_prefixes_lower if self.lowercased else lex.org_prefixes
        text = self.text
        ends: dict[int, int] | None = None
        found: list[tuple[int, int]] = []
        i = self.dateline_end
        n = len(self.toks)
        while i < n:
            tok = self.toks[i]
            names = (prefixes.get(text[tok.idx:tok.idx + 3], ()) + prefixes.get(text[tok.idx:tok.idx + 2], ())) \
                if (self.lowercased or tok.text[:1].isupper()) else None  # (two-letter names: "IS", "AU")
            hit = None
            if names and i not in self.blocked:
                if ends is None:
                    ends = {t.idx + len(t.text): t.i for t in self.toks}
                for name in names:  # longest first
                    j = ends.get(tok.idx + len(name))
                    if j is not None and text.startswith(name, tok.idx) and not (name in SHOUTED_ACRONYMS and self._shouting(i)):
                        hit = (i, j + 1)
                        break
            if hit:
                found.append(hit)
                i = hit[1]
            else:
                i += 1
        return found

    def _shouting(self, i: int) -> bool:
        """A word next to ``i`` is in capitals ("WHAT IS NEXT"): an acronym that is also a word is that word."""
        return any(0 <= j < len(self.toks) and self.toks[j].is_alpha and len(self.toks[j]) > 1 and self.toks[j].is_upper
                   for j in (i - 1, i + 1))

    def _capitalised_common(self, tok: Token) -> bool:
        """'Farmers sued …': a plural common noun the tagger read as a name because it starts the sentence, or the
        text after a dateline, page furniture or symbols ("LAGOS — Gunmen stormed …", "Close Skip Ad × Protesters
        clash …")."""
        if tok.pos_ != "PROPN" or not tok.is_title or tok.tag_ not in ("NNPS", "NNP") or tok.ent_type_:
            return False
        if tok.is_sent_start:
            return True
        j = tok.i - 1
        while j >= 0 and self.sent_of[j] == self.sent_of[tok.i]:
            if not (j in self.blocked or j < self.dateline_end or not self.toks[j].is_alpha):
                return False
            j -= 1
        return True

    def _described_orgs(self) -> list[tuple[int, int]]:
        """'The Movement for the Emancipation of the Niger Delta', 'Committee to Protect Journalists': a capitalised
        body word with a capitalised of-, for- or to-phrase after it is one organisation's name, which the model
        often cuts up or misses."""
        found: list[tuple[int, int]] = []
        if self.lowercased or not BODY_NAME_HINT.search(self.text):
            return found  # (most texts: no such name, and no token is looked at)
        toks = self.toks
        n = len(toks)
        i = self.dateline_end
        while i < n - 2:
            tok = toks[i]
            if not (tok.is_title and tok.lower_ in BODY_WORDS) or i in self.blocked:
                i += 1
                continue
            end = i + 1
            while end + 1 < n and toks[end].lower_ in ("for", "of", "to") and not toks[end].is_title:
                j = end + 1
                if toks[j].lower_ == "the" and j + 1 < n:
                    j += 1
                k = j
                while k < n and toks[k].is_title and not toks[k].is_sent_start and toks[k].lower_ not in ("the",):
                    k += 1
                if k == j:
                    break
                end = k
            if end - i >= 3:
                # (the words in front that belong to it: "the National Movement for …", "Revolutionary Front for …")
                start = i
                while start > self.dateline_end and toks[start - 1].is_title and toks[start - 1].pos_ in ("PROPN", "ADJ", "NOUN") \
                        and not (toks[start - 1].is_sent_start and toks[start - 1].pos_ != "PROPN") and start - 1 not in self.blocked:
                    start -= 1
                found.append((start, end))
                i = end
            else:
                i += 1
        return found

    def _inside_title(self, start: int, end: int) -> bool:
        for i in range(start, end):
            if i not in self._title_tokens:
                return False
        return True

    def _looks_like_person(self, words: list[str]) -> bool:
        lex = self.lex
        if not 2 <= len(words) <= 4:
            return False
        if fold(words[0]) not in lex.given_names:
            return False
        if any(fold(w) in lex.org_words for w in words):
            return False
        if fold(" ".join(words)) in lex.countries:
            return False
        return all(w[:1].isupper() and (w.replace("-", "").replace("'", "").replace(".", "").isalpha()) for w in words)

    def _strip_person(self, start: int, end: int) -> tuple[int, int, list[str]]:
        """Drop title words inside a PERSON span; return the name tokens and the titles."""
        titles: list[str] = []
        while start < end - 1 and start + 0 in self._title_tokens:
            j = start
            while j < end - 1 and j in self._title_tokens:
                j += 1
            titles.append(self.span_text(start, j))
            start = j
        return start, end, titles

    def _titles_before(self, start: int) -> tuple[list[str], str | None]:
        """Titles and a country written just before a name: 'American Secretary of State'."""
        titles: list[str] = []
        country: str | None = None
        pos = start
        while pos in self._title_end:
            t_start, title = self._title_end[pos]
            titles.insert(0, title)
            pos = t_start
        if pos > 0:
            prev = self.toks[pos - 1]
            c = self.lex.demonyms.get(fold(prev.text)) or country_word(self.lex, prev.text)
            if c is not None and (titles or prev.dep_ in ("amod", "compound", "nmod")):
                country = c.key
        return titles, country

    def _named(self, spans: list[tuple[int, int, str]]) -> None:
        lex = self.lex
        persons: list[tuple[int, int, list[str], str | None]] = []
        singles: list[tuple[int, int, str]] = []
        for start, end, label in spans:
            if label in PERSON_LABELS:
                s, e, inner_titles = self._strip_person(start, end)
                titles, country = self._titles_before(start)
                titles.extend(inner_titles)
                if e - s >= 2:
                    persons.append((s, e, titles, country))
                else:
                    singles.append((s, e, label))
                    if titles or country:
                        persons.append((s, e, titles, country))
                        singles.pop()
                continue
            singles.append((start, end, label))
        # full names first: each gets its slug as key
        full: dict[str, tuple[str, str]] = {}  # folded surname → (key, label)
        full_first: dict[str, tuple[str, str]] = {}
        ambiguous: set[str] = set()
        for s, e, titles, country in persons:
            name = squash(self.span_text(s, e))
            if e - s < 2:
                continue
            key = slug(name)
            sur = fold(self.toks[e - 1].text)
            if sur in full and full[sur][0] != key:
                ambiguous.add(sur)
            full.setdefault(sur, (key, name))
            full_first.setdefault(fold(self.toks[s].text), (key, name))
        for s, e, titles, country in persons:
            name = squash(self.span_text(s, e))
            if e - s >= 2:
                key = slug(name)
                draft = self._add(key, name, "Person", s, e)
            else:
                key, label, note = self._single_name(name, full, full_first, ambiguous)
                draft = self._add(key, label, "Person", s, e, note=note)
            # the title and country written before the name, as data
            if titles or country:
                start_all = s
                while start_all in self._title_end:
                    start_all = self._title_end[start_all][0]
                alias = squash(self.span_text(start_all - (1 if country and start_all > 0 else 0), e))
                if alias != draft.label and alias not in draft.aliases:
                    draft.aliases.append(alias)
            for t in titles:
                if t not in draft.titles:
                    draft.titles.append(t)
            if country and draft.country is None:
                draft.country = country
        for s, e, label in singles:
            text = squash(self.span_text(s, e))
            folded = fold(text)
            if label in PERSON_LABELS or (e - s == 1 and folded in full and label in RELABELABLE and folded not in lex.countries):
                key, name, note = self._single_name(text, full, full_first, ambiguous)
                if label not in PERSON_LABELS:
                    note = (note + "; " if note else "") + f"model label {label} corrected: surname of a person named in the article"
                self._add(key, name, "Person", s, e, note=note)
            elif label in ORG_LABELS:
                self._org(s, e, text)
            elif label == "GPE" or label == "LOC" or label == "FAC":
                country = lex.countries.get(folded)
                city = lex.cities.get(folded)
                if country is not None:
                    self._add(country.key, country.name, "Country", s, e)
                    self.country_at[s] = (country.key,)
                elif city is not None:
                    # "Kiev" and "Kyiv" are one city, in Ukraine
                    note = f"‘{text}’ read as {city.name}" if fold(city.name) != folded else None
                    draft = self._add(slug(city.name), city.name, "Location", s, e, note=note)
                    draft.country = draft.country or city.country
                else:
                    self._add(slug(text), title_case(text), "Location", s, e)
            elif label == "NORP":
                self._norp(s, e, text)
        # surnames the model did not tag at all ("Capriles said")
        if full:
            for tok in self.toks:
                if tok.pos_ == "PROPN" and tok.i not in self._keys_at and tok.i not in self.blocked and tok.i >= self.dateline_end:
                    f = fold(tok.text)
                    if f in full and f not in ambiguous:
                        key, name = full[f]
                        self._add(key, name, "Person", tok.i, tok.i + 1, note=f"‘{tok.text}’ → {name}: surname of a full name in the same article")

    def _single_name(self, text: str, full: dict, full_first: dict, ambiguous: set[str]) -> tuple[str, str, str | None]:
        """A one-word person name: the article's full name with that surname, else its own key."""
        folded = fold(text)
        if folded in full and folded not in ambiguous:
            key, name = full[folded]
            return key, name, f"‘{text}’ → {name}: surname of a full name in the same article"
        return slug(text), text, None

    def _org(self, s: int, e: int, text: str) -> None:
        doc = self.doc
        label = clean_label(text)
        known = (self.lex.organizations_lower if self.lowercased else self.lex.organizations).get(label)
        if known is not None:
            # one entity whatever the article calls it ("UN", "U.N.", "United Nations")
            draft = self._add(known.key, known.name, "Organization", s, e, alias=label if label != known.name else None)
            if known.code and draft.sector is None:
                draft.sector = known.code
            return
        key = slug(label)
        folded = fold(label)
        # an acronym already defined in this article ("APEC" after "… Cooperation (APEC)")
        for draft in self._drafts.values():
            if draft.cls == "Organization" and folded in (fold(a) for a in draft.aliases) and draft.key != key:
                self._add(draft.key, draft.label, "Organization", s, e, alias=label,
                          note=f"‘{label}’ is the acronym given for {draft.label} in the article")
                return
        draft = self._add(key, label, "Organization", s, e)
        # "Asia-Pacific Economic Cooperation (APEC)": the acronym is an alias
        if e + 2 < len(doc) and self.toks[e].text == "(" and self.toks[e + 2].text == ")" and self.toks[e + 1].is_upper:
            acro = self.toks[e + 1].text
            if acro not in draft.aliases:
                draft.aliases.append(acro)
            self._keys_at[e + 1] = (key,)
        sector = self._sector_of_words([t.lemma_.lower() for t in self.toks[s:e]])
        if sector and draft.sector is None:
            draft.sector = sector
        # "Venezuelan civil society organization Committee …": the country before the name
        for i in range(s - 1, max(s - 5, -1), -1):
            c = self.lex.demonyms.get(fold(self.toks[i].text))
            if c is not None and self.kids.head(self.toks[i]).i in range(s, e):
                draft.country = draft.country or c.key
                break

    def _norp(self, s: int, e: int, text: str) -> None:
        """Demonyms modify (a country attribute); plural nationalities used as nouns are groups."""
        country = self.lex.demonyms.get(fold(text)) or self.lex.countries.get(fold(text))
        head = self.toks[e - 1]
        if country is not None:
            self.country_at[s] = (country.key,)
            for i in range(s, e):
                self.country_at[i] = (country.key,)
        # ("thousands of Lebanese chanting …": a demonym that is its own plural, as the object of "of")
        is_noun = head.dep_ not in ("amod", "compound", "nmod", "poss") and (
            head.tag_ in ("NNPS", "NNS") or head.text.endswith("s") or head.dep_ == "pobj" and head.text.endswith(("ese", "ish", "ch")))
        if is_noun:
            label = clean_label(self.span_text(self._left_edge(head), e))
            q = count_of(head)
            draft = self._add(self._group_key(label), label, "Group", self._left_edge(head), e, scope="article")
            draft.always = False
            if country is not None:
                draft.country = country.key
            if q is not None:
                draft.size = q.value

    def _group_key(self, label: str) -> str:
        key = slug(label)
        existing = self._drafts.get(key)
        if existing is not None and existing.scope != "article":
            key = key + "-group"
        return key

    def _left_edge(self, head: Token) -> int:
        """First token of the noun phrase headed by ``head`` (its left modifiers only)."""
        start = head.i
        for child in self.kids.lefts(head):
            if child.dep_ in ("nmod", "compound") and any(c.dep_ == "cc" for c in self.kids[child.i]):
                # "the international community and opposition members": two participants
                conj = [c for c in self.kids[child.i] if c.dep_ == "conj"]
                if conj:
                    return conj[0].left_edge.i
        if head.dep_ in ("nmod", "compound") and any(c.dep_ == "cc" for c in self.kids[head.i]):
            # … and the first of them takes the modifiers written before it
            for sib in self.kids.lefts(self.kids.head(head)):
                if sib.i < head.i and sib.dep_ in NP_LEFT_DEPS:
                    start = min(start, sib.left_edge.i)
        for child in self.kids.lefts(head):
            if child.dep_ in NP_LEFT_DEPS or child.dep_ == "punct" and child.text in "“\"'‘" \
                    or head.tag_ == "VBZ" and head.dep_ == "dobj" and child.dep_ == "nsubj":
                # ("instructed all police prefects": a plural object read as a verb takes its words as a subject)
                start = min(start, child.left_edge.i)
        for child in self.kids.lefts(head):
            # "police lathi-charged protesters": a hyphenated verb read as a modifier, with its doer before it, is the
            # clause's verb; the object's phrase starts after it
            if self.fused_doer(child) is not None:
                start = max(start, child.i + 1)
        while start < head.i and (self.toks[start].is_punct or start in self.blocked or self.toks[start].lower_ in DROP_LEADING
                                  or self.toks[start].tag_ in ("WRB", "WDT", "WP")
                                  or self.toks[start].lower_ in ("over", "up", "back", "out", "dead", "alive") and start > 0
                                  and self.toks[start - 1].pos_ == "VERB"):
            # "revealed how an RAF helicopter …": the wh-word is not part of the name; "refused to hand over three
            # officers": the verb's particle read as "more than" is not either, nor is "shot dead 11 villagers"'s state
            start += 1
        return start

    def fused_doer(self, verb: Token) -> Token | None:
        """'police lathi-charged protesters who …': with no article on the object the parser reads the whole as one
        noun phrase, the hyphenated verb a modifier of its object and the doer a modifier before it.  The doer: a
        participant word before the verb's prefix, on the object or on the prefix itself."""
        if verb.dep_ != "amod" or verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBD"):
            return None
        prefix = [c for c in self.kids[verb.i] if c.dep_ in ("npadvmod", "compound", "nmod", "amod") and c.i < verb.i
                  and any(t.text == "-" for t in self.toks[c.i + 1: verb.i])]
        head = self.kids.head(verb)
        if not prefix or head.i < verb.i:
            return None
        doers = [c for c in self.kids[head.i] + self.kids[prefix[0].i] if c.dep_ in ("compound", "nmod", "amod")
                 and c.i < prefix[0].i and any(w in self.lex.participants for w in (lemma_of_tok(c), c.lower_, singular(c.lower_)))]
        return doers[-1] if doers else None

    def _sector_of_words(self, lemmas: list[str]) -> str | None:
        for lemma in reversed(lemmas):
            p = self.lex.participants.get(lemma)
            # ("Shell", "Jaguar": a name that is a weapon's or machine's word says nothing of who the body is)
            if p is not None and p.sector and p.kind not in ("weapon", "machine"):
                return p.sector
        return None

    def _np_countries(self, head: Token) -> tuple[str, ...]:
        """Countries a noun phrase states: demonyms, country names, "of"/"in" a country, possessors."""
        out: list[str] = []
        for child in self.kids[head.i]:
            if child.i in self.country_at and child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod"):
                out.extend(self.country_at[child.i])
                for conj in self.kids.conjuncts(child):
                    if conj.i in self.country_at:
                        out.extend(self.country_at[conj.i])
                    else:
                        c = self.lex.demonyms.get(fold(conj.text))
                        if c is not None:
                            self._country_draft(c)
                            out.append(c.key)
            elif child.dep_ in ("amod", "compound", "nmod", "poss"):
                c = self.lex.demonyms.get(fold(child.text)) or country_word(self.lex, child.text)
                if c is not None:
                    self._country_draft(c)
                    out.append(c.key)
                    for conj in self.kids.conjuncts(child):
                        c2 = self.lex.demonyms.get(fold(conj.text))
                        if c2 is not None:
                            self._country_draft(c2)
                            out.append(c2.key)
            elif child.dep_ == "prep" and child.lower_ in ("of", "in"):
                for pobj in self.kids[child.i]:
                    if pobj.dep_ == "pobj" and pobj.i in self.country_at:
                        out.extend(self.country_at[pobj.i])
        seen: list[str] = []
        for k in out:
            if k not in seen:
                seen.append(k)
        return tuple(seen)

    def _np_person(self, head: Token) -> str | None:
        """A person whose government this is: "Maduro's government", "government of … Maduro"."""
        for child in self.kids[head.i]:
            if child.dep_ == "poss" and child.i in self._keys_at:
                key = self._keys_at[child.i][0]
                if self._drafts[key].cls == "Person":
                    return key
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in self.kids[child.i]:
                    if pobj.dep_ == "pobj" and pobj.i in self._keys_at:
                        key = self._keys_at[pobj.i][0]
                        if self._drafts[key].cls == "Person":
                            return key
        return None

    def _state_owned(self, tok: Token) -> bool:
        """A country or nationality modifies the noun ("Israeli intelligence", "Kyrgyz intelligence")."""
        return any(c.dep_ in ("amod", "compound", "poss", "nmod") and (c.i in self.country_at or self.lex.demonyms.get(fold(c.text)))
                   for c in self.kids[tok.i])

    def _nominals(self) -> None:
        """Unnamed participants: state actors ("Venezuelan authorities") and groups ("13 people")."""
        lex = self.lex
        for i in self.participant_cands:
            tok = self.toks[i]
            if i in self._keys_at or i in self.blocked or i < self.dateline_end:
                continue
            if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod") or self.nobody(tok):
                continue
            lemma = tok.lemma_.lower()
            part = lex.participants.get(lemma) or lex.participants.get(tok.lower_)
            common = part is None and self._capitalised_common(tok)
            if common:
                lemma = singular(tok.lower_)
                part = lex.participants.get(lemma)
            if part is None:
                continue
            # ("Zimbabwe's Foreign Minister said": a title with no name after it is the office holder)
            bare_title = (i + 1) in self._title_end and (i + 1 >= len(self.toks) or self.toks[i + 1].pos_ != "PROPN")
            if tok.pos_ == "PROPN" and not tok.is_lower and i > 0 and tok.is_title and lemma not in ("police", "army") and not common \
                    and not bare_title:
                continue  # part of an unrecognised name
            if self._describes_name(tok):
                continue
            if lemma == "intelligence" and not self._state_owned(tok):
                continue  # "offered to share intelligence": information, unless a state's ("Israeli intelligence")
            start = self._left_edge(tok)
            if part.kind == "state":
                if self._state(tok, start):
                    continue
            if self._anaphor(tok):
                continue
            end = i + 1
            for child in self.kids.rights(tok):
                # "Members of the Association of African Jurists", "Rebels in the Ivory Coast"
                # "Palestinian police in Jericho", "parties to the conflict in Iraq"
                if child.dep_ == "prep" and child.lower_ in ("of", "in", "from", "to") and child.i == end:
                    pobj = [p for p in self.kids[child.i] if p.dep_ == "pobj"]
                    named = self._drafts[self._keys_at[pobj[0].i][0]] if pobj and pobj[0].i in self._keys_at else None
                    if named is not None and named.scope == "global" and (child.lower_ not in ("in", "to") or named.cls in ("Country", "Location")) or pobj and child.lower_ in ("to", "of") and pobj[0].right_edge.i - child.i <= 6 and any(
                            t.i in self._keys_at and self._drafts[self._keys_at[t.i][0]].cls in ("Country", "Location")
                            for t in pobj[0].subtree):
                        end = self._phrase_end(pobj[0])
            if end == i + 1 and self._split_demonyms(tok, part):
                continue
            label = clean_label(self.span_text(start, end))
            if not label:
                continue
            owner = self._possessor(tok)
            if owner is not None:
                # "Russia said its forces …" → "Russian forces"; "Hamas said its fighters …" → "Hamas fighters";
                # "Ukraine asked its allies" → "allies of Ukraine" (an ally is not one of Ukraine's own)
                rest = self.span_text(self._after_poss(tok, start), end)
                if lemma in RELATIONAL_NOUNS:
                    label = clean_label(f"{rest} of {self._drafts[owner[0]].label}")
                else:
                    label = clean_label(f"{owner[1]} {rest}")
            draft = self._add(self._group_key(label), label, "Group", start, i + 1, scope="article", timeline=True)
            for j in range(i + 1, end):
                self._keys_at.setdefault(j, self._keys_at.get(j, ()) or ())
            draft.always = False
            if owner is not None and owner[2] and draft.country is None:
                draft.country = owner[2]
            if owner is not None:
                note = f"‘{clean_label(self.span_text(start, end))}’: the possessive refers to {owner[1]}"
                if note not in draft.notes:
                    draft.notes.append(note)
            countries = self._np_countries(tok)
            if countries and draft.country is None:
                draft.country = countries[0]
            lemmas = [t.lemma_.lower() for t in self.toks[start:i + 1]]
            sector = None
            for lem in reversed(lemmas[:-1]):
                p = lex.participants.get(lem)
                if p is not None and p.sector:
                    sector = p.sector
                    break
            draft.sector = draft.sector or sector or part.sector
            q = count_of(tok)
            if q is not None and draft.size is None:
                draft.size = q.value

    def _possessor(self, tok: Token) -> tuple[str, str, str | None] | None:
        """The owner of "its forces", "their fighters": (key, the word that names it in a label, country key).
        The owner is the subject of the speech verb whose clause holds the phrase ("Russia said its forces
        …"), else the subject of the phrase's own clause ("Hamas sent its fighters"); a Country or an
        Organization only, never a person or an unnamed group (the possessive may point past them)."""
        poss = next((c for c in self.kids.lefts(tok) if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if poss is None:
            return None
        node = self.kids.head(tok)
        for _ in range(6):
            cands = [c for c in self.kids[node.i] if c.dep_ == "nsubj" and c.i != tok.i]
            if node.dep_ in ("ccomp", "parataxis") and lemma_of_tok(self.kids.head(node)) in SPEECH_LEMMAS:
                cands = [c for c in self.kids[self.kids.head(node).i] if c.dep_ == "nsubj"] + cands
            for c in cands:
                keys = self._keys_at.get(c.i)
                draft = self._drafts.get(keys[0]) if keys else None
                if draft is None or draft.scope != "global" or draft.cls not in ("Country", "Organization"):
                    continue
                if draft.cls == "Country":
                    country = self.lex.country_by_key.get(draft.key)
                    word = self.state_label(draft.key, "").strip() if country is not None else draft.label
                    if word.startswith("of "):
                        word = draft.label
                    return draft.key, word, draft.key
                return draft.key, draft.label, draft.country
            if node.dep_ in ("ROOT",) or self.kids.head(node) is node:
                break
            node = self.kids.head(node)
        return None

    def _after_poss(self, tok: Token, start: int) -> int:
        """First token of the noun phrase after its possessive ("its [armed forces]")."""
        for c in self.kids.lefts(tok):
            if c.dep_ == "poss":
                return max(start, c.i + 1)
        return start

    def _split_demonyms(self, tok: Token, part) -> bool:
        """'Israeli and Egyptian officials': one group per nationality ("Israeli officials", "Egyptian
        officials"), each with its country; the head token names both."""
        dems: list[Token] = []
        for c in self.kids.lefts(tok):
            if c.dep_ == "amod" and self.lex.demonyms.get(fold(c.text)):
                dems = [c] + [x for x in self.kids.conjuncts(c) if self.lex.demonyms.get(fold(x.text))]
                break
        if len(dems) < 2:
            return False
        last = max(d.i for d in dems)
        rest = self.span_text(last + 1, tok.i + 1)
        keys = []
        for d in sorted(dems, key=lambda t: t.i):
            country = self.lex.demonyms[fold(d.text)]
            label = clean_label(f"{d.text} {rest}")
            draft = self._add(self._group_key(label), label, "Group", d.i, d.i + 1, scope="article", alias=label)
            draft.always = False
            draft.country = draft.country or country.key
            draft.sector = draft.sector or part.sector
            self._country_draft(country)
            keys.append(draft.key)
        self._keys_at[tok.i] = tuple(keys)
        return True

    def state_label(self, country_key: str, noun: str = "government") -> str:
        """'venezuela' → 'Venezuelan government'; with the noun the text uses: 'Iranian authorities'."""
        country = self.lex.country_by_key.get(country_key)
        if country is None:
            name = self._drafts[country_key].label if country_key in self._drafts else country_key
            return f"{noun} of {name}"
        demonym = next((d for d in country.demonyms if not d.endswith("s") or d.endswith("ese") or d == "Swiss"), None)
        return f"{demonym} {noun}" if demonym else f"{noun} of {country.name}"

    def state_for(self, country_key: str, start: int = 0, end: int = 0, surface: str | None = None,
                  note: str | None = None, noun: str = "government") -> str:
        """The state executive of a country as the text names it ("government", "authorities", …),
        one global node per country and noun (created on first use)."""
        label = self.state_label(country_key, noun)
        key = slug(label)
        draft = self._add(key, label, "Organization", start, end, alias=surface if surface else "", note=note,
                          timeline=start < end)
        draft.sector = "GOV"
        draft.country = country_key
        draft.state = True
        country = self.lex.country_by_key.get(country_key)
        if country is not None:
            self._country_draft(country)
        return key

    def _describes_name(self, tok: Token) -> bool:
        """'Palestinian leader Yasser Arafat', 'Kenzo Oshima, the … Coordinator', 'NUT, the umbrella union':
        a noun phrase describing a named participant is a title or an alias of it, not a group."""
        head = self.kids.head(tok)
        target: int | None = None
        if tok.dep_ in ("compound", "nmod", "amod") and head.i in self._keys_at and head.i > tok.i or tok.dep_ == "appos" and head.i in self._keys_at:
            target = head.i
        elif any(c.dep_ == "appos" and c.i in self._keys_at for c in self.kids[tok.i]):
            target = next(c.i for c in self.kids[tok.i] if c.dep_ == "appos" and c.i in self._keys_at)
        if target is None:
            return False
        key = self._keys_at[target][0]
        draft = self._drafts[key]
        if draft.scope != "global" or draft.cls not in ("Person", "Organization"):
            return False
        start = self._left_edge(tok)
        phrase = clean_label(self.span_text(start, tok.i + 1))
        for j in range(start, tok.i + 1):
            self._keys_at.setdefault(j, (key,))
        if draft.cls == "Person":
            words = [t for t in self.toks[start:tok.i + 1] if not (t.i in self.country_at or self.lex.demonyms.get(fold(t.text))) and t.tag_ != "POS" and t.dep_ != "poss"]
            title = clean_label(" ".join(t.text for t in words))
            if title and title not in draft.titles and len(title) < 60:
                draft.titles.append(title)
            countries = self._np_countries(tok)
            if countries and draft.country is None:
                draft.country = countries[0]
        elif phrase and phrase not in draft.aliases:
            draft.aliases.append(phrase)
        return True

    def _state(self, tok: Token, start: int) -> bool:
        """'Venezuelan authorities' → Government of Venezuela; bare 'the government' is resolved later."""
        content = [c for c in self.kids.lefts(tok) if c.dep_ in ("amod", "compound", "nmod") and c.i not in self.country_at
                   and not self.lex.demonyms.get(fold(c.text)) and c.lower_ not in NEUTRAL_STATE_MODIFIERS]
        if content:
            return False
        countries = self._np_countries(tok)
        person = self._np_person(tok)
        end = tok.i + 1
        for child in self.kids.rights(tok):
            if child.dep_ == "prep" and child.lower_ == "of" and (person or countries):
                end = child.right_edge.i + 1
        surface = clean_label(self.span_text(start, end))
        if person is not None:
            pdraft = self._drafts[person]
            label = f"government of {pdraft.label}"
            key = slug(label)
            draft = self._add(key, label, "Organization", start, end, alias=surface,
                              note=f"‘{surface}’: the government led by {pdraft.label}")
            draft.sector = "GOV"
            draft.country = draft.country or pdraft.country
            self._keys_at[tok.i] = (key,)
            return True
        if countries:
            keys = []
            for ck in countries:
                single = len(countries) == 1
                name = self.lex.country_by_key[ck].name if ck in self.lex.country_by_key else ck
                keys.append(self.state_for(ck, start if single else tok.i, end if single else tok.i + 1,
                                           surface if single else None, f"‘{surface}’: the state executive of {name}",
                                           noun=STATE_NOUNS.get(tok.lower_, "government")))
            self._keys_at[tok.i] = tuple(keys)
            for j in range(start, end):
                self._keys_at.setdefault(j, tuple(keys))
            return True
        if tok.lower_ in ("government", "authorities", "administration", "regime", "government's"):
            # bare: resolved to the nearest named government when the events ask
            self._pending_state.append((tok, surface))
            return True
        return False

    def _anaphor(self, tok: Token) -> bool:
        """'the organization', 'the country' refer back; they are resolved, never entities."""
        if tok.lemma_.lower() not in ORG_ANAPHORS | COUNTRY_ANAPHORS:
            return False
        dets = [c for c in self.kids.lefts(tok)]
        if any(c.dep_ == "prep" for c in self.kids.rights(tok)):
            return False  # "the offices of the Palestinian administrators" is a full description
        return bool(dets) and all(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in dets)

    # -------------------------------------------------------------------------------- answers

    def keys_for(self, tok: Token) -> tuple[str, ...]:
        """Entity keys a token names: its own mention, its antecedent, or a group made for it."""
        if tok.i in self.blocked or tok.i < self.dateline_end:
            return ()
        if self.nobody(tok):
            return ()
        keys = self._keys_at.get(tok.i)
        if tok.lemma_.lower() in FORCE_NOUNS and (not keys or self._drafts[keys[0]].scope == "article" and not self._drafts[keys[0]].notes):
            owner = self._possessed_force(tok)  # (a possessor named in the label, "Russian forces", stays)
            if owner:
                return owner
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "NN" and tok.lemma_.lower() in ROLE_NOUNS \
                and (not keys or self._drafts[keys[0]].scope == "article"):
            named = self._named_in_apposition(tok)
            if named:
                return named
        if keys:
            return keys
        low = tok.lower_
        if low in ("those", "these") and any(c.dep_ == "acl" for c in self.kids[tok.i]):
            return self._ad_hoc_group(tok)
        if low in ("several", "many") and tok.dep_ in ("nsubjpass", "dobj") and not any(c.dep_ == "prep" for c in self.kids[tok.i]):
            return self._ad_hoc_group(tok)  # ("several were arrested after the protest turned violent")
        if tok.pos_ == "PRON" or low in PERSON_PRONOUNS | ORG_PRONOUNS:
            return self._pronoun(tok)
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("NOUN", "PROPN") and lemma in ORG_ANAPHORS | COUNTRY_ANAPHORS and self._anaphor(tok):
            found = self._antecedent(tok, "Country" if lemma in COUNTRY_ANAPHORS else "Organization", lemma)
            if found or lemma in COUNTRY_ANAPHORS:
                return found
            # nothing named before it: "the ministry" is then an unnamed participant of its own
            label = clean_label(self.span_text(self._left_edge(tok), tok.i + 1))
            part = self.lex.participants.get(lemma)
            draft = self._add(self._group_key(label), label, "Group", tok.i, tok.i + 1, scope="article", timeline=False)
            draft.always = False
            draft.sector = draft.sector or (part.sector if part else None)
            return (draft.key,)
        if tok.pos_ in ("NOUN", "PROPN") and lemma in ("government", "authority", "administration", "regime"):
            return self.bare_state(tok)
        if tok.ent_type_ in NOT_PARTICIPANT_ENTS:
            return ()  # "December 21, 2015", "$50,000", "10 percent": numbers that count no one
        if tok.pos_ == "NUM" or tok.like_num or (tok.lower_ in ("those", "these") and any(c.dep_ == "acl" for c in self.kids[tok.i])):
            return self._ad_hoc_group(tok)
        return ()

    def fallback(self, tok: Token) -> tuple[str, ...]:
        """An unnamed participant the lexicon of participants does not know: people ("Jewish settlers",
        "customers of the cafe") become an article-local Group, places and facilities ("a bakery",
        "Palestinian homes", "a strategic village in Western Cambodia") an article-local Location.
        Asked only for the head of an event role; anything else (abstract nouns) names nobody."""
        cached = self._fallback_cache.get(tok.i)
        if cached is not None:
            return cached
        out: tuple[str, ...] = ()
        if self.nobody(tok):
            return out
        participle = tok.tag_ in ("VBN", "JJ") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
            any(c.dep_ == "det" and c.lower_ == "the" for c in self.kids[tok.i])  # "the accused", "the injured"
        # "Gunman kills three …": a capitalised headline noun the tagger read as an adjective
        headline_noun = tok.tag_ == "JJ" and tok.dep_ in ("nsubj", "nsubjpass") and tok.text[:1].isupper() and (
            self.lex.participants.get(tok.lower_) or self.lex.participants.get(singular(tok.lower_))) is not None
        # "instructed all police prefects to …": a plural object the tagger read as a verb
        verb_tagged = tok.tag_ == "VBZ" and tok.dep_ == "dobj" and self.lex.participants.get(singular(tok.lower_)) is not None
        if (participle or headline_noun or verb_tagged) and tok.i not in self.blocked and tok.i >= self.dateline_end:
            out = (self._unnamed(tok, "Group"),)
        elif tok.i not in self.blocked and tok.i >= self.dateline_end and tok.ent_type_ not in NOT_PARTICIPANT_ENTS and \
                (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and (tok.is_lower or self._capitalised_common(tok) or self._titled_role(tok))):
            lex = self.lex
            lemma = lemma_of_tok(tok) if tok.pos_ == "NOUN" or tok.is_lower else singular(tok.lower_)
            low = tok.lower_
            if tok.pos_ == "PROPN" and tok.is_lower and lemma == low:
                lemma = singular(low)  # ("mobs set fire to shops" in a lower-cased article: the tagger's name keeps its plural)
            cls = None
            part = lex.participants.get(lemma) or lex.participants.get(low)
            if lemma == "intelligence" and not self._state_owned(tok):
                cls = None  # "offered to share intelligence": information, unless a state's
            elif lemma in ("service", "agency") and any(c.dep_ in ("compound", "amod") and c.lower_ in ("intelligence", "security", "secret", "spy")
                                                        for c in self.kids[tok.i]):
                cls = "Group"  # "British intelligence services passed information …"
            elif lemma in ("thousand", "hundred", "dozen", "score", "million") and tok.tag_ == "NNS" and tok.dep_ in ("nsubj", "nsubjpass") \
                    and not any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "conj" for c in self.kids[tok.i]):
                cls = "Group"  # "Thousands march in Novi Sad": people, counted ("hundreds and possibly thousands of people" are the people)
            elif lemma in KIND_OF_PEOPLE and any(c.dep_ in ("compound", "amod") and c.lower_ in KIND_OF_PEOPLE[lemma]
                                                  for c in self.kids[tok.i]):
                cls = "Group"  # "opposition figures", "the protest movement" (not "casualty figures")
            elif lemma in lex.people or low in lex.people or part is not None and part.kind != "state":
                cls = "Group"  # (participants used as modifiers, "police firing", are no entity of their own)
            elif low == "lives" and any(c.dep_ == "nummod" for c in self.kids[tok.i]):
                cls = "Group"  # "claimed nine lives": the people counted
            elif tok.pos_ != "NOUN" and tok.pos_ != "PROPN":
                cls = None
            elif tok.tag_ in ("NNS", "NNPS") and low.endswith(HUMAN_SUFFIXES) and lemma not in lex.not_people and low not in lex.not_people:
                cls = "Group"
            elif tok.tag_ == "NN" and low.endswith(HUMAN_SINGULAR_SUFFIXES) and low not in lex.not_people and \
                    low + "s" not in lex.not_people and lemma not in lex.places and \
                    any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in self.kids[tok.i]):
                cls = "Group"  # "a vegetable vendor", "the notorious gangster": one unnamed person
            elif lemma in lex.places or low in lex.places:
                cls = None if self._idiom_place(tok) else "Location"
            if cls is not None:
                out = (self._unnamed(tok, cls),)
        self._fallback_cache[tok.i] = out
        return out

    def _idiom_place(self, tok: Token) -> bool:
        """'activists on the ground', 'boots on the ground': a bare place noun in a set phrase is no place."""
        head = self.kids.head(tok)
        return (head.lower_, tok.lower_) in IDIOM_PLACES and not any(c.dep_ in ("amod", "compound", "prep") for c in self.kids[tok.i])

    def modifier_group(self, tok: Token) -> tuple[str, ...]:
        """A participant word the tagger read as an adjective in front of an event noun ("a rebel ambush",
        "a militant attack"): an article-local Group named by the word."""
        if tok.i in self.blocked or tok.i < self.dateline_end or tok.ent_type_ in NOT_PARTICIPANT_ENTS:
            return ()
        part = self.lex.participants.get(tok.lower_)
        if part is None or part.kind != "group":
            return ()
        return (self._unnamed(tok, "Group"),)

    def _titled_role(self, tok: Token) -> bool:
        """'The Chinese Premier held talks', 'the French President arrived': an office written with a
        capital and no name after it (the tagger reads it as a name) is an unnamed participant."""
        if not tok.is_title or tok.dep_ == "compound":
            return False
        if tok.ent_type_ and not (tok.ent_type_ in ("PERSON", "ORG") and tok.ent_iob_ == "B" and
                                  (tok.i + 1 >= len(self.toks) or self.toks[tok.i + 1].ent_iob_ != "I")):
            return False  # ("the Pope": a one-word "name" that is only an office)
        low = tok.lower_
        if low not in self.lex.participants and singular(low) not in self.lex.participants:
            return False
        return any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") or c.dep_ == "amod" and c.ent_type_ == "NORP"
                   for c in self.kids.lefts(tok))

    def _unnamed(self, tok: Token, cls: str) -> str:
        start = self._left_edge(tok)
        end = tok.i + 1
        for child in self.kids.rights(tok):
            if child.dep_ == "prep" and (child.lower_ in LABEL_PREPS or child.lower_ == "with" and tok.lemma_ in BORDER_NOUNS) \
                    and child.i == end:  # ("its border with Guyana": the neighbour is part of the name of the place)
                if child.lower_ == "of" and tok.dep_ in ("dobj", "nsubjpass") and lemma_of_tok(self.kids.head(tok)) in OF_COMPLEMENT_VERBS \
                        and not any(p.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or lemma_of_tok(p) in self.lex.people
                                    or lemma_of_tok(p) in self.lex.participants for p in self.kids[child.i] if p.dep_ == "pobj"):
                    # "accused the experts of bias", "were convicted of murder": the of-phrase is the charge ("convicted
                    # a friend of the suspect" names whose friend)
                    break
                pobj = [p for p in self.kids[child.i] if p.dep_ == "pobj"]
                if pobj and pobj[0].right_edge.i + 1 - start <= 10:
                    end = self._phrase_end(pobj[0])
                break
        label = clean_label(self.span_text(start, end))
        draft = self._add(self._group_key(label), label, cls, start, tok.i + 1, scope="article", timeline=False)
        draft.always = False
        countries = self._np_countries(tok)
        if countries and draft.country is None:
            draft.country = countries[0]
        q = count_of(tok)
        if q is not None and draft.size is None and cls == "Group":
            draft.size = q.value
        if cls == "Group" and draft.sector is None:
            part = self.lex.participants.get(lemma_of_tok(tok)) or self.lex.participants.get(tok.lower_)
            draft.sector = part.sector if part is not None else None
        return draft.key

    def _phrase_end(self, pobj: Token) -> int:
        """End of a place or owner phrase inside a name ("civilians in Raqqa", "members of the party"), without
        a relative clause or participle phrase on it ("a surgeon from Raqqa who was kidnapped …") or a comma."""
        end = min([pobj.right_edge.i + 1] + [c.left_edge.i for c in self.kids.rights(pobj) if c.dep_ in ("relcl", "acl")])
        while end > pobj.i + 1 and self.toks[end - 1].is_punct:
            end -= 1
        return end

    def _mentions_before(self, tok: Token, sentences: int) -> Iterator[tuple[int, str, _Draft]]:
        """Entity mentions before ``tok``, nearest first, in its sentence and the ``sentences`` before it:
        (token index, key, draft)."""
        pos = bisect.bisect_left(self._timeline_idx, tok.i)
        limit = self.sent_of[tok.i] - sentences
        for j in range(pos - 1, -1, -1):
            ti, key = self._timeline[j]
            if self.sent_of[ti] < limit:
                return
            draft = self._drafts.get(key)
            if draft is not None:
                yield ti, key, draft

    def _antecedent(self, tok: Token, cls: str, noun: str | None = None) -> tuple[str, ...]:
        """Most recent earlier mention of that class within three sentences (noun match preferred); for "he" or
        "she", never a person whose given name or title says the other."""
        fallback: str | None = None
        gender = pronoun_gender(tok.lower_)
        for _, key, draft in self._mentions_before(tok, 3):
            if draft.scope != "global":
                continue
            ok = draft.cls == cls or (cls == "Organization" and draft.cls == "Organization")
            if not ok or gender and self._gender(draft) not in (None, gender):
                continue
            if noun in CIVIL_ANAPHORS and noun not in fold(draft.label) and (
                    draft.sector in ARMED_SECTORS or draft.label.split()[-1].lower() in PLACE_KIND_WORDS):
                continue  # ("Rivers State … the company said", "Houthi … the coalition said": not that kind of body)
            if noun and noun not in ORG_ANAPHORS - {"organization", "organisation", "group", "body"}:
                if noun in fold(draft.label):
                    return (key,)
                fallback = fallback or key
                continue
            return (key,)
        return (fallback,) if fallback else ()

    @staticmethod
    def _bare_surname(draft: _Draft) -> bool:
        """A one-word, capitalised name with no sector, country or title: what a lone surname looks like."""
        label = draft.label
        return " " not in label and label[:1].isupper() and label[1:].islower() and label.isalpha() \
            and not draft.sector and not draft.country and not draft.titles

    def _gender(self, draft: _Draft) -> str | None:
        """'f' or 'm' when a person's given name or title says it ("Mira Rojkan", "Queen Elizabeth", "his mother"), else
        None."""
        for title in draft.titles:
            words = title.split()
            first = fold(words[0]) if words else ""
            if first in FEMALE_TITLES:
                return "f"
            if first in MALE_TITLES:
                return "m"
            last = fold(words[-1]) if words else ""
            if last in FEMALE_NOUNS:
                return "f"
            if last in MALE_NOUNS:
                return "m"
        for name in (draft.label, *draft.aliases):
            words = name.split()
            if len(words) < 2:
                continue  # (a family name alone says nothing)
            first = fold(words[0])
            if first in self.lex.female_names:
                return "f"
            if first in self.lex.male_names:
                return "m"
        return self._said_sex(draft) if draft.cls == "Person" else None

    def nobody(self, tok: Token) -> bool:
        """'no group claimed responsibility', 'no one was hurt': a negative quantifier names nobody."""
        # ("neither side appears ready to make concessions")
        if tok.lower_ in ("nobody", "none", "noone", "neither"):
            return True
        for c in self.kids[tok.i]:
            low = c.lower_
            if low in ("no", "neither") and c.dep_ == "det":
                return True
            if low == "single" and c.dep_ == "amod" and any(t.lower_ == "not" for t in self.toks[max(0, tok.left_edge.i - 1):tok.i]):
                return True  # ("not a single round had been fired")
        return False

    def _possessed_force(self, tok: Token) -> tuple[str, ...]:
        """'Bosnian Serbs said their forces had withdrawn', 'the rebels and their fighters': the forces of
        a plural or corporate owner act for it, so the owner is the participant (as PLOVER codes it)."""
        poss = [c for c in self.kids[tok.i] if c.dep_ == "poss" and c.lower_ in ("their", "its")]
        if not poss:
            return ()
        owner: tuple[str, ...] = ()
        head = self.kids.head(tok)
        if tok.dep_ in ("nsubj", "nsubjpass") and head.dep_ in ("ccomp", "parataxis") and \
                lemma_of_tok(self.kids.head(head)) in SPEECH_LEMMAS:
            # the reporter speaks of its own forces
            reporter = [c for c in self.kids[self.kids.head(head).i] if c.dep_ == "nsubj"]
            if reporter:
                plural = reporter[0].tag_ in ("NNS", "NNPS")  # "Bosnian Serbs" (tagged as people or not)
                owner = tuple(k for k in self.keys_for(reporter[0]) if self._drafts[k].cls != "Person" or plural)
        if not owner:
            # else the nearest owner named before it in the sentence
            wanted = ("Organization", "Country") if poss[0].lower_ == "its" else ("Organization", "Country", "Group")
            owner = next(((key,) for _, key, draft in self._mentions_before(tok, 0)
                          if draft.cls in wanted and draft.scope == "global"), ())
        if owner:
            draft = self._drafts[owner[0]]
            surface = clean_label(self.span_text(poss[0].i, tok.i + 1))
            draft.mentions.append(self._mention(poss[0].i, tok.i + 1))
            note = f"‘{surface}’ read as {draft.label}: forces act for their owner"
            if note not in draft.notes and len(draft.notes) < 8:
                draft.notes.append(note)
        return owner

    def _pronoun(self, tok: Token) -> tuple[str, ...]:
        low = tok.lower_
        # "Iraq said it would …", "Syria says it is willing …": the reporter speaks of itself
        if tok.dep_ in ("nsubj", "nsubjpass") and self.kids.head(tok).dep_ in ("ccomp",) and lemma_of_tok(self.kids.head(self.kids.head(tok))) in SPEECH_LEMMAS:
            speech = self.kids.head(self.kids.head(tok))
            outer = self.kids.head(speech)
            if speech.i > tok.i and speech.dep_ in ("ccomp", "parataxis") and outer.i < tok.i and lemma_of_tok(outer) in SPEECH_LEMMAS:
                # "Vietnam said it was ready …, the agency reported": the parser may hang the clause on the
                # closing attribution; the pronoun is still the first speaker's
                speech = outer
            reporter = [c for c in self.kids[speech.i] if c.dep_ == "nsubj"]
            if not reporter and speech.dep_ == "conj":
                # "The government has ruled out talks and says it will …": the subject of the first verb speaks
                reporter = [c for c in self.kids[self.kids.head(speech).i] if c.dep_ == "nsubj"]
            if not reporter and speech.tag_ == "VBG" and speech.dep_ in ("advcl", "xcomp"):
                # "Katsav refused to meet King Abdullah, saying he would only welcome him in Jerusalem": the doer of
                # the clause the participle hangs on speaks
                reporter = [c for c in self.kids[self.kids.head(speech).i] if c.dep_ == "nsubj"]
            if reporter and reporter[0].i != tok.i:
                keys = self._keys_at.get(reporter[0].i)
                if keys:
                    cls = self._drafts[keys[0]].cls
                    gender = pronoun_gender(low)
                    if gender and cls == "Organization" and self._bare_surname(self._drafts[keys[0]]):
                        # "Maduro said he would …": the tagger took a lone surname for an organisation; "he" says
                        # it is a person
                        draft = self._drafts[keys[0]]
                        draft.cls = cls = "Person"
                        draft.notes.append(f"‘{draft.label}’ read as a person: “{tok.text}” speaks for it")
                    if (low in PERSON_PRONOUNS) == (cls == "Person") and (low not in PLURAL_PRONOUNS or cls == "Group") \
                            and not (gender and self._gender(self._drafts[keys[0]]) not in (None, gender)):
                        return keys  # ("Sharon said he was innocent": not Sharon)
        if low in PERSON_PRONOUNS:
            # ("Police arrested the suspect on Friday. He was charged …": with no one named, a person described)
            return self._antecedent(tok, "Person") or self._group_antecedent(tok, collective=False) or self._chained(tok)
        # "accused China of arming Russia and warned it": the object of a coordinated verb is the object of
        # the first verb, not the nearest name
        if low == "it" and tok.dep_ == "dobj" and self.kids.head(tok).dep_ == "conj":
            first = self.kids.head(self.kids.head(tok))
            objs = [c for c in self.kids[first.i] if c.dep_ == "dobj" and c.i < tok.i]
            keys = self.keys_for(objs[0]) if objs else ()
            if keys and self._drafts[keys[0]].cls in ("Organization", "Country"):
                return keys
        if low in ("them", "they", "themselves") and tok.dep_ in ("dobj", "nsubjpass", "pobj", "dative", "nsubj") \
                or low == "their" and tok.dep_ == "poss":
            # "met security chiefs and ordered them to step up patrols", "caught two thieves and thrashed them":
            # the nearest group of several people named before it, not the subject of its own verb
            return self._plural_antecedent(tok)
        if low in ORG_PRONOUNS:
            # "Norway is willing to help Saudi Arabia if it is attacked": a country is an "it" too
            found = self._antecedent(tok, "Organization") or self._antecedent(tok, "Country")
            if not found and (tok.dep_ in ("nsubj", "nsubjpass") or low == "its"):
                # "The army said … It added that …": an unnamed body described by its noun
                found = self._group_antecedent(tok, collective=True)
            return found
        return ()

    def _said_sex(self, draft: _Draft) -> str | None:
        """'Yanelis Banco … said her boss … called her in': a person whose name says nothing of their sex is a woman
        (a man) when a "she"/"her" ("he"/"his") follows a mention of them in its sentence before anyone else is named,
        and no pronoun of the other sex does ("He ordered them" then is someone else)."""
        if draft.said_sex is None:
            seen: set[str] = set()
            for ti, key in self._timeline:
                if key != draft.key:
                    continue
                span = self._span_at.get(ti, (ti, ti + 1))
                for t in self.toks[span[1]:]:
                    if self.sent_of[t.i] != self.sent_of[ti] or t.i in self._span_at:
                        break  # (the sentence ends, or someone else is named)
                    g = pronoun_gender(t.lower_)
                    if g:
                        seen.add(g)
                        break
            draft.said_sex = seen.pop() if len(seen) == 1 else ""
        return draft.said_sex or None

    def _chained(self, tok: Token) -> tuple[str, ...]:
        """'Joe Robinson … He returned to the UK … he was arrested … He and his fiancee, Mira Rojkan, were on holiday
        … when the authorities arrested him': with no one of its sex named in the sentences before, a "he" or "she"
        is the person the nearest earlier pronoun of that sex in them stands for (a chain of pronouns carries a
        person through a story)."""
        if tok.i in self._pronoun_cache:
            return self._pronoun_cache[tok.i]
        if self._chain_depth >= CHAIN_HOPS:
            return ()  # (a story told by a long run of bare pronouns: the chain stops rather than recurse on)
        self._pronoun_cache[tok.i] = ()  # (no cycle can come back to it)
        self._chain_depth += 1
        try:
            found = self._chain_back(tok)
        finally:
            self._chain_depth -= 1
        self._pronoun_cache[tok.i] = found
        return found

    def _chain_back(self, tok: Token) -> tuple[str, ...]:
        """The person the nearest earlier pronoun of ``tok``'s sex in its sentence or the three before stands for."""
        gender = pronoun_gender(tok.lower_)
        first = self.sent_of[tok.i] - 3
        found: tuple[str, ...] = ()
        for j in range(tok.i - 1, -1, -1):
            if self.sent_of[j] < first:
                break
            t = self.toks[j]
            if j in self.blocked or t.lower_ not in PERSON_PRONOUNS or pronoun_gender(t.lower_) != gender:
                continue
            keys = self._pronoun_cache[j] if j in self._pronoun_cache else self._pronoun(t)
            if keys:
                found = keys if all(self._drafts[k].cls == "Person" and self._gender(self._drafts[k]) in (None, gender)
                                    for k in keys) else ()
                break
        return found

    def _plural_antecedent(self, tok: Token) -> tuple[str, ...]:
        """'they'/'them'/'their': the nearest unnamed group written in the plural ("security chiefs", "two thieves")
        in the pronoun's sentence or the one before ("their": its own sentence only), other than the subject of the
        pronoun's own verb (an object "them" is never its own verb's doer); nothing when there is none."""
        verb = self.kids.head(tok)
        if tok.dep_ == "pobj":
            verb = self.kids.head(verb)
        own_subjects = {i for c in self.kids[verb.i] if c.dep_ in ("nsubj", "nsubjpass") for i in self.kids.subtree_ids(c)} \
            if tok.dep_ in ("dobj", "pobj", "dative") else set()
        named = self._named_pair(tok, own_subjects)
        if named:
            return named
        if tok.lower_ == "they":
            bodies = list(dict.fromkeys(key for ti, key, draft in self._mentions_before(tok, 1)
                                        if draft.cls in ("Organization", "Country") and self.toks[ti].dep_ in ("nsubj", "nsubjpass")))
            if len(bodies) == 1 and self.sent_of[tok.i] > 0 and self._drafts[bodies[0]].scope == "global":
                # ("The SDF is responsible for … the group and its leaders. They have also detained …": the body
                # the sentence before was about speaks of itself as "they", not of the leaders it names)
                return bodies
            if bodies:
                return ()
        start = tok.i
        # ("their" only within its own sentence: "their responsibility" is most often the subject's own)
        first = self.sent_of[tok.i] - (0 if tok.lower_ == "their" else 1)
        while start > 0 and self.sent_of[start - 1] >= first:
            start -= 1
        for t in reversed(self.toks[start:tok.i]):
            # (unnamed groups are made when asked for, so the words are read here, nearest first)
            if t.i in own_subjects or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") \
                    or not (t.tag_ in ("NNS", "NNPS") or lemma_of_tok(t) in ("police", "people")):
                continue
            part = self.lex.participants.get(lemma_of_tok(t))
            if part is not None and part.kind in ("machine", "weapon"):
                continue  # ("dispersed with tear gas shells, while several of them were detained": people, not shells)
            keys = self.keys_for(t) or self.fallback(t)
            if keys and all(self._drafts[k].cls == "Group" for k in keys):
                return keys
        return ()

    def _named_pair(self, tok: Token, own_subjects: set[int]) -> tuple[str, ...]:
        """'Eva Forest and Mari Luz Fernandez remained in prison as they were charged …', 'The United States and
        Britain met … They signed …': two or more people, bodies or countries named together as a subject or object
        in the pronoun's sentence or the one before, nearest first, are its "they"/"them" (not its own verb's
        subject); nothing when there are none."""
        if tok.lower_ == "their":
            return ()
        first = self.sent_of[tok.i] - 1
        for ti, key, draft in self._mentions_before(tok, 1):
            if draft.cls not in NAMED_SIDES or ti in own_subjects or self.sent_of[ti] < first:
                continue
            span = self._span_at.get(ti, (ti, ti + 1))
            t = next((x for x in self.toks[span[0]:span[1]] if not span[0] <= self.kids.head(x).i < span[1] or self.kids.head(x).i == x.i),
                     self.toks[ti])
            members = sorted((t, *self.kids.conjuncts(t)), key=lambda m: m.i)
            head = members[0]
            if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or head.i in own_subjects:
                continue
            keys = [k for m in members for k in self._keys_at.get(m.i, ())]
            if len(members) >= 2 and len(keys) == len(members) and all(self._drafts[k].cls in NAMED_SIDES for k in keys):
                return tuple(dict.fromkeys(keys))
        return ()

    def _group_antecedent(self, tok: Token, collective: bool) -> tuple[str, ...]:
        """The most recent unnamed participant in the sentence or the two before it that a singular pronoun can
        stand for: a body ("the army", for "it") or one person described ("the suspect", for "he")."""
        for ti, key, draft in self._mentions_before(tok, 2):
            span = self._span_at.get(ti)
            if draft.scope != "article" or draft.cls != "Group" or span is None:
                continue
            head = self.toks[span[1] - 1]
            if head.tag_ == "NN" and (lemma_of_tok(head) in COLLECTIVE_NOUNS) == collective and lemma_of_tok(head) not in CROWD_NOUNS:
                return (key,)
        return ()

    def bare_state(self, tok: Token) -> tuple[str, ...]:
        """'the government' (whatever its tag: "anti-government"): the nearest government named in the article,
        else the dateline country's."""
        govs = [(ti, key) for ti, key in self._timeline
                if self._drafts[key].cls == "Organization" and self._drafts[key].sector == "GOV"
                and (self._drafts[key].state or self._drafts[key].key.startswith("government-of-"))]
        before = [p for p in govs if p[0] < tok.i]
        after = [p for p in govs if p[0] > tok.i and self.sent_of[p[0]] == self.sent_of[tok.i]]
        surface = clean_label(self.span_text(self._left_edge(tok), tok.i + 1))
        here = [p for p in before if self.sent_of[p[0]] == self.sent_of[tok.i]]
        place = None if here else self._place_country(tok)
        if place is not None and not (before and self._drafts[before[-1][1]].country == place):
            # ("on holiday … in south-west Turkey, when the authorities arrested him": the authorities of the
            # country the sentence places the act in, not the government the article named last)
            name = self.lex.country_by_key[place].name if place in self.lex.country_by_key else place
            key = self.state_for(place, tok.i, tok.i + 1, surface, f"bare ‘{surface}’ read as the state of {name}, where "
                                 "the sentence places it", noun=STATE_NOUNS.get(tok.lower_, "government"))
            return (key,)
        if before:
            key = before[-1][1]
        elif after:
            key = after[0][1]
        elif self.dateline_country:
            country = self.lex.country_by_key.get(self.dateline_country)
            name = country.name if country else self.dateline_country
            key = self.state_for(self.dateline_country, tok.i, tok.i + 1, surface,
                                 f"bare ‘{surface}’ read as the government of the dateline country {name}")
            return (key,)
        else:
            draft = self._add(self._group_key(surface), surface, "Group", tok.i, tok.i + 1, scope="article", timeline=False)
            draft.always = False
            draft.sector = "GOV"
            return (draft.key,)
        draft = self._drafts[key]
        draft.mentions.append(self._mention(tok.i, tok.i + 1))
        note = f"bare ‘{surface}’ resolved to {draft.label}, the government named nearest to it"
        if note not in draft.notes and len(draft.notes) < 8:
            draft.notes.append(note)
        return (key,)

    def _named_in_apposition(self, tok: Token) -> tuple[str, ...]:
        """'The head of the infectious diseases department at the Hospital …, Maria Eugenia Landaeta, called …': the
        person named between commas right before the verb is the one the subject describes (the parser may hang
        the name on the last noun of the description)."""
        verb = self.kids.head(tok)
        for i in sorted(self.kids.subtree_ids(tok)):
            t = self.toks[i]
            if t.dep_ != "appos" or i == tok.i:
                continue
            keys = self._keys_at.get(i, ())
            after = t.right_edge.i + 1
            if keys and self._drafts[keys[0]].cls == "Person" and after + 1 < len(self.toks) \
                    and self.toks[after].text == "," and self.toks[after + 1].i == verb.i:
                return keys
        return ()

    def _place_country(self, tok: Token) -> str | None:
        """The one country named before ``tok`` in its sentence as the place of what happens ("in south-west Turkey",
        "across Syria"); None when there is none or more than one."""
        found = {draft.key for ti, _, draft in self._mentions_before(tok, 0) if draft.cls == "Country" and self._in_place(self.toks[ti])}
        return found.pop() if len(found) == 1 else None

    def _in_place(self, tok: Token) -> bool:
        """Whether a name is the object of a preposition of place ("in Turkey", "in south-west Turkey")."""
        while tok.dep_ in ("compound", "amod", "nmod") and self.kids.head(tok).i != tok.i:
            tok = self.kids.head(tok)
        return tok.dep_ == "pobj" and self.kids.head(tok).lower_ in PLACE_PREPS

    def _ad_hoc_group(self, tok: Token) -> tuple[str, ...]:
        """'five more', 'at least 2,000', 'those detained': a group sized by its number."""
        start = tok.left_edge.i
        end = tok.i + 1
        for child in self.kids.rights(tok):
            if child.dep_ in ("amod", "advmod", "acl") and child.i <= tok.i + 2:
                end = max(end, child.right_edge.i + 1 if child.dep_ != "acl" else child.i + 1)
            elif child.dep_ == "prep" and child.lower_ == "of" and child.i == end and child.right_edge.i - tok.i <= 6:
                end = child.right_edge.i + 1  # "15 of its observers"
        while start < tok.i and (self.toks[start].is_punct or self.toks[start].lower_ in DROP_LEADING - {"those", "these"}):
            start += 1
        label = squash(self.span_text(start, end)).strip("“”\"' ,;:")
        if not label:
            return ()
        q = count_of(tok)
        if q is None and tok.lower_ not in ("those", "these", "several", "many"):
            return ()
        draft = self._add(self._group_key(label), label, "Group", start, end, scope="article", timeline=False)
        draft.always = False
        if q is not None:
            draft.size = q.value
        return (draft.key,)

    def country_keys_of(self, tok: Token) -> tuple[str, ...]:
        """Countries named by a demonym/country token used as a modifier ('Israeli airstrikes')."""
        if tok.i in self.country_at:
            return self.country_at[tok.i]
        if tok.i > 0 and self.toks[tok.i - 1].lower_ in REGION_WORDS and self.toks[tok.i - 1].text[:1].isupper():
            return ()  # ("a Central American summit", "Latin American leaders": a region's, no country's)
        c = self.lex.demonyms.get(fold(tok.text))
        if c is not None:
            self._country_draft(c)
            return (c.key,)
        return ()

    def is_local(self, key: str) -> bool:
        """True for an article-local (unnamed) participant."""
        draft = self._drafts.get(key)
        return draft is not None and draft.scope == "article"

    def cls_of(self, key: str) -> str | None:
        draft = self._drafts.get(key)
        return draft.cls if draft else None

    def sector_of(self, key: str) -> str | None:
        draft = self._drafts.get(key)
        return draft.sector if draft else None

    def country_of_key(self, key: str) -> str | None:
        """The country an entity is or belongs to (its own key for a country), if known."""
        draft = self._drafts.get(key)
        if draft is None:
            return None
        return draft.key if draft.cls == "Country" else draft.country

    def label_of(self, key: str) -> str:
        draft = self._drafts.get(key)
        return draft.label if draft else key

    # -------------------------------------------------------------------------------- output

    def _iso_code(self, d: _Draft) -> str | None:
        """A Country's ISO 3166-1 alpha-3 code from the gazetteer (None for anything else)."""
        if d.cls != "Country":
            return None
        country = self.lex.country_by_key.get(d.key)
        return country.iso3 if country is not None and country.iso3 else None

    def entities(self) -> tuple[Entity, ...]:
        """The finished entities: named ones always, groups only when an event uses them."""
        keep = [d for d in self._drafts.values() if d.always or d.key in self.used]
        needed = {d.country for d in keep if d.country} | {k for k in self.used if k not in self._drafts}
        keep_keys = {d.key for d in keep}
        for key in sorted(needed - keep_keys):
            if key in self._drafts:
                keep.append(self._drafts[key])
            else:
                country = self.lex.country_by_key.get(key)
                if country is not None:
                    keep.append(_Draft(key, country.name, "Country"))
        # a country attribute names a Country node: where the model took the country's own name for something else
        # ("0 arrested Venezuela\n people": "Venezuela" read as a person), the attribute is left out, not pointed at it
        countries = {d.key for d in keep if d.cls == "Country"}
        out = []
        for d in sorted(keep, key=lambda d: (d.mentions[0].start if d.mentions else 10**12, d.key)):
            mentions = tuple(sorted(set(d.mentions), key=lambda m: (m.start, m.end)))
            out.append(Entity(
                key=d.key, label=d.label, cls=d.cls, aliases=tuple(a for a in d.aliases if a != d.label),
                mentions=mentions, scope=d.scope, country=d.country if d.country != d.key and d.country in countries else None,
                sector=d.sector, titles=tuple(d.titles), size=d.size, merge_notes=tuple(d.notes),
                iso_code=self._iso_code(d),
            ))
        return tuple(out)
