"""JSON report: the contract of the design, stable keys, sorted findings."""

from __future__ import annotations

import json

from ..results import Report


def as_dict(report: Report) -> dict:
    return {
        "lexcheck": report.lexcheck,
        "corpus": report.corpus,
        "ruleset": report.ruleset,
        "as_of": report.as_of.isoformat(),
        "amendments": list(report.amendments),
        "summary": report.summary,
        "findings": [
            {
                "requirement": f.requirement,
                "title": f.title,
                "status": f.status,
                "priority": f.priority,
                "sources": list(f.sources),
                "location": f.location,
                "provisions": [p.model_dump(mode="json") for p in f.provisions],
                "reasons": list(f.reasons),
                "tests": [t.model_dump(mode="json") for t in f.tests],
                "fix": f.fix,
                "due": f.due.isoformat() if f.due else None,
            }
            for f in report.findings
        ],
    }


def render(report: Report, **_options) -> str:
    return json.dumps(as_dict(report), indent=2, ensure_ascii=False) + "\n"
