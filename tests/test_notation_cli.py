"""``lexcheck parse`` through click's CliRunner: a summary line per file, the model as
JSON, exit 0 for valid files and 2 with ``file:line:col`` and a caret for invalid ones,
never a traceback. Terms are checked against the shipped vocabulary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lexcheck import __version__
from lexcheck.cli import main
from tests.test_notation import examples, header

ACT = """\
act duty "Law on State Duty (fixture)"
  jurisdiction az
  adopted 2001-12-04 number "223-IIQ"
  encoded excerpt
article 9 "Exemptions" complete
  provision 9.1.?1 "Alimony claimants pay no duty."
    unverified "sub-item number not verified"
    exempts alimony-claimant from state-duty in alimony-claim
  provision 9.1.?2 "Child victims pay no duty on compensation claims."
    exempts child-victim-of-trafficking from state-duty in compensation-claim when co-operation-with-authorities
article 10 excerpt
  provision 10.1 "Another provision, without a formal clause."
"""


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def act_file(tmp_path) -> Path:
    path = tmp_path / "duty.lex"
    path.write_text(ACT, encoding="utf-8")
    return path


def test_parse_prints_one_summary_line_per_file(act_file, tmp_path):
    second = tmp_path / "small.lex"
    second.write_text('act small "Small"\n  jurisdiction az\narticle 1 excerpt\n', encoding="utf-8")
    result = run("parse", str(act_file), str(second))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"{act_file}: act duty: 2 articles (1 excerpt), 3 provisions (1 unverified), 2 clauses",
        f"{second}: act small: 1 article (1 excerpt), 0 provisions (0 unverified), 0 clauses",
    ]
    assert result.stderr == ""


def test_parse_json_prints_the_model(act_file):
    result = run("parse", "--format", "json", str(act_file))
    assert result.exit_code == 0, result.output
    act = json.loads(result.stdout)
    assert (act["id"], act["adopted"], act["number"], act["coverage"]) == ("duty", "2001-12-04", "223-IIQ", "excerpt")
    prov = act["articles"][0]["provisions"][1]
    assert prov["ref"] == "9.1.?2"
    assert prov["clauses"][0]["party"] == "child-victim-of-trafficking"
    assert prov["clauses"][0]["conditions"][0]["term"] == "co-operation-with-authorities"
    assert prov["span"]["line"] == 9


LEX_BAD = [p for p in examples("bad") if p.suffix == ".lex"]


@pytest.mark.parametrize("path", LEX_BAD, ids=[p.name for p in LEX_BAD])
def test_parse_of_a_bad_file_exits_2_with_a_caret(path):
    (line, column, code), _ = header(path)
    result = run("parse", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    first, source, caret, *_ = result.stderr.splitlines()
    assert first.startswith(f"{path}:{line}:{column}: error[{code}]: ")
    assert source.endswith(path.read_text(encoding="utf-8").splitlines()[line - 1])
    assert caret.endswith(" " * (column - 1) + "^")
    assert "Traceback" not in result.output


def test_parse_stops_at_the_first_bad_file_and_exits_2(act_file, tmp_path):
    bad = tmp_path / "bad.lex"
    bad.write_bytes(b"\x00\x01binary")
    result = run("parse", str(act_file), str(bad))
    assert result.exit_code == 2
    assert "binary file" in result.stderr and "Traceback" not in result.output


def test_parse_of_a_missing_file_exits_2(tmp_path):
    result = run("parse", str(tmp_path / "nowhere.lex"))
    assert result.exit_code == 2
    assert "no such file" in result.stderr and "Traceback" not in result.output


def test_version_and_help_on_every_command():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.stdout
    for command in main.commands:
        result = run(command, "--help")
        assert result.exit_code == 0, command
        assert "Usage:" in result.stdout and command in result.stdout
