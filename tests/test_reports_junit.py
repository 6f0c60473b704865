"""JUnit XML validated against the common JUnit schema (tests/schemas/junit-10.xsd, written
from the public definition of Jenkins' junit-10.xsd), for check and diff, with xmlschema."""

from __future__ import annotations

from pathlib import Path

import pytest

from lexcheck.reports import render, render_delta
from tests.golden import fixture

XSD = Path(__file__).resolve().parent / "schemas" / "junit-10.xsd"


@pytest.fixture(scope="module")
def schema():
    import xmlschema

    return xmlschema.XMLSchema(str(XSD))


@pytest.fixture(scope="module")
def reports():
    before, after = fixture.check(), fixture.check(fixture.AMENDED)
    return before, fixture.delta(before, after)


def assert_valid(schema, text: str) -> None:
    errors = list(schema.iter_errors(text))
    assert not errors, "\n".join(str(e.reason) + " at " + str(e.path) for e in errors[:5])


def test_junit_check_is_valid(schema, reports):
    assert_valid(schema, render(reports[0], "junit"))


def test_junit_diff_is_valid(schema, reports):
    assert_valid(schema, render_delta(reports[1], "junit"))
    assert_valid(schema, (fixture.EXPECTED / "cli-diff.xml").read_text(encoding="utf-8"))


def test_junit_of_the_azerbaijan_case_and_bill_01_is_valid(schema):
    from lexcheck.amendments import load_bills
    from lexcheck.api import load_workspace
    from lexcheck.diff import diff

    ws = load_workspace()
    assert_valid(schema, render(ws.check(), "junit"))
    bill = fixture.ROOT / "legislation" / "az" / "bills" / "01-state-duty-exemption.bill"
    assert_valid(schema, render_delta(diff(ws, load_bills([bill]), None), "junit"))


def test_the_schema_refuses_what_broke_dashboards(schema, reports):
    """The attributes lexcheck used to write, which the common schema does not define."""
    text = render(reports[0], "junit")
    with pytest.raises(Exception, match="skipped"):
        schema.validate(text.replace('<testsuites name="lexcheck"', '<testsuites skipped="2" name="lexcheck"', 1))
    with pytest.raises(Exception, match="file"):
        schema.validate(text.replace("<testcase ", '<testcase file="x.req" ', 1))


def test_the_requirement_location_is_still_in_each_testcase(reports):
    import xml.etree.ElementTree as ET

    root = ET.fromstring(render(reports[0], "junit"))
    case = next(c for c in root.iter("testcase") if c.get("name").startswith("A.2.2 "))
    assert "requirement: tests/golden/rules/pack.req:23:1" in case.find("failure").text
    suite = root.find("testsuite")
    # skipped: B (needs evidence); A.2.3 is partial since round two (it was undetermined)
    assert (suite.get("skipped"), root.get("skipped")) == ("1", None)
