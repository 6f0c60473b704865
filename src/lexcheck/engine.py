"""The matching engine: clause facts + test facts → matches, on durable-rules.

This is the only module that imports ``durable``. durable-rules 2.0.28 (2020) has sharp
edges (see ``../shared/notes/DEPENDENCIES.md`` §1); this module keeps them away:

* one :class:`Engine` per process, holding one host without background threads and
  one ruleset registered once (a ruleset name registers only once per host);
* a fixed, small set of rule templates (joins on the facts' fields); requirements are
  facts, never rules, so the engine's limits (256 rules per first pattern, 512
  constants) are never reached, whatever the size of a pack;
* a fresh session id (working memory) per partition of a check, always deleted in a
  ``finally`` (more than 1023 live sessions corrupt the ruleset);
* the working memory is partitioned per act, so the engine's joins stay small and
  the cost grows linearly with the corpus;
* every fact has an explicit id, checked against the engine's 32-bit id hash;
* every joined property is present on every fact (a missing one makes a fact
  "not handled"); every pattern has a positive ``kind`` test (issue #288);
* actions take exactly one parameter (two makes durable treat them as async);
* action errors, which durable swallows into the state, are re-raised;
* one lock around all engine use (unlocked threads crash the C extension).

The rules only use positive joins, so the order in which facts arrive cannot give a
false result (durable's negation is order-sensitive; we do not use it).
"""

from __future__ import annotations

import itertools
import threading
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"durable(\..*)?")


def durable_missing(exc: BaseException) -> str:
    """What to do when durable-rules does not import (its C extension did not build or load)."""
    import sys

    too_new = sys.version_info >= (3, 13)
    return ("durable-rules, the rule engine lexcheck runs on, cannot be imported "
            f"({type(exc).__name__}: {exc}). "
            + ("durable-rules 2.0.28 does not import on Python 3.13 or later; use Python 3.11 or 3.12. "
               if too_new else "")
            + "It is built from source when lexcheck is installed, which needs a C compiler and the "
              "Python headers (Debian/Ubuntu: apt install build-essential python3-dev; Fedora: dnf install "
              "gcc python3-devel; macOS: xcode-select --install); install them, then install lexcheck again.")

try:
    import durable.engine as _durable  # noqa: E402  (only here)
except ImportError as _exc:  # not built, or built for another Python: say what to install
    from .errors import BrokenInstallation

    raise BrokenInstallation(durable_missing(_exc)) from None

RULESET = "lexcheck"
BATCH = 1000
# Properties every fact carries (None when unused), so that no join sees a missing one.
CLAUSE_FIELDS = ("cid", "ckind", "key", "act", "art")
TEST_FIELDS = ("tid", "ckind", "key", "act", "art", "scope")


def fnv1a32(s: str) -> int:
    """durable's fact-id hash (``fnv1Hash32`` in its C source)."""
    h = 0x811C9DC5
    for b in s.encode():
        h = ((h ^ (b if b < 128 else b | 0xFFFFFF00)) * 0x01000193) & 0xFFFFFFFF
    return h


class _ThreadlessHost(_durable.Host):
    """A durable Host without its two perpetual timer threads.

    Actions run synchronously inside ``assert_facts`` (verified), and lexcheck uses no
    timers or async actions, so the background dispatch loop is not needed.
    """

    def _run(self) -> None:  # noqa: D401 - overriding durable's private loop starter
        return None


@dataclass(frozen=True)
class Partition:
    """One working memory: the clause facts of one act and the test facts scoped to it."""

    name: str
    clauses: Sequence[dict]
    tests: Sequence[dict]


class EngineError(RuntimeError):
    """durable-rules failed in a way lexcheck did not expect (a bug, not a user error)."""


class Engine:
    """Matches requirement tests to clauses with a fixed set of durable rule templates."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seq = itertools.count()
        self._found: list[tuple[str, str]] = []
        self._host = _ThreadlessHost()
        self._host.set_rulesets({RULESET: self._templates()})
        self.checks_run = 0
        self.live_sessions = 0

    def _on_match(self, c) -> None:  # exactly one parameter: a synchronous action
        self._found.append((c.t.tid, c.c.cid))

    def _templates(self) -> dict:
        """The rule templates: a test matches a clause of its kind and key in its scope."""
        same = [{"ckind": {"c": "ckind"}}, {"key": {"c": "key"}}, {"act": {"c": "act"}}]
        return {
            # scope = the whole act
            "match_in_act": {"all": [
                {"c": {"kind": "clause"}},
                {"t": {"$and": [{"kind": "test"}, {"scope": "act"}, *same]}},
            ], "run": self._on_match},
            # scope = named articles of the act (one test fact per article)
            "match_in_article": {"all": [
                {"c": {"kind": "clause"}},
                {"t": {"$and": [{"kind": "test"}, {"scope": "article"}, *same, {"art": {"c": "art"}}]}},
            ], "run": self._on_match},
        }

    def match(self, partitions: Iterable[Partition]) -> list[tuple[str, str]]:
        """Every (test id, clause id) pair the templates join, over all partitions."""
        results: list[tuple[str, str]] = []
        with self._lock:
            for part in partitions:
                if not part.tests or not part.clauses:
                    continue
                results.extend(self._match_one(part))
            self.checks_run += 1
        return results

    def _match_one(self, part: Partition) -> list[tuple[str, str]]:
        sid = f"s{next(self._seq)}"
        clause_blank = dict.fromkeys(CLAUSE_FIELDS)
        test_blank = dict.fromkeys(TEST_FIELDS)
        facts_c = [clause_blank | f | {"kind": "clause", "sid": sid, "id": f"c{i}"} for i, f in enumerate(part.clauses)]
        facts_t = [test_blank | f | {"kind": "test", "sid": sid, "id": f"t{i}"} for i, f in enumerate(part.tests)]
        # A sentinel pair that matches only each other, asserted first so that a rule fires
        # before any real fact arrives: durable 2.0.28 crashes (segfault/abort) in
        # delete_state on a session where a clause fact waits and no action ever ran. Its
        # match has tid None and is dropped. (tests/test_engine.py)
        sentinel = {"sid": sid, "ckind": "$sentinel", "key": "$sentinel", "act": "$sentinel"}
        facts_c[:0] = [clause_blank | sentinel | {"kind": "clause", "id": "cs"},
                       test_blank | sentinel | {"kind": "test", "id": "ts", "scope": "act"}]
        hashes = {fnv1a32(f["id"]) for f in itertools.chain(facts_c, facts_t)}
        if len(hashes) != len(facts_c) + len(facts_t):  # pragma: no cover - sequential ids never collide
            raise EngineError("fact ids collide on durable's 32-bit hash")
        self._found = []
        self.live_sessions += 1
        try:
            for batch in (facts_c, facts_t):  # clauses first, then tests
                for i in range(0, len(batch), BATCH):
                    try:
                        self._host.assert_facts(RULESET, batch[i:i + BATCH])
                    except _durable.MessageNotHandledException:  # a fact no rule uses: harmless
                        pass
            state = self._host.get_state(RULESET, sid)
            if state.get("exception"):
                raise EngineError(f"a rule action failed: {state['exception']}")
            return [found for found in self._found if found[0] is not None]
        finally:
            self._host.delete_state(RULESET, sid)
            self.live_sessions -= 1
            self._found = []


_ENGINE: Engine | None = None
_ENGINE_LOCK = threading.Lock()


def engine() -> Engine:
    """The process-wide engine (created on first use)."""
    global _ENGINE
    with _ENGINE_LOCK:
        if _ENGINE is None:
            _ENGINE = Engine()
        return _ENGINE
