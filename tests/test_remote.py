"""A real Oxigraph server as the store: build, query, export, view, validate, remove and re-build
through the CLI, compared with the same commands on a local folder store."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import SEED, run_kg

OXIGRAPH = Path(sys.executable).with_name("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OxigraphServer:
    def __init__(self, folder: Path) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(folder / "oxigraph.log", "wb")
        self.proc = subprocess.Popen(
            [str(OXIGRAPH), "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{self.port}"],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/query?query=ASK%7B%7D", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"oxigraph server did not start: {(folder / 'oxigraph.log').read_text()}")
            time.sleep(0.1)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not OXIGRAPH.exists():
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    srv = OxigraphServer(tmp_path_factory.mktemp("oxigraph"))
    yield srv
    srv.stop()


def _articles(folder: Path) -> Path:
    """Four articles that share entities (the seed, cut into pieces), as JSONL."""
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    chunks = ["\n".join(lines[0:3]), "\n".join(lines[3:5]), "\n".join(lines[5:8]), "\n".join(lines[8:])]
    path = folder / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i, text in enumerate(chunks):
            fh.write(json.dumps({"id": f"part-{i}", "text": text, "title": f"Part {i}", "date": "2025-01-12"}) + "\n")
    return path


def _quads(store: str) -> set[tuple[str, str]]:
    out = run_kg("export", "--format", "nq", "--store", store)
    assert out.returncode == 0, out.stderr
    return {(str(q.graph_name), str(q.triple)) for q in ox.parse(out.stdout.encode(), format=ox.RdfFormat.N_QUADS)}


def _triples(store: str) -> set[str]:
    out = run_kg("export", "--format", "turtle", "--store", store)
    assert out.returncode == 0, out.stderr
    return {str(q.triple) for q in ox.parse(out.stdout.encode(), format=ox.RdfFormat.TURTLE)}


def _rows(store: str, sparql: str, **env: str) -> list[tuple[str, ...]]:
    out = run_kg("query", sparql, "--format", "json", "--store", store, env=env or None)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    names = doc["head"]["vars"]
    return sorted(tuple(b.get(n, {}).get("value", "") for n in names) for b in doc["results"]["bindings"])


@pytest.fixture(scope="module")
def pair(server, tmp_path_factory):
    """The same articles built into the server and into a local folder."""
    root = tmp_path_factory.mktemp("pair")
    articles = _articles(root)
    local = str(root / "local")
    for store in (server.url, local):
        out = run_kg("build", str(articles), "--store", store)
        assert out.returncode == 0, out.stderr
        assert out.stdout.startswith("built 4 articles")
    return server.url, local, articles, root


def test_build_puts_one_graph_per_article_and_exports_match(pair):
    remote, local, _, _ = pair
    remote_quads = _quads(remote)
    assert remote_quads == _quads(local)
    graphs = {g for g, _ in remote_quads}
    assert graphs == {f"<https://w3id.org/kg/id/graph/part-{i}>" for i in range(4)}
    assert _triples(remote) == _triples(local)


def test_queries_answer_the_same(pair):
    remote, local, _, _ = pair
    for sparql in (
        "SELECT ?e ?t WHERE { ?e a pe:Event ; pe:trigger ?t }",
        "SELECT ?l WHERE { ?p a pe:Person ; rdfs:label ?l }",
        "SELECT ?c ?label WHERE { ?c rdfs:subClassOf pe:Event ; rdfs:label ?label }",  # the ontology graph
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    ):
        assert _rows(remote, sparql) == _rows(local, sparql), sparql
    assert _rows(remote, "SELECT ?l WHERE { ?p a pe:Person ; rdfs:label ?l }")
    ask = run_kg("query", "ASK { ?e a pe:Release }", "--store", remote)
    assert ask.returncode == 0 and ask.stdout.strip() == "yes"
    construct = run_kg("query", "CONSTRUCT { ?e a pe:Release } WHERE { ?e a pe:Release }", "--store", remote)
    assert construct.returncode == 0 and "pe:Release" in construct.stdout


def test_view_and_validate_work_against_the_server(pair, tmp_path):
    remote, local, _, _ = pair
    assert run_kg("view", "--store", remote, "-o", str(tmp_path / "r.html")).returncode == 0
    assert run_kg("view", "--store", local, "-o", str(tmp_path / "l.html")).returncode == 0
    assert (tmp_path / "r.html").read_bytes() == (tmp_path / "l.html").read_bytes()
    checked = run_kg("validate", "--store", remote)
    assert checked.returncode == 0 and checked.stdout.startswith("conforms"), checked.stdout


def test_ontology_graph_is_uploaded(pair):
    from kg.store import ontology_triples

    remote, _, _, _ = pair
    with urllib.request.urlopen(
        urllib.request.Request(f"{remote}/store?graph=https%3A%2F%2Fw3id.org%2Fkg%2Fpe", headers={"Accept": "application/n-triples"})
    ) as r:
        got = {q.triple for q in ox.parse(r.read(), format=ox.RdfFormat.N_TRIPLES)}
    assert got == ontology_triples()


def test_kg_queries_do_not_depend_on_the_union_default_graph(pair):
    """With no union parameter the server's default graph is empty; kg's own reads name their graphs."""
    remote, local, articles, _ = pair
    no_union = {"KG_STORE_QUERY_PARAMS": ""}
    assert _rows(remote, "SELECT ?e WHERE { ?e a pe:Event }", **no_union) == []  # documented: user queries see the default graph
    again = run_kg("build", str(articles), "--store", remote, env=no_union)
    assert again.returncode == 0 and "4 unchanged" in again.stdout, again.stdout
    out = run_kg("export", "--format", "nq", "--store", remote, env=no_union)
    assert out.returncode == 0 and out.stdout.count("\n") == len(_quads(local))


def test_remove_and_rebuild_match_the_local_store(pair, tmp_path):
    remote, local, articles, _ = pair
    for store in (remote, local):
        out = run_kg("remove", "part-1", "no-such-article", "--store", store)
        assert out.returncode == 1
        assert "no article 'no-such-article'" in out.stderr and "Traceback" not in out.stderr
        assert out.stdout.strip() == "removed 1 article"
    assert _quads(remote) == _quads(local)
    assert not any("part-1" in g for g, _ in _quads(remote))
    # the shared people stay: other parts mention them too
    assert ("Nicolás Maduro",) in _rows(remote, "SELECT ?l WHERE { ?p a pe:Person ; rdfs:label ?l }")
    # change one article, then build everything again: part-1 comes back, part-2 is replaced, the rest unchanged
    records = [json.loads(line) for line in articles.read_text(encoding="utf-8").splitlines()]
    records[2]["text"] = "Police arrested 40 protesters in Caracas on Monday, the Interior Ministry said."
    changed = tmp_path / "changed.jsonl"
    changed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    for store in (remote, local):
        out = run_kg("build", str(changed), "--store", store)
        assert out.returncode == 0, out.stderr
        assert out.stdout.startswith("built 2 articles, 2 unchanged"), out.stdout
    assert _quads(remote) == _quads(local)
    assert _rows(remote, "SELECT DISTINCT ?s WHERE { GRAPH <https://w3id.org/kg/id/graph/part-2> { ?e pe:sourceText ?s } }") == [
        ("Police arrested 40 protesters in Caracas on Monday, the Interior Ministry said.",)
    ]


def test_refused_updates_and_syntax_errors_read_as_locally(server):
    for text in ("DROP ALL", "# hi\nPREFIX ex: <http://e/#>\ninsert data { ex:a ex:b ex:c }"):
        out = run_kg("query", text, "--store", server.url)
        assert out.returncode == 2 and "read-only" in out.stderr and "Traceback" not in out.stderr
    bad = run_kg("query", "SELECT ?s WHERE { ?s ?p", "--store", server.url)
    assert bad.returncode == 2 and bad.stderr.startswith("kg: error: SPARQL syntax error")


def test_unreachable_server_is_one_line_without_secrets(tmp_path):
    port = _free_port()  # nothing listens there
    env = {"KG_STORE_USER": "alice", "KG_STORE_PASSWORD": "s3cret-pw"}
    for args in (["query", "ASK {}"], ["export"], ["build", str(SEED)], ["remove", "x"]):
        out = run_kg(*args, "--store", f"http://127.0.0.1:{port}", env=env)
        lines = [line for line in out.stderr.splitlines() if line.strip()]
        assert out.returncode == 1, (args, out.stderr)
        assert len(lines) == 1 and "cannot reach the SPARQL server" in lines[0], out.stderr
        assert "s3cret-pw" not in out.stderr and "Traceback" not in out.stderr
    inline = run_kg("query", "ASK {}", "--store", f"http://bob:hunter2@127.0.0.1:{port}")
    assert inline.returncode == 2 and "hunter2" not in inline.stderr and "KG_STORE_PASSWORD" in inline.stderr


def test_wrong_path_on_a_server_says_so(server):
    out = run_kg("query", "ASK {}", "--store", f"{server.url}/no/such/dataset")
    assert out.returncode == 1 and "no SPARQL endpoint" in out.stderr and "KG_STORE_LAYOUT" in out.stderr


class _Guarded(BaseHTTPRequestHandler):
    """A server that wants a bearer token; records the Authorization headers it sees."""

    seen: list[str] = []

    def do_POST(self):  # noqa: N802
        self.seen.append(self.headers.get("Authorization") or "")
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.headers.get("Authorization") != "Bearer good-token":
            self.send_response(401)
            self.send_header("WWW-Authenticate", "Bearer")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b'{"head":{},"boolean":true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_credentials_come_from_the_environment():
    httpd = HTTPServer(("127.0.0.1", 0), _Guarded)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        refused = run_kg("query", "ASK {}", "--store", url, env={"KG_STORE_TOKEN": "bad-token"})
        assert refused.returncode == 1
        assert "HTTP 401" in refused.stderr and "KG_STORE_TOKEN" in refused.stderr and "bad-token" not in refused.stderr
        ok = run_kg("query", "ASK {}", "--store", url, env={"KG_STORE_TOKEN": "good-token"})
        assert ok.returncode == 0 and ok.stdout.strip() == "yes", ok.stderr
        assert "Bearer good-token" in _Guarded.seen
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_endpoint_layouts():
    from kg.errors import UsageError
    from kg.remote import endpoints_for

    ox_ends = endpoints_for("http://h:7878/", env={})
    assert (ox_ends.query, ox_ends.gsp, ox_ends.query_params) == (
        "http://h:7878/query", "http://h:7878/store", (("union-default-graph", ""),))
    fuseki = endpoints_for("http://h:3030/news#fuseki", env={})
    assert (fuseki.query, fuseki.gsp) == ("http://h:3030/news/query", "http://h:3030/news/data")
    assert fuseki.query_params == (("default-graph-uri", "urn:x-arq:UnionGraph"),)
    graphdb = endpoints_for("http://h:7200/repositories/kg", env={})
    assert (graphdb.query, graphdb.gsp) == ("http://h:7200/repositories/kg", "http://h:7200/repositories/kg/rdf-graphs/service")
    custom = endpoints_for("http://h/x", env={"KG_STORE_LAYOUT": "fuseki", "KG_STORE_QUERY_URL": "http://h/x/sparql"})
    assert custom.query == "http://h/x/sparql" and custom.gsp == "http://h/x/data"
    with pytest.raises(UsageError, match="unknown store layout"):
        endpoints_for("http://h/x", env={"KG_STORE_LAYOUT": "virtuoso"})
