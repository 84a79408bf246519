"""Benchmark of `kg view` on a synthetic store (default: 2,000 entities, 5,000 relations).

Prints two numbers (targets from issue #4):

* generation: seconds for ``write_view`` — SPARQL load, layout, HTML, atomic write
  (target < 2 s);
* interactive: milliseconds from navigation start until the page reports the
  network drawn (and, with physics on, stabilized) in headless Chromium
  (target < 3 s).

    .venv/bin/python bench/view_bench.py [--nodes 2000] [--edges 5000] [--repeat 3] [-o out.html]

The store is built once in a temporary folder (not timed).  Each number is the
median of ``--repeat`` runs; CPU seconds are printed too, since wall time on a
busy machine says more about the neighbours than about kg.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def build_store(path: Path, nodes: int, edges: int) -> float:
    from kg.store import Store
    from kg.view.sample import synthetic_articles

    t = time.perf_counter()
    with Store(path, mode="write") as store:
        for art in synthetic_articles(nodes, edges):
            store.replace_article(art)
    return time.perf_counter() - t


def generate(store_path: Path, out: Path, repeat: int) -> tuple[list[dict], object]:
    from kg.store import Store
    from kg.view import load_view_graph, render_html
    from kg.view.render import write_atomic

    runs = []
    summary = None
    with Store(store_path) as store:
        for _ in range(repeat):
            w0, c0 = time.perf_counter(), time.process_time()
            graph = load_view_graph(store)
            w1 = time.perf_counter()
            html = render_html(graph)
            w2 = time.perf_counter()
            write_atomic(out, html.encode("utf-8"))
            w3, c3 = time.perf_counter(), time.process_time()
            runs.append({"total": w3 - w0, "cpu": c3 - c0, "load": w1 - w0, "render": w2 - w1, "write": w3 - w2})
            summary = graph
    return runs, summary


def browse(out: Path, repeat: int) -> list[dict]:
    from playwright.sync_api import sync_playwright

    runs = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(repeat):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            others: list[str] = []
            page.on("request", lambda r, seen=others: seen.append(r.url) if r.url != out.resolve().as_uri() else None)
            t0 = time.perf_counter()
            page.goto(out.resolve().as_uri())
            # the page's CSP forbids eval, so poll with evaluate() instead of wait_for_function()
            while not page.evaluate("() => !!(window.kgView && window.kgView.ready)"):
                if time.perf_counter() - t0 > 120:
                    raise SystemExit("the page did not become ready within 120 s")
                time.sleep(0.01)
            wall = time.perf_counter() - t0
            timings = page.evaluate("() => window.kgView.timings")
            t1 = time.perf_counter()
            page.evaluate("() => { window.kgView.applyFilters(); window.kgView.network.redraw(); }")
            redraw = time.perf_counter() - t1
            runs.append({"ready_ms": timings["ready"], "script_ms": timings["scriptStart"],
                         "drawn_ms": timings["drawn"], "wall": wall, "filter_redraw": redraw,
                         "requests": list(others)})
            page.close()
        browser.close()
    return runs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--edges", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("-o", "--output", type=Path, help="keep the HTML here (default: a temporary file)")
    ap.add_argument("--no-browser", action="store_true", help="only time the generation")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kg-view-bench-") as tmp:
        store_path = Path(tmp) / "store"
        out = args.output or Path(tmp) / "view.html"
        built = build_store(store_path, args.nodes, args.edges)
        print(f"store: {args.nodes} entities / ~{args.edges} relations built in {built:.1f} s (not timed)")

        gen, graph = generate(store_path, out, args.repeat)
        med = {k: statistics.median(r[k] for r in gen) for k in gen[0]}
        print(f"graph: {len(graph.nodes)} nodes, {len(graph.edges)} edges, {len(graph.facts)} events; "
              f"HTML {out.stat().st_size / 1e6:.1f} MB")
        print(f"generation: {med['total']:.2f} s wall (median of {args.repeat}; cpu {med['cpu']:.2f} s; "
              f"load {med['load']:.2f} s, layout+HTML {med['render']:.2f} s, write {med['write']:.2f} s)"
              f" — target < 2 s: {'ok' if med['total'] < 2 else 'MISSED'}")
        if args.no_browser:
            return 0
        if not Path(CHROMIUM).exists():
            print(f"interactive: skipped ({CHROMIUM} not found)")
            return 0
        web = browse(out, args.repeat)
        ready = statistics.median(r["ready_ms"] for r in web)
        print(f"interactive: {ready / 1000:.2f} s from navigation start to drawn network (median of {args.repeat}; "
              f"script start {statistics.median(r['script_ms'] for r in web) / 1000:.2f} s, "
              f"first draw {statistics.median(r['drawn_ms'] for r in web) / 1000:.2f} s, "
              f"harness wall {statistics.median(r['wall'] for r in web):.2f} s, "
              f"filter+redraw {statistics.median(r['filter_redraw'] for r in web) * 1000:.0f} ms)"
              f" — target < 3 s: {'ok' if ready < 3000 else 'MISSED'}")
        requests = sorted({u for r in web for u in r["requests"]})
        print(f"network requests besides the page: {len(requests)}{' ' + str(requests[:5]) if requests else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
