"""``kg build``: inputs → extraction → RDF → store, one article graph at a time.

Each article is written in its own transaction, so a crash leaves every
article either fully built or absent; an unchanged article (same content
hash, same extractor) is skipped, a changed one replaced.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO

from .ingest import Skipped, read_inputs
from .model import Article, BuildSummary
from .store import Store, open_store

WarnFn = Callable[[str], None]

_HASHES = """
SELECT ?id ?hash WHERE {
  ?article a pe:Article ; dcterms:identifier ?id ; pe:contentHash ?hash .
}"""


@dataclass(frozen=True)
class Progress:
    done: int  # articles handled (built, unchanged or skipped)
    built: int
    seconds: float


def stored_hashes(store: Store) -> dict[str, str]:
    return {row["id"].value: row["hash"].value for row in store.select(_HASHES)}


def build_articles(
    items: Iterable[Article | Skipped],
    store: Store,
    *,
    model: str | None = None,
    force: bool = False,
    batch_size: int = 16,
    on_warning: WarnFn | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    nlp=None,
) -> BuildSummary:
    """Build ``items`` into an open, writable ``store``."""
    from .nlp import extract
    from .nlp.pipeline import load_pipeline, pipeline_info
    from .rdf.convert import content_hash, to_article_graph

    started = time.perf_counter()
    summary = BuildSummary()
    nlp = nlp if nlp is not None else load_pipeline(model)
    info = pipeline_info(nlp)
    known = {} if force else stored_hashes(store)
    handled = 0

    def warn(message: str) -> None:
        summary.warnings.append(message)
        if on_warning is not None:
            on_warning(message)

    def todo() -> Iterator[Article]:
        nonlocal handled
        for item in items:
            if isinstance(item, Skipped):
                summary.failed += 1
                handled += 1
                warn(item.message())
                continue
            if known.get(item.id) == content_hash(item, info):
                summary.skipped += 1
                handled += 1
                continue
            yield item

    for extraction in extract(nlp, todo(), batch_size=batch_size):
        graph = to_article_graph(extraction)
        store.replace_article(graph)
        summary.articles += 1
        summary.sentences += len(extraction.sentences)
        summary.entities += len(extraction.entities)
        summary.events += len(extraction.events)
        summary.triples += len(graph.triples)
        handled += 1
        if on_progress is not None:
            on_progress(Progress(handled, summary.articles, time.perf_counter() - started))
    summary.seconds = time.perf_counter() - started
    return summary


def build(
    paths: Sequence[str | os.PathLike[str]],
    store: str | os.PathLike[str] | Store | None = None,
    *,
    model: str | None = None,
    force: bool = False,
    stdin: IO[str] | None = None,
    stdin_id: str = "stdin",
    on_warning: WarnFn | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> BuildSummary:
    """Build the articles found at ``paths`` into ``store`` (a folder; created if new).

    Paths are checked before the store is opened, so a mistyped path changes nothing.
    """
    items = read_inputs([os.fspath(p) for p in paths], stdin=stdin, stdin_id=stdin_id)  # InputError before any write
    if isinstance(store, Store):
        return build_articles(items, store, model=model, force=force, on_warning=on_warning, on_progress=on_progress)
    with open_store(store, mode="write") as opened:
        return build_articles(items, opened, model=model, force=force, on_warning=on_warning, on_progress=on_progress)
