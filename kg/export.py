"""``kg export``: the store as Turtle, TriG, N-Triples, N-Quads or JSON-LD.

Turtle and N-Triples merge the article graphs into one graph (what Protégé
and most tools want); TriG, N-Quads and JSON-LD keep one named graph per
article.  Files are written to a temporary file and renamed into place, so an
interrupted export never leaves a half-written file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from .errors import OutputError, UsageError
from .rdf.vocab import ONTOLOGY_GRAPH, PREFIXES
from .store import KgStore

#: format name → (pyoxigraph format, keeps named graphs)
RDF_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
}
FORMATS = tuple(RDF_FORMATS)
_ALIASES = {"ttl": "turtle", "ntriples": "nt", "n-triples": "nt", "nquads": "nq", "n-quads": "nq", "json-ld": "jsonld"}
_SUFFIX = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nq", ".jsonld": "jsonld", ".json": "jsonld"}


@dataclass(frozen=True)
class ExportSummary:
    format: str
    statements: int
    path: str  # "-" for stdout


def normalise_format(fmt: str | None, out: str | None = None) -> str:
    """A format name (or None: guessed from the output suffix, else Turtle)."""
    if fmt is None:
        if out and out != "-":
            return _SUFFIX.get(Path(out).suffix.lower(), "turtle")
        return "turtle"
    name = _ALIASES.get(fmt.lower(), fmt.lower())
    return name


def iter_quads(store: KgStore, *, include_ontology: bool = False) -> Iterator[ox.Quad]:
    if include_ontology:
        yield from store.quads(ONTOLOGY_GRAPH)
    yield from store.quads()


def iter_triples(store: KgStore, *, include_ontology: bool = False) -> Iterator[ox.Triple]:
    """The merge of the article graphs: each distinct triple once (deduplicated by the store's SPARQL engine)."""
    return store.triples(include_ontology=include_ontology)


def write_atomic(out: str | os.PathLike[str] | None, write: Callable[[IO[bytes]], None]) -> str:
    """Run ``write`` on stdout (None or '-') or on a temp file renamed to ``out``."""
    if out is None or os.fspath(out) == "-":
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return "-"
    path = Path(out)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as err:
        _discard(tmp)
        raise OutputError(f"cannot write {path}: {err.strerror}") from None
    except BaseException:
        _discard(tmp)
        raise
    return str(path)


def _discard(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


class _Counter:
    def __init__(self, items):
        self.items = items
        self.n = 0

    def __iter__(self):
        for item in self.items:
            self.n += 1
            yield item


def export(
    store: KgStore,
    fmt: str | None = "turtle",
    out: str | os.PathLike[str] | None = None,
    *,
    include_ontology: bool = False,
) -> ExportSummary:
    """Write the store's article graphs in ``fmt`` to ``out`` (a path, '-' or None for stdout)."""
    name = normalise_format(fmt, os.fspath(out) if out is not None else None)
    if name not in RDF_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rdf_format, keeps_graphs = RDF_FORMATS[name]
    source = iter_quads(store, include_ontology=include_ontology) if keeps_graphs else iter_triples(
        store, include_ontology=include_ontology
    )
    counter = _Counter(source)
    prefixes = None if rdf_format in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS, ox.RdfFormat.JSON_LD) else PREFIXES

    def write(fh: IO[bytes]) -> None:
        ox.serialize(counter, fh, format=rdf_format, prefixes=prefixes)

    path = write_atomic(out, write)
    return ExportSummary(name, counter.n, path)
