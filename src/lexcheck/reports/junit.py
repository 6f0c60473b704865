"""JUnit XML report (for CI dashboards): one testcase per requirement.

gap and partial are failures (the message is the status and first reason, the body all
reasons, provisions and the suggested fix); undetermined and needs-evidence are skipped
with their reason (nothing can be concluded from the text); met passes. In diff mode a
testcase fails when the bill regressed or opened it.

The document is valid against the common JUnit schema (Jenkins' ``junit-10.xsd``, the
one CI dashboards read; tests/schemas/junit-10.xsd): it defines no ``file`` on a
testcase and no ``skipped`` on ``testsuites`` (the skipped count is on the testsuite),
so the requirement's file:line:col is in the body of each testcase instead.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..results import Delta, Finding, Report
from .common import (STATUS_WORDS, amendment_entry, evidence_line, evidence_note, searched_text, shows_searched,
                     sorted_changes, sorted_findings)

FAILING = ("gap", "partial")
SKIPPED = ("undetermined", "needs-evidence")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: object) -> str:
    """Text XML 1.0 can carry (control characters dropped)."""
    return _CONTROL.sub("", str(text))


def _body(f: Finding) -> str:
    lines = [f"{f.requirement}: {f.title}", f"status: {f.status}", f"sources: {'; '.join(f.sources)}",
             f"requirement: {f.location}"]
    note = evidence_note(f)
    if note:
        lines.append(f"! {note}")
    lines += [f"evidence: {evidence_line(x)}" for x in f.evidence]
    lines += [f"- {r}" for r in f.reasons]
    lines += [f"@ {p.act} {p.ref} ({p.location})" + (f": {p.summary}" if p.summary else "") for p in f.provisions]
    if shows_searched(f):
        lines += [f"? searched {searched_text(s)}" for s in f.searched]
    if f.fix and f.status != "met":
        lines.append(f"fix: {f.fix}")
    return clean("\n".join(lines))


def _first_reason(f: Finding) -> str:
    return clean(f"{STATUS_WORDS[f.status]}: {f.reasons[0]}" if f.reasons else STATUS_WORDS[f.status])


def _case(suite: ET.Element, classname: str, f: Finding) -> ET.Element:
    case = ET.SubElement(suite, "testcase", {"classname": clean(classname), "name": clean(f"{f.requirement} {f.title}"),
                                             "time": "0"})
    if f.evidence or f.on_evidence:  # met on evidence is not met in law: said where a dashboard reads it
        props = ET.SubElement(case, "properties")
        for name, value in (("on-evidence", "true" if f.on_evidence else "false"), ("status-in-law", f.law_status),
                            *(("evidence", evidence_line(x)) for x in f.evidence)):
            ET.SubElement(props, "property", {"name": name, "value": clean(value)})
    return case


def _document(name: str, cases: list[tuple[Finding, str | None, str | None, str]],
              amendments: tuple[dict, ...] = ()) -> str:
    """cases: (finding, outcome 'failure'|'skipped'|None, message, body)."""
    failures = sum(1 for _, o, _, _ in cases if o == "failure")
    skipped = sum(1 for _, o, _, _ in cases if o == "skipped")
    counts = {"tests": str(len(cases)), "failures": str(failures), "errors": "0"}
    root = ET.Element("testsuites", {"name": "lexcheck", **counts, "time": "0"})
    suite = ET.SubElement(root, "testsuite", {"name": clean(name), **counts, "skipped": str(skipped), "time": "0"})
    if amendments:  # the bills, each said to be applied or not (entering into force after the date)
        props = ET.SubElement(suite, "properties")
        for a in amendments:
            label, text = amendment_entry(a)
            ET.SubElement(props, "property", {"name": label.lower().replace(" ", "-"), "value": clean(text)})
    for f, outcome, message, body in cases:
        case = _case(suite, name, f)
        if outcome == "failure":
            el = ET.SubElement(case, "failure", {"message": message or "", "type": f.status})
            el.text = body
        elif outcome == "skipped":
            ET.SubElement(case, "skipped", {"message": message or ""})
            ET.SubElement(case, "system-out").text = body
        else:
            ET.SubElement(case, "system-out").text = body
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def render(report: Report, **_options) -> str:
    name = clean(report.ruleset.get("id") or "lexcheck")
    cases = []
    for f in sorted_findings(report):
        outcome = "failure" if f.status in FAILING else "skipped" if f.status in SKIPPED else None
        cases.append((f, outcome, _first_reason(f), _body(f)))
    return _document(name, cases, report.amendments)


def render_delta(delta: Delta, **_options) -> str:
    name = clean(delta.after.ruleset.get("id") or "lexcheck")
    cases = []
    for c in sorted_changes(delta):
        outcome = "failure" if c.change in ("regressed", "opened") else None
        message = clean(f"{c.change}: {c.before.status} → {c.after.status}" + (f"; {c.summary}" if c.summary else ""))
        body = clean(f"change: {c.change} ({c.before.status} → {c.after.status})\n"
                     + (f"{c.summary}\n" if c.summary else "")
                     + "".join(f"~ {a.bill} clause {a.clause} ({a.operation}): {a.provision}\n" for a in c.attributions)
                     + _body(c.after))
        cases.append((c.after, outcome, message, body))
    return _document(name, cases, delta.bills)
