"""A ministry's repository from nothing: folder → pytest.ini, features/, bills/, a CI workflow.

``lexcheck init DIR`` writes the files of :func:`files`; nothing existing is ever
overwritten (:func:`write` checks every target first and writes none if one exists).

* ``pytest.ini`` turns on the collection of ``.feature`` files (the lexcheck plugin's
  ``lexcheck_features``), so legal staff need no Python file;
* ``features/example.feature``: one scenario on the built-in data (Azerbaijan's law,
  CP/Rec(2023)03) and the example bill;
* ``bills/example-state-duty-exemption.bill``: a clearly hypothetical draft;
* ``.github/workflows/lexcheck.yml``: installs lexcheck (from a git URL, a wheel or a
  path: it is on no package index), runs the scenarios, and runs
  ``lexcheck diff --fail-on-regression`` on each bill a change adds or edits.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import __version__

WORKFLOW = ".github/workflows/lexcheck.yml"
EXAMPLE_BILL = "bills/example-state-duty-exemption.bill"

PYTEST_INI = """\
# Written by `lexcheck init`. pytest runs the Gherkin scenarios in features/ with
# lexcheck's steps (a pytest plugin installed with lexcheck); no Python file is needed.
[pytest]
testpaths = features
bdd_features_base_dir = features
# collect the .feature files as tests (or pass --lexcheck-features)
lexcheck_features = true
addopts = -ra --strict-markers
"""

FEATURE = """\
# Written by `lexcheck init`: an example to copy. Every sentence lexcheck understands is
# listed by `lexcheck steps`. Paths are read from this folder, then from the repository's
# root; @builtin/... names lexcheck's own data (see `lexcheck data`).
@bill
Feature: Our draft bills against Recommendation CP/Rec(2023)03

  @A.2 @A.2.3
  Scenario: An exemption from state duty for every victim of trafficking closes A.2.3
    Given the law of Azerbaijan
    And Recommendation CP/Rec(2023)03
    And the bill in "bills/example-state-duty-exemption.bill"
    When the bill is checked
    Then the bill closes only A.2.3
    And A.2.3 was a gap before the bill
    And A.2.3 is met
    And the bill breaks nothing
"""

BILL = """\
# Written by `lexcheck init`: a HYPOTHETICAL example bill, to show the workflow. It is not
# a real bill, and nothing in it says what any parliament has adopted or will adopt.
# It amends the built-in Law on State Duty (see `lexcheck data legislation/az/state-duty.lex`).

bill example-draft-state-duty "Example draft amending the Law on State Duty: exemption for victims of trafficking in human beings (hypothetical, for illustration only)"
  number unknown
  dated unknown
  amends state-duty
  in-force 2027-01-01
  note "A hypothetical example written by lexcheck init. It is not a real bill."
  note "The new sub-item number 9.1.14-1 is an example; a real draft takes its number from the official text of Art. 9."

clause 1 "Victims of trafficking exempt from state duty on claims for compensation"
  insert in state-duty article 9 after 9.1.14
    provision 9.1.14-1 "Victims of trafficking in human beings are exempt from state duty on claims for compensation of the damage caused to them, in civil proceedings and as a civil claim in criminal proceedings, with no condition of citizenship or of co-operation with the authorities."
      note "Text of a hypothetical example."
      exempts victim-of-trafficking from state-duty in compensation-claim
"""

WORKFLOW_YML = """\
# Written by `lexcheck init`. On every push and pull request: run the Gherkin scenarios,
# then, for each bill the change adds or edits under bills/, `lexcheck diff
# --fail-on-regression` (the job fails if a bill makes a requirement worse).
name: lexcheck
on:
  push:
  pull_request:
env:
  # lexcheck is on no package index: install it from a git URL (git+https://…@TAG), a
  # wheel committed to this repository (vendor/lexcheck-….whl) or a path.
  LEXCHECK_INSTALL: "{install}"
jobs:
  lexcheck:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install lexcheck
        run: |
          python -m pip install "$LEXCHECK_INSTALL" "pytest>=8" "pytest-bdd>=8,<10"
      - name: Run the scenarios
        run: |
          python -m pytest
      - name: Check the changed bills
        env:
          BASE: ${{{{ github.event.pull_request.base.sha || github.event.before }}}}
        run: |
          if [ -n "${{BASE:-}}" ] && git cat-file -e "${{BASE}}^{{commit}}" 2>/dev/null; then
            changed=$(git diff --name-only --diff-filter=AMR "$BASE" HEAD -- 'bills/*.bill')
          else
            changed=$(git ls-files 'bills/*.bill')  # no earlier commit to compare with: every bill
          fi
          status=0
          for bill in $changed; do
            echo "lexcheck diff --bill $bill --fail-on-regression"
            # --format github: each regression is an annotation on the bill's clause
            python -m lexcheck diff --bill "$bill" --fail-on-regression --format github || status=1
          done
          [ -n "$changed" ] || echo "no bill changed"
          exit $status
"""


def default_install() -> tuple[str, bool]:
    """What CI should ``pip install`` to get this lexcheck, and whether that is known.

    Installed from a git URL (PEP 610 ``direct_url.json``), that URL at the installed
    commit; else a wheel the repository is expected to hold (not known: say so)."""
    from importlib import metadata

    try:
        raw = metadata.distribution("lexcheck").read_text("direct_url.json")
        origin = json.loads(raw) if raw else {}
    except (metadata.PackageNotFoundError, ValueError):
        origin = {}
    vcs = origin.get("vcs_info") if isinstance(origin, dict) else None
    url = origin.get("url", "") if isinstance(origin, dict) else ""
    if isinstance(vcs, dict) and vcs.get("vcs") == "git" and url and not url.startswith("file:"):
        at = vcs.get("commit_id") or vcs.get("requested_revision")
        return f"git+{url}" + (f"@{at}" if at else ""), True
    return f"./vendor/lexcheck-{__version__}-py3-none-any.whl", False


def files(install: str) -> dict[str, str]:
    """Relative path → text of every file ``lexcheck init`` writes."""
    return {
        "pytest.ini": PYTEST_INI,
        "features/example.feature": FEATURE,
        EXAMPLE_BILL: BILL,
        WORKFLOW: WORKFLOW_YML.format(install=install.replace("\\", "\\\\").replace('"', '\\"')),
    }


def existing(folder: Path, install: str) -> list[Path]:
    """The files ``init`` would write that are already there (or are in the way)."""
    return [folder / rel for rel in files(install) if (folder / rel).exists() or (folder / rel).is_symlink()]


def write(folder: Path, install: str) -> list[Path]:
    """Write the scaffold into ``folder`` (created if missing); raise FileExistsError,
    having written nothing, if any of its files exists."""
    from .output import write_atomic

    taken = existing(folder, install)
    if taken:
        raise FileExistsError(taken[0])
    written = []
    for rel, text in files(install).items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, text)
        written.append(target)
    return written
