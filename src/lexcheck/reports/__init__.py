"""Report formats: :class:`~lexcheck.results.Report` → text in one format.

One registry (:data:`FORMATS`) feeds both the CLI's ``--format`` choice and the
dispatch; each format lives in its own module and exposes ``render(report, **opts)``.
"""

from __future__ import annotations

from importlib import import_module

from ..results import Report

# format name → module (in this package) with render(report, *, color=False) -> str
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_report",
}


def render(report: Report, fmt: str, **options) -> str:
    """The report in ``fmt`` (one of :data:`FORMATS`)."""
    module = import_module(f"{__name__}.{FORMATS[fmt]}")
    return module.render(report, **options)
