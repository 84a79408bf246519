"""The builder writes on a thread of its own (write-behind): in order, one batch at a time, errors kept."""

from __future__ import annotations

import importlib
import threading

import pytest

from kg.build import _WriteBehind, build_articles
from kg.errors import StoreError
from kg.model import Article
from kg.store import Store, graph_iri

build_mod = importlib.import_module("kg.build")  # the module (``kg.build`` the name is the function)

TEXTS = [
    "Police arrested 12 protesters in Minsk on Sunday.",
    "The army shelled the town of Kobane, killing three civilians.",
    "The government released 40 political prisoners on Monday.",
    "Protesters marched against the new law in Caracas.",
]


def _articles(n: int) -> list[Article]:
    return [Article(id=f"wb-{i}", text=TEXTS[i % len(TEXTS)]) for i in range(n)]


class _Recording(Store):
    """The real local store, noting on which thread each batch is written and whether two overlap."""

    def __init__(self, *args, fail_on: int | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.batches: list[tuple[str, tuple[str, ...]]] = []
        self.busy = threading.Lock()
        self.overlapped = False
        self.fail_on = fail_on

    def replace_articles(self, graphs) -> None:
        if not self.busy.acquire(blocking=False):
            self.overlapped = True
            self.busy.acquire()
        try:
            if self.fail_on is not None and len(self.batches) == self.fail_on:
                raise StoreError(f"cannot write to store {self.location}: disk full")
            super().replace_articles(graphs)
            self.batches.append((threading.current_thread().name, tuple(g.graph for g in graphs)))
        finally:
            self.busy.release()


def test_batches_are_written_on_the_writer_thread_in_order(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr(build_mod, "WRITE_SECONDS", 0.0)  # a batch per chunk
    with _Recording(tmp_path / "store", mode="write") as store:
        summary = build_articles(_articles(9), store, nlp=nlp, batch_size=2)
        written = [g for _, graphs in store.batches for g in graphs]
        assert summary.articles == 9 and len(store.batches) >= 4
        assert {name for name, _ in store.batches} == {"kg-write"}
        assert not store.overlapped
        assert written == [graph_iri(f"wb-{i}") for i in range(9)]
        assert len(store.article_graphs()) == 9


def test_a_failed_write_stops_the_build_with_its_error_and_keeps_earlier_batches(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr(build_mod, "WRITE_SECONDS", 0.0)
    with _Recording(tmp_path / "store", mode="write", fail_on=1) as store:
        with pytest.raises(StoreError, match="disk full"):
            build_articles(_articles(8), store, nlp=nlp, batch_size=2)
        assert len(store.batches) == 1  # nothing after the failed batch was written
        kept = set(store.article_graphs())
        assert kept == set(store.batches[0][1])


def test_the_error_of_the_last_write_is_raised_too(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr(build_mod, "WRITE_SECONDS", 3600.0)  # one batch, written at the end
    with _Recording(tmp_path / "store", mode="write", fail_on=0) as store:
        with pytest.raises(StoreError, match="disk full"):
            build_articles(_articles(3), store, nlp=nlp, batch_size=2)
        assert store.article_graphs() == []


def test_drain_waits_and_raises_once():
    writer = _WriteBehind()
    done = threading.Event()

    def slow_fail() -> None:
        done.wait(5)
        raise ValueError("boom")

    writer.submit(slow_fail)
    done.set()
    with pytest.raises(ValueError, match="boom"):
        writer.drain()
    writer.drain()  # the error was handed on once; nothing in flight now
    order: list[int] = []
    for i in range(5):
        writer.submit(lambda i=i: order.append(i))
    writer.drain()
    assert order == [0, 1, 2, 3, 4]
