"""Explanations: a finding → the story of its verdict, step by step, in words."""

from __future__ import annotations

import textwrap

from .requirements import Requirement
from .results import Report


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, width=92, initial_indent=indent, subsequent_indent=indent + "  ") or [indent]


def explain(report: Report, req: Requirement) -> str:
    f = report.finding(req.id)
    out = [f"{f.requirement}: {f.title}", f"status: {f.status.upper()} (law as of {report.as_of.isoformat()})", ""]
    out.append("Sources of the requirement:")
    out += [f"  - {s}" for s in f.sources]
    out.append("")
    for n, t in enumerate(f.tests, 1):
        out += _wrap(f"Test {n} of {len(f.tests)} ({t.kind}): {t.label}", "")
        if t.kind == "legislative":
            out += _wrap(f"1. The law must contain: {t.wanted}", "   ")
            out += _wrap(f"2. Searched: {', '.join(t.looked_in)}", "   ")
            if t.considered:
                out.append("   3. Provisions considered:")
                for p in t.considered:
                    out += _wrap(f"- {p.act} {p.ref} ({p.location}): {p.summary}"
                                 + (f" [unverified: {p.unverified}]" if p.unverified else ""), "      ")
            else:
                out.append("   3. No provision in that scope has a clause of this kind on this matter.")
            out.append(f"   4. Verdict: {t.status}")
        else:
            out.append(f"   This is about practice; the verdict is {t.status}.")
        for r in t.reasons:
            out += _wrap(f"- {r.text}", "      ")
        out.append("")
    if f.status != "met" and f.fix:
        out += _wrap(f"What would close it: {f.fix}", "")
        out.append("")
    return "\n".join(out)
