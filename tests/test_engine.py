"""The engine on durable-rules: joins, isolation of checks, and many checks in one process.

Counts and bytes are measured, never time: 2,000 checks leave the thread count, the
number of live durable sessions and the resident memory flat, and checks of different
corpora interleaved in one process never see each other's facts.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from lexcheck.api import Workspace
from lexcheck.engine import Engine, Partition, engine
from lexcheck.legislation import check_terms, load_corpus
from lexcheck.requirements import check_scopes, load_pack
from tests.test_rule_cases import CASES, VOCAB, read_case


def workspace(case_name: str, tmp: Path) -> Workspace:
    """A loaded workspace for a rule case (corpus + pack + the cases' vocabulary)."""
    case = read_case(CASES / f"{case_name}.case")
    folder = tmp / case_name
    for sub in ("corpus", "rules"):
        (folder / sub).mkdir(parents=True)
    for kind, name, lines in case.files:
        assert kind in ("corpus", "rules")
        (folder / kind / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    pack, vocab = load_pack(folder / "rules", base_vocabulary=[VOCAB])
    corpus = load_corpus(folder / "corpus")
    check_terms(corpus, vocab)
    check_scopes(pack, corpus)
    return Workspace(corpus, pack, vocab, folder / "corpus", folder / "rules")


def statuses(report) -> dict[str, str]:
    return {f.requirement: f.status for f in report.findings}


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


# ---- the rule templates, on facts written by hand ------------------------------------

def clause(cid, ckind, key, act, art):
    return {"cid": cid, "ckind": ckind, "key": key, "act": act, "art": art}


def test(tid, ckind, key, act, art=None):
    return {"tid": tid, "ckind": ckind, "key": key, "act": act, "art": art, "scope": "article" if art else "act"}


test.__test__ = False  # a fact builder, not a pytest test


def test_templates_join_on_kind_key_act_and_article():
    clauses = [clause("k1", "exemption", "state-duty", "duty", "9"),
               clause("k2", "exemption", "state-duty", "duty", "10"),
               clause("k3", "right", "state-duty", "duty", "9"),  # another kind: never joined
               clause("k4", "exemption", "court-fee", "duty", "9")]  # another key: never joined
    tests = [test("in-9", "exemption", "state-duty", "duty", "9"),
             test("in-11", "exemption", "state-duty", "duty", "11"),
             test("whole-act", "exemption", "state-duty", "duty")]
    found = sorted(Engine().match([Partition("duty", clauses, tests)]))
    assert found == [("in-9", "k1"), ("whole-act", "k1"), ("whole-act", "k2")]


def test_partitions_are_separate_working_memories():
    """A test in one partition never joins a clause of another, even with equal fields."""
    eng = Engine()
    a = Partition("a", [clause("ka", "exemption", "state-duty", "duty", "9")], [test("ta", "right", "x", "duty")])
    b = Partition("b", [clause("kb", "right", "x", "other", "1")], [test("tb", "exemption", "state-duty", "duty", "9")])
    assert eng.match([a, b]) == []
    assert eng.live_sessions == 0


def test_one_engine_per_process():
    assert engine() is engine()


def test_a_session_with_no_match_is_released_without_crashing():
    """Regression: durable 2.0.28 segfaulted in delete_state when a session held a clause
    fact and no rule had fired (the engine now always fires a sentinel pair). Run in a
    child process, since the failure kills the interpreter."""
    script = textwrap.dedent("""
        from lexcheck.engine import Engine, Partition
        eng = Engine()
        for i in range(50):
            part = Partition("p", [{"cid": "k0", "ckind": "permission", "key": "x", "act": "p", "art": "4"}],
                             [{"tid": "t", "ckind": "right", "key": "y", "act": "p", "art": None, "scope": "act"}])
            assert eng.match([part, part]) == []
        print("released", eng.live_sessions)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "released 0"


# ---- whole checks ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def three(tmp_path_factory):
    """Three corpora with the same act id and article, each giving A.1 another status."""
    tmp = tmp_path_factory.mktemp("engine")
    return [(workspace("exemption-met", tmp), {"A.1": "met"}),
            (workspace("partial-narrower-group", tmp), {"A.1": "partial"}),
            (workspace("gap-complete", tmp), {"A.1": "gap"})]


def test_interleaved_checks_never_see_each_other(three):
    """Met, partial and gap corpora share act id and article: a leaked fact would turn
    the gap or the partial into met."""
    for _ in range(20):
        for ws, expected in (*three, *reversed(three)):
            assert statuses(ws.check()) == expected


def test_2000_checks_in_one_process_stay_flat(three, tmp_path):
    """2,000 checks: every result right; threads, live sessions and memory flat."""
    big = workspace("several-tests", tmp_path)  # several partitions and tests per check
    big_expected = {"A.1": "met", "A.2": "partial", "A.3": "gap"}
    runs = [*three, (big, big_expected)]
    threads = threading.active_count()
    wrong = 0
    rss_200 = None
    for i in range(2000):
        ws, expected = runs[i % len(runs)]
        wrong += statuses(ws.check()) != expected
        if i == 199:
            rss_200 = rss_bytes()
    rss_2000 = rss_bytes()
    assert wrong == 0
    assert threading.active_count() == threads
    assert engine().live_sessions == 0
    growth = rss_2000 - rss_200
    # an unreleased session costs ~100-400 KB in durable: 1,800 leaked checks would be
    # hundreds of MB; allow a few MB of allocator noise
    assert growth < 8 * 1024 * 1024, f"RSS grew by {growth / 1e6:.1f} MB from check 200 to 2000"


def test_checks_from_several_threads_are_serialised(three):
    """Unlocked threads crash durable's C extension; with the engine's lock they are safe."""
    errors: list[str] = []

    def work(ws, expected):
        for _ in range(30):
            got = statuses(ws.check())
            if got != expected:
                errors.append(f"{got} != {expected}")

    workers = [threading.Thread(target=work, args=pair) for pair in three * 2]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    assert engine().live_sessions == 0
