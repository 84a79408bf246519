"""``kg build``: inputs → extraction → RDF → store, streaming, in parallel processes.

The parent process reads the inputs (lazily), decides what must be built and
is the only writer of the store; extraction runs in ``workers`` processes
(``spawn``ed, each loading the spaCy pipeline once) or, with ``workers=0``, in
the parent itself.  Work travels in small chunks of articles through bounded
queues and comes back in input order, so memory stays flat whatever the
corpus size: as N-Triples bytes (pyoxigraph terms pickle slowly), or — with a
single worker, whose builder has a core to spare — as parsed spaCy Docs, from
which the builder extracts and makes the RDF beside its writing.

* An unchanged article (same content hash, same extractor: ``pe:contentHash``)
  is skipped before anything is parsed; when nothing changed the spaCy model
  is never even loaded.
* A changed article is replaced.  Articles are written in batches, each
  article whole or — after a crash — absent, never half-written, so running
  the same build again after ``kill -9`` ends with exactly the store an
  uninterrupted build gives.
* Between batches the builder lets waiting readers (``kg query``, ``kg serve``)
  read the store (see :mod:`kg.store`).
* An article longer than :data:`kg.ingest.PART_CHARS` is extracted in parts
  cut at paragraph ends, with offsets shifted back into the whole text; its
  graph is written part by part and its content hash last, so an interrupted
  long article is rebuilt by the next run.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from .errors import KgError, UsageError
from .ingest import PART_CHARS, Skipped, count_articles, iter_items, looks_english, resolve_inputs, split_text
from .model import Article, BuildSummary, Extraction, Mention, Sentence
from .nlp.identity import installed_pipeline_info
from .progress import Progress
from .store import EncodedGraph, KgStore, graph_iri, using_store

WarnFn = Callable[[str], None]
ProgressFn = Callable[[Progress], None]

#: Articles per extraction chunk (one ``nlp.pipe`` batch) and the characters a chunk may hold.
CHUNK_ARTICLES = 16
CHUNK_CHARS = 64_000
#: The characters a chunk may hold when it goes to worker processes (about four news articles,
#: half a second of parsing): small chunks keep every worker busy to the end of the corpus, and
#: spaCy's output does not depend on how the texts are batched.
POOL_CHUNK_CHARS = 16_000
#: Write a batch once it holds this many articles or this many seconds have passed.
WRITE_ARTICLES = 64
WRITE_SECONDS = 1.0

_CONTENT_HASH = "https://w3id.org/kg/pe#contentHash"
#: Environment variable overriding :data:`kg.ingest.PART_CHARS` (smaller parts: less memory, less context).
PART_CHARS_ENV = "KG_PART_CHARS"
#: Environment variable: ``0`` makes a single worker extract and convert too, instead of only parsing
#: (see :class:`_WorkerPool`; for comparing both on a given machine — the graphs are the same).
SPLIT_ENV = "KG_SPLIT_EXTRACTION"


def _env_int(name: str, default: int) -> int:
    try:
        value = int(os.environ.get(name) or default)
    except ValueError:
        return default
    return value if value > 0 else default




# -- work units ------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    """One article (or one part of a long article) to extract."""

    article: Article  # for a part: the article with ``text`` = the part
    content_hash: str  # of the whole article
    part: int = 0
    parts: int = 1
    offset: int = 0  # where the part starts in the whole text


@dataclass(frozen=True)
class Built:
    """What a worker sends back for a Task: the graph as N-Triples, or why it failed."""

    article_id: str
    origin: str
    part: int
    parts: int
    graph: EncodedGraph | None
    sentences: int = 0
    entities: int = 0
    events: int = 0
    error: str = ""
    content_hash: str = ""  # of the whole article (what a long article's last part adds)


def _shift(extraction: Extraction, offset: int, part: int) -> Extraction:
    """A part's extraction with offsets into the whole article and event keys unique across parts."""

    def mention(m: Mention) -> Mention:
        return replace(m, start=m.start + offset, end=m.end + offset)

    def sentence(s: Sentence) -> Sentence:
        return replace(s, start=s.start + offset, end=s.end + offset)

    return replace(
        extraction,
        sentences=tuple(sentence(s) for s in extraction.sentences),
        entities=tuple(replace(e, mentions=tuple(mention(m) for m in e.mentions)) for e in extraction.entities),
        events=tuple(
            replace(ev, key=f"p{part}-{ev.key}", trigger=mention(ev.trigger), sentence=sentence(ev.sentence))
            for ev in extraction.events
        ),
    )


def _built(task: Task, extraction: Extraction) -> Built:
    from .rdf.convert import to_article_graph

    if task.parts > 1:
        extraction = _shift(extraction, task.offset, task.part)
    graph = to_article_graph(extraction)
    triples = graph.triples
    if task.parts > 1:  # the whole article's hash is added after its last part
        triples = tuple(t for t in triples if t.predicate.value != _CONTENT_HASH)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return Built(
        task.article.id,
        task.article.origin,
        task.part,
        task.parts,
        EncodedGraph(graph.article_id, graph.graph, data, len(triples), graph.content_hash),
        len(extraction.sentences),
        len(extraction.entities),
        len(extraction.events),
        content_hash=task.content_hash,
    )


def _failed(task: Task, err: BaseException) -> Built:
    reason = " ".join(str(err).split())[:200]
    return Built(task.article.id, task.article.origin, task.part, task.parts, None,
                 error=f"{type(err).__name__}: {reason}" if reason else type(err).__name__)


def extract_only(nlp, tasks: Sequence[Task]) -> list[Extraction | Built]:
    """Extract a chunk of tasks (one ``nlp.pipe`` batch): an Extraction per task, or the Built of its failure.

    A failing article fails alone.
    """
    from .nlp import extract

    try:
        return list(extract(nlp, [t.article for t in tasks], batch_size=max(1, len(tasks))))
    except Exception as err:  # noqa: BLE001 — isolate the article that breaks the pipeline
        if len(tasks) == 1:
            return [_failed(tasks[0], err)]
        return [r for t in tasks for r in extract_only(nlp, [t])]


def convert(tasks: Sequence[Task], extracted: Sequence[Extraction | Built]) -> list[Built]:
    """The graphs of what :func:`extract_only` gave for ``tasks`` (failures pass through)."""
    out = []
    for task, item in zip(tasks, extracted):
        if isinstance(item, Built):
            out.append(item)
            continue
        try:
            out.append(_built(task, item))
        except Exception as err:  # noqa: BLE001
            out.append(_failed(task, err))
    return out


def extract_chunk(nlp, tasks: Sequence[Task]) -> list[Built]:
    """Extract and convert a chunk of tasks (one ``nlp.pipe`` batch); a failing article fails alone."""
    return convert(tasks, extract_only(nlp, tasks))


@dataclass(frozen=True)
class Parsed:
    """What a parse-only worker sends back for a chunk: the parsed Docs (a spaCy DocBin) and the failures."""

    docs: bytes  # the Docs of the tasks that parsed, in order
    failed: tuple[Built | None, ...]  # per task: its failure, or None when its Doc is in ``docs``


def parse_chunk(nlp, tasks: Sequence[Task]) -> Parsed:
    """The trained pipeline without ``kg_extractor`` over a chunk (one ``nlp.pipe`` batch), Docs serialised.

    A failing article fails alone.
    """
    from spacy.tokens import DocBin

    texts = [t.article.text for t in tasks]
    try:
        docs = list(nlp.pipe(texts, batch_size=max(1, len(tasks))))
        failed: list[Built | None] = [None] * len(tasks)
    except Exception as err:  # noqa: BLE001 — isolate the article that breaks the pipeline
        if len(tasks) == 1:
            return Parsed(DocBin().to_bytes(), (_failed(tasks[0], err),))
        docs, failed = [], []
        for text, task in zip(texts, tasks):
            try:
                docs.extend(nlp.pipe([text]))
                failed.append(None)
            except Exception as one:  # noqa: BLE001
                failed.append(_failed(task, one))
    return Parsed(DocBin(docs=docs, store_user_data=True).to_bytes(), tuple(failed))


class _Replay:
    """A tokenizer that hands out Docs parsed elsewhere, in order: with it as ``nlp.tokenizer`` and only
    ``kg_extractor`` enabled, :func:`kg.nlp.extract` runs unchanged on Docs a worker parsed."""

    def __init__(self) -> None:
        self.docs: deque = deque()

    def __call__(self, text: str):
        doc = self.docs.popleft()
        if doc.text != text:  # never expected: the chunk and its Docs are out of step
            raise RuntimeError("parsed document does not match its article")
        return doc


class _Extractor:
    """``kg_extractor`` in the builder, over Docs parsed by a worker (see :class:`_WorkerPool`)."""

    def __init__(self, model: str | None) -> None:
        from .nlp.pipeline import load_pipeline

        nlp = load_pipeline(model)
        self.replay = _Replay()
        nlp.tokenizer = self.replay
        nlp.select_pipes(enable=["kg_extractor"])  # the component keeps its handle on the NER (re-cased text)
        self.nlp = nlp

    def __call__(self, tasks: Sequence[Task], parsed: Parsed) -> list[Built]:
        """The graphs of a chunk, one article at a time (the component reads one Doc at a time anyway):
        an article that breaks the extractor fails alone."""
        from spacy.tokens import DocBin

        docs = DocBin().from_bytes(parsed.docs).get_docs(self.nlp.vocab)
        out: list[Built] = []
        for task, failure in zip(tasks, parsed.failed):
            if failure is not None:
                out.append(failure)
                continue
            self.replay.docs.clear()
            self.replay.docs.append(next(docs))
            out.extend(convert([task], extract_only(self.nlp, [task])))
        return out


def _chunks(tasks: Iterable[Task], size: int, max_chars: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    chars = 0
    for task in tasks:
        if task.parts > 1:  # a part of a long article travels alone: memory stays bounded by a part
            if chunk:
                yield chunk
                chunk, chars = [], 0
            yield [task]
            continue
        if chunk and (len(chunk) >= size or chars + len(task.article.text) > max_chars):
            yield chunk
            chunk, chars = [], 0
        chunk.append(task)
        chars += len(task.article.text)
    if chunk:
        yield chunk


# -- extraction engines ------------------------------------------------------


class _InProcess:
    """Extraction in this process (``workers=0``, or an ``nlp`` handed in)."""

    def __init__(self, model: str | None, nlp=None) -> None:
        self.model = model
        self.nlp = nlp

    def run(self, chunks: Iterator[list[Task]], idle: Callable[[], None]) -> Iterator[list[Built]]:
        for chunk in chunks:
            if self.nlp is None:
                from .nlp.pipeline import load_pipeline

                self.nlp = load_pipeline(self.model)
            yield extract_chunk(self.nlp, chunk)

    def close(self) -> None:
        pass


def _cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _exit_with_parent(parent: int) -> None:
    """In a worker: stop at once when the builder is gone (kill -9), even in the middle of a long chunk."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(0)


def _worker_main(model: str | None, tasks: mp.Queue, results: mp.Queue, parent: int, parse_only: bool = False) -> None:
    """A worker process: load the pipeline once, then extract chunks until told to stop.

    ``parse_only``: run the trained pipeline without ``kg_extractor`` and send back the parsed Docs
    (:class:`Parsed`), for the builder to extract from; else send back the graphs (Built).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    results.cancel_join_thread()  # never hang at exit on a parent that went away
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    try:
        from .nlp.pipeline import load_pipeline, pipeline_info

        nlp = load_pipeline(model)
        info = pipeline_info(nlp)
        if parse_only:
            nlp.remove_pipe("kg_extractor")
        results.put(("ready", info))
    except KgError as err:
        results.put(("error", str(err)))
        return
    except Exception as err:  # noqa: BLE001
        results.put(("error", f"cannot load the spaCy pipeline: {type(err).__name__}: {err}"))
        return
    while True:
        try:
            item = tasks.get(timeout=1.0)
        except queue.Empty:
            if os.getppid() != parent:
                return  # the builder died (e.g. kill -9): stop quietly
            continue
        if item is None:
            # every result has been taken (the builder sends None only then): leave at once,
            # without the interpreter's slow teardown of the spaCy pipeline
            os._exit(0)
        seq, chunk = item
        results.put(("done", seq, parse_chunk(nlp, chunk) if parse_only else extract_chunk(nlp, chunk)))


class _WorkerPool:
    """``n`` spawned extraction processes; chunks go out through a bounded window, come back in order.

    ``spawn`` (not ``fork``): the parent has an open Oxigraph database with
    RocksDB threads, and forking a threaded process is unsafe; spaCy and thinc
    themselves load cleanly in a fresh interpreter.
    """

    def __init__(self, n: int, model: str | None) -> None:
        self.n = n
        self.model = model
        # With one worker (and two CPUs) the builder has a core of its own, mostly idle: the worker
        # only parses (the trained pipeline, as bare spaCy would) and the builder runs kg's extractor
        # and the RDF conversion on the Docs it sends back, beside its writing — off the worker's
        # critical path (a parsed Doc serialises in about a fifth of the time the extractor takes on
        # it).  The price is a second copy of the pipeline in the builder (its load overlaps the
        # worker's) and about 15 % more CPU in all: a gain when the second core is free, a loss when
        # other work keeps it busy (KG_SPLIT_EXTRACTION=0 then).
        # With more workers every core parses, and extraction and conversion are spread over them
        # instead of piling onto the single writer.
        self.split = n == 1 and _cpus() >= 2 and os.environ.get(SPLIT_ENV, "1") != "0"
        self.extractor: _Extractor | None = None
        self.window = 2 * n  # chunks sent and not yet back: one being parsed and one waiting, per worker
        self.ahead = 8 * n  # chunks sent and not yet handed on (finished ones wait for an earlier slow one)
        self.procs: list[mp.process.BaseProcess] = []

    def _start(self) -> None:
        ctx = mp.get_context("spawn")
        self.tasks = ctx.Queue()
        self.results = ctx.Queue()
        for _ in range(self.n):
            p = ctx.Process(
                target=_worker_main, args=(self.model, self.tasks, self.results, os.getpid(), self.split),
                daemon=True,
                name="kg-extract",
            )
            p.start()
            self.procs.append(p)

    def _check_alive(self) -> None:
        for p in self.procs:
            if p.exitcode is not None:
                how = f"signal {-p.exitcode}" if p.exitcode < 0 else f"exit status {p.exitcode}"
                raise KgError(
                    f"an extraction worker stopped unexpectedly ({how}); the articles written so far are kept, "
                    "run the build again to continue"
                )

    def run(self, chunks: Iterator[list[Task]], idle: Callable[[], None]) -> Iterator[list[Built]]:
        first = next(chunks, None)
        if first is None:
            return
        self._start()
        upcoming: Iterator[list[Task]] = iter([first])
        sent = received = emitted = 0
        exhausted = False
        done: dict[int, list[Built]] = {}
        chunks_out: dict[int, list[Task]] = {}  # what was sent, when the results come back as parsed Docs

        def top_up() -> None:
            nonlocal sent, exhausted
            while not exhausted and sent - received < self.window and sent - emitted < self.ahead:
                chunk = next(upcoming, None)
                if chunk is None:
                    chunk = next(chunks, None)
                    if chunk is None:
                        exhausted = True
                        break
                self.tasks.put((sent, chunk))
                if self.split:
                    chunks_out[sent] = chunk
                sent += 1

        top_up()
        if self.split:  # loads while the worker loads: ready before the first Docs come back
            self.extractor = _Extractor(self.model)
        while True:
            top_up()
            if exhausted and emitted == sent:
                return
            try:
                message = self.results.get(timeout=0.5)
            except queue.Empty:
                self._check_alive()
                idle()
                continue
            if message[0] == "error":
                raise UsageError(message[1])
            if message[0] == "ready":
                continue
            _, seq, built = message
            received += 1
            top_up()  # keep the workers fed before spending time on this result (extracting, writing)
            if self.extractor is not None:
                built = self.extractor(chunks_out.pop(seq), built)
            done[seq] = built
            while emitted in done:
                yield done.pop(emitted)
                emitted += 1

    def close(self) -> None:
        if not self.procs:
            return
        self.tasks.cancel_join_thread()
        for p in self.procs:
            if p.is_alive():
                try:
                    self.tasks.put_nowait(None)
                except Exception:  # noqa: BLE001
                    pass
        deadline = time.monotonic() + 5
        for p in self.procs:
            p.join(timeout=max(0.0, deadline - time.monotonic()))
            if p.is_alive():
                p.terminate()
                p.join(timeout=2)
        self.procs = []

    def kill(self) -> None:
        for p in self.procs:
            if p.is_alive():
                p.terminate()
        self.close()


# -- the builder -------------------------------------------------------------


def _hash_triple(article_id: str, digest: str) -> bytes:
    from .rdf.convert import article_iri

    triple = ox.Triple(ox.NamedNode(article_iri(article_id)), ox.NamedNode(_CONTENT_HASH), ox.Literal(digest))
    return ox.serialize([triple], format=ox.RdfFormat.N_TRIPLES)


class _WriteBehind:
    """The store's writes on a thread of their own, one batch at a time, in order.

    pyoxigraph releases the GIL while it loads, so a batch is written while the next chunk is
    parsed and extracted (about 7 % of an in-process build).  At most one write is in flight:
    :meth:`submit` and :meth:`drain` first wait for the previous one and raise its error, so every
    other use of the store (long articles' parts, the end of the build) sees all earlier writes
    done, in the order they were made.
    """

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def _run(self, job: Callable[[], None]) -> None:
        try:
            job()
        except BaseException as err:  # noqa: BLE001 — handed to the builder's thread by drain()
            self._error = err

    def wait(self) -> None:
        """Wait for the write in flight, if any (its error is kept for :meth:`drain`)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def drain(self) -> None:
        """Wait for the write in flight and raise its error."""
        self.wait()
        if self._error is not None:
            err, self._error = self._error, None
            raise err

    def submit(self, job: Callable[[], None]) -> None:
        self.drain()
        self._thread = threading.Thread(target=self._run, args=(job,), name="kg-write", daemon=True)
        self._thread.start()


def build_articles(
    items: Iterable[Article | Skipped],
    store: KgStore,
    *,
    model: str | None = None,
    force: bool = False,
    batch_size: int = CHUNK_ARTICLES,
    workers: int = 0,
    total: int | None = None,
    part_chars: int | None = None,
    on_warning: WarnFn | None = None,
    on_progress: ProgressFn | None = None,
    nlp=None,
) -> BuildSummary:
    """Build ``items`` into an open, writable ``store``.

    ``workers``: extraction processes (0: in this process; ignored when an
    ``nlp`` pipeline is handed in).  ``total``: how many items to expect, for
    progress.  The model is loaded only if some article must be built.
    """
    from .rdf.convert import content_hash

    if part_chars is None:
        part_chars = _env_int(PART_CHARS_ENV, PART_CHARS)
    started = time.perf_counter()
    summary = BuildSummary()
    info = installed_pipeline_info(model) if nlp is None else None
    if info is None:  # a pipeline handed in, or an unusual model: ask the loaded pipeline
        from .nlp.pipeline import load_pipeline, pipeline_info

        nlp = load_pipeline(model) if nlp is None else nlp
        info = pipeline_info(nlp)
    engine = _WorkerPool(workers, model) if workers > 0 and nlp is None else _InProcess(model, nlp)
    known = {} if force else store.article_hashes()
    store.let_readers_in()
    handled = 0

    def report() -> None:
        if on_progress is not None:
            on_progress(Progress(handled, summary.articles, time.perf_counter() - started,
                                 summary.skipped, summary.failed, total))

    def warn(message: str) -> None:
        summary.warnings.append(message)
        if on_warning is not None:
            on_warning(message)

    def todo() -> Iterator[Task]:
        nonlocal handled
        for item in items:
            if isinstance(item, Skipped):
                summary.failed += 1
                handled += 1
                warn(item.message())
                report()
                continue
            digest = content_hash(item, info)
            if known.get(item.id) == digest:
                summary.skipped += 1
                handled += 1
                report()
                continue
            if not looks_english(item.text):
                warn(f"{item.origin or item.id}: does not look like English text; "
                     "the English pipeline will find little in it (built anyway)")
            parts = split_text(item.text, part_chars)
            if len(parts) == 1:
                yield Task(item, digest)
                continue
            for index, (offset, text) in enumerate(parts):
                yield Task(replace(item, text=text), digest, index, len(parts), offset)

    pending: list[EncodedGraph] = []
    last_write = time.monotonic()
    long_article: str | None = None  # id of a long article whose parts are being written
    broken: str | None = None  # id of a long article that failed: ignore its remaining parts

    writer = _WriteBehind()

    def write() -> None:
        """Hand the pending articles to the writer thread (then, between batches, let readers in)."""
        nonlocal last_write
        batch, yielding = list(pending), long_article is None
        pending.clear()

        def job() -> None:
            if batch:
                store.replace_articles(batch)
            if yielding:
                store.yield_to_readers()

        writer.submit(job)
        last_write = time.monotonic()

    def idle() -> None:
        if long_article is None:
            write()

    def finish() -> None:
        nonlocal handled
        summary.articles += 1
        handled += 1

    def fail(message: str) -> None:
        nonlocal handled
        summary.failed += 1
        handled += 1
        warn(message)

    def count(r: Built, triples: int) -> None:
        summary.sentences += r.sentences
        summary.entities += r.entities
        summary.events += r.events
        summary.triples += triples

    def write_part(r: Built) -> None:
        """A part of a long article: the first replaces its graph, the others add, the last adds the hash."""
        nonlocal long_article, broken
        if r.part == 0:
            write()
            long_article, broken = r.article_id, None
        writer.drain()  # the store is used directly below: every earlier write first
        if broken == r.article_id:
            return
        if r.error or r.graph is None:
            broken, long_article = r.article_id, None
            store.remove_graph(graph_iri(r.article_id))
            fail(f"{r.origin or r.article_id}: extraction failed in part {r.part + 1} of {r.parts} ({r.error}); skipped")
            return
        graph = r.graph
        last = r.part == r.parts - 1
        if last:
            graph = replace(graph, ntriples=graph.ntriples + _hash_triple(r.article_id, r.content_hash), size=graph.size + 1)
        if r.part == 0:
            store.replace_articles([graph])
        else:
            store.add_to_graph(graph)
        count(r, graph.size)
        if last:
            long_article = None
            finish()

    chunks = _chunks(todo(), max(1, batch_size), POOL_CHUNK_CHARS if isinstance(engine, _WorkerPool) else CHUNK_CHARS)
    try:
        for results in engine.run(chunks, idle):
            for r in results:
                if r.parts > 1:
                    write_part(r)
                elif r.error or r.graph is None:
                    fail(f"{r.origin or r.article_id}: extraction failed ({r.error}); skipped")
                else:
                    pending.append(r.graph)
                    count(r, r.graph.size)
                    finish()
            if len(pending) >= WRITE_ARTICLES or time.monotonic() - last_write >= WRITE_SECONDS:
                write()
            report()
        write()
        writer.drain()
    except BaseException:
        if isinstance(engine, _WorkerPool):
            engine.kill()
        raise
    finally:
        writer.wait()  # never leave with a write in flight: the caller closes the store next
        engine.close()
    summary.seconds = time.perf_counter() - started
    return summary


def build(
    paths: Sequence[str | os.PathLike[str]],
    store: str | os.PathLike[str] | KgStore | None = None,
    *,
    model: str | None = None,
    force: bool = False,
    workers: int = 1,
    stdin: IO[str] | None = None,
    stdin_id: str = "stdin",
    on_warning: WarnFn | None = None,
    on_progress: ProgressFn | None = None,
) -> BuildSummary:
    """Build the articles found at ``paths`` into ``store`` (a folder, created if new, or a server URL).

    Paths are checked before the store is opened, so a mistyped path changes nothing.
    ``workers``: extraction processes (default 1; 0 extracts in this process).
    """
    if workers < 0:
        raise UsageError(f"--workers must be 0 or more, not {workers}")
    files = resolve_inputs([os.fspath(p) for p in paths])  # InputError before any write
    total = count_articles(files) if on_progress is not None else None
    items = iter_items(files, stdin=stdin, stdin_id=stdin_id)
    with using_store(store, mode="write") as opened:
        return build_articles(
            items, opened, model=model, force=force, workers=workers, total=total,
            on_warning=on_warning, on_progress=on_progress,
        )


# -- removing ----------------------------------------------------------------


@dataclass(frozen=True)
class RemoveSummary:
    removed: tuple[str, ...]
    unknown: tuple[str, ...]

    def line(self) -> str:
        n = len(self.removed)
        return f"removed {n} article{'s' if n != 1 else ''}"


def remove(ids: Sequence[str], store: str | os.PathLike[str] | KgStore | None = None) -> RemoveSummary:
    """Drop the graphs of the articles ``ids``: what came only from them goes with them.

    Entities that other articles mention stay, since their triples live in those
    articles' graphs too.  Ids that are not in the store are listed in ``unknown``.
    """
    if not ids:
        raise UsageError("no article id given")
    removed: list[str] = []
    unknown: list[str] = []
    with using_store(store, mode="write", create=False) as opened:
        for article_id in dict.fromkeys(ids):
            (removed if opened.remove_article(article_id) else unknown).append(article_id)
    return RemoveSummary(tuple(removed), tuple(unknown))


__all__ = ["build", "build_articles", "installed_pipeline_info", "remove", "RemoveSummary"]
