"""``lexcheck diff`` end to end on the report fixture: golden files for every format.

The made-up bill tests/golden/bill/fixture.bill does to the fixture corpus what
tests/golden/amended/ shows; the changes expected below are written by hand (the same
as in test_reports.py, where the Delta is built without lexcheck.diff).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lexcheck.cli import main
from lexcheck.reports import FORMATS, SUFFIXES
from tests.golden import fixture
from tests.golden.fixture import compare_golden


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    monkeypatch.chdir(fixture.ROOT)


def diff(*args: str):
    return CliRunner().invoke(main, ["diff", "--bill", "tests/golden/bill/fixture.bill", "--corpus",
                                     "tests/golden/corpus", "--rules", "tests/golden/rules", *args],
                              catch_exceptions=False)


def test_the_bill_changes_what_a_lawyer_expects():
    result = diff("--format", "json")
    assert result.exit_code == 0, result.stderr
    changes = {c["requirement"]: c["change"] for c in json.loads(result.stdout)["changes"]}
    assert changes == {"A.1": "opened", "A.2.1": "closed", "A.2.2": "improved", "A.2.3": "closed",
                       "A.3.1": "regressed", "A.3.2": "unchanged", "B": "unchanged"}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_cli_diff_golden(fmt):
    result = diff("--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    compare_golden(f"cli-diff{SUFFIXES[fmt]}", result.stdout)


def test_fail_on_regression_exits_1():
    assert diff("--fail-on-regression").exit_code == 1
