"""Receipts: every report names the SHA-256 of its inputs; ``lexcheck verify`` recomputes them.

The digests expected here are computed by the test itself with hashlib from the files'
bytes, never read from a report; tampering is done by hand on a copy of the inputs.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import xml.etree.ElementTree as ET
from importlib.metadata import version
from pathlib import Path

import pytest
from click.testing import CliRunner

from lexcheck.cli import main
from lexcheck.reports import FORMATS
from tests.golden import fixture

ROOT = fixture.ROOT
BILL = ROOT / "legislation" / "az" / "bills" / "01-state-duty-exemption.bill"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def work(tmp_path, monkeypatch):
    """A copy of the golden corpus and pack in a scratch folder, the working directory."""
    shutil.copytree(fixture.CORPUS, tmp_path / "corpus")
    shutil.copytree(fixture.RULES, tmp_path / "rules")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(fmt: str, out: str, *extra: str) -> None:
    result = run("check", "--corpus", "corpus", "--rules", "rules", "--format", fmt, "--output", out,
                 "--fail-on", "never", *extra)
    assert result.exit_code == 0, result.output


def test_json_receipt_names_every_input_with_its_digest(work):
    check("json", "r.json")
    receipt = json.loads((work / "r.json").read_text())["receipt"]
    got = {(i["role"], f"{i['root']}/{i['file']}" if i["file"] else i["root"]): i["sha256"] for i in receipt["inputs"]}
    want = {("corpus", "corpus/duty.lex"): sha(work / "corpus" / "duty.lex"),
            ("corpus", "corpus/procedure.lex"): sha(work / "corpus" / "procedure.lex"),
            ("rules", "rules/pack.req"): sha(work / "rules" / "pack.req"),
            ("vocabulary", "rules/vocabulary.vocab"): sha(ROOT / "rules" / "vocabulary.vocab")}
    assert got == want
    assert receipt["as_of"] == "2023-03-31"  # the golden pack's as-of date
    assert receipt["parse_cache"] == "on"
    assert receipt["versions"] == {"lexcheck": "0.1.0", "lark": version("lark"), "pydantic": version("pydantic"),
                                   "durable-rules": version("durable-rules")}


def test_receipt_says_when_the_parse_cache_was_off(work, monkeypatch):
    monkeypatch.setenv("LEXCHECK_NO_CACHE", "1")
    check("json", "r.json")
    assert json.loads((work / "r.json").read_text())["receipt"]["parse_cache"] == "off"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_carries_the_receipt(fmt, work):
    check(fmt, "r.out", "--as-of", "2024-05-06")
    text = (work / "r.out").read_text()
    for f in ("corpus/duty.lex", "corpus/procedure.lex", "rules/pack.req"):
        assert sha(work / f) in text, (fmt, f)
    assert "2024-05-06" in text and "durable-rules" in text


def test_text_keeps_the_tally_as_its_last_line(work):
    check("text", "r.txt")
    lines = (work / "r.txt").read_text().splitlines()
    assert lines[-1].startswith("7 requirements:")
    assert any(line.strip().startswith("sha256 " + sha(work / "corpus" / "duty.lex")) for line in lines)


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit"])
def test_verify_untouched_inputs_exit_0(fmt, work):
    check(fmt, "r.out")
    result = run("verify", "r.out")
    assert result.exit_code == 0, result.output
    assert "all 4 inputs match" in result.output


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit"])
def test_verify_names_a_tampered_input_and_exits_1(fmt, work):
    check(fmt, "r.out")
    p = work / "corpus" / "duty.lex"
    p.write_text(p.read_text().replace("complete", "excerpt", 1))
    result = run("verify", "r.out")
    assert result.exit_code == 1, result.output
    assert "changed  corpus     corpus/duty.lex" in result.output
    assert "procedure.lex" not in result.output  # untouched files are not listed


def test_verify_reports_missing_and_added_files(work):
    check("json", "r.json")
    (work / "corpus" / "procedure.lex").unlink()
    shutil.copy(work / "corpus" / "duty.lex", work / "corpus" / "extra.lex")
    (work / "rules" / "more.req").write_text("# a new rule file the check did not read\n")
    result = run("verify", "r.json")
    assert result.exit_code == 1
    assert "missing  corpus     corpus/procedure.lex" in result.output
    assert "added    corpus     corpus/extra.lex" in result.output
    assert "added    rules      rules/more.req" in result.output


def test_verify_against_another_folder(work):
    check("json", "r.json")
    shutil.copytree(work / "corpus", work / "snapshot")
    (work / "corpus" / "duty.lex").write_text("changed after the report\n")
    assert run("verify", "r.json").exit_code == 1
    result = run("verify", "r.json", "--corpus", "snapshot")
    assert result.exit_code == 0, result.output
    (work / "snapshot" / "procedure.lex").write_text("")
    result = run("verify", "r.json", "--corpus", "snapshot")
    assert result.exit_code == 1 and "snapshot/procedure.lex" in result.output


def test_diff_receipt_includes_the_bill(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "d.json"
    assert run("diff", "--bill", str(BILL), "--format", "json", "--output", str(out)).exit_code == 0
    inputs = json.loads(out.read_text())["receipt"]["inputs"]
    bills = [i for i in inputs if i["role"] == "bills"]
    assert [(i["root"], i["sha256"]) for i in bills] == [("legislation/az/bills/01-state-duty-exemption.bill",
                                                         sha(BILL))]
    assert run("verify", str(out)).exit_code == 0
    other = tmp_path / "other.bill"
    other.write_text(BILL.read_text() + "\n# edited\n")
    result = run("verify", str(out), "--bill", str(other))
    assert result.exit_code == 1 and "changed  bills" in result.output


def test_evidence_is_in_the_receipt(work):
    ev = work / "evidence"
    ev.mkdir()
    (ev / "b.evidence").write_text('evidence B "Judges trained (invented test record)"\n'
                                   '  source "Invented curriculum" dated 2024-05-01\n')
    check("json", "r.json", "--evidence", "evidence")
    inputs = json.loads((work / "r.json").read_text())["receipt"]["inputs"]
    assert [(i["root"], i["file"], i["sha256"]) for i in inputs if i["role"] == "evidence"] == [
        ("evidence", "b.evidence", sha(ev / "b.evidence"))]
    (ev / "b.evidence").write_text('evidence B "Edited afterwards"\n  source "Invented" dated 2024-05-01\n')
    result = run("verify", "r.json")
    assert result.exit_code == 1 and "changed  evidence   evidence/b.evidence" in result.output


# ---- bad reports: exit 2 with a position ------------------------------------------------------

def test_verify_a_report_that_is_not_json_points_at_the_error(work):
    (work / "r.json").write_text('{\n  "receipt": {\n    "as_of": "2023-03-31",\n  }\n}\n')
    result = CliRunner().invoke(main, ["verify", "r.json"])
    assert result.exit_code == 2
    assert "r.json:4:3: error[E007]: the report is not valid JSON" in result.output
    assert "Traceback" not in result.output


def test_verify_a_text_report_says_which_formats_it_reads(work):
    check("text", "r.txt")
    result = CliRunner().invoke(main, ["verify", "r.txt"])
    assert result.exit_code == 2
    assert "r.txt:1:1:" in result.output and "json, sarif and junit" in result.output


def test_verify_a_report_without_receipt(work):
    (work / "r.json").write_text('{"lexcheck": "0.1.0", "findings": []}\n')
    result = CliRunner().invoke(main, ["verify", "r.json"])
    assert result.exit_code == 2 and "carries no receipt" in result.output


def test_verify_a_malformed_receipt_points_at_it(work):
    check("json", "r.json")
    payload = json.loads((work / "r.json").read_text())
    payload["receipt"]["inputs"][0]["sha256"] = "xyz"
    (work / "r.json").write_text(json.dumps(payload, indent=2))
    result = CliRunner().invoke(main, ["verify", "r.json"])
    assert result.exit_code == 2
    line = next(n for n, t in enumerate((work / "r.json").read_text().splitlines(), 1) if '"receipt"' in t)
    assert f"r.json:{line}:3: error[E007]: the receipt is malformed: input 1 has no SHA-256" in result.output


def test_verify_broken_junit_points_at_the_error(work):
    (work / "r.xml").write_text('<?xml version="1.0"?>\n<testsuites>\n  <testsuite name="x">\n</testsuites>\n')
    result = CliRunner().invoke(main, ["verify", "r.xml"])
    assert result.exit_code == 2 and "r.xml:4:" in result.output


def test_junit_properties_are_the_first_child_of_the_suite(work):
    check("junit", "r.xml")
    suite = ET.parse(work / "r.xml").getroot().find("testsuite")
    assert suite[0].tag == "properties"
    names = [p.get("name") for p in suite[0]]
    assert "lexcheck.receipt" in names and "lexcheck.input.corpus.corpus/duty.lex" in names
