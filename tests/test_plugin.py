"""The Gherkin plugin as another repository uses it: features in a temporary folder, outside
this repository, with only glossary steps and no Python of their own (pytest's pytester)."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

FIXTURES = Path(__file__).parent / "bdd_fixtures"

# Written as a ministry's legal staff would, with sentences from docs/steps.md only.
# The verdicts are those of the invented fixture law (tests/bdd_fixtures/README.md).
MINISTRY_FEATURE = """\
Feature: Our own checks of the invented fixture law

  Background:
    Given the legislation in "law"
    And the requirements in "rules"

  @A.2
  Scenario: The exemption covers only child victims
    Given the law as it stood on 31 March 2023
    When the law is checked
    Then A.2 is partly met
    And the reasons for A.2 mention "narrower group"
    And A.2 relies on "sd Art. 9, 9.1.?2"

  @A.3 @dates
  Scenario: Inspections resume when the moratorium ends
    Given the law as of 2024-02-01
    When the law is checked
    Then requirement A.3 is met
    And the tally is 1 met, 2 partial, 0 gap, 0 undetermined, 1 needs-evidence

  @A.4
  Scenario: Training is shown by evidence only
    Given the evidence:
      \"\"\"
      evidence A.4 "Judges trained on compensation"
        source "Curriculum of the judicial academy (invented)" dated 2022-05-01
      \"\"\"
    When the law is checked
    Then A.4 is met
"""


@pytest.fixture
def ministry(pytester: pytest.Pytester) -> pytest.Pytester:
    """A fresh folder (outside this repository) holding a law, a rule pack and nothing else."""
    assert not pytester.path.resolve().is_relative_to(Path(__file__).resolve().parent.parent)
    shutil.copytree(FIXTURES / "corpus", pytester.path / "law")
    shutil.copytree(FIXTURES / "rules", pytester.path / "rules")
    return pytester


def test_a_new_feature_runs_with_no_python_at_all(ministry):
    ministry.makefile(".feature", ours=MINISTRY_FEATURE)
    ministry.makeini("[pytest]\nlexcheck_features = true\naddopts = --strict-markers\n")
    assert not list(ministry.path.rglob("*.py"))
    result = ministry.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_a_new_feature_runs_with_the_usual_two_line_binding(ministry):
    ministry.makefile(".feature", ours=MINISTRY_FEATURE)
    ministry.makepyfile(test_ours="from pytest_bdd import scenarios\nscenarios('ours.feature')\n")
    result = ministry.runpytest("--strict-markers", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_a_wrong_expectation_fails_with_a_readable_message(ministry):
    wrong = MINISTRY_FEATURE.replace("Then A.2 is partly met", "Then A.2 is met")
    ministry.makefile(".feature", ours=wrong)
    result = ministry.runpytest("--lexcheck-features", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    out = result.stdout.str()
    assert "expected A.2 to be met, but it is partial" in out
    assert "because: sd Art. 9, 9.1.?2 goes part of the way" in out
    assert "Traceback" not in out and "site-packages" not in out


def test_a_misspelt_step_lists_the_closest_known_steps(ministry):
    typo = MINISTRY_FEATURE.replace("Then A.2 is partly met", "Then requirement A.2 is partly meet")
    ministry.makefile(".feature", ours=typo)
    result = ministry.runpytest("--lexcheck-features", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    out = result.stdout.str()
    assert "lexcheck does not know the step 'Then requirement A.2 is partly meet'" in out
    assert "The closest steps in the lexcheck glossary are:" in out
    listed = out.split("The closest steps in the lexcheck glossary are:")[1].splitlines()[1:4]
    assert "Then A.2.3 is a gap" in [line.strip() for line in listed]


def test_item_tags_select_scenarios_with_strict_markers(ministry):
    ministry.makefile(".feature", ours=MINISTRY_FEATURE)
    ministry.makeini("[pytest]\nlexcheck_features = true\n")
    result = ministry.runpytest("--strict-markers", "-m", "A.3", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, deselected=2)
    result = ministry.runpytest("--strict-markers", "-m", "A.2 or A.4", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, deselected=1)
    result = ministry.runpytest("--strict-markers", "-m", "not dates", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, deselected=1)


def test_cucumber_json_report(ministry):
    wrong = MINISTRY_FEATURE.replace("Then A.4 is met", "Then A.4 is a gap")
    ministry.makefile(".feature", ours=wrong)
    result = ministry.runpytest("--lexcheck-features", "--cucumberjson=cucumber.json", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    report = json.loads((ministry.path / "cucumber.json").read_text(encoding="utf-8"))
    [feature] = report
    assert feature["name"] == "Our own checks of the invented fixture law"
    scenarios = {s["name"]: s for s in feature["elements"]}
    assert set(scenarios) == {"The exemption covers only child victims",
                              "Inspections resume when the moratorium ends",
                              "Training is shown by evidence only"}
    assert {t["name"] for t in scenarios["The exemption covers only child victims"]["tags"]} == {"A.2"}
    steps = scenarios["Training is shown by evidence only"]["steps"]
    assert [s["result"]["status"] for s in steps][-1] == "failed"
    assert "expected A.4 to be a gap, but it is met" in steps[-1]["result"]["error_message"]
    first = scenarios["The exemption covers only child victims"]["steps"]
    assert all(s["result"]["status"] == "passed" for s in first)


def test_cucumber_json_for_the_projects_own_features(pytester):
    """`pytest tests/test_features.py --cucumberjson=…` over features/: every scenario, with its tags."""
    root = Path(__file__).resolve().parent.parent
    out = pytester.path / "features.json"
    result = pytester.runpytest_subprocess(
        str(root / "tests" / "test_features.py"), f"--rootdir={root}", "-c", str(root / "pyproject.toml"),
        f"--cucumberjson={out}", "-p", "no:cacheprovider", "-q")
    outcomes = result.parseoutcomes()
    assert outcomes["passed"] >= 30 and set(outcomes) == {"passed"}, result.stdout.str()
    report = json.loads(out.read_text(encoding="utf-8"))
    written = sorted(Path(f["uri"]).name for f in report)
    assert written == sorted(p.name for p in (root / "features").glob("*.feature"))
    elements = [e for f in report for e in f["elements"]]
    features = (root / "features").glob("*.feature")
    scenario_lines = sum(p.read_text(encoding="utf-8").count("Scenario:") for p in features)
    assert len(elements) == scenario_lines
    assert all(s["result"]["status"] == "passed" for e in elements for s in e["steps"])
    tagged = {e["name"]: {t["name"] for t in e["tags"]} for e in elements}
    assert {"A.2", "A.2.3"} <= tagged["A.2.3 No exemption from state duty for victims claiming compensation"]
    baseline = next(f for f in report if f["uri"].endswith("baseline-2023.feature"))
    assert {t["name"] for t in baseline["tags"]} == {"baseline"}
