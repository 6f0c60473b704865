"""The Python API: ``lexcheck.check(corpus, rules, as_of=, evidence=)`` and Workspace,
on a small fixture written here (terms of the shipped vocabulary)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import lexcheck
from lexcheck import model as m
from lexcheck.api import load_workspace
from lexcheck.errors import LexcheckError, UnknownTerm
from lexcheck.legislation import parse_act
from lexcheck.requirements import EvidenceRecord
from lexcheck.results import STATUSES

DUTY = """\
act duty "Law on State Duty (fixture)"
  jurisdiction az
  encoded excerpt
article 9 "Exemptions" complete
  provision 9.1 "Child victims pay no duty on compensation claims."
    exempts child-victim-of-trafficking from state-duty in compensation-claim
  provision 9.2 "From 2024, every victim of trafficking is exempt."
    in-force from 2024-01-01
    exempts victim-of-trafficking from state-duty in compensation-claim
"""
PACK = """\
pack api "API fixture pack"
  citation "API/1"
  as-of 2023-03-31
requirement A.1 "Victims exempt from duty on compensation claims"
  greta 71
  legislative
    requires exempts victim-of-trafficking from state-duty in compensation-claim
    look-in duty article 9
requirement A.2 "Training"
  greta 72
  practice "training of judges"
"""


@pytest.fixture
def paths(tmp_path) -> tuple[Path, Path]:
    corpus, rules = tmp_path / "corpus", tmp_path / "rules"
    corpus.mkdir()
    rules.mkdir()
    (corpus / "duty.lex").write_text(DUTY, encoding="utf-8")
    (rules / "pack.req").write_text(PACK, encoding="utf-8")
    return corpus, rules


def statuses(report) -> dict[str, str]:
    return {f.requirement: f.status for f in report.findings}


def test_check_on_the_pack_date(paths):
    """On 2023-03-31 only child victims are exempt: partial; training needs evidence."""
    report = lexcheck.check(*paths)
    assert statuses(report) == {"A.1": "partial", "A.2": "needs-evidence"}
    assert report.as_of == dt.date(2023, 3, 31)
    assert report.summary == {"met": 0, "partial": 1, "gap": 0, "undetermined": 0, "needs-evidence": 1}
    assert report.tally_line() == "2 requirements: 0 met, 1 partial, 0 gap, 0 undetermined, 1 needs-evidence"
    assert report.finding("A.1").sources[:2] == ("API/1 part A, item 1", "GRETA report para. 71")


def test_check_on_another_date_and_with_evidence(paths, tmp_path):
    """From 2024 every victim is exempt: met; an evidence record meets the practice test."""
    evidence = tmp_path / "e.evidence"
    evidence.write_text('evidence A.2 "Judges trained (fixture)"\n  source "a report" dated 2024-02-01\n',
                        encoding="utf-8")
    report = lexcheck.check(*paths, as_of=dt.date(2024, 2, 1), evidence=[evidence])
    assert statuses(report) == {"A.1": "met", "A.2": "met"}
    # a record built in Python counts from its own date (the pack's date here is 2023-03-31)
    record = EvidenceRecord(requirement="A.2", done="done", sources=(m.Source(cite="s"),),
                            start=dt.date(2023, 1, 1))
    assert statuses(lexcheck.check(*paths, evidence=[record]))["A.2"] == "met"
    # undated, it cannot show practice on any day: it is left out, and the finding says so
    undated = EvidenceRecord(requirement="A.2", done="done", sources=(m.Source(cite="s"),))
    finding = lexcheck.check(*paths, evidence=[undated]).finding("A.2")
    assert finding.status == "needs-evidence"
    assert [r.code for r in finding.tests[0].reasons] == ["no-evidence", "evidence-undated"]


def test_a_corpus_model_instead_of_a_folder(paths):
    corpus = m.Corpus(acts=(parse_act(DUTY.replace("child-victim-of-trafficking", "victim-of-crime"),
                                      "<duty>"),))
    assert statuses(lexcheck.check(corpus, paths[1]))["A.1"] == "met"


def test_a_workspace_checks_another_corpus_and_checks_its_terms(paths):
    ws = load_workspace(*paths)
    same = ws.check()
    assert statuses(ws.check()) == statuses(same)  # checking twice gives the same findings
    assert ws.check() == same
    other = m.Corpus(acts=(parse_act(DUTY.replace("child-victim-of-trafficking", "chld-victim"), "<bad>"),))
    with pytest.raises(UnknownTerm, match="unknown party 'chld-victim'"):
        ws.with_corpus(other)
    elsewhere = m.Corpus(acts=(parse_act(DUTY.replace("act duty", "act tax"), "<tax>"),))
    with pytest.raises(LexcheckError, match="looks in act 'duty', which is not in the corpus"):
        ws.with_corpus(elsewhere)


def test_the_built_in_case_runs_from_anywhere(tmp_path, monkeypatch):
    """With no arguments: the shipped Azerbaijan corpus and CP/Rec(2023)03 pack."""
    monkeypatch.chdir(tmp_path)
    report = lexcheck.check()
    assert report.findings
    assert all(f.status in STATUSES for f in report.findings)
    assert [f.requirement for f in report.findings] == sorted(
        (f.requirement for f in report.findings),
        key=lambda rid: tuple(int(p) if p.isdigit() else p for p in rid.split(".")))


def test_the_same_input_gives_byte_identical_reports_across_processes(paths):
    """Hash randomisation (sets, dicts of terms) must not change a report."""
    import os
    import subprocess
    import sys

    corpus, rules = paths
    (corpus / "cpc.lex").write_text(
        'act cpc "Criminal Procedure Code (fixture)"\n  jurisdiction az\narticle 19 complete\n'
        '  provision 19.1 "x"\n    grants victim-of-crime legal-assistance\n'
        '  provision 19.2 "y"\n    grants child-victim-of-trafficking legal-assistance from reasonable-grounds\n'
        '  provision 19.3 "z"\n    grants victim-of-trafficking legal-assistance when co-operation-with-authorities\n',
        encoding="utf-8")
    (rules / "more.req").write_text(
        'requirement A.3 "Lawyer"\n  greta 46\n  legislative\n'
        "    requires grants victim-of-trafficking legal-assistance from reasonable-grounds\n"
        "    look-in cpc article 19\n    forbid co-operation-with-authorities\n", encoding="utf-8")
    outputs = set()
    for seed in ("1", "2", "3"):
        done = subprocess.run(
            [sys.executable, "-m", "lexcheck", "check", "--corpus", str(corpus),
             "--rules", str(rules), "--format", "json", "--fail-on", "never"],
            capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed}, cwd=corpus.parent, timeout=120)
        assert done.returncode == 0, done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1
