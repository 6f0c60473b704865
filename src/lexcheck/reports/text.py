"""Text report for a terminal: one block per finding, a closing tally line."""

from __future__ import annotations

import textwrap

from ..results import Report

COLOURS = {"met": "32", "partial": "33", "gap": "31", "undetermined": "35", "needs-evidence": "36"}


def _status(status: str, color: bool) -> str:
    label = status.upper()
    return f"\x1b[{COLOURS[status]};1m{label}\x1b[0m" if color else label


def render(report: Report, *, color: bool = False, **_options) -> str:
    out = [f"lexcheck {report.lexcheck}: {report.ruleset.get('title', report.ruleset.get('id'))}",
           f"corpus {report.corpus.get('path', '')} ({report.corpus.get('jurisdiction', '')}), "
           f"law as of {report.as_of.isoformat()}"]
    for a in report.amendments:
        out.append(f"amended by {a.get('id')} ({a.get('file', '')})")
    out.append("")
    for f in report.findings:
        out.append(f"{f.requirement:<8} {_status(f.status, color)}  {f.title}")
        for r in f.reasons:
            out += textwrap.wrap(r, width=96, initial_indent="         - ", subsequent_indent="           ")
        for p in f.provisions:
            out.append(f"         @ {p.act} {p.ref} ({p.location})")
    out.append("")
    out.append(report.tally_line())
    return "\n".join(out) + "\n"
