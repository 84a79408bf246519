"""``kg serve``: the store as a read-only SPARQL 1.1 endpoint, a query page and the HTML view.

Python's ``ThreadingHTTPServer`` over kg's own store interface (so a local
folder or a remote server both work), on 127.0.0.1 by default:

* ``GET``/``POST /sparql`` (also ``/query``): the SPARQL 1.1 Protocol for
  queries — ``?query=``, a form-encoded ``query=`` or an
  ``application/sparql-query`` body; results in W3C JSON, XML, CSV or TSV
  (SELECT/ASK) or Turtle, N-Triples, RDF/XML, JSON-LD (CONSTRUCT/DESCRIBE) by
  ``Accept``.  The default graph is the union of all graphs, kg's prefixes are
  bound.  Updates (``update=``, ``application/sparql-update``, ``/update``) get
  403; so do ``SERVICE`` calls, which would make the server fetch other URLs.
* ``GET /``: a small query page, rendered on the server (no script, no CDN,
  every value escaped).
* ``GET /view``: the interactive network view (``?focus=&hops=&max_nodes=``).

Each request opens the store read-only for just that request, so a running
``kg build`` can still write between requests (it lets readers in between its
batches; a request waits up to ``$KG_BUSY_TIMEOUT`` seconds, else 503).
"""

from __future__ import annotations

import html
import re
import sys
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import IO

import pyoxigraph as ox

from . import __version__
from .errors import KgError, QueryError, StoreBusyError, StoreError, UsageError
from .query import short
from .rdf.vocab import PREFIXES
from .store import is_graph_result, looks_like_update, open_store

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
MAX_BODY = 1 << 20  # 1 MiB of query text is plenty
PAGE_ROWS = 1000

_RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}

_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'"


@dataclass(frozen=True)
class Reply:
    status: int
    content_type: str
    body: bytes
    csp: str | None = None


def negotiate(accept: str | None, offered: dict[str, object], default: str) -> str | None:
    """The offered media type the ``Accept`` header likes best; None if it accepts none of them."""
    if not accept:
        return default
    ranked: list[tuple[float, int, str]] = []
    for index, item in enumerate(accept.split(",")):
        fields = [f.strip() for f in item.split(";")]
        media = fields[0].lower()
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, index, media))
    for _, _, media in sorted(ranked):
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            if media == "*/*" or default.startswith(media[:-1]):
                return default
            return next((m for m in offered if m.startswith(media[:-1])), None)
    return None


_TOKENS = re.compile(r'"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')


def mentions_service(sparql: str) -> bool:
    """True when the query uses SERVICE (outside strings, IRIs and comments)."""
    return bool(re.search(r"\bSERVICE\b", _TOKENS.sub(" ", sparql), flags=re.IGNORECASE))


class KgServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], location: str, *, log: IO[str] | None = None) -> None:
        super().__init__(address, _Handler)
        self.location = location
        self.log = log

    def handle_error(self, request, client_address) -> None:  # never a traceback on the console
        err = sys.exc_info()[1]
        if isinstance(err, (ConnectionError, TimeoutError)) or self.log is None:
            return
        self.log.write(f"kg serve: {client_address[0]}: {type(err).__name__}: {err}\n")
        self.log.flush()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}/"


class _Handler(BaseHTTPRequestHandler):
    server: KgServer
    server_version = f"kg/{__version__}"
    protocol_version = "HTTP/1.1"

    # -- plumbing

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        if self.server.log is not None:
            self.server.log.write(f"kg serve: {self.address_string()} {format % args}\n")
            self.server.log.flush()

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Vary", "Accept")
        if reply.csp:
            self.send_header("Content-Security-Policy", reply.csp)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def _text(self, status: int, message: str) -> Reply:
        return Reply(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _guard(self, handler: Callable[[], Reply]) -> None:
        try:
            reply = handler()
        except StoreBusyError as err:
            reply = self._text(HTTPStatus.SERVICE_UNAVAILABLE, str(err))
        except (QueryError, UsageError) as err:
            reply = self._text(HTTPStatus.BAD_REQUEST, str(err))
        except KgError as err:
            reply = self._text(HTTPStatus.INTERNAL_SERVER_ERROR, str(err))
        except Exception as err:  # noqa: BLE001 — a bug: one line in the log, never a traceback to the client
            self.log_message("internal error: %s: %s", type(err).__name__, err)
            reply = self._text(HTTPStatus.INTERNAL_SERVER_ERROR, f"internal error: {type(err).__name__}")
        try:
            self._send(reply)
        except (BrokenPipeError, ConnectionResetError):
            pass

    # -- routes

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/sparql", "/query"):
            self._guard(lambda: self._sparql(params))
        elif url.path == "/":
            self._guard(lambda: self._page(params))
        elif url.path in ("/view", "/view.html"):
            self._guard(lambda: self._view(params))
        elif url.path == "/update":
            self._guard(self._refuse_update)
        else:
            self._guard(lambda: self._text(HTTPStatus.NOT_FOUND, "not found: try /, /sparql or /view"))

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.close_connection = True
            self._guard(lambda: self._text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large"))
            return
        body = self.rfile.read(length) if length else b""
        if url.path == "/update":
            self._guard(self._refuse_update)
            return
        if url.path not in ("/sparql", "/query"):
            self._guard(lambda: self._text(HTTPStatus.NOT_FOUND, "not found: POST queries to /sparql"))
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            self._guard(self._refuse_update)
            return
        if ctype == "application/sparql-query":
            params["query"] = [body.decode("utf-8", "replace")]
        elif ctype == "application/x-www-form-urlencoded":
            for key, values in urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        else:
            self._guard(lambda: self._text(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                "send the query as application/sparql-query or application/x-www-form-urlencoded",
            ))
            return
        self._guard(lambda: self._sparql(params))

    def do_PUT(self) -> None:  # noqa: N802
        self._guard(self._refuse_update)

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _refuse_update(self) -> Reply:
        return self._text(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL updates and graph changes are refused")

    # -- SPARQL protocol

    def _run(self, sparql: str):
        if mentions_service(sparql):
            raise _Forbidden("SERVICE (federated query) is disabled on this endpoint")
        if looks_like_update(sparql):
            raise _Forbidden("this endpoint is read-only: SPARQL updates are refused")
        with open_store(self.server.location, mode="read") as store:
            result = store.query(sparql)
            # serialise while the store is open: results are read lazily
            return result, _materialise(result)

    def _sparql(self, params: dict[str, list[str]]) -> Reply:
        if "update" in params:
            return self._refuse_update()
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            return self._text(HTTPStatus.BAD_REQUEST, "expected exactly one non-empty 'query' parameter")
        try:
            result, rows = self._run(queries[0])
        except _Forbidden as err:
            return self._text(HTTPStatus.FORBIDDEN, str(err))
        accept = self.headers.get("Accept")
        if is_graph_result(result):
            media = negotiate(accept, _GRAPH_TYPES, "text/turtle")
            if media is None:
                return self._text(HTTPStatus.NOT_ACCEPTABLE, f"graph results are available as {', '.join(_GRAPH_TYPES)}")
            prefixes = PREFIXES if _GRAPH_TYPES[media] in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
            data = ox.serialize(rows, format=_GRAPH_TYPES[media], prefixes=prefixes)
        else:
            media = negotiate(accept, _RESULT_TYPES, "application/sparql-results+json")
            if media is None:
                return self._text(HTTPStatus.NOT_ACCEPTABLE, f"results are available as {', '.join(_RESULT_TYPES)}")
            data = rows.serialize(format=_RESULT_TYPES[media])
        charset = "" if media.endswith("json") or "xml" in media else "; charset=utf-8"
        return Reply(HTTPStatus.OK, media + charset, data)

    # -- pages

    def _page(self, params: dict[str, list[str]]) -> Reply:
        sparql = (params.get("query") or [""])[0]
        out = ""
        if sparql.strip():
            try:
                result, rows = self._run(sparql)
                out = _html_result(result, rows)
            except (_Forbidden, KgError) as err:
                out = f'<p class="error">{html.escape(str(err))}</p>'
        body = _PAGE.format(
            version=html.escape(__version__),
            store=html.escape(_store_name(self.server.location)),
            query=html.escape(sparql or _EXAMPLE),
            prefixes=html.escape(" ".join(f"{p}:" for p in PREFIXES)),
            result=out,
        )
        return Reply(HTTPStatus.OK, "text/html; charset=utf-8", body.encode("utf-8"), _PAGE_CSP)

    def _view(self, params: dict[str, list[str]]) -> Reply:
        from .view import load_view_graph, render_html

        def number(name: str, default: int | None) -> int | None:
            raw = (params.get(name) or [""])[0].strip()
            if not raw:
                return default
            if not raw.isdigit():
                raise UsageError(f"{name} must be a whole number, not {raw!r}")
            return int(raw)

        focus = (params.get("focus") or [""])[0].strip() or None
        with open_store(self.server.location, mode="read") as store:
            graph = load_view_graph(store, focus=focus, hops=number("hops", 1), max_nodes=number("max_nodes", None))
        return Reply(HTTPStatus.OK, "text/html; charset=utf-8", render_html(graph).encode("utf-8"))


class _Forbidden(Exception):
    pass


def _materialise(result):
    """Read a lazily evaluated result while the store is still open."""
    if isinstance(result, ox.QuerySolutions):
        variables = list(result.variables)
        data = result.serialize(format=ox.QueryResultsFormat.JSON)
        return _Solutions(variables, data)
    if isinstance(result, ox.QueryBoolean):
        return _Solutions(None, result.serialize(format=ox.QueryResultsFormat.JSON))
    return list(result)


class _Solutions:
    """A SELECT/ASK result kept as W3C JSON, re-serialisable in any results format."""

    def __init__(self, variables, data: bytes) -> None:
        self.variables = variables
        self.data = data

    def parsed(self):
        return ox.parse_query_results(self.data, format=ox.QueryResultsFormat.JSON)

    def serialize(self, format: ox.QueryResultsFormat) -> bytes:  # noqa: A002
        if format == ox.QueryResultsFormat.JSON:
            return self.data
        return self.parsed().serialize(format=format)


def _store_name(location: str) -> str:
    from .remote import redact
    from .store import is_remote

    return redact(location) if is_remote(location) else location


def _html_result(result, rows) -> str:
    esc = html.escape
    if is_graph_result(result):
        text = ox.serialize(rows[:PAGE_ROWS * 10], format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")
        return f"<p>{len(rows)} triples</p><pre>{esc(text)}</pre>"
    parsed = rows.parsed()
    if isinstance(parsed, ox.QueryBoolean):
        return f"<p class=answer>{'yes' if bool(parsed) else 'no'}</p>"
    columns = [v.value for v in parsed.variables]
    lines = []
    n = 0
    for solution in parsed:
        n += 1
        if n <= PAGE_ROWS:
            lines.append("<tr>" + "".join(f"<td>{esc(short(solution[c]))}</td>" for c in columns) + "</tr>")
    head = "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in columns) + "</tr>"
    note = f" (first {PAGE_ROWS} shown)" if n > PAGE_ROWS else ""
    return f"<p>{n} row{'s' if n != 1 else ''}{note}</p><table>{head}{''.join(lines)}</table>"


_EXAMPLE = "SELECT ?who ?did ?whom WHERE {\n  ?who ?rel ?whom . ?rel rdfs:subPropertyOf pe:relatedTo ; rdfs:label ?did .\n} LIMIT 50"

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem auto; max-width: 70rem; padding: 0 1rem; color: #222; }}
textarea {{ width: 100%; font: 14px ui-monospace, monospace; }}
table {{ border-collapse: collapse; margin-top: .5rem; }}
th, td {{ border: 1px solid #ccc; padding: .2rem .5rem; text-align: left; vertical-align: top; }}
th {{ background: #f3f3f3; }} pre {{ background: #f7f7f7; padding: .5rem; overflow: auto; }}
.error {{ color: #a00; }} .answer {{ font-size: 1.4rem; }} small {{ color: #666; }}
</style></head>
<body>
<h1>kg — SPARQL</h1>
<p><small>kg {version} · store {store} · read-only · prefixes bound: {prefixes} ·
the default graph is the union of all article graphs · <a href="/view">network view</a> ·
endpoint: <code>/sparql</code></small></p>
<form method="get" action="/">
<textarea name="query" rows="10" spellcheck="false">{query}</textarea>
<p><button type="submit">Run query</button></p>
</form>
{result}
</body></html>
"""


def make_server(location: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, log: IO[str] | None = None) -> KgServer:
    """A server for the store at ``location`` (not yet serving): call ``serve_forever()``."""
    try:
        with open_store(location, mode="read"):
            pass  # a missing store or an unreachable server fails now, not on the first request
    except StoreBusyError:
        pass  # a build is writing: requests will wait for it or answer 503
    try:
        return KgServer((host, port), location, log=log)
    except OSError as err:
        if err.errno == 98:  # EADDRINUSE
            raise StoreError(f"port {port} on {host} is already in use; choose another with --port") from None
        raise StoreError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None


def serve(location: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, log: IO[str] | None = sys.stderr,
          on_ready: Callable[[KgServer], None] | None = None) -> None:
    """Serve the store until interrupted."""
    server = make_server(location, host, port, log=log)
    try:
        if on_ready is not None:
            on_ready(server)
        server.serve_forever(poll_interval=0.25)
    finally:
        server.server_close()
