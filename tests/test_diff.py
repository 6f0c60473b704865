"""The diff: baseline vs amended checks, matched by requirement id, each change
classified and attributed to bill clauses. Fixture corpus and pack in tests/bills/.

Expected verdicts, by hand, for the fixture (pack tests/bills/rules/pack.req):
- A.2 wants an exemption from state duty for victims of trafficking in compensation
  claims, in sd Art. 9 (encoded completely), with no co-operation condition. The
  baseline exempts only child victims (9.1.?2): partial, narrower group.
- A.3 wants the labour inspectorate to inspect workplaces (cpc Art. 20, an excerpt);
  20.1 says so, and the suspension 20.2 ends on 2024-01-01: met in 2025.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lexcheck.amendments import apply, load_bill, parse_bill
from lexcheck.api import load_workspace
from lexcheck.cli import main
from lexcheck.diff import classify, default_date, diff
from lexcheck.reports import render_delta
from lexcheck.results import Finding, Reason
from lexcheck.results import TestOutcome as Outcome

HERE = Path(__file__).resolve().parent
BILLS = HERE / "bills"
CORPUS, RULES, GOOD = BILLS / "corpus", BILLS / "rules", BILLS / "good"
JULY = dt.date(2025, 7, 1)
ROOT = HERE.parent


@pytest.fixture()
def ws(monkeypatch):
    monkeypatch.chdir(ROOT)  # locations are shown relative to the working directory
    return load_workspace(CORPUS, RULES)


def bill(text: str, name: str = "b.bill"):
    return parse_bill('bill b "test"\n  amends sd, cpc\n  in-force 2025-07-01\n' + text, name)


# ---- classification ----------------------------------------------------------------------

SHORTFALLS = ("narrower-group", "later-stage", "not-free")


def finding(status: str, *tests: tuple[str, int | tuple[str, ...]]) -> Finding:
    """A finding whose tests have a status and the shortfalls of their best provision
    (a number n: the first n of SHORTFALLS; or the codes themselves)."""
    def codes(n):
        return SHORTFALLS[:n] if isinstance(n, int) else n
    outs = tuple(Outcome(label=f"t{i}", kind="legislative", status=s, shortfalls=codes(n),
                         reasons=tuple(Reason(code=c, text="x") for c in codes(n)))
                 for i, (s, n) in enumerate(tests or [(status, 0)]))
    return Finding(requirement="A.9", title="t", status=status, priority="other", sources=(), location="",
                   tests=outs)


@pytest.mark.parametrize("before,after,change", [
    (finding("gap"), finding("met"), "closed"),
    (finding("partial", ("partial", 1)), finding("met"), "closed"),
    (finding("met"), finding("partial", ("partial", 1)), "opened"),
    (finding("met"), finding("undetermined"), "opened"),
    (finding("gap"), finding("partial", ("partial", 1)), "improved"),
    (finding("partial", ("partial", 1)), finding("gap"), "regressed"),
    (finding("undetermined"), finding("gap"), "regressed"),
    (finding("partial", ("partial", 2)), finding("partial", ("partial", 1)), "improved"),
    (finding("partial", ("partial", 1)), finding("partial", ("partial", 2)), "regressed"),
    # one test better, another worse: a regression is never hidden
    (finding("partial", ("gap", 0), ("met", 0)), finding("partial", ("met", 0), ("gap", 0)), "regressed"),
    (finding("partial", ("gap", 0), ("partial", 1)), finding("partial", ("met", 0), ("partial", 1)), "improved"),
    # different shortfalls: the heavier one decides (a forbidden condition weighs most) ...
    (finding("partial", ("partial", ("narrower-group",))), finding("partial", ("partial", ("forbidden-condition",))),
     "regressed"),
    (finding("partial", ("partial", ("forbidden-condition",))), finding("partial", ("partial", ("later-stage",))),
     "improved"),
    # ... then their number; as heavy and as many is as good
    (finding("partial", ("partial", ("narrower-group",))), finding("partial", ("partial", ("later-stage",))),
     "unchanged"),
    (finding("partial", ("partial", ("stage-unstated",))), finding("partial", ("partial", ("later-stage",))),
     "regressed"),
    (finding("met"), finding("met"), "unchanged"),
    (finding("gap"), finding("gap"), "unchanged"),
])
def test_classify(before, after, change):
    assert classify(before, after) == change


# ---- diffs on the fixture -------------------------------------------------------------------

def test_a_bill_closes_a_requirement_and_says_which_clause(ws):
    delta = diff(ws, [load_bill(GOOD / "duty.bill")])
    assert delta.before.as_of == delta.after.as_of == JULY  # default: the bill's entry into force
    c = delta.change("A.2")
    assert (c.before.status, c.after.status, c.change) == ("partial", "met", "closed")
    assert c.summary == "clause 1 of bill t-duty closes A.2 (partial → met)"
    [a] = c.attributions
    assert (a.bill, a.clause, a.operation, a.provision) == ("t-duty", "1", "insert", "sd Art. 9, 9.1.20")
    assert a.location == "tests/bills/good/duty.bill:10:3"
    assert c.after.provisions[0].location == "tests/bills/good/duty.bill:11:5"
    assert c.after.provisions[0].amended_by == ("t-duty clause 1 (insert)",)
    assert {r: delta.change(r).change for r in ("A.1", "A.3", "A.4")} == dict.fromkeys(("A.1", "A.3", "A.4"),
                                                                                       "unchanged")
    assert delta.summary == {"closed": 1, "improved": 0, "regressed": 0, "opened": 0, "unchanged": 3}
    assert delta.bills[0]["id"] == "t-duty" and delta.bills[0]["applied"] is True
    assert delta.after.amendments == delta.bills


def test_a_forbidden_condition_opens_a_met_requirement(ws):
    amended = ws.with_corpus(apply(ws.corpus, [load_bill(GOOD / "duty.bill")]))
    delta = diff(amended, [load_bill(GOOD / "later.bill")])
    assert delta.before.as_of == dt.date(2026, 1, 1)
    c = delta.change("A.2")
    assert (c.before.status, c.after.status, c.change) == ("met", "partial", "opened")
    assert c.summary == "clause 1 of bill t-later opens A.2 (met → partial)"
    # 9.1.20 now applies only on co-operation (forbidden); it is considered, and the
    # checker reports the other partial provision (child victims) as the deciding one
    assert "Art. 9, 9.1.20" in [p.ref for p in c.after.tests[0].considered]
    assert [(a.bill, a.operation, a.provision) for a in c.attributions] == [
        ("t-later", "substitute", "sd Art. 9, 9.1.20")]


def test_a_repeal_regresses_a_partial_requirement(ws):
    delta = diff(ws, [bill("clause 1\n  repeal sd provision 9.1.?2\n")])
    c = delta.change("A.2")
    # Art. 9 is encoded completely: with 9.1.?2 gone nothing in it says so → gap
    assert (c.before.status, c.after.status, c.change) == ("partial", "gap", "regressed")
    assert c.summary == "clause 1 of bill b sets back A.2 (partial → gap)"
    assert [(a.operation, a.provision) for a in c.attributions] == [("repeal", "sd Art. 9, 9.1.?2")]


def test_repeal_of_a_met_provision_in_an_excerpt_opens_it_as_undetermined(ws):
    delta = diff(ws, [bill("clause 1\n  repeal cpc provision 20.1\n")])
    c = delta.change("A.3")
    # cpc Art. 20 is an excerpt: silence there proves nothing → undetermined, not gap
    assert (c.before.status, c.after.status, c.change) == ("met", "undetermined", "opened")


def test_a_narrower_provision_improves_a_gap(ws):
    base = ws.with_corpus(apply(ws.corpus, [bill("clause 1\n  repeal sd provision 9.1.?2\n")]))
    delta = diff(base, [bill("clause 1\n  insert in sd article 9\n    provision 9.1.21 \"Foreign victims.\"\n"
                             "      exempts foreign-victim-of-trafficking from state-duty in compensation-claim\n")])
    c = delta.change("A.2")
    assert (c.before.status, c.after.status, c.change) == ("gap", "partial", "improved")
    assert c.summary == "clause 1 of bill b improves A.2 (gap → partial)"


def test_several_clauses_are_named_together(ws):
    delta = diff(ws, [bill("clause 1\n  repeal sd provision 9.1.?2\nclause 2\n  insert in sd article 9\n"
                           "    provision 9.1.21 \"All victims.\"\n"
                           "      exempts victim-of-trafficking from state-duty in compensation-claim\n")])
    c = delta.change("A.2")
    assert c.change == "closed"
    assert c.summary == "clauses 1 and 2 of bill b close A.2 (partial → met)"


def test_a_bill_not_yet_in_force_changes_nothing(ws):
    delta = diff(ws, [load_bill(GOOD / "duty.bill")], as_of=dt.date(2025, 1, 1))
    assert delta.summary["unchanged"] == 4
    assert delta.bills[0]["applied"] is False
    assert delta.before == delta.after.model_copy(update={"amendments": ()})


def test_default_date_is_the_last_entry_into_force(ws):
    bills = [load_bill(GOOD / "duty.bill"), load_bill(GOOD / "later.bill")]
    assert default_date(ws, bills) == dt.date(2026, 1, 1)
    assert default_date(ws, []) == ws.pack.as_of


# ---- the two checks in one process are the checks run separately ------------------------------

def test_same_process_equals_separate_checks(ws):
    bills = [load_bill(GOOD / "every-operation.bill")]
    delta = diff(ws, bills)
    day = delta.before.as_of
    # separately, in this process, in the other order
    after = ws.with_corpus(apply(ws.corpus, bills, as_of=day), amendments=delta.bills).check(day)
    before = load_workspace(CORPUS, RULES).check(day)
    assert delta.after == after
    assert delta.before == before


def _cli_json(*args: str) -> dict:
    proc = subprocess.run([sys.executable, "-m", "lexcheck", *args],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def _verdicts(findings) -> dict:
    return {f["requirement"]: (f["status"], f["reasons"]) for f in findings}


def test_same_process_equals_separate_processes(ws, tmp_path):
    bills = [load_bill(GOOD / "duty.bill"), load_bill(GOOD / "later.bill")]
    delta = diff(ws, bills)
    out = tmp_path / "consolidated"
    proc = subprocess.run([sys.executable, "-m", "lexcheck", "consolidate",
                           "--bill", str(GOOD / "duty.bill"), "--bill", str(GOOD / "later.bill"),
                           "--corpus", str(CORPUS), "--rules", str(RULES), "-o", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    day = delta.after.as_of.isoformat()
    alone_after = _cli_json("check", "--corpus", str(out), "--rules", str(RULES), "--as-of", day, "-f", "json",
                            "--fail-on", "never")
    alone_before = _cli_json("check", "--corpus", str(CORPUS), "--rules", str(RULES), "--as-of", day, "-f",
                             "json", "--fail-on", "never")
    both = json.loads(render_delta(delta, "json"))
    changes = {c["requirement"]: c for c in both["changes"]}
    got_after = {r: (c["after"]["status"], c["after"]["reasons"]) for r, c in changes.items()}
    got_before = {r: (c["before"]["status"], c["before"]["reasons"]) for r, c in changes.items()}
    assert got_after == _verdicts(alone_after["findings"])
    assert got_before == _verdicts(alone_before["findings"])


# ---- CLI ---------------------------------------------------------------------------------------

def test_cli_diff_text_and_exit_codes(monkeypatch):
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    args = ["diff", "--corpus", str(CORPUS), "--rules", str(RULES)]
    res = runner.invoke(main, [*args, "--bill", str(GOOD / "duty.bill"), "--fail-on-regression"])
    assert res.exit_code == 0, res.output
    assert "clause 1 of bill t-duty closes A.2 (partial → met)" in res.output
    repeal = ROOT / "tests/bills/good/repeal-child-exemption.bill"
    res = runner.invoke(main, [*args, "--bill", str(repeal)])
    assert res.exit_code == 0  # a regression fails only when asked
    res = runner.invoke(main, [*args, "--bill", str(repeal), "--fail-on-regression"])
    assert res.exit_code == 1
    assert "sets back A.2 (partial → gap)" in res.output


def test_cli_diff_json_is_deterministic(monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    outs = []
    for name in ("a.json", "b.json"):
        res = runner.invoke(main, ["diff", "--corpus", str(CORPUS), "--rules", str(RULES), "--bill",
                                   str(GOOD / "duty.bill"), "-f", "json", "-o", str(tmp_path / name)])
        assert res.exit_code == 0, res.output
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1]
    data = json.loads(outs[0])
    assert {c["requirement"]: c["change"] for c in data["changes"]}["A.2"] == "closed"


def test_cli_diff_bad_bill_exits_2(monkeypatch):
    monkeypatch.chdir(ROOT)
    res = CliRunner().invoke(main, ["diff", "--corpus", str(CORPUS), "--rules", str(RULES), "--bill",
                                    str(BILLS / "bad/act-not-in-corpus.bill")])
    assert res.exit_code == 2
    assert "act-not-in-corpus.bill:3:14: error[E010]" in res.output


def test_cli_diff_says_when_a_bill_is_not_yet_in_force(monkeypatch):
    monkeypatch.chdir(ROOT)
    res = CliRunner().invoke(main, ["diff", "--corpus", str(CORPUS), "--rules", str(RULES), "--bill",
                                    str(GOOD / "duty.bill"), "--as-of", "2025-01-01"])
    assert res.exit_code == 0
    assert ("bill t-duty enters into force on 2025-07-01, after 2025-01-01: it was checked but not applied"
            in res.output)


def test_cli_diff_unknown_term_in_a_bill_is_shown_at_the_bill_line(tmp_path):
    path = tmp_path / "unknown-term.bill"
    path.write_text('bill b "t"\n  amends sd\n  in-force 2025-07-01\nclause 1\n  insert in sd article 9\n'
                    '    provision 9.1.30 "x"\n      exempts victim-of-trafficing from state-duty in compensation-claim\n',
                    encoding="utf-8")
    res = CliRunner().invoke(main, ["diff", "--corpus", str(CORPUS), "--rules", str(RULES), "--bill", str(path)])
    assert res.exit_code == 2
    assert f"{path}:7:15: error[E002]: unknown party 'victim-of-trafficing'" in res.output
    assert "did you mean 'victim-of-trafficking'" in res.output
