"""Score the graph kg builds against gold event annotations.

The rules are those of ``shared/eval/README.md``; this module implements them
as follows (the choices where the text leaves room are marked *reading*):

1. **Candidates** of a unit are the events (nodes typed ``pe:Event``) derived
   from the unit's article (``prov:wasDerivedFrom`` an article whose
   ``dcterms:identifier`` is the unit id) whose ``pe:sourceText`` lies in the
   unit text and whose PLOVER class is one of the unit's ``annotated_types``.
   Events marked ``pe:negated true`` or ``pe:hypothetical true`` are left out
   (and so count neither way).  *Reading:* an event without a ``pe:sourceText``
   has no sentence, so it does not lie in the unit and is no candidate (it is
   counted in ``off_text``).  An event's type is the set of PLOVER types whose
   class (``pe:Agree`` … ``pe:Statement``) it carries; a fine class alone
   (``pe:Arrest``) does not make a type.
2. **Evidence**: a candidate may match a gold event when one of its types is the
   gold type or one of ``alt_types`` and its ``pe:sourceText`` contains the gold
   ``evidence`` (the whole unit text when there is none) or lies inside it.
   *Reading:* containment is plain substring containment after collapsing runs
   of whitespace to one space (so it is exactly the raw test whenever the text
   has no irregular spacing); no case folding — evidence is verbatim.
3. **typed** match is rule 2; **strict** match also needs actor and recipient:
   an empty gold list passes, else some ``rdfs:label`` of some predicted actor
   (recipient) must match some alias.  Two strings match when their
   normalisations (:func:`normalize`) are equal, or the shorter one has 3 or
   more characters (spaces inside it count) and occurs as whole words in the
   longer.  *Reading:* a string that normalises to "" matches nothing.
4. **Greedy, one-to-one**: the required gold events of a unit in file order,
   then the optional ones in file order; each takes the first still unmatched
   candidate that it can match, candidates ordered by ``pe:sourceStart``
   (events without one last), then by event IRI in natural order (digit runs
   compared as numbers, so ``…/s2-t9`` comes before ``…/s2-t10``).  Typed and
   strict are two separate greedy matchings.
5. TP = matched required gold events, FN = unmatched required ones, FP =
   candidates matched to no gold event (a candidate matched to an optional gold
   event is neither).  P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2PR/(P+R); each is
   0 when its denominator is 0 (so no candidates at all gives P = 0).
6. **counts**: over the *required* gold events matched in the strict matching
   (*reading:* optional events "count neither way", and the seed's stated
   target "counts ≥ 7/8" has exactly 8 required events with numbers) that
   state at least one number
   (``dead``/``injured``/``arrested``/``count`` not null), the share for which
   *every* stated number is among the values of the matched event's
   ``pe:dead``/``pe:injured``/``pe:arrested``/``pe:count`` (any kind).
   With no such events the share is undefined (``None``).
7. **forbidden**: every pair (forbidden entry, candidate) where the candidate
   has that type and its sentence contains the forbidden evidence (same
   containment as rule 2, one direction only) is one violation.  Candidates
   are those of rule 1 (flagged events never violate).
8. **entities**: an entity is *found* when some node not typed ``pe:Event`` is
   typed ``pe:<class>`` and has an ``rdfs:label`` equal, after normalisation,
   to one of the aliases.  ``single_node`` holds when exactly one such node —
   of any class, outside the ontology graph — has an ``rdfs:label`` whose
   normalisation equals one of the aliases' (*reading:* "carries" means as
   ``rdfs:label``, the only label property the scoring rules name; ``pe:alias``
   values are not counted).

Normalisation (rule 3, :func:`normalize`): NFKC; curly quotes → straight; lower
case; every punctuation or symbol character (Unicode categories P* and S*) → a
space; whitespace collapsed and stripped; then *one* leading word among
the/a/an/this/that/these/those/its/their/his/her is dropped when another word
follows it.  *Reading:* only one word is dropped ("the the x" → "the x"), and a
string that is only such a word ("her") is kept as it is.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import InputError, UsageError
from .model import ENTITY_CLASSES, EVENT_TYPES, FINE_TYPES, type_class_name
from .rdf.vocab import ONTOLOGY_GRAPH, PE_IRI

COUNT_FIELDS: tuple[str, ...] = ("dead", "injured", "arrested", "count")
LEADING_WORDS: frozenset[str] = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"}
)

_TYPE_OF_CLASS: dict[str, str] = {type_class_name(t): t for t in EVENT_TYPES}
_TYPE_ORDER: dict[str, int] = {t: i for i, t in enumerate(EVENT_TYPES)}

# ---------------------------------------------------------------------------
# Gold data
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEvent:
    type: str
    fine: str | None = None
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    evidence: str | None = None
    alt_types: tuple[str, ...] = ()
    optional: bool = False
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    count: int | None = None

    @property
    def types(self) -> frozenset[str]:
        """The types a candidate may have to match: the gold type and its alternatives."""
        return frozenset((self.type, *self.alt_types))

    @property
    def numbers(self) -> tuple[int, ...]:
        """The numbers this event states (rule 6), in field order."""
        return tuple(v for v in (self.dead, self.injured, self.arrested, self.count) if v is not None)


@dataclass(frozen=True)
class Forbidden:
    type: str
    evidence: str


@dataclass(frozen=True)
class GoldEntity:
    label: str
    cls: str
    aliases: tuple[str, ...]
    single_node: bool = False


@dataclass(frozen=True)
class GoldUnit:
    id: str
    text: str
    annotated_types: tuple[str, ...]
    events: tuple[GoldEvent, ...] = ()
    forbidden: tuple[Forbidden, ...] = ()
    entities: tuple[GoldEntity, ...] = ()
    source: str = ""
    license: str = ""


def load_gold(path: str | os.PathLike[str]) -> tuple[GoldUnit, ...]:
    """Read a gold file: one JSON object (the seed file), a JSON list, or JSONL.

    Raises :class:`InputError` with a one-line message for a missing or
    unreadable file, bad JSON (with its line number) or a malformed unit.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"gold file not found: {path}")
    if p.is_dir():
        raise InputError(f"gold file {path} is a folder, not a .json or .jsonl file")
    try:
        raw = p.read_bytes().decode("utf-8-sig")
    except OSError as err:
        raise InputError(f"cannot read gold file {path}: {err.strerror}") from None
    except UnicodeDecodeError as err:
        raise InputError(f"gold file {path} is not valid UTF-8 (byte offset {err.start})") from None
    if not raw.strip():
        raise InputError(f"gold file {path} is empty")

    records: list[tuple[int, Any]] = []  # (line number, parsed object)
    as_jsonl = p.suffix.lower() == ".jsonl"
    if not as_jsonl:
        try:
            whole = json.loads(raw)
        except json.JSONDecodeError as err:
            if err.msg != "Extra data":
                raise InputError(f"{path}:{err.lineno}: bad JSON ({err.msg}, column {err.colno})") from None
            as_jsonl = True  # several objects: JSON Lines without the suffix
        else:
            if isinstance(whole, list):
                records = [(1, item) for item in whole]
            else:
                records = [(1, whole)]
    if as_jsonl:
        for number, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append((number, json.loads(line)))
            except json.JSONDecodeError as err:
                raise InputError(f"{path}:{number}: bad JSON ({err.msg}, column {err.colno})") from None
    if not records:
        raise InputError(f"gold file {path} holds no units")

    units: list[GoldUnit] = []
    seen: dict[str, int] = {}
    for number, record in records:
        unit = _parse_unit(record, f"{path}:{number}")
        if unit.id in seen:
            raise InputError(f"{path}:{number}: duplicate unit id {unit.id!r} (first at line {seen[unit.id]})")
        seen[unit.id] = number
        units.append(unit)
    return tuple(units)


def _parse_unit(record: Any, where: str) -> GoldUnit:
    if not isinstance(record, dict):
        raise InputError(f"{where}: a unit must be a JSON object, not {type(record).__name__}")
    uid = record.get("id")
    if not isinstance(uid, str) or not uid.strip():
        raise InputError(f'{where}: missing field "id" (a non-empty string)')
    where = f"{where}: unit {uid!r}"
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f'{where}: missing field "text" (a string)')
    annotated = _type_list(record, "annotated_types", where, required=True)
    events_raw = record.get("events")
    if not isinstance(events_raw, list):
        raise InputError(f'{where}: missing field "events" (a list)')
    events = tuple(_parse_event(e, f"{where}: event {i + 1}") for i, e in enumerate(events_raw))
    forbidden_raw = record.get("forbidden") or []
    if not isinstance(forbidden_raw, list):
        raise InputError(f'{where}: "forbidden" must be a list')
    forbidden = []
    for i, item in enumerate(forbidden_raw):
        fw = f"{where}: forbidden {i + 1}"
        if not isinstance(item, dict):
            raise InputError(f"{fw}: must be an object with \"type\" and \"evidence\"")
        ftype = _event_type(item.get("type"), fw, "type")
        evidence = item.get("evidence")
        if not isinstance(evidence, str) or not evidence.strip():
            raise InputError(f'{fw}: missing field "evidence" (a non-empty string)')
        forbidden.append(Forbidden(ftype, evidence))
    entities_raw = record.get("entities") or []
    if not isinstance(entities_raw, list):
        raise InputError(f'{where}: "entities" must be a list')
    entities = tuple(_parse_entity(e, f"{where}: entity {i + 1}") for i, e in enumerate(entities_raw))
    return GoldUnit(
        id=uid,
        text=text,
        annotated_types=annotated,
        events=events,
        forbidden=tuple(forbidden),
        entities=entities,
        source=str(record.get("source") or ""),
        license=str(record.get("license") or ""),
    )


def _event_type(value: Any, where: str, name: str) -> str:
    if not isinstance(value, str):
        raise InputError(f'{where}: missing field "{name}" (one of AGREE … ASSAULT, STATEMENT)')
    if value not in _TYPE_ORDER:
        raise InputError(f"{where}: unknown event type {value!r} in \"{name}\"")
    return value


def _type_list(record: dict, key: str, where: str, *, required: bool) -> tuple[str, ...]:
    value = record.get(key)
    if value is None and not required:
        return ()
    if not isinstance(value, list):
        raise InputError(f'{where}: missing field "{key}" (a list of event types)')
    return tuple(_event_type(v, where, key) for v in value)


def _str_list(record: dict, key: str, where: str) -> tuple[str, ...]:
    value = record.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f'{where}: missing field "{key}" (a list of names, possibly empty)')
    return tuple(value)


def _parse_event(record: Any, where: str) -> GoldEvent:
    if not isinstance(record, dict):
        raise InputError(f"{where}: must be a JSON object")
    etype = _event_type(record.get("type"), where, "type")
    fine = record.get("fine")
    if fine is not None and fine not in FINE_TYPES:
        raise InputError(f"{where}: unknown fine type {fine!r}")
    evidence = record.get("evidence")
    if evidence is not None and (not isinstance(evidence, str) or not evidence.strip()):
        raise InputError(f'{where}: "evidence" must be a non-empty string')
    numbers: dict[str, int | None] = {}
    for key in COUNT_FIELDS:
        value = record.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise InputError(f'{where}: "{key}" must be an integer or null, not {value!r}')
        numbers[key] = value
    optional = record.get("optional", False)
    if not isinstance(optional, bool):
        raise InputError(f'{where}: "optional" must be true or false')
    return GoldEvent(
        type=etype,
        fine=fine,
        actor=_str_list(record, "actor", where),
        recipient=_str_list(record, "recipient", where),
        evidence=evidence,
        alt_types=_type_list(record, "alt_types", where, required=False),
        optional=optional,
        **numbers,
    )


def _parse_entity(record: Any, where: str) -> GoldEntity:
    if not isinstance(record, dict):
        raise InputError(f"{where}: must be a JSON object")
    label = record.get("label")
    if not isinstance(label, str) or not label.strip():
        raise InputError(f'{where}: missing field "label" (a non-empty string)')
    cls = record.get("class")
    if cls not in ENTITY_CLASSES:
        raise InputError(f'{where}: "class" must be one of {", ".join(ENTITY_CLASSES)}, not {cls!r}')
    aliases = _str_list(record, "aliases", where) if "aliases" in record else ()
    single = record.get("single_node", False)
    if not isinstance(single, bool):
        raise InputError(f'{where}: "single_node" must be true or false')
    return GoldEntity(label=label, cls=cls, aliases=aliases or (label,), single_node=single)


# ---------------------------------------------------------------------------
# Normalisation and string matching (rule 3)
# ---------------------------------------------------------------------------

_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u2039": "'", "\u203a": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
        "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    }
)


def normalize(text: str) -> str:
    """Rule 3's normal form: 'The Government’s  ministers' → "government s ministers"."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    text = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in text)
    words = text.split()
    if len(words) > 1 and words[0] in LEADING_WORDS:
        words = words[1:]
    return " ".join(words)


def _normalized_match(a: str, b: str) -> bool:
    """Rule 3 on already normalised strings."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 3 and f" {short} " in f" {long} "


def names_match(a: str, b: str) -> bool:
    """Do two names match under rule 3 (equal, or the shorter as whole words in the longer)?"""
    return _normalized_match(normalize(a), normalize(b))


def _squash(text: str) -> str:
    """Whitespace runs → one space, stripped: the form containment is tested on."""
    return " ".join(text.split())


def evidence_contains(source_text: str, evidence: str) -> bool:
    """Rule 2: the sentence contains the evidence, or lies inside it."""
    s, e = _squash(source_text), _squash(evidence)
    if not s or not e:
        return False
    return e in s or s in e


# ---------------------------------------------------------------------------
# Predictions read from a store
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PredictedEvent:
    article_id: str
    iri: str
    types: frozenset[str]  # PLOVER types: "COERCE", "STATEMENT", …
    fine: frozenset[str] = frozenset()  # fine classes: "Arrest", …
    source_text: str | None = None
    source_start: int | None = None
    actor_labels: tuple[str, ...] = ()  # every rdfs:label of every pe:actor
    recipient_labels: tuple[str, ...] = ()
    counts: tuple[tuple[str, int], ...] = ()  # (kind, value): ("dead", 28), …
    actor_sectors: frozenset[str] = frozenset()  # pe:sector codes of the actors: "COP", "GOV", …
    negated: bool = False
    hypothetical: bool = False
    main: bool = False  # pe:mainEvent: the event its sentence is about

    @property
    def flagged(self) -> bool:
        return self.negated or self.hypothetical

    @property
    def count_values(self) -> frozenset[int]:
        return frozenset(v for _, v in self.counts)


@dataclass(frozen=True)
class PredictedEntity:
    iri: str
    classes: frozenset[str]  # local names for pe: classes ("Person"), full IRIs otherwise
    labels: tuple[str, ...]


_EVENTS_QUERY = """
SELECT DISTINCT ?e ?id ?p ?o WHERE {
  ?e a pe:Event ; prov:wasDerivedFrom ?article .
  ?article dcterms:identifier ?id .
  VALUES ?p { rdf:type pe:sourceText pe:sourceStart pe:negated pe:hypothetical pe:mainEvent
              pe:dead pe:injured pe:arrested pe:count }
  ?e ?p ?o .
}"""

_ROLES_QUERY = """
SELECT DISTINCT ?e ?role ?x ?label WHERE {
  ?e a pe:Event .
  VALUES ?role { pe:actor pe:recipient }
  ?e ?role ?x .
  OPTIONAL { ?x rdfs:label ?label }
}"""

_SECTORS_QUERY = """
SELECT DISTINCT ?e ?sector WHERE {
  ?e a pe:Event ; pe:actor ?x .
  ?x pe:sector ?sector .
}"""

_ENTITIES_QUERY = f"""
SELECT DISTINCT ?n ?p ?o WHERE {{
  {{ SELECT DISTINCT ?n WHERE {{
      GRAPH ?g {{ ?n rdfs:label ?any }}
      FILTER (?g != <{ONTOLOGY_GRAPH}>)
  }} }}
  FILTER NOT EXISTS {{ ?n a pe:Event }}
  VALUES ?p {{ rdf:type rdfs:label }}
  ?n ?p ?o .
}}"""

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _local(iri: str) -> str | None:
    return iri[len(PE_IRI):] if iri.startswith(PE_IRI) else None


def _as_int(value: str) -> int | None:
    try:
        return int(value.strip())
    except ValueError:
        try:
            number = float(value)
        except ValueError:
            return None
        return int(number) if number.is_integer() else None


def _as_bool(value: str) -> bool:
    return value.strip().lower() in ("true", "1")


def read_predictions(store) -> tuple[dict[str, tuple[PredictedEvent, ...]], tuple[PredictedEntity, ...]]:
    """Events by article id, and every labelled non-event node, read by SPARQL from ``store``."""
    ids: dict[str, set[str]] = {}
    props: dict[str, dict[str, list[str]]] = {}
    for row in store.select(_EVENTS_QUERY):
        e = row["e"].value
        ids.setdefault(e, set()).add(row["id"].value)
        props.setdefault(e, {}).setdefault(row["p"].value, []).append(row["o"].value)
    roles: dict[str, dict[str, set[str]]] = {}
    for row in store.select(_ROLES_QUERY):
        label = row["label"]
        if label is None:
            continue
        role = _local(row["role"].value) or ""
        roles.setdefault(row["e"].value, {}).setdefault(role, set()).add(label.value)
    sectors: dict[str, set[str]] = {}
    for row in store.select(_SECTORS_QUERY):
        sectors.setdefault(row["e"].value, set()).add(row["sector"].value)

    events: dict[str, list[PredictedEvent]] = {}
    for e, p in props.items():
        classes = [_local(c) for c in p.get(_RDF_TYPE, [])]
        types = frozenset(_TYPE_OF_CLASS[c] for c in classes if c in _TYPE_OF_CLASS)
        fine = frozenset(c for c in classes if c in FINE_TYPES)
        texts = sorted(p.get(PE_IRI + "sourceText", []))
        starts = sorted(v for v in (_as_int(s) for s in p.get(PE_IRI + "sourceStart", [])) if v is not None)
        counts = sorted(
            {
                (kind, v)
                for kind in COUNT_FIELDS
                for v in (_as_int(s) for s in p.get(PE_IRI + kind, []))
                if v is not None
            }
        )
        r = roles.get(e, {})
        for article_id in ids[e]:
            events.setdefault(article_id, []).append(
                PredictedEvent(
                    article_id=article_id,
                    iri=e,
                    types=types,
                    fine=fine,
                    source_text=texts[0] if texts else None,
                    source_start=starts[0] if starts else None,
                    actor_labels=tuple(sorted(r.get("actor", ()))),
                    recipient_labels=tuple(sorted(r.get("recipient", ()))),
                    counts=tuple(counts),
                    actor_sectors=frozenset(sectors.get(e, ())),
                    negated=any(_as_bool(v) for v in p.get(PE_IRI + "negated", [])),
                    hypothetical=any(_as_bool(v) for v in p.get(PE_IRI + "hypothetical", [])),
                    main=any(_as_bool(v) for v in p.get(PE_IRI + "mainEvent", [])),
                )
            )

    node_classes: dict[str, set[str]] = {}
    node_labels: dict[str, set[str]] = {}
    for row in store.select(_ENTITIES_QUERY):
        n = row["n"].value
        if row["p"].value == _RDF_TYPE:
            node_classes.setdefault(n, set()).add(_local(row["o"].value) or row["o"].value)
        else:
            node_labels.setdefault(n, set()).add(row["o"].value)
    entities = tuple(
        PredictedEntity(iri=n, classes=frozenset(node_classes.get(n, ())), labels=tuple(sorted(labels)))
        for n, labels in sorted(node_labels.items())
    )
    return (
        {a: tuple(sorted(evs, key=_candidate_key)) for a, evs in sorted(events.items())},
        entities,
    )


# ---------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@dataclass(frozen=True)
class PRF:
    """True/false positives and false negatives, with P, R and F1 (0 on a 0 denominator)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class CountScore:
    stated: int = 0  # strict-matched gold events that state a number
    correct: int = 0  # … whose every stated number is among the matched event's counts

    @property
    def share(self) -> float | None:
        return self.correct / self.stated if self.stated else None

    def as_dict(self) -> dict[str, Any]:
        share = self.share
        return {"stated": self.stated, "correct": self.correct, "share": None if share is None else round(share, 4)}


@dataclass(frozen=True)
class Violation:
    unit_id: str
    type: str
    evidence: str
    event: str  # IRI of the offending candidate
    source_text: str


@dataclass(frozen=True)
class EntityCheck:
    unit_id: str
    label: str
    cls: str
    found: bool
    nodes: tuple[str, ...]  # IRIs of every node carrying one of the aliases as rdfs:label
    single_node: bool  # required by the gold file?

    @property
    def single_node_ok(self) -> bool | None:
        """True/False when single_node is required, None when it is not asked for."""
        return len(self.nodes) == 1 if self.single_node else None


@dataclass(frozen=True)
class SectorRow:
    """Candidates whose actor carries one sector code, and how many of them a gold event took (typed)."""

    sector: str
    candidates: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.candidates if self.candidates else 0.0


@dataclass(frozen=True)
class TypeRow:
    type: str
    gold: int  # required gold events of this type
    candidates: int  # candidates whose (first) type is this one
    typed: PRF
    strict: PRF


@dataclass(frozen=True)
class Miss:
    """A required gold event left unmatched."""

    index: int  # position in the unit's events (0-based)
    type: str
    evidence: str | None


@dataclass(frozen=True)
class Extra:
    """A candidate matched to no gold event."""

    event: str
    types: tuple[str, ...]
    source_text: str


@dataclass(frozen=True)
class UnitResult:
    unit_id: str
    gold: int
    candidates: int
    typed: PRF
    strict: PRF
    typed_missed: tuple[Miss, ...] = ()
    typed_extra: tuple[Extra, ...] = ()
    strict_missed: tuple[Miss, ...] = ()
    strict_extra: tuple[Extra, ...] = ()


@dataclass(frozen=True)
class EvalReport:
    name: str
    units: int
    gold_events: int  # required
    optional_events: int
    predicted_events: int  # every event read for the units
    candidates: int
    flagged: int  # would be candidates, but negated/hypothetical: left out
    unannotated: int  # type not annotated in its unit (or no PLOVER class at all)
    off_text: int  # sentence missing or not in the unit text
    typed: PRF
    strict: PRF
    counts: CountScore
    forbidden_rules: int
    violations: tuple[Violation, ...]
    entities: tuple[EntityCheck, ...]
    per_type: tuple[TypeRow, ...]
    negative_units: int  # units with no gold event at all
    negative_candidates: int  # candidates in those units (each one a false positive)
    unit_results: tuple[UnitResult, ...] = ()
    sectors: tuple[SectorRow, ...] = ()  # by the actors' sector codes
    police_view: bool = False  # the gold codes police actions only: show the police-actor precision
    notes: tuple[str, ...] = ()
    build: str | None = None

    def as_dict(self, *, details: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "gold": self.name,
            "units": self.units,
            "gold_events": self.gold_events,
            "optional_events": self.optional_events,
            "predicted_events": self.predicted_events,
            "candidates": self.candidates,
            "flagged": self.flagged,
            "unannotated": self.unannotated,
            "off_text": self.off_text,
            "typed": self.typed.as_dict(),
            "strict": self.strict.as_dict(),
            "counts": self.counts.as_dict(),
            "forbidden": {
                "rules": self.forbidden_rules,
                "violations": [v.__dict__ for v in self.violations],
            },
            "entities": [
                {
                    "unit": c.unit_id, "label": c.label, "class": c.cls, "found": c.found,
                    "single_node": c.single_node, "single_node_ok": c.single_node_ok, "nodes": list(c.nodes),
                }
                for c in self.entities
            ],
            "per_type": {
                row.type: {
                    "gold": row.gold, "candidates": row.candidates,
                    "typed": row.typed.as_dict(), "strict": row.strict.as_dict(),
                }
                for row in self.per_type
            },
            "negatives": {"units": self.negative_units, "candidates": self.negative_candidates},
            "actor_sectors": {
                r.sector: {"candidates": r.candidates, "matched": r.matched, "precision": round(r.precision, 4)}
                for r in self.sectors
            },
            "notes": list(self.notes),
            "build": self.build,
        }
        if details:
            out["errors"] = [
                {
                    "unit": u.unit_id,
                    "typed_missed": [m.__dict__ for m in u.typed_missed],
                    "typed_extra": [{**x.__dict__, "types": list(x.types)} for x in u.typed_extra],
                    "strict_missed": [m.__dict__ for m in u.strict_missed],
                    "strict_extra": [{**x.__dict__, "types": list(x.types)} for x in u.strict_extra],
                }
                for u in self.unit_results
                if u.typed_missed or u.typed_extra or u.strict_missed or u.strict_extra
            ]
        return out

    def to_json(self, *, details: bool = True) -> str:
        return json.dumps(self.as_dict(details=details), ensure_ascii=False, indent=2)

    def text(self) -> str:
        lines: list[str] = []
        opt = f" + {self.optional_events} optional" if self.optional_events else ""
        left = []
        if self.flagged:
            left.append(f"{self.flagged} negated/hypothetical")
        if self.unannotated:
            left.append(f"{self.unannotated} of unannotated types")
        if self.off_text:
            left.append(f"{self.off_text} outside the text")
        left_out = f" ({', '.join(left)} left out)" if left else ""
        lines.append(
            f"{self.name}: {self.units} unit{'s' if self.units != 1 else ''}, "
            f"{self.gold_events} gold events{opt}, {self.candidates} candidates{left_out}"
        )
        if self.build:
            lines.append(self.build)
        lines.append("")
        lines.append(f"{'':8}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}")
        for name, s in (("typed", self.typed), ("strict", self.strict)):
            lines.append(
                f"{name:8}{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
            )
        lines.append("")
        share = self.counts.share
        lines.append(
            f"counts     {self.counts.correct}/{self.counts.stated} strict-matched events with a number have it"
            + ("" if share is None else f" ({share:.3f})")
        )
        lines.append(f"forbidden  {len(self.violations)} violation{'s' if len(self.violations) != 1 else ''} "
                     f"of {self.forbidden_rules} rule{'s' if self.forbidden_rules != 1 else ''}")
        for v in self.violations:
            lines.append(f"  ✗ {v.unit_id}: {v.type} asserted at “{v.evidence}” ({v.event})")
        if self.negative_units:
            lines.append(
                f"negatives  {self.negative_units} units without gold events hold "
                f"{self.negative_candidates} candidate{'s' if self.negative_candidates != 1 else ''} (all false positives)"
            )
        if self.police_view:
            police = next((r for r in self.sectors if r.sector == "COP"), None)
            n, m = (police.candidates, police.matched) if police else (0, 0)
            lines.append(
                f"police     {n} candidate{'s' if n != 1 else ''} with a police (COP) actor, {m} matched"
                + (f": precision {police.precision:.3f}" if police else "")
            )
        if self.entities:
            found = sum(c.found for c in self.entities)
            asked = [c for c in self.entities if c.single_node]
            single = sum(bool(c.single_node_ok) for c in asked)
            lines.append(f"entities   {found}/{len(self.entities)} found, {single}/{len(asked)} on a single node")
            for c in self.entities:
                problems = []
                if not c.nodes:
                    problems.append("no node is labelled with any of its aliases")
                else:
                    if not c.found:
                        problems.append(f"no pe:{c.cls} node is labelled with an alias")
                    if c.single_node_ok is False:
                        problems.append(f"{len(c.nodes)} nodes carry its aliases")
                if problems:
                    lines.append(f"  ✗ {c.label} ({c.cls}): {'; '.join(problems)}")
        if self.per_type:
            lines.append("")
            lines.append(
                f"{'type':11}{'gold':>5}{'cand':>6}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>7}{'R':>7}{'F1':>7}{'strict F1':>11}"
            )
            for row in self.per_type:
                t = row.typed
                lines.append(
                    f"{row.type:11}{row.gold:>5}{row.candidates:>6}{t.tp:>5}{t.fp:>5}{t.fn:>5}"
                    f"{t.precision:>7.3f}{t.recall:>7.3f}{t.f1:>7.3f}{row.strict.f1:>11.3f}"
                )
        if self.notes:
            lines.append("")
            lines.extend(f"note: {n}" for n in self.notes)
        return "\n".join(lines)


# ---------------------------------------------------------------------------
# The scorer
# ---------------------------------------------------------------------------


def _natural(text: str) -> tuple:
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", text))


def _candidate_key(ev: PredictedEvent) -> tuple:
    """Rule 4's candidate order: by sentence offset (none last), then IRI in natural order."""
    start = ev.source_start
    return (start is None, start if start is not None else 0, _natural(ev.iri))


@dataclass(frozen=True)
class _Cand:
    event: PredictedEvent
    types: frozenset[str]  # the event's types that the unit annotates
    source: str  # whitespace-squashed sourceText
    actors: tuple[str, ...]  # normalised labels
    recipients: tuple[str, ...]

    @property
    def first_type(self) -> str:
        return min(self.types, key=_TYPE_ORDER.__getitem__)


def _roles_ok(aliases: tuple[str, ...], labels: tuple[str, ...]) -> bool:
    if not aliases:
        return True
    return any(_normalized_match(label, alias) for label in labels for alias in aliases)


def _greedy(order: Sequence[int], cands: Sequence[_Cand], ok) -> dict[int, int]:
    """Rule 4: each gold event (in ``order``) takes the first free candidate it can match."""
    taken: set[int] = set()
    matches: dict[int, int] = {}
    for g in order:
        for c in range(len(cands)):
            if c not in taken and ok(g, c):
                taken.add(c)
                matches[g] = c
                break
    return matches


def _tags(name: str, units: Sequence[GoldUnit]) -> str:
    return " ".join([name, *(u.id for u in units[:5]), *(u.source for u in units[:5])]).lower()


def _police_only(name: str, units: Sequence[GoldUnit]) -> bool:
    """IndiaPoliceEvents (and sets written in its shape) code police actions only."""
    tags = _tags(name, units)
    return "indiapolice" in tags or "india_blind" in tags


def _notes(name: str, units: Sequence[GoldUnit]) -> tuple[str, ...]:
    tags = _tags(name, units)
    notes = []
    if "indiapolice" in tags:
        notes.append(
            "IndiaPoliceEvents labels police actions only (ARREST/KILL/FORCE): precision here counts every "
            "other event as a false positive; read it on the negatives or on police-actor predictions."
        )
    if "plover" in tags:
        notes.append("PLOVER records code one main event per sentence, so precision is a lower bound.")
    if "wikievents" in tags:
        notes.append("WikiEvents arguments are head words and often absent, which lowers strict scores.")
    return tuple(notes)


def score(
    units: Sequence[GoldUnit],
    predictions: Mapping[str, Sequence[PredictedEvent]],
    entities: Sequence[PredictedEntity] = (),
    *,
    name: str = "gold",
) -> EvalReport:
    """Score predicted events (by article id = unit id) and entities against ``units``."""
    typed_total, strict_total = PRF(), PRF()
    stated = correct = 0
    flagged = unannotated = off_text = n_cands = n_pred = 0
    violations: list[Violation] = []
    checks: list[EntityCheck] = []
    results: list[UnitResult] = []
    per_type: dict[str, dict[str, Any]] = {}
    negative_units = negative_candidates = 0
    by_sector: dict[str, list[int]] = {}  # sector -> [candidates, typed-matched]

    def row(t: str) -> dict[str, Any]:
        return per_type.setdefault(t, {"gold": 0, "candidates": 0, "typed": PRF(), "strict": PRF()})

    entity_norms = [(ent, tuple(normalize(lab) for lab in ent.labels)) for ent in entities]

    for unit in units:
        events = predictions.get(unit.id)
        if events is None:
            events = predictions.get(unit.id.strip(), ())
        n_pred += len(events)
        text = _squash(unit.text)
        annotated = frozenset(unit.annotated_types)

        # rule 1
        cands: list[_Cand] = []
        for ev in sorted(events, key=_candidate_key):
            source = _squash(ev.source_text or "")
            if not source or source not in text:
                off_text += 1
                continue
            types = ev.types & annotated
            if not types:
                unannotated += 1
                continue
            if ev.flagged:
                flagged += 1
                continue
            cands.append(
                _Cand(
                    ev, types, source,
                    tuple(normalize(x) for x in ev.actor_labels),
                    tuple(normalize(x) for x in ev.recipient_labels),
                )
            )
        n_cands += len(cands)

        gold = unit.events
        evidence = [_squash(g.evidence) if g.evidence is not None else text for g in gold]
        aliases = [
            (tuple(normalize(a) for a in g.actor), tuple(normalize(r) for r in g.recipient)) for g in gold
        ]
        order = [i for i, g in enumerate(gold) if not g.optional] + [i for i, g in enumerate(gold) if g.optional]
        required = [i for i, g in enumerate(gold) if not g.optional]

        def typed_ok(g: int, c: int) -> bool:
            cand = cands[c]
            if not (cand.types & gold[g].types):
                return False
            return evidence[g] in cand.source or cand.source in evidence[g]

        def strict_ok(g: int, c: int) -> bool:
            return (
                typed_ok(g, c)
                and _roles_ok(aliases[g][0], cands[c].actors)
                and _roles_ok(aliases[g][1], cands[c].recipients)
            )

        typed_m = _greedy(order, cands, typed_ok)
        strict_m = _greedy(order, cands, strict_ok)

        def tally(matches: dict[int, int], kind: str) -> tuple[PRF, tuple[Miss, ...], tuple[Extra, ...]]:
            used = set(matches.values())
            missed = tuple(Miss(i, gold[i].type, gold[i].evidence) for i in required if i not in matches)
            extra = tuple(
                Extra(c.event.iri, tuple(sorted(c.types, key=_TYPE_ORDER.__getitem__)), c.event.source_text or "")
                for k, c in enumerate(cands)
                if k not in used
            )
            for i in required:
                r = row(gold[i].type)
                r[kind] = r[kind] + (PRF(tp=1) if i in matches else PRF(fn=1))
            for k, c in enumerate(cands):
                if k not in used:
                    r = row(c.first_type)
                    r[kind] = r[kind] + PRF(fp=1)
            tp = sum(1 for i in required if i in matches)
            return PRF(tp=tp, fp=len(extra), fn=len(required) - tp), missed, extra

        typed_prf, typed_missed, typed_extra = tally(typed_m, "typed")
        strict_prf, strict_missed, strict_extra = tally(strict_m, "strict")
        typed_total += typed_prf
        strict_total += strict_prf
        for i in required:
            row(gold[i].type)["gold"] += 1
        for c in cands:
            row(c.first_type)["candidates"] += 1
        typed_used = set(typed_m.values())
        for k, c in enumerate(cands):
            for sector in c.event.actor_sectors:
                tally_s = by_sector.setdefault(sector, [0, 0])
                tally_s[0] += 1
                tally_s[1] += k in typed_used
        if not gold:
            negative_units += 1
            negative_candidates += len(cands)
        results.append(
            UnitResult(
                unit.id, len(required), len(cands), typed_prf, strict_prf,
                typed_missed, typed_extra, strict_missed, strict_extra,
            )
        )

        # rule 6
        for g, c in strict_m.items():
            numbers = gold[g].numbers
            if numbers and not gold[g].optional:
                stated += 1
                values = cands[c].event.count_values
                if all(n in values for n in numbers):
                    correct += 1

        # rule 7
        for fb in unit.forbidden:
            needle = _squash(fb.evidence)
            for cand in cands:
                if fb.type in cand.types and needle in cand.source:
                    violations.append(Violation(unit.id, fb.type, fb.evidence, cand.event.iri, cand.event.source_text or ""))

        # rule 8
        for ent in unit.entities:
            wanted = {n for n in (normalize(a) for a in ent.aliases) if n}
            carriers = tuple(sorted(pe.iri for pe, norms in entity_norms if wanted.intersection(norms)))
            found = any(
                ent.cls in pe.classes and "Event" not in pe.classes and wanted.intersection(norms)
                for pe, norms in entity_norms
            )
            checks.append(EntityCheck(unit.id, ent.label, ent.cls, found, carriers, ent.single_node))

    rows = tuple(
        TypeRow(t, d["gold"], d["candidates"], d["typed"], d["strict"])
        for t, d in sorted(per_type.items(), key=lambda kv: _TYPE_ORDER[kv[0]])
    )
    return EvalReport(
        name=name,
        units=len(units),
        gold_events=sum(1 for u in units for g in u.events if not g.optional),
        optional_events=sum(1 for u in units for g in u.events if g.optional),
        predicted_events=n_pred,
        candidates=n_cands,
        flagged=flagged,
        unannotated=unannotated,
        off_text=off_text,
        typed=typed_total,
        strict=strict_total,
        counts=CountScore(stated, correct),
        forbidden_rules=sum(len(u.forbidden) for u in units),
        violations=tuple(violations),
        entities=tuple(checks),
        per_type=rows,
        negative_units=negative_units,
        negative_candidates=negative_candidates,
        unit_results=tuple(results),
        sectors=tuple(SectorRow(sec, n, m) for sec, (n, m) in sorted(by_sector.items())),
        police_view=_police_only(name, units),
        notes=_notes(name, units),
    )


# ---------------------------------------------------------------------------
# End to end
# ---------------------------------------------------------------------------


def write_units_jsonl(units: Iterable[GoldUnit], path: str | os.PathLike[str]) -> None:
    """Each unit as one ``{"id", "text"}`` article line, as a user would feed ``kg build``."""
    with open(path, "w", encoding="utf-8") as fh:
        for unit in units:
            fh.write(json.dumps({"id": unit.id, "text": unit.text}, ensure_ascii=False) + "\n")


def evaluate(
    gold_path: str | os.PathLike[str],
    *,
    model: str | None = None,
    keep_store: str | os.PathLike[str] | None = None,
    main_events: bool = False,
) -> EvalReport:
    """Build the gold units into a fresh store and score what comes back.

    ``main_events``: score only the events marked ``pe:mainEvent`` (one per sentence at most), the view
    of coders who code one event per sentence (PLOVER, CAMEO); not the rules' default, which scores
    every event the graph asserts.

    ``keep_store``: build into this (new or empty) folder and leave it there for
    inspection with ``kg query``/``kg view``; by default a temporary store is used
    and removed.
    """
    from .build import build
    from .store import open_store

    units = load_gold(gold_path)
    if keep_store is not None:
        kept = Path(keep_store)
        if kept.exists() and (not kept.is_dir() or any(kept.iterdir())):
            raise UsageError(f"--keep-store {keep_store}: folder exists and is not empty; choose a new one")
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        articles = Path(tmp) / "units.jsonl"
        write_units_jsonl(units, articles)
        store_dir = Path(keep_store) if keep_store is not None else Path(tmp) / "store"
        summary = build([str(articles)], store=str(store_dir), model=model)
        store = open_store(str(store_dir))
        try:
            predictions, entities = read_predictions(store)
        finally:
            store.close()
    name = Path(gold_path).name
    if main_events:
        predictions = {a: tuple(e for e in evs if e.main) for a, evs in predictions.items()}
        name += " (main events only)"
    report = score(units, predictions, entities, name=name)
    notes = list(report.notes)
    if summary.failed:
        notes.insert(0, f"{summary.failed} unit{'s' if summary.failed != 1 else ''} could not be built "
                        "(their gold events all count as misses)")
    return replace(report, notes=tuple(notes), build=summary.line())
