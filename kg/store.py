"""The persistent store: one interface over an Oxigraph database folder.

Every article is one named graph, so building an article again or removing
it is one atomic replace of that graph (a single Oxigraph transaction).  The
ontology lives in its own named graph so queries can use class labels.

Concurrency: Oxigraph allows one writer process per folder.  kg takes an
``fcntl`` lock on ``DIR/kg.lock`` first — exclusive to write, shared to read —
so a second writer, or a reader during a build, gets a clear "busy" message
instead of RocksDB's lock error, and readers open the database read-only.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

import pyoxigraph as ox

from . import __version__
from .errors import KgError, QueryError, StoreBusyError, StoreError
from .rdf.vocab import ONTOLOGY_GRAPH, PREFIXES, ontology_path

DEFAULT_STORE = "kg-store"
#: Environment variable naming the default store (overridden by --store).
STORE_ENV = "KG_STORE"
MARKER = "kg-store.json"
STORE_FORMAT = 1

Mode = Literal["read", "write"]

QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


def default_store_location() -> str:
    return os.environ.get(STORE_ENV) or DEFAULT_STORE


@dataclass(frozen=True)
class ArticleGraph:
    """The triples of one article, destined for its own named graph."""

    article_id: str
    graph: str  # IRI of the named graph
    triples: tuple[ox.Triple, ...]
    content_hash: str = ""


class _Lock:
    """An advisory lock on ``DIR/kg.lock``: exclusive for writers, shared for readers."""

    def __init__(self, directory: Path, mode: Mode) -> None:
        self.path = directory / "kg.lock"
        self.mode = mode
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        try:
            fh = open(self.path, "a+", encoding="utf-8")
        except OSError as err:
            if self.mode == "read" and err.errno in (errno.EACCES, errno.EROFS):
                return  # a read-only store folder: nobody can be writing to it
            raise StoreError(f"cannot open lock file {self.path}: {err.strerror}") from None
        flag = fcntl.LOCK_EX if self.mode == "write" else fcntl.LOCK_SH
        try:
            fcntl.flock(fh, flag | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip()
            fh.close()
            who = f" (pid {holder})" if holder else ""
            if self.mode == "write":
                raise StoreBusyError(
                    f"store {self.path.parent} is in use by another kg process{who}; "
                    "wait for it to finish and try again"
                ) from None
            raise StoreBusyError(
                f"store {self.path.parent} is busy: a build is writing to it{who}; "
                "query it when the build has finished"
            ) from None
        if self.mode == "write":
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()))
            fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            if self.mode == "write":
                self._fh.seek(0)
                self._fh.truncate()
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None


class Store:
    """A kg store in a local folder (Oxigraph database)."""

    def __init__(self, location: str | os.PathLike[str], mode: Mode = "read") -> None:
        self.location = str(location)
        self.path = Path(location)
        self.mode = mode
        self._dataset = None
        self._lock = _Lock(self.path, mode)
        if mode == "write":
            self._prepare_folder()
        elif not (self.path / MARKER).is_file():
            if not self.path.exists():
                raise StoreError(f"no store at {self.location}: run `kg build` first")
            raise StoreError(f"{self.location} is not a kg store (no {MARKER} inside)")
        self._lock.acquire()
        try:
            if mode == "write":
                self._ox = ox.Store(str(self.path / "oxigraph"))
                self._ensure_ontology()
            else:
                self._ox = ox.Store.read_only(str(self.path / "oxigraph"))
        except OSError as err:
            self._lock.release()
            raise StoreError(f"cannot open store {self.location}: {err}") from None
        except BaseException:
            self._lock.release()
            raise

    # -- lifecycle -------------------------------------------------------

    def _prepare_folder(self) -> None:
        marker = self.path / MARKER
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"store path {self.location} is a file, not a folder")
        if self.path.is_dir() and not marker.is_file() and any(self.path.iterdir()):
            raise StoreError(
                f"{self.location} exists and is not a kg store; choose an empty or new folder"
            )
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            if not marker.is_file():
                tmp = marker.with_suffix(".tmp")
                tmp.write_text(
                    json.dumps({"format": STORE_FORMAT, "created_by": f"kg {__version__}"}) + "\n",
                    encoding="utf-8",
                )
                os.replace(tmp, marker)
        except OSError as err:
            raise StoreError(f"cannot create store {self.location}: {err.strerror}") from None

    def _ensure_ontology(self) -> None:
        """Load (or refresh) the ontology graph when it differs from the shipped file."""
        data = ontology_path("pe.ttl").read_bytes()
        graph = ox.NamedNode(ONTOLOGY_GRAPH)
        wanted = {q.triple for q in ox.parse(data, format=ox.RdfFormat.TURTLE)}
        have = {q.triple for q in self._ox.quads_for_pattern(None, None, None, graph)}
        if wanted != have:
            self._replace_graph(graph, wanted)

    def close(self) -> None:
        if getattr(self, "_ox", None) is not None:
            if self.mode == "write":
                self._ox.flush()
            del self._ox
            self._ox = None
        self._dataset = None
        self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------

    def _check_writable(self) -> None:
        if self.mode != "write":
            raise StoreError("store was opened read-only")

    def _replace_graph(self, graph: ox.NamedNode, triples: Iterable[ox.Triple]) -> None:
        """Drop ``graph`` and insert ``triples`` into it, in one transaction."""
        body = " .\n".join(f"{t.subject} {t.predicate} {t.object}" for t in triples)
        update = f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body} }} }}"
        self._ox.update(update)

    def replace_article(self, article: ArticleGraph) -> None:
        """Atomically make ``article.graph`` hold exactly ``article.triples``."""
        self._check_writable()
        self._replace_graph(ox.NamedNode(article.graph), article.triples)

    def remove_graph(self, graph: str) -> bool:
        self._check_writable()
        node = ox.NamedNode(graph)
        if not self._ox.contains_named_graph(node):
            return False
        self._ox.update(f"DROP GRAPH {node}")
        return True

    # -- reading ---------------------------------------------------------

    def article_graphs(self) -> list[str]:
        return sorted(
            g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode) and g.value != ONTOLOGY_GRAPH
        )

    def query(self, sparql: str) -> QueryResult:
        """Run a read-only SPARQL query over the union of all graphs."""
        try:
            return self._ox.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as err:
            raise QueryError(describe_syntax_error(sparql, err)) from None
        except OSError as err:
            raise StoreError(f"store error while querying: {err}") from None

    def select(self, sparql: str) -> Iterator[ox.QuerySolution]:
        result = self.query(sparql)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("expected a SELECT query")
        return iter(result)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """All quads of the article graphs (or of one graph), ontology excluded."""
        if graph is not None:
            yield from self._ox.quads_for_pattern(None, None, None, ox.NamedNode(graph))
            return
        for name in self.article_graphs():
            yield from self._ox.quads_for_pattern(None, None, None, ox.NamedNode(name))

    def __len__(self) -> int:
        return sum(1 for _ in self.quads())

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for fast custom access."""
        return self._ox

    @property
    def dataset(self):  # -> rdflib.Dataset
        """The store as an rdflib ``Dataset`` (oxrdflib), for notebooks and rdflib tools."""
        if self._dataset is None:
            from oxrdflib import OxigraphStore
            from rdflib import Dataset

            ds = Dataset(store=OxigraphStore(store=self._ox))
            for prefix, iri in PREFIXES.items():
                ds.bind(prefix, iri)
            self._dataset = ds
        return self._dataset


def describe_syntax_error(sparql: str, err: SyntaxError) -> str:
    """Turn Oxigraph's parser error into one line, refusing updates explicitly."""
    if looks_like_update(sparql):
        return "kg query is read-only: SPARQL updates (INSERT, DELETE, LOAD, CLEAR, DROP, …) are refused"
    msg = " ".join(str(err).split())
    return f"SPARQL syntax error: {msg}"


_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


def looks_like_update(sparql: str) -> bool:
    """True when the first keyword after the prologue is an update operation."""
    import re

    text = re.sub(r"#[^\n]*", " ", sparql)  # comments (good enough for a prologue)
    text = re.sub(
        r"^\s*(?:(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*", "", text, flags=re.IGNORECASE
    )
    word = re.match(r"\s*([A-Za-z]+)", text)
    return bool(word) and word.group(1).upper() in _UPDATE_WORDS


def open_store(location: str | os.PathLike[str] | None = None, mode: Mode = "read") -> Store:
    """Open the store at ``location`` (default: $KG_STORE or ./kg-store)."""
    loc = location if location is not None else default_store_location()
    if isinstance(loc, str) and loc.startswith(("http://", "https://")):
        raise KgError("remote SPARQL stores are not supported yet")
    return Store(loc, mode=mode)


@contextmanager
def using_store(store: Store | str | os.PathLike[str] | None, mode: Mode = "read") -> Iterator[Store]:
    """Use an open Store as is, or open (and afterwards close) the one at a location."""
    if isinstance(store, Store):
        yield store
        return
    with open_store(store, mode=mode) as opened:
        yield opened
