"""Text report for a terminal: one block per finding, a closing tally line.

Colour (ANSI) only when asked (the CLI asks when stdout is a terminal).
"""

from __future__ import annotations

import textwrap

from ..results import Delta, Report
from .common import (ON_EVIDENCE, amendment_entry, bill_names, change_tally, evidence_note, searched_text,
                     shows_searched, sorted_changes, sorted_findings)

COLOURS = {"met": "32", "partial": "33", "gap": "31", "undetermined": "35", "needs-evidence": "36"}
CHANGE_COLOURS = {"closed": "32", "improved": "32", "regressed": "31", "opened": "31", "unchanged": "2"}
INDENT = " " * 9


def _paint(label: str, code: str, color: bool) -> str:
    return f"\x1b[{code};1m{label}\x1b[0m" if color else label


def _status(status: str, color: bool) -> str:
    return _paint(status.upper(), COLOURS[status], color)


def _wrap(text: str, mark: str) -> list[str]:
    return textwrap.wrap(text, width=96, initial_indent=f"{INDENT}{mark} ",
                         subsequent_indent=INDENT + "  ", break_on_hyphens=False) or [f"{INDENT}{mark}"]


def _headline(lead: str, label: str, painted: str, rest: str) -> list[str]:
    """``A.2.3    GAP  title…`` wrapped under the title; the label painted after wrapping."""
    lines = textwrap.wrap(f"{lead}{label}  {rest}", width=96, subsequent_indent=INDENT, break_on_hyphens=False)
    lines[0] = lines[0].replace(f"{lead}{label}", f"{lead}{painted}", 1)
    return lines


def _header(report: Report) -> list[str]:
    out = [f"lexcheck {report.lexcheck}: {report.ruleset.get('title') or report.ruleset.get('id', '')}",
           f"corpus {report.corpus.get('path', '')} ({report.corpus.get('jurisdiction', '')}), "
           f"law as of {report.as_of.isoformat()}"]
    for a in report.amendments:
        label, text = amendment_entry(a)
        out.append(f"{label.lower()} {text}")
    return out


def render(report: Report, *, color: bool = False, **_options) -> str:
    out = _header(report)
    out.append("")
    for f in sorted_findings(report):
        label = f.status.upper() + (f" {ON_EVIDENCE.upper()}" if f.on_evidence else "")
        out += _headline(f"{f.requirement:<8} ", label, _paint(label, COLOURS[f.status], color), f.title)
        note = evidence_note(f)
        if note:
            out += _wrap(note + "; the evidence is the user's, lexcheck cannot verify it", "!")
        for r in f.reasons:
            out += _wrap(r, "-")
        for p in f.provisions:
            mark = " [unverified]" if p.unverified else ""
            out.append(f"{INDENT}@ {p.act} {p.ref} ({p.location}){mark}")
        if shows_searched(f):
            out += [line for s in f.searched for line in _wrap(f"searched {searched_text(s)}", "?")]
        if f.fix and f.status != "met":
            out += _wrap(f"fix: {f.fix}", ">")
    out.append("")
    out.append(report.tally_line())
    return "\n".join(out) + "\n"


def render_delta(delta: Delta, *, color: bool = False, **_options) -> str:
    before, after = delta.before, delta.after
    out = [f"lexcheck {delta.lexcheck}: {after.ruleset.get('title') or after.ruleset.get('id', '')}",
           f"corpus {after.corpus.get('path', '')} ({after.corpus.get('jurisdiction', '')}), baseline law as of "
           f"{before.as_of.isoformat()}, amended law as of {after.as_of.isoformat()}"]
    for name in bill_names(delta):
        out.append(f"bill {name}")
    out.append("")
    for c in sorted_changes(delta):
        arrow = (f"{c.before.status} → {c.after.status}" if c.before.status != c.after.status
                 else c.after.status)
        out += _headline(f"{c.requirement:<8} ", c.change.upper(), _paint(c.change.upper(), CHANGE_COLOURS[c.change],
                                                                           color), f"{arrow}  {c.title}")
        if c.change == "unchanged":
            continue
        if c.summary:
            out += _wrap(c.summary, "-")
        for a in c.attributions:
            where = f" ({a.location})" if a.location else ""
            out.append(f"{INDENT}~ {a.bill} clause {a.clause} ({a.operation}): {a.provision}{where}")
        for r in c.after.reasons:
            out += _wrap(r, "-")
        for p in c.after.provisions:
            out.append(f"{INDENT}@ {p.act} {p.ref} ({p.location})")
        if shows_searched(c.after):
            out += [line for s in c.after.searched for line in _wrap(f"searched {searched_text(s)}", "?")]
    out.append("")
    out.append(change_tally(delta))
    out.append(f"before: {before.tally_line()}")
    out.append(f"after:  {after.tally_line()}")
    return "\n".join(out) + "\n"
