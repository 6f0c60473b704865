"""A scenario written wrongly fails with a message a lawyer can act on, never a Python traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

FIXTURES = Path(__file__).parent / "bdd_fixtures"

# scenario name → (steps, words the failure must contain)
CASES = {
    "nothing checked": ("Then A.2 is partial", "nothing has been checked yet"),
    "unknown requirement": ("When the law is checked\n    Then A.22 is partial",
                            "there is no requirement A.22 in t; did you mean 'A.2'"),
    "unknown act": ('Given article 9 of the Law on Sate Duty also says:\n      """\n      provision 9.9 "x"\n'
                    '      """\n    When the law is checked',
                    "no act 'the Law on Sate Duty' in the corpus"),
    "unknown article": ('Given article 99 of sd also says:\n      """\n      provision 99.1 "x"\n'
                        '      """\n    When the law is checked',
                        "has no article 99 encoded; did you mean '9'"),
    "provision already there": ('Given article 9 of sd also says:\n      """\n      provision 9.1.?1 "again"\n'
                                '      """\n    When the law is checked\n    Then A.2 is partial',
                                "already has a provision 9.1.?1"),
    "missing bill file": ('Given the bill in "bills/nope.bill"', "the bill 'bills/nope.bill' does not exist"),
    "no bill": ("When the bill is checked", "no bill was given"),
    "diff without a bill": ("When the law is checked\n    Then the bill closes A.2", "no bill has been checked"),
    "bad date": ("Given the law as of 31 Marhc 2023", "'Marhc' is not a month; did you mean 'march'"),
    "impossible date": ("Given the law as of 2023-02-30", "'2023-02-30' is not a date"),
    "not a status": ("When the law is checked\n    Then the requirements have these statuses:\n"
                     "      | requirement | status |\n      | A.2 | fine |", "'fine' is not a status"),
    "wrong table": ("When the law is checked\n    Then the requirements have these statuses:\n"
                    "      | id | state |\n      | A.2 | met |", "the table's first row must be"),
    "expected a rejection": ("When the law is checked\n    Then the law is rejected",
                             "expected the law to be rejected, but it was accepted"),
    "bad evidence": ('Given the evidence:\n      """\n      evidence A.4\n      """',
                     "the evidence is not readable"),
    "input rejected before a status": ('Given the draft bill:\n      """\n      bill b "x"\n        amends sd\n'
                                       '        in-force 2025-01-01\n      clause 1\n        repeal sd article 99\n'
                                       '      """\n    When the bill is checked\n    Then A.2 is met',
                                       "the check did not run, because the input was rejected"),
}


def test_every_mistake_fails_with_words_not_a_traceback(pytester: pytest.Pytester):
    shutil.copytree(FIXTURES / "corpus", pytester.path / "corpus")
    shutil.copytree(FIXTURES / "rules", pytester.path / "rules")
    body = ["Feature: Mistakes", "", "  Background:", '    Given the legislation in "corpus"',
            '    And the requirements in "rules"', ""]
    for name, (steps, _) in CASES.items():
        body += [f"  Scenario: {name}", f"    {steps}", ""]
    pytester.makefile(".feature", mistakes="\n".join(body))
    result = pytester.runpytest("--lexcheck-features", "-p", "no:cacheprovider", "-rf")
    result.assert_outcomes(failed=len(CASES))
    out = result.stdout.str()
    assert "Traceback" not in out and "site-packages" not in out and ".py:" not in out
    sections = out.split("_____ ")
    for name, (_, words) in CASES.items():
        title = f"test_{name.replace(' ', '_')}"
        [section] = [s for s in sections if s.startswith(title + " ")]
        assert words in section, f"{name}: {words!r} not in\n{section}"
