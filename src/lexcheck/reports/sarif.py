"""SARIF 2.1.0 report: one rule per requirement, one result per finding.

Status → result: gap → kind ``fail``, level ``error``; partial → ``fail``/``warning``;
needs-evidence → ``fail``/``note``; undetermined → kind ``review``; met → kind ``pass``
(a kind other than ``fail`` has level ``none``, as §3.27.9 of the specification requires).
Locations point at the provisions relied on, else at the requirement in its rule file.
A result's message has a short ``text`` (the requirement, its status and title: what a
list of alerts shows) and the detail in ``markdown`` (reasons, provisions, the
suggested fix). Valid against the official SARIF 2.1.0 JSON schema (the tests validate
every output against it). The driver names no ``informationUri``: lexcheck has no
public home page yet, and a dead link is worse than none.
In diff mode each result carries ``baselineState``: opened → ``new``; regressed,
improved → ``updated``; unchanged → ``unchanged``; closed → ``absent`` (the failure of
the baseline is gone).
"""

from __future__ import annotations

import json

from ..results import Delta, Finding, Report
from .common import STATUS_WORDS, evidence_line, evidence_note, sorted_changes, sorted_findings, split_location
from .markdown import esc

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
VERSION = "2.1.0"
URI_BASE = "SRCROOT"

KIND_LEVEL = {
    "gap": ("fail", "error"),
    "partial": ("fail", "warning"),
    "needs-evidence": ("fail", "note"),
    "undetermined": ("review", "none"),
    "met": ("pass", "none"),
}

BASELINE = {"opened": "new", "regressed": "updated", "improved": "updated", "unchanged": "unchanged",
            "closed": "absent"}


def _location(where: str, message: str | None = None) -> dict:
    file, line, col = split_location(where)
    physical: dict = {"artifactLocation": {"uri": file, "uriBaseId": URI_BASE}}
    if line is not None:
        region = {"startLine": line}
        if col is not None:
            region["startColumn"] = col
        physical["region"] = region
    loc: dict = {"physicalLocation": physical}
    if message:
        loc["message"] = {"text": message}
    return loc


def _rule(f: Finding) -> dict:
    lines = [f.title, "", "Sources: " + "; ".join(f.sources)]
    md = [f"**{esc(f.requirement)}: {esc(f.title)}**", "", "Sources: " + "; ".join(esc(s) for s in f.sources)]
    if f.fix:
        lines += ["", f"Suggested fix: {f.fix}"]
        md += ["", f"Suggested fix: {esc(f.fix)}"]
    rule: dict = {
        "id": f.requirement,
        "name": "Requirement" + "".join(ch for ch in f.requirement if ch.isalnum()),
        "shortDescription": {"text": f.title},
        "fullDescription": {"text": f"{f.title} ({'; '.join(f.sources)})"},
        "help": {"text": "\n".join(lines), "markdown": "\n".join(md)},
        "defaultConfiguration": {"level": "error" if f.priority == "immediate" else "warning"},
        "properties": {"sources": list(f.sources), "priority": f.priority, "location": f.location},
    }
    if f.due:
        rule["properties"]["due"] = f.due.isoformat()
    return rule


def _detail(f: Finding) -> list[str]:
    """The finding's detail as Markdown lines: reasons, provisions, the fix, the sources."""
    md = [f"**{esc(f.requirement)}** {esc(STATUS_WORDS[f.status])}: {esc(f.title)}", ""]
    note = evidence_note(f)
    if note:
        md += [f"**{esc(note)}**: the evidence is the user's; lexcheck cannot verify it.", ""]
    md += [f"- {esc(r)}" for r in f.reasons]
    if f.evidence:
        md += ["", "Evidence relied on:", ""]
        md += [f"- {esc(evidence_line(x))}" for x in f.evidence]
    if f.provisions:
        md += ["", "Provisions relied on:", ""]
        md += [f"- {esc(p.act)} {esc(p.ref)} ({esc(p.location)})" + (f": {esc(p.summary)}" if p.summary else "")
               for p in f.provisions]
    if f.fix and f.status != "met":
        md += ["", f"Suggested fix: {esc(f.fix)}"]
    md += ["", "Sources: " + "; ".join(esc(s) for s in f.sources)]
    return md


def _result(f: Finding, index: int) -> dict:
    kind, level = KIND_LEVEL[f.status]
    note = evidence_note(f)  # met on evidence is not met in law: said in the message itself
    result: dict = {
        "ruleId": f.requirement,
        "ruleIndex": index,
        "kind": kind,
        "level": level,
        "message": {"text": f"{f.requirement} {STATUS_WORDS[f.status]}: {f.title}" + (f" ({note})" if note else ""),
                    "markdown": "\n".join(_detail(f))},
        # where the finding stands in the law: the provisions relied on; for a gap or an
        # undetermined finding without any, the articles searched (never the rule file)
        "locations": ([_location(p.location, f"{p.act} {p.ref}") for p in f.provisions]
                      or [_location(s.location, f"searched {s}") for s in f.searched if s.location]
                      or [_location(f.location, f"requirement {f.requirement}")]),
        "partialFingerprints": {"lexcheckRequirement/v1": f.requirement},
        "properties": {"status": f.status, "priority": f.priority,
                       # met on evidence is not met in law
                       "statusInLaw": f.law_status, "onEvidence": f.on_evidence},
    }
    if f.evidence:
        result["properties"]["evidence"] = [
            {"done": x.done, "kind": x.kind, "since": x.since.isoformat() if x.since else None,
             "until": x.until.isoformat() if x.until else None, "sources": list(x.sources),
             "location": x.location, "text": evidence_line(x)} for x in f.evidence]
    if f.provisions or any(s.location for s in f.searched):
        result["relatedLocations"] = [dict(_location(f.location, f"requirement {f.requirement}"), id=0)]
    if f.fix and f.status != "met":
        result["properties"]["fix"] = f.fix
    return result


def _log(report: Report, results: list[dict], findings: list[Finding]) -> dict:
    run = {
        "tool": {"driver": {
            "name": "lexcheck",
            "version": report.lexcheck,
            "rules": [_rule(f) for f in findings],
        }},
        "automationDetails": {"id": f"lexcheck/{report.ruleset.get('id', '')}/"},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"corpus": report.corpus.get("path", ""), "jurisdiction": report.corpus.get("jurisdiction", ""),
                       "asOf": report.as_of.isoformat(), "ruleset": report.ruleset.get("id", ""),
                       "amendments": [a.get("id") for a in report.amendments if a.get("applied", True)],
                       "notApplied": [{"id": a.get("id"), "inForce": a.get("in_force")}
                                      for a in report.amendments if not a.get("applied", True)]},
    }
    return {"$schema": SCHEMA, "version": VERSION, "runs": [run]}


def _dump(log: dict) -> str:
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def render(report: Report, **_options) -> str:
    findings = sorted_findings(report)
    return _dump(_log(report, [_result(f, i) for i, f in enumerate(findings)], findings))


def render_delta(delta: Delta, **_options) -> str:
    changes = sorted_changes(delta)
    findings = [c.after for c in changes]
    results = []
    for i, c in enumerate(changes):
        r = _result(c.after, i)
        r["baselineState"] = BASELINE[c.change]
        r["properties"].update({"change": c.change, "statusBefore": c.before.status})
        r["message"]["text"] = f"{c.requirement} {c.change} ({c.before.status} → {c.after.status}): {c.title}"
        if c.summary:
            r["message"]["markdown"] = f"Change: {esc(c.summary)}\n\n" + r["message"]["markdown"]
        if c.attributions:
            r["properties"]["attributions"] = [a.model_dump(mode="json") for a in c.attributions]
        results.append(r)
    return _dump(_log(delta.after, results, findings))
