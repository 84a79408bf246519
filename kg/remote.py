"""A kg store on a SPARQL 1.1 server (Oxigraph server, Apache Jena Fuseki, GraphDB).

``--store http://HOST:PORT/…`` (or ``$KG_STORE``) selects it.  kg speaks three
standard protocols, with the standard library only:

* SPARQL 1.1 Query (POST ``query=``) for ``kg query``/export/view/validate;
* the Graph Store Protocol for writing: one ``PUT ?graph=<article graph>`` per
  article with an N-Triples body (an atomic replace on the server), ``POST`` to
  add to a graph, ``DELETE`` to remove one — never a request per triple;
* nothing else: SPARQL Update is not needed.

Endpoint layout (``$KG_STORE_LAYOUT``, or a ``#layout`` fragment on the URL):

=========  ==================  ===================  ==============================  ==========================================
layout     query               graph store          base URL                        union default graph
=========  ==================  ===================  ==============================  ==========================================
oxigraph   BASE/query          BASE/store           ``http://host:7878``            ``union-default-graph`` parameter
fuseki     BASE/query          BASE/data            ``http://host:3030/DATASET``    ``default-graph-uri=urn:x-arq:UnionGraph``
graphdb    BASE                BASE/rdf-graphs/     ``http://host:7200/             (GraphDB's default graph is the union)
                               service              repositories/REPO``
=========  ==================  ===================  ==============================  ==========================================

The default is ``oxigraph``, or ``graphdb`` when the path contains
``/repositories/``.  Each part can be overridden: ``$KG_STORE_QUERY_URL``,
``$KG_STORE_GSP_URL`` and ``$KG_STORE_QUERY_PARAMS`` (extra URL-encoded
parameters sent with every query; empty for none).

Credentials come only from the environment — ``$KG_STORE_TOKEN`` (bearer) or
``$KG_STORE_USER`` + ``$KG_STORE_PASSWORD`` (basic) — never from the command
line, and never appear in messages.  Failures are one-line
:class:`~kg.errors.StoreError` s.
"""

from __future__ import annotations

import base64
import json
import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO

import pyoxigraph as ox

from .errors import QueryError, StoreError, UsageError
from .rdf.vocab import ONTOLOGY_GRAPH, PREFIXES
from .store import (
    ARTICLE_GRAPH_PREFIX,
    AnyGraph,
    KgStore,
    Mode,
    QueryResult,
    check_query_syntax,
    encoded,
    ontology_triples,
)

LAYOUT_ENV = "KG_STORE_LAYOUT"
TIMEOUT_ENV = "KG_STORE_TIMEOUT"
DEFAULT_TIMEOUT = 60.0
NTRIPLES = "application/n-triples"
_GRAPH_PREFIX = ARTICLE_GRAPH_PREFIX

_ARTICLE_GRAPHS = f"""
SELECT DISTINCT ?g WHERE {{
  GRAPH ?g {{ ?a a pe:Article }} FILTER(STRSTARTS(STR(?g), "{_GRAPH_PREFIX}"))
}} ORDER BY ?g"""

_ALL_QUADS = f"""
SELECT ?g ?s ?p ?o WHERE {{
  GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{_GRAPH_PREFIX}"))
}} ORDER BY ?g"""


@dataclass(frozen=True)
class Endpoints:
    """Where a server answers queries and graph-store requests."""

    query: str
    gsp: str
    query_params: tuple[tuple[str, str], ...] = ()
    layout: str = "oxigraph"


LAYOUTS = ("oxigraph", "fuseki", "graphdb")


def endpoints_for(url: str, env: dict[str, str] | None = None) -> Endpoints:
    """The endpoints of the server at ``url`` (see the module docstring)."""
    env = os.environ if env is None else env
    parts = urllib.parse.urlsplit(url)
    if parts.username is not None or parts.password is not None:
        raise UsageError(
            "do not put credentials in the store URL; set KG_STORE_USER and KG_STORE_PASSWORD (or KG_STORE_TOKEN)"
        )
    try:
        parts.port  # noqa: B018 — raises ValueError for a bad port
    except ValueError:
        raise UsageError(f"bad port in store URL {redact(url)}") from None
    if not parts.hostname:
        raise UsageError(f"store URL {url!r} has no host")
    layout = (env.get(LAYOUT_ENV) or parts.fragment or "").strip().lower()
    if not layout:
        layout = "graphdb" if "/repositories/" in parts.path else "oxigraph"
    if layout not in LAYOUTS:
        raise UsageError(f"unknown store layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), parts.query, ""))
    if layout == "oxigraph":
        ends = Endpoints(base + "/query", base + "/store", (("union-default-graph", ""),), layout)
    elif layout == "fuseki":
        ends = Endpoints(base + "/query", base + "/data", (("default-graph-uri", "urn:x-arq:UnionGraph"),), layout)
    else:
        ends = Endpoints(base, base + "/rdf-graphs/service", (), layout)
    params = env.get("KG_STORE_QUERY_PARAMS")
    return Endpoints(
        query=env.get("KG_STORE_QUERY_URL") or ends.query,
        gsp=env.get("KG_STORE_GSP_URL") or ends.gsp,
        query_params=tuple(urllib.parse.parse_qsl(params, keep_blank_values=True)) if params is not None else ends.query_params,
        layout=layout,
    )


def redact(url: str) -> str:
    """``url`` without credentials, query or fragment: safe to print."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))



def _auth_header(env: dict[str, str] | None = None) -> str | None:
    env = os.environ if env is None else env
    token = env.get("KG_STORE_TOKEN")
    if token:
        return f"Bearer {token}"
    user = env.get("KG_STORE_USER")
    if user:
        secret = f"{user}:{env.get('KG_STORE_PASSWORD', '')}".encode()
        return "Basic " + base64.b64encode(secret).decode("ascii")
    return None


class TripleResult:
    """A CONSTRUCT/DESCRIBE result from a server: iterate it or serialise it (like ``ox.QueryTriples``)."""

    def __init__(self, triples: Iterator[ox.Triple]) -> None:
        self._triples = triples

    def __iter__(self) -> Iterator[ox.Triple]:
        return self._triples

    def serialize(self, output=None, format: ox.RdfFormat = ox.RdfFormat.N_TRIPLES, *, prefixes=None):
        return ox.serialize(self._triples, output, format=format, prefixes=prefixes)


class RemoteStore(KgStore):
    """A kg store on a SPARQL 1.1 server (see the module docstring)."""

    def __init__(self, url: str, mode: Mode = "read", *, timeout: float | None = None) -> None:
        self.location = url
        self.mode = mode
        self.endpoints = endpoints_for(url)
        self.name = redact(url)
        self._auth = _auth_header()
        self.timeout = timeout if timeout is not None else _env_float(TIMEOUT_ENV, DEFAULT_TIMEOUT)
        if mode == "write":
            self._ensure_ontology()
        else:
            bool(self._query("ASK {}"))  # reachable, and a SPARQL endpoint

    # -- HTTP --------------------------------------------------------------

    def _request(
        self, method: str, url: str, *, body: bytes | None = None, headers: dict[str, str] | None = None,
        ok_missing: bool = False,
    ) -> IO[bytes] | None:
        """Send one request; the open response, or None for a 404 when ``ok_missing``."""
        headers = dict(headers or {})
        headers.setdefault("User-Agent", "kg")
        if self._auth:
            headers["Authorization"] = self._auth
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        where = redact(url)
        try:
            return urllib.request.urlopen(request, timeout=self.timeout)  # noqa: S310 (http/https only)
        except urllib.error.HTTPError as err:
            if ok_missing and err.code == 404:
                return None
            detail = _first_line(err.read(2000))
            err.close()
            if err.code in (401, 403):
                raise StoreError(
                    f"{where} refused the request (HTTP {err.code} {err.reason}); "
                    "set KG_STORE_USER and KG_STORE_PASSWORD, or KG_STORE_TOKEN"
                ) from None
            if err.code == 404:
                raise StoreError(
                    f"no SPARQL endpoint at {where} (HTTP 404); check the store URL or KG_STORE_LAYOUT"
                ) from None
            if err.code == 400 and url.startswith(self.endpoints.query):
                raise QueryError(f"the server rejected the query: {detail or err.reason}") from None
            raise StoreError(f"{where}: HTTP {err.code} {err.reason}" + (f": {detail}" if detail else "")) from None
        except urllib.error.URLError as err:
            reason = err.reason
            text = getattr(reason, "strerror", None) or str(reason)
            raise StoreError(f"cannot reach the SPARQL server at {where}: {text}") from None
        except (socket.timeout, TimeoutError):
            raise StoreError(f"the SPARQL server at {where} did not answer within {self.timeout:g} s") from None
        except OSError as err:
            raise StoreError(f"cannot reach the SPARQL server at {where}: {err.strerror or err}") from None

    def _graph_url(self, graph: str) -> str:
        sep = "&" if "?" in self.endpoints.gsp else "?"
        return f"{self.endpoints.gsp}{sep}{urllib.parse.urlencode({'graph': graph})}"

    def _query(self, sparql: str, accept: str | None = None) -> QueryResult | TripleResult:
        declared = {m.lower() for m in re.findall(r"PREFIX\s+([^\s:]*):", sparql, flags=re.IGNORECASE)}
        prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p.lower() not in declared)
        form = urllib.parse.urlencode([("query", prologue + sparql), *self.endpoints.query_params])
        response = self._request(
            "POST",
            self.endpoints.query,
            body=form.encode("utf-8"),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": accept or "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8",
            },
        )
        assert response is not None
        ctype = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            if ctype in ("application/sparql-results+json", "application/json"):
                return ox.parse_query_results(response, format=ox.QueryResultsFormat.JSON)
            if ctype == "application/sparql-results+xml":
                return ox.parse_query_results(response, format=ox.QueryResultsFormat.XML)
            if ctype in ("text/tab-separated-values",):
                return ox.parse_query_results(response, format=ox.QueryResultsFormat.TSV)
            fmt = ox.RdfFormat.from_media_type(ctype) if ctype else None
        except SyntaxError as err:
            raise StoreError(f"the server at {self.name} sent unreadable results: {_first_line(str(err).encode())}") from None
        if fmt is None:
            raise StoreError(f"the server at {self.name} answered with unexpected content type {ctype or '(none)'}")
        return TripleResult(q.triple for q in ox.parse(response, format=fmt))

    # -- reading -----------------------------------------------------------

    def query(self, sparql: str) -> QueryResult:
        check_query_syntax(sparql)  # the same syntax errors, and refused updates, as the local store
        return self._query(sparql)  # type: ignore[return-value]

    def article_graphs(self) -> list[str]:
        return [row["g"].value for row in self.select(_ARTICLE_GRAPHS)]

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        if graph is not None:
            response = self._request("GET", self._graph_url(graph), headers={"Accept": NTRIPLES}, ok_missing=True)
            if response is None:
                return
            node = ox.NamedNode(graph)
            with response:
                for q in ox.parse(response, format=ox.RdfFormat.N_TRIPLES):
                    yield ox.Quad(q.subject, q.predicate, q.object, node)
            return
        for row in self.select(_ALL_QUADS):
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    # -- writing -----------------------------------------------------------

    def _ensure_ontology(self) -> None:
        have = {q.triple for q in self.quads(ONTOLOGY_GRAPH)}
        wanted = ontology_triples()
        if have != wanted:
            body = ox.serialize(wanted, format=ox.RdfFormat.N_TRIPLES)
            self._send("PUT", ONTOLOGY_GRAPH, body)

    def _send(self, method: str, graph: str, body: bytes) -> None:
        response = self._request(method, self._graph_url(graph), body=body, headers={"Content-Type": NTRIPLES})
        if response is not None:
            response.read()
            response.close()

    def replace_articles(self, graphs: Sequence[AnyGraph]) -> None:
        self._check_writable()
        for g in graphs:
            data = encoded(g)
            self._send("PUT", data.graph, data.ntriples)

    def add_to_graph(self, graph: AnyGraph) -> None:
        self._check_writable()
        data = encoded(graph)
        self._send("POST", data.graph, data.ntriples)

    def remove_graph(self, graph: str) -> bool:
        self._check_writable()
        response = self._request("DELETE", self._graph_url(graph), ok_missing=True)
        if response is None:
            return False
        response.read()
        response.close()
        return True

    def close(self) -> None:
        pass


def _first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip()
    if text.startswith("{"):
        try:
            doc = json.loads(text)
            text = str(doc.get("message") or doc.get("error") or text)
        except (ValueError, AttributeError):
            pass
    line = " ".join(text.split())
    return line[:300] + ("…" if len(line) > 300 else "")


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name) or default)
    except ValueError:
        return default
