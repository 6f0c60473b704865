"""The vocabulary: broader/narrower relations, the order of stages, unknown terms with
"did you mean", and load errors (cycles, unknown parent, wrong kind, duplicates)."""

from __future__ import annotations

import pytest

from lexcheck.errors import LexcheckError, UnknownTerm
from lexcheck.model import Span
from lexcheck.resources import default_vocabulary
from lexcheck.vocabulary import load_vocabulary, parse_vocabulary

TEXT = """\
party person "any person"
party victim-of-crime "a victim of crime" under person
party presumed-victim "a presumed victim of trafficking" under person
party victim-of-trafficking "a victim of trafficking" under victim-of-crime, presumed-victim
party child-victim "a child victim of trafficking" under victim-of-trafficking
party child "a child" under person
party witness "a witness" under person
stage reasonable-grounds "reasonable grounds"
stage identification "identification"
stage trial "the trial"
fee court-fee "a court fee"
condition co-operation "co-operation with the authorities"
"""


@pytest.fixture(scope="module")
def vocab():
    return parse_vocabulary(TEXT, "<test.vocab>")


def test_broader_and_narrower_are_transitive(vocab):
    assert vocab.ancestors("child-victim") == {"child-victim", "victim-of-trafficking", "victim-of-crime",
                                               "presumed-victim", "person"}
    assert vocab.descendants("victim-of-crime") == {"victim-of-crime", "victim-of-trafficking", "child-victim"}
    assert vocab.covers("person", "child-victim") and not vocab.covers("child-victim", "person")


@pytest.mark.parametrize("provided, required, relation", [
    ("victim-of-trafficking", "victim-of-trafficking", "same"),
    ("victim-of-crime", "child-victim", "broader"),
    ("child-victim", "victim-of-crime", "narrower"),
    ("presumed-victim", "victim-of-crime", "overlap"),  # victims of trafficking are both
    ("child", "victim-of-trafficking", None),  # no term is under both
    ("witness", "victim-of-crime", None),
])
def test_relation(vocab, provided, required, relation):
    assert vocab.relation(provided, required) == relation


def test_relatives_are_every_related_term(vocab):
    """What the engine joins on: every term relation() relates, overlapping ones included."""
    assert vocab.relatives("presumed-victim") == {"presumed-victim", "person", "victim-of-trafficking",
                                                  "child-victim", "victim-of-crime"}
    assert all(vocab.relation(t, "presumed-victim") is not None for t in vocab.relatives("presumed-victim"))
    assert vocab.relation("child", "presumed-victim") is None and "child" not in vocab.relatives("presumed-victim")


def test_stages_are_ordered_as_listed(vocab):
    assert vocab.stages == ("reasonable-grounds", "identification", "trial")
    assert vocab.stage_rank("reasonable-grounds") < vocab.stage_rank("identification") < vocab.stage_rank("trial")


def test_unknown_term_has_did_you_mean(vocab):
    with pytest.raises(UnknownTerm) as info:
        vocab.check("victim-of-trafficing", "party", None)
    assert info.value.code == "E002"
    assert info.value.message == "unknown party 'victim-of-trafficing' (not in the vocabulary)"
    assert info.value.hint.startswith("did you mean 'victim-of-trafficking'")  # the closest first


def test_unknown_term_without_a_close_one_says_how_to_declare_it(vocab):
    with pytest.raises(UnknownTerm) as info:
        vocab.check("zzz", "stage", None)
    assert info.value.hint == 'declare it in a .vocab file as: stage zzz "…"'


def test_term_of_the_wrong_kind(vocab):
    with pytest.raises(UnknownTerm, match="'court-fee' is a fee, but this place needs a party"):
        vocab.check("court-fee", "party", None)
    vocab.check("court-fee", "any", None)  # a definition may use a term of any kind


def test_unknown_term_is_positioned_on_its_own_line(tmp_path):
    """A term on a later line of a multi-line node is found there, not at the node's start."""
    path = tmp_path / "t.req"
    path.write_text("  legislative\n    requires x\n    forbid co-operaton\n", encoding="utf-8")
    vocab = parse_vocabulary(TEXT, "<test.vocab>")
    with pytest.raises(UnknownTerm) as info:
        vocab.check("co-operaton", "condition", Span(file=str(path), line=1, column=3, end_line=3, end_column=20))
    pos = info.value.position
    assert (pos.line, pos.column, pos.source_line) == (3, 12, "    forbid co-operaton")
    assert info.value.hint == "did you mean 'co-operation'?"


def test_a_pack_vocabulary_extends_the_base(tmp_path):
    base, extra = tmp_path / "base.vocab", tmp_path / "extra.vocab"
    base.write_text(TEXT, encoding="utf-8")
    extra.write_text('party foreign-child-victim "a foreign child victim" under child-victim\n'
                     'stage appeal "an appeal"\n', encoding="utf-8")
    vocab = load_vocabulary([base, extra])
    assert vocab.relation("victim-of-crime", "foreign-child-victim") == "broader"
    assert vocab.stages[-1] == "appeal"
    assert vocab.files == (str(base), str(extra))


def test_a_term_declared_again_in_another_file(tmp_path):
    base, extra = tmp_path / "base.vocab", tmp_path / "extra.vocab"
    base.write_text(TEXT, encoding="utf-8")
    extra.write_text('\nparty witness "a witness again"\n', encoding="utf-8")
    with pytest.raises(LexcheckError) as info:
        load_vocabulary([base, extra])
    err = info.value
    assert (err.code, err.position.file, err.position.line, err.position.column) == ("E011", str(extra), 2, 7)
    assert err.hint == f"the first is at {base}:7:7"


def test_a_longer_cycle_is_named_in_full():
    with pytest.raises(LexcheckError) as info:
        parse_vocabulary('party a "a" under b\nparty b "b" under c\nparty c "c" under d\nparty d "d" under b\n',
                         "<cycle>")
    assert "b → c → d → b" in info.value.message
    assert info.value.code == "E011"


def test_a_term_under_itself_is_a_cycle():
    with pytest.raises(LexcheckError, match="in a circle: a → a"):
        parse_vocabulary('party a "a" under a\n', "<self>")


# ---- the shipped vocabulary ----------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped():
    return load_vocabulary([default_vocabulary()])


def test_shipped_vocabulary_orders_the_stages_of_the_design(shipped):
    """DESIGN.md: reasonable grounds → identification → decision to co-operate →
    statement → recognition as victim → trial."""
    order = ["reasonable-grounds", "identification", "decision-to-co-operate", "statement",
             "recognition-as-victim", "trial"]
    ranks = [shipped.stage_rank(s) for s in order]
    assert ranks == sorted(ranks)


def test_shipped_vocabulary_nests_the_victims(shipped):
    """victim of crime ⊃ victim of trafficking ⊃ child victim of trafficking."""
    assert shipped.relation("victim-of-crime", "victim-of-trafficking") == "broader"
    assert shipped.relation("child-victim-of-trafficking", "victim-of-trafficking") == "narrower"
    assert shipped.relation("state-duty", "court-fee") == "narrower"
