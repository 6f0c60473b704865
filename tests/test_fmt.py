"""``lexcheck fmt``: the canonical layout of notation files, comments kept, idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from lexcheck import scaffold
from lexcheck.cli import main
from lexcheck.errors import LexcheckError
from lexcheck.fmt import FormatRefused, format_text
from lexcheck.formatter import format_act
from lexcheck.legislation import load_act, parse_act
from lexcheck.formatter import strip_spans

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted(p for folder in ("legislation", "rules") for p in (ROOT / folder).rglob("*")
                 if p.suffix in (".lex", ".bill", ".req", ".vocab"))

MESSY = """\
# An act written by hand, untidily.
act   demo "Demo act"   # the act
    jurisdiction    az
    encoded complete
article 1 "One" complete
        # about the first provision
        provision 1.1 "A  summary  with   spaces kept."
              source "somewhere"     dated 2020-01-01
              exempts victim-of-trafficking from state-duty in compensation-claim


# article two
article 2 "Two"   complete
\tprovision 2.1 "Tabbed."
\t\tnote "a # inside a string is not a comment"   # but this is
"""

CANONICAL = """\
# An act written by hand, untidily.
act demo "Demo act"  # the act
  jurisdiction az
  encoded complete

article 1 "One" complete
  # about the first provision
  provision 1.1 "A  summary  with   spaces kept."
    source "somewhere" dated 2020-01-01
    exempts victim-of-trafficking from state-duty in compensation-claim

# article two
article 2 "Two" complete
  provision 2.1 "Tabbed."
    note "a # inside a string is not a comment"  # but this is
"""


def run(*args):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_the_layout_is_canonical_and_keeps_every_comment_and_string():
    assert format_text(MESSY, "demo.lex") == CANONICAL
    assert strip_spans(parse_act(CANONICAL, "a.lex")) == strip_spans(parse_act(MESSY, "b.lex"))


def test_formatting_twice_is_formatting_once():
    once = format_text(MESSY, "demo.lex")
    assert format_text(once, "demo.lex") == once


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_shipped_file_is_canonical(path):
    """The shipped corpus, bills, pack and vocabulary are kept in the canonical layout
    (`lexcheck fmt --check legislation rules` reports any that is not)."""
    text = path.read_text(encoding="utf-8")
    assert format_text(text, str(path)) == text


@pytest.mark.parametrize("path", sorted((ROOT / "legislation").rglob("*.lex")), ids=lambda p: p.name)
def test_the_layout_is_the_formatters(path):
    """What formatter.format_act writes (consolidated acts) is already canonical for fmt."""
    text = format_act(load_act(path))
    assert format_text(text, path.name) == text


def test_the_scaffolds_bill_is_canonical():
    assert format_text(scaffold.BILL, "example.bill") == scaffold.BILL


def test_check_exits_1_with_a_diff_and_changes_nothing(tmp_path):
    f = tmp_path / "demo.lex"
    f.write_text(MESSY)
    code, out, err = run("fmt", "--check", str(f))
    assert code == 1
    assert out.startswith(f"--- {f} (as it is)\n+++ {f} (formatted)\n@@ ")
    assert '\n-act   demo "Demo act"   # the act\n' in out and '\n+act demo "Demo act"  # the act\n' in out
    assert f.read_text() == MESSY
    assert "would reformat 1" in err


def test_fmt_rewrites_in_place_then_check_exits_0(tmp_path):
    f = tmp_path / "demo.lex"
    f.write_text(MESSY)
    code, _, err = run("fmt", str(f))
    assert code == 0 and f"reformatted {f}" in err
    assert f.read_text() == CANONICAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.lex"], "no temporary file left"
    code, out, _ = run("fmt", "--check", str(f))
    assert code == 0 and out == ""


def test_line_ends_and_a_byte_order_mark_become_canonical(tmp_path):
    f = tmp_path / "demo.lex"
    f.write_bytes(b"\xef\xbb\xbf" + CANONICAL.replace("\n", "\r\n").encode())
    code, out, _ = run("fmt", "--check", str(f))
    assert code == 1 and "line ends become LF" in out
    assert run("fmt", str(f))[0] == 0
    assert f.read_bytes() == CANONICAL.encode()


@pytest.mark.parametrize("name,text,expected", [
    ("pack.req", 'requirement X.1 "T"\n    greta 1\n    priority immediate\n    legislative\n'
                 '            requires exempts victim-of-trafficking from state-duty in compensation-claim\n'
                 '            look-in state-duty   # where\n    fix "F"\n',
     'requirement X.1 "T"\n  greta 1\n  priority immediate\n  legislative\n'
     '    requires exempts victim-of-trafficking from state-duty in compensation-claim\n'
     '    look-in state-duty  # where\n  fix "F"\n'),
    ("terms.vocab", '# terms\nparty   a-party "A party"\n\n\n\nparty b-party "B"   under a-party\n',
     '# terms\nparty a-party "A party"\n\nparty b-party "B" under a-party\n'),
    ("x.bill", 'bill b "B"\n  number unknown\n  dated unknown\n  amends state-duty\n  in-force 2027-01-01\n'
               'clause 1\n    repeal state-duty provision 9.1.1   # gone\n',
     'bill b "B"\n  number unknown\n  dated unknown\n  amends state-duty\n  in-force 2027-01-01\n'
     '\nclause 1\n  repeal state-duty provision 9.1.1  # gone\n'),
])
def test_each_kind_is_formatted_idempotently_with_its_comments(name, text, expected):
    once = format_text(text, name)
    assert once == expected
    assert format_text(once, name) == once


def test_a_syntax_error_is_reported_and_the_file_left_alone(tmp_path):
    f = tmp_path / "bad.lex"
    f.write_text('act demo "Demo"\n  jurisdiction az\n  encoded complete\narticle 1 "One" compleet\n')
    before = f.read_text()
    code, _, err = run("fmt", str(f))
    assert code == 2 and "bad.lex:4:" in err and "Traceback" not in err
    assert f.read_text() == before


def test_another_kind_of_file_is_refused(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("hello\n")
    code, _, err = run("fmt", str(f))
    assert code == 2 and "lexcheck fmt formats .lex, .bill, .req, .vocab files, not '.txt'" in err


def test_a_layout_that_would_change_the_meaning_is_refused(monkeypatch):
    import lexcheck.fmt as fmt

    monkeypatch.setattr(fmt, "layout", lambda text, suffix: text.replace("complete", "excerpt"))
    with pytest.raises(FormatRefused, match="cannot lay this file out without changing what it says"):
        format_text(CANONICAL, "demo.lex")
    monkeypatch.setattr(fmt, "layout", lambda text, suffix: text.replace("# but this is", ""))
    with pytest.raises(LexcheckError, match="without changing what it says"):
        format_text(CANONICAL, "demo.lex")


def test_folders_are_searched_for_notation_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "demo.lex").write_text(MESSY)
    (tmp_path / "a" / "readme.txt").write_text("not notation\n")
    code, _, err = run("fmt", "--check", str(tmp_path))
    assert code == 1 and "1 file read, would reformat 1" in err
