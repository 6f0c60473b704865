"""A fresh machine: no test depends on PATH, and a rule engine that did not build says so.

Run by an environment's own interpreter with its scripts folder off PATH (an IDE, a cron
job), every test must still find lexcheck: subprocesses run ``sys.executable -m lexcheck``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Ways of starting lexcheck that depend on PATH, or that cannot run at all
# (``lexcheck.cli`` is a package without ``__main__``).
THROUGH_PATH = [
    re.compile(r"""shutil\.which\(\s*["']lexcheck["']\s*\)"""),
    re.compile(r"""\[\s*["']lexcheck["']\s*,"""),          # an argv starting with the bare script name
    re.compile(r"""["']-m["']\s*,\s*["']lexcheck\.cli["']"""),
]


def test_no_test_or_benchmark_starts_lexcheck_through_path():
    offenders = []
    for folder in ("tests", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.resolve() == Path(__file__).resolve():
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if any(p.search(line) for p in THROUGH_PATH):
                    offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert offenders == [], "use [sys.executable, '-m', 'lexcheck', ...]:\n" + "\n".join(offenders)


def test_python_m_lexcheck_runs_with_nothing_on_path(tmp_path):
    env = {**os.environ, "PATH": str(tmp_path)}  # an empty folder: no lexcheck script, no python
    proc = subprocess.run([sys.executable, "-m", "lexcheck", "rules"], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Recommendation CP/Rec(2023)03"), proc.stdout[:200]


def test_a_rule_engine_that_does_not_import_says_what_to_install(tmp_path):
    """durable-rules is compiled at install time; where it did not build (or was built for
    another Python) every command says what to install, exits 2, and shows no traceback."""
    fake = tmp_path / "fake" / "durable"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text('raise ImportError("undefined symbol: PyEval_CallObject")\n')
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(tmp_path / "fake"), *filter(None, [os.environ.get("PYTHONPATH")])])}
    proc = subprocess.run([sys.executable, "-m", "lexcheck", "check"], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr
    assert proc.stderr.startswith("lexcheck: error: durable-rules, the rule engine lexcheck runs on, "
                                  "cannot be imported (ImportError: undefined symbol: PyEval_CallObject)")
    for advice in ("C compiler", "Python headers", "build-essential python3-dev", "install lexcheck again"):
        assert advice in proc.stderr, advice
    assert proc.stdout == ""
