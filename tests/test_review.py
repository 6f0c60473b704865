"""Defects found in review: each test failed before its fix."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BILL = "legislation/az/bills/01-state-duty-exemption.bill"
CLI = [sys.executable, "-m", "lexcheck"]


def _env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update(extra)
    return env


def _on_terminal(args: list[str], env: dict) -> str:
    """Run lexcheck with stdout on a pseudo-terminal; what it printed there."""
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen([*CLI, *args], stdout=slave, stderr=subprocess.DEVNULL, cwd=ROOT, env=env)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the other side is closed
                break
            if not data:
                break
            chunks.append(data)
        proc.wait(timeout=120)
    finally:
        os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("args", [["check"], ["diff", "--bill", BILL]], ids=["check", "diff"])
def test_no_color_is_honoured_on_a_terminal(args):
    """README: colour only when stdout is a terminal *and* NO_COLOR is unset — for diff too."""
    assert "\x1b[" in _on_terminal(args, _env()), "a terminal gets colour"
    assert "\x1b[" not in _on_terminal(args, _env(NO_COLOR="1")), "NO_COLOR turns colour off"


def _to_closed_pipe(args: list[str]) -> subprocess.CompletedProcess:
    """Run lexcheck with stdout a pipe whose reader has gone (like `| head -4` once head exits)."""
    r, w = os.pipe()
    os.close(r)
    try:
        return subprocess.run([*CLI, *args], stdout=w, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                              env=_env(), timeout=120)
    finally:
        os.close(w)


@pytest.mark.parametrize("args, code", [(["rules"], 0), (["check", "--fail-on", "never"], 0), (["check"], 1),
                                        (["explain", "A.2.3"], 0)],
                         ids=["rules", "check-never", "check", "explain"])
def test_a_closed_pipe_is_not_an_internal_error(args, code):
    """README: `lexcheck rules | head -4`; a reader that stops early is no bug in lexcheck."""
    done = _to_closed_pipe(args)
    assert "internal error" not in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    assert done.returncode == code


_PACK = """pack t "Test pack"
  as-of 2023-03-31
requirement A.2 "Duty exemption"
  greta 71
  legislative
    requires exempts victim-of-trafficking from state-duty in compensation-claim
    look-in state-duty article 9
    {line}
"""


@pytest.mark.parametrize("line, col", [("latest-stage state-duty", 18), ("forbid victim-of-trafficking", 12)],
                         ids=["latest-stage", "forbid"])
def test_a_term_of_the_wrong_kind_is_shown_on_its_own_line(tmp_path, line, col):
    """The caret points at the term where it is written, not at the same word on an earlier line."""
    from lexcheck.errors import UnknownTerm
    from lexcheck.requirements import load_pack

    (tmp_path / "p.req").write_text(_PACK.format(line=line), encoding="utf-8")
    with pytest.raises(UnknownTerm) as info:
        load_pack(tmp_path)
    pos = info.value.position
    assert (pos.line, pos.column) == (8, col), info.value.render()
    assert pos.source_line.strip() == line


def test_an_evidence_folder_without_evidence_files_is_an_error(tmp_path):
    """Like an empty corpus, rule pack or bill folder: evidence silently missing would leave
    every practice requirement needs-evidence without a word."""
    from click.testing import CliRunner

    from lexcheck.cli import main

    (tmp_path / "training.txt").write_text("evidence A.4.1 \"x\"\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["check", "--evidence", str(tmp_path)])
    assert done.exit_code == 2, done.output
    assert "no .evidence files" in done.output


def test_an_output_file_gets_the_usual_permissions(tmp_path):
    """A report or consolidated act written 'atomically' is readable as any file the user
    writes (the umask decides), not private like the temporary file it was written to;
    a file that is replaced keeps its mode."""
    import stat

    from lexcheck.output import write_atomic

    old = os.umask(0o022)
    try:
        fresh = tmp_path / "report.html"
        write_atomic(fresh, "<p>x</p>\n")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        kept = tmp_path / "kept.txt"
        kept.write_text("old\n")
        kept.chmod(0o640)
        write_atomic(kept, "new\n")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640
        assert kept.read_text() == "new\n"
    finally:
        os.umask(old)


def test_the_plural_step_the_bills_regress_is_understood():
    """'Then the bills regress A.2.4' / 'Then the bills regress nothing' match the step's
    pattern, but 'regress' ends in 's' and was taken for the singular: no change (or a KeyError)."""
    from _pytest.outcomes import Failed

    from lexcheck.bdd import steps
    from lexcheck.bdd.case import Case
    from lexcheck.resources import default_corpus

    case = Case(base=ROOT, rootdir=ROOT, corpus_path=default_corpus(),
                bills=[ROOT / "legislation/az/bills/04-repeal-cpc-191.bill"])
    case.check_bill()
    regressed = [c.requirement for c in case.delta.changes if c.change == "regressed"]
    assert regressed, "bill 04 regresses a requirement (README)"
    steps._bill_changes(case, "regress", " and ".join(regressed))
    steps._bill_changes(case, "regresses", " and ".join(regressed))
    steps._bill_nothing(case, "close")
    with pytest.raises(Failed, match="regress"):
        steps._bill_nothing(case, "regress")


@pytest.mark.parametrize("before, after, change", [
    # a bill repeals the only provision that went part of the way, in an article encoded as an
    # excerpt: nothing is found any more, so the status is undetermined — the law moved away
    # from meeting the requirement, and --fail-on-regression must see it
    ("partial", "undetermined", "regressed"),
    # a bill adds a provision that goes part of the way where nothing was found
    ("undetermined", "partial", "improved"),
    ("undetermined", "gap", "regressed"),
    ("gap", "undetermined", "improved"),
])
def test_diff_measures_progress_towards_meeting_the_requirement(before, after, change):
    from lexcheck.diff import classify
    from tests.test_diff import finding

    def f(status):
        return finding(status, (status, 1 if status == "partial" else 0))

    assert classify(f(before), f(after)) == change


_REQ = """pack t "Test pack"
  as-of 2023-03-31
requirement A.1 "Training"
  greta 46
  convention "15(2)"
  greta 71
  convention "12"
  {extra}practice "training of judges"
"""


def test_repeated_source_lines_of_a_requirement_are_all_kept(tmp_path):
    """Two 'greta' (or 'convention') lines both cite: the first was silently dropped."""
    from lexcheck.requirements import load_pack

    (tmp_path / "p.req").write_text(_REQ.format(extra=""), encoding="utf-8")
    pack, _ = load_pack(tmp_path)
    req = pack.get("A.1")
    assert req.greta == (46, 71)
    assert req.convention == ("15(2)", "12")


@pytest.mark.parametrize("line", ['priority other', 'fix "another fix"', "due 2025-06-16"])
def test_a_requirement_saying_a_single_field_twice_is_an_error(tmp_path, line):
    """Like a bill: the second 'priority'/'fix'/'due' would silently replace the first."""
    from lexcheck.errors import LexcheckError
    from lexcheck.requirements import load_pack

    keyword = line.split()[0]
    extra = f"{line}\n  {line.replace('other', 'immediate').replace('another', 'a').replace('2025', '2026')}\n  "
    (tmp_path / "p.req").write_text(_REQ.format(extra=extra), encoding="utf-8")
    with pytest.raises(LexcheckError) as info:
        load_pack(tmp_path)
    err = info.value
    assert f"'{keyword}' twice" in err.message
    assert (err.position.line, err.position.column) == (9, 3), err.render()


_ACT = """act state-duty "Law on State Duty"
  jurisdiction az
  encoded excerpt

article 9 "Exemptions" complete
  in-force from 2002-01-01
  provision 9.1 "Claimants are exempt."
    in-force from 2002-01-01 until 2010-01-01
    exempts claimant from state-duty in employment-claim
    in-force from 2015-01-01
"""


@pytest.mark.parametrize("text, line", [
    (_ACT, 10),  # a provision: the second period silently replaced the first
    (_ACT.replace("  encoded excerpt\n", "  encoded excerpt\n  jurisdiction ge\n").replace(
        "    in-force from 2015-01-01\n", ""), 4),  # an act
    (_ACT.replace('"Exemptions" complete\n', '"Exemptions" complete\n  unverified "x"\n  unverified "y"\n').replace(
        "    in-force from 2015-01-01\n", ""), 7),  # an article
], ids=["provision", "act", "article"])
def test_legislation_saying_a_single_field_twice_is_an_error(text, line):
    """Two 'in-force' lines are not two periods: the last silently won, so the provision
    looked in force when it was not. Like a bill, a repeated single field is an error."""
    from lexcheck.errors import LexcheckError
    from lexcheck.legislation import parse_act

    with pytest.raises(LexcheckError) as info:
        parse_act(text, "x.lex")
    err = info.value
    assert "twice" in err.message
    assert err.position.line == line, err.render()
    assert err.position.column == len(err.position.source_line) - len(err.position.source_line.lstrip()) + 1


def test_a_test_saying_latest_stage_twice_is_an_error(tmp_path):
    from lexcheck.errors import LexcheckError
    from lexcheck.requirements import load_pack

    line = "latest-stage reasonable-grounds\n    latest-stage trial"
    (tmp_path / "p.req").write_text(_PACK.format(line=line).replace("exempts victim-of-trafficking from state-duty "
                                                                    "in compensation-claim",
                                                                    "grants victim-of-trafficking legal-assistance"),
                                    encoding="utf-8")
    with pytest.raises(LexcheckError) as info:
        load_pack(tmp_path)
    assert "twice" in info.value.message
    assert info.value.position.line == 9, info.value.render()


def test_ctrl_c_is_not_reported_as_findings(monkeypatch):
    # Exit 1 means "findings at or above --fail-on"; an interrupted run must not look like that.
    from click.testing import CliRunner

    import lexcheck.api
    from lexcheck.cli import main

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(lexcheck.api, "load_workspace", interrupted)
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 130
    assert "interrupted" in result.stderr
    assert "Traceback" not in result.output
