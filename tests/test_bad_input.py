"""The bad-input catalogue, each case driven through the kg command: a warning or one error line,
the right exit status, never a traceback, never a half-written store or file.

(Single bad files, query errors, a locked store and an export below a file are in test_cli.py;
ingest details in test_ingest.py.)
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import KG, SEED, run_kg
from kg.ingest import MAX_CHARS
from kg.store import Store

GOOD = "Police arrested 40 protesters in Caracas on Monday, the Interior Ministry said."


def _no_traceback(out) -> None:
    assert "Traceback" not in out.stderr and "Traceback" not in out.stdout


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def _count(store: Path) -> int:
    with Store(store) as s:
        return sum(1 for _ in s.quads())


def test_a_folder_of_bad_files_builds_the_good_one(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(GOOD, encoding="utf-8")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "blank.txt").write_bytes(b" \n\t \r\n")
    (docs / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n")
    (docs / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (docs / "latin.txt").write_bytes("Le président a été arrêté à Caracas.".encode("latin-1"))
    out = run_kg("build", str(docs), "--store", str(tmp_path / "s"))
    _no_traceback(out)
    assert out.returncode == 1
    warnings = _errors(out.stderr)
    assert len(warnings) == 5 and all(w.startswith("kg: warning: ") for w in warnings)
    for name, reason in [("empty", "empty"), ("blank", "empty"), ("scan", "binary"), ("photo", "binary"),
                         ("latin", "not valid UTF-8")]:
        assert any(f"{name}.txt" in w and reason in w for w in warnings), (name, warnings)
    assert out.stdout.startswith("built 1 article, 5 skipped with errors")


def test_jsonl_with_bad_lines_builds_the_rest_and_names_each_line(tmp_path):
    f = tmp_path / "corpus.jsonl"
    f.write_text(
        "\n".join([
            json.dumps({"id": "ok-1", "text": GOOD}),
            '{"id": "broken", "text": "unterminated',
            json.dumps({"id": "no-text", "title": "Only a title"}),
            json.dumps({"id": "ok-1", "text": "A duplicate id."}),
            json.dumps(["not", "an", "object"]),
            "",
            json.dumps({"id": "ok-2", "text": "Troops killed 12 militants near Mosul, officials said."}),
        ]) + "\n",
        encoding="utf-8",
    )
    out = run_kg("build", str(f), "--store", str(tmp_path / "s"))
    _no_traceback(out)
    assert out.returncode == 1
    warnings = _errors(out.stderr)
    assert len(warnings) == 4
    for line, reason in [(2, "malformed JSON"), (3, 'missing "text"'), (4, "duplicate id 'ok-1'"), (5, "JSON object")]:
        assert any(f"corpus.jsonl:{line}: " in w and reason in w for w in warnings), (line, warnings)
    assert out.stdout.startswith("built 2 articles, 4 skipped with errors")


def test_binary_jsonl_and_binary_stdin(tmp_path):
    f = tmp_path / "data.jsonl"
    f.write_bytes(b"\x00\x01\x02garbage")
    out = run_kg("build", str(f), "--store", str(tmp_path / "s"))
    _no_traceback(out)
    assert out.returncode == 2 and "binary file" in out.stderr
    piped = run_kg("build", "-", "--store", str(tmp_path / "s2"), input=b"%PDF-1.4\n\x00\x00")
    _no_traceback(piped)
    assert piped.returncode == 2 and "stdin: binary file" in piped.stderr


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le gouvernement vénézuélien a libéré treize personnes dimanche, selon les organisations de la "
           "société civile, qui ont salué une étape importante pour les prisonniers politiques du pays. " * 3),
    ("ru", "Правительство Венесуэлы в воскресенье освободило тринадцать человек, задержанных после спорных "
           "выборов, сообщили представители оппозиции и гражданского общества страны. " * 3),
    ("zh", "委内瑞拉政府周日释放了十三名在选举后被拘留的人，反对派领导人和民间社会组织表示。" * 5),
])
def test_non_english_text_builds_with_a_warning(tmp_path, lang, text):
    f = tmp_path / f"{lang}.txt"
    f.write_text(text, encoding="utf-8")
    out = run_kg("build", str(f), "--store", str(tmp_path / "s"))
    _no_traceback(out)
    if lang == "zh":  # no Latin words to count: too little to tell, built without a word
        assert out.returncode == 0 and out.stdout.startswith("built 1 article")
        return
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("built 1 article")
    assert "does not look like English" in out.stderr


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Police arrest 40 protesters in Caracas</title>
<meta property="article:published_time" content="2025-03-02T10:00:00Z">
<script>var tracking = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now</nav>
<article><h1>Police arrest 40 protesters in Caracas</h1>
<p>Police arrested 40 protesters in Caracas on Monday, the Interior Ministry said in a statement.</p>
<p>Opposition leader Henrique Capriles condemned the arrests and called for the release of all detainees,
according to his party. The government of President Nicolás Maduro did not comment.</p>
<p>Rights groups said at least 2,000 people have been detained since the disputed elections last year.</p>
</article><footer>© 2025 Example News. All rights reserved. Cookie settings.</footer></body></html>
"""


@pytest.mark.parametrize("name", ["page.html", "page.htm", "saved-as.txt"])
def test_html_pages_are_reduced_to_their_main_text(tmp_path, name):
    f = tmp_path / name
    f.write_text(PAGE, encoding="utf-8")
    store = tmp_path / "s"
    out = run_kg("build", str(f), "--store", str(store))
    _no_traceback(out)
    assert out.returncode == 0, out.stderr
    with Store(store) as s:
        texts = [r["t"].value for r in s.select("SELECT DISTINCT ?t WHERE { ?e pe:sourceText ?t }")]
        titles = [r["t"].value for r in s.select("SELECT ?t WHERE { ?a a pe:Article ; dcterms:title ?t }")]
    assert any("arrested 40 protesters" in t for t in texts)
    assert not any("<" in t or "Subscribe" in t or "Cookie" in t or "tracking" in t for t in texts), texts
    assert titles == ["Police arrest 40 protesters in Caracas"]


def test_html_without_text_and_html_on_stdin(tmp_path):
    empty = tmp_path / "shell.html"
    empty.write_text("<html><head><title>x</title></head><body><script>app()</script></body></html>", encoding="utf-8")
    out = run_kg("build", str(empty), "--store", str(tmp_path / "s"))
    _no_traceback(out)
    assert out.returncode == 2 and "HTML page without readable main text" in out.stderr
    piped = run_kg("build", "-", "--id", "web-1", "--store", str(tmp_path / "s2"), input=PAGE)
    _no_traceback(piped)
    assert piped.returncode == 0 and piped.stdout.startswith("built 1 article")


def test_unsupported_file_type_names_the_supported_ones(tmp_path):
    f = tmp_path / "report.pdf"
    f.write_bytes(b"%PDF-1.7\n")
    out = run_kg("build", str(f), "--store", str(tmp_path / "s"))
    _no_traceback(out)
    assert out.returncode == 2 and ".txt, .jsonl or .html" in out.stderr
    assert not (tmp_path / "s").exists()


def test_article_above_the_limit_is_refused_clearly(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "w", encoding="utf-8") as fh:
        paragraph = GOOD + "\n\n"
        fh.write(paragraph * (MAX_CHARS // len(paragraph) + 2))
    out = run_kg("build", str(f), "--store", str(tmp_path / "s"))
    _no_traceback(out)
    assert out.returncode == 2 and "above the limit" in out.stderr and "split it" in out.stderr


@pytest.mark.parametrize("sparql, message", [
    ("SELECT ?s WHERE { ?s ?p ?o", "SPARQL syntax error"),
    ("SELECT ?s WHERE { ?s foo:bar ?o }", "SPARQL syntax error"),
    ("   ", "empty query"),
    ("# only a comment", "SPARQL syntax error"),
    ("SELECT * WHERE { ?s ?p ?o } ; DROP ALL", "SPARQL syntax error"),
])
def test_bad_queries(seed_store, sparql, message):
    out = run_kg("query", sparql, "--store", str(seed_store))
    _no_traceback(out)
    assert out.returncode == 2
    [line] = _errors(out.stderr)
    assert line.startswith("kg: error: ") and message in line


@pytest.mark.parametrize("sparql", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "# harmless, isn't it?\nDELETE WHERE { ?s ?p ?o }",
    "PREFIX ex: <http://example.org/#> # a '#' inside an IRI\ninsert data { ex:a ex:b ex:c }",
    "BASE <http://example.org/> PREFIX : <#> CLEAR ALL",
    "\\u0049NSERT DATA { <http://a> <http://b> <http://c> }",
    "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
])
def test_updates_smuggled_into_kg_query_are_refused(tmp_path, seed_store, sparql):
    store = tmp_path / "store"
    shutil.copytree(seed_store, store)
    before = _count(store)
    out = run_kg("query", sparql, "--store", str(store))
    _no_traceback(out)
    assert out.returncode == 2
    [line] = _errors(out.stderr)
    assert "read-only" in line, line
    assert _count(store) == before


@pytest.mark.parametrize("args", [["export"], ["view", "-o", "x.html"], ["validate"], ["remove", "a"], ["serve"]])
def test_missing_store_for_every_command(tmp_path, args):
    missing = tmp_path / "none"
    out = run_kg(*args, "--store", str(missing), cwd=tmp_path)
    _no_traceback(out)
    assert out.returncode == 1
    [line] = _errors(out.stderr)
    assert "no store at" in line
    assert not missing.exists() and not (tmp_path / "x.html").exists()


def test_unwritable_view_output(seed_store, tmp_path):
    out = run_kg("view", "--store", str(seed_store), "-o", str(tmp_path / "no" / "such" / "dir" / "g.html"))
    _no_traceback(out)
    assert out.returncode == 1 and "cannot write" in _errors(out.stderr)[0]
    (tmp_path / "file").write_text("x")
    out = run_kg("view", "--store", str(seed_store), "-o", str(tmp_path / "file" / "g.html"))
    assert out.returncode == 1 and (tmp_path / "file").read_text() == "x"


# -- a store (or output folder) that cannot be written ---------------------------


def _unprivileged() -> list[str]:
    """A prefix that runs a command as a user the file permissions apply to (tests may run as root)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot make a folder unwritable")
    prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    probe = subprocess.run([*prefix, str(KG), "--version"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("the unprivileged user cannot run kg here")
    return prefix


def _kg_as_user(*args: str, cwd: Path):
    proc = subprocess.run([*_unprivileged(), str(KG), *args], capture_output=True, text=True, cwd=cwd,
                          env={k: v for k, v in os.environ.items() if k != "KG_DEBUG"}, timeout=300)
    return proc


@pytest.fixture
def readonly_store(seed_store):
    """A copy of the seed store in a folder nobody but root may write to."""
    root = Path(tempfile.mkdtemp(prefix="kg-ro-"))
    os.chmod(root, 0o755)
    store = root / "store"
    shutil.copytree(seed_store, store)
    for path in [store, *store.rglob("*")]:
        mode = path.stat().st_mode
        os.chmod(path, mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    yield root, store
    for path in [store, *store.rglob("*")]:
        os.chmod(path, path.stat().st_mode | stat.S_IWUSR)
    shutil.rmtree(root)


def test_read_only_store_can_be_read_but_not_built_into(readonly_store):
    root, store = readonly_store
    before = _count(store)
    query = _kg_as_user("query", "ASK { ?e a pe:Event }", "--store", str(store), cwd=root)
    _no_traceback(query)
    assert query.returncode == 0 and query.stdout.strip() == "yes", query.stderr
    build = _kg_as_user("build", str(SEED), "--store", str(store), "--force", cwd=root)
    _no_traceback(build)
    assert build.returncode == 1
    [line] = _errors(build.stderr)
    assert "read-only" in line and str(store) in line
    remove = _kg_as_user("remove", "venezuela-releases", "--store", str(store), cwd=root)
    assert remove.returncode == 1 and "read-only" in remove.stderr
    assert _count(store) == before


def test_export_into_a_read_only_folder(readonly_store):
    root, store = readonly_store
    out = _kg_as_user("export", "--store", str(store), "-o", str(store / "g.ttl"), cwd=root)
    _no_traceback(out)
    assert out.returncode == 1 and "cannot write" in _errors(out.stderr)[0]
    assert not (store / "g.ttl").exists()
    assert not [p for p in store.iterdir() if p.name.startswith(".g.ttl")]
