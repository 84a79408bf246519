"""Nothing lost: kill -9 in the middle of a build, readers during a build, two builds on one store."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import psutil
import pytest

from conftest import KG, SEED, run_kg
from kg.errors import StoreBusyError, StoreError
from kg.store import Store

N = 40  # articles: three extraction chunks, so a build can be caught half-way


def _corpus(folder: Path, n: int = N) -> Path:
    text = SEED.read_text(encoding="utf-8")
    path = folder / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"copy-{i:02d}", "text": text, "date": "2025-01-12"}) + "\n")
    return path


def _quads(store: Path) -> set[tuple[str, str]]:
    with Store(store) as s:
        return {(q.graph_name.value, str(q.triple)) for q in s.quads()}


def _articles_in(store: Path, wait: float = 0.2) -> int | None:
    """How many articles a reader sees now (None: no store yet, or busy)."""
    try:
        with Store(store, wait=wait) as s:
            return len(s.article_graphs())
    except (StoreBusyError, StoreError):
        return None


@pytest.fixture(scope="module")
def reference(tmp_path_factory, nlp):
    """The corpus built without interruption (in this process)."""
    from kg.build import build_articles
    from kg.ingest import read_inputs

    root = tmp_path_factory.mktemp("reference")
    corpus = _corpus(root)
    with Store(root / "store", mode="write") as store:
        summary = build_articles(read_inputs([str(corpus)]), store, nlp=nlp)
    assert summary.articles == N
    return corpus, _quads(root / "store")


def _start_build(corpus: Path, store: Path, *extra: str, env: dict | None = None) -> subprocess.Popen:
    full_env = {**os.environ, **(env or {})}
    return subprocess.Popen([str(KG), "build", str(corpus), "--store", str(store), "-q", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=full_env)


def test_kill_9_mid_build_then_rerun_gives_the_uninterrupted_store(reference, tmp_path):
    corpus, expected = reference
    store = tmp_path / "store"
    build = _start_build(corpus, store)
    seen = None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and build.poll() is None:
        seen = _articles_in(store, wait=30)  # the build lets a waiting reader in between its batches
        if seen:
            break
        time.sleep(0.05)
    assert build.poll() is None, "the build finished before it could be interrupted"
    assert seen and 0 < seen < N, seen
    workers = psutil.Process(build.pid).children(recursive=True)
    assert workers, "extraction runs in worker processes"
    build.send_signal(signal.SIGKILL)
    build.wait()
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, "workers exit by themselves when their builder is killed"
    partial = _articles_in(store)
    assert partial is not None and partial < N  # the store opens fine after the kill

    again = run_kg("build", str(corpus), "--store", str(store))
    assert again.returncode == 0, again.stderr
    assert f"{partial} unchanged" in again.stdout, again.stdout
    assert _quads(store) == expected


def _graph_state(store: Path) -> tuple[int, bool]:
    """(quads in article graphs, whether an article carries its content hash)."""
    with Store(store) as s:
        quads = list(s.quads())
    return len(quads), any(q.predicate.value.endswith("#contentHash") for q in quads)


def test_kill_9_while_a_long_article_is_written_in_parts(tmp_path):
    """A long article's graph is written part by part, its content hash last: a killed build redoes it."""
    text = "\n\n".join([SEED.read_text(encoding="utf-8")] * 8)  # ~20,000 characters
    article = tmp_path / "long.txt"
    article.write_text(text, encoding="utf-8")
    env = {"KG_PART_CHARS": "1500", "KG_PROGRESS_INTERVAL": "0"}  # about 14 parts; a progress line after each
    first = run_kg("build", str(article), "--store", str(tmp_path / "reference"), env=env)
    assert first.returncode == 0 and first.stdout.startswith("built 1 article"), first.stderr
    expected = _quads(tmp_path / "reference")

    store = tmp_path / "store"
    build = subprocess.Popen([str(KG), "build", str(article), "--store", str(store)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **env})
    for _ in range(3):  # three parts written
        assert build.stderr.readline().startswith("kg: build: 0/1 articles")
    build.send_signal(signal.SIGKILL)
    build.wait()
    quads, hashed = _graph_state(store)
    assert quads and not hashed, "killed half-way through the parts"
    again = run_kg("build", str(article), "--store", str(store), env=env)
    assert again.returncode == 0 and again.stdout.startswith("built 1 article"), again.stderr
    assert _quads(store) == expected


def test_readers_get_in_during_a_build_and_a_second_build_is_busy(reference, tmp_path):
    corpus, expected = reference
    store = tmp_path / "store"
    build = _start_build(corpus, store)
    answered: list[int] = []
    busy = 0
    second = None
    try:
        while build.poll() is None:
            out = run_kg("query", "SELECT (COUNT(?a) AS ?n) WHERE { ?a a pe:Article }", "--format", "csv",
                         "--store", str(store))
            assert "Traceback" not in out.stderr
            if out.returncode == 0:
                if build.poll() is None:
                    answered.append(int(out.stdout.split()[1]))
            else:
                assert out.returncode in (1, 3), out.stderr  # 1: no store yet; 3: busy
                busy += out.returncode == 3
            if second is None and (store / "kg.lock").exists():
                second = run_kg("build", str(corpus), "--store", str(store))
            time.sleep(0.2)
    finally:
        out, err = build.communicate(timeout=300)
    assert build.returncode == 0, err
    assert answered, "kg query answered while the build was running"
    assert answered == sorted(answered) and all(0 <= n <= N for n in answered)
    assert second is not None and second.returncode == 3
    assert "in use by another kg process" in second.stderr and "Traceback" not in second.stderr
    assert _quads(store) == expected


def test_a_plain_writer_that_does_not_yield_makes_readers_fail_fast(tmp_path):
    """Only a build yields between batches; any other open writer means busy, at once."""
    path = tmp_path / "s"
    Store(path, mode="write").close()
    holder = subprocess.Popen(
        [str(KG.with_name("python")), "-c",
         "import sys, time\nfrom kg.store import Store\ns = Store(sys.argv[1], mode='write')\n"
         "print('locked', flush=True)\ntime.sleep(60)", str(path)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with pytest.raises(StoreBusyError, match="busy"):
            Store(path, wait=30)
        assert time.monotonic() - started < 5
    finally:
        holder.kill()
        holder.wait()
