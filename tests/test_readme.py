"""The README's Python API example runs as written (a doctest), and the package is typed."""

from __future__ import annotations

import doctest
import re
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _section_block(heading: str, lang: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(f"\n{heading}\n"):]
    found = re.search(rf"^```{lang}\n(.*?)^```$", section, re.S | re.M)
    assert found, f"no ```{lang} block under {heading}"
    return found.group(1)


def test_the_readme_python_api_example_runs_as_written(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # from anywhere: the example names shipped data as @builtin/…
    example = _section_block("## Python API", "pycon")
    test = doctest.DocTestParser().get_doctest(example, {}, "README.md: Python API", "README.md", 0)
    assert len(test.examples) >= 8
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    failures = []
    runner.run(test, out=failures.append)
    assert runner.failures == 0, "".join(failures)


def test_the_package_says_it_is_typed():
    """PEP 561: type checkers read lexcheck's annotations only where py.typed is shipped."""
    assert resources.files("lexcheck").joinpath("py.typed").is_file()


def test_the_notation_examples_are_excerpts_of_files_that_exist():
    """Each example in "The notation in one page" names its file on its first line, and its
    lines (a trailing comment aside; … marks lines left out) are lines of that file, in order."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("\n## The notation in one page\n") + 1
    section = text[start:text.index("\n## ", start)]
    blocks = re.findall(r"^```text\n(.*?)^```$", section, re.S | re.M)
    assert len(blocks) >= 2
    for block in blocks:
        first, *lines = block.splitlines()
        name = re.match(r"^# (\S+)", first).group(1)
        path = ROOT / name
        assert path.is_file(), f"the README's notation example names {name}, which does not exist"
        source = [line.rstrip() for line in path.read_text(encoding="utf-8").splitlines()]
        at = 0
        for line in lines:
            if line.strip() in ("", "…"):
                continue
            code = re.sub(r"\s+#[^\"]*$", "", line).rstrip()
            assert code in source[at:], f"{name}: the README's line {line!r} is not in the file (after line {at})"
            at = source.index(code, at) + 1
