"""The HTML view in real headless Chromium (Debian's /usr/bin/chromium via Playwright).

The page has a Content-Security-Policy without 'unsafe-eval', so these tests poll
with ``page.evaluate`` (which CSP does not block) instead of ``wait_for_function``.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kg.store import Store
from kg.view import ViewGraph, load_view_graph, render_html, write_view
from kg.view.sample import ArticleBuilder, demo_articles

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's Chromium at /usr/bin/chromium"),
]

#: Each payload would set window.__pwned (or open a dialog) if it ever ran.
PAYLOADS = {
    "script": "<script>window.__pwned=1;alert(1)</script>",
    "img": "<img src=x onerror=\"window.__pwned=2;alert(1)\">",
    "quote": "\"'); window.__pwned=3; alert(1); //",
    "close": "</script><script>window.__pwned=4;alert(1)</script>",
    "svg": "<svg onload=window.__pwned=5>",
}


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Opened:
    """A page loaded from a file, with every request and dialog recorded."""

    def __init__(self, browser, path: Path, viewport=(1300, 850)) -> None:
        self.url = path.resolve().as_uri()
        self.page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
        self.requests: list[str] = []
        self.routed: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.route("**/*", self._route)
        self.page.goto(self.url)
        self.wait("() => !!(window.kgView && window.kgView.ready)")

    def _route(self, route) -> None:
        url = route.request.url
        self.routed.append(url)
        if url == self.url:
            route.continue_()
        else:
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def wait(self, js: str, timeout: float = 30.0):
        end = time.monotonic() + timeout
        while True:
            value = self.page.evaluate(js)
            if value:
                return value
            if time.monotonic() > end:
                raise AssertionError(f"timed out waiting for {js}; page errors: {self.errors}")
            time.sleep(0.05)

    def js(self, expr: str):
        return self.page.evaluate(f"() => {expr}")

    def node_xy(self, index: int) -> tuple[float, float]:
        """Viewport coordinates of node ``index`` (physics stopped first so it stays put)."""
        self.js("window.kgView.network.stopSimulation()")
        x, y = self.page.evaluate(
            """(i) => { const n = window.kgView.network; const p = n.getPositions([i])[i];
                        const d = n.canvasToDOM(p); const r = document.querySelector('#kg-network canvas')
                        .getBoundingClientRect(); return [r.left + d.x, r.top + d.y]; }""",
            index,
        )
        return x, y

    def edge_xy(self, index: int) -> tuple[float, float]:
        """Viewport coordinates of the middle of (straight) edge ``index``."""
        self.js("window.kgView.network.stopSimulation()")
        x, y = self.page.evaluate(
            """(j) => { const n = window.kgView.network; const e = window.kgView.data.edges[j];
                        const p = n.getPositions([e.from, e.to]); const a = n.canvasToDOM(p[e.from]);
                        const b = n.canvasToDOM(p[e.to]); const r = document.querySelector('#kg-network canvas')
                        .getBoundingClientRect(); return [r.left + (a.x + b.x) / 2, r.top + (a.y + b.y) / 2]; }""",
            index,
        )
        return x, y

    def index_of(self, label: str) -> int:
        return self.page.evaluate("(l) => window.kgView.data.nodes.findIndex(n => n.label === l)", label)

    def panel_text(self) -> str:
        return self.page.inner_text("#kg-panel")

    def assert_self_contained(self) -> None:
        others = [u for u in self.requests + self.routed if u != self.url]
        assert others == [], f"the page tried to load {others}"

    def assert_inert(self) -> None:
        assert self.dialogs == []
        assert self.js("typeof window.__pwned") == "undefined"
        assert self.js("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
        assert self.js("document.querySelectorAll('script').length") == 3


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000
    return path


@pytest.fixture(scope="module")
def demo_html(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    with Store(folder / "store", mode="write") as store:
        for art in demo_articles():
            store.replace_article(art)
    with Store(folder / "store") as store:
        write_view(store, folder / "demo.html", title="Demo view")
    return folder / "demo.html"


@pytest.fixture(scope="module")
def hostile_html(tmp_path_factory) -> Path:
    """A store whose every text field carries a payload, written as a view."""
    folder = tmp_path_factory.mktemp("hostile")
    art = ArticleBuilder(PAYLOADS["close"], title=PAYLOADS["img"], date="2025-03-01",
                         url="javascript:window.__pwned=9")
    a = art.entity(PAYLOADS["script"], "Person", aliases=(PAYLOADS["quote"],), country=PAYLOADS["svg"],
                   sector=PAYLOADS["img"], title=PAYLOADS["close"])
    b = art.entity(PAYLOADS["img"], "Organization")
    place = art.entity(PAYLOADS["quote"], "Location")
    art.event("Release", " ".join(PAYLOADS.values()), actors=(a,), recipients=(b,), trigger=PAYLOADS["script"],
              place=place, date="2025-03-01")
    with Store(folder / "store", mode="write") as store:
        store.replace_article(art.build())
    with Store(folder / "store") as store:
        write_view(store, folder / "hostile.html", title=PAYLOADS["close"] + PAYLOADS["quote"])
    return folder / "hostile.html"


# -- tests -------------------------------------------------------------------------


def test_renders_all_nodes_and_edges_without_any_request(browser, demo_html):
    v = Opened(browser, demo_html)
    try:
        assert v.js("window.kgView.nodes.length") == 6
        assert v.js("window.kgView.edges.length") == 4
        labels = set(v.js("window.kgView.nodes.get().map(n => n.label)"))
        assert {"Nicolás Maduro", "13 people", "Foro Penal", "Lula"} <= labels
        # drawn on the canvas with the positions we computed
        assert v.js("document.querySelector('#kg-network canvas').width") > 0
        assert v.js("window.kgView.data.physics") is True
        assert v.page.inner_text("#kg-title") == "Demo view"
        screenshot(v.page, "view-demo.png")
        assert v.routed == [v.url]  # the route handler saw the page itself and nothing else
        v.assert_self_contained()
        assert v.errors == []
    finally:
        v.page.close()


def test_click_node_shows_its_source_sentences(browser, demo_html):
    v = Opened(browser, demo_html)
    try:
        assert v.js("document.getElementById('kg-panel').hidden") is True
        i = v.index_of("Nicolás Maduro")
        v.page.mouse.click(*v.node_xy(i))
        v.wait("() => !document.getElementById('kg-panel').hidden")
        text = v.panel_text()
        assert "Nicolás Maduro" in text
        assert "On Sunday, Maduro released at least 13 people in Caracas." in text
        assert "Maduro met Lula in 2024." in text
        assert "article a1" in text and "Venezuela frees prisoners" in text
        assert "Caracas" in text and "count: 13" in text
        hrefs = v.js("[...document.querySelectorAll('#kg-panel a')].map(a => a.getAttribute('href'))")
        assert hrefs == ["https://example.org/a1"]  # a2's javascript: link is not a link
        assert v.js("[...document.querySelectorAll('#kg-panel a')].every(a => a.rel.includes('noopener'))")
        screenshot(v.page, "view-demo-panel.png")
        v.assert_self_contained()
    finally:
        v.page.close()


def test_click_edge_shows_the_events_behind_it(browser, demo_html):
    v = Opened(browser, demo_html)
    try:
        j = v.page.evaluate("() => window.kgView.data.edges.findIndex(e => e.label === 'arrested')")
        assert j >= 0
        v.page.mouse.click(*v.edge_xy(j))
        v.wait("() => !document.getElementById('kg-panel').hidden")
        text = v.panel_text()
        assert "National Police" in text and "arrested" in text and "Juan Pérez" in text
        assert "Police arrested Juan Pérez and another man." in text
        assert "On Sunday" not in text  # only the events behind this edge
    finally:
        v.page.close()


def test_hover_tooltip_shows_label_class_country_and_counts(browser, demo_html):
    v = Opened(browser, demo_html)
    try:
        v.page.mouse.move(*v.node_xy(v.index_of("Nicolás Maduro")))
        tip = v.wait("() => { const t = document.querySelector('div.vis-tooltip');"
                     " return t && t.style.visibility !== 'hidden' && t.textContent; }")
        assert "Nicolás Maduro" in tip and "Person" in tip and "Venezuela" in tip and "GOV" in tip
        assert "3 events" in tip and "2 articles" in tip
        # the evidence: one of his events' class and its source sentence, and a pointer to the rest
        sentences = ("On Sunday, Maduro released at least 13 people in Caracas.", "Maduro met Lula in 2024.",
                     "Lula did not accuse Maduro.")
        assert any(f"“{s}”" in tip for s in sentences), tip
        assert "+ 2 more events" in tip
    finally:
        v.page.close()


def test_edge_tooltip_shows_class_and_sentence(browser, demo_html):
    v = Opened(browser, demo_html)
    try:
        a, b = v.node_xy(v.index_of("Nicolás Maduro")), v.node_xy(v.index_of("13 people"))
        v.page.mouse.move((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        tip = v.wait("() => { const t = document.querySelector('div.vis-tooltip');"
                     " return t && t.style.visibility !== 'hidden' && t.textContent; }")
        assert "released" in tip and "Release: “On Sunday, Maduro released at least 13 people in Caracas.”" in tip
    finally:
        v.page.close()


def test_search_filters_and_focus(browser, demo_html, tmp_path):
    v = Opened(browser, demo_html)
    try:
        v.page.fill("#kg-search", "lula")
        v.page.click("#kg-search-form button[type=submit]")
        assert "1 match" in v.page.inner_text("#kg-search-status")
        assert v.js("window.kgView.network.getSelectedNodes()") == [v.index_of("Lula")]
        assert "Maduro met Lula in 2024." in v.panel_text()
        v.page.fill("#kg-search", "zzz-nobody")
        v.page.click("#kg-search-form button[type=submit]")
        assert "No entity matches" in v.page.inner_text("#kg-search-status")

        hidden = "window.kgView.nodes.get().filter(n => n.hidden).map(n => n.label).sort()"
        # entity class filter
        v.page.uncheck("input[data-cls=Organization]")
        assert v.js(hidden) == ["Foro Penal", "National Police"]
        v.page.check("input[data-cls=Organization]")
        assert v.js(hidden) == []
        # event type filter: without Coerce (the arrest) police and Juan disappear
        v.page.uncheck("input[data-type=Coerce]")
        assert v.js(hidden) == ["Juan Pérez", "National Police"]
        assert v.js("window.kgView.edges.get().filter(e => e.hidden).length") == 1
        v.page.click("#kg-reset")
        assert v.js(hidden) == []
        # date range: only 2025 (the undated accusation is kept by default)
        v.page.fill("#kg-from", "2025-01-01")
        v.page.dispatch_event("#kg-from", "change")
        assert v.js(hidden) == []  # every node still has an event in 2025 or undated
        v.page.uncheck("#kg-undated")
        v.page.fill("#kg-from", "2025-02-01")
        v.page.dispatch_event("#kg-from", "change")
        assert v.js(hidden) == ["13 people", "Foro Penal", "Lula", "Nicolás Maduro"]
        assert "Showing 2 of 6 entities" in v.page.inner_text("#kg-filter-status")
    finally:
        v.page.close()

    # focus=NAME draws the neighbourhood and opens the focus entity's panel
    with Store(demo_html.parent / "store") as store:
        g = load_view_graph(store, focus="Lula", hops=2, max_nodes=2)
    out = tmp_path / "focus.html"
    out.write_text(render_html(g), encoding="utf-8")
    v = Opened(browser, out)
    try:
        assert sorted(v.js("window.kgView.nodes.get().map(n => n.label)")) == ["Lula", "Nicolás Maduro"]
        assert "neighbourhood of Lula within 2 hops" in v.page.inner_text("#kg-summary")
        assert "1 left out" in v.page.inner_text("#kg-left-out")
        v.wait("() => !document.getElementById('kg-panel').hidden")
        assert v.page.inner_text("#kg-panel h2") == "Lula"
        assert v.js("window.kgView.network.getSelectedNodes()") == [v.index_of("Lula")]
    finally:
        v.page.close()


def test_injection_payloads_stay_inert(browser, hostile_html):
    v = Opened(browser, hostile_html)
    try:
        v.assert_inert()
        # the heading shows the title as text
        assert v.page.inner_text("#kg-title") == PAYLOADS["close"] + PAYLOADS["quote"]
        assert v.page.title() == PAYLOADS["close"] + PAYLOADS["quote"]
        # labels arrive in vis-network as plain strings
        assert sorted(v.js("window.kgView.nodes.get().map(n => n.label)")) == sorted(
            [PAYLOADS["script"], PAYLOADS["img"]])
        # tooltip: shown as text
        v.page.mouse.move(*v.node_xy(v.index_of(PAYLOADS["script"])))
        tip = v.wait("() => { const t = document.querySelector('div.vis-tooltip');"
                     " return t && t.style.visibility !== 'hidden' && t.textContent; }")
        assert PAYLOADS["script"] in tip and PAYLOADS["svg"] in tip and PAYLOADS["img"] in tip
        v.assert_inert()
        # side panel for the node and for the edge: sentence, title, place, trigger as text
        v.page.mouse.click(*v.node_xy(v.index_of(PAYLOADS["script"])))
        v.wait("() => !document.getElementById('kg-panel').hidden")
        text = v.panel_text()
        for p in PAYLOADS.values():
            assert p in text
        assert v.js("document.querySelectorAll('#kg-panel a').length") == 0  # javascript: URL dropped
        v.js("window.kgView.showEdge(0)")
        assert PAYLOADS["quote"] in v.panel_text()
        # search with a payload
        v.page.fill("#kg-search", PAYLOADS["img"])
        v.page.click("#kg-search-form button[type=submit]")
        v.page.fill("#kg-search", PAYLOADS["svg"] + "nothing")
        v.page.click("#kg-search-form button[type=submit]")
        assert PAYLOADS["svg"] in v.page.inner_text("#kg-search-status")
        time.sleep(0.3)  # give any onerror/onload handler the chance to fire
        v.assert_inert()
        v.assert_self_contained()
        screenshot(v.page, "view-hostile.png")
    finally:
        v.page.close()


def test_large_graph_draws_without_physics(browser, tmp_path):
    from kg.view.sample import synthetic_articles

    with Store(tmp_path / "store", mode="write") as store:
        for art in synthetic_articles(400, 800, seed=3):
            store.replace_article(art)
    with Store(tmp_path / "store") as store:
        summary = write_view(store, tmp_path / "big.html")
    assert summary.nodes == 400
    v = Opened(browser, tmp_path / "big.html")
    try:
        assert v.js("window.kgView.data.physics") is False
        assert v.js("window.kgView.network.physics.physicsEnabled") is False
        assert v.js("window.kgView.nodes.length") == 400
        timings = v.js("window.kgView.timings")
        assert timings["drawn"] < 10_000
        assert "stabilized" not in timings
        v.assert_self_contained()
        screenshot(v.page, "view-400.png")
    finally:
        v.page.close()


def test_empty_graph_page_works(browser, tmp_path):
    out = tmp_path / "empty.html"
    out.write_text(render_html(ViewGraph(nodes=(), edges=(), facts=())), encoding="utf-8")
    v = Opened(browser, out)
    try:
        assert v.js("window.kgView.nodes.length") == 0
        assert v.errors == []
    finally:
        v.page.close()
