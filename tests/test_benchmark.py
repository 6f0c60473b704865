"""The benchmark runs from a clone with one command and reports every figure the README
quotes (its figures are measured, never asserted here: this only shows the script works)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_benchmark_runs_in_one_command_and_reports_every_section(tmp_path):
    out = tmp_path / "bench.md"
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--sizes", "1000", "--repeat", "1",
                           "--cli-repeat", "1", "--corpora", str(tmp_path / "corpora"), "--markdown", str(out)],
                          capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    assert text == proc.stdout
    for heading in ("### Machine", "### Parse throughput (1,000 provisions", "### Check per size",
                    "### The CLI on the Azerbaijan corpus"):
        assert heading in text
    for row in ("bare regex tokenising pass (floor)", "Lark LALR with positions → model",
                "lexcheck parse (line scanner, Lark fallback)", "load, parse cache warm",
                "lexcheck check — parse cache warm", "lexcheck diff --bill 01-state-duty-exemption.bill — cache warm",
                "lexcheck --version (the command line alone)"):
        assert re.search(rf"^\| {re.escape(row)} \| \d+\.\d\d \|", text, re.M), row
    assert re.search(r"^\| 1,000 \| 1 \| 10 \| 0\.2 \|", text, re.M), "the 1k row of the check table"
    assert "Statuses found: 1,000: " in text
    assert (tmp_path / "corpora" / "p1000" / "corpus").is_dir(), "the corpus went where it was told"
