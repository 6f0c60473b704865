"""The command line through click's CliRunner: every exit code, every --fail-on level,
formats, --output, diagnostics on stderr and reports on stdout, explain, rules, parse.

Verdicts of the fixture (tests/golden/) are written by hand in test_reports.py; here the
worst status of each subset pack in tests/golden/levels/ is known by construction.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from lexcheck.cli import main
from lexcheck.reports import FORMATS, SUFFIXES
from tests.golden import fixture

CORPUS = "tests/golden/corpus"
RULES = "tests/golden/rules"
LEVELS = "tests/golden/levels"


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    monkeypatch.chdir(fixture.ROOT)  # report paths are shown relative to the working directory
    monkeypatch.delenv("NO_COLOR", raising=False)


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def check(*args: str, rules: str = RULES, corpus: str = CORPUS):
    return run("check", "--corpus", corpus, "--rules", rules, *args)


# ---- exit codes and --fail-on ---------------------------------------------------------------

# pack → its statuses (known by construction) → expected exit code for each --fail-on level
EXPECTED_EXIT = {
    # the full fixture has every status, a gap included
    RULES: {"gap": 1, "partial": 1, "undetermined": 1, "needs-evidence": 1, "never": 0},
    f"{LEVELS}/worst-partial": {"gap": 0, "partial": 1, "undetermined": 1, "needs-evidence": 1, "never": 0},
    f"{LEVELS}/worst-undetermined": {"gap": 0, "partial": 0, "undetermined": 1, "needs-evidence": 1, "never": 0},
    f"{LEVELS}/worst-needs-evidence": {"gap": 0, "partial": 0, "undetermined": 0, "needs-evidence": 1, "never": 0},
    f"{LEVELS}/all-met": {"gap": 0, "partial": 0, "undetermined": 0, "needs-evidence": 0, "never": 0},
}


@pytest.mark.parametrize("level", ["gap", "partial", "undetermined", "needs-evidence", "never"])
@pytest.mark.parametrize("pack", list(EXPECTED_EXIT))
def test_fail_on_levels(pack, level):
    result = check("--fail-on", level, rules=pack)
    assert result.exit_code == EXPECTED_EXIT[pack][level], result.stderr
    assert result.stderr == ""
    assert "requirements:" in result.stdout.splitlines()[-1]


def test_default_fail_on_is_gap():
    assert check().exit_code == 1
    assert check(rules=f"{LEVELS}/worst-partial").exit_code == 0


def test_subset_packs_have_the_worst_status_their_name_says():
    for name, tally in {"worst-partial": "1 met, 1 partial, 0 gap, 0 undetermined, 0 needs-evidence",
                        "worst-undetermined": "1 met, 0 partial, 0 gap, 1 undetermined, 0 needs-evidence",
                        "worst-needs-evidence": "1 met, 0 partial, 0 gap, 0 undetermined, 1 needs-evidence",
                        "all-met": "2 met, 0 partial, 0 gap, 0 undetermined, 0 needs-evidence"}.items():
        assert check("--fail-on", "never", rules=f"{LEVELS}/{name}").stdout.endswith(f"2 requirements: {tally}\n")


def test_bad_fail_on_level_is_a_usage_error():
    result = check("--fail-on", "warning")
    assert result.exit_code == 2
    assert "'warning' is not one of" in result.stderr and result.stdout == ""


def test_missing_corpus_is_exit_2():
    result = run("check", "--corpus", "no/such/folder")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr and result.stdout == ""


def test_bad_date_is_exit_2():
    result = check("--as-of", "31.03.2023")
    assert result.exit_code == 2
    assert "YEAR-MONTH-DAY" in result.stderr


def test_unknown_format_is_exit_2():
    result = check("--format", "pdf")
    assert result.exit_code == 2
    assert "'pdf' is not one of" in result.stderr


def _broken_corpus(tmp_path: Path, old: str, new: str) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in (fixture.CORPUS).glob("*.lex"):
        (corpus / f.name).write_text(f.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return corpus


def test_syntax_error_shows_file_line_col_and_caret(tmp_path):
    corpus = _broken_corpus(tmp_path, "    exempts child-victim-of-trafficking from state-duty",
                            "    exempts child-victim-of-trafficking state-duty")
    result = check(corpus=str(corpus))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "duty.lex:10:" in result.stderr
    assert "^" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_term_says_did_you_mean(tmp_path):
    corpus = _broken_corpus(tmp_path, "from state-duty in compensation-claim", "from state-duty in compensaton-claim")
    result = check(corpus=str(corpus))
    assert result.exit_code == 2
    assert "duty.lex:10:" in result.stderr
    assert "compensation-claim" in result.stderr and "did you mean" in result.stderr.lower()
    assert "Traceback" not in result.stderr


def test_internal_error_is_exit_3_without_traceback(monkeypatch):
    import lexcheck.reports as reports

    def broken(*_a, **_k):
        raise RuntimeError("boom")

    monkeypatch.setattr(reports, "render", broken)
    result = check()
    assert result.exit_code == 3
    assert "internal error" in result.stderr and "boom" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


# ---- formats and output -------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_through_the_cli_matches_its_golden_file(fmt):
    # the github format shows the findings at or above --fail-on, so its golden file is the
    # default (gap), which the fixture's A.2.2 reaches (exit 1)
    result = check("--format", fmt) if fmt == "github" else check("--format", fmt, "--fail-on", "never")
    assert result.exit_code == (1 if fmt == "github" else 0), result.stderr
    assert result.stderr == ""
    expected = (fixture.EXPECTED / f"check{SUFFIXES[fmt]}").read_text(encoding="utf-8")
    assert result.stdout == expected


def test_format_choice_is_case_insensitive():
    assert json.loads(check("--format", "JSON", "--fail-on", "never").stdout)["summary"]["gap"] == 1


def test_no_colour_when_not_a_terminal():
    assert "\x1b[" not in check().stdout


def test_output_file_written_atomically(tmp_path):
    target = tmp_path / "report.json"
    result = check("--format", "json", "--output", str(target))
    assert result.exit_code == 1  # the gap still fails the run
    assert result.stdout == ""
    assert f"report written to {target}" in result.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["gap"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left


def test_failed_check_leaves_previous_output_untouched(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("previous report", encoding="utf-8")
    corpus = _broken_corpus(tmp_path, "exempts child", "exempts")
    result = check("--format", "html", "--output", str(target), corpus=str(corpus))
    assert result.exit_code == 2
    assert target.read_text(encoding="utf-8") == "previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "report.html"]


def test_failed_write_leaves_no_half_written_file(tmp_path, monkeypatch):
    target = tmp_path / "report.txt"
    target.write_text("previous report", encoding="utf-8")

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    result = check("--output", str(target))
    assert result.exit_code == 2
    assert "report.txt" in result.stderr and "No space left on device" in result.stderr
    assert "internal error" not in result.stderr
    assert target.read_text(encoding="utf-8") == "previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]


def test_output_to_a_folder_is_exit_2(tmp_path):
    result = check("--output", str(tmp_path))
    assert result.exit_code == 2
    assert "directory" in result.stderr


# ---- explain, rules, parse -------------------------------------------------------------------------

def test_explain_tells_the_verdict_step_by_step():
    result = run("explain", "A.2.3", "--corpus", CORPUS, "--rules", RULES)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    # 9.1 (verified) exempts child victims in every compensation claim: part of the way; 9.?2
    # would meet it but is unverified, so it is what would decide it (was UNDETERMINED)
    assert "Status: PARTIAL" in out
    assert "Provisions considered:" in out and "duty Art. 9, 9.?2" in out
    assert "[unverified: the paragraph number is not verified]" in out
    assert "Which test decided:" in out
    assert "What would close it:" in out and "verify the deciding provision" in out


def test_explain_a_gap_names_the_provision_that_would_close_it():
    out = run("explain", "A.2.2", "--corpus", CORPUS, "--rules", RULES).stdout
    assert "Status: GAP" in out
    # the two exemptions of Art. 9 are about compensation and health claims, not employment claims
    assert "No provision in that scope serves this test: 2 of this kind are about something else" in " ".join(out.split())
    assert "duty Art. 9, encoded completely, at tests/golden/corpus/duty.lex:6:1" in " ".join(out.split())
    assert "suggested by the rule pack: Add an exemption for employment claims" in out
    assert ("adopt a provision in force in duty Art. 9 that says: exempts victim-of-trafficking from state-duty in"
            in " ".join(out.split()))


def test_explain_met_has_nothing_to_close():
    out = run("explain", "A.1", "--corpus", CORPUS, "--rules", RULES).stdout
    assert "Status: MET" in out and "What would close it" not in out


def test_explain_unknown_requirement_is_exit_2_with_did_you_mean():
    result = run("explain", "A.2.9", "--corpus", CORPUS, "--rules", RULES)
    assert result.exit_code == 2
    assert "no requirement 'A.2.9'" in result.stderr
    assert "did you mean" in result.stderr.lower()


def test_rules_lists_ids_titles_sources_priority():
    result = run("rules", "--rules", RULES)
    assert result.exit_code == 0
    assert "7 requirements" in result.stdout
    assert "A.2.1    immediate Victims exempt from state duty on compensation claims" in result.stdout
    assert "FIX/Rec(1) part A, item 2, bullet 1; GRETA report para. 71; Convention Art. 15(3)" in result.stdout
    data = json.loads(run("rules", "--rules", RULES, "--format", "json").stdout)
    assert [r["id"] for r in data["requirements"]] == ["A.1", "A.2.1", "A.2.2", "A.2.3", "A.3.1", "A.3.2", "B"]
    assert data["requirements"][-1]["tests"] == ["practice"]


def test_parse_summarises_valid_files():
    result = run("parse", f"{CORPUS}/duty.lex", f"{CORPUS}/procedure.lex", "--rules", RULES)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "tests/golden/corpus/duty.lex: act duty: 1 article (0 excerpt), 2 provisions (1 unverified), 2 clauses",
        "tests/golden/corpus/procedure.lex: act procedure: 2 articles (1 excerpt), 3 provisions (0 unverified), "
        "3 clauses",
    ]


def test_parse_bad_file_is_exit_2(tmp_path):
    bad = tmp_path / "bad.lex"
    bad.write_text("act x \"X\"\n  jurisdiction xx\narticle 1 \"A\" complet\n", encoding="utf-8")
    result = run("parse", str(bad), "--rules", RULES)
    assert result.exit_code == 2
    assert "bad.lex:3:" in result.stderr and "^" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_every_format():
    out = run("check", "--help").stdout
    for fmt in FORMATS:
        assert fmt in out


def test_python_dash_m_lexcheck_runs_the_command_line():
    """``python -m lexcheck`` is the ``lexcheck`` script (where scripts are not on PATH)."""
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "lexcheck", "rules", "--format", "json"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert any(r["id"] == "A.2.3" for r in json.loads(proc.stdout)["requirements"])


def test_a_pack_without_a_date_is_checked_as_of_today_and_says_so(tmp_path):
    """The report would change from day to day: the user is told, and how to pin the date."""
    import datetime as dt
    import shutil

    from lexcheck.resources import data_dir

    pack = tmp_path / "pack"
    shutil.copytree(data_dir("rules") / "cp-rec-2023-03", pack)
    header = pack / "pack.req"
    header.write_text("".join(line for line in header.read_text(encoding="utf-8").splitlines(keepends=True)
                              if not line.lstrip().startswith("as-of ")), encoding="utf-8")
    runner = CliRunner()
    undated = runner.invoke(main, ["check", "--rules", str(pack), "--fail-on", "never"])
    assert undated.exit_code == 0, undated.stderr
    assert f"law as of {dt.date.today().isoformat()}" in undated.stdout
    assert "the rule pack gives no as-of date" in undated.stderr and "--as-of DATE" in undated.stderr
    pinned = runner.invoke(main, ["check", "--rules", str(pack), "--fail-on", "never", "--as-of", "2023-03-31"])
    assert pinned.exit_code == 0 and pinned.stderr == ""
    builtin = runner.invoke(main, ["check", "--fail-on", "never"])
    assert builtin.exit_code == 0 and builtin.stderr == ""


def test_help_does_not_load_the_engine():
    """``lexcheck --help`` answers at once: the CLI imports pydantic, Lark and durable-rules
    only when a command runs."""
    import subprocess
    import sys

    probe = ("import sys, lexcheck.cli; heavy = [m for m in ('pydantic', 'lark', 'durable') if m in sys.modules]; "
             "print(','.join(heavy))")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""
    import lexcheck

    assert callable(lexcheck.check) and lexcheck.load_workspace.__module__ == "lexcheck.api"
    with pytest.raises(AttributeError):
        lexcheck.no_such_thing  # noqa: B018
