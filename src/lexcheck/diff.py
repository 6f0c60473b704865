"""The diff: a workspace + bills → :class:`~lexcheck.results.Delta` (baseline vs amended).

Both checks run in one process, on the same date, over two corpora: the baseline and
the consolidated one (:func:`lexcheck.amendments.apply`). The engine gives every check
fresh working memories, so the two never see each other's facts.

Findings are matched by requirement id. The change of each requirement is:

- ``closed``: it was not met, and now it is met;
- ``opened``: it was met, and now it is not;
- ``improved`` / ``regressed``: not met before nor after, and the law moved towards or
  away from meeting it. The measure is how far the law goes towards meeting it:
  met, then partial (a provision goes part of the way), then needs-evidence, then
  undetermined (nothing settles it), then gap (the law is known to be silent). This is
  not the ``--fail-on`` severity, in which partial is worse than undetermined: a bill
  that repeals the only provision going part of the way in an excerpt (partial →
  undetermined) moves away from meeting it. With the same status, each test is compared
  on its *best* provision (never on the shortfalls of every provision it considered, so a
  worse provision added beside a better one changes nothing): its status, then its
  shortfalls — fewer of them (a subset) is better, more (a superset) is worse, and
  between two different sets the heavier shortfall decides (a forbidden condition
  weighs most; see ``results.SHORTFALL_WEIGHT``), then their number. A requirement is
  improved when some test got better and none worse, regressed when some test got
  worse — even if another got better, because a drafter's CI must not miss a
  regression; the summary names the test that got worse and the shortfall that appeared;
- ``unchanged``: every test as good as before (the wording of reasons may still differ,
  e.g. a renumbered provision, which the search follows to its new number).

A change is attributed to every bill clause that touched a provision the requirement
relied on or considered, before or after, or one named in its reasons (e.g. a
suspension): "clause 1 of bill az-duty-2025 closes A.2.3 (gap → met)".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from . import __version__
from .amendments import Bill, Touch, apply, in_force_on, touched
from .model import article_path
from .results import Attribution, Delta, Finding, FindingChange, TestOutcome, shortfall_name, shortfall_weight

VERBS = {"closed": "closes", "improved": "improves", "regressed": "sets back", "opened": "opens",
         "unchanged": "leaves unchanged"}


def default_date(workspace, bills: Sequence[Bill]) -> dt.date:
    """The date a diff looks at by default: when the last bill enters into force, or the
    rule pack's date if that is later (the law with and without the bills, same day)."""
    pack_day = workspace.pack.as_of or dt.date.today()
    return max([pack_day, *(b.in_force for b in bills)])


# How far from meeting a requirement each status is (lower is closer; see the module docstring).
PROGRESS: tuple[str, ...] = ("met", "partial", "needs-evidence", "undetermined", "gap")


def _badness(status: str) -> int:
    """Lower is better: met 0, then partial, needs-evidence, undetermined, gap."""
    return PROGRESS.index(status)


def _weight(shortfalls: Sequence[str]) -> tuple[int, int]:
    return max((shortfall_weight(c) for c in shortfalls), default=0), len(shortfalls)


def compare_tests(before: TestOutcome, after: TestOutcome) -> int:
    """-1 if ``after`` is better than ``before``, 1 if worse, 0 if as good (module docstring)."""
    b, a = _badness(before.status), _badness(after.status)
    if a != b:
        return -1 if a < b else 1
    sb, sa = set(before.shortfalls), set(after.shortfalls)
    if sa == sb:
        return 0
    if sa < sb:
        return -1
    if sa > sb:
        return 1
    wb, wa = _weight(before.shortfalls), _weight(after.shortfalls)
    return (wa > wb) - (wa < wb)


def classify(before: Finding, after: Finding) -> str:
    """closed / opened / improved / regressed / unchanged (see the module docstring)."""
    if before.status != "met" and after.status == "met":
        return "closed"
    if before.status == "met" and after.status != "met":
        return "opened"
    if before.status == after.status == "met":
        return "unchanged"
    b, a = _badness(before.status), _badness(after.status)
    if a < b:
        return "improved"
    if a > b:
        return "regressed"
    if len(before.tests) != len(after.tests):  # pragma: no cover - same pack on both sides
        return "unchanged"
    moves = [compare_tests(x, y) for x, y in zip(before.tests, after.tests)]
    if 1 in moves:
        return "regressed"
    if -1 in moves:
        return "improved"
    return "unchanged"


def worse_tests(before: Finding, after: Finding) -> list[str]:
    """For a requirement that regressed with the same status: which test got worse, and how."""
    out = []
    for x, y in zip(before.tests, after.tests):
        if compare_tests(x, y) == 1:
            new = [shortfall_name(c) for c in y.shortfalls if c not in x.shortfalls]
            out.append(f"'{y.label}' got worse" + (f" ({', '.join(new)})" if new else f" ({x.status} → {y.status})"))
    return out


def attribute(before: Finding, after: Finding, touches: Sequence[Touch]) -> tuple[Attribution, ...]:
    """The bill clauses that touched a provision ``before`` or ``after`` relied on, considered,
    or named in a reason (e.g. a suspension) — matched by reference, never by searching text."""
    refs = set()
    for f in (before, after):
        for p in f.provisions:
            refs.add((p.act, p.ref))
        for t in f.tests:
            for p in (*t.decisive, *t.considered, *(q for r in t.reasons for q in r.provisions)):
                refs.add((p.act, p.ref))
    out: dict[tuple, Attribution] = {}
    for t in touches:
        ref = article_path(t.article, t.provision)
        if (t.act, ref) in refs:
            cite = f"{t.act} {ref}"
            key = (t.bill, t.clause, t.operation, cite)
            out.setdefault(key, Attribution(bill=t.bill, clause=t.clause, operation=t.operation, provision=cite,
                                            location=t.location))
    return tuple(out.values())


def sentence(change: str, rid: str, before: Finding, after: Finding, attributions: Sequence[Attribution]) -> str:
    """"clause 1 of bill az-duty-2025 closes A.2.3 (gap → met)"."""
    arrow = f" ({before.status} → {after.status})" if before.status != after.status else f" ({after.status})"
    if not attributions:
        if change == "unchanged":
            return f"no bill clause touches what {rid} relies on"
        text = f"{rid} {change}{arrow}; no bill clause touched the provisions it relies on"
        if change == "regressed" and before.status == after.status:
            text += ": " + "; ".join(worse_tests(before, after))
        return text
    by_bill: dict[str, list[str]] = {}
    for a in attributions:
        nums = by_bill.setdefault(a.bill, [])
        if a.clause not in nums:
            nums.append(a.clause)
    parts = []
    for bill, nums in by_bill.items():
        nums = sorted(nums, key=_clause_key)
        head = "clause " + nums[0] if len(nums) == 1 else "clauses " + ", ".join(nums[:-1]) + " and " + nums[-1]
        parts.append(f"{head} of bill {bill}")
    who = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    plural = len(parts) > 1 or any(len(n) > 1 for n in by_bill.values())
    verb = VERBS[change]
    if plural:
        verb = {"closes": "close", "improves": "improve", "sets back": "set back", "opens": "open",
                "leaves unchanged": "leave unchanged"}[verb]
    text = f"{who} {verb} {rid}{arrow}"
    if change == "regressed" and before.status == after.status:
        text += ": " + "; ".join(worse_tests(before, after))
    return text


def _clause_key(n: str):
    return tuple(int(x) if x.isdigit() else 0 for x in n.replace("-", ".").split("."))


def diff(workspace, bills: Sequence[Bill], as_of: dt.date | None = None) -> Delta:
    """Check the law without and with ``bills`` on ``as_of`` and compare, requirement by requirement.

    ``as_of`` defaults to :func:`default_date`. Bills not yet in force on ``as_of`` are
    checked but not applied (reports list them with ``applied: false``).
    """
    day = as_of or default_date(workspace, bills)
    consolidated = apply(workspace.corpus, bills, as_of=day)
    applied = [b for b in bills if in_force_on(b, day)]
    infos = tuple(b.info(applied=in_force_on(b, day)) for b in bills)
    before = workspace.check(day)
    after = workspace.with_corpus(consolidated, amendments=infos).check(day)
    touches = touched(workspace.corpus, applied)
    changes = []
    for b in before.findings:
        a = after.finding(b.requirement)
        if a is None:  # pragma: no cover - the same pack on both sides
            continue
        change = classify(b, a)
        attributions = attribute(b, a, touches)
        changes.append(FindingChange(requirement=b.requirement, title=a.title, change=change, before=b, after=a,
                                     attributions=attributions,
                                     summary=sentence(change, b.requirement, b, a, attributions)))
    return Delta(lexcheck=__version__, before=before, after=after, bills=infos, changes=tuple(changes),
                 receipt=after.receipt.with_inputs(bill_inputs(bills)) if after.receipt else None)


def bill_inputs(bills: Sequence[Bill]) -> list:
    """The bill files, as a receipt lists them (a bill written inline, with no file, has none)."""
    from pathlib import Path

    from .receipts import InputFile, digest
    from .resources import display_path

    return [InputFile(role="bills", root=display_path(b.file), sha256=digest(b.file))
            for b in bills if b.file and Path(b.file).is_file()]
