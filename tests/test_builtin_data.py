"""The built-in data from anywhere: ``lexcheck data`` and the ``@builtin/`` prefix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lexcheck.cli import main
from lexcheck.resources import builtin, data_root

ROOT = Path(__file__).resolve().parent.parent
BILL = "@builtin/legislation/az/bills/01-state-duty-exemption.bill"


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_data_prints_the_folder_holding_the_shipped_data():
    code, out, _ = run("data")
    assert code == 0
    folder = Path(out.strip())
    assert folder.is_absolute()
    for shipped in ("legislation/az/state-duty.lex", "rules/cp-rec-2023-03", "rules/vocabulary.vocab", "grammar"):
        assert (folder / shipped).exists(), shipped


def test_a_location_in_a_report_opens_through_data(monkeypatch, tmp_path):
    """Reports name shipped files as legislation/az/…:LINE:COL; `lexcheck data` maps the
    location to a file the user can open, at the line the provision is written on."""
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("check", "--format", "json", "--fail-on", "never")
    assert code == 0
    finding = next(f for f in json.loads(out)["findings"] if f["provisions"])
    location = finding["provisions"][0]["location"]
    assert location.startswith("legislation/az/"), location
    code, out, _ = run("data", location)
    assert code == 0
    path, line, column = out.strip().rsplit(":", 2)
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    assert lines[int(line) - 1].strip().startswith("provision "), (location, lines[int(line) - 1])
    assert out.strip() == f"{data_root() / location.rsplit(':', 2)[0]}:{line}:{column}"


def test_data_of_a_missing_file_is_an_input_error_with_the_closest_name():
    code, _, err = run("data", "legislation/az/state-dutty.lex")
    assert code == 2
    assert "no 'state-dutty.lex' in @builtin/legislation/az" in err
    assert "did you mean 'state-duty.lex'" in err


def test_the_builtin_prefix_names_a_bill_from_any_folder(monkeypatch, tmp_path):
    # README's table of example bills (written by hand): 01 closes A.2.3, gap → met.
    monkeypatch.chdir(tmp_path)
    code, out, err = run("diff", "--bill", BILL, "--format", "json")
    assert code == 0, err
    changes = {c["requirement"]: c["change"] for c in json.loads(out)["changes"] if c["change"] != "unchanged"}
    assert changes == {"A.2.3": "closed"}


@pytest.mark.parametrize("option,value", [("--corpus", "@builtin/legislation/az"),
                                          ("--rules", "@builtin/rules/cp-rec-2023-03")])
def test_the_builtin_prefix_names_a_corpus_or_rule_pack(monkeypatch, tmp_path, option, value):
    monkeypatch.chdir(tmp_path)
    code, out, err = run("check", option, value, "--format", "json", "--fail-on", "never")
    assert code == 0, err
    assert len(json.loads(out)["findings"]) == len(json.loads(run("rules", "--format", "json")[1])["requirements"])


def test_a_misspelt_builtin_path_is_a_usage_error_with_the_closest_name(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    code, _, err = run("diff", "--bill", "@builtin/legislation/az/bills/01-state-duty.bill")
    assert code == 2
    assert "no '01-state-duty.bill' in @builtin/legislation/az/bills" in err
    assert "did you mean '01-state-duty-exemption.bill'" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("text", ["@builtin/../pyproject.toml", "@builtin/src/lexcheck", "@builtin/tests"])
def test_only_the_shipped_folders_are_builtin(text):
    from lexcheck.errors import LexcheckError

    with pytest.raises(LexcheckError, match="in @builtin "):
        builtin(text)


def test_a_path_without_the_prefix_is_left_alone():
    assert builtin("legislation/az") == Path("legislation/az")
    assert builtin("@builtin") == data_root()


def test_a_gherkin_step_reads_a_builtin_path(tmp_path):
    from lexcheck.bdd.case import Case

    case = Case(base=tmp_path, rootdir=tmp_path)
    assert case.path(BILL, "the bill") == data_root() / "legislation/az/bills/01-state-duty-exemption.bill"
    with pytest.raises(pytest.fail.Exception, match=r"the bill '@builtin/legislation/az/bills/01\.bill': no '01\.bill'"):
        case.path("@builtin/legislation/az/bills/01.bill", "the bill")
