"""render_html and write_view: escaping, self-containedness, JSON embedding, atomic writes."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.errors import OutputError
from kg.store import Store
from kg.view import (
    PHYSICS_MAX_NODES,
    Participant,
    ViewEdge,
    ViewFact,
    ViewGraph,
    ViewNode,
    render_html,
    write_view,
)
from kg.view import render as render_mod
from kg.view.render import json_for_script

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"'); alert(1); //",
    "</script><script>window.__pwned=1</script>",
    "<!-- <script>",
    "line\u2028sep\u2029para & amp; &lt;",
]


class Page(HTMLParser):
    """Collects tags, attributes, script bodies and text of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.text: list[str] = []
        self._in: str | None = None
        self._attrs: dict[str, str | None] = {}
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        self.tags.append((tag, d))
        if tag in ("script", "style", "title", "h1"):
            self._in, self._attrs, self._buf = tag, d, []

    def handle_endtag(self, tag):
        if tag == self._in:
            body = "".join(self._buf)
            if tag == "script":
                self.scripts.append((self._attrs, body))
            else:
                self.text.append(f"{tag}:{body}")
            self._in = None

    def handle_data(self, data):
        if self._in:
            self._buf.append(data)


def parse(html: str) -> Page:
    p = Page()
    p.feed(html)
    p.close()
    return p


def fact(i: int, **kw) -> ViewFact:
    base = {
        "id": f"https://w3id.org/kg/id/event/a{i}/s1-t0",
        "type": "Retreat",
        "type_label": "Retreat",
        "fine": "Release",
        "fine_label": "Release",
        "trigger": "released",
        "sentence": f"Sentence {i}: Maduro released 13 people.",
        "actors": (Participant("urn:a", "Maduro"),),
        "recipients": (Participant("urn:b", "13 people"),),
        "date": "2025-01-12",
        "article_id": f"a{i}",
        "article_title": f"Title {i}",
        "article_url": "https://example.org/a",
    }
    base.update(kw)
    return ViewFact(**base)


def small_graph(title="Test view", **fact_kw) -> ViewGraph:
    f = fact(1, **fact_kw)
    a = ViewNode(id="urn:a", label=fact_kw.get("_a", "Maduro"), cls="Person", events=1, articles=1, importance=0.6,
                 facts=(f.id,), countries=("Venezuela",), sectors=("GOV",))
    b = ViewNode(id="urn:b", label="13 people", cls="Group", events=1, articles=1, importance=0.4, facts=(f.id,))
    e = ViewEdge(id="urn:a releases urn:b", source="urn:a", target="urn:b",
                 relation="https://w3id.org/kg/pe#releases", label="released", facts=(f.id,))
    return ViewGraph(nodes=(a, b), edges=(e,), facts=(f,), title=title)


def hostile_graph() -> ViewGraph:
    """Every text field carries an injection payload."""
    p = PAYLOADS
    f = fact(
        1,
        trigger=p[0],
        sentence=" ".join(p),
        actors=(Participant("urn:a", p[0]),),
        recipients=(Participant("urn:b", p[1]),),
        place=p[2],
        date_text=p[3],
        article_id=p[3],
        article_title=p[1],
        article_url="javascript:window.__pwned=1",
        mode=p[4],
    )
    a = ViewNode(id="urn:a", label=p[0], cls="Person", aliases=(p[1], p[2]), titles=(p[3],), countries=(p[4],),
                 sectors=(p[5],), events=1, articles=1, importance=0.5, facts=(f.id,))
    b = ViewNode(id="urn:b", label=p[1], cls=p[2], events=1, importance=0.5, facts=(f.id,))
    e = ViewEdge(id="e", source="urn:a", target="urn:b", relation="urn:rel", label=p[3], facts=(f.id,))
    return ViewGraph(nodes=(a, b), edges=(e,), facts=(f,), title=p[3] + p[1])


def data_of(html: str) -> dict:
    page = parse(html)
    (body,) = [b for a, b in page.scripts if a.get("type") == "application/json"]
    return json.loads(body)


# -- JSON embedding -------------------------------------------------------------


@pytest.mark.parametrize("text", PAYLOADS + ["plain", "ünïcödé ✓ 中文", "\ud800 lone surrogate"])
def test_json_for_script_is_inert_and_round_trips(text):
    out = json_for_script({"s": text, "list": [text]})
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in out
    back = json.loads(out)
    expected = text.replace("\ud800", "\ufffd")
    assert back == {"s": expected, "list": [expected]}
    out.encode("utf-8")  # always encodable


def test_page_data_round_trips_through_the_html():
    g = hostile_graph()
    data = data_of(render_html(g))
    assert data["nodes"][0]["label"] == PAYLOADS[0]
    assert data["nodes"][0]["aliases"] == [PAYLOADS[1], PAYLOADS[2]]
    assert data["facts"][0]["sentence"] == " ".join(PAYLOADS)
    assert data["facts"][0]["actors"] == [[0, PAYLOADS[0]]]
    assert data["edges"][0] == {"from": 0, "to": 1, "label": PAYLOADS[3], "rel": "urn:rel", "facts": [0]}


# -- escaping and self-containedness ---------------------------------------------


def test_payloads_never_appear_raw_in_the_page():
    html = render_html(hostile_graph())
    page = parse(html)
    (data_body,) = [b for a, b in page.scripts if a.get("type") == "application/json"]
    outside = html.replace(data_body, "")
    for p in PAYLOADS[:5]:
        assert p not in outside, p  # escaped by the template
    # inside the data block only as JSON strings, with no markup-significant characters
    assert not re.search(r"[<>&\u2028\u2029]", data_body)
    assert data_of(html)["facts"][0]["sentence"] == " ".join(PAYLOADS)
    # exactly our three scripts: the data block, vis-network, the page script
    page = parse(html)
    assert [a.get("type") for a, _ in page.scripts] == ["application/json", None, None]
    assert "window.__pwned" not in "".join(b for a, b in page.scripts if a.get("type") is None)
    # no element came out of the payloads
    assert not [t for t, _ in page.tags if t == "img"]
    assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs)


def test_title_is_escaped_in_title_and_heading():
    html = render_html(hostile_graph())
    page = parse(html)
    title = PAYLOADS[3] + PAYLOADS[1]
    assert f"title:{title}" in page.text
    assert f"h1:{title}" in page.text
    assert "&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html


def test_no_src_or_href_anywhere_and_links_only_http_in_data():
    html = render_html(hostile_graph())
    page = parse(html)
    for tag, attrs in page.tags:
        assert "src" not in attrs and "href" not in attrs, (tag, attrs)
        assert tag not in ("link", "iframe", "object", "embed", "base", "img")
    data = data_of(html)
    assert "url" not in data["facts"][0]  # javascript: was dropped
    ok = data_of(render_html(small_graph()))
    assert ok["facts"][0]["url"] == "https://example.org/a"
    # nothing in the page points elsewhere except licence/comment URLs inside vis-network
    assert not re.search(r"""url\((?!["']?data:)""", html)
    assert "@import" not in html


def test_csp_allows_exactly_our_scripts_and_no_network():
    html = render_html(small_graph())
    page = parse(html)
    (meta,) = [a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    csp = meta["content"]
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "img-src data:" in csp
    hashes = set(re.findall(r"'sha256-([^']+)'", csp))
    bodies = [b for a, b in page.scripts if a.get("type") is None]
    assert hashes == {base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() for b in bodies}
    assert "unsafe-eval" not in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]


def test_vis_network_inlined_with_licence():
    html = render_html(small_graph())
    assert "vis-network" in html and "@license" in html and "Apache 2.0" in html
    assets = Path(render_mod.__file__).parent / "assets"
    notice = (assets / "NOTICE").read_text()
    assert "vis-network" in notice and "MIT" in notice and "Apache" in notice
    assert (assets / "vis-network.min.js").read_text().startswith("/**\n * vis-network")
    assert "bootstrap" not in html.lower()


def test_template_autoescape_is_on():
    tpl = render_mod._template()
    assert tpl.environment.autoescape is True


# -- content -----------------------------------------------------------------------


def test_payload_content_for_a_small_graph():
    data = data_of(render_html(small_graph()))
    assert len(data["nodes"]) == 2 and len(data["edges"]) == 1 and len(data["facts"]) == 1
    a, b = data["nodes"]
    assert a["label"] == "Maduro" and a["cls"] == "Person" and a["countries"] == ["Venezuela"]
    assert b["cls"] == "Group"
    assert a["size"] > b["size"]  # bigger importance, bigger node
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    f = data["facts"][0]
    assert f["sentence"].startswith("Sentence 1") and f["article"] == "a1" and f["title"] == "Title 1"
    assert data["physics"] is True
    assert set(data["colors"]) >= {"Person", "Organization", "Country", "Group", "Location"}


def test_unknown_class_becomes_other():
    data = data_of(render_html(hostile_graph()))
    assert data["nodes"][1]["cls"] == "Other" and data["nodes"][1]["clsLabel"] == PAYLOADS[2]


def test_legend_and_filters_are_in_the_page():
    html = render_html(small_graph())
    page = parse(html)
    classes = [a["data-cls"] for t, a in page.tags if t == "input" and "data-cls" in a]
    types = [a["data-type"] for t, a in page.tags if t == "input" and "data-type" in a]
    assert classes == ["Person", "Group"] and types == ["Retreat"]
    assert ('input', {'id': 'kg-search', 'type': 'search', 'list': 'kg-names', 'placeholder': 'name or alias'}) in page.tags
    assert any(t == "input" and a.get("id") == "kg-from" for t, a in page.tags)


def test_left_out_is_said_on_the_page():
    g = small_graph()
    g = ViewGraph(nodes=g.nodes, edges=g.edges, facts=g.facts, left_out=7, title="t")
    html = render_html(g)
    assert "7 left out" in html and "most central of 9 entities" in html
    assert data_of(html)["leftOut"] == 7
    assert "left out" not in render_html(small_graph()).split("<nav")[0]


def test_physics_off_above_threshold_and_layout_is_deterministic():
    n = PHYSICS_MAX_NODES + 1
    f = fact(1)
    nodes = tuple(ViewNode(id=f"urn:{i}", label=f"N{i}", cls="Person", importance=1 / n, facts=(f.id,))
                  for i in range(n))
    edges = tuple(ViewEdge(id=f"e{i}", source=f"urn:{i}", target=f"urn:{(i * 7 + 1) % n}", relation="urn:r",
                           label="r", facts=(f.id,)) for i in range(n))
    g = ViewGraph(nodes=nodes, edges=edges, facts=(f,))
    first, second = data_of(render_html(g)), data_of(render_html(g))
    assert first["physics"] is False
    assert [(x["x"], x["y"]) for x in first["nodes"]] == [(x["x"], x["y"]) for x in second["nodes"]]
    assert len({(x["x"], x["y"]) for x in first["nodes"]}) == n  # no two nodes on one spot


def test_parallel_edges_get_distinct_curves():
    g = small_graph()
    f = g.facts[0]
    extra = ViewEdge(id="x", source="urn:a", target="urn:b", relation="urn:r2", label="other", facts=(f.id,))
    back = ViewEdge(id="y", source="urn:b", target="urn:a", relation="urn:r3", label="back", facts=(f.id,))
    g2 = ViewGraph(nodes=g.nodes, edges=g.edges + (extra, back), facts=g.facts)
    curves = [e.get("curve", 0) for e in data_of(render_html(g2))["edges"]]
    assert len(set(curves)) == 3 and 0 not in curves
    assert "curve" not in data_of(render_html(g))["edges"][0]


def test_empty_graph_renders():
    html = render_html(ViewGraph(nodes=(), edges=(), facts=()))
    assert "0 entities" in html and data_of(html)["nodes"] == []


# -- write_view ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    from kg.view.sample import demo_articles

    path = tmp_path_factory.mktemp("render") / "store"
    with Store(path, mode="write") as store:
        for art in demo_articles():
            store.replace_article(art)
    return path


def test_write_view(store_path, tmp_path):
    out = tmp_path / "view.html"
    with Store(store_path) as s:
        summary = write_view(s, out, title="Venezuela <test>", max_nodes=5)
    assert summary.nodes == 5 and summary.left_out == 1 and summary.path == str(out)
    assert summary.edges == len(data_of(out.read_text())["edges"])
    html = out.read_text(encoding="utf-8")
    assert "<title>Venezuela &lt;test&gt;</title>" in html
    assert [p.name for p in tmp_path.iterdir()] == ["view.html"]  # no temp file left
    assert oct(out.stat().st_mode & 0o777) != oct(0o600)  # normal permissions, not mkstemp's
    assert "wrote" in summary.line() and "1 less central" in summary.line()


def test_write_view_focus_unknown_writes_nothing(store_path, tmp_path):
    from kg.errors import UsageError

    out = tmp_path / "view.html"
    with Store(store_path) as s, pytest.raises(UsageError):
        write_view(s, out, focus="Nobody")
    assert not out.exists()


@pytest.mark.parametrize("where", ["missing-folder", "is-a-folder", "under-a-file"])
def test_unwritable_path_is_an_output_error(store_path, tmp_path, where):
    (tmp_path / "dir").mkdir()
    (tmp_path / "file").write_text("x")
    target = {"missing-folder": tmp_path / "nope" / "v.html", "is-a-folder": tmp_path / "dir",
              "under-a-file": tmp_path / "file" / "v.html"}[where]
    with Store(store_path) as s, pytest.raises(OutputError) as err:
        write_view(s, target)
    msg = str(err.value)
    assert "\n" not in msg and str(target) in msg and msg.startswith("cannot write")


def test_failed_write_leaves_old_file_and_no_temp(store_path, tmp_path, monkeypatch):
    out = tmp_path / "view.html"
    out.write_text("old")

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(render_mod.os, "replace", boom)
    with Store(store_path) as s, pytest.raises(OutputError, match="No space left"):
        write_view(s, out)
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["view.html"]


def test_write_view_rejects_unknown_options(store_path, tmp_path):
    with Store(store_path) as s, pytest.raises(TypeError):
        write_view(s, tmp_path / "v.html", colour="red")


def test_written_file_is_utf8_and_mailable(store_path, tmp_path):
    out = tmp_path / "v.html"
    with Store(store_path) as s:
        write_view(s, out)
    raw = out.read_bytes()
    raw.decode("utf-8")
    assert "Nicolás Maduro".encode() in raw or b"Nicol\\u00e1s" in raw
    assert os.path.getsize(out) < 2_000_000  # vis (~0.7 MB with CSS) + a small graph


def test_assets_are_pyvis_copies_unchanged():
    pyvis = pytest.importorskip("pyvis")
    shipped = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    assets = Path(render_mod.__file__).parent / "assets"
    for name in ("vis-network.min.js", "vis-network.css"):
        assert (assets / name).read_bytes() == (shipped / name).read_bytes(), name


def test_importing_the_view_does_not_load_spacy():
    import subprocess
    import sys

    code = "import sys, kg.view; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
