"""Report formats: :class:`~lexcheck.results.Report` (or :class:`~lexcheck.results.Delta`) → text.

One registry (:data:`FORMATS`) feeds both the CLI's ``--format`` choice and the
dispatch; each format lives in its own module and exposes
``render(report, **opts) -> str`` and ``render_delta(delta, **opts) -> str``.
Every format is deterministic: the same input gives byte-identical output. Every
report carries the receipt of its inputs, embedded by :mod:`.receipt` for all formats.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the registry itself is read by the CLI before any report exists
    from ..results import Delta, Report

# format name → module in this package; the order is the order the CLI lists them in.
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_report",
    "markdown": "markdown",
    "html": "html",
    "sarif": "sarif",
    "junit": "junit",
    "github": "github",
}

# the usual file suffix of each format (for --output hints and the docs)
SUFFIXES: dict[str, str] = {
    "text": ".txt", "json": ".json", "markdown": ".md", "html": ".html", "sarif": ".sarif", "junit": ".xml",
    "github": ".github.txt",
}


def module(fmt: str) -> ModuleType:
    """The module that renders ``fmt``; a ``ValueError`` naming the known formats otherwise."""
    name = FORMATS.get(fmt.lower())
    if name is None:
        raise ValueError(f"unknown report format '{fmt}'; known: {', '.join(FORMATS)}")
    return import_module(f"{__name__}.{name}")


def render(report: Report, fmt: str = "text", **options) -> str:
    """The report in ``fmt`` (one of :data:`FORMATS`), with its receipt (:mod:`.receipt`)."""
    from .receipt import embed

    return embed(fmt.lower(), module(fmt).render(report, **options), report.receipt)


def render_delta(delta: Delta, fmt: str = "text", **options) -> str:
    """The diff of a baseline and an amended check in ``fmt`` (one of :data:`FORMATS`), with its receipt."""
    from .receipt import embed

    return embed(fmt.lower(), module(fmt).render_delta(delta, **options), delta.any_receipt)
