"""Rule cases: data files (tests/rule_cases/*.case) → a check → hand-written verdicts.

Each case file holds a tiny corpus (one or more ``=== corpus <name>.lex`` sections), a
tiny rule pack (``=== rules <name>.req``), optionally evidence (``=== evidence
<name>.evidence``), and before the first section one ``expect <id> <status> <reason
codes…>`` line per requirement, written by hand from the law and the requirement, and
optionally ``expect-in-law <id> <status>``: the status on the law alone, with every
evidence record left out (without such a line: the same status).
The cases use their own vocabulary (``cases.vocab``), independent of the shipped one.
Every case is its own test (``pytest_generate_tests``); a meta-test checks that the
cases together reach every status and every named partial reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from lexcheck.checking import run_check
from lexcheck.legislation import check_terms, load_corpus
from lexcheck.requirements import check_scopes, load_evidence, load_pack
from lexcheck.results import LEFT_OUT, REASON_CODES, STATUSES

CASES = Path(__file__).parent / "rule_cases"
VOCAB = CASES / "cases.vocab"
PARTIAL_REASONS = ("narrower-group", "narrower-scope", "narrower-proceeding", "later-stage", "stage-unstated",
                   "not-free", "forbidden-condition", "extra-condition", "extra-exception", "lower-amount",
                   "suspended", "missing-element")
SECTION = re.compile(r"^=== (corpus|rules|evidence) ([\w.-]+)$")
IN_LAW = re.compile(r"^expect-in-law ([A-Z](?:\.\d+)*) (met|partial|gap|undetermined|needs-evidence)$")
EXPECT = re.compile(r"^expect ([A-Z](?:\.\d+)*) (met|partial|gap|undetermined|needs-evidence)((?: [a-z-]+)*)$")


@dataclass
class Case:
    name: str
    expect: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    in_law: dict[str, str] = field(default_factory=dict)
    files: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (kind, file name, lines)


def read_case(path: Path) -> Case:
    case = Case(path.stem)
    current = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        head = SECTION.match(line)
        if head:
            current = (head.group(1), head.group(2), [])
            case.files.append(current)
        elif current is not None:
            current[2].append(line)
        elif line.startswith("expect-in-law"):
            m = IN_LAW.match(line)
            assert m, f"{path.name}:{number}: malformed expect-in-law line: {line!r}"
            case.in_law[m.group(1)] = m.group(2)
        elif line.startswith("expect"):
            m = EXPECT.match(line)
            assert m, f"{path.name}:{number}: malformed expect line: {line!r}"
            codes = tuple(sorted(m.group(3).split()))
            assert all(c in REASON_CODES for c in codes), f"{path.name}:{number}: unknown reason code in {line!r}"
            case.expect[m.group(1)] = (m.group(2), codes)
        else:
            assert not line.strip() or line.startswith("#"), f"{path.name}:{number}: stray line {line!r}"
    assert case.expect, f"{path.name}: no expect line"
    assert any(kind == "rules" for kind, _, _ in case.files), f"{path.name}: no rules section"
    return case


ALL_CASES = sorted(CASES.glob("*.case"))


def pytest_generate_tests(metafunc):
    if "case" in metafunc.fixturenames:
        metafunc.parametrize("case", [read_case(p) for p in ALL_CASES], ids=[p.stem for p in ALL_CASES])


def run_case(case: Case, tmp: Path):
    """Write the case's files into folders and check them the way the API does."""
    (tmp / "corpus").mkdir()
    (tmp / "rules").mkdir()
    evidence = []
    for kind, name, lines in case.files:
        folder = {"corpus": tmp / "corpus", "rules": tmp / "rules", "evidence": tmp}[kind]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        if kind == "evidence":
            evidence.append(folder / name)
    pack, vocab = load_pack(tmp / "rules", base_vocabulary=[VOCAB])
    corpus = load_corpus(tmp / "corpus")
    check_terms(corpus, vocab)
    check_scopes(pack, corpus)
    return run_check(corpus, pack, vocab, evidence=load_evidence(evidence))


def test_rule_case(case, tmp_path):
    report = run_case(case, tmp_path)
    got = {f.requirement: (f.status, tuple(sorted({r.code for t in f.tests for r in t.reasons}
                                                   | ({f.deadline.code} if f.deadline else set()))))
           for f in report.findings}
    assert got == case.expect
    # met on evidence is not met in law: the status on the law alone
    in_law = {f.requirement: f.law_status for f in report.findings}
    assert in_law == {rid: case.in_law.get(rid, status) for rid, (status, _) in case.expect.items()}


def test_cases_reach_every_status_and_reason():
    """Meta-test: together the cases reach every status and every partial reason."""
    cases = [read_case(p) for p in ALL_CASES]
    statuses = {s for c in cases for s, _ in c.expect.values()}
    assert statuses == set(STATUSES)
    partial = {code for c in cases for s, codes in c.expect.values() if s == "partial" for code in codes}
    assert set(PARTIAL_REASONS) <= partial
    everything = {code for c in cases for _, codes in c.expect.values() for code in codes}
    assert {"excerpt", "unverified", "evidence", "no-evidence", "no-provision", "met"} <= everything
    assert set(LEFT_OUT) <= everything  # every way a record is left out
    assert any(c.in_law for c in cases)  # a case where the status rests on evidence


def test_a_partial_finding_names_its_provision(tmp_path):
    """A partial finding cites the provision that goes part of the way, with file:line:col."""
    report = run_case(read_case(CASES / "partial-narrower-group.case"), tmp_path)
    finding = report.finding("A.1")
    assert [(p.act, p.ref) for p in finding.provisions] == [("duty", "Art. 9, 9.1")]
    assert finding.provisions[0].location.endswith("duty.lex:5:3")  # the provision line of the corpus section
    assert any("narrower group" in r for r in finding.reasons)


def test_a_gap_lists_what_was_considered(tmp_path):
    """A gap relies on no provision; an exemption of the right kind in the searched article
    that is about other people is listed as considered, with why it does not serve."""
    report = run_case(read_case(CASES / "gap-complete.case"), tmp_path)
    finding = report.finding("A.1")
    assert finding.provisions == ()
    assert [(p.act, p.ref) for p in finding.tests[0].considered] == [("duty", "Art. 9, 9.1")]
    assert "encoded completely" in finding.reasons[0]
    aside = [r for r in finding.tests[0].reasons if r.code == "does-not-serve"]
    assert len(aside) == 1 and "duty Art. 9, 9.1" in aside[0].text and "alimony" in aside[0].text
    assert [(p.act, p.ref) for p in aside[0].provisions] == [("duty", "Art. 9, 9.1")]


def test_a_gap_names_what_was_searched(tmp_path):
    """A gap names the article it searched, with where that article is encoded."""
    report = run_case(read_case(CASES / "gap-complete.case"), tmp_path)
    finding = report.finding("A.1")
    [where] = finding.searched
    assert (where.act, where.ref, where.coverage) == ("duty", "Art. 9", "complete")
    assert where.location.endswith("duty.lex:4:1")  # the article heading of the corpus section


def test_a_suspension_gap_names_the_suspension_and_its_end(tmp_path):
    """On a day an action is suspended as a whole, the reason names the suspension and its end."""
    report = run_case(read_case(CASES / "suspended.case"), tmp_path)
    finding = report.finding("A.1")
    assert finding.status == "gap"
    assert any("lab Art. 20, 20.2 suspends" in r and "until 2023-04-01" in r and "none of the way" in r
               for r in finding.reasons)
    assert ("lab", "Art. 20, 20.2") in {(p.act, p.ref) for p in finding.provisions}


def test_shortfalls_are_named_in_the_reason_text(tmp_path):
    """Reason texts carry the shortfall's name, so people and scenarios can find it."""
    report = run_case(read_case(CASES / "overlapping-proceeding.case"), tmp_path)
    assert any("(narrower proceeding)" in r for r in report.finding("A.1").reasons)
    (tmp_path / "2").mkdir()
    report = run_case(read_case(CASES / "extra-condition.case"), tmp_path / "2")
    text = " ".join(report.finding("A.1").reasons)
    assert "(extra condition)" in text and "the person is a citizen" in text
