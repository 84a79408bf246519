"""kg serve: a read-only SPARQL 1.1 endpoint, a query page and the view over a real store."""

from __future__ import annotations

import csv
import io
import json
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from conftest import KG
from kg.serve import make_server, mentions_service, negotiate


@pytest.fixture(scope="module")
def endpoint(seed_store):
    server = make_server(str(seed_store), "127.0.0.1", 0, log=None)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    yield server.url.rstrip("/")
    server.shutdown()
    server.server_close()


def _call(url: str, *, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def _get(endpoint: str, sparql: str, accept: str | None = None):
    q = urllib.parse.urlencode({"query": sparql})
    return _call(f"{endpoint}/sparql?{q}", headers={"Accept": accept} if accept else {})


def _post_form(endpoint: str, field: str, sparql: str, accept: str | None = None, path: str = "/sparql"):
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if accept:
        headers["Accept"] = accept
    return _call(endpoint + path, data=urllib.parse.urlencode({field: sparql}).encode(), headers=headers)


SELECT = "SELECT ?e ?t WHERE { ?e a pe:Release ; pe:trigger ?t } ORDER BY ?e"


def test_select_in_every_w3c_format(endpoint):
    status, headers, body = _get(endpoint, SELECT)
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    rows = json.loads(body)["results"]["bindings"]
    assert rows and all(r["e"]["type"] == "uri" for r in rows)
    status, headers, body = _post_form(endpoint, "query", SELECT, accept="text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(body.decode())))
    assert table[0] == ["e", "t"] and len(table) == len(rows) + 1
    status, headers, body = _post_form(endpoint, "query", SELECT, accept="text/tab-separated-values")
    assert status == 200 and body.decode().splitlines()[0] == "?e\t?t"
    status, headers, body = _call(f"{endpoint}/query", data=SELECT.encode(),
                                  headers={"Content-Type": "application/sparql-query",
                                           "Accept": "application/sparql-results+xml"})
    assert status == 200 and b"<sparql" in body
    assert len(list(ox.parse_query_results(body, format=ox.QueryResultsFormat.XML))) == len(rows)


def test_ask_and_construct(endpoint):
    status, _, body = _get(endpoint, "ASK { ?e a pe:Event }")
    assert status == 200 and json.loads(body)["boolean"] is True
    construct = "CONSTRUCT { ?e a pe:Release } WHERE { ?e a pe:Release }"
    status, headers, body = _get(endpoint, construct, accept="application/n-triples")
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert len(list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))) > 0
    status, headers, body = _get(endpoint, construct)
    assert status == 200 and headers["Content-Type"].startswith("text/turtle") and b"pe:Release" in body
    status, _, _ = _get(endpoint, construct, accept="image/png")
    assert status == 406


@pytest.mark.parametrize("how", ["form-update", "sparql-update", "update-path", "query-param", "put", "delete"])
def test_updates_are_refused(endpoint, how):
    drop = "DROP ALL"
    if how == "form-update":
        status, _, body = _post_form(endpoint, "update", drop)
    elif how == "sparql-update":
        status, _, body = _call(f"{endpoint}/sparql", data=drop.encode(), headers={"Content-Type": "application/sparql-update"})
    elif how == "update-path":
        status, _, body = _post_form(endpoint, "update", drop, path="/update")
    elif how == "query-param":
        status, _, body = _post_form(endpoint, "query", "# sneaky\nPREFIX x: <http://x/#> " + drop)
    else:
        status, _, body = _call(f"{endpoint}/sparql?graph=x", data=b"", method=how.upper())
    assert status == 403 and b"read-only" in body
    status, _, body = _get(endpoint, "ASK { ?e a pe:Event }")
    assert json.loads(body)["boolean"] is True


def test_service_calls_and_bad_queries(endpoint):
    status, _, body = _get(endpoint, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert status == 403 and b"SERVICE" in body
    status, _, body = _get(endpoint, "SELECT ?s WHERE { ?s ?p ")
    assert status == 400 and body.decode().startswith("SPARQL syntax error") and body.count(b"\n") == 1
    status, _, _ = _call(f"{endpoint}/sparql")
    assert status == 400
    status, _, _ = _call(f"{endpoint}/nothing-here")
    assert status == 404
    assert not mentions_service('SELECT * WHERE { ?s rdfs:label "customer service" } # SERVICE')
    assert mentions_service("select * { service <http://x/> { ?s ?p ?o } }")


def test_query_page_escapes_everything_and_loads_nothing(endpoint):
    sparql = 'SELECT ?x WHERE { BIND("<script>alert(1)</script>" AS ?x) }'
    status, headers, body = _call(f"{endpoint}/?{urllib.parse.urlencode({'query': sparql})}")
    page = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "1 row" in page and "src=" not in page and "<link" not in page and "https://" not in page


def test_view_page(endpoint):
    status, headers, body = _call(f"{endpoint}/view")
    page = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "Venezuela" in page and "<script src=" not in page
    status, _, body = _call(f"{endpoint}/view?hops=two")
    assert status == 400 and b"hops" in body


def test_accept_negotiation():
    offered = {"text/csv": 1, "application/sparql-results+json": 1}
    assert negotiate(None, offered, "application/sparql-results+json") == "application/sparql-results+json"
    assert negotiate("text/csv;q=0.5, application/sparql-results+json", offered, "x") == "application/sparql-results+json"
    assert negotiate("text/*", offered, "application/sparql-results+json") == "text/csv"
    assert negotiate("*/*", offered, "application/sparql-results+json") == "application/sparql-results+json"
    assert negotiate("image/png", offered, "application/sparql-results+json") is None


def test_the_command_listens_on_localhost_and_stops_on_ctrl_c(seed_store):
    proc = subprocess.Popen([str(KG), "serve", "--store", str(seed_store), "--port", "0", "--quiet"],
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert line.startswith(f"kg: serving {seed_store} read-only at http://127.0.0.1:"), line
        url = line.split(" at ")[1].split()[0]
        status, _, body = _get(url.rstrip("/"), "ASK { ?e a pe:Event }")
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        proc.send_signal(signal.SIGINT)
        rest = proc.communicate(timeout=20)[1]
    assert proc.returncode == 0 and "Traceback" not in rest


def test_busy_store_answers_503(tmp_path, seed_store):
    store = tmp_path / "store"
    shutil.copytree(seed_store, store)
    server = make_server(str(store), "127.0.0.1", 0, log=None)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    hold = textwrap.dedent(
        """
        import sys, time
        from kg.store import Store
        s = Store(sys.argv[1], mode="write")
        print("locked", flush=True)
        time.sleep(60)
        """
    )
    holder = subprocess.Popen([sys.executable, "-c", hold, str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        status, _, body = _get(server.url.rstrip("/"), "ASK {}")
        assert status == 503 and b"busy" in body
    finally:
        holder.kill()
        holder.wait()
        server.shutdown()
        server.server_close()
