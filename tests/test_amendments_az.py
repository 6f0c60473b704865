"""The example bills in legislation/az/bills/ against the Azerbaijan corpus and CP/Rec(2023)03.

Expected outcomes, written by hand from the law as encoded (FACTS.md) and the
recommendation, before running anything:

1. 01-state-duty-exemption: Art. 9 of the Law on State Duty lists no exemption for
   victims of trafficking and is encoded completely, so A.2.3 is a gap; the bill adds one
   for every victim of trafficking on compensation claims, with no condition → met
   (closed), by clause 1. Nothing else changes.
2. 02-lawyer-from-reasonable-grounds: CPC 19.2 gives only a recognised victim a lawyer
   they invite, from recognition (partial); the bill gives every presumed victim a lawyer
   paid by the state from reasonable grounds, with no co-operation condition → every A.1
   test met, A.1 closed, by clause 1. Nothing else changes.
3. 03 (citizens only): the exemption covers a narrower group → A.2.3 gap → partial
   (improved), reason narrower-group. 03b (only if the victim co-operates): a condition
   the requirement forbids → gap → partial (improved), reason forbidden-condition.
4. 04-repeal-cpc-191: Art. 191 is the only state-compensation provision (partial for
   A.2.4: it covers recognised victims only); repealed, the article says nothing and
   that is known completely → A.2.4 partial → gap (regressed), by clause 1 (clause 2
   repeals the court-costs reference 197.1.1, which A.2.4 does not rely on).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lexcheck.results import INFORMATION_CODES
from click.testing import CliRunner

from lexcheck.amendments import apply, load_bill
from lexcheck.api import load_workspace
from lexcheck.cli import main
from lexcheck.diff import diff
from lexcheck.errors import AmendmentError
from lexcheck.formatter import format_act, strip_spans
from lexcheck.legislation import load_corpus, parse_act
from lexcheck.reports import render_delta
from lexcheck.resources import default_corpus

ROOT = Path(__file__).resolve().parent.parent
BILLS = default_corpus() / "bills"
ENTRY = dt.date(2027, 1, 1)

@pytest.fixture(scope="module")
def ws():
    return load_workspace()


def bill(name: str):
    return load_bill(BILLS / name)


def changed(delta) -> dict[str, str]:
    return {c.requirement: c.change for c in delta.changes if c.change != "unchanged"}


def reason_codes(finding) -> set[str]:
    """The codes of what the legislative tests found (information, such as provisions set aside, left out)."""
    return {r.code for t in finding.tests if t.kind == "legislative" for r in t.reasons
            if r.code not in INFORMATION_CODES}


def attributed(change) -> list[tuple[str, str, str, str]]:
    return [(a.bill, a.clause, a.operation, a.provision) for a in change.attributions]


def test_bill_1_state_duty_exemption_closes_a_2_3(ws):
    delta = diff(ws, [bill("01-state-duty-exemption.bill")])
    assert delta.before.as_of == ENTRY
    assert changed(delta) == {"A.2.3": "closed"}
    c = delta.change("A.2.3")
    assert (c.before.status, c.after.status) == ("gap", "met")
    assert attributed(c) == [("az-draft-state-duty-thb", "1", "insert", "state-duty Art. 9, 9.1.14-1")]
    assert c.summary == "clause 1 of bill az-draft-state-duty-thb closes A.2.3 (gap → met)"


def test_bill_2_lawyer_from_reasonable_grounds_closes_a_1(ws):
    delta = diff(ws, [bill("02-lawyer-from-reasonable-grounds.bill")])
    assert changed(delta) == {"A.1": "closed"}
    c = delta.change("A.1")
    assert c.before.status == "partial"
    assert [t.status for t in c.after.tests] == ["met"] * len(c.after.tests)
    assert {p.ref for t in c.after.tests for p in t.decisive} == {"Art. 19, 19.3-1"}
    assert attributed(c) == [("az-draft-cpc-lawyer", "1", "insert", "cpc Art. 19, 19.3-1")]


@pytest.mark.parametrize("name,reason", [
    ("03-state-duty-exemption-citizens.bill", "narrower-group"),
    ("03b-state-duty-exemption-co-operation.bill", "forbidden-condition"),
])
def test_bill_3_a_narrower_exemption_is_only_partial(ws, name, reason):
    delta = diff(ws, [bill(name)])
    assert changed(delta) == {"A.2.3": "improved"}
    c = delta.change("A.2.3")
    assert (c.before.status, c.after.status) == ("gap", "partial")
    assert reason_codes(c.after) == {reason}
    assert c.after.provisions[0].ref == "Art. 9, 9.1.14-1"
    assert c.summary.startswith("clause 1 of bill az-draft-state-duty-thb-") and c.summary.endswith(
        "improves A.2.3 (gap → partial)")


def test_bill_4_repeal_of_cpc_191_regresses_a_2_4(ws):
    delta = diff(ws, [bill("04-repeal-cpc-191.bill")])
    assert changed(delta) == {"A.2.4": "regressed"}
    c = delta.change("A.2.4")
    assert (c.before.status, c.after.status) == ("partial", "gap")
    assert attributed(c) == [("az-draft-cpc-repeal-191", "1", "repeal", "cpc Art. 191")]
    assert c.summary == "clause 1 of bill az-draft-cpc-repeal-191 sets back A.2.4 (partial → gap)"


def test_bill_4_fails_a_drafters_ci(monkeypatch):
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    res = runner.invoke(main, ["diff", "--bill", str(BILLS / "04-repeal-cpc-191.bill"), "--fail-on-regression"])
    assert res.exit_code == 1
    assert "A.2.4    REGRESSED  partial → gap" in res.output
    res = runner.invoke(main, ["diff", "--bill", str(BILLS / "01-state-duty-exemption.bill"),
                               "--fail-on-regression"])
    assert res.exit_code == 0


def test_bills_together_are_attributed_to_each_bill(ws):
    bills = [bill("01-state-duty-exemption.bill"), bill("02-lawyer-from-reasonable-grounds.bill"),
             bill("04-repeal-cpc-191.bill")]
    delta = diff(ws, bills)
    assert changed(delta) == {"A.1": "closed", "A.2.3": "closed", "A.2.4": "regressed"}
    assert delta.change("A.1").attributions[0].bill == "az-draft-cpc-lawyer"
    assert delta.change("A.2.3").attributions[0].bill == "az-draft-state-duty-thb"
    assert delta.change("A.2.4").attributions[0].bill == "az-draft-cpc-repeal-191"


def test_conflicting_bills_are_rejected(ws):
    # bills 1 and 3 both insert 9.1.14-1: the second is told so, at its line
    with pytest.raises(AmendmentError) as err:
        apply(ws.corpus, [bill("01-state-duty-exemption.bill"), bill("03-state-duty-exemption-citizens.bill")])
    assert err.value.message == "act state-duty already has a provision 9.1.14-1"
    assert (err.value.position.line, err.value.position.column) == (15, 15)


def test_before_entry_into_force_nothing_changes(ws):
    delta = diff(ws, [bill("01-state-duty-exemption.bill")], as_of=dt.date(2026, 12, 31))
    assert changed(delta) == {}
    assert delta.after.finding("A.2.3").status == "gap"


def test_same_process_equals_separate_processes(ws, tmp_path):
    names = ["01-state-duty-exemption.bill", "02-lawyer-from-reasonable-grounds.bill", "04-repeal-cpc-191.bill"]
    bills = [bill(n) for n in names]
    delta = diff(ws, bills)
    # in this process, separately and in the other order
    assert delta.after == ws.with_corpus(apply(ws.corpus, bills, as_of=ENTRY), amendments=delta.bills).check(ENTRY)
    assert delta.before == load_workspace().check(ENTRY)
    # in other processes: consolidate, then check the consolidated folder and the baseline
    out = tmp_path / "consolidated"
    cli = [sys.executable, "-m", "lexcheck"]
    args = [a for n in names for a in ("--bill", str(BILLS / n))]
    proc = subprocess.run([*cli, "consolidate", *args, "-o", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr

    def alone(corpus: Path) -> dict:
        p = subprocess.run([*cli, "check", "--corpus", str(corpus), "--as-of", ENTRY.isoformat(), "-f", "json",
                            "--fail-on", "never"], capture_output=True, text=True, cwd=ROOT,
                           env={**os.environ, "NO_COLOR": "1"})
        assert p.returncode == 0, p.stderr
        return {f["requirement"]: (f["status"], f["reasons"]) for f in json.loads(p.stdout)["findings"]}

    both = {c["requirement"]: c for c in json.loads(render_delta(delta, "json"))["changes"]}
    assert {r: (c["after"]["status"], c["after"]["reasons"]) for r, c in both.items()} == alone(out)
    assert {r: (c["before"]["status"], c["before"]["reasons"]) for r, c in both.items()} == alone(default_corpus())


def test_consolidated_azerbaijan_acts_round_trip(ws):
    bills = [bill("01-state-duty-exemption.bill"), bill("02-lawyer-from-reasonable-grounds.bill"),
             bill("04-repeal-cpc-191.bill")]
    new = apply(ws.corpus, bills)
    for act_id in ("state-duty", "cpc"):
        act = new.act(act_id)
        back = parse_act(format_act(act), f"{act_id}.lex")
        assert strip_spans(back) == _plain(act)
    assert new.act("cpc").article("191").provisions == ()
    assert new.act("cpc").article("191").coverage == "complete"


def _plain(node):
    """Spans and amended_by removed (the notation carries neither)."""
    from lexcheck import model as m

    node = strip_spans(node)
    if isinstance(node, tuple):
        return tuple(_plain(x) for x in node)
    if isinstance(node, m.Node):
        update = {k: _plain(getattr(node, k)) for k in type(node).model_fields
                  if isinstance(getattr(node, k), (tuple, m.Node))}
        if "amended_by" in type(node).model_fields:
            update["amended_by"] = ()
        return node.model_copy(update=update)
    return node


def test_the_example_bills_are_marked_hypothetical():
    for path in sorted(BILLS.glob("*.bill")):
        b = load_bill(path)
        assert "hypothetical" in b.title.lower(), path
        assert any("hypothetical" in n.lower() for n in b.notes), path
        assert b.number is None  # a draft has no number; none is invented


def test_the_baseline_corpus_ignores_the_bills_folder():
    assert all(a.span.file.endswith(".lex") for a in load_corpus(default_corpus()).acts)
