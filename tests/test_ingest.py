"""Reading inputs: every kind of path, and every kind of bad input, without a traceback."""

from __future__ import annotations

import io
import json

import pytest

from kg.errors import InputError
from kg.ingest import MAX_CHARS, Skipped, read_inputs, read_stdin
from kg.model import Article


def _items(paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_txt_file_id_is_the_stem(tmp_path):
    f = tmp_path / "story-1.txt"
    f.write_text("The police arrested two men in Lagos.", encoding="utf-8")
    [item] = _items([f])
    assert isinstance(item, Article)
    assert item.id == "story-1" and item.text.startswith("The police")


def test_folder_reads_txt_and_jsonl_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("Alpha text.", encoding="utf-8")
    (tmp_path / "b" / "c.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Jay one."}) + "\n" + json.dumps({"id": "j2", "text": "Jay two."}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    ids = [i.id for i in _items([tmp_path])]
    assert ids == ["a", "j1", "j2"]


def test_jsonl_metadata_is_kept_and_dates_normalised(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text(
        json.dumps({"id": 7, "text": "T.", "title": " Head ", "date": "2025-01-12T08:00:00Z", "url": "https://e.org/a"})
        + "\n"
        + json.dumps({"id": "bad-date", "text": "T.", "date": "last Tuesday"})
        + "\n",
        encoding="utf-8",
    )
    first, second = _items([f])
    assert (first.id, first.title, first.date, first.url) == ("7", "Head", "2025-01-12", "https://e.org/a")
    assert second.date is None


def test_malformed_jsonl_line_is_skipped_and_named(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(
        '{"id": "ok1", "text": "Fine."}\n{"id": "broken", "text": \n{"id": "ok2", "text": "Also fine."}\n',
        encoding="utf-8",
    )
    items = _items([f])
    assert [i.id for i in items if isinstance(i, Article)] == ["ok1", "ok2"]
    [skip] = [i for i in items if isinstance(i, Skipped)]
    assert skip.origin.endswith("c.jsonl:2")
    assert "malformed JSON" in skip.message()


@pytest.mark.parametrize(
    "line, reason",
    [
        ('{"text": "no id"}', 'missing or empty "id"'),
        ('{"id": "", "text": "empty id"}', 'missing or empty "id"'),
        ('{"id": "n"}', 'missing "text"'),
        ('{"id": "n", "text": 5}', 'missing "text"'),
        ('{"id": "n", "text": "   "}', "empty"),
        ('["not", "an", "object"]', "JSON object"),
    ],
)
def test_jsonl_field_problems(tmp_path, line, reason):
    f = tmp_path / "d.jsonl"
    f.write_text(line + "\n", encoding="utf-8")
    [skip] = _items([f])
    assert isinstance(skip, Skipped) and reason in skip.reason


def test_duplicate_ids_keep_the_first(tmp_path):
    f = tmp_path / "e.jsonl"
    f.write_text('{"id": "a", "text": "One."}\n{"id": "a", "text": "Two."}\n', encoding="utf-8")
    first, dup = _items([f])
    assert first.text == "One."
    assert isinstance(dup, Skipped) and "duplicate id 'a'" in dup.reason and "e.jsonl:1" in dup.reason


def test_empty_whitespace_binary_and_latin1_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t \n")
    (tmp_path / "doc.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin.txt").write_bytes("Le président a été arrêté.".encode("latin-1"))
    reasons = {i.origin.rsplit("/", 1)[-1]: i.reason for i in _items([tmp_path])}
    assert reasons["blank.txt"].startswith("empty") and reasons["empty.txt"].startswith("empty")
    assert reasons["doc.txt"].startswith("binary") and reasons["img.txt"].startswith("binary")
    assert "not valid UTF-8" in reasons["latin.txt"] and "0xe9" in reasons["latin.txt"]


def test_too_long_article_is_refused_clearly(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_text("word " * (MAX_CHARS // 5 + 10), encoding="utf-8")
    [skip] = _items([f])
    assert isinstance(skip, Skipped) and "limit" in skip.reason


def test_missing_path_and_wrong_type_raise_before_reading(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        read_inputs([str(tmp_path / "nope.txt")])
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="unsupported file type .pdf"):
        read_inputs([str(tmp_path / "x.pdf")])
    (tmp_path / "empty-dir").mkdir()
    with pytest.raises(InputError, match="no .txt or .jsonl files"):
        read_inputs([str(tmp_path / "empty-dir")])
    with pytest.raises(InputError, match="no input"):
        read_inputs([])


def test_stdin_plain_text_and_jsonl():
    [a] = read_stdin(io.TextIOWrapper(io.BytesIO("Protesters marched in Minsk.".encode()), encoding="utf-8"), "cli-1")
    assert a.id == "cli-1" and a.text.startswith("Protesters")
    data = '{"id": "s1", "text": "One."}\n\n{"id": "s2", "text": "Two."}\n'
    items = list(read_stdin(io.TextIOWrapper(io.BytesIO(data.encode()), encoding="utf-8")))
    assert [i.id for i in items] == ["s1", "s2"]
