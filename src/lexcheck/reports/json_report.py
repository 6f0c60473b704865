"""JSON report: the contract of the design, stable keys, findings sorted by requirement id.

``{"lexcheck", "corpus", "ruleset", "amendments", "summary", "findings": [{"requirement",
"title", "status", "priority", "sources", "provisions": [{"act", "ref", "location", …}],
"reasons", …}]}``; the diff adds ``"bills"``, ``"changes"`` and both reports.
"""

from __future__ import annotations

import json

from ..results import Delta, Finding, FindingChange, Report
from .common import sorted_changes, sorted_findings


def finding_dict(f: Finding) -> dict:
    return {
        "requirement": f.requirement,
        "title": f.title,
        "status": f.status,
        "priority": f.priority,
        "sources": list(f.sources),
        "location": f.location,
        "provisions": [p.model_dump(mode="json") for p in f.provisions],
        "reasons": list(f.reasons),
        # every place the legislative tests looked in (act, article, location, coverage)
        "searched": [s.model_dump(mode="json") for s in f.searched],
        "tests": [t.model_dump(mode="json") for t in f.tests],
        "fix": f.fix,
        "due": f.due.isoformat() if f.due else None,
        "deadline": {"code": f.deadline.code, "text": f.deadline.text} if f.deadline else None,
        # met on evidence is not met in law: the status on the law alone, and the records relied on
        "status_in_law": f.law_status,
        "on_evidence": f.on_evidence,
        "evidence": [e.model_dump(mode="json") for e in f.evidence],
    }


def as_dict(report: Report) -> dict:
    return {
        "lexcheck": report.lexcheck,
        "corpus": report.corpus,
        "ruleset": report.ruleset,
        "as_of": report.as_of.isoformat(),
        "amendments": list(report.amendments),
        "summary": report.summary,
        "findings": [finding_dict(f) for f in sorted_findings(report)],
    }


def change_dict(c: FindingChange) -> dict:
    return {
        "requirement": c.requirement,
        "title": c.title,
        "change": c.change,
        "status_before": c.before.status,
        "status_after": c.after.status,
        "summary": c.summary,
        "attributions": [a.model_dump(mode="json") for a in c.attributions],
        "before": finding_dict(c.before),
        "after": finding_dict(c.after),
    }


def delta_dict(delta: Delta) -> dict:
    return {
        "lexcheck": delta.lexcheck,
        "corpus": delta.after.corpus,
        "ruleset": delta.after.ruleset,
        "bills": list(delta.bills),
        "amendments": list(delta.after.amendments),
        "summary": delta.summary,
        "before": {"as_of": delta.before.as_of.isoformat(), "summary": delta.before.summary},
        "after": {"as_of": delta.after.as_of.isoformat(), "summary": delta.after.summary},
        "changes": [change_dict(c) for c in sorted_changes(delta)],
    }


def _dump(payload: dict) -> str:
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def render(report: Report, **_options) -> str:
    return _dump(as_dict(report))


def render_delta(delta: Delta, **_options) -> str:
    return _dump(delta_dict(delta))
