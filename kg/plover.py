"""PLOVER event records: one JSON object per event, so kg output can sit beside POLECAT data.

The fields are those of the PLOVER manual's data-fields chapter (``id``, ``date``, ``actor``,
``recipient``, ``event``, ``mode``, ``context``, ``event_loc``, ``event_text``, ``quad_code``,
``text``, ``text_info``, ``cite_info``) plus ``size`` (dead / injured / arrested) and a few named
extras PLOVER allows (``fine_event``, ``date_text``, ``reported_by``, ``count``, ``main_event``, ``kg_event``).

What is written, and why:

* only events of the sixteen PLOVER types — kg's ``Statement`` is not a PLOVER type (PLOVER drops
  CAMEO's "make statement" root), so statements are left out;
* only asserted events — a negated ("did not arrest") or hypothetical ("threatened to arrest")
  event is not an event in PLOVER's sense; the Threaten/Reject/Request event that embeds it is;
* ``date`` is the event's own date when it resolved to a day, else the article's date (PLOVER
  requires a day); ``date_text`` keeps the words, and a month- or year-only date is kept in
  ``date_text`` too;
* entity objects carry ``entity_text`` (kg's canonical label), ``code`` (ISO 3166 alpha-3 from
  the graph: a country's own ``pe:isoCode``, else that of its ``pe:country``, where kg knows it),
  ``sector`` (the first sector code) and ``kg_entity`` (the entity IRI, for joining back to the
  graph).

The records come from the same loader as the view and the analytics, so the three agree.
"""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass
from typing import Any

from .export import write_atomic
from .store import KgStore, using_store

#: PLOVER quad codes (PLOVER manual; ``reference/plover_ontology.json``).
QUAD = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}

StoreArg = KgStore | str | os.PathLike[str] | None


@dataclass(frozen=True)
class PloverSummary:
    events: int  # records written
    skipped: int  # events left out (statements, negated or hypothetical)
    path: str  # "-" for stdout

    def line(self) -> str:
        return f"wrote {self.events} PLOVER event records to {self.path} ({self.skipped} statements or unasserted events left out)"


def _entity(participant, nodes: dict[str, Any]) -> dict[str, Any]:
    node = nodes.get(participant.id)
    record: dict[str, Any] = {"entity_text": participant.label}
    if node is not None:
        code = node.iso_code or next(iter(node.country_codes), None)
        if code:
            record["code"] = code
        if node.sectors:
            record["sector"] = node.sectors[0]
            if len(node.sectors) > 1:
                record["other_sectors"] = list(node.sectors[1:])
        record["entity_type"] = node.cls
        if node.titles:
            record["office"] = node.titles[0]
    record["kg_entity"] = participant.id
    return record


def _date(fact) -> str | None:
    if fact.date and len(fact.date) == 10:
        return fact.date
    return fact.article_date if fact.article_date and len(fact.article_date) == 10 else None


def plover_records(store: StoreArg) -> tuple[list[dict[str, Any]], int]:
    """The PLOVER records of every asserted PLOVER-typed event, and how many events were left out."""
    from .network import load_view_graph

    with using_store(store) as opened:
        view = load_view_graph(opened, all_facts=True)
    nodes = {n.id: n for n in view.nodes}
    records: list[dict[str, Any]] = []
    skipped = 0
    for fact in sorted(view.facts, key=lambda f: (f.article_id, f.id)):
        event = fact.type.upper()
        if event not in QUAD or fact.negated or fact.hypothetical:
            skipped += 1
            continue
        record: dict[str, Any] = {
            "id": fact.id.rsplit("/event/", 1)[-1],
            "date": _date(fact),
            "actor": [_entity(p, nodes) for p in fact.actors],
            "recipient": [_entity(p, nodes) for p in fact.recipients],
            "event": [event],
            "mode": [fact.mode] if fact.mode else [],
            "context": [],
            "quad_code": QUAD[event],
            "event_text": [fact.trigger] if fact.trigger else [],
            "text": fact.sentence,
            "text_info": {"text_story": fact.article_id},
            "cite_info": {
                "corpus": "kg",
                "title": fact.article_title,
                "url": fact.article_url,
                "publication_date": fact.article_date,
            },
        }
        if fact.place:
            record["event_loc"] = {"placename": fact.place}
        size = {kind: value for kind, value, _ in fact.counts if kind in ("dead", "injured", "arrested")}
        if size:
            record["size"] = size
        count = next((value for kind, value, _ in fact.counts if kind == "count"), None)
        if count is not None:
            record["count"] = count
        if fact.fine:
            record["fine_event"] = fact.fine
        if fact.date_text or (fact.date and len(fact.date) < 10):
            record["date_text"] = fact.date_text or fact.date
        if fact.reported_by:
            record["reported_by"] = [p.label for p in fact.reported_by]
        # the one event its sentence is about (pe:mainEvent), for comparison with one-event-per-sentence coding
        record["main_event"] = fact.main
        record["kg_event"] = fact.id
        records.append(record)
    return records, skipped


def write_plover(store: StoreArg, out: str | os.PathLike[str] | None = None) -> PloverSummary:
    """Write the PLOVER records as JSON Lines to ``out`` (a path, '-' or None = stdout), atomically."""
    records, skipped = plover_records(store)
    buffer = io.StringIO()
    for record in records:
        buffer.write(json.dumps(record, ensure_ascii=False, sort_keys=False))
        buffer.write("\n")
    data = buffer.getvalue().encode("utf-8")
    path = write_atomic(out, lambda fh: fh.write(data))
    return PloverSummary(len(records), skipped, path)
