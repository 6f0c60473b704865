"""Bills: parsing, every operation, every rejection (exact line:col), time, and the
consolidated text's round trip. Runs on the small fixture corpus in tests/bills/."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lexcheck import model as m
from lexcheck.amendments import apply, load_bill, load_bills, parse_bill, touched
from lexcheck.api import load_workspace
from lexcheck.cli import main
from lexcheck.errors import AmendmentError, LexcheckError, UnknownTerm
from lexcheck.formatter import format_act, strip_spans
from lexcheck.legislation import load_corpus, parse_act

HERE = Path(__file__).resolve().parent
BILLS = HERE / "bills"
CORPUS = BILLS / "corpus"
RULES = BILLS / "rules"
GOOD = BILLS / "good"
BAD = BILLS / "bad"
JULY = dt.date(2025, 7, 1)


@pytest.fixture(scope="module")
def baseline() -> m.Corpus:
    return load_corpus(CORPUS)


@pytest.fixture(scope="module")
def every() -> m.Corpus:
    return load_bill(GOOD / "every-operation.bill")


def refs(article: m.Article) -> list[str]:
    return [p.ref for p in article.provisions]


def provision(corpus: m.Corpus, act: str, ref: str) -> m.Provision | None:
    return next((p for _, p in corpus.act(act).provisions() if p.ref == ref), None)


def marks(node) -> list[tuple[str, str, str]]:
    return [(a.bill, a.clause, a.operation) for a in node.amended_by]


# ---- parsing ---------------------------------------------------------------------------

def test_bill_header_and_clauses_are_read(every):
    assert every.id == "t-all"
    assert every.title == "Test bill: every textual modification"
    assert every.number == "T-1"
    assert every.dated == dt.date(2025, 2, 1)
    assert every.amends == ("sd", "cpc")
    assert every.in_force == JULY
    assert [s.cite for s in every.sources] == ["test fixture"]
    assert every.notes == ("Fixture for the tests; not a real bill.",)
    assert [c.number for c in every.clauses] == ["1", "2", "3", "4"]
    assert every.clauses[0].title == "Insert a provision"
    kinds = [[op.kind for op in c.operations] for c in every.clauses]
    assert kinds == [["insert-provision"], ["insert-article"],
                     ["substitute-provision", "substitute-summary", "substitute-clauses"],
                     ["repeal-provision", "renumber-provision", "renumber-article"]]
    ops = [op.operation for c in every.clauses for op in c.operations]
    assert set(ops) == {"insert", "substitute", "repeal", "renumber"}


def test_unknown_number_and_date_are_none():
    later = load_bill(GOOD / "later.bill")
    assert later.number is None and later.dated is None
    assert later.clauses[0].title is None


def test_operation_spans_point_into_the_bill(every):
    op = every.clauses[0].operations[0]
    assert (op.span.line, op.span.column) == (11, 3)
    assert (op.placement.span.line, op.placement.span.column) == (11, 33)
    assert op.provision.span.file.endswith("every-operation.bill")
    assert op.provision.span.line == 12


# ---- each operation ---------------------------------------------------------------------

def test_insert_provision_before_a_sibling(baseline, every):
    new = apply(baseline, [every])
    art = new.act("sd").article("9")
    assert refs(art) == ["9.1.?1", "9.1.20", "9.1.?2"]
    prov = provision(new, "sd", "9.1.20")
    assert prov.in_force == m.Period(start=JULY)  # from the bill's entry into force
    assert prov.sources[0].cite.startswith("bill t-all, clause 1")
    assert marks(prov) == [("t-all", "1", "insert")]
    assert prov.amended_by[0].span.line == 11
    assert ("t-all", "1", "insert") in marks(art)
    assert prov.clauses[0] == m.Exemption(party="victim-of-trafficking", fee="state-duty",
                                          proceeding="compensation-claim", span=prov.clauses[0].span)


def test_insert_at_the_end_when_no_place_is_given(baseline):
    bill = parse_bill('bill b "t"\n  amends sd\n  in-force 2025-07-01\nclause 1\n  insert in sd article 9\n'
                      '    provision 9.1.30 "Last."\n', "b.bill")
    assert refs(apply(baseline, [bill]).act("sd").article("9")) == ["9.1.?1", "9.1.?2", "9.1.30"]


def test_insert_article_after_another(baseline, every):
    new = apply(baseline, [every])
    cpc = new.act("cpc")
    assert [a.ref for a in cpc.articles] == ["19", "19-1", "21"]
    art = cpc.article("19-1")
    assert art.coverage == "complete" and art.in_force == m.Period(start=JULY)
    assert marks(art) == [("t-all", "2", "insert")]
    prov = art.provisions[0]
    assert prov.clauses[0].free and prov.clauses[0].stage == "reasonable-grounds"
    assert marks(prov) == [("t-all", "2", "insert")]


def test_substitute_a_whole_provision_keeps_the_drafters_date(baseline, every):
    new = apply(baseline, [every])
    prov = provision(new, "cpc", "19.2")
    assert prov.summary == "Any victim may use a lawyer they invite, from recognition."
    assert prov.in_force == m.Period(start=dt.date(2026, 1, 1))  # the bill's text says so
    assert prov.clauses[0].party == "victim-of-crime"
    assert marks(prov) == [("t-all", "3", "substitute")]


def test_substitute_summary_and_clauses(baseline, every):
    new = apply(baseline, [every])
    prov = provision(new, "sd", "9.1.?1")
    assert prov.summary == "Alimony claimants are exempt (new words)."
    assert [c.party for c in prov.clauses] == ["alimony-claimant", "child"]
    assert prov.in_force == m.Period(start=JULY)  # the new clauses apply from the bill's date
    assert marks(prov) == [("t-all", "3", "substitute"), ("t-all", "3", "substitute")]
    assert prov.span == provision(baseline, "sd", "9.1.?1").span  # still the corpus line


def test_repeal_and_renumber(baseline, every):
    new = apply(baseline, [every])
    art = new.act("cpc").article("21")
    assert new.act("cpc").article("20") is None
    # 20.2 repealed; 20.1 renumbered 20.3, then article 20 renumbered 21 with its provisions
    assert refs(art) == ["21.3"]
    assert marks(art.provisions[0]) == [("t-all", "4", "renumber"), ("t-all", "4", "renumber")]
    assert ("t-all", "4", "repeal") in marks(art)


def test_renumber_article_renumbers_its_provisions(baseline):
    bill = parse_bill('bill b "t"\n  amends sd\n  in-force 2025-07-01\nclause 1\n'
                      '  renumber sd article 9 as 9-1\n', "b.bill")
    art = apply(baseline, [bill]).act("sd").article("9-1")
    assert refs(art) == ["9-1.1.?1", "9-1.1.?2"]


def test_the_baseline_is_never_mutated(baseline, every):
    before = baseline.model_dump()
    apply(baseline, [every])
    with pytest.raises(AmendmentError):
        apply(baseline, [every, load_bill(BAD / "target-missing.bill")])
    assert baseline.model_dump() == before


def test_nothing_is_partially_applied(baseline):
    # clause 1 would apply; clause 2 is rejected: no result at all, the error says which clause
    bill = parse_bill('bill b "t"\n  amends cpc\n  in-force 2025-07-01\nclause 1\n  repeal cpc provision 20.2\n'
                      'clause 2\n  repeal cpc provision 99.1\n', "b.bill")
    with pytest.raises(AmendmentError) as err:
        apply(baseline, [bill])
    assert str(err.value.position) == "b.bill:7:24"
    assert "clause 2 of bill b" in err.value.render()


def test_bills_apply_in_order_and_build_on_each_other(baseline):
    duty, later = load_bill(GOOD / "duty.bill"), load_bill(GOOD / "later.bill")
    new = apply(baseline, [duty, later])
    prov = provision(new, "sd", "9.1.20")
    assert prov.clauses[0].conditions[0].term == "co-operation-with-authorities"
    assert marks(prov) == [("t-duty", "1", "insert"), ("t-later", "1", "substitute")]
    with pytest.raises(AmendmentError, match="no provision 9.1.20"):
        apply(baseline, [later])  # alone, it targets what does not exist


# ---- time: bills take effect from their entry into force ---------------------------------

def test_as_of_before_entry_into_force_shows_the_old_law(baseline, every):
    assert apply(baseline, [every], as_of=dt.date(2025, 6, 30)) == baseline
    assert apply(baseline, [every], as_of=JULY) == apply(baseline, [every])


def test_as_of_between_two_bills_applies_only_the_first(baseline):
    duty, later = load_bill(GOOD / "duty.bill"), load_bill(GOOD / "later.bill")
    mid = apply(baseline, [duty, later], as_of=dt.date(2025, 12, 31))
    assert provision(mid, "sd", "9.1.20").clauses[0].conditions == ()
    end = apply(baseline, [duty, later], as_of=dt.date(2026, 1, 1))
    assert provision(end, "sd", "9.1.20").clauses[0].conditions[0].term == "co-operation-with-authorities"


def test_a_bill_in_force_before_the_bill_it_builds_on_is_explained(baseline):
    duty = load_bill(GOOD / "duty.bill").model_copy(update={"in_force": dt.date(2026, 6, 1)})
    later = load_bill(GOOD / "later.bill")
    with pytest.raises(AmendmentError) as err:
        apply(baseline, [duty, later], as_of=dt.date(2026, 1, 1))
    assert "not yet in force" in err.value.hint


def test_inserted_provisions_are_not_in_force_before_the_bill(baseline, every):
    # even when applied regardless of the date, the new text says when it started
    ws = load_workspace(apply(baseline, [every]), RULES)
    assert ws.check(dt.date(2025, 6, 30)).finding("A.2").status == "partial"
    assert ws.check(JULY).finding("A.2").status == "met"


# ---- rejections: every bad bill, at its exact line and column -----------------------------

EXPECT = re.compile(r"# expect (E\d{3}) (\d+):(\d+) (.+)")


def bad_cases():
    for path in sorted(BAD.glob("*.bill")):
        code, line, col, message = EXPECT.match(path.read_text(encoding="utf-8").splitlines()[0]).groups()
        yield pytest.param(path, code, int(line), int(col), message, id=path.stem)


@pytest.mark.parametrize("path,code,line,col,message", list(bad_cases()))
def test_bad_bill_is_rejected_at_its_line_and_column(baseline, path, code, line, col, message):
    with pytest.raises(LexcheckError) as err:
        apply(baseline, [load_bill(path)])
    exc = err.value
    assert exc.code == code
    assert (exc.position.file, exc.position.line, exc.position.column) == (str(path), line, col)
    assert exc.message.startswith(message)
    shown = exc.render().splitlines()
    assert shown[0].startswith(f"{path}:{line}:{col}: error[{code}]")
    assert shown[2].index("^") - shown[1].index("|") == col + 1  # the caret under the column


def test_rejections_suggest_what_was_meant(baseline):
    with pytest.raises(AmendmentError) as err:
        apply(baseline, [load_bill(BAD / "target-missing.bill")])
    assert err.value.hint == "did you mean '19.2'?"
    with pytest.raises(LexcheckError) as err:
        load_bill(BAD / "misspelt-keyword.bill")
    assert err.value.hint == "did you mean 'repeal'?"


def test_two_bills_with_one_id_are_rejected():
    with pytest.raises(AmendmentError, match="two bills have the id 't-duty'"):
        load_bills([GOOD / "duty.bill", GOOD / "duty.bill"])


def test_a_folder_of_bills_is_read_in_name_order():
    assert [b.id for b in load_bills([GOOD])] == ["t-duty", "t-all", "t-later", "t-repeal"]


def test_unknown_term_in_an_inserted_provision_is_caught(baseline):
    bill = parse_bill('bill b "t"\n  amends sd\n  in-force 2025-07-01\nclause 1\n  insert in sd article 9\n'
                      '    provision 9.1.30 "x"\n      exempts victim-of-trafficing from state-duty in '
                      'compensation-claim\n', "b.bill")
    ws = load_workspace(CORPUS, RULES)
    with pytest.raises(UnknownTerm) as err:
        ws.with_corpus(apply(baseline, [bill]))
    assert "victim-of-trafficking" in (err.value.hint or "")


# ---- consolidated text ---------------------------------------------------------------------

def without_provenance_of_bills(node):
    """Spans and amended_by removed: what the notation itself carries."""
    node = strip_spans(node)
    if isinstance(node, tuple):
        return tuple(without_provenance_of_bills(x) for x in node)
    if isinstance(node, m.Node):
        update = {k: without_provenance_of_bills(getattr(node, k)) for k in type(node).model_fields
                  if isinstance(getattr(node, k), (tuple, m.Node))}
        if "amended_by" in type(node).model_fields:
            update["amended_by"] = ()
        return node.model_copy(update=update)
    return node


def test_consolidated_acts_parse_back_to_the_same_model(baseline, every):
    new = apply(baseline, [every, ])
    for act in new.acts:
        back = parse_act(format_act(act), f"{act.id}.lex")
        assert without_provenance_of_bills(back) == without_provenance_of_bills(act)


def test_cli_consolidate_writes_a_corpus_that_reads_back(tmp_path, baseline, every):
    out = tmp_path / "consolidated"
    result = CliRunner().invoke(main, ["consolidate", "--bill", str(GOOD / "every-operation.bill"),
                                       "--corpus", str(CORPUS), "--rules", str(RULES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["cpc.lex", "sd.lex"]
    text = (out / "sd.lex").read_text(encoding="utf-8")
    assert text.startswith("# Consolidated by lexcheck: the baseline as amended by t-all (in force 2025-07-01).")
    assert "# - clause 1 of bill t-all: insert 9.1.20" in text
    assert without_provenance_of_bills(load_corpus(out)) == without_provenance_of_bills(apply(baseline, [every]))


def test_cli_consolidate_as_of_before_the_bill_writes_the_old_law(tmp_path, baseline):
    out = tmp_path / "old"
    result = CliRunner().invoke(main, ["consolidate", "--bill", str(GOOD / "duty.bill"), "--corpus", str(CORPUS),
                                       "--rules", str(RULES), "--as-of", "2025-01-01", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "none amended" in result.output
    assert without_provenance_of_bills(load_corpus(out)) == without_provenance_of_bills(baseline)


def test_cli_rejects_a_bad_bill_with_a_caret_and_exit_2(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "lexcheck", "consolidate", "--bill",
                           str(BAD / "target-missing.bill"), "--corpus", str(CORPUS), "--rules", str(RULES),
                           "-o", str(tmp_path / "x")], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "target-missing.bill:7:24: error[E010]: act cpc has no provision 19.9" in proc.stderr
    assert "                        ^" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "x").exists()  # nothing written


def test_touched_names_old_and_new_numbers(baseline, every):
    found = {(t.clause, t.operation, t.act, t.article, t.provision) for t in touched(baseline, [every])}
    assert ("1", "insert", "sd", "9", "9.1.20") in found
    assert ("4", "repeal", "cpc", "20", "20.2") in found
    assert ("4", "renumber", "cpc", "20", "20.1") in found and ("4", "renumber", "cpc", "20", "20.3") in found
    assert ("4", "renumber", "cpc", "21", "21.3") in found


def test_a_repealed_article_stays_empty_and_complete(baseline):
    bill = parse_bill('bill b "t"\n  amends cpc\n  in-force 2025-07-01\nclause 3\n  repeal cpc article 20\n', "b.bill")
    new = apply(baseline, [bill])
    art = new.act("cpc").article("20")
    assert art.provisions == () and art.coverage == "complete"
    assert art.notes[-1] == "Repealed by clause 3 of bill b, from 2025-07-01."
    assert marks(art) == [("b", "3", "repeal")]
    # the consolidated text can be amended again, but not repealed twice
    with pytest.raises(AmendmentError, match="article 20 of cpc is already repealed"):
        apply(new, [bill.model_copy(update={"id": "b2"})])


# ---- robustness: no bill text makes the parser or apply crash -----------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

GOOD_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(GOOD.glob("*.bill"))]
FUZZ_CORPUS = load_corpus(CORPUS)


@st.composite
def mutated_bills(draw):
    text = draw(st.sampled_from(GOOD_TEXTS))
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["delete", "insert", "swap-lines"]))
        if op == "delete":
            text = text[:i] + text[i + draw(st.integers(1, 12)):]
        elif op == "insert":
            text = text[:i] + draw(st.sampled_from(["\n", " ", '"', "?", "-", "9", "article ", "provision ",
                                                    "repeal ", "clause 1\n", "\x00", "é", "as ", "#"])) + text[i:]
        else:
            lines = text.split("\n")
            a, b = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[a], lines[b] = lines[b], lines[a]
            text = "\n".join(lines)
    return text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(mutated_bills(), st.text(max_size=200)))
def test_any_bill_text_gives_a_bill_or_a_positioned_error(text):
    try:
        bill = parse_bill(text, "fuzz.bill")
        apply(FUZZ_CORPUS, [bill])
    except LexcheckError as exc:
        assert exc.position.file == "fuzz.bill"
        assert exc.render().startswith("fuzz.bill")


def test_an_empty_folder_of_bills_is_an_error(tmp_path):
    with pytest.raises(AmendmentError, match="no .bill files in the folder") as err:
        load_bills([tmp_path])
    assert err.value.code == "E005"


def test_an_act_listed_twice_is_an_error():
    with pytest.raises(AmendmentError, match="an act is listed twice") as err:
        parse_bill('bill b "t"\n  amends sd, sd\n  in-force 2025-07-01\nclause 1\n  repeal sd article 9\n', "b.bill")
    assert str(err.value.position) == "b.bill:2:10"


def test_a_field_given_twice_is_an_error():
    with pytest.raises(AmendmentError, match="the bill says 'in-force' twice") as err:
        parse_bill('bill b "t"\n  amends sd\n  in-force 2025-07-01\n  in-force 2025-08-01\nclause 1\n'
                   '  repeal sd article 9\n', "b.bill")
    assert str(err.value.position) == "b.bill:4:12"
