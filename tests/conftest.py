"""Shared fixtures: the real spaCy pipeline, a store built from the seed article, the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "venezuela-releases.txt"


def _shared() -> Path:
    """The read-only ../shared material: $KG_SHARED, else beside the checkout, else /work/shared."""
    for candidate in (os.environ.get("KG_SHARED"), ROOT.parent / "shared", "/work/shared"):
        if candidate and Path(candidate, "eval").is_dir():
            return Path(candidate)
    return ROOT.parent / "shared"


SHARED = _shared()
KG = Path(sys.executable).with_name("kg")


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, nlp) -> Path:
    """A store holding the seed article, built once with the real model (read it, don't write)."""
    from kg.build import build_articles
    from kg.ingest import read_inputs
    from kg.store import Store

    path = tmp_path_factory.mktemp("seed") / "store"
    with Store(path, mode="write") as store:
        summary = build_articles(read_inputs([str(SEED)]), store, nlp=nlp)
    assert summary.articles == 1 and summary.events > 0
    return path


def run_kg(*args: str, input: str | bytes | None = None, cwd: Path | None = None, env: dict | None = None, timeout: float = 300):
    """Run the installed ``kg`` console script; returns CompletedProcess with text output."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("KG_DEBUG", None)
    data = input.encode("utf-8") if isinstance(input, str) else input
    proc = subprocess.run([str(KG), *args], input=data, capture_output=True, cwd=cwd, env=full_env, timeout=timeout)
    proc.stdout = proc.stdout.decode("utf-8", "replace")
    proc.stderr = proc.stderr.decode("utf-8", "replace")
    return proc


@pytest.fixture
def kg_cli():
    return run_kg


def country_extraction():
    """A hand-built Extraction (no spaCy) with two countries and their ISO codes: Venezuela
    (named, an actor) and Brazil (only the country of Lula), for the converter and the exports."""
    from kg.model import Article, Entity, Event, Extraction, Mention, PipelineInfo, Sentence

    text = "Venezuela released 13 people. President Nicolás Maduro met Lula."
    s0, s1 = Sentence(0, 0, 29, text[0:29]), Sentence(1, 30, 64, text[30:64])

    def mention(start: int, end: int, sentence: int) -> Mention:
        return Mention(start, end, text[start:end], sentence)

    entities = (
        Entity("venezuela", "Venezuela", "Country", mentions=(mention(0, 9, 0),), iso_code="VEN"),
        Entity("13-people", "13 people", "Group", mentions=(mention(19, 28, 0),), scope="article", size=13),
        Entity("nicolas-maduro", "Nicolás Maduro", "Person", mentions=(mention(40, 54, 1),), country="venezuela",
               sector="GOV", titles=("President",)),
        Entity("lula", "Lula", "Person", mentions=(mention(59, 63, 1),), country="brazil"),
        Entity("brazil", "Brazil", "Country", iso_code="BRA"),
    )
    events = (
        Event("s0-t10", "RETREAT", "Release", mention(10, 18, 0), s0, actors=("venezuela",), recipients=("13-people",)),
        Event("s1-t55", "CONSULT", "Meeting", mention(55, 58, 1), s1,
              actors=("nicolas-maduro",), recipients=("lula",)),
    )
    article = Article("countries-1", text, title="Countries", date="2025-01-12")
    return Extraction(article, (s0, s1), entities, events, PipelineInfo("en_core_web_sm", "3.8.0", "0.1.0"))
