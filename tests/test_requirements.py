"""Requirement packs and evidence: the model of a pack (checked by hand), and bad rules
as load errors with ``file:line:col``, exit 2 through ``lexcheck check --rules``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from lexcheck import model as m
from lexcheck.cli import main
from lexcheck.errors import LexcheckError
from lexcheck.legislation import parse_act
from lexcheck.requirements import LegislativeTest, PracticeTest, Scope, check_scopes, load_evidence, load_pack
from lexcheck.checking import check_evidence
from tests.test_notation import examples, header

HERE = Path(__file__).parent
GOOD = HERE / "notation" / "good"
VOCAB = HERE / "rule_cases" / "cases.vocab"


def test_a_pack_with_every_field():
    pack, _ = load_pack(GOOD / "pack.req", base_vocabulary=[VOCAB])
    assert (pack.id, pack.title, pack.body, pack.citation) == (
        "fixture-pack", "A fixture pack", "A monitoring body (fixture)", "FX/Rec(2023)01")
    assert (pack.adopted, pack.jurisdiction, pack.as_of, pack.as_of_reason) == (
        dt.date(2023, 6, 16), "az", dt.date(2023, 3, 31), "the law when the report was adopted")
    assert pack.sources == (m.Source(cite="the recommendation (fixture)", dated=dt.date(2023, 6, 16)),)
    assert [r.id for r in pack.requirements] == ["A.1", "A.2.3", "C"]  # sorted by part, item, bullet

    a1 = pack.get("A.1")
    assert (a1.part, a1.item, a1.bullet, a1.greta, a1.convention) == ("A", 1, None, (71, 72), ("15(3)", "15(4)"))
    assert (a1.priority, a1.due, a1.fix, a1.notes) == ("immediate", dt.date(2025, 6, 16),
                                                       "Add an exemption for victims of trafficking.", ("a note",))
    (test,) = a1.tests
    assert isinstance(test, LegislativeTest) and test.label == "an exemption in the duty law"
    assert test.pattern == m.Exemption(party="victim-of-trafficking", fee="state-duty",
                                       proceeding="compensation-claim", span=test.pattern.span)
    assert [(s.act, s.articles) for s in test.scopes] == [("duty", ("9", "9-1")), ("fees", ())]
    assert test.forbid == ("co-operation-with-authorities", "testimony-in-court")

    a23 = pack.get("A.2.3")
    assert (a23.part, a23.item, a23.bullet, a23.priority) == ("A", 2, 3, "other")
    legislative, practice = a23.tests
    assert legislative.latest_stage == "reasonable-grounds"
    assert legislative.pattern.free and legislative.pattern.conditions[0].term == "lacks-means"
    assert isinstance(practice, PracticeTest) and practice.label == "lawyers are trained"

    c = pack.get("C")
    assert (c.part, c.item, c.bullet, c.convention) == ("C", None, None, ("38",))


def test_a_stage_in_the_pattern_is_the_latest_stage_allowed(tmp_path):
    path = tmp_path / "p.req"
    path.write_text('pack p "P"\nrequirement A.1 "Lawyer"\n  greta 46\n  legislative\n'
                    "    requires grants victim-of-trafficking legal-assistance from identification\n"
                    "    look-in cpc\n", encoding="utf-8")
    pack, _ = load_pack(path, base_vocabulary=[VOCAB])
    assert pack.requirements[0].tests[0].latest_stage == "identification"


def test_evidence_records():
    records = load_evidence([GOOD / "records.evidence"])
    assert [(r.requirement, r.done, [s.cite for s in r.sources]) for r in records] == [
        ("A.2.3", "Lawyers were trained (fixture)", ["a training report", "a second source"]),
        ("C", "Report sent (fixture)", ["a letter"])]
    assert records[0].sources[0].dated == dt.date(2024, 5, 1)


def test_evidence_for_a_requirement_not_in_the_pack(tmp_path):
    pack, _ = load_pack(GOOD / "pack.req", base_vocabulary=[VOCAB])
    path = tmp_path / "x.evidence"
    path.write_text('\nevidence A.2.4 "done"\n  source "s"\n', encoding="utf-8")
    with pytest.raises(LexcheckError) as info:
        check_evidence(pack, load_evidence([path]))
    err = info.value
    assert (err.code, err.position.line, err.position.column) == ("E012", 2, 10)
    assert err.hint == "did you mean 'A.2.3'?"


CORPUS = 'act duty "Law on State Duty"\n  jurisdiction az\narticle 9 complete\n  provision 9.1 "x"\n'


def test_a_test_that_looks_in_an_act_not_in_the_corpus(tmp_path):
    """A search in an act that is not encoded can never match: an error, not a gap."""
    path = tmp_path / "p.req"
    path.write_text('pack p "P"\nrequirement A.1 "Exempt"\n  greta 71\n  legislative\n'
                    "    requires exempts victim-of-trafficking from state-duty in compensation-claim\n"
                    "    look-in dutty article 9\n", encoding="utf-8")
    pack, _ = load_pack(path, base_vocabulary=[VOCAB])
    corpus = m.Corpus(acts=(parse_act(CORPUS, "<duty.lex>"),))
    with pytest.raises(LexcheckError) as info:
        check_scopes(pack, corpus)
    err = info.value
    assert (err.code, err.position.file, err.position.line, err.position.column) == ("E008", str(path), 6, 5)
    assert err.message == "requirement A.1 looks in act 'dutty', which is not in the corpus"
    assert err.hint == "did you mean 'duty'?"


def test_a_pack_split_over_files(tmp_path):
    (tmp_path / "a.req").write_text('pack p "P"\nrequirement A.1 "One"\n  greta 1\n  practice "x"\n',
                                    encoding="utf-8")
    (tmp_path / "b.req").write_text('requirement A.2 "Two"\n  greta 2\n  practice "y"\n', encoding="utf-8")
    pack, _ = load_pack(tmp_path, base_vocabulary=[VOCAB])
    assert [r.id for r in pack.requirements] == ["A.1", "A.2"]
    (tmp_path / "c.req").write_text('\nrequirement A.1 "One again"\n  greta 1\n  practice "x"\n',
                                    encoding="utf-8")
    with pytest.raises(LexcheckError) as info:
        load_pack(tmp_path, base_vocabulary=[VOCAB])
    err = info.value
    assert (err.code, err.position.file, err.position.line, err.position.column) == (
        "E009", str(tmp_path / "c.req"), 2, 13)
    assert err.hint == f"the first is at {tmp_path / 'a.req'}:2:1"


def test_a_pack_needs_one_header(tmp_path):
    (tmp_path / "b.req").write_text('requirement A.2 "Two"\n  greta 2\n  practice "y"\n', encoding="utf-8")
    with pytest.raises(LexcheckError, match="has no 'pack' header") as info:
        load_pack(tmp_path, base_vocabulary=[VOCAB])
    assert info.value.code == "E009"
    pos = info.value.position
    assert (pos.file, pos.line, pos.column, pos.source_line) == (
        str(tmp_path / "b.req"), 1, 1, 'requirement A.2 "Two"')
    (tmp_path / "a.req").write_text('pack p "P"\n', encoding="utf-8")
    (tmp_path / "c.req").write_text('pack q "Q"\n', encoding="utf-8")
    with pytest.raises(LexcheckError, match="a second pack header") as info:
        load_pack(tmp_path, base_vocabulary=[VOCAB])
    assert (info.value.position.file, info.value.position.line) == (str(tmp_path / "c.req"), 1)


# ---- bad rules through the command line ------------------------------------------------------

REQ_BAD = [p for p in examples("bad") if p.suffix == ".req"]


@pytest.fixture
def corpus_dir(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "duty.lex").write_text(CORPUS, encoding="utf-8")
    return folder


@pytest.mark.parametrize("path", REQ_BAD, ids=[p.name for p in REQ_BAD])
def test_check_with_bad_rules_exits_2_with_the_position(path, corpus_dir):
    """Each bad rule of tests/notation/bad is a load error of ``lexcheck check --rules``
    (the shipped vocabulary holds every term these files use correctly)."""
    (line, column, code), messages = header(path)
    result = CliRunner().invoke(main, ["check", "--corpus", str(corpus_dir), "--rules", str(path)])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    first, source, caret, *_ = result.stderr.splitlines()
    assert first.startswith(f"{path}:{line}:{column}: error[{code}]: ")
    assert caret.endswith(" " * (column - 1) + "^")
    assert "Traceback" not in result.output


def test_check_with_a_rule_looking_in_an_absent_act_exits_2(tmp_path, corpus_dir):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "p.req").write_text('pack p "P"\nrequirement A.1 "Exempt"\n  greta 71\n  legislative\n'
                                 "    requires exempts victim-of-trafficking from state-duty in compensation-claim\n"
                                 "    look-in tax-code\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--corpus", str(corpus_dir), "--rules", str(rules)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{rules / 'p.req'}:6:5: error[E008]: requirement A.1 looks in act 'tax-code'")
    assert "Traceback" not in result.output


def test_a_test_that_names_a_paragraph_as_an_article(tmp_path, corpus_dir):
    """'article 9.1' is searched as an article and would never match provision 9.1 of
    article 9 (a silent false gap in a complete act): a load error instead."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "p.req").write_text('pack p "P"\nrequirement A.1 "Exempt"\n  greta 71\n  legislative\n'
                                 "    requires exempts victim-of-trafficking from state-duty in compensation-claim\n"
                                 "    look-in duty article 9, 9.1\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--corpus", str(corpus_dir), "--rules", str(rules)])
    assert result.exit_code == 2
    first, source, caret, hint = result.stderr.splitlines()
    assert first == (f"{rules / 'p.req'}:6:29: error[E008]: requirement A.1 looks in 'article 9.1' of duty, "
                     "but 9.1 is a provision of article 9; the search is by article")
    assert caret == "       | " + " " * 28 + "^"
    assert hint == "  hint: write: look-in duty article 9"


def test_evidence_for_a_requirement_without_a_practice_test(tmp_path):
    """Evidence of practice can never meet what the law must say: an error, not silence."""
    pack, _ = load_pack(GOOD / "pack.req", base_vocabulary=[VOCAB])
    path = tmp_path / "x.evidence"
    path.write_text('evidence A.1 "A circular was sent"\n  source "s"\n', encoding="utf-8")
    with pytest.raises(LexcheckError) as info:
        check_evidence(pack, load_evidence([path]))
    err = info.value
    assert (err.code, err.position.line, err.position.column) == ("E012", 1, 10)
    assert "which has no practice test" in err.message


VOCAB_BAD = [p for p in examples("bad") if p.suffix == ".vocab"]


@pytest.mark.parametrize("path", VOCAB_BAD, ids=[p.name for p in VOCAB_BAD])
def test_check_with_a_bad_pack_vocabulary_exits_2(path, tmp_path, corpus_dir):
    """A pack's own .vocab is read with the shipped one; its errors stop the check."""
    (line, column, code), _ = header(path)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "p.req").write_text('pack p "P"\nrequirement A.1 "Training"\n  greta 1\n  practice "x"\n',
                                 encoding="utf-8")
    copy = rules / path.name
    copy.write_bytes(path.read_bytes())
    result = CliRunner().invoke(main, ["check", "--corpus", str(corpus_dir), "--rules", str(rules)])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"{copy}:{line}:{column}: error[{code}]: ")
    assert "Traceback" not in result.output
