"""The notations' good and bad examples: tests/notation/{good,bad}/*.{lex,req,vocab,evidence}.

Every bad example states in its header comment the exact position and code of the
error it must raise, and fragments of the message (written by hand):

    # expect: 6:3 E001
    # message: did you mean 'adopted'

Each example is its own test (``pytest_generate_tests``). Terms are checked against
the test vocabulary (tests/rule_cases/cases.vocab), not the shipped one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lexcheck.errors import CODES, LexcheckError
from lexcheck.legislation import check_terms, load_act
from lexcheck.model import Corpus
from lexcheck.requirements import load_evidence, load_pack
from lexcheck.vocabulary import load_vocabulary

HERE = Path(__file__).parent / "notation"
VOCAB = Path(__file__).parent / "rule_cases" / "cases.vocab"
SUFFIXES = (".lex", ".req", ".vocab", ".evidence")
EXPECT = re.compile(r"^# expect: (\d+):(\d+) (E\d{3})$")
TOKEN_NAMES = re.compile(r"\b(TERM|ACT_ID|STRING|DATE|REF|RID|NUMBER|UNIT|COVERAGE|PRIORITY|KIND|INT|_NL|\$END|"
                         r"_[A-Z]+|__ANON\w*)\b")


def examples(kind: str) -> list[Path]:
    return sorted(p for p in (HERE / kind).iterdir() if p.suffix in SUFFIXES)


def load(path: Path):
    """Load one example the way lexcheck loads that kind of file, terms checked."""
    if path.suffix == ".lex":
        act = load_act(path)
        check_terms(Corpus(acts=(act,)), load_vocabulary([VOCAB]))
        return act
    if path.suffix == ".req":
        return load_pack(path, base_vocabulary=[VOCAB])[0]
    if path.suffix == ".vocab":
        return load_vocabulary([path])
    return load_evidence([path])


def header(path: Path) -> tuple[tuple[int, int, str], list[str]]:
    expect, messages = None, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        m = EXPECT.match(line)
        if m:
            expect = (int(m.group(1)), int(m.group(2)), m.group(3))
        elif line.startswith("# message: "):
            messages.append(line.removeprefix("# message: "))
    assert expect is not None, f"{path.name}: no '# expect: LINE:COL CODE' header"
    return expect, messages


def pytest_generate_tests(metafunc):
    for kind in ("good", "bad"):
        if f"{kind}_example" in metafunc.fixturenames:
            paths = examples(kind)
            metafunc.parametrize(f"{kind}_example", paths, ids=[p.name for p in paths])
    if "syntax_example" in metafunc.fixturenames:
        paths = [p for p in examples("bad") if header(p)[0][2] == "E001"]
        metafunc.parametrize("syntax_example", paths, ids=[p.name for p in paths])


def test_good_example_loads(good_example):
    assert load(good_example)


def test_bad_example_fails_where_it_says(bad_example):
    (line, column, code), messages = header(bad_example)
    assert code in CODES
    with pytest.raises(LexcheckError) as info:
        load(bad_example)
    err = info.value
    assert (err.position.file, err.position.line, err.position.column, err.code) == \
        (str(bad_example), line, column, code), err.render()
    rendered = err.render()
    for fragment in messages:
        assert fragment in rendered
    # the rendering: file:line:col, the offending line, a caret under the column
    first, *rest = rendered.splitlines()
    assert first.startswith(f"{bad_example}:{line}:{column}: error[{code}]: ")
    source_line = bad_example.read_text(encoding="utf-8").splitlines()[line - 1]
    assert rest[0] == f"  {line:>4} | {source_line.expandtabs(1)}"  # a tab is one column, shown as one space
    assert rest[1] == "       | " + " " * (column - 1) + "^"


def test_syntax_errors_speak_words_not_token_names(syntax_example):
    with pytest.raises(LexcheckError) as info:
        load(syntax_example)
    assert not TOKEN_NAMES.search(info.value.message), info.value.message


def test_every_error_code_of_the_notations_has_a_bad_example():
    codes = {header(p)[0][2] for p in examples("bad")}
    assert {"E001", "E002", "E003", "E004", "E005", "E006", "E009", "E011"} <= codes


def test_every_clause_kind_has_a_good_example():
    text = "\n".join(p.read_text(encoding="utf-8") for p in examples("good"))
    for keyword in ("exempts", "grants", "obliges", "permits", "prohibits", "suspends", "amount", "defines",
                    " when ", " unless ", "free-of-charge", " excludes "):
        assert keyword in text
