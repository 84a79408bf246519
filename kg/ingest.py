"""Paths, JSONL lines and stdin → :class:`~kg.model.Article` records.

Bad input is handled here, once: problems that stop the whole run (a missing
path, an empty folder) raise :class:`~kg.errors.InputError` before anything
is built; problems with one document inside a batch (an empty file, a
malformed JSONL line, a duplicate id) become a :class:`Skipped` record that
the builder reports as a warning, and the rest of the batch is still built.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .errors import InputError
from .model import Article

SUFFIXES = (".txt", ".jsonl")
#: spaCy's own default ``nlp.max_length``; longer articles are refused with a clear message.
MAX_CHARS = 1_000_000
_SNIFF = 8192


@dataclass(frozen=True)
class Skipped:
    """A document that could not be read; ``reason`` is a complete sentence."""

    origin: str
    reason: str

    def message(self) -> str:
        return f"{self.origin}: {self.reason}; skipped"


Item = Article | Skipped


def _decode(data: bytes, origin: str) -> str | Skipped:
    """UTF-8 text, or a Skipped record saying why not."""
    head = data[:_SNIFF]
    if b"\x00" in head or head.startswith((b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8")):
        return Skipped(origin, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return Skipped(
            origin,
            f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "convert it first, e.g. `iconv -f latin1 -t utf-8`",
        )
    return text


def _check_text(text: str, origin: str) -> str | Skipped:
    if not text.strip():
        return Skipped(origin, "empty (no text)")
    if len(text) > MAX_CHARS:
        return Skipped(
            origin,
            f"article has {len(text):,} characters, above the limit of {MAX_CHARS:,}; split it into parts",
        )
    return text


def _iso_date(value: object) -> str | None:
    """'2025-01-12', '2025-01-12T10:00:00Z' → '2025-01-12'; anything else → None."""
    if not isinstance(value, str):
        return None
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return None


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    return str(value).strip() or None


def parse_jsonl_line(line: str, origin: str) -> Item | None:
    """One JSONL line → Article, Skipped, or None for a blank line."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return Skipped(origin, f"malformed JSON ({err.msg} at column {err.colno})")
    if not isinstance(record, dict):
        return Skipped(origin, "a JSONL line must be a JSON object with \"id\" and \"text\"")
    ident = record.get("id")
    if isinstance(ident, bool) or not isinstance(ident, (str, int)) or not str(ident).strip():
        return Skipped(origin, 'missing or empty "id"')
    text = record.get("text")
    if not isinstance(text, str):
        return Skipped(origin, f'article {ident!s}: missing "text" (a string)')
    checked = _check_text(text, origin)
    if isinstance(checked, Skipped):
        return checked
    return Article(
        id=str(ident).strip(),
        text=checked,
        title=_optional_str(record, "title"),
        date=_iso_date(record.get("date")),
        url=_optional_str(record, "url"),
        origin=origin,
    )


def _read_jsonl(lines: Iterable[str], name: str) -> Iterator[Item]:
    for number, line in enumerate(lines, start=1):
        item = parse_jsonl_line(line, f"{name}:{number}")
        if item is not None:
            yield item


def _read_jsonl_file(path: Path) -> Iterator[Item]:
    try:
        fh = open(path, "rb")
    except OSError as err:
        yield Skipped(str(path), f"cannot read ({err.strerror})")
        return
    with fh:
        head = fh.read(_SNIFF)
        fh.seek(0)
        if b"\x00" in head:
            yield Skipped(str(path), "binary file, not JSONL text")
            return
        empty = True
        for number, raw in enumerate(fh, start=1):
            origin = f"{path}:{number}"
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as err:
                yield Skipped(origin, f"not valid UTF-8 (byte 0x{raw[err.start]:02x})")
                empty = False
                continue
            item = parse_jsonl_line(line, origin)
            if item is not None:
                empty = False
                yield item
        if empty:
            yield Skipped(str(path), "empty (no JSONL lines)")


def _read_text_file(path: Path) -> Item:
    try:
        data = path.read_bytes()
    except OSError as err:
        return Skipped(str(path), f"cannot read ({err.strerror})")
    text = _decode(data, str(path))
    if isinstance(text, Skipped):
        return text
    checked = _check_text(text, str(path))
    if isinstance(checked, Skipped):
        return checked
    return Article(id=path.stem, text=checked, origin=str(path))


def _files_under(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def resolve_inputs(paths: Sequence[str]) -> list[str | Path]:
    """Check every path up front; return the files to read ('-' for stdin).

    Raises InputError for a missing path, an unsupported file type or a
    folder without articles, so that nothing is built from a mistyped command.
    """
    if not paths:
        raise InputError("no input given: pass a .txt or .jsonl file, a folder, or - for stdin")
    files: list[str | Path] = []
    for raw in paths:
        if raw == "-":
            files.append("-")
            continue
        path = Path(raw)
        if not path.exists():
            raise InputError(f"no such file or folder: {raw}")
        if path.is_dir():
            found = _files_under(path)
            if not found:
                raise InputError(f"no .txt or .jsonl files under {raw}")
            files.extend(found)
        elif path.suffix.lower() in SUFFIXES:
            files.append(path)
        else:
            raise InputError(f"{raw}: unsupported file type {path.suffix or '(none)'}; use .txt or .jsonl")
    return files


def read_stdin(stream: IO[str] | None = None, default_id: str = "stdin") -> Iterator[Item]:
    """stdin: JSONL when every non-blank line is a JSON object, else one article."""
    stream = stream if stream is not None else sys.stdin
    try:
        data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
    except UnicodeDecodeError:
        yield Skipped("stdin", "not valid UTF-8")
        return
    text = _decode(data, "stdin")
    if isinstance(text, Skipped):
        yield text
        return
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        yield from _read_jsonl(text.splitlines(), "stdin")
        return
    checked = _check_text(text, "stdin")
    if isinstance(checked, Skipped):
        yield checked
        return
    yield Article(id=default_id, text=checked, origin="stdin")


def read_inputs(paths: Sequence[str], *, stdin: IO[str] | None = None, stdin_id: str = "stdin") -> Iterator[Item]:
    """Stream every article (or skip record) from ``paths``; duplicate ids are skipped.

    The paths are checked now (InputError), the documents read lazily.
    """
    return _iter_items(resolve_inputs(paths), stdin, stdin_id)


def _iter_items(files: list[str | Path], stdin: IO[str] | None, stdin_id: str) -> Iterator[Item]:
    seen: dict[str, str] = {}
    for source in files:
        if source == "-":
            items: Iterable[Item] = read_stdin(stdin, stdin_id)
        elif Path(source).suffix.lower() == ".jsonl":
            items = _read_jsonl_file(Path(source))
        else:
            items = [_read_text_file(Path(source))]
        for item in items:
            if isinstance(item, Article):
                first = seen.get(item.id)
                if first is not None:
                    yield Skipped(item.origin, f"duplicate id {item.id!r} (first at {first})")
                    continue
                seen[item.id] = item.origin
            yield item
