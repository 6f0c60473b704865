"""Legislation: the good examples read as the law they encode (checked by hand), and
input that is not text in the notation is an error with a message, never a crash."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from lexcheck import model as m
from lexcheck.errors import LexcheckError
from lexcheck.legislation import load_act, load_corpus, parse_act

GOOD = Path(__file__).parent / "notation" / "good"


def test_every_field_of_an_act():
    act = load_act(GOOD / "full-act.lex")
    assert (act.id, act.title, act.jurisdiction) == ("vt", "Law on Combating Trafficking (fixture)", "az")
    assert (act.adopted, act.number) == (dt.date(2005, 6, 28), "958-IIQ")
    assert act.sources == (m.Source(cite="official gazette (fixture)", dated=dt.date(2005, 7, 1)),)
    assert act.current_to == dt.date(2024, 10, 22)
    assert act.in_force == m.Period(start=dt.date(2005, 7, 1))
    assert (act.coverage, act.unverified, act.notes) == ("excerpt", "fixture: not a real text",
                                                         ("a fixture for the notation tests",))
    assert [(a.ref, a.title, a.coverage) for a in act.articles] == [("1", "Definitions", "complete"),
                                                                   ("12", None, "excerpt")]


def test_every_field_of_an_article_and_a_provision():
    act = load_act(GOOD / "full-act.lex")
    one, twelve = act.articles
    assert one.sources == (m.Source(cite="article 1 as published (fixture)"),)
    assert one.notes == ("definitions used below",)
    assert twelve.unverified == "not verified"  # a bare 'unverified' line
    assert twelve.in_force == m.Period(start=dt.date(2010, 1, 1), end=dt.date(2030, 1, 1))
    p = twelve.provisions[0]
    assert (p.ref, p.summary) == ("12.1", "Victims pay no duty on compensation claims.")
    assert p.sources == (m.Source(cite="sadehuquq.org (fixture)", dated=dt.date(2024, 1, 5)),)
    assert (p.unverified, p.notes) == ("sub-item not verified", ("first note", "second note"))
    assert p.in_force == m.Period(start=dt.date(2012, 3, 4))
    assert twelve.provisions[1].observed == "2022-05"


def test_every_kind_of_clause():
    act = load_act(GOOD / "full-act.lex")
    clauses = [c for _, p in act.provisions() for c in p.clauses]
    kinds = [c.kind for c in clauses]
    assert kinds == ["definition", "exemption", "right", "right", "obligation", "obligation", "permission",
                     "prohibition", "prohibition", "duty", "suspension", "suspension", "suspension", "amount",
                     "amount"]
    definition, exemption, right, right2, obliges, obliges2, permits, prohibits, prohibits2, duty, \
        moratorium, suspends, suspends2, amount, amount2 = clauses
    assert (definition.term, definition.includes, definition.excludes) == (
        "victim-of-trafficking", ("child-victim-of-trafficking",), ("migrant-worker",))
    assert (exemption.party, exemption.fee, exemption.proceeding) == (
        "victim-of-trafficking", "state-duty", "compensation-claim")
    assert [(c.mode, c.term) for c in exemption.conditions] == [("when", "lacks-means"),
                                                                ("unless", "testimony-in-court")]
    assert (right.party, right.entitlement, right.stage, right.free) == (
        "victim-of-trafficking", "legal-assistance", "reasonable-grounds", True)
    assert (right2.stage, right2.free) == (None, False)
    assert (obliges.actor, obliges.action, obliges.party) == (
        "labour-inspectorate", "inspect-workplaces", "victim-of-trafficking")
    assert obliges.conditions[0].term == "co-operation-with-authorities" and obliges2.party is None
    assert (permits.party, permits.action) == ("victim-of-trafficking", "take-up-employment")
    assert (prohibits.actor, prohibits.action, prohibits.party, prohibits2.party) == (
        "police", "expel", "victim-of-trafficking", None)
    assert (duty.party, duty.action, [(c.mode, c.term) for c in duty.conditions]) == (
        "victim-of-trafficking", "testify", [("unless", "testimony-in-court")])
    assert (moratorium.action, moratorium.start, moratorium.end) == (
        "inspect-workplaces", dt.date(2015, 11, 1), dt.date(2024, 1, 1))
    assert moratorium.active_on(dt.date(2023, 12, 31)) and not moratorium.active_on(dt.date(2024, 1, 1))
    assert (suspends.start, suspends.end, suspends.conditions[0].mode) == (None, dt.date(2025, 1, 1), "unless")
    assert (suspends2.start, suspends2.end) == (None, None)
    assert (amount.parameter, amount.value, amount.unit, amount.party) == (
        "one-off-payment-amount", Decimal(500), "AZN", "victim-of-trafficking")
    assert (amount2.value, amount2.unit, amount2.party) == (Decimal("12.50"), "EUR", None)


def test_spans_and_citation_paths():
    path = GOOD / "full-act.lex"
    act = load_act(path)
    art = act.articles[1]
    prov = art.provisions[0]
    assert (art.span.file, art.span.line, art.span.column) == (str(path), 18, 1)
    assert (prov.span.line, prov.span.column) == (21, 3)
    clause = prov.clauses[0]
    assert (clause.span.line, clause.span.column) == (27, 5)
    assert (clause.conditions[1].span.line, clause.conditions[1].span.column) == (27, 90)
    assert m.cite(act, art, prov) == "vt Art. 12, 12.1"


def test_numbering_styles():
    act = load_act(GOOD / "numbering.lex")
    refs = [(a.ref, [p.ref for p in a.provisions]) for a in act.articles]
    assert refs == [("9", ["9.1.15", "9.1.?1"]), ("45", ["45.1.9"]), ("87", ["87.6.14"]),
                    ("144-1", ["144-1", "144-1.2"]), ("12a", ["12a.1"]), ("?3", ["?3.1"])]
    assert (act.adopted, act.number) == (None, None)  # 'unknown', never invented
    assert act.articles[5].unverified == "article number not verified"


def test_minimal_act_and_defaults():
    act = load_act(GOOD / "minimal.lex")
    assert act.coverage == "excerpt"  # an act says nothing: not every article is encoded
    assert act.articles == (m.Article(ref="1", coverage="excerpt", span=act.articles[0].span),)


def test_comments_blank_lines_and_escapes():
    act = load_act(GOOD / "comments.lex")
    assert act.title == "Comments and blank lines"
    assert act.articles[0].provisions[0].summary == 'A provision "quoted" with a backslash \\ in it.'
    assert act.articles[0].provisions[0].clauses[0].fee == "court-fee"


TEXT = 'act a "A"\n  jurisdiction az\narticle 1 complete\n  provision 1.1 "P."\n'


def test_windows_line_endings_a_byte_order_mark_and_no_final_newline(tmp_path):
    crlf = tmp_path / "crlf.lex"
    crlf.write_bytes(b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").rstrip().encode())
    act = load_act(crlf)
    assert [p.ref for _, p in act.provisions()] == ["1.1"]
    assert act.articles[0].provisions[0].summary == "P."


@pytest.mark.parametrize("data, position, fragment", [
    (b"act a \"A\"\n\x00\x01\x02", (2, 1), "binary file"),
    (TEXT.encode() + b'  note "caf\xe9"\n', (5, 12), "not valid UTF-8 (byte 0xe9)"),
    (TEXT.encode() + b'  note "\xc3\xa9\xc3\xa9 \xe9"\n', (5, 12), "not valid UTF-8 (byte 0xe9)"),
    (b'\xef\xbb\xbfact sd "L\xff"\n', (1, 10), "not valid UTF-8 (byte 0xff)"),
    (b"\xff\xfe" + TEXT.encode("utf-16-le"), (1, 1), "the file is in UTF-16, not UTF-8; save it as UTF-8"),
], ids=["binary", "latin-1", "latin-1-after-accents", "latin-1-after-a-bom", "utf-16"])
def test_input_that_is_not_utf8_text(tmp_path, data, position, fragment):
    path = tmp_path / "bad.lex"
    path.write_bytes(data)
    with pytest.raises(LexcheckError) as info:
        load_act(path)
    assert (info.value.code, (info.value.position.line, info.value.position.column)) == ("E007", position)
    assert fragment in info.value.message


def test_a_missing_file_and_a_directory(tmp_path):
    with pytest.raises(LexcheckError, match="no such file") as info:
        load_act(tmp_path / "nowhere.lex")
    assert info.value.code == "E007"
    with pytest.raises(LexcheckError, match="is a directory"):
        load_act(tmp_path)


def test_corpus_errors(tmp_path):
    (tmp_path / "one.lex").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "two.lex").write_text(TEXT, encoding="utf-8")
    with pytest.raises(LexcheckError) as info:
        load_corpus(tmp_path)
    err = info.value
    assert (err.code, err.position.file, err.position.line, err.position.column) == (
        "E003", str(tmp_path / "sub" / "two.lex"), 1, 1)
    assert "act id 'a' is used twice in the corpus" in err.message and "one.lex:1:1" in err.hint
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(LexcheckError, match=r"no \.lex files") as info:
        load_corpus(empty)
    assert info.value.code == "E005"
    with pytest.raises(LexcheckError, match="no such corpus folder"):
        load_corpus(tmp_path / "missing")


def test_a_corpus_is_sorted_by_act_id(tmp_path):
    (tmp_path / "z.lex").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.lex").write_text(TEXT.replace("act a", "act zz"), encoding="utf-8")
    assert [a.id for a in load_corpus(tmp_path).acts] == ["a", "zz"]


def test_parse_act_from_text_names_its_source():
    with pytest.raises(LexcheckError) as info:
        parse_act(TEXT + "  provision 1.1 \"again\"\n", "inline text")
    assert str(info.value.position) == "inline text:5:13"


@pytest.mark.parametrize("name", ["full-act.lex", "numbering.lex", "minimal.lex", "comments.lex"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_the_default_parse_equals_lark_on_the_good_examples(name, newline):
    """parse_act may take a fast path; it must build exactly Lark's model, spans included."""
    from lexcheck.legislation import LegislationBuilder
    from lexcheck.notation import build, parse_text

    text = (GOOD / name).read_text(encoding="utf-8").replace("\n", newline)
    by_lark = build(LegislationBuilder(text, name), parse_text(text, name, "legislation"))
    assert parse_act(text, name) == by_lark
