"""Fuzzing every parser: random text and mutations of the real files never crash lexcheck.

For any input, a parser either returns a model or raises a :class:`LexcheckError` that
names the file and a line (≥ 1) and renders with its caret: no other exception escapes.
The fast line scanner for legislation must give exactly the model Lark gives, or
decline: a mutated file is the best test of that.

The budget is small by default (the suite stays fast); raise it with
``LEXCHECK_FUZZ_EXAMPLES=2000 python -m pytest tests/test_fuzz_parsers.py``.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from lexcheck.amendments import parse_bill
from lexcheck.errors import LexcheckError
from lexcheck.legislation import LegislationBuilder, parse_act
from lexcheck.linescan import scan_act
from lexcheck.notation import build, parse_text
from lexcheck.requirements import _EvidenceBuilder, parse_requirements
from lexcheck.vocabulary import parse_vocabulary

# Hypothesis's pytest plugin imports this module to report a failure; it warns on import,
# which the suite turns into an error that hides the failure. Import it quietly now.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    try:
        import hypothesis.extra._patching  # noqa: F401
    except ImportError:  # pragma: no cover - optional dependency (libcst) not installed
        pass

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("LEXCHECK_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                phases=[Phase.explicit, Phase.generate, Phase.shrink],
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _evidence(text: str, name: str):
    return build(_EvidenceBuilder(text, name), parse_text(text, name, "evidence"))


def _lark_act(text: str, name: str):
    return build(LegislationBuilder(text, name), parse_text(text, name, "legislation"))


PARSERS = {
    "legislation": (parse_act, "lex"),
    "requirements": (parse_requirements, "req"),
    "vocabulary": (parse_vocabulary, "vocab"),
    "evidence": (_evidence, "evidence"),
    "bill": (parse_bill, "bill"),
}
SAMPLES = {
    "lex": sorted((ROOT / "legislation").rglob("*.lex")) + sorted((ROOT / "tests").rglob("*.lex")),
    "req": sorted((ROOT / "rules").rglob("*.req")) + sorted((ROOT / "tests").rglob("*.req")),
    "vocab": sorted((ROOT / "rules").rglob("*.vocab")) + sorted((ROOT / "tests").rglob("*.vocab")),
    "evidence": sorted(ROOT.glob("*/**/*.evidence")),
    "bill": sorted((ROOT / "legislation").rglob("*.bill")) + sorted((ROOT / "tests").rglob("*.bill")),
}
TEXTS = {kind: [p.read_text(encoding="utf-8", errors="replace") for p in paths]
         for kind, paths in SAMPLES.items()}

# Pieces a mutation inserts: the notation's own words and characters, and troublemakers.
PIECES = ["act", "article", "provision", "exempts", "grants", "binds", "from", "in", "to", "for", "when", "unless",
          "until", "complete", "excerpt", "source", "dated", "unverified", "note", "in-force", "observed",
          "requirement", "legislative", "requires", "look-in", "forbid", "practice", "pack", "bill", "insert",
          "repeal", "substitute", "renumber", "party", "stage", "evidence", '"', '"x"', "\\", "#", ",", ".",
          "?1", "9.1.?2", "2023-02-30", "2023-13-01", "9999-99-99", "700", "AZN", " ", "\t", "\n", "\n\n",
          "\r", "\r\n", "\x0b", "\u00a0", "\u200b", "\ufeff", "é", "Ə", "😀", "\x1b[31m", "{", "}", "[", "]",
          "(" * 50, "victim-of-trafficking", "state-duty", "A.2.3", "-", "--", "x" * 300]


def _assert_clean(exc: LexcheckError, name: str) -> None:
    pos = exc.position
    assert pos.file == name, f"error names {pos.file!r}, not the file"
    assert pos.line >= 1 and pos.column >= 0, f"error without a line: {exc.render()}"
    rendered = exc.render()
    assert rendered.startswith(f"{name}:{pos.line}:"), rendered
    assert "Traceback" not in rendered


def _run(kind: str, text: str):
    parse, suffix = PARSERS[kind]
    name = f"fuzz.{suffix}"
    try:
        parse(text, name)
    except LexcheckError as exc:
        _assert_clean(exc, name)


def _check_fast_path(text: str) -> None:
    """The line scanner gives Lark's model, or declines; never a different answer."""
    name = "fuzz.lex"
    fast = scan_act(text, name, LegislationBuilder(text, name))
    try:
        slow = _lark_act(text, name)
    except LexcheckError:
        assert fast is None, "the fast path accepted a text Lark rejects"
        return
    if fast is not None:
        assert fast == slow
        assert fast.model_dump() == slow.model_dump()


@st.composite
def mutated(draw, kind: str) -> str:
    """A real file of ``kind`` with a few random edits."""
    texts = TEXTS[SAMPLES_FOR[kind]]
    text = draw(st.sampled_from(texts))
    for _ in range(draw(st.integers(1, 4))):
        lines = text.split("\n")
        op = draw(st.sampled_from(["insert", "delete", "replace", "dup-line", "drop-line", "swap-lines",
                                   "truncate"]))
        at = draw(st.integers(0, max(len(text) - 1, 0)))
        if op == "insert":
            text = text[:at] + draw(st.sampled_from(PIECES) | st.text(max_size=5)) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 12)):]
        elif op == "replace":
            text = text[:at] + draw(st.sampled_from(PIECES)) + text[at + draw(st.integers(1, 8)):]
        elif op == "dup-line":
            i = draw(st.integers(0, len(lines) - 1))
            lines.insert(i, lines[i])
            text = "\n".join(lines)
        elif op == "drop-line":
            i = draw(st.integers(0, len(lines) - 1))
            del lines[i]
            text = "\n".join(lines)
        elif op == "swap-lines":
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
        else:
            text = text[:at]
    return text


SAMPLES_FOR = {kind: suffix for kind, (_, suffix) in PARSERS.items()}


def test_every_kind_has_real_files_to_mutate():
    for kind, suffix in SAMPLES_FOR.items():
        assert TEXTS[suffix], f"no sample {suffix} files for the {kind} parser"


@pytest.mark.parametrize("kind", sorted(PARSERS))
@FUZZ
@given(data=st.data())
def test_mutated_real_files_give_a_model_or_a_positioned_error(kind, data):
    _run(kind, data.draw(mutated(kind)))


@pytest.mark.parametrize("kind", sorted(PARSERS))
@FUZZ
@given(text=st.text(max_size=300) | st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join))
def test_random_text_gives_a_model_or_a_positioned_error(kind, text):
    _run(kind, text)


@FUZZ
@given(data=st.data())
def test_the_fast_path_agrees_with_lark_on_mutated_files(data):
    _check_fast_path(data.draw(mutated("legislation")))


@FUZZ
@given(text=st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join))
def test_the_fast_path_agrees_with_lark_on_random_text(text):
    _check_fast_path("act a \"x\"\n jurisdiction az\narticle 1 complete\n provision 1.1 \"s\"\n  " + text + "\n")


@pytest.mark.parametrize("path", SAMPLES["lex"], ids=lambda p: str(p.relative_to(ROOT)))
def test_the_fast_path_reads_every_real_file_like_lark(path):
    text = path.read_text(encoding="utf-8")
    try:
        slow = _lark_act(text, str(path))
    except LexcheckError:
        assert scan_act(text, str(path), LegislationBuilder(text, str(path))) is None
        return
    fast = scan_act(text, str(path), LegislationBuilder(text, str(path)))
    from lexcheck.linescan import KEYWORDS
    from lexcheck.model import clause_terms

    keyword_as_term = any(term in KEYWORDS for _, prov in slow.provisions() for clause in prov.clauses
                          for _, term, _ in clause_terms(clause))
    if keyword_as_term:  # the one well-formed text the fast path leaves to Lark, by design
        assert fast is None
        return
    assert fast is not None, "a well-formed real file should take the fast path"
    assert fast == slow


def test_the_fast_path_reads_the_synthetic_benchmark_corpus_like_lark(tmp_path):
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    info = generate(tmp_path, 1500, 10, seed=7)
    for path in sorted(info["corpus"].glob("*.lex")):
        text = path.read_text(encoding="utf-8")
        fast = scan_act(text, str(path), LegislationBuilder(text, str(path)))
        assert fast is not None
        assert fast == _lark_act(text, str(path))


LAYOUT_CASES = {
    "comments and blank lines everywhere": (
        '# head\n\n  # indented comment\nact a "x"  # trailing\n\n jurisdiction az # c\n# mid\n'
        'article 1 complete\n\n\n provision 1.1 "s"\n   # between\n  exempts person from court-fee in '
        'civil-proceeding when lacks-means unless court-decision   # c\n\n# tail\n   \n'),
    "no final newline": 'act a "x"\n jurisdiction az\narticle 1 "t" excerpt\n provision 1 "s"',
    "tabs": 'act\ta\t"x"\n\tjurisdiction\taz\narticle\t1\tcomplete\n\tprovision\t1.1\t"s \\"q\\" #"\n',
    "strings with escapes and hashes": 'act a "x # not a comment"\n jurisdiction az\narticle 1 complete\n'
                                       ' note "a \\\\ b"\n provision 1.1 "s"\n',
    "glued comma lists": 'act a "x"\n jurisdiction az\narticle 1 complete\n provision 1.1 "s"\n'
                         '  defines person includes child,employee , witness excludes ngo\n',
    "every field": 'act a "x"\n jurisdiction az\n adopted unknown number unknown\n source "s" dated 2020-01-01\n'
                   ' current-to 2024-01-01\n in-force from 2001-01-01 until 2030-01-01\n encoded complete\n'
                   ' unverified\n note "n"\narticle 1-1a complete\n unverified "u"\n in-force\n'
                   ' provision 1-1a.?2 "s"\n  observed 2020-05\n  in-force until 2029-01-01\n'
                   '  suspends expel from 2020-01-01 until 2021-01-01 when court-decision\n'
                   '  grants victim-of-trafficking legal-assistance from reasonable-grounds free-of-charge\n'
                   '  amount one-off-payment-amount 10.5 AZN for child\n'
                   '  obliges state to expel for migrant-worker\n  permits ngo to register-grant\n'
                   '  prohibits police from expel for victim-of-trafficking\n',
    "a keyword as a term (Lark decides)": 'act a "x"\n jurisdiction az\narticle 1 complete\n provision 1 "s"\n'
                                          '  exempts when from state-duty in alimony-claim\n',
}


@pytest.mark.parametrize("case", sorted(LAYOUT_CASES))
def test_the_fast_path_and_lark_agree_on_layouts(case):
    text = LAYOUT_CASES[case]
    _check_fast_path(text)
    if case != "a keyword as a term (Lark decides)":
        assert scan_act(text, "fuzz.lex", LegislationBuilder(text, "fuzz.lex")) is not None


DUTY = 'act a "x"\n jurisdiction az\narticle 87 excerpt\n provision 87.7.2 "s"\n  {line}\n'


def test_the_fast_path_reads_a_duty_like_lark():
    """The duty kind (binds P to A) is read the same by the line scanner and by Lark."""
    text = DUTY.format(line="binds recognised-victim to testify when summoned")
    fast = scan_act(text, "duty.lex", LegislationBuilder(text, "duty.lex"))
    assert fast is not None, "a well-formed duty takes the fast path"
    assert fast == _lark_act(text, "duty.lex")
    (clause,) = fast.articles[0].provisions[0].clauses
    assert (clause.kind, clause.party, clause.action, [c.term for c in clause.conditions]) == (
        "duty", "recognised-victim", "testify", ["summoned"])


@pytest.mark.parametrize("line", ["binds recognised-victim testify", "binds to testify",
                                  "binds recognised-victim to testify for witness",
                                  "obligates recognised-victim to testify"])
def test_the_fast_path_declines_a_clause_it_does_not_know(line):
    """A malformed duty, or a clause keyword no grammar has, is left to Lark (which rejects it)."""
    text = DUTY.format(line=line)
    assert scan_act(text, "duty.lex", LegislationBuilder(text, "duty.lex")) is None
    with pytest.raises(LexcheckError):
        _lark_act(text, "duty.lex")
