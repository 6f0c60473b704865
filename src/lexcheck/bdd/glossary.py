"""The step glossary: the registered steps → Markdown (``docs/steps.md``) or plain text.

Generated from :data:`lexcheck.bdd.steps.GLOSSARY`, the list every step is declared in,
so the glossary cannot drift from the steps; ``tests/test_steps_glossary.py`` checks
that ``docs/steps.md`` is up to date. Regenerate it with
``lexcheck steps --format markdown --output docs/steps.md``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from .steps import GLOSSARY, Phrase

KEYWORDS = {"given": "Given", "when": "When", "then": "Then"}


def sections() -> list[tuple[str, list[Phrase]]]:
    out: dict[str, list[Phrase]] = {}
    for p in GLOSSARY:
        out.setdefault(p.section, []).append(p)
    return list(out.items())


def first_line(example: str) -> str:
    """The step sentence of an example, without its keyword (``Given ``…)."""
    line = example.splitlines()[0].strip()
    return re.sub(r"^(Given|When|Then|And|But) ", "", line)


def _shape(sentence: str) -> list[str]:
    """A sentence as words, with quoted text, dates, requirement ids and numbers made placeholders."""
    s = sentence.lower()
    s = re.sub(r'"[^"]*"', " <text> ", s)
    s = re.sub(r"\b\d{1,2} [a-z]+ \d{4}\b|\b\d{4}-\d{2}-\d{2}\b", " <date> ", s)
    s = re.sub(r"\b(?:requirement )?[a-z](?:\.\d+)+\b", " <id> ", s)
    s = re.sub(r"\b\d+\b", " <n> ", s)
    return s.split()


def closest_steps(kind: str | None, sentence: str, n: int = 3) -> list[str]:
    """The ``n`` glossary steps closest to ``sentence`` (by words, then by letters), best first."""
    shape = _shape(sentence)
    scored = []
    for i, p in enumerate(GLOSSARY):
        example = first_line(p.example)
        words = difflib.SequenceMatcher(None, shape, _shape(example)).ratio()
        letters = difflib.SequenceMatcher(None, sentence.lower(), example.lower()).ratio()
        score = 0.6 * words + 0.4 * letters
        if kind and p.kind != kind:
            score -= 0.15  # prefer a step of the same kind (Given/When/Then), but do not exclude others
        scored.append((-score, i, f"{KEYWORDS[p.kind]} {example}"))
    scored.sort()
    return [text for neg, _, text in scored[:n] if -neg > 0.3]


_INTRO = """\
# Gherkin steps for legal staff

This glossary lists every sentence lexcheck understands in a `.feature` file, with an
example of each. It is generated from the step library (`lexcheck.bdd.steps`); do not
edit it by hand: run `lexcheck steps --format markdown --output docs/steps.md`.

How to use it:

- Install lexcheck with its `bdd` extra (pytest and pytest-bdd) from a git URL, a wheel
  or a path (it is on no package index), e.g. `pip install './lexcheck-0.1.0-py3-none-any.whl[bdd]'`
  or `pip install 'lexcheck[bdd] @ git+https://…/lexcheck.git@TAG'`; the steps are a
  pytest plugin, registered automatically. `lexcheck init DIR` writes a repository
  ready to run (pytest.ini, an example scenario and bill, a CI workflow).
- Write scenarios in `features/*.feature` using only the sentences below. Either let
  the plugin collect them, with no Python at all: put `lexcheck_features = true` under
  `[pytest]` in `pytest.ini` (or `[tool.pytest.ini_options]` in `pyproject.toml`), or
  run `pytest --lexcheck-features`; or bind them with a test module of two lines:
  `from pytest_bdd import scenarios` and `scenarios("../features")` (the path from that
  module to the features folder). Use one way, not both, or scenarios run twice.
- Run `pytest`. To run the scenarios of one item of the recommendation, tag them with
  its id (`@A.2` on the feature or the scenario, `@A.2.3` for a bullet) and run
  `pytest -m A.2`. Tags that are requirement ids, and `@baseline`, `@bill`, `@dates`,
  `@evidence`, `@bad-input`, are registered by the plugin (no configuration needed,
  also with `--strict-markers`); other tags must be registered as pytest markers. `-m A.2` selects the tag `A.2` exactly, not `A.2.3`: tag a
  bullet's scenario with both, or put `@A.2` on the whole feature.
- `pytest --cucumberjson=report.json` writes the results in the Cucumber JSON format
  that Gherkin tools read.
- Placeholders are written `<like this>`; `[ … ]` is optional; `/` separates ways to
  say the same thing. A requirement is named by its id (`A.2.3`), optionally preceded
  by the word "requirement". Dates are written `31 March 2023` or `2023-03-31`.
- Paths in steps are read relative to the feature file's folder, or else to the
  project's root folder.
- A sentence lexcheck does not know fails with the closest sentences it does know.
"""


def markdown() -> str:
    out = [_INTRO]
    for title, phrases in sections():
        out.append(f"## {title}\n")
        for p in phrases:
            out.append(f"### {KEYWORDS[p.kind]} {p.wording}\n")
            out.append(f"{p.explanation}\n")
            out.append("```gherkin\n" + p.example + "\n```\n")
    return "\n".join(out)


def text(width: int = 100) -> str:
    """The glossary for a terminal: one block per step."""
    out = ["Gherkin steps for lexcheck scenarios (placeholders <like this>, [optional], / alternatives)", ""]
    for title, phrases in sections():
        out.append(title.upper())
        for p in phrases:
            out.append(f"  {KEYWORDS[p.kind]} {p.wording}")
            out.extend("      " + line for line in _wrap(p.explanation, width - 6))
            out.extend("      | " + line for line in p.example.splitlines())
            out.append("")
    return "\n".join(out)


def _wrap(words: str, width: int) -> Iterable[str]:
    import textwrap

    return textwrap.wrap(words, width) or [""]
