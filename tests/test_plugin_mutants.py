"""Every scenario of features/ fails when its expectation is wrong.

For each scenario we write a mutant: the same scenario with its first checkable
expectation turned wrong (a status swapped, a count off by one, "mention" turned into
"do not mention", another line number …). All mutants run in one pytest run in a
temporary folder, through the plugin alone; every one of them must fail.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
FEATURES = sorted((ROOT / "features").glob("**/*.feature"))
SWAP = {"a gap": "met", "met": "a gap", "partial": "met", "partly met": "a gap", "undetermined": "met",
        "needs evidence": "a gap", "needs-evidence": "gap", "gap": "met", "improved": "closed",
        "closed": "improved", "regressed": "unchanged", "unchanged": "closed", "opened": "unchanged"}


def _wrong_cell(cell: str) -> str:
    word = cell.strip()
    return cell.replace(word, SWAP.get(word, "met")) if word else cell


def mutate_step(line: str) -> str | None:
    """The step (or table row) with its expectation made wrong, or None if it is not one we mutate."""
    rules = [
        (r'do not mention "', lambda s: s.replace(" do not mention ", " mention ", 1)),
        (r'mention "', lambda s: s.replace(" mention ", " do not mention ", 1)),
        (r"relies on \"", lambda s: re.sub(r'relies on "[^"]+"', "relies on no provision", s)),
        (r"relies on no provision", lambda s: s.replace("no provision", '"state-duty Art. 9"')),
        (r"the tally is \d+", lambda s: re.sub(r"(\d+)", lambda m: str(int(m.group(1)) + 1), s, count=1)),
        (r"naming line \d+", lambda s: re.sub(r"line (\d+)", lambda m: f"line {int(m.group(1)) + 1}", s)),
        (r'the message says "', lambda s: s.replace('says "', 'says "no such words ', 1)),
        (r" is not met$", lambda s: s.replace(" is not met", " is met")),
        (r"bills? (closes|improves|regresses|opens) (only )?[A-Z]",
         lambda s: re.sub(r"(closes|improves|regresses|opens)",
                          lambda m: {"closes": "opens", "improves": "closes", "regresses": "closes",
                                     "opens": "closes"}[m.group(1)], s, count=1)),
        (r" (is|was|remains) (a gap|met|partial|partly met|undetermined)",
         lambda s: re.sub(r" (is|was|remains) (a gap|met|partial|partly met|undetermined)",
                          lambda m: f" {m.group(1)} {SWAP[m.group(2)]}", s, count=1)),
        (r" needs evidence$", lambda s: s.replace(" needs evidence", " is met")),
    ]
    for pattern, change in rules:
        if re.search(pattern, line):
            return change(line)
    return None


def mutants(path: Path) -> list[tuple[str, str]]:
    """(scenario name, feature text with only that scenario, its expectation made wrong)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    starts = [i for i, ln in enumerate(lines) if ln.strip().startswith("Scenario:")]
    head_end = starts[0]
    while head_end > 0 and lines[head_end - 1].strip().startswith("@"):
        head_end -= 1
    header = lines[:head_end]
    out = []
    for n, start in enumerate(starts):
        first = start
        while first > 0 and lines[first - 1].strip().startswith("@"):
            first -= 1
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        while end - 1 > start and lines[end - 1].strip().startswith("@"):
            end -= 1
        block = lines[first:end]
        done, in_then, table_header_seen = False, False, False
        for i, ln in enumerate(block):
            s = ln.strip()
            if s.startswith("Then "):
                in_then = True
            if not in_then or done:
                continue
            if s.startswith("|"):
                if not table_header_seen:
                    table_header_seen = True
                    continue
                cells = ln.split("|")
                cells[2] = _wrong_cell(cells[2])  # the second column: status, or "before"
                block[i], done = "|".join(cells), True
                continue
            table_header_seen = False
            changed = mutate_step(ln)
            if changed is not None and changed != ln:
                block[i], done = changed, True
        assert done, f"{path.name}: scenario '{lines[start].strip()}' has no expectation to turn wrong"
        text = "\n".join(header + block) + "\n"
        text = text.replace('"legislation/', f'"{ROOT}/legislation/')
        out.append((lines[start].strip().removeprefix("Scenario:").strip(), text))
    return out


def test_every_feature_scenario_has_a_wrong_twin():
    assert FEATURES, "no features found"
    assert sum(len(mutants(p)) for p in FEATURES) >= 20


@pytest.mark.slow
def test_every_scenario_fails_when_its_expectation_is_wrong(pytester: pytest.Pytester):
    total = 0
    for path in FEATURES:
        for k, (_, text) in enumerate(mutants(path)):
            pytester.makefile(".feature", **{f"{path.stem}_wrong_{k}": text})
            total += 1
    result = pytester.runpytest("--lexcheck-features", "-p", "no:cacheprovider", "-q")
    outcomes = result.parseoutcomes()
    assert outcomes.get("failed") == total, result.stdout.str()[-3000:]
    assert "passed" not in outcomes and "error" not in outcomes and "errors" not in outcomes
