"""Articles → Extractions, streaming through ``nlp.pipe``; dates anchored in a pure post-step."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from spacy.language import Language

from kg.model import Article, Event, Extraction, PipelineInfo

from .dates import parse_anchor, resolve
from .pipeline import pipeline_info


def anchor_of(article: Article, dateline_date: str | None) -> date | None:
    """The article's own date, else a dateline date with a year ("Jan. 5, 2025")."""
    anchor = parse_anchor(article.date)
    if anchor is not None:
        return anchor
    if dateline_date:
        value = resolve(dateline_date, None)
        if value.precision == "day" and value.value:
            return parse_anchor(value.value)
    return None


def anchor_dates(events: tuple[Event, ...], anchor: date | None) -> tuple[Event, ...]:
    """Give every event date its ISO value, relative to ``anchor`` where it is relative."""
    out = []
    for ev in events:
        if ev.date is not None:
            ev = replace(ev, date=resolve(ev.date.text, anchor))
        out.append(ev)
    return tuple(out)


def extract(nlp: Language, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Extraction]:
    """One Extraction per article, in input order, streaming (``nlp.pipe`` with ``as_tuples``)."""
    if "kg_extractor" not in nlp.pipe_names:
        from . import component  # noqa: F401

        nlp.add_pipe("kg_extractor", last=True)
    info: PipelineInfo = pipeline_info(nlp)
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        anchor = anchor_of(article, doc._.kg_dateline)
        yield Extraction(
            article=article,
            sentences=doc._.kg_sentences,
            entities=doc._.kg_entities,
            events=anchor_dates(doc._.kg_events, anchor),
            pipeline=info,
        )
