"""Markdown report (e.g. for a pull request or a wiki): overview table, then each finding.

All text from legislation and rules is escaped, so nothing in it becomes markup or HTML.
"""

from __future__ import annotations

import re

from ..results import STATUSES, Delta, Finding, Report
from .common import (ON_EVIDENCE, STATUS_MEANING, STATUS_WORDS, amendment_entry, bill_names, change_tally,
                     evidence_line, shows_searched, sorted_changes, sorted_findings)

_SPECIAL = re.compile(r"([\\`*_\[\]{}<>|&#~!])")


def esc(text: object) -> str:
    """Text as Markdown shows it literally (CommonMark backslash escapes; one line)."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def code(text: object) -> str:
    """Text in a code span (backticks inside it removed; one line)."""
    return "`" + " ".join(str(text).replace("`", "'").split()) + "`"


def _header(report: Report, heading: str) -> list[str]:
    rs = report.ruleset
    out = [f"# {esc(heading)}: {esc(rs.get('title') or rs.get('id', ''))}", ""]
    if rs.get("citation"):
        out.append(f"- Rule pack: {esc(rs['citation'])} ({esc(rs.get('path', ''))})")
    else:
        out.append(f"- Rule pack: {esc(rs.get('id', ''))} ({esc(rs.get('path', ''))})")
    out.append(f"- Legislation: {esc(report.corpus.get('path', ''))} "
               f"({esc(report.corpus.get('jurisdiction', ''))}), law as of {report.as_of.isoformat()}")
    for a in report.amendments:
        label, text = amendment_entry(a)
        out.append(f"- {label}: {esc(text)}")
    out.append(f"- lexcheck {esc(report.lexcheck)}")
    out.append("")
    return out


def _status(f: Finding) -> str:
    """The status in words; one resting on evidence says so, with its status on the law alone."""
    if not f.on_evidence:
        return STATUS_WORDS[f.status]
    return f"{STATUS_WORDS[f.status]} *{ON_EVIDENCE}* (on the law alone: {STATUS_WORDS[f.law_status]})"


def _finding(f: Finding, level: str = "###") -> list[str]:
    out = [f"{level} {esc(f.requirement)} — {esc(f.title)}", ""]
    facts = [f"**Status:** {_status(f)}", f"**Priority:** {esc(f.priority)}"]
    if f.due:
        facts.append(f"**Due:** {f.due.isoformat()}")
    out += [" · ".join(facts), ""]
    out.append(f"**Sources:** {'; '.join(esc(s) for s in f.sources)}  ")
    out.append(f"**Requirement defined at:** {code(f.location)}")
    out.append("")
    if f.provisions:
        out.append("**Provisions relied on:**")
        out.append("")
        for p in f.provisions:
            line = f"- {esc(p.act)} {esc(p.ref)} ({code(p.location)})"
            if p.summary:
                line += f": {esc(p.summary)}"
            if p.sources:
                line += f" — source: {'; '.join(esc(s) for s in p.sources)}"
            if p.unverified:
                line += f" — **unverified:** {esc(p.unverified)}"
            for a in p.amended_by:
                line += f" — amended by {esc(a)}"
            out.append(line)
        out.append("")
    if shows_searched(f):
        out.append("**Searched:**")
        out.append("")
        out += [f"- {esc(str(s))}" + (f", encoded {esc(s.coverage)}" if s.coverage else "")
                + (f" ({code(s.location)})" if s.location else ", not encoded") for s in f.searched]
    if f.evidence:
        out.append("**Evidence relied on** (supplied by the user; lexcheck cannot verify it):")
        out.append("")
        out += [f"- {esc(evidence_line(e))}" for e in f.evidence]
        out.append("")
    if f.reasons:
        out.append("**Reasons:**")
        out.append("")
        out += [f"- {esc(r)}" for r in f.reasons]
        out.append("")
    if f.fix and f.status != "met":
        out += [f"**Suggested fix:** {esc(f.fix)}", ""]
    return out


def render(report: Report, **_options) -> str:
    out = _header(report, "Gap report")
    out += ["## Summary", "", "| Status | Count | Meaning |", "|---|---:|---|"]
    for s in STATUSES:
        out.append(f"| {STATUS_WORDS[s]} | {report.summary[s]} | {STATUS_MEANING[s]} |")
    out += ["", f"**{report.tally_line()}**", ""]
    out += ["## Overview", "", "| Requirement | Status | Priority | Title |", "|---|---|---|---|"]
    for f in sorted_findings(report):
        out.append(f"| {esc(f.requirement)} | {_status(f)} | {esc(f.priority)} | {esc(f.title)} |")
    out += ["", "## Findings", ""]
    for f in sorted_findings(report):
        out += _finding(f)
    return "\n".join(out).rstrip("\n") + "\n"


def render_delta(delta: Delta, **_options) -> str:
    out = _header(delta.after, "Effect of the bill")
    for name in bill_names(delta):
        out.insert(-2, f"- Bill: {esc(name)}")
    out.insert(-2, f"- Baseline law as of {delta.before.as_of.isoformat()}")
    out += ["## Summary", "", f"**{change_tally(delta)}**", "",
            f"- before: {delta.before.tally_line()}", f"- after: {delta.after.tally_line()}", ""]
    out += ["## Changes", "", "| Requirement | Change | Before | After | Title |", "|---|---|---|---|---|"]
    for c in sorted_changes(delta):
        out.append(f"| {esc(c.requirement)} | {c.change} | {STATUS_WORDS[c.before.status]} | "
                   f"{STATUS_WORDS[c.after.status]} | {esc(c.title)} |")
    out.append("")
    changed = [c for c in sorted_changes(delta) if c.change != "unchanged"]
    if changed:
        out += ["## What changed", ""]
    for c in changed:
        out += [f"### {esc(c.requirement)} — {esc(c.title)}: {c.change}", ""]
        out += [f"**{STATUS_WORDS[c.before.status]} → {STATUS_WORDS[c.after.status]}**", ""]
        if c.summary:
            out += [esc(c.summary), ""]
        if c.attributions:
            out += ["**Bill clauses:**", ""]
            for a in c.attributions:
                where = f" ({code(a.location)})" if a.location else ""
                out.append(f"- {esc(a.bill)} clause {esc(a.clause)} ({esc(a.operation)}): {esc(a.provision)}{where}")
            out.append("")
        out += ["#### Before", ""] + _finding(c.before, "#####")[2:]
        out += ["#### After", ""] + _finding(c.after, "#####")[2:]
    return "\n".join(out).rstrip("\n") + "\n"
