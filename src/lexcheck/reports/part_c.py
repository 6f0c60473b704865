"""The state's report under part C: a :class:`~lexcheck.results.Report` → a Markdown skeleton.

Part C of a Committee of the Parties' recommendation asks the government to report on the
measures taken to comply. This skeleton gives a ministry, per item of part A (and for
the other parts), what the law says now (with citations), what the evidence shows (with
its sources and dates), and what remains open, in plain words, so that it reads without
lexcheck. It is a draft to complete and check, never the report itself: the statements
on the law are a reading of the encoded legislation, and the evidence is the ministry's
own, which lexcheck cannot verify.
"""

from __future__ import annotations

from ..results import Finding, Report, TestOutcome
from .common import STATUS_WORDS, evidence_line, rid_key, sorted_findings
from .markdown import esc

# what a test's status means, in a sentence a reader outside lexcheck follows
LAW_SAYS = {
    "met": "the law in force says it",
    "partial": "the law in force goes part of the way",
    "gap": "the law in force does not say it (the places searched are encoded completely)",
    "undetermined": "no provision found settles it, but the encoding searched is incomplete or unverified",
}
OVERALL = {
    "met": "met",
    "partial": "partly met",
    "gap": "not met: the law is silent",
    "undetermined": "not settled: the encoding is incomplete or unverified",
    "needs-evidence": "not shown: a matter of practice with no evidence that counts",
}


def _act_titles(report: Report) -> dict[str, str]:
    acts = report.corpus.get("acts") or []
    return {a["id"]: a.get("title") or a["id"] for a in acts if isinstance(a, dict) and a.get("id")}


def _law(f: Finding, titles: dict[str, str]) -> list[str]:
    tests = [t for t in f.tests if t.kind == "legislative"]
    if not tests:
        return ["- The recommendation asks here for practice, not for words in the law."]
    out = []
    for t in tests:
        out.append(f"- *{esc(t.label)}*: {esc(LAW_SAYS.get(t.status, STATUS_WORDS[t.status]))}"
                   + (f" (searched: {esc(', '.join(t.looked_in))})" if t.looked_in else "") + ".")
        for p in t.decisive:
            line = f"  - {esc(titles.get(p.act, p.act))}, {esc(p.ref)}"
            if p.summary:
                line += f": {esc(p.summary)}"
            if p.sources:
                line += f" (source: {'; '.join(esc(s) for s in p.sources)})"
            if p.unverified:
                line += f" — not verified: {esc(p.unverified)}"
            for a in p.amended_by:
                line += f" — amended by {esc(a)}"
            out.append(line)
    return out


def _evidence(f: Finding) -> list[str]:
    practice = [t for t in f.tests if t.kind == "practice"]
    if not practice:
        return ["- Not asked for: the law alone decides this requirement."]
    out = []
    for t in practice:
        counted = [e for e in t.evidence if e.counted]
        left = [r for r in t.reasons if r.code.startswith("evidence-")]
        out.append(f"- *{esc(t.label)}*: " + (f"{STATUS_WORDS[t.status]} on the evidence supplied." if counted
                                               else "no evidence supplied that counts on this date."))
        out += [f"  - {esc(evidence_line(e))}" for e in counted]
        out += [f"  - {esc(r.text[0].upper() + r.text[1:])}" for r in left]
    return out


def _open(f: Finding) -> list[str]:
    if f.status == "met" and not f.on_evidence:
        return ["- Nothing: the law in force meets it."]
    out = []
    if f.status == "met":
        out.append("- In law nothing more is asked; it is met on the evidence above, which the Committee may "
                   "wish to see (the documents cited).")
    for t in f.tests:
        if t.status == "met":
            continue
        out += _open_test(t)
    if f.fix and f.status != "met":
        out.append(f"- Suggested by the rule pack: {esc(f.fix)}")
    return out


def _open_test(t: TestOutcome) -> list[str]:
    if t.kind == "practice":
        missing = [r.text for r in t.reasons if r.code == "missing-element"]  # each element in words
        if missing:
            return [f"- *{esc(t.label)}*: " + "; ".join(esc(m) for m in missing) + "."]
        return [f"- *{esc(t.label)}*: evidence that it is done in practice."]
    shortfalls = [r.text for r in t.reasons if r.code not in ("met", "evidence")]
    return [f"- *{esc(t.label)}*: " + ("; ".join(esc(s) for s in shortfalls) or STATUS_WORDS[t.status]) + "."]


def _requirement(f: Finding, titles: dict[str, str], level: str) -> list[str]:
    status = OVERALL[f.status] + (" on evidence, not in law" if f.on_evidence else "")
    out = [f"{level} {esc(f.requirement)}: {esc(f.title)}", "",
           f"*Status:* {esc(status)}." + (f" *On the law alone:* {esc(OVERALL[f.law_status])}." if f.on_evidence
                                          else ""), "",
           f"*What the recommendation asks (sources):* {'; '.join(esc(s) for s in f.sources)}.", ""]
    if f.due:
        deadline = getattr(f, "deadline", None)  # overdue, or the days left (lexcheck.checking.deadline)
        out += [f"*Due:* {f.due.isoformat()}" + (f" ({esc(deadline.text)})" if deadline else "") + ".", ""]
    out += ["**What the law says now**", ""] + _law(f, titles) + [""]
    out += ["**What the evidence shows**", ""] + _evidence(f) + [""]
    out += ["**What remains open**", ""] + _open(f) + [""]
    return out


def _items(report: Report) -> list[tuple[str, list[Finding]]]:
    """Findings by item of part A (``A.2`` → A.2.1 … A.2.6), then the other parts, each alone."""
    groups: dict[str, list[Finding]] = {}
    for f in sorted_findings(report):
        parts = f.requirement.split(".")
        key = ".".join(parts[:2]) if parts[0] == "A" else f.requirement
        groups.setdefault(key, []).append(f)
    return sorted(groups.items(), key=lambda kv: rid_key(kv[0]))


def render(report: Report, **_options) -> str:
    rs = report.ruleset
    cited = rs.get("citation") or rs.get("id", "")
    titles = _act_titles(report)
    evidence = sorted({e.location.rsplit(":", 2)[0] for f in report.findings for t in f.tests for e in t.evidence})
    out = [f"# Report on the measures taken to comply with {esc(cited)}: a skeleton", "",
           f"{esc(rs.get('title') or '')}", "",
           "A draft for the government's report to the Committee of the Parties (part C of the "
           "recommendation). For every item of part A, and for parts B to D, it says what the law says now, "
           "with its citations; what the evidence supplied shows, with its sources and dates; and what remains "
           "open. Complete it and check every citation against the official text: what it says of the law is a "
           "reading of the legislation as encoded, and the evidence is the ministry's own, taken as supplied. "
           "A requirement met on evidence is not met in law.", "",
           f"- Legislation: {esc(report.corpus.get('path', ''))} ({esc(report.corpus.get('jurisdiction', ''))}), "
           f"the law in force on {report.as_of.isoformat()}",
           f"- Evidence: {', '.join(esc(e) for e in evidence) if evidence else 'none supplied'}",
           f"- Prepared with lexcheck {esc(report.lexcheck)}", ""]
    out += ["## Overview", "", "| Item | Requirement | Status | On the law alone |", "|---|---|---|---|"]
    for f in sorted_findings(report):
        parts = f.requirement.split(".")
        item = ".".join(parts[:2])
        status = OVERALL[f.status] + (" on evidence, not in law" if f.on_evidence else "")
        out.append(f"| {esc(item)} | {esc(f.requirement)} {esc(f.title)} | {esc(status)} | "
                   f"{esc(OVERALL[f.law_status])} |")
    out.append("")
    for key, findings in _items(report):
        if key.startswith("A."):
            out += [f"## Part A, item {esc(key.split('.')[1])}", ""]
            level = "###"
        else:
            out += [f"## Part {esc(key)}", ""]
            level = "###"
        for f in findings:
            out += _requirement(f, titles, level)
    return "\n".join(out).rstrip("\n") + "\n"
