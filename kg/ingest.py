"""Paths, JSONL lines and stdin → :class:`~kg.model.Article` records.

Bad input is handled here, once: problems that stop the whole run (a missing
path, an empty folder) raise :class:`~kg.errors.InputError` before anything
is built; problems with one document inside a batch (an empty file, a
malformed JSONL line, a duplicate id) become a :class:`Skipped` record that
the builder reports as a warning, and the rest of the batch is still built.

Everything streams: JSONL files and stdin are read line by line, so a corpus
of any size is read with flat memory.  HTML pages (``.html``/``.htm`` files,
or HTML inside a ``.txt`` file or stdin) are reduced to their main text with
trafilatura.  Articles longer than :data:`PART_CHARS` are built in parts (see
:func:`split_text`); above :data:`MAX_CHARS` they are refused.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .errors import InputError
from .model import Article

#: Files a folder is searched for; HTML pages are read only when named explicitly.
SUFFIXES = (".txt", ".jsonl")
HTML_SUFFIXES = (".html", ".htm")
#: Longer articles are refused with a clear message (20 MB of text takes hours to read).
MAX_CHARS = 25_000_000
#: Longer articles are read in parts of at most this many characters, cut at paragraph
#: ends (spaCy needs about 1 GB of memory per 100,000 characters of one Doc).
PART_CHARS = 100_000
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


_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:_SNIFF]))


@dataclass(frozen=True)
class HtmlText:
    """The main text of an HTML page and what its metadata says."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None


def html_main_text(html: str, origin: str) -> HtmlText | Skipped:
    """The readable main text of a web page (trafilatura), without menus, ads and footers."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as err:  # noqa: BLE001 — a parser failure on one page must not stop the batch
        return Skipped(origin, f"HTML page could not be parsed ({type(err).__name__})")
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return Skipped(origin, "HTML page without readable main text")
    return HtmlText(text, getattr(doc, "title", None) or None, _iso_date(getattr(doc, "date", None)), getattr(doc, "url", None) or None)


def _article_from_text(text: str, ident: str, origin: str, *, html: bool = False) -> Article | Skipped:
    """A plain-text document (HTML reduced to its main text) → Article, or why not."""
    title = date = url = None
    if html or looks_like_html(text):
        page = html_main_text(text, origin)
        if isinstance(page, Skipped):
            return page
        text, title, date, url = page.text, page.title, page.date, page.url
    checked = _check_text(text, origin)
    if isinstance(checked, Skipped):
        return checked
    return Article(id=ident, text=checked, title=title, date=date, url=url, origin=origin)


def _check_text(text: str, origin: str) -> str | Skipped:
    if not text.strip():
        return Skipped(origin, "empty (no text)")
    if len(text) > MAX_CHARS:
        return Skipped(
            origin,
            f"article has {len(text):,} characters, above the limit of {MAX_CHARS:,}; split it into several articles",
        )
    return text


def split_text(text: str, limit: int = PART_CHARS) -> list[tuple[int, str]]:
    """``text`` as consecutive (offset, part) slices of at most ``limit`` characters.

    Cuts fall at a paragraph end (blank line) if there is one in the second half
    of the window, else a line end, else a sentence end (". "), else a space,
    else anywhere.  ``"".join(parts) == text`` and each offset is where its part
    starts, so positions found in a part shift back into the article exactly.
    """
    if len(text) <= limit:
        return [(0, text)]
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            at = window.rfind(sep, limit // 2)
            if at != -1:
                cut = at + len(sep)
                break
        if cut <= 0:
            cut = limit
        parts.append((start, text[start : start + cut]))
        start += cut
    parts.append((start, text[start:]))
    return parts


#: Very common English words; running English text is about a third of them.
_ENGLISH = frozenset(
    "the of and to a in is was for on that with as by at from he it his said are be has have had were "
    "an not but they their this who which or after its been will would more than also said about".split()
)


def looks_english(text: str, sample: int = 20_000) -> bool:
    """False when a text of some length has almost none of the commonest English words."""
    words = re.findall(r"[^\W\d_]+", text[:sample].lower())
    if len(words) < 30:
        return True  # too short to tell
    return sum(w in _ENGLISH for w in words) / len(words) >= 0.08


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
        for item in _jsonl_lines(fh, str(path)):
            empty = False
            yield item
        if empty:
            yield Skipped(str(path), "empty (no JSONL lines)")


def _jsonl_lines(lines: Iterable[bytes], name: str) -> Iterator[Item]:
    """Raw JSONL lines → items, one line at a time (blank lines are ignored)."""
    for number, raw in enumerate(lines, start=1):
        origin = f"{name}:{number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as err:
            yield Skipped(origin, f"not valid UTF-8 (byte 0x{raw[err.start]:02x})")
            continue
        item = parse_jsonl_line(line, origin)
        if item is not None:
            yield item


def _read_text_file(path: Path) -> Item:
    try:
        size = path.stat().st_size
        if size > 4 * MAX_CHARS + 4:  # more than MAX_CHARS characters whatever the encoding
            return Skipped(str(path), f"file of {size:,} bytes is above the limit of {MAX_CHARS:,} characters; "
                           "split it into several articles")
        data = path.read_bytes()
    except OSError as err:
        return Skipped(str(path), f"cannot read ({err.strerror})")
    text = _decode(data, str(path))
    del data
    if isinstance(text, Skipped):
        return text
    return _article_from_text(text, path.stem, str(path), html=path.suffix.lower() in HTML_SUFFIXES)


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
        elif path.suffix.lower() in SUFFIXES + HTML_SUFFIXES:
            files.append(path)
        else:
            raise InputError(
                f"{raw}: unsupported file type {path.suffix or '(none)'}; use .txt, .jsonl or .html"
            )
    return files


def count_articles(files: Sequence[str | Path]) -> int | None:
    """About how many articles ``files`` hold (a JSONL line each), or None when stdin is among them.

    Cheap: a byte count of newlines, at disk speed; used only for a progress ETA.
    """
    total = 0
    for source in files:
        if source == "-":
            return None
        path = Path(source)
        if path.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            with open(path, "rb") as fh:
                last = b"\n"
                while chunk := fh.read(1 << 20):
                    total += chunk.count(b"\n")
                    last = chunk[-1:]
                total += last != b"\n"
        except OSError:
            continue
    return total


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def read_stdin(stream: IO[str] | None = None, default_id: str = "stdin") -> Iterator[Item]:
    """stdin: JSONL (read line by line) when its first non-blank line is a JSON object, else one article."""
    stream = stream if stream is not None else sys.stdin
    raw: IO[bytes] = stream.buffer if hasattr(stream, "buffer") else io.BytesIO(stream.read().encode("utf-8"))
    head: list[bytes] = []
    for line in raw:
        head.append(line)
        if line.strip():
            break
    first = head[-1].strip() if head else b""
    if first.startswith(b"{") and _is_json_object(first.decode("utf-8-sig", "replace")):
        yield from _jsonl_lines(itertools.chain(head, raw), "stdin")
        return
    data = b"".join(head) + raw.read(4 * MAX_CHARS + 5)
    text = _decode(data, "stdin")
    del data
    if isinstance(text, Skipped):
        yield text
        return
    yield _article_from_text(text, default_id, "stdin")


def read_inputs(paths: Sequence[str], *, stdin: IO[str] | None = None, stdin_id: str = "stdin") -> Iterator[Item]:
    """Stream every article (or skip record) from ``paths``; duplicate ids are skipped.

    The paths are checked now (InputError), the documents read lazily.
    """
    return iter_items(resolve_inputs(paths), stdin=stdin, stdin_id=stdin_id)


def iter_items(files: Sequence[str | Path], *, stdin: IO[str] | None = None, stdin_id: str = "stdin") -> Iterator[Item]:
    """Stream the articles (or skip records) of already resolved ``files``; duplicate ids are skipped."""
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
