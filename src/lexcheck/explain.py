"""Explanations: a finding → the story of its verdict, step by step, in words.

For each test of the requirement: what the law must contain, where it was searched,
which provisions were considered, the verdict and its reasons; then which test decided
the requirement's status, what would decide a test left undetermined (the fact to verify,
and where), and what would close it (the pack's suggested fix, and for each test not met
the remedy its reasons call for).
"""

from __future__ import annotations

import textwrap

from .requirements import Requirement
from .results import Finding, Report, TestOutcome

STATUS_MEANING = {
    "met": "a provision in force satisfies it fully",
    "partial": "a provision goes part of the way",
    "gap": "no provision satisfies it, and the place searched is encoded completely",
    "undetermined": "no provision settles it, but the encoding searched is incomplete or unverified",
    "needs-evidence": "it concerns practice, which only evidence can show",
}

# reason code → what would remove that shortfall
REMEDIES = {
    "narrower-group": "extend it to the whole group of people the requirement names",
    "narrower-scope": "extend it to the whole matter the requirement names",
    "narrower-proceeding": "make it apply in every proceeding the requirement names",
    "later-stage": "make it apply from the procedural stage the requirement names",
    "stage-unstated": "say from which procedural stage it applies",
    "forbidden-condition": "remove the condition the requirement forbids",
    "lower-amount": "raise the amount to what the requirement asks",
    "not-free": "make it free of charge",
    "suspended": "end the suspension",
    "implied-condition": "make it available whether or not the person co-operates (free of the duty the requirement reads as a condition)",
    "not-increased": "raise the amount above the one in force on the reference date",
    "excerpt": "encode the searched articles completely, so that silence in the law can be told apart from "
               "an omission in the encoding",
    "unverified": "verify the deciding provision against the official publication and remove its unverified mark",
    "no-evidence": "add an evidence record showing the practice (lexcheck check --evidence FILE)",
    "missing-element": "add evidence covering each element still missing",
    "evidence-kind": "give evidence of a kind the test accepts",
    "evidence-not-relevant": "give evidence that covers the elements the test asks for ('covers' line)",
    "evidence-undated": "date the record ('from' line, or a dated source)",
}


def _wrap(text: str, indent: str, width: int = 92) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent + "  ",
                         break_on_hyphens=False) or [indent]


def _numbers(ns: list[int]) -> str:
    words = [str(n) for n in ns]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def deciding(f: Finding) -> str:
    """Which tests decided the status, following :func:`lexcheck.checking.combine`."""
    tests = list(f.tests)
    if not tests:
        return f"The requirement has no test; its status is {f.status}."
    if len(tests) == 1:
        return f"there is one test, and it is {tests[0].status}; so the requirement is {f.status}."
    statuses = [t.status for t in tests]
    if all(s == f.status for s in statuses):
        return f"every test is {f.status}; so the requirement is {f.status}."
    if f.status == "partial":
        good = [n for n, t in enumerate(tests, 1) if t.status in ("met", "partial")]
        bad = [n for n, t in enumerate(tests, 1) if t.status != "met"]
        return (f"test {_numbers(good)} {'goes' if len(good) == 1 else 'go'} at least part of the way, but test "
                f"{_numbers(bad)} {'is' if len(bad) == 1 else 'are'} not met; so the requirement is partial.")
    worst = [n for n, t in enumerate(tests, 1) if t.status == f.status]
    return (f"test {_numbers(worst)} {'is' if len(worst) == 1 else 'are'} {f.status}, and no test goes any part "
            f"of the way; so the requirement is {f.status}.")


def remedies(t: TestOutcome) -> list[str]:
    if t.status == "met":
        return []
    out = []
    for r in t.reasons:
        if r.code == "no-provision" and t.kind == "legislative":
            out.append(f"adopt a provision in force in {', '.join(t.looked_in) or 'the law'} that says: {t.wanted}")
        elif r.code in REMEDIES and REMEDIES[r.code] not in out:
            out.append(REMEDIES[r.code])
    if t.kind == "practice" and not out:
        out.append(REMEDIES["no-evidence"])
    return out


def explain(report: Report, req: Requirement) -> str:
    f = report.finding(req.id)
    out = [f"{f.requirement}: {f.title}",
           f"Status: {f.status.upper()} — {STATUS_MEANING[f.status]} (law as of {report.as_of.isoformat()}).", ""]
    if f.on_evidence:  # met on evidence is not met in law
        out[-1:] = _wrap(f"This status rests on evidence records supplied by the user, which lexcheck cannot "
                         f"verify: on the law alone it is {f.law_status.upper()}.", "") + [""]
    out.append("What the recommendation asks (sources):")
    out += [f"  - {s}" for s in f.sources]
    out.append(f"  The requirement is encoded at {f.location}.")
    out.append("")
    for n, t in enumerate(f.tests, 1):
        out += _wrap(f"Test {n} of {len(f.tests)} ({t.kind}): {t.label}", "")
        if t.kind == "legislative":
            out += _wrap(f"1. The law must contain: {t.wanted}", "   ")
            out += _wrap(f"2. Searched: {'; '.join(s.describe() for s in t.searched) or ', '.join(t.looked_in)}",
                         "   ")
            aside = {p for r in t.reasons if r.code == "does-not-serve" for p in r.provisions}
            serving = [p for p in t.considered if p not in aside]
            if serving:
                out.append("   3. Provisions considered:")
                for p in serving:
                    out += _wrap(f"- {p.act} {p.ref} ({p.location}): {p.summary}"
                                 + (f" [unverified: {p.unverified}]" if p.unverified else ""), "      ")
            elif aside:
                out += _wrap(f"3. No provision in that scope serves this test: {len(aside)} of this kind "
                             f"{'is' if len(aside) == 1 else 'are'} about something else and set aside (below).",
                             "   ")
            else:
                out.append("   3. No provision in that scope has a clause of this kind on this matter.")
            if t.decisive:
                out += _wrap("4. Relied on: " + "; ".join(f"{p.act} {p.ref}" for p in t.decisive), "   ")
            out.append(f"   {5 if t.decisive else 4}. Verdict of this test: {t.status}")
        else:
            out.append(f"   This is about practice, not the text of the law; the verdict is {t.status}.")
            if t.elements:
                out += _wrap("It asks for: " + ", ".join(t.elements)
                             + (f"; still missing: {', '.join(t.missing)}" if t.missing else ""), "   ")
        for r in t.reasons:
            out += _wrap(f"- {r.text}", "      ")
        out.append("")
    out += _wrap("Which test decided: " + deciding(f), "")
    out.append("")
    deciders = [(n, r.text) for n, t in enumerate(f.tests, 1) if t.status == "undetermined"
                for r in t.reasons if r.code == "would-decide"]
    if deciders:
        out.append("What would decide it:")
        for n, text in deciders:
            out += _wrap(f"- test {n}: {text.removeprefix('what would decide it: ')}", "  ")
        out.append("")
    if f.status != "met":
        out.append("What would close it:")
        if f.fix:
            out += _wrap(f"- suggested by the rule pack: {f.fix}", "  ")
        for n, t in enumerate(f.tests, 1):
            for remedy in remedies(t):
                out += _wrap(f"- test {n}: {remedy}", "  ")
        out.append("")
    return "\n".join(out)
