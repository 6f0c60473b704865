"""The report fixture: a made-up corpus and pack, checked before and after a made-up bill.

The Delta is built by hand here (matched by requirement id, change from the two statuses)
so the report formats are tested independently of ``lexcheck.diff``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lexcheck.api import load_workspace
from lexcheck.results import STATUSES, Attribution, Delta, FindingChange, Report

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = HERE / "corpus"
AMENDED = HERE / "amended"
RULES = HERE / "rules"
EXPECTED = HERE / "expected"

BILL_FILE = HERE / "bill" / "fixture.bill"
REGEN = os.environ.get("LEXCHECK_REGEN_GOLDEN") == "1"

BILL = {"id": "fixture-bill", "title": "Fixture bill on victims' access to justice", "file": "tests/golden/bill"}

# requirement → (clause, operation, provision) of the made-up bill, written by hand
ATTRIBUTIONS = {
    "A.1": [("3", "repeal", "procedure Art. 10, 10.1")],
    "A.2.1": [("1", "substitute", "duty Art. 9, 9.1")],
    "A.2.2": [("2", "insert", "duty Art. 9, 9.3")],
    "A.2.3": [("1", "substitute", "duty Art. 9, 9.1")],
    "A.3.1": [("4", "repeal", "procedure Art. 10, 10.2")],
}


def check(corpus: Path = CORPUS) -> Report:
    """The fixture checked from ROOT, so that paths in reports are shown relative to the
    repository whatever the working directory of the test run."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return load_workspace(corpus, RULES).check()
    finally:
        os.chdir(cwd)


def workspace(corpus: Path = CORPUS):
    """The fixture's loaded workspace (the CLI gives it to the formats that locate what a
    test searched, e.g. ``github``)."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return load_workspace(corpus, RULES)
    finally:
        os.chdir(cwd)


def classify(before: str, after: str) -> str:
    if before == after:
        return "unchanged"
    if after == "met":
        return "closed"
    if before == "met":
        return "opened"
    return "improved" if STATUSES.index(after) > STATUSES.index(before) else "regressed"


def delta(before: Report, after: Report) -> Delta:
    changes = []
    for b in before.findings:
        a = after.finding(b.requirement)
        change = classify(b.status, a.status)
        attributions = tuple(Attribution(bill=BILL["id"], clause=c, operation=op, provision=p,
                                         location=f"{BILL['file']}:{int(c) * 3}:3")
                             for c, op, p in ATTRIBUTIONS.get(b.requirement, []) if change != "unchanged")
        verb = {"closed": "closes", "opened": "opens", "improved": "improves", "regressed": "regresses"}.get(change)
        summary = (f"clause {', '.join(a.clause for a in attributions)} of bill {BILL['id']} {verb} {b.requirement}"
                   if attributions else "")
        changes.append(FindingChange(requirement=b.requirement, title=b.title, change=change, before=b, after=a,
                                     attributions=attributions, summary=summary))
    return Delta(lexcheck=after.lexcheck, before=before, after=after, bills=(BILL,), changes=tuple(changes))


def compare_golden(name: str, text: str) -> None:
    """Compare with expected/<name>; rewrite it (and skip, saying so) only when LEXCHECK_REGEN_GOLDEN=1."""
    path = EXPECTED / name
    if REGEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        pytest.skip(f"golden file {name} regenerated (LEXCHECK_REGEN_GOLDEN=1): review it with git diff")
    assert path.exists(), f"no golden file {path}; create it with LEXCHECK_REGEN_GOLDEN=1 and review it"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, (f"{name} differs from its golden file; if the change is intended, regenerate "
                              "with LEXCHECK_REGEN_GOLDEN=1 and review the diff")
