"""Same input, same bytes: every report format, in separate processes, cold or warm cache.

Each run is a fresh ``lexcheck`` process with its own hash seed (so any order taken
from a set or a dict of strings would show), and the parse cache is cold in one run
and warm in the other: the outputs must be byte-identical.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lexcheck.reports import FORMATS

ROOT = Path(__file__).resolve().parent.parent
BILLS = sorted((ROOT / "legislation" / "az" / "bills").glob("*.bill"))


def _lexcheck(args: list[str], *, cwd: Path, cache: Path, seed: str) -> bytes:
    cmd = [sys.executable, "-m", "lexcheck", *args]  # this interpreter's lexcheck, wherever PATH points
    env = {**os.environ, "PYTHONHASHSEED": seed, "LEXCHECK_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    env.pop("LEXCHECK_NO_CACHE", None)
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, timeout=600)
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")[-2000:]
    return proc.stdout


def _twice(args: list[str], tmp_path: Path) -> tuple[bytes, bytes]:
    cache = tmp_path / "cache"
    first = _lexcheck(args, cwd=ROOT, cache=cache, seed="1")  # cold cache
    assert any(cache.rglob("*.json")), "the first run filled the cache"
    second = _lexcheck(args, cwd=ROOT, cache=cache, seed="4242")  # warm cache, other hash seed
    return first, second


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_check_is_byte_identical_across_processes_and_cache_states(fmt, tmp_path):
    first, second = _twice(["check", "--format", fmt, "--fail-on", "never"], tmp_path)
    assert first, "the report is not empty"
    assert first == second


def test_diff_is_byte_identical_across_processes_and_cache_states(tmp_path):
    if not BILLS:  # pragma: no cover - the Azerbaijan bills ship with the repository
        pytest.fail("no bills in legislation/az/bills")
    args = ["diff", "--format", "json"] + [a for b in BILLS[:2] for a in ("--bill", str(b))]
    first, second = _twice(args, tmp_path)
    assert first and first == second


def test_two_checks_in_one_process_give_identical_reports(tmp_path, monkeypatch):
    """Also in-process (the API): the second check, warm in every sense, says the same."""
    import json

    from lexcheck import load_workspace
    from lexcheck.reports import render

    monkeypatch.setenv("LEXCHECK_CACHE_DIR", str(tmp_path / "cache"))
    one = load_workspace()
    first = {fmt: render(one.check(), fmt) for fmt in FORMATS}
    two = load_workspace()  # corpus now from the cache
    second = {fmt: render(two.check(), fmt) for fmt in FORMATS}
    assert first == second
    assert json.loads(first["json"])["findings"], "the built-in case has findings"
