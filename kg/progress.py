"""Build progress for people: a one-line bar on a terminal, plain periodic lines otherwise.

The builder reports :class:`Progress` snapshots; :class:`ProgressReporter`
decides what to print (at most a few times a second on a TTY, every
``interval`` seconds otherwise) on stderr, so stdout keeps only the summary.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from typing import IO

#: Seconds between plain progress lines when stderr is not a terminal.
INTERVAL_ENV = "KG_PROGRESS_INTERVAL"
DEFAULT_INTERVAL = 10.0


@dataclass(frozen=True)
class Progress:
    """Where a build is: articles handled so far and how fast."""

    done: int  # articles handled (built, unchanged or skipped)
    built: int
    seconds: float
    unchanged: int = 0
    failed: int = 0
    total: int | None = None  # when known cheaply (JSONL lines, files)

    @property
    def rate(self) -> float:
        """Articles handled per second."""
        return self.done / self.seconds if self.seconds > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left, when the total is known and some articles were built."""
        if self.total is None or self.done == 0 or self.seconds <= 0:
            return None
        return max(0, self.total - self.done) / self.rate


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def describe(p: Progress) -> str:
    """'120/10,000 articles (1%) · 4.2 articles/s · ETA 39:10' (or without total and ETA)."""
    if p.total:
        head = f"{p.done:,}/{p.total:,} articles ({100 * p.done / p.total:.0f}%)"
    else:
        head = f"{p.done:,} articles"
    parts = [head]
    extra = []
    if p.unchanged:
        extra.append(f"{p.unchanged:,} unchanged")
    if p.failed:
        extra.append(f"{p.failed:,} skipped")
    if extra:
        parts[0] += f" ({', '.join(extra)})"
    parts.append(f"{p.rate:.1f} articles/s")
    if p.eta is not None:
        parts.append(f"ETA {_clock(p.eta)}")
    return " · ".join(parts)


class ProgressReporter:
    """Call it with each :class:`Progress`; call :meth:`finish` at the end."""

    def __init__(self, stream: IO[str] | None = None, *, tty: bool | None = None, interval: float | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        if interval is None:
            try:
                interval = float(os.environ.get(INTERVAL_ENV) or DEFAULT_INTERVAL)
            except ValueError:
                interval = DEFAULT_INTERVAL
        self.interval = 0.2 if self.tty else interval
        self._last = time.monotonic()
        self._width = 0

    def __call__(self, p: Progress) -> None:
        now = time.monotonic()
        if now - self._last < self.interval:
            return
        self._last = now
        text = describe(p)
        if self.tty:
            bar = ""
            if p.total:
                filled = int(20 * min(1.0, p.done / p.total))
                bar = "[" + "#" * filled + "-" * (20 - filled) + "] "
            line = f"kg build {bar}{text}"
            self.stream.write("\r" + line.ljust(self._width))
            self._width = len(line)
        else:
            self.stream.write(f"kg: build: {text}\n")
        self.stream.flush()

    def warn(self, message: str) -> None:
        """Print a warning on its own line (clearing the bar first on a terminal)."""
        self.clear()
        self.stream.write(message + "\n")
        self.stream.flush()

    def clear(self) -> None:
        if self.tty and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self._width = 0

    def finish(self) -> None:
        self.clear()
        self.stream.flush()
