"""Bad input through the command line: exit 2, a clear message, no traceback, no partial file.

Each case feeds ``lexcheck parse`` / ``check`` / ``diff`` something a user could give by
mistake (or on purpose): an empty file, a binary file, another encoding, a 10 MB line,
deep nesting, a folder where a file belongs, a missing file, an output path that cannot
be written. Most run in-process (CliRunner); a few run the real ``lexcheck`` process, to
show that no traceback reaches a terminal either.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lexcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_CORPUS = ROOT / "tests" / "golden" / "corpus"
GOLDEN_RULES = ROOT / "tests" / "golden" / "rules"
GOOD_LAW = 'act a "A law"\n  jurisdiction az\narticle 1 complete\n  provision 1.1 "A summary."\n'
POSITION = re.compile(r"^\S+:\d+:\d+: error\[E\d{3}\]: ", re.M)


# How precisely each refusal is positioned: "caret" (file:line:col, the line and a caret),
# "line" (file:line:col; the line itself is not text worth showing), "file" (the file only).
CASES = {
    "empty.lex": "caret", "blank.lex": "caret", "binary.lex": "line", "png.lex": "line", "latin1.lex": "line",
    "utf16.lex": "line", "long-line.lex": "caret", "long-term.lex": "caret", "deep-brackets.lex": "caret",
    "deep-quotes.lex": "caret", "deep-indent.lex": "caret", "many-articles.lex": "caret",
    "carriage-returns.lex": "caret", "control-chars.lex": "caret", "bad-date.lex": "caret",
    "unknown-term.lex": "caret", "folder.lex": "file", "missing.lex": "file",
}


def _bad_inputs(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    data = {
        "empty.lex": b"",
        "blank.lex": "\n   \n\t\n# only a comment\n",
        "binary.lex": b'act a "x"\n\x00\x01\x02\xff' * 50,
        "png.lex": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "latin1.lex": 'act a "Qanun \u00e9"\n'.encode("latin-1"),
        "utf16.lex": GOOD_LAW.encode("utf-16"),
        "long-line.lex": 'act a "' + "x" * 10_000_000 + "\n",
        "long-term.lex": GOOD_LAW + "    exempts " + "a" * 10_000_000 + " from x in y\n",
        "deep-brackets.lex": GOOD_LAW + "    " + "(" * 200_000 + "\n",
        "deep-quotes.lex": GOOD_LAW + "    note " + '"\\""' * 100_000 + "\n",
        "deep-indent.lex": GOOD_LAW + "".join(" " * i + f'    note "{i}"\n' for i in range(0, 4_000, 7)) + "x\n",
        "many-articles.lex": GOOD_LAW + "article 1 complete\n" * 20_000,
        "carriage-returns.lex": (GOOD_LAW + "    exempts nobody frm state-duty in alimony-claim\n").replace("\n", "\r"),
        "control-chars.lex": GOOD_LAW + "    \x1b[2J\x07\x08\n",
        "bad-date.lex": GOOD_LAW + "    in-force from 2023-02-30\n",
        "unknown-term.lex": GOOD_LAW + "    exempts nobody from state-duty in alimony-claim\n",
    }
    paths = {}
    for name, content in data.items():
        p = folder / name
        p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        paths[name] = p
    (folder / "folder.lex").mkdir()
    paths["folder.lex"] = folder / "folder.lex"
    paths["missing.lex"] = folder / "missing.lex"
    return paths


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory) -> dict[str, Path]:
    return _bad_inputs(tmp_path_factory.mktemp("bad"))


def _assert_refused(result, path: Path, level: str) -> None:
    err = result.stderr
    assert result.exit_code == 2, f"exit {result.exit_code}: {err[:500]}"
    assert "Traceback" not in err and "Traceback" not in result.stdout
    assert "internal error" not in err
    assert str(path) in err or path.name in err, err[:500]
    if level != "file":
        assert POSITION.search(err), f"no file:line:col in: {err[:500]}"
    if level == "caret":
        lines = err.splitlines()
        assert any(line.lstrip().startswith("|") or re.match(r"\s+\d+ \|", line) for line in lines), \
            "the offending line is shown"
        assert any(line.strip() == "| ^" or line.rstrip().endswith("^") for line in lines), "with a caret"
    assert len(err) < 5_000, "a 10 MB line is shown around the error, not whole"


def test_the_battery_covers_every_case(bad_inputs):
    assert sorted(bad_inputs) == sorted(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_parse_refuses_bad_input_with_exit_2(bad_inputs, case):
    path = bad_inputs[case]
    result = CliRunner().invoke(main, ["parse", str(path)])
    _assert_refused(result, path, CASES[case])
    assert result.stdout == ""


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_refuses_a_corpus_with_a_bad_file_and_writes_no_output(bad_inputs, case, tmp_path):
    path, level = bad_inputs[case], CASES[case]
    corpus = tmp_path / "corpus"
    shutil.copytree(GOLDEN_CORPUS, corpus)
    if case == "missing.lex":
        corpus_arg = str(tmp_path / "no-such-corpus")
    else:
        target = corpus / "zz-bad.lex"
        if path.is_dir():
            target.mkdir()
        else:
            shutil.copy(path, target)
        corpus_arg, path = str(corpus), target
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    result = CliRunner().invoke(main, ["check", "--corpus", corpus_arg, "--rules", str(GOLDEN_RULES),
                                       "--format", "json", "-o", str(out)])
    if case == "missing.lex":  # click refuses the option itself
        assert result.exit_code == 2 and "does not exist" in result.stderr
    elif case == "folder.lex":  # a folder named *.lex inside a corpus is not a file: skipped
        assert result.exit_code in (0, 1), result.stderr
        out.unlink()
    else:
        _assert_refused(result, path, level)
    assert list(out.parent.iterdir()) == [], "no report and no temporary file is left"


UNWRITABLE = {
    "a folder": lambda tmp: tmp,
    "under a file": lambda tmp: tmp / "file.txt" / "report.json",
    "under a missing folder": lambda tmp: tmp / "no" / "such" / "report.json",
    "in /proc": lambda tmp: Path("/proc/lexcheck-report.json"),
}


@pytest.mark.parametrize("case", sorted(UNWRITABLE))
@pytest.mark.parametrize("command", ["check", "diff"])
def test_an_unwritable_output_path_is_exit_2(tmp_path, case, command):
    (tmp_path / "file.txt").write_text("keep me")
    before = sorted(p.name for p in tmp_path.iterdir())
    out = UNWRITABLE[case](tmp_path)
    args = ["--corpus", str(GOLDEN_CORPUS), "--rules", str(GOLDEN_RULES), "-o", str(out)]
    if command == "diff":
        args = ["--bill", str(ROOT / "tests" / "golden" / "bill" / "fixture.bill")] + args
    result = CliRunner().invoke(main, [command, *args])
    assert result.exit_code == 2, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert str(out) in result.stderr or out.name in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "nothing new left behind"
    assert (tmp_path / "file.txt").read_text() == "keep me"


def _lexcheck(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "lexcheck", *args]  # this interpreter's lexcheck, wherever PATH points
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


@pytest.mark.parametrize("case", ["binary.lex", "long-line.lex", "latin1.lex", "folder.lex"])
def test_the_real_process_prints_no_traceback(bad_inputs, case, tmp_path):
    path = bad_inputs[case]
    proc = _lexcheck("parse", str(path), cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr[:500]
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert path.name in proc.stderr


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["windows", "old-mac"])
def test_other_line_endings_read_as_the_lines_a_writer_sees(tmp_path, newline):
    """CRLF and a lone CR end a line, as in Python's text mode: same model, same positions."""
    from lexcheck.legislation import load_act, parse_act

    other = tmp_path / "a.lex"
    other.write_bytes(GOOD_LAW.replace("\n", newline).encode())
    assert load_act(other) == parse_act(GOOD_LAW, str(other))
    assert [p.span.line for _, p in load_act(other).provisions()] == [4]
    bad = tmp_path / "bad.lex"
    bad.write_bytes((GOOD_LAW + "    exempts nobody frm state-duty in alimony-claim\n").replace("\n", newline).encode())
    result = CliRunner().invoke(main, ["parse", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:5:20: error[E001]: unexpected 'frm'" in result.stderr
    assert "     5 |     exempts nobody frm state-duty in alimony-claim\n" in result.stderr
