"""Building at scale: parallel workers, streaming with bounded look-ahead, skipping unchanged
articles without loading spaCy, long articles in parts, progress output, removing articles."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED, run_kg
from kg.build import build, build_articles
from kg.nlp.identity import installed_pipeline_info
from kg.ingest import count_articles, read_inputs, split_text
from kg.model import Article
from kg.progress import Progress, ProgressReporter, describe
from kg.store import Store


def _seed_articles(folder: Path, name: str = "articles.jsonl") -> Path:
    """Each line of the seed article as an article of its own (they share entities)."""
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = folder / name
    with open(path, "w", encoding="utf-8") as fh:
        for i, text in enumerate(lines):
            fh.write(json.dumps({"id": f"line-{i}", "text": text}) + "\n")
    return path


def _quads(store: Path) -> set[tuple[str, str]]:
    with Store(store) as s:
        return {(q.graph_name.value, str(q.triple)) for q in s.quads()}


def test_pipeline_identity_without_spacy_matches_the_loaded_pipeline(nlp):
    from kg.nlp.pipeline import pipeline_info

    assert installed_pipeline_info() == pipeline_info(nlp)
    assert installed_pipeline_info("no_such_model_xyz") is None


@pytest.mark.parametrize("workers, split", [(1, "1"), (1, "0"), (2, "1")])
def test_workers_build_the_same_store_as_one_process(tmp_path, nlp, workers, split, monkeypatch):
    """One worker that only parses (the builder extracts from its Docs and makes the RDF), one that does
    it all, or two: the same store as extraction in this process."""
    monkeypatch.setenv("KG_SPLIT_EXTRACTION", split)
    articles = _seed_articles(tmp_path)
    with Store(tmp_path / "inline", mode="write") as store:
        inline = build_articles(read_inputs([str(articles)]), store, nlp=nlp)
    parallel = build([articles], tmp_path / "parallel", workers=workers)
    assert (parallel.articles, parallel.sentences, parallel.entities, parallel.events, parallel.triples) == (
        inline.articles, inline.sentences, inline.entities, inline.events, inline.triples)
    assert parallel.articles == 10
    assert _quads(tmp_path / "parallel") == _quads(tmp_path / "inline")


def test_input_is_read_lazily_with_bounded_look_ahead(tmp_path):
    """The builder never holds more than a few chunks of articles: memory stays flat for any corpus."""
    consumed = 0
    lead = 0
    n = 150

    def items():
        nonlocal consumed
        for i in range(n):
            consumed += 1
            yield Article(id=f"a{i}", text=f"Police arrested {i + 2} men in Lagos on Monday.", origin=f"gen:{i}")

    def progress(p: Progress) -> None:
        nonlocal lead
        lead = max(lead, consumed - p.done)

    with Store(tmp_path / "s", mode="write") as store:
        summary = build_articles(items(), store, workers=1, batch_size=8, on_progress=progress)
        assert len(store.article_graphs()) == n
    assert summary.articles == n
    assert 0 < lead <= 3 * 8 + 1, lead  # two chunks in flight and one being filled


def test_unchanged_rebuild_loads_no_model_and_starts_no_worker(tmp_path):
    articles = _seed_articles(tmp_path)
    first = run_kg("build", str(articles), "--store", str(tmp_path / "s"))
    assert first.returncode == 0, first.stderr
    probe = (
        "import sys, multiprocessing, kg\n"
        "s = kg.build([sys.argv[1]], sys.argv[2])\n"
        "print(s.articles, s.skipped, 'spacy' in sys.modules, len(multiprocessing.active_children()))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, str(articles), str(tmp_path / "s")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["0", "10", "False", "0"]


def test_long_article_is_built_in_parts_with_offsets_into_the_whole_text(tmp_path, nlp):
    from kg.validate import validate

    text = "\n\n".join(SEED.read_text(encoding="utf-8") for _ in range(3))
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    assert len(split_text(text, 1500)) >= 5
    with Store(tmp_path / "s", mode="write") as store:
        summary = build_articles(read_inputs([str(path)]), store, nlp=nlp, part_chars=1500)
        again = build_articles(read_inputs([str(path)]), store, nlp=nlp, part_chars=1500)
    assert summary.articles == 1 and summary.events > 20
    assert again.skipped == 1 and again.articles == 0, "the content hash is written after the last part"
    with Store(tmp_path / "s") as store:
        rows = list(store.select("SELECT ?e ?s ?a ?b WHERE { ?e pe:sourceText ?s ; pe:sourceStart ?a ; pe:sourceEnd ?b }"))
        hashes = list(store.select("SELECT ?h WHERE { ?x pe:contentHash ?h }"))
        report = validate(store)
    assert len(hashes) == 1
    assert rows and all(text[int(r["a"].value): int(r["b"].value)] == r["s"].value for r in rows)
    assert max(int(r["a"].value) for r in rows) > 2 * len(text) // 3, "events from the last part, shifted"
    assert len({r["e"].value for r in rows}) == len(rows), "event IRIs are unique across parts"
    assert report.conforms, report.text()


@pytest.mark.parametrize("limit", [50, 200, 1000])
def test_split_text_cuts_at_paragraph_ends_and_keeps_every_character(limit):
    text = "\n\n".join(f"Paragraph {i}. " + "word " * (i * 7 % 40) for i in range(60)) + "x" * 120
    parts = split_text(text, limit)
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= limit for _, p in parts)
    assert all(text[off: off + len(p)] == p for off, p in parts)
    for off, part in parts[:-1]:  # a paragraph end in the second half of the window is where it cuts
        if text.find("\n\n", off + limit // 2, off + limit) != -1:
            assert part.endswith("\n\n"), part
    assert any(p.endswith("\n\n") for _, p in parts)
    assert split_text("short", limit) == [(0, "short")]


def test_progress_lines_when_not_a_terminal_and_quiet(tmp_path):
    articles = _seed_articles(tmp_path)
    noisy = run_kg("build", str(articles), "--store", str(tmp_path / "a"), env={"KG_PROGRESS_INTERVAL": "0"})
    assert noisy.returncode == 0
    lines = noisy.stderr.splitlines()
    assert lines and all(line.startswith("kg: build: ") for line in lines), noisy.stderr
    assert any("/10 articles" in line and "articles/s" in line for line in lines)
    assert noisy.stdout.count("\n") == 1 and noisy.stdout.startswith("built 10 articles")
    quiet = run_kg("build", str(articles), "--store", str(tmp_path / "b"), "--quiet", env={"KG_PROGRESS_INTERVAL": "0"})
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_progress_bar_on_a_terminal():
    out = io.StringIO()
    bar = ProgressReporter(out, tty=True)
    bar._last = 0.0  # due at once
    bar(Progress(done=25, built=20, seconds=5.0, unchanged=5, total=100))
    text = out.getvalue()
    assert text.startswith("\r") and "[#####---------------]" in text and "25/100 articles" in text
    assert "5.0 articles/s" in text and "ETA 0:15" in text
    bar.finish()
    assert out.getvalue().endswith("\r")
    assert describe(Progress(done=3, built=3, seconds=2.0)) == "3 articles · 1.5 articles/s"


def test_count_articles_is_cheap_and_close(tmp_path):
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_bytes(b'{"id": 1, "text": "x"}\n{"id": 2, "text": "y"}\n{"id": 3, "text": "z"}')
    txt = tmp_path / "b.txt"
    txt.write_text("hello")
    assert count_articles([jsonl, txt]) == 4
    assert count_articles([txt, "-"]) is None


def test_remove_drops_only_what_came_from_the_article(tmp_path, nlp):
    articles = _seed_articles(tmp_path)
    entities = "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x a ?c } FILTER(STRSTARTS(STR(?x), 'https://w3id.org/kg/id/entity/')) }"
    in_line_0 = entities.replace("GRAPH ?g", "GRAPH <https://w3id.org/kg/id/graph/line-0>")
    with Store(tmp_path / "s", mode="write") as store:
        build_articles(read_inputs([str(articles)]), store, nlp=nlp)
        before = {r["x"].value for r in store.select(entities)}
        line_0 = {r["x"].value for r in store.select(in_line_0)}
    venezuela = "https://w3id.org/kg/id/entity/venezuela"
    assert venezuela in line_0 and len(line_0) >= 3
    out = run_kg("remove", "line-0", "line-0", "--store", str(tmp_path / "s"))
    assert out.returncode == 0 and out.stdout.strip() == "removed 1 article"
    with Store(tmp_path / "s") as store:
        assert "https://w3id.org/kg/id/graph/line-0" not in store.article_graphs()
        assert not list(store.select("SELECT ?e WHERE { ?e prov:wasDerivedFrom <https://w3id.org/kg/id/article/line-0> }"))
        after = {r["x"].value for r in store.select(entities)}
        assert list(store.select(f"SELECT ?l WHERE {{ <{venezuela}> rdfs:label ?l }}")), "shared entities keep their facts"
    assert venezuela in after, "other lines name Venezuela too"
    assert after == before - (line_0 - after) and line_0 - after, "entities named only in line 0 are gone"
    unknown = run_kg("remove", "nope", "--store", str(tmp_path / "s"))
    assert unknown.returncode == 1 and unknown.stdout.strip() == "removed 0 articles"
    assert unknown.stderr.strip() == "kg: warning: no article 'nope' in the store"


def test_split_extraction_isolates_a_failing_article(monkeypatch):
    """With one worker, the worker parses and the builder extracts: an article that breaks either
    side fails alone, the others of its chunk are built, in order."""
    from kg.build import Task, _Extractor, parse_chunk
    from kg.nlp.pipeline import load_pipeline, pipeline_info
    from kg.rdf.convert import content_hash

    parser = load_pipeline()
    info = pipeline_info(parser)
    parser.remove_pipe("kg_extractor")
    parser.max_length = 60  # a longer text breaks the parse
    extractor = _Extractor(None)
    texts = ["Police arrested two men in Lagos.", "BOOM: the extractor breaks here.",
             "Protesters marched in Paris on Monday, and police arrested forty of them.", "Troops fired on a crowd."]
    tasks = [Task(Article(id=f"a{i}", text=t), content_hash(Article(id=f"a{i}", text=t), info))
             for i, t in enumerate(texts)]
    component = type(extractor.nlp.get_pipe("kg_extractor"))
    original = component.__call__

    def flaky(self, doc):
        if "BOOM" in doc.text:
            raise ValueError("boom")
        return original(self, doc)

    monkeypatch.setattr(component, "__call__", flaky)
    built = extractor(tasks, parse_chunk(parser, tasks))
    assert [b.article_id for b in built] == ["a0", "a1", "a2", "a3"]
    assert [b.graph is not None for b in built] == [True, False, False, True]
    assert built[1].error.startswith("ValueError") and built[2].error.startswith("ValueError")
