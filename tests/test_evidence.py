"""Evidence a Committee would accept: dated, scoped, of a kind, and never mistaken for the law.

The verdicts are written by hand from the small pack below (the rule cases in
tests/rule_cases/evidence-*.case hold the rest): what every format shows of a status that
rests on evidence, what ``--no-evidence-counts`` does to the exit code, and the errors of
bad evidence (each positioned, exit 2).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from lexcheck.cli import main
from lexcheck.reports import FORMATS

LAW = """act vt "Law on Combating Trafficking"
  jurisdiction az
  encoded excerpt
article 1 "Definitions" excerpt
  provision 1.1 "Victim defined."
    defines victim-of-trafficking includes child-victim-of-trafficking
"""

PACK = """pack case "Rule case"
  as-of 2023-03-31
requirement A.1 "A victim is defined"
  greta 12
  legislative
    requires defines victim-of-trafficking includes child-victim-of-trafficking
    look-in vt article 1
requirement A.2 "Lawyers, prosecutors and judges trained"
  greta 71
  practice "compensation in the training of lawyers, prosecutors and judges"
    elements lawyers-representing-victims, prosecutors, judges
    accepts training-programme
requirement C "The report to the Committee"
  greta 1
  practice "the report is sent"
"""

# A course for judges from 2022 (partial: lawyers and prosecutors missing), and the report
# (C) sent on 2023-01-10: met on evidence. On the pack's date, 2023-03-31.
EVIDENCE = """evidence A.2 "A course for judges (fixture)"
  kind training-programme
  covers judges
  from 2022-09-01
  source "fixture curriculum" dated 2022-08-15
evidence C "The report was sent (fixture)"
  from 2023-01-10
  source "fixture letter" dated 2023-01-10
"""


@pytest.fixture
def folder(tmp_path) -> Path:
    (tmp_path / "law").mkdir()
    (tmp_path / "rules").mkdir()
    (tmp_path / "law" / "vt.lex").write_text(LAW, encoding="utf-8")
    (tmp_path / "rules" / "pack.req").write_text(PACK, encoding="utf-8")
    (tmp_path / "e.evidence").write_text(EVIDENCE, encoding="utf-8")
    return tmp_path


def run(folder: Path, *args: str, evidence: str = "e.evidence"):
    return CliRunner().invoke(main, ["check", "--corpus", str(folder / "law"), "--rules", str(folder / "rules"),
                                     "--evidence", str(folder / evidence), *args])


def test_the_statuses_by_hand(folder):
    done = run(folder, "--format", "json", "--fail-on", "never")
    assert done.exit_code == 0, done.output
    findings = {f["requirement"]: f for f in json.loads(done.stdout)["findings"]}
    # A.1: the definition is in the law (met in law, no evidence involved)
    assert (findings["A.1"]["status"], findings["A.1"]["status_in_law"], findings["A.1"]["on_evidence"]) == (
        "met", "met", False)
    # A.2: judges only → partial on evidence; on the law alone it needs evidence
    assert (findings["A.2"]["status"], findings["A.2"]["status_in_law"], findings["A.2"]["on_evidence"]) == (
        "partial", "needs-evidence", True)
    assert findings["A.2"]["tests"][0]["missing"] == ["lawyers-representing-victims", "prosecutors"]
    # C: met on evidence, not in law; the record relied on, with its source and date
    assert (findings["C"]["status"], findings["C"]["status_in_law"], findings["C"]["on_evidence"]) == (
        "met", "needs-evidence", True)
    (record,) = findings["C"]["evidence"]
    assert record["since"] == "2023-01-10" and record["sources"] == ["fixture letter (2023-01-10)"]
    assert record["location"].endswith("e.evidence:6:1")


def test_github_annotations_say_partial_on_evidence(folder):
    """GitHub annotations show what fails (never met): A.2, partial on evidence, with its record."""
    done = run(folder, "--format", "github", "--fail-on", "partial")
    assert done.exit_code == 1, done.output
    (a2,) = [line for line in done.stdout.splitlines() if line.startswith("::warning")]
    assert "title=A.2 partly met on evidence%2C not in law::" in a2
    assert "fixture curriculum (2022-08-15)" in a2 and "from 2022-09-01" in a2
    # on the law alone A.2 needs evidence: below --fail-on partial, so nothing is annotated
    done = run(folder, "--format", "github", "--fail-on", "partial", "--no-evidence-counts")
    assert done.exit_code == 0
    assert not [line for line in done.stdout.splitlines() if line.startswith(("::warning", "::error", "::notice"))]


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "github"])
def test_every_format_says_met_on_evidence_is_not_met_in_law(folder, fmt):
    """Each format marks C (met on evidence) and shows the record's source and date."""
    done = run(folder, "--format", fmt, "--fail-on", "never")
    assert done.exit_code == 0, done.output
    out = done.stdout
    flat = " ".join(out.split())  # the text format wraps its lines
    assert "fixture letter (2023-01-10)" in flat  # the source and its date
    assert "from 2023-01-10" in flat  # the record's period
    if fmt == "json":
        c = next(f for f in json.loads(out)["findings"] if f["requirement"] == "C")
        assert c["on_evidence"] is True and c["status_in_law"] == "needs-evidence"
    elif fmt == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        c = next(r for r in results if r["ruleId"] == "C")
        assert c["properties"]["onEvidence"] is True and c["properties"]["statusInLaw"] == "needs-evidence"
        assert c["properties"]["evidence"][0]["since"] == "2023-01-10"
        a1 = next(r for r in results if r["ruleId"] == "A.1")
        assert a1["properties"]["onEvidence"] is False and a1["properties"]["statusInLaw"] == "met"
    elif fmt == "junit":
        root = ET.fromstring(out.split("\n", 1)[1])
        case = next(c for c in root.iter("testcase") if c.get("name").startswith("C "))
        props = {p.get("name"): p.get("value") for p in case.iter("property")}
        assert props["on-evidence"] == "true" and props["status-in-law"] == "needs-evidence"
        assert "fixture letter (2023-01-10)" in props["evidence"]
        a1 = next(c for c in root.iter("testcase") if c.get("name").startswith("A.1 "))
        assert a1.find("properties") is None  # the law's own verdict: nothing to mark
    elif fmt == "text":
        assert "C        MET ON EVIDENCE, NOT IN LAW" in out
        assert "A.1      MET  A victim is defined" in out
    elif fmt == "markdown":
        assert "| C | met *on evidence, not in law* (on the law alone: needs evidence) |" in out
        assert "| A.1 | met | " in out
    else:
        assert '<span class="on-evidence"' in out
        assert out.count('<span class="on-evidence"') == 4  # A.2 and C: in the overview and in the finding


def test_no_evidence_counts_judges_the_law_alone(folder):
    """A.2 is partial only on evidence: --fail-on partial fails with the evidence counted,
    and passes on the law alone (where A.2 and C need evidence)."""
    assert run(folder, "--fail-on", "partial").exit_code == 1
    assert run(folder, "--fail-on", "partial", "--no-evidence-counts").exit_code == 0
    # on the law alone, A.2 and C need evidence: --fail-on needs-evidence fails either way
    assert run(folder, "--fail-on", "needs-evidence", "--no-evidence-counts").exit_code == 1


BAD = {
    # an evidence record for a requirement the pack does not have (kept from before)
    "unknown requirement": ('evidence A.3 "x"\n  source "s" dated 2022-01-01\n', 1, 10, "not in the pack"),
    # a requirement with no practice test: only the text of the law can meet it (kept)
    "legislative-only": ('evidence A.1 "x"\n  source "s" dated 2022-01-01\n', 1, 10, "no practice test"),
    "unknown element": ('evidence A.2 "x"\n  covers judge\n  source "s" dated 2022-01-01\n', 2, 10,
                        "did you mean 'judges'"),
    "unknown kind": ('evidence A.2 "x"\n  kind training\n  source "s" dated 2022-01-01\n', 2, 8,
                     "unknown evidence-kind 'training'"),
    "a date that is not a date": ('evidence A.2 "x"\n  from 2024-02-30\n  source "s"\n', 2, 8, "is not a date"),
    "an end before its start": ('evidence A.2 "x"\n  from 2024-05-01 until 2024-01-01\n  source "s"\n', 2, 25,
                                "before it starts"),
    "an end on its start": ('evidence A.2 "x"\n  from 2024-05-01 until 2024-05-01\n  source "s"\n', 2, 25,
                            "on the day it starts"),
    "a source date that is not a date": ('evidence A.2 "x"\n  source "s" dated 2023-13-01\n', 2, 20,
                                         "is not a date"),
    "no source": ('evidence A.2 "x"\n  from 2022-01-01\n', 1, 10, "names no source"),
    "two kinds": ('evidence A.2 "x"\n  kind training-programme\n  kind budget-line\n  source "s"\n', 3, 3,
                  "says 'kind' twice"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_evidence_is_a_positioned_error(folder, name):
    text, line, column, words = BAD[name]
    (folder / "bad.evidence").write_text(text, encoding="utf-8")
    done = run(folder, evidence="bad.evidence")
    assert done.exit_code == 2, done.output
    assert f"bad.evidence:{line}:{column}:" in done.output
    assert words in done.output
    assert "^" in done.output and "Traceback" not in done.output


def test_an_element_or_kind_of_another_kind_is_an_error(folder):
    """A party is not an element; a term of the pack's test that is not an element is named."""
    (folder / "bad.evidence").write_text('evidence A.2 "x"\n  covers prosecutors, victim-of-crime\n'
                                         '  source "s" dated 2022-01-01\n', encoding="utf-8")
    done = run(folder, evidence="bad.evidence")
    assert done.exit_code == 2
    assert "bad.evidence:2:23:" in done.output and "'victim-of-crime' is a party" in done.output


def test_a_practice_test_naming_an_unknown_element_is_an_error(folder):
    pack = folder / "rules" / "pack.req"
    pack.write_text(pack.read_text(encoding="utf-8").replace("elements lawyers-representing-victims, prosecutors, judges",
                                                             "elements lawyers-representing-victims, prosecutor, judges"),
                    encoding="utf-8")
    done = run(folder)
    assert done.exit_code == 2
    assert "pack.req:11:44:" in done.output and "did you mean 'prosecutors'" in done.output


def test_evidence_read_from_the_parse_cache_builds_the_same_records(folder, monkeypatch, tmp_path):
    """The new lines (kind, covers, from/until) round-trip through the tree cache."""
    from lexcheck import notation
    from lexcheck.requirements import load_evidence

    monkeypatch.setenv("LEXCHECK_CACHE_DIR", str(tmp_path / "cache"))
    notation.parser.cache_clear()
    cold = load_evidence([folder / "e.evidence"])
    warm = load_evidence([folder / "e.evidence"])
    assert list((tmp_path / "cache" / "trees").rglob("*.json")), "the tree was stored"
    assert cold == warm
    assert (warm[0].kind, warm[0].covers, warm[0].start.isoformat()) == ("training-programme", ("judges",),
                                                                         "2022-09-01")


def test_explain_says_what_rests_on_evidence_and_what_is_missing(folder):
    done = CliRunner().invoke(main, ["explain", "A.2", "--corpus", str(folder / "law"), "--rules",
                                     str(folder / "rules"), "--evidence", str(folder / "e.evidence")])
    assert done.exit_code == 0, done.output
    flat = " ".join(done.output.split())
    # the course for judges only: partial on evidence, in law it needs evidence
    assert "rests on evidence records supplied by the user" in flat and "on the law alone it is NEEDS-EVIDENCE" in flat
    assert "still missing: lawyers-representing-victims, prosecutors" in flat
    assert "add evidence covering each element still missing" in flat
