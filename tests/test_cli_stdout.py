"""``-o -`` / ``--output -`` means stdout for every command that takes --output (as for most Unix tools)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lexcheck.cli import main
from tests.golden import fixture

CORPUS, RULES, BILL = str(fixture.CORPUS), str(fixture.RULES), str(fixture.BILL_FILE)


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """Run in an empty folder, so that a file named '-' would show."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("flag", ["-o", "--output"])
def test_check_dash_is_stdout(flag, elsewhere):
    result = run("check", "--corpus", CORPUS, "--rules", RULES, "--format", "json", flag, "-", "--fail-on", "never")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["gap"] == 1
    assert "written to" not in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_diff_dash_is_stdout(elsewhere):
    result = run("diff", "--bill", BILL, "--corpus", CORPUS, "--rules", RULES, "--format", "json", "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["closed"] == 2
    assert list(elsewhere.iterdir()) == []


def test_steps_dash_is_stdout(elsewhere):
    result = run("steps", "--format", "markdown", "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("#") and "Given the law of" in result.stdout
    assert list(elsewhere.iterdir()) == []


def test_consolidate_dash_writes_every_act_to_stdout(elsewhere):
    result = run("consolidate", "--bill", BILL, "--corpus", CORPUS, "--rules", RULES, "-o", "-")
    assert result.exit_code == 0, result.stderr
    # the fixture corpus has two acts, duty and procedure; the bill amends both
    assert result.stdout.startswith("# ==> duty.lex <==\n")
    assert "\n# ==> procedure.lex <==\n" in result.stdout
    assert "acts written to stdout" in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_a_real_file_is_still_written(elsewhere):
    result = run("check", "--corpus", CORPUS, "--rules", RULES, "-o", "report.txt", "--fail-on", "never")
    assert result.exit_code == 0
    assert (elsewhere / "report.txt").read_text(encoding="utf-8").startswith("lexcheck ")
