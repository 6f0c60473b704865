"""Progress on stderr for long runs: a counter that appears after about a second.

The CLI turns it on around a command (:func:`reporting`); the library's long loops
(loading a corpus's files, checking act by act) call :func:`bar` and tick it. Nothing is
shown unless progress is enabled, which it is only when stderr is a terminal (never in
a pipe, a file or CI logs), or when ``LEXCHECK_PROGRESS=1`` forces it (``0`` turns it
off); and nothing is shown for a run that ends within the delay (one second), so short
runs look as they always did. The line is redrawn in place (``\\r``) at most ten times
a second and erased when the work ends. The clock is a parameter, so the logic is
tested without timing anything.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TextIO

DELAY = 1.0  # seconds before anything is shown
INTERVAL = 0.1  # seconds between redraws


def wanted(stream: TextIO | None) -> bool:
    """Whether progress may be shown on ``stream``: forced by LEXCHECK_PROGRESS=1, off with
    LEXCHECK_PROGRESS=0, else only on a terminal (and not TERM=dumb)."""
    forced = os.environ.get("LEXCHECK_PROGRESS", "").strip().lower()
    if forced in ("1", "true", "yes", "on"):
        return stream is not None
    if forced in ("0", "false", "no", "off"):
        return False
    if stream is None or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or fake stream
        return False


class Bar:
    """One piece of work of ``total`` steps, shown as ``lexcheck: LABEL N/TOTAL``."""

    def __init__(self, label: str, total: int, stream: TextIO | None, *, clock: Callable[[], float] = time.monotonic,
                 delay: float = DELAY) -> None:
        self.label, self.total, self.stream, self.clock, self.delay = label, total, stream, clock, delay
        self.start = clock()
        self.done_steps = 0
        self.last_draw: float | None = None
        self.width = 0

    def tick(self, n: int = 1) -> None:
        self.done_steps += n
        if self.stream is None:
            return
        now = self.clock()
        if now - self.start < self.delay:
            return
        if self.last_draw is not None and now - self.last_draw < INTERVAL and self.done_steps < self.total:
            return
        self.last_draw = now
        text = f"lexcheck: {self.label} {self.done_steps:,}/{self.total:,}"
        self._write("\r" + text + " " * max(0, self.width - len(text)))
        self.width = len(text)

    def each(self, items):
        """The items, one by one, ticking after each."""
        for item in items:
            yield item
            self.tick()

    def close(self) -> None:
        if self.width:  # something was drawn: erase the line
            self._write("\r" + " " * self.width + "\r")
            self.width = 0

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # the terminal went away: stop drawing
            self.stream = None


_STREAM: ContextVar[TextIO | None] = ContextVar("lexcheck_progress_stream", default=None)
_CLOCK: ContextVar[Callable[[], float]] = ContextVar("lexcheck_progress_clock", default=time.monotonic)


@contextmanager
def reporting(stream: TextIO | None = None, *, clock: Callable[[], float] | None = None):
    """Within this block, :func:`bar` draws on ``stream`` (default stderr) if :func:`wanted`."""
    stream = sys.stderr if stream is None else stream
    token = _STREAM.set(stream if wanted(stream) else None)
    clock_token = _CLOCK.set(clock or time.monotonic)
    try:
        yield
    finally:
        _STREAM.reset(token)
        _CLOCK.reset(clock_token)


@contextmanager
def bar(label: str, total: int):
    """A :class:`Bar` for a loop of ``total`` steps; silent outside :func:`reporting`."""
    b = Bar(label, total, _STREAM.get(), clock=_CLOCK.get(), delay=DELAY)
    try:
        yield b
    finally:
        b.close()
