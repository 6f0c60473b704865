"""``lexcheck init``: a ministry's repository skeleton that runs green on its own.

The example scenario's verdicts are the hand-written expectations of the shipped bill 01
(README's table of example bills: it closes A.2.3, gap → met, and breaks nothing); the
scaffold's bill makes the same change to Art. 9 of the Law on State Duty.
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

from lexcheck import scaffold
from lexcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SKELETON = ["pytest.ini", "features/example.feature", "bills/example-state-duty-exemption.bill",
            ".github/workflows/lexcheck.yml"]


def _pytest(folder: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args], cwd=folder,
                          env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture
def skeleton(tmp_path) -> Path:
    folder = tmp_path / "ministry"
    result = CliRunner().invoke(main, ["init", str(folder), "--install", "git+https://example.org/lexcheck.git@v0.1.0"])
    assert result.exit_code == 0, result.stderr
    return folder


def test_init_writes_the_skeleton(skeleton):
    assert sorted(p.relative_to(skeleton).as_posix() for p in skeleton.rglob("*") if p.is_file()) == sorted(SKELETON)
    ini = (skeleton / "pytest.ini").read_text()
    assert re.search(r"^lexcheck_features = true$", ini, re.M) and "bdd_features_base_dir = features" in ini
    bill = (skeleton / "bills/example-state-duty-exemption.bill").read_text()
    assert "HYPOTHETICAL" in bill and "It is not a real bill" in bill
    workflow = (skeleton / ".github/workflows/lexcheck.yml").read_text()
    assert 'LEXCHECK_INSTALL: "git+https://example.org/lexcheck.git@v0.1.0"' in workflow
    assert "\t" not in workflow


def test_the_skeleton_runs_green_on_its_own_in_a_fresh_folder(skeleton):
    proc = _pytest(skeleton)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert re.search(r"^1 passed", proc.stdout, re.M), proc.stdout[-2000:]
    assert "not collected" not in proc.stdout


def test_features_not_collected_are_named_with_how_to_collect_them(skeleton):
    ini = skeleton / "pytest.ini"
    ini.write_text(ini.read_text().replace("lexcheck_features = true", ""))
    proc = _pytest(skeleton)
    assert proc.returncode == 5, proc.stdout[-2000:]  # pytest: no tests collected
    assert "1 .feature file was not collected, so its scenarios did not run: features/example.feature" in proc.stdout
    assert "add 'lexcheck_features = true' under [pytest] in pytest.ini" in proc.stdout
    on = _pytest(skeleton, "--lexcheck-features")
    assert on.returncode == 0 and "not collected" not in on.stdout, on.stdout[-2000:]


def test_features_bound_by_a_test_module_are_not_reported(skeleton):
    ini = skeleton / "pytest.ini"
    ini.write_text(ini.read_text().replace("lexcheck_features = true", "").replace("testpaths = features",
                                                                                  "testpaths = features tests"))
    (skeleton / "tests").mkdir()
    (skeleton / "tests" / "test_scenarios.py").write_text('from pytest_bdd import scenarios\n\nscenarios("../features")\n')
    proc = _pytest(skeleton)
    assert proc.returncode == 0, proc.stdout[-2000:]
    assert "1 passed" in proc.stdout and "not collected" not in proc.stdout


def test_init_never_overwrites_and_writes_nothing_then(tmp_path):
    folder = tmp_path / "repo"
    (folder / "bills").mkdir(parents=True)
    (folder / "bills" / "example-state-duty-exemption.bill").write_text("mine\n")
    result = CliRunner().invoke(main, ["init", str(folder)])
    assert result.exit_code == 2
    assert "example-state-duty-exemption.bill: error[E013]: already exists" in result.stderr
    assert "nothing was written" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) == [
        "bills", "bills/example-state-duty-exemption.bill"]
    assert (folder / "bills" / "example-state-duty-exemption.bill").read_text() == "mine\n"


def test_without_install_the_workflow_names_a_wheel_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(scaffold, "default_install", lambda: ("./vendor/lexcheck-0.1.0-py3-none-any.whl", False))
    result = CliRunner().invoke(main, ["init", str(tmp_path / "r")])
    assert result.exit_code == 0, result.stderr
    assert "which is a guess" in result.stderr and "--install" in result.stderr
    assert 'LEXCHECK_INSTALL: "./vendor/lexcheck-0.1.0-py3-none-any.whl"' in (
        tmp_path / "r" / ".github/workflows/lexcheck.yml").read_text()


def test_installed_from_git_the_workflow_installs_the_same_commit(monkeypatch):
    from importlib import metadata

    class Dist:
        def read_text(self, name):
            assert name == "direct_url.json"
            return '{"url": "https://example.org/lexcheck.git", "vcs_info": {"vcs": "git", "commit_id": "abc123"}}'

    monkeypatch.setattr(metadata, "distribution", lambda name: Dist())
    assert scaffold.default_install() == ("git+https://example.org/lexcheck.git@abc123", True)


def _run_blocks(workflow: str) -> dict[str, str]:
    """Step name → its ``run: |`` shell block, from the workflow as written by init."""
    blocks, lines = {}, workflow.splitlines()
    for i, line in enumerate(lines):
        if line.strip() == "run: |":
            name = next(l.split("name:", 1)[1].strip() for l in reversed(lines[:i]) if "- name:" in l)
            indent = len(line) - len(line.lstrip()) + 2
            body = []
            for nxt in lines[i + 1:]:
                if nxt.strip() and len(nxt) - len(nxt.lstrip()) < indent:
                    break
                body.append(nxt[indent:])
            blocks[name] = "\n".join(body) + "\n"
    return blocks


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_workflow_diffs_only_the_bills_a_change_adds_or_edits(skeleton, tmp_path):
    blocks = _run_blocks((skeleton / ".github/workflows/lexcheck.yml").read_text())
    assert set(blocks) == {"Install lexcheck", "Run the scenarios", "Check the changed bills"}
    for name, block in blocks.items():
        assert subprocess.run(["bash", "-n"], input=block, text=True).returncode == 0, name
    shim = tmp_path / "bin"  # the workflow's `python` is this interpreter, wherever PATH points
    shim.mkdir()
    (shim / "python").symlink_to(sys.executable)
    env = {**os.environ, "PATH": f"{shim}{os.pathsep}{os.environ.get('PATH', '')}", "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}

    def git(*args):
        return subprocess.run(["git", *args], cwd=skeleton, env=env, capture_output=True, text=True,
                              check=True).stdout.strip()

    def step(base):
        return subprocess.run(["bash", "-c", blocks["Check the changed bills"]], cwd=skeleton, capture_output=True,
                              text=True, env={**env, "BASE": base}, timeout=600)

    git("init", "-q")
    git("add", "-A")
    git("commit", "-q", "-m", "skeleton")
    base = git("rev-parse", "HEAD")
    nothing = step(base)
    assert nothing.returncode == 0 and "no bill changed" in nothing.stdout, nothing.stdout + nothing.stderr
    # README's table (by hand): bill 04 repeals CPC 19.1 and regresses A.2.4 (partial → gap).
    shutil.copy(ROOT / "legislation/az/bills/04-repeal-cpc-191.bill", skeleton / "bills" / "repeal.bill")
    git("add", "-A")
    git("commit", "-q", "-m", "a bill that regresses")
    worse = step(base)
    assert worse.returncode == 1, worse.stdout + worse.stderr
    assert "lexcheck diff --bill bills/repeal.bill --fail-on-regression" in worse.stdout
    assert "example-state-duty-exemption" not in worse.stdout
    first = step("")  # the first push of a repository: no earlier commit, every bill
    assert first.returncode == 1 and "bills/example-state-duty-exemption.bill" in first.stdout
