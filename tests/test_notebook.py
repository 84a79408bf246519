"""notebooks/walkthrough.ipynb runs offline from top to bottom and shows its answers."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")  # test extras; a missing one is a skip, not an error
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "walkthrough.ipynb"
KERNEL = "kg-walkthrough-test"


@pytest.fixture(scope="module")
def executed(tmp_path_factory) -> nbformat.NotebookNode:
    # a kernelspec of our own, so the notebook runs with this interpreter (the project's venv)
    # whatever kernels the machine has registered
    jupyter = tmp_path_factory.mktemp("jupyter")
    spec = jupyter / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "kg test kernel",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    mp = pytest.MonkeyPatch()
    mp.setenv("JUPYTER_PATH", str(jupyter))
    try:
        nb = nbformat.read(NOTEBOOK, as_version=4)
        client = nbclient.NotebookClient(
            nb,
            timeout=600,
            kernel_name=KERNEL,
            resources={"metadata": {"path": str(NOTEBOOK.parent)}},
        )
        client.execute()  # raises CellExecutionError on the first failing cell
    finally:
        mp.undo()
    return nb


def _cell(nb, tag: str):
    found = [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]
    assert len(found) == 1, f"one cell tagged {tag!r} expected"
    return found[0]


def _html(cell) -> str:
    return "".join(o["data"]["text/html"] for o in cell.outputs if "text/html" in o.get("data", {}))


def _rows(html: str) -> int:
    body = re.search(r"<tbody>(.*?)</tbody>", html, re.DOTALL)
    return len(re.findall(r"<tr\b", body.group(1))) if body else 0


def test_notebook_is_stored_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)
    assert any(c.cell_type == "markdown" for c in nb.cells)


@pytest.mark.slow
def test_notebook_runs_without_errors(executed):
    for cell in executed.cells:
        if cell.cell_type == "code":
            assert not [o for o in cell.outputs if o.get("output_type") == "error"]
            assert not [o for o in cell.outputs if o.get("name") == "stderr" and "Traceback" in o.get("text", "")]


@pytest.mark.slow
def test_notebook_answers_who_detained_whom(executed):
    html = _html(_cell(executed, "arrests"))
    assert "dataframe" in html
    assert _rows(html) >= 1
    for column in ("who", "whom", "how_many", "according_to", "sentence"):
        assert f"<th>{column}</th>" in html


@pytest.mark.slow
def test_notebook_ranks_entities(executed):
    cell = _cell(executed, "ranking")
    assert _rows(_html(cell)) >= 1
    printed = "".join(o.get("text", "") for o in cell.outputs if o.get("output_type") == "stream")
    assert re.search(r"\d+ entities, \d+ facts, \d+ connected components", printed)


@pytest.mark.slow
def test_notebook_shows_the_view_inline(executed):
    html = _html(_cell(executed, "view"))
    assert "<iframe srcdoc=" in html
    assert "vis-network" in html or "vis.Network" in html or "kg-view" in html  # the page itself is inlined
