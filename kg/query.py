"""``kg query``: SPARQL with kg's prefixes bound → W3C result formats or a table.

SELECT and ASK results are written in the W3C SPARQL 1.1 results formats
(``json``, ``csv``, ``tsv``) or as a table for people; CONSTRUCT and DESCRIBE
results as Turtle (``table``) or N-Triples (``csv``/``tsv``) or JSON-LD.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError, UsageError
from .rdf.vocab import PREFIXES
from .store import KgStore, is_graph_result

FORMATS = ("table", "json", "csv", "tsv")
_W3C = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
_GRAPH = {"table": ox.RdfFormat.TURTLE, "json": ox.RdfFormat.JSON_LD, "csv": ox.RdfFormat.N_TRIPLES, "tsv": ox.RdfFormat.N_TRIPLES}
MAX_CELL = 70


@dataclass(frozen=True)
class Table:
    """A SELECT result for people: short names for IRIs, plain literal values."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def text(self, width: int | None = None) -> str:
        if not self.columns:
            return "(no columns)"
        width = width or shutil.get_terminal_size((120, 20)).columns
        limit = max(12, min(MAX_CELL, (width - 3 * len(self.columns)) // max(1, len(self.columns))))
        cells = [[_clip(c, limit) for c in row] for row in self.rows]
        widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(self.columns)]
        lines = [
            "  ".join(h.ljust(w) for h, w in zip(self.columns, widths)).rstrip(),
            "  ".join("─" * w for w in widths),
        ]
        lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
        lines.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        return "\n".join(lines)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def short(term: object) -> str:
    """A readable form of an RDF term: prefixed names, bare literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, base in PREFIXES.items():
            if term.value.startswith(base) and len(term.value) > len(base):
                return f"{prefix}:{term.value[len(base):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def read_query_text(query: str) -> str:
    """QUERY or @file.rq → the SPARQL text."""
    if query.startswith("@"):
        path = Path(query[1:])
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InputError(f"no such query file: {path}") from None
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(f"cannot read query file {path}: {err}") from None
    if not query.strip():
        raise InputError("empty query")
    return query


def run_query(store: KgStore, sparql: str, fmt: str = "table") -> bytes:
    """Run ``sparql`` and serialise the result in ``fmt``."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    result = store.query(sparql)
    if is_graph_result(result):
        return result.serialize(format=_GRAPH[fmt], prefixes=PREFIXES) if fmt == "table" else result.serialize(format=_GRAPH[fmt])
    if fmt == "table":
        if isinstance(result, ox.QueryBoolean):
            return (b"yes" if bool(result) else b"no") + b"\n"
        return (to_table(result).text() + "\n").encode("utf-8")
    return result.serialize(format=_W3C[fmt])


def to_table(result: ox.QuerySolutions) -> Table:
    columns = tuple(v.value for v in result.variables)
    rows = tuple(tuple(short(solution[c]) for c in columns) for solution in result)
    return Table(columns, rows)


def select_table(store: KgStore, sparql: str) -> Table:
    """Library helper for notebooks: a SELECT as a :class:`Table`."""
    result = store.query(sparql)
    if not isinstance(result, ox.QuerySolutions):
        raise UsageError("select_table needs a SELECT query")
    return to_table(result)


def query(sparql: str, store: KgStore | str | None = None) -> Table:
    """Run a SELECT over ``store`` (an open Store or a folder) and return a :class:`Table`."""
    from .store import using_store

    with using_store(store) as opened:
        return select_table(opened, sparql)
