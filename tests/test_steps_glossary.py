"""The step glossary is generated from the registered steps, complete, unambiguous and up to date."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from lexcheck.bdd import glossary, plugin
from lexcheck.bdd.case import parse_day
from lexcheck.bdd.steps import GLOSSARY
from lexcheck.cli import main

DOCS = Path(__file__).resolve().parent.parent / "docs" / "steps.md"
REGENERATE = "lexcheck steps --format markdown --output docs/steps.md"


def test_docs_steps_md_is_up_to_date():
    assert DOCS.read_text(encoding="utf-8") == glossary.markdown(), (
        f"docs/steps.md is out of date with the step library; regenerate it with: {REGENERATE}")


def test_every_registered_step_is_in_the_glossary():
    registered = [name for name in vars(plugin) if name.startswith("pytestbdd_stepdef_")]
    assert len(registered) == len(GLOSSARY)
    patterns = {re.sub(r"^pytestbdd_stepdef_(given|when|then)_", "", n) for n in registered}
    assert patterns == {p.pattern for p in GLOSSARY}


@pytest.mark.parametrize("phrase", GLOSSARY, ids=lambda p: f"{p.kind}:{glossary.first_line(p.example)[:40]}")
def test_each_example_matches_its_own_step_and_no_other(phrase):
    sentence = glossary.first_line(phrase.example)
    assert phrase.example.split()[0] == glossary.KEYWORDS[phrase.kind]
    matching = [p for p in GLOSSARY if p.kind == phrase.kind and re.fullmatch(p.pattern, sentence)]
    assert matching == [phrase]


def test_the_wordings_are_distinct_and_explained():
    assert len({(p.kind, p.wording) for p in GLOSSARY}) == len(GLOSSARY)
    assert all(p.explanation.endswith(".") and len(p.explanation) > 20 for p in GLOSSARY)


def test_lexcheck_steps_prints_the_glossary():
    result = CliRunner().invoke(main, ["steps"])
    assert result.exit_code == 0, result.output
    for p in GLOSSARY:
        assert glossary.first_line(p.example) in result.stdout
        assert p.wording in result.stdout
    md = CliRunner().invoke(main, ["steps", "--format", "markdown"])
    assert md.exit_code == 0 and md.stdout == glossary.markdown()


def test_lexcheck_steps_writes_a_file(tmp_path):
    out = tmp_path / "steps.md"
    result = CliRunner().invoke(main, ["steps", "-f", "markdown", "-o", str(out)])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8") == glossary.markdown()
    assert "glossary written to" in result.stderr


@pytest.mark.parametrize("sentence, kind, best", [
    ("requirement A.2.3 is a gapp", "then", "Then A.2.3 is a gap"),
    ("the law of Azerbaijan as it stood at 31 March 2023", "given",
     "Given the law of Azerbaijan as it stood on 31 March 2023"),
    ("the law is check", "when", "When the law is checked"),
    ("the bill close A.2.3 and A.1", "then", "Then the bill closes A.2.3"),
    ('the reasons for A.1 mentions "x"', "then", 'Then the reasons for A.2.3 mention "narrower group"'),
])
def test_closest_steps_for_a_misspelt_sentence(sentence, kind, best):
    assert glossary.closest_steps(kind, sentence)[0] == best


def test_dates_are_read_as_lawyers_write_them():
    assert parse_day("31 March 2023") == dt.date(2023, 3, 31)
    assert parse_day("1 february 2024") == dt.date(2024, 2, 1)
    assert parse_day("2024-02-01") == dt.date(2024, 2, 1)


@pytest.mark.parametrize("text, words", [
    ("31 Marhc 2023", "did you mean 'march'"),
    ("30 February 2024", "is not a date"),
    ("2024-13-01", "is not a date"),
])
def test_a_wrong_date_is_a_readable_failure(text, words):
    with pytest.raises(pytest.fail.Exception, match=words):
        parse_day(text)
