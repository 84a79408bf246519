"""kg benchmarks: ratios measured side by side in one run, printed as a Markdown table.

    .venv/bin/python bench/run.py            # everything (the 10,000-article build takes an hour or more)
    .venv/bin/python bench/run.py --quick    # smaller sizes, a few minutes

Not part of the test suite.  Input: ``../shared/corpus/news_sample.jsonl``
(28 real articles), read at run time and repeated with new ids to the sizes
below; nothing is copied into the project.  Every store and file is created
in a temporary folder and removed afterwards.

Measures
  * extraction (spaCy + ``kg_extractor``) words/s ÷ bare spaCy ``nlp.pipe`` words/s (also in pairs
    that take turns every four articles, which the machine's wandering speed hits nearly alike), and the
    whole ``kg build`` (also reading, RDF and the store) ÷ bare spaCy, on the same texts;
  * ``kg build --workers 2`` ÷ ``--workers 1``, beside spaCy ``n_process=2`` ÷ ``1``;
  * ``kg query`` on a store of about 1M triples (copies of real article
    graphs under new ids) ÷ raw pyoxigraph on the same store, and rdflib's
    in-memory store ÷ ``kg query``;
  * Turtle export and load of those triples; peak memory (RSS, the builder
    and its workers together) of a 10,000-article build.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news_sample.jsonl"
KG = Path(sys.executable).with_name("kg")

QUERIES = {
    "events by type": """
        SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a pe:Event ; a ?type . FILTER(?type != pe:Event) }
        GROUP BY ?type ORDER BY DESC(?n)""",
    "who arrested whom": """
        SELECT ?who ?whom WHERE { ?e a pe:Arrest ; pe:actor ?a ; pe:recipient ?r .
          ?a rdfs:label ?who . ?r rdfs:label ?whom } LIMIT 1000""",
    "top actors": """
        SELECT ?a (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e pe:actor ?a } GROUP BY ?a ORDER BY DESC(?n) LIMIT 20""",
}


@dataclass
class Row:
    measure: str
    value: str
    goal: str = ""
    ok: bool | None = None


ROWS: list[Row] = []


def row(measure: str, value: str, goal: str = "", ok: bool | None = None) -> None:
    ROWS.append(Row(measure, value, goal, ok))
    mark = "" if ok is None else (" ✓" if ok else " ✗")
    print(f"  {measure}: {value}{'  (goal ' + goal + mark + ')' if goal else ''}", flush=True)


def corpus() -> list[dict]:
    if not CORPUS.is_file():
        sys.exit(f"bench: {CORPUS} not found (the shared corpus is read at run time)")
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def repeated(records: list[dict], copies: int) -> list[dict]:
    return [{**r, "id": f"{r['id']}-c{k}"} for k in range(copies) for r in records]


def words(records: list[dict]) -> int:
    return sum(len(r["text"].split()) for r in records)


def write_jsonl(records: list[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


class PeakRss:
    """Samples the RSS of this process tree (or of ``pid``'s) every 0.2 s; ``peak`` in MiB."""

    def __init__(self, pid: int | None = None) -> None:
        import psutil

        self.proc = psutil.Process(pid or os.getpid())
        self.peak = 0.0
        self.samples: list[tuple[float, float]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._t0 = time.monotonic()

    def _tree(self) -> float:
        import psutil

        total = 0
        try:
            procs = [self.proc, *self.proc.children(recursive=True)]
        except psutil.Error:
            return 0.0
        for p in procs:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return total / 2**20

    def _run(self) -> None:
        while not self._stop.is_set():
            rss = self._tree()
            self.peak = max(self.peak, rss)
            self.samples.append((time.monotonic() - self._t0, rss))
            self._stop.wait(0.2)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


# -- 1. build throughput --------------------------------------------------------


BARE_SCRIPT = """
import json, sys, spacy
nlp = spacy.load(sys.argv[2])
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _ in nlp.pipe(texts, batch_size=16, n_process=int(sys.argv[3])):
    pass
"""


def bench_build(records: list[dict], tmp: Path, rounds: int) -> None:
    """kg build against bare spaCy, both in steady state (model loaded, one process) and end to end
    (a fresh process each: interpreter start, imports, model load, then the whole corpus).

    Fair by construction: the same texts and the same word count (whitespace-split words of the
    input) on both sides; both steady-state pipelines are warmed up before any timing; the runs
    are interleaved round by round, so load from elsewhere on the machine hits all of them alike,
    and each ratio is the median over the rounds of that round's ratio (min–max shown beside it).
    """
    import statistics

    import spacy

    from kg.build import build_articles
    from kg.ingest import read_inputs
    from kg.nlp.pipeline import default_model, load_pipeline
    from kg.store import Store

    texts = [r["text"] for r in records]
    n_words = words(records)
    path = write_jsonl(records, tmp / "build.jsonl")
    model = default_model()
    print(f"build throughput: {len(records)} articles, {n_words:,} words, median of {rounds} interleaved rounds",
          flush=True)
    bare_nlp = spacy.load(model)
    kg_nlp = load_pipeline()
    for nlp in (bare_nlp, kg_nlp):  # warm-up, outside every timing
        for _ in nlp.pipe(texts[:16], batch_size=16):
            pass

    def pipe(nlp) -> float:
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        return time.perf_counter() - t0

    def kg_steady() -> float:  # the whole build in this process, pipeline already loaded
        store = tmp / "store-steady"
        shutil.rmtree(store, ignore_errors=True)
        t0 = time.perf_counter()
        with Store(store, mode="write") as s:
            build_articles(read_inputs([str(path)]), s, nlp=kg_nlp)
        return time.perf_counter() - t0

    def bare_script(n_process: int) -> float:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", BARE_SCRIPT, str(path), model, str(n_process)], check=True)
        return time.perf_counter() - t0

    def kg_cli(workers: int, split: str = "1") -> float:
        store = tmp / f"store-w{workers}"
        shutil.rmtree(store, ignore_errors=True)
        return kg_cli_build(path, store, "--workers", str(workers), env={"KG_SPLIT_EXTRACTION": split})

    paired_extraction(bare_nlp, kg_nlp, texts, rounds)

    runs = {
        "bare": lambda: pipe(bare_nlp), "extractor": lambda: pipe(kg_nlp), "kg": kg_steady,
        "bare-cli": lambda: bare_script(1), "kg-cli": lambda: kg_cli(1), "kg-cli-whole": lambda: kg_cli(1, "0"),
        "kg-cli2": lambda: kg_cli(2), "bare-cli2": lambda: bare_script(2),
    }
    results: dict[str, list[float]] = {k: [] for k in runs}
    for k in range(rounds):  # interleaved, so that load from elsewhere hits all alike
        for name, run in runs.items():
            results[name].append(run())
        print(f"  round {k + 1}: " + ", ".join(f"{name} {v[-1]:.1f} s" for name, v in results.items()), flush=True)
    seconds = {k: statistics.median(v) for k, v in results.items()}
    rate = {k: n_words / v for k, v in seconds.items()}

    def ratio(slow: str, fast: str) -> tuple[float, str]:
        """Median over the rounds of time[slow] / time[fast] (a speed ratio fast ÷ slow), and its spread."""
        each = [a / b for a, b in zip(results[slow], results[fast])]
        spread = f" (rounds {min(each):.2f}–{max(each):.2f})" if len(each) > 1 else ""
        return statistics.median(each), spread

    row("bare spaCy nlp.pipe (model loaded, 1 process)", f"{rate['bare']:,.0f} words/s")
    r, spread = ratio("bare", "extractor")
    row("spaCy + kg's extractor component, nlp.pipe", f"{rate['extractor']:,.0f} words/s "
        f"(the extraction rules take {100 * (1 - r):.0f} % of the time)")
    row("extraction: spaCy + kg_extractor ÷ bare spaCy nlp.pipe", f"{r:.2f}{spread}", "≥ 0.85", r >= 0.85)
    row("kg build in process (pipeline loaded: read, extract, RDF, store)", f"{rate['kg']:,.0f} words/s")
    r, spread = ratio("bare", "kg")
    row("kg build ÷ bare spaCy nlp.pipe, steady state", f"{r:.2f}{spread}", "≥ 0.85", r >= 0.85)
    r, spread = ratio("extractor", "kg")
    row("kg build ÷ spaCy + kg extractor, steady state (what reading, RDF and the store add)", f"{r:.2f}{spread}")
    row("`kg build` CLI, 1 worker, end to end", f"{rate['kg-cli']:,.0f} words/s")
    row("bare spaCy script (python, import, load, nlp.pipe), end to end", f"{rate['bare-cli']:,.0f} words/s")
    r, spread = ratio("bare-cli", "kg-cli")
    row("`kg build` ÷ bare spaCy script, end to end", f"{r:.2f}{spread}", "≥ 0.85", r >= 0.85)
    r, spread = ratio("bare-cli", "kg-cli-whole")
    row("the same with the worker extracting too (KG_SPLIT_EXTRACTION=0: the builder only writes)", f"{r:.2f}{spread}")
    w, spread = ratio("kg-cli", "kg-cli2")
    row("`kg build --workers 2` ÷ `--workers 1`", f"{w:.2f}×{spread}", "≥ 1.35", w >= 1.35)
    b, spread = ratio("bare-cli", "bare-cli2")
    row("bare spaCy n_process=2 ÷ n_process=1 (script, end to end)", f"{b:.2f}×{spread}")
    # unchanged re-run
    store = tmp / "store-rerun"
    t_first = kg_cli_build(path, store)
    t_again = kg_cli_build(path, store)
    row("`kg build` re-run of the unchanged corpus ÷ first build", f"{100 * t_again / t_first:.1f} % "
        f"({t_again:.2f} s vs {t_first:.1f} s)", "< 5 %", t_again / t_first < 0.05)


def paired_extraction(bare_nlp, kg_nlp, texts: list[str], rounds: int, chunk: int = 4) -> None:
    """The extraction ratio measured in pairs: bare spaCy and kg's pipeline take turns every ``chunk``
    articles (which goes first alternates), so that the machine's speed, which wanders by ±20 % over
    seconds on a shared host, is nearly the same for both sides of each pair.  Wall and CPU time are
    summed per side; each round's ratio is bare ÷ kg over the whole corpus (the same texts on both sides,
    so the ratio of times is the ratio of words per second), and the row shows their median."""
    import statistics

    chunks = [texts[i:i + chunk] for i in range(0, len(texts), chunk)]
    wall_ratios, cpu_ratios = [], []
    for k in range(rounds):
        wall = {"bare": 0.0, "kg": 0.0}
        cpu = {"bare": 0.0, "kg": 0.0}
        for j, part in enumerate(chunks):
            order = (("bare", bare_nlp), ("kg", kg_nlp))
            for name, nlp in (order if (j + k) % 2 == 0 else order[::-1]):
                w0, c0 = time.perf_counter(), time.process_time()
                for _ in nlp.pipe(part, batch_size=16):
                    pass
                wall[name] += time.perf_counter() - w0
                cpu[name] += time.process_time() - c0
        wall_ratios.append(wall["bare"] / wall["kg"])
        cpu_ratios.append(cpu["bare"] / cpu["kg"])
        print(f"  paired round {k + 1}: bare {wall['bare']:.1f} s, kg {wall['kg']:.1f} s "
              f"(CPU {cpu['bare']:.1f} s, {cpu['kg']:.1f} s)", flush=True)

    def shown(values: list[float]) -> str:
        spread = f" (rounds {min(values):.2f}–{max(values):.2f})" if len(values) > 1 else ""
        return f"{statistics.median(values):.2f}{spread}"

    r = statistics.median(wall_ratios)
    row(f"extraction ÷ bare spaCy, paired (turns every {chunk} articles): wall time", shown(wall_ratios),
        "≥ 0.85", r >= 0.85)
    row("the same, CPU time of this process", shown(cpu_ratios))


def kg_cli_build(path: Path, store: Path, *extra: str, env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run([str(KG), "build", str(path), "--store", str(store), "-q", *extra], check=True,
                   stdout=subprocess.DEVNULL, env={**os.environ, **(env or {})})
    return time.perf_counter() - t0


# -- 2. a 1M-triple store ---------------------------------------------------------


def article_graphs(records: list[dict]):
    """The real extraction output of the corpus, as EncodedGraphs."""
    from kg.build import Task, extract_chunk
    from kg.model import Article
    from kg.nlp.pipeline import load_pipeline, pipeline_info
    from kg.rdf.convert import content_hash

    nlp = load_pipeline()
    info = pipeline_info(nlp)
    articles = [Article(id=r["id"], text=r["text"], title=r.get("title"), date=r.get("date")) for r in records]
    built = extract_chunk(nlp, [Task(a, content_hash(a, info)) for a in articles])
    return [b.graph for b in built if b.graph is not None]


def synthetic_store(records: list[dict], target: int, tmp: Path) -> tuple[Path, int, float]:
    """A store of about ``target`` quads: copies of the real article graphs under new ids."""
    from kg.store import EncodedGraph, Store

    graphs = article_graphs(records)
    per_copy = sum(g.size for g in graphs)
    copies = max(1, round(target / per_copy))
    path = tmp / "big-store"
    shutil.rmtree(path, ignore_errors=True)
    t0 = time.perf_counter()
    with Store(path, mode="write") as store:
        for k in range(copies):
            batch = []
            for g in graphs:
                new = f"{g.article_id}-c{k}"
                data = g.ntriples.replace(f"/{g.article_id}".encode(), f"/{new}".encode())
                data = data.replace(f'"{g.article_id}"'.encode(), f'"{new}"'.encode())
                batch.append(EncodedGraph(new, g.graph.replace(g.article_id, new), data, g.size, g.content_hash))
            store.replace_articles(batch)
    seconds = time.perf_counter() - t0
    with Store(path) as store:
        n = sum(1 for _ in store.quads())
    return path, n, seconds


def bench_store(records: list[dict], target: int, tmp: Path, rdflib_too: bool) -> None:
    import pyoxigraph as ox

    from kg.export import export
    from kg.query import run_query
    from kg.rdf.vocab import PREFIXES
    from kg.store import Store

    print(f"store: about {target:,} triples from copies of real article graphs", flush=True)
    path, n, load_s = synthetic_store(records, target, tmp)
    row(f"load {n:,} quads through kg (article batches, transactional)", f"{load_s:.1f} s ({n / load_s:,.0f} quads/s)")

    with Store(path) as store:
        t0 = time.perf_counter()
        summary = export(store, "turtle", tmp / "big.ttl")
        row(f"Turtle export of {n:,} quads ({summary.statements:,} distinct triples)", f"{time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        summary = export(store, "nq", tmp / "big.nq")
        row(f"N-Quads export of {summary.statements:,} quads", f"{time.perf_counter() - t0:.1f} s")

    def timed(fn, repeat: int = 3) -> float:
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - t0)
        return best

    kg_times: dict[str, float] = {}
    with Store(path) as store:
        raw = store.oxigraph
        for name, q in QUERIES.items():
            t_kg = timed(lambda q=q: run_query(store, q, "json"))
            t_raw = timed(lambda q=q: raw.query(q, prefixes=PREFIXES, use_default_graph_as_union=True).serialize(
                format=ox.QueryResultsFormat.JSON))
            kg_times[name] = t_kg
            r = t_kg / t_raw
            row(f"kg query ÷ raw pyoxigraph: {name}", f"{r:.2f} ({t_kg * 1000:.0f} ms vs {t_raw * 1000:.0f} ms)",
                "≤ 1.2", r <= 1.2)
    # the CLI, start-up included, against a bare python + pyoxigraph script
    q = QUERIES["top actors"]
    t_cli = timed(lambda: subprocess.run([str(KG), "query", q, "--format", "json", "--store", str(path)],
                                         check=True, stdout=subprocess.DEVNULL), 2)
    script = ("import sys, pyoxigraph as ox; from kg.rdf.vocab import PREFIXES; "
              "s = ox.Store.read_only(sys.argv[1] + '/oxigraph'); "
              "sys.stdout.buffer.write(s.query(sys.argv[2], prefixes=PREFIXES, use_default_graph_as_union=True)"
              ".serialize(format=ox.QueryResultsFormat.JSON))")
    t_py = timed(lambda: subprocess.run([sys.executable, "-c", script, str(path), q], check=True,
                                        stdout=subprocess.DEVNULL), 2)
    row("`kg query` CLI ÷ python+pyoxigraph script (top actors, start-up included)",
        f"{t_cli / t_py:.2f} ({t_cli:.2f} s vs {t_py:.2f} s)", "≤ 1.2", t_cli / t_py <= 1.2)

    if rdflib_too:
        import rdflib

        t0 = time.perf_counter()
        ds = rdflib.Dataset(default_union=True)
        ds.parse(tmp / "big.nq", format="nquads")
        for prefix, iri in PREFIXES.items():
            ds.bind(prefix, iri)
        row(f"rdflib: parse {n:,} quads into memory", f"{time.perf_counter() - t0:.0f} s")
        prologue = "".join(f"PREFIX {p}: <{i}>\n" for p, i in PREFIXES.items())
        for name in QUERIES:
            t0 = time.perf_counter()
            list(ds.query(prologue + QUERIES[name]))
            t_rdflib = time.perf_counter() - t0
            r = t_rdflib / kg_times[name]
            row(f"rdflib in-memory ÷ kg query: {name}", f"{r:,.0f}× ({t_rdflib:.1f} s vs {kg_times[name] * 1000:.0f} ms)",
                "≥ 30", r >= 30)


# -- 3. memory of a big build ------------------------------------------------------


def bench_big_build(records: list[dict], articles: int, tmp: Path, workers: int) -> None:
    copies = -(-articles // len(records))
    data = repeated(records, copies)[:articles]
    path = write_jsonl(data, tmp / "big-build.jsonl")
    store = tmp / "big-build-store"
    print(f"big build: {len(data):,} articles ({words(data):,} words), {workers} workers", flush=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(KG), "build", str(path), "--store", str(store), "-q", "--workers", str(workers)],
                            stdout=subprocess.PIPE, text=True)
    with PeakRss(proc.pid) as rss:
        out, _ = proc.communicate()
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"bench: big build failed ({proc.returncode})")
    row(f"build of {len(data):,} articles, {workers} workers", f"{seconds / 60:.1f} min ({len(data) / seconds:.1f} articles/s)")

    def at(fraction: float) -> float:  # the largest RSS seen in the 5 % of the run before ``fraction``
        window = [r for t, r in rss.samples if (fraction - 0.05) * seconds <= t <= fraction * seconds]
        return max(window, default=0.0)

    trend = " / ".join(f"{at(f):,.0f}" for f in (0.25, 0.5, 0.75, 0.95))
    row("peak RSS of that build (builder + workers)", f"{rss.peak:,.0f} MiB (at 25 / 50 / 75 / 95 %: {trend} MiB)")


def bench_long_article(records: list[dict], megabytes: int, seconds: float, tmp: Path) -> None:
    """A very long article: built in parts with bounded memory (run for a while, then stopped)."""
    import psutil

    text = "\n\n".join(r["text"] for r in records)
    big = (text + "\n\n") * (megabytes * 2**20 // (len(text) + 2) + 1)
    path = tmp / "long.txt"
    path.write_text(big[: megabytes * 2**20], encoding="utf-8")
    store = tmp / "long-store"
    print(f"long article: {megabytes} MB in one file, built for {seconds:.0f} s", flush=True)
    proc = subprocess.Popen([str(KG), "build", str(path), "--store", str(store), "-q"], stdout=subprocess.DEVNULL)
    with PeakRss(proc.pid) as rss:
        try:
            proc.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            children = psutil.Process(proc.pid).children(recursive=True)
            proc.kill()
            proc.wait()
            psutil.wait_procs(children, timeout=10)
    with_parts = ""
    if (store / "kg-store.json").exists():
        from kg.store import Store

        with Store(store) as s:
            n = sum(1 for _ in s.quads())
        with_parts = f", {n:,} quads written"
    row(f"peak RSS while building a {megabytes} MB article (first {seconds:.0f} s{with_parts})", f"{rss.peak:,.0f} MiB")


def machine() -> str:
    import psutil
    import pyoxigraph
    import spacy

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{cpu}, {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB RAM, "
            f"Python {platform.python_version()}, spaCy {spacy.__version__}, pyoxigraph {pyoxigraph.__version__}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sizes (a few minutes)")
    ap.add_argument("--only", choices=("build", "store", "big", "long"), action="append", help="run only these parts")
    ap.add_argument("--articles", type=int, help="articles in the big build (default 10,000; --quick 500)")
    ap.add_argument("--triples", type=int, help="size of the query store (default 1,000,000; --quick 200,000)")
    ap.add_argument("--no-rdflib", action="store_true", help="skip the (slow) rdflib comparison")
    ap.add_argument("--rounds", type=int, help="interleaved rounds of the build comparison (default 5; --quick 3)")
    args = ap.parse_args()
    parts = set(args.only or ("build", "store", "big", "long"))
    records = corpus()
    n_words = words(records)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp_name:
        tmp = Path(tmp_name)
        print(f"machine: {machine()}", flush=True)
        if "build" in parts:
            target = 30_000 if args.quick else 100_000
            rounds = args.rounds or (3 if args.quick else 5)
            bench_build(repeated(records, max(1, round(target / n_words))), tmp, rounds)
        if "store" in parts:
            bench_store(records, args.triples or (200_000 if args.quick else 1_000_000), tmp, not args.no_rdflib)
        if "long" in parts:
            bench_long_article(records, 20, 30 if args.quick else 120, tmp)
        if "big" in parts:
            bench_big_build(records, args.articles or (500 if args.quick else 10_000), tmp, 2)
    print()
    print(f"machine: {machine()}")
    print()
    print("| measure | result | goal |")
    print("|---|---|---|")
    for r in ROWS:
        goal = r.goal + ("" if r.ok is None else (" ✓" if r.ok else " ✗"))
        print(f"| {r.measure} | {r.value} | {goal} |")


if __name__ == "__main__":
    main()
