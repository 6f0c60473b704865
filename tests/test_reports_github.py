"""The ``github`` format: GitHub Actions workflow commands, one per finding at or above --fail-on.

What GitHub reads back is written here from its documented rules (workflow commands,
``::error file=…,line=…,col=…,title=…::message``; @actions/core escapes ``%``, CR and LF in
the message, and also ``:`` and ``,`` in property values). The fixture's verdicts are
those written by hand in tests/test_reports.py.
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from lexcheck.cli import main
from lexcheck.reports import render, render_delta
from lexcheck.reports.github import command, escape_data, escape_property
from tests.golden import fixture

COMMAND = re.compile(r"^::(error|warning|notice)(?: (?P<props>[^:]*))?::(?P<message>.*)$")


def unescape(text: str) -> str:
    """GitHub's reading of an escaped value (%25 last, so '%253A' stays '%3A')."""
    for code, ch in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, ch)
    return text


def commands(text: str) -> list[dict]:
    """Every workflow command of an output, its properties and message as GitHub reads them."""
    out = []
    for line in text.splitlines():
        hit = COMMAND.match(line)
        if not hit:
            assert not line.startswith("::") or line in ("::endgroup::",) or line.startswith("::group::"), line
            continue
        props = {}
        for pair in (hit["props"] or "").split(","):
            if pair:
                key, _, value = pair.partition("=")
                props[key] = unescape(value)
        out.append({"level": hit[1], **props, "message": unescape(hit["message"])})
    return out


@pytest.fixture(scope="module")
def reports():
    before, after = fixture.check(), fixture.check(fixture.AMENDED)
    return before, after, fixture.delta(before, after), fixture.workspace()


def test_escaping_follows_githubs_rules():
    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    line = command("error", "50% of it:\nmissing, still", location="dir,x/a:b.lex:3:7", title="A.1: gap, 50%")
    (got,) = commands(line)
    assert got == {"level": "error", "file": "dir,x/a:b.lex", "line": "3", "col": "7", "title": "A.1: gap, 50%",
                   "message": "50% of it:\nmissing, still"}
    assert "\n" not in line  # one command, one line


@pytest.mark.parametrize("fail_on, expected", [
    # the fixture, by hand: A.2.2 gap; A.2.1, A.2.3 and A.3.1 partial (A.2.3: the verified 9.1
    # goes part of the way beside the unverified 9.?2); B needs-evidence
    ("gap", ["A.2.2"]),
    ("partial", ["A.2.1", "A.2.2", "A.2.3", "A.3.1"]),
    ("undetermined", ["A.2.1", "A.2.2", "A.2.3", "A.3.1"]),
    ("needs-evidence", ["A.2.1", "A.2.2", "A.2.3", "A.3.1", "B"]),
    ("never", []),
])
def test_one_command_per_finding_at_or_above_fail_on(fail_on, expected, reports):
    got = commands(render(reports[0], "github", fail_on=fail_on, workspace=reports[3]))
    assert [c["title"].split()[0] for c in got] == expected


def test_levels_and_anchors(reports):
    got = {c["title"].split()[0]: c for c in commands(render(reports[0], "github", fail_on="needs-evidence",
                                                            workspace=reports[3]))}
    # a gap is anchored at the article its test searched: duty Art. 9, whose heading is line 6
    assert (got["A.2.2"]["level"], got["A.2.2"]["file"], got["A.2.2"]["line"], got["A.2.2"]["col"]) == (
        "error", "tests/golden/corpus/duty.lex", "6", "1")
    assert "searched: duty Art. 9 (tests/golden/corpus/duty.lex:6:1)" in got["A.2.2"]["message"]
    assert "fix: Add an exemption for employment claims" in got["A.2.2"]["message"]
    # a partial finding at the provision that goes part of the way (9.1, line 8)
    assert (got["A.2.1"]["level"], got["A.2.1"]["file"], got["A.2.1"]["line"]) == (
        "warning", "tests/golden/corpus/duty.lex", "8")
    assert got["A.2.3"]["level"] == "warning"
    # practice: the requirement in its rule file
    assert (got["B"]["level"], got["B"]["file"]) == ("notice", "tests/golden/rules/pack.req")


def test_the_tally_is_a_log_line_and_the_receipt_a_collapsed_group(reports):
    text = render(reports[0], "github", workspace=reports[3])
    lines = text.splitlines()
    assert lines[-1].startswith("lexcheck: 7 requirements: 2 met, 3 partial, 1 gap")
    assert "::group::lexcheck receipt" in lines and "::endgroup::" in lines
    inside = lines[lines.index("::group::lexcheck receipt") + 1:lines.index("::endgroup::")]
    assert inside and not any(line.startswith("::") for line in inside)


def test_diff_annotates_changes_at_the_bill_clause(reports):
    got = {c["title"].split()[0]: c for c in commands(render_delta(reports[2], "github", workspace=reports[3]))}
    # by hand (test_reports.py): A.1 opened and A.3.1 regressed fail a drafter's CI; A.2.1 and
    # A.2.3 closed, A.2.2 improved; A.3.2 and B unchanged are not annotated
    assert {k: v["level"] for k, v in got.items()} == {
        "A.1": "error", "A.2.1": "notice", "A.2.2": "notice", "A.2.3": "notice", "A.3.1": "error"}
    # the fixture's attributions put clause N of the bill at line 3N
    assert (got["A.1"]["file"], got["A.1"]["line"]) == ("tests/golden/bill", "9")
    assert got["A.1"]["title"] == "A.1 opened: met → gap"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_cli_check_github_exit_code_and_the_gap_at_the_searched_article():
    result = run("check", "--corpus", "tests/golden/corpus", "--rules", "tests/golden/rules", "--format", "github")
    assert result.exit_code == 1
    (only,) = commands(result.stdout)
    assert (only["file"], only["line"]) == ("tests/golden/corpus/duty.lex", "6")


def test_cli_builtin_gap_anchored_at_state_duty_article_9():
    """A.2.3 of the built-in case: the Law on State Duty, Art. 9, is searched and silent."""
    result = run("check", "--format", "github")
    got = {c["title"].split()[0]: c for c in commands(result.stdout)}
    assert got["A.2.3"]["level"] == "error"
    path = got["A.2.3"]["file"]
    assert path.endswith("legislation/az/state-duty.lex")
    heading = (fixture.ROOT / path).read_text(encoding="utf-8").splitlines()
    assert heading[int(got["A.2.3"]["line"]) - 1].startswith("article 9 ")
