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
