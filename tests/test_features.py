"""The scenarios legal staff wrote (features/*.feature), bound with no step code of our own:
the steps come from the lexcheck plugin (lexcheck.bdd), as in any other repository."""

from pytest_bdd import scenarios

scenarios("../features")


def test_the_2023_baseline_states_a_status_for_every_requirement():
    import re
    from pathlib import Path

    from lexcheck.requirements import load_pack
    from lexcheck.resources import default_rules

    pack, _ = load_pack(default_rules())
    text = (Path(__file__).resolve().parent.parent / "features" / "baseline-2023.feature").read_text(encoding="utf-8")
    stated = set(re.findall(r"^\s+(?:Then|And|But) ([A-Z](?:\.\d+)*) (?:is|needs)\b", text, re.M))
    stated |= set(re.findall(r"^\s+\| ([A-Z](?:\.\d+)*)\s+\|", text, re.M))
    assert stated == {r.id for r in pack.requirements}
