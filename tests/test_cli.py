"""The kg command as users drive it: help, errors as one line, exit codes, nothing half-written."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from conftest import SEED, run_kg

COMMANDS = ["build", "query", "export", "view", "validate", "eval", "remove", "serve"]


def _one_clean_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr
    assert len(lines) == 1, stderr
    return lines[0]


def test_version_and_help():
    from kg import __version__

    out = run_kg("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"kg {__version__}"
    top = run_kg("--help")
    assert top.returncode == 0
    for name in COMMANDS:
        assert name in top.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    out = run_kg(command, "--help")
    assert out.returncode == 0
    assert "examples:" in out.stdout and f"kg {command}" in out.stdout.split("examples:")[1]


def test_missing_input_path_changes_nothing(tmp_path):
    out = run_kg("build", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "s"))
    assert out.returncode == 2
    assert _one_clean_line(out.stderr) == f"kg: error: no such file or folder: {tmp_path / 'nope.txt'}"
    assert not (tmp_path / "s").exists()


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\n", "empty"),
        ("scan.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "binary file"),
        ("latin.txt", "Le président a été arrêté.".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_unreadable_single_article_is_an_error(tmp_path, name, data, reason):
    f = tmp_path / name
    f.write_bytes(data)
    out = run_kg("build", str(f), "--store", str(tmp_path / "s"))
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert lines[0].startswith(f"kg: warning: {f}: ") and reason in lines[0]
    assert lines[-1] == "kg: error: nothing was built"


def test_query_errors(seed_store):
    bad = run_kg("query", "SELECT ?s WHERE { ?s ?p }", "--store", str(seed_store))
    assert bad.returncode == 2
    line = _one_clean_line(bad.stderr)
    assert line.startswith("kg: error: SPARQL syntax error: error at 1:")
    upd = run_kg("query", "DELETE WHERE { ?s ?p ?o }", "--store", str(seed_store))
    assert upd.returncode == 2 and "read-only" in _one_clean_line(upd.stderr)
    still = run_kg("query", "ASK { ?e a pe:Event }", "--store", str(seed_store))
    assert still.stdout.strip() == "yes"
    fmt = run_kg("query", "ASK {}", "--format", "xml", "--store", str(seed_store))
    assert fmt.returncode == 2 and "invalid choice" in fmt.stderr and "Traceback" not in fmt.stderr


def test_query_from_file_and_missing_file(seed_store, tmp_path):
    q = tmp_path / "n.rq"
    q.write_text("SELECT (COUNT(?e) AS ?n) WHERE { ?e a pe:Event }", encoding="utf-8")
    out = run_kg("query", f"@{q}", "--format", "json", "--store", str(seed_store))
    assert out.returncode == 0
    assert int(json.loads(out.stdout)["results"]["bindings"][0]["n"]["value"]) > 0
    missing = run_kg("query", f"@{tmp_path / 'none.rq'}", "--store", str(seed_store))
    assert missing.returncode == 2 and "no such query file" in _one_clean_line(missing.stderr)


def test_missing_store(tmp_path):
    out = run_kg("query", "ASK {}", "--store", str(tmp_path / "none"))
    assert out.returncode == 1
    assert "no store at" in _one_clean_line(out.stderr)
    assert not (tmp_path / "none").exists()


def test_unknown_export_format(seed_store, tmp_path):
    out = run_kg("export", "--format", "xml", "-o", str(tmp_path / "g.xml"), "--store", str(seed_store))
    assert out.returncode == 2 and "unknown export format" in _one_clean_line(out.stderr)
    assert not (tmp_path / "g.xml").exists()


def test_unwritable_export_path(seed_store, tmp_path):
    (tmp_path / "file").write_text("x")
    out = run_kg("export", "-o", str(tmp_path / "file" / "g.ttl"), "--store", str(seed_store))
    assert out.returncode == 1 and "cannot write" in _one_clean_line(out.stderr)


def test_locked_store_is_reported_busy(tmp_path, seed_store):
    hold = textwrap.dedent(
        """
        import sys, time
        from kg.store import Store
        s = Store(sys.argv[1], mode="write")
        print("locked", flush=True)
        time.sleep(60)
        """
    )
    store = tmp_path / "s"
    proc = subprocess.Popen([sys.executable, "-c", hold, str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        build = run_kg("build", str(SEED), "--store", str(store))
        assert build.returncode == 3 and "in use by another kg process" in _one_clean_line(build.stderr)
        query = run_kg("query", "ASK {}", "--store", str(store))
        assert query.returncode == 3 and "busy" in _one_clean_line(query.stderr)
    finally:
        proc.kill()
        proc.wait()


def test_start_up_stays_light():
    """`kg build` pays every import before its workers start: networkx and rdflib are not needed for it,
    and the formats the help repeats from kg.analysis stay the same."""
    from kg import cli
    from kg.analysis import NETWORK_FORMATS

    assert cli._NETWORK_FORMATS == NETWORK_FORMATS
    code = ("import sys, kg.cli, kg.build; kg.cli.make_parser(); "
            "print(sorted(m for m in ('networkx', 'rdflib', 'spacy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_eval_main_events_option(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "m1", "text": "Police arrested three journalists in Minsk on Monday.",
                                "annotated_types": ["COERCE"], "events": [{"type": "COERCE", "actor": ["police"],
                                "recipient": ["journalists"], "evidence": "Police arrested three journalists"}]}) + "\n")
    proc = run_kg("eval", str(gold), "--main-events", "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["gold"] == "gold.jsonl (main events only)"
    assert report["typed"]["tp"] == 1
