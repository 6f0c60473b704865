"""Findings: the one results type every report format reads.

A :class:`Report` holds, for every requirement, a :class:`Finding`: the status, the
provisions relied on (act, article path, file:line:col), the reasons in words a
lawyer reads, and per test the story :command:`lexcheck explain` tells.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from .model import Node
from .receipts import Receipt

Status = Literal["met", "partial", "gap", "undetermined", "needs-evidence"]
# Statuses in order of severity, most severe first (also the order of the tally).
STATUSES: tuple[str, ...] = ("gap", "partial", "undetermined", "needs-evidence", "met")
TALLY_ORDER: tuple[str, ...] = ("met", "partial", "gap", "undetermined", "needs-evidence")

# Why a test is partial (or not decided), as closed codes.
REASON_CODES = {
    "narrower-group": "covers a narrower group of people",
    "narrower-scope": "covers a narrower matter",
    "narrower-proceeding": "applies in fewer proceedings",
    "later-stage": "starts at a later procedural stage",
    "stage-unstated": "does not say from which stage it applies",
    "forbidden-condition": "depends on a condition the requirement forbids",
    "lower-amount": "sets a lower amount",
    "not-free": "is not free of charge",
    "suspended": "is suspended in the period",
    "extra-condition": "applies only on a condition the requirement does not allow",
    "extra-exception": "has an exception the requirement does not allow",
    "implied-condition": "binds the people it covers to a duty the requirement reads as a forbidden condition",
    "not-increased": "does not exceed the amount in force on the reference date",
    "reference-unknown": "the amount in force on the reference date is not known",
    "would-decide": "names the fact whose verification would decide it",
    "overdue": "its due date has passed and nothing shows it done",
    "due-in": "its due date has not come yet",
    "excerpt": "the scope is encoded only as an excerpt",
    "unverified": "the deciding provision is not verified",
    "no-provision": "no provision says it",
    "no-evidence": "no evidence record shows it",
    "evidence": "shown by an evidence record",
    "missing-element": "the evidence does not cover every element the requirement asks for",
    "evidence-not-yet": "a record dated after the date of the check was left out",
    "evidence-ended": "a record whose period ended before the date of the check was left out",
    "evidence-undated": "a record without a date was left out",
    "evidence-kind": "a record of a kind the test does not accept was left out",
    "evidence-not-relevant": "a record covering none of the elements asked for was left out",
    "met": "a provision in force says it",
    # information, never a shortfall
    "allowed-condition": "applies on a condition the requirement allows",
    "does-not-serve": "a provision of this kind in the scope is about something else",
    "unverified-suspension": "an unverified suspension may cover it",
}

# Shortfalls: the codes that say how a provision falls short (the rest are information).
# Their weight orders provisions and measures progress in a diff (see lexcheck.diff):
# 3: the entitlement depends on what the requirement forbids (it weighs most);
# 2: people, matters, proceedings, time or money are left out;
# 1: the law is silent on when it applies (it may be enough).
SHORTFALL_WEIGHT = {
    "forbidden-condition": 3, "implied-condition": 3,
    "narrower-group": 2, "narrower-scope": 2, "narrower-proceeding": 2, "later-stage": 2, "not-free": 2,
    "lower-amount": 2, "not-increased": 2, "extra-condition": 2, "extra-exception": 2, "suspended": 2,
    "stage-unstated": 1,
}


# Reason codes that inform and never count against a provision.
INFORMATION_CODES = frozenset({"allowed-condition", "does-not-serve", "unverified-suspension"})


def shortfall_name(code: str) -> str:
    """The name a lawyer reads (and a scenario matches): ``narrower proceeding``; a condition
    shortfall keeps its term (``extra condition: citizenship``)."""
    code, _, term = code.partition(":")
    return code.replace("-", " ") + (f": {term}" if term else "")


def shortfall_weight(shortfall: str) -> int:
    return SHORTFALL_WEIGHT.get(shortfall.partition(":")[0], 2)


class ProvisionRef(Node):
    """A provision a finding relied on or considered."""

    act: str
    ref: str  # "Art. 9, 9.1.?1"
    location: str  # "file:line:col"
    summary: str = ""
    sources: tuple[str, ...] = ()
    unverified: str | None = None
    amended_by: tuple[str, ...] = ()  # "bill-id clause 2 (insert)"


class Reason(Node):
    code: str
    text: str
    # the provisions this reason is about (the diff attributes bill clauses by these, never by text)
    provisions: tuple[ProvisionRef, ...] = ()
    term: str | None = None  # the condition or exception a shortfall is about, where it names one

    @property
    def shortfall(self) -> str:
        """How a diff tells shortfalls apart: the code, and the term it names (``extra-condition:citizenship``)."""
        return f"{self.code}:{self.term}" if self.term else self.code


class SearchedScope(Node):
    """A place a legislative test looked in: an act, or an article of it, with where it is encoded."""

    act: str
    ref: str = ""  # "Art. 9"; empty for the whole act
    location: str = ""  # "file:line:col" of the article (or act) heading; empty when not encoded
    coverage: str = ""  # "complete", "excerpt", or "" when not encoded
    note: str = ""  # e.g. "now Art. 9-1 after clause 1 of bill az-x"

    def __str__(self) -> str:
        text = f"{self.act} {self.ref}".strip()
        return f"{text} ({self.note})" if self.note else text

    def describe(self) -> str:
        """"state-duty Art. 9, encoded completely, at legislation/az/state-duty.lex:40:1"."""
        text = str(self)
        if self.coverage:
            text += f", encoded {'completely' if self.coverage == 'complete' else 'as an excerpt'}"
        return text + (f", at {self.location}" if self.location else ", not encoded")


# Why an evidence record was left out of a practice test (reason codes, see REASON_CODES).
LEFT_OUT = ("evidence-not-yet", "evidence-ended", "evidence-undated", "evidence-kind", "evidence-not-relevant")


class EvidenceRef(Node):
    """An evidence record a practice test considered: what it shows, from when, where it is
    shown, and whether it counted (``why``: ``evidence``, or one of :data:`LEFT_OUT`)."""

    requirement: str
    done: str
    kind: str | None = None
    covers: tuple[str, ...] = ()  # the elements the record says it covers
    since: dt.date | None = None  # counts from (inclusive)
    until: dt.date | None = None  # counts until (exclusive)
    sources: tuple[str, ...] = ()  # "citation (YYYY-MM-DD)"
    location: str = ""  # the record's file:line:col
    counted: bool = True
    why: str = "evidence"
    shows: tuple[str, ...] = ()  # the test's elements it covers (when it counted)

    def period(self) -> str:
        """When the record applies, in words: 'from 2024-05-01', 'from … until …', 'undated'."""
        if self.since is None:
            return "undated"
        return f"from {self.since.isoformat()}" + (f" until {self.until.isoformat()}" if self.until else "")


class TestOutcome(Node):
    """The verdict of one test of a requirement, and how it was reached."""

    label: str
    kind: Literal["legislative", "practice"]
    status: Status
    looked_in: tuple[str, ...] = ()
    wanted: str = ""  # the clause required, in the notation
    reasons: tuple[Reason, ...] = ()
    decisive: tuple[ProvisionRef, ...] = ()
    considered: tuple[ProvisionRef, ...] = ()
    searched: tuple[SearchedScope, ...] = ()
    # the shortfalls of the test's best provision (empty when met), as Reason.shortfall: what a diff compares
    shortfalls: tuple[str, ...] = ()
    elements: tuple[str, ...] = ()  # a practice test: the elements it asks for
    missing: tuple[str, ...] = ()  # … and those no record that counts covers
    evidence: tuple[EvidenceRef, ...] = ()  # … and the records it considered


class Finding(Node):
    requirement: str
    title: str
    status: Status
    priority: str
    sources: tuple[str, ...]
    location: str  # the requirement's file:line:col
    provisions: tuple[ProvisionRef, ...] = ()
    reasons: tuple[str, ...] = ()
    tests: tuple[TestOutcome, ...] = ()
    searched: tuple[SearchedScope, ...] = ()  # every place its legislative tests looked in
    fix: str | None = None
    due: dt.date | None = None
    deadline: Reason | None = None  # overdue / due-in, when the requirement has a due date and is not met
    # the status with every evidence record left out: what the text of the law alone shows
    # (None: the same as ``status``)
    status_in_law: Status | None = None

    @property
    def law_status(self) -> str:
        """The status on the law alone (practice tests needing evidence)."""
        return self.status_in_law or self.status

    @property
    def on_evidence(self) -> bool:
        """True when the status rests on evidence the user supplied, not on the law: met (or
        partial) on evidence is not met (or partial) in law."""
        return self.law_status != self.status

    @property
    def evidence(self) -> tuple[EvidenceRef, ...]:
        """The evidence records that counted towards the finding, each once."""
        return tuple(dict.fromkeys(e for t in self.tests for e in t.evidence if e.counted))


class Report(Node):
    lexcheck: str
    corpus: dict
    ruleset: dict
    as_of: dt.date
    amendments: tuple[dict, ...] = ()
    findings: tuple[Finding, ...] = ()
    receipt: Receipt | None = None  # what the report was made from (lexcheck.receipts)

    @property
    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(TALLY_ORDER, 0)
        for f in self.findings:
            counts[f.status] += 1
        return counts

    def finding(self, rid: str) -> Finding | None:
        return next((f for f in self.findings if f.requirement == rid), None)

    def tally_line(self) -> str:
        s = self.summary
        n = len(self.findings)
        word = "requirement" if n == 1 else "requirements"
        return f"{n} {word}: " + ", ".join(f"{s[k]} {k}" for k in TALLY_ORDER)


# ---- diff of two reports (baseline vs amended) -------------------------------------

Change = Literal["closed", "improved", "regressed", "opened", "unchanged"]
CHANGES: tuple[str, ...] = ("closed", "improved", "regressed", "opened", "unchanged")


class Attribution(Node):
    """A bill clause that touched a provision a finding relies on (before or after)."""

    bill: str
    clause: str
    operation: str
    provision: str  # "state-duty Art. 9, 9.1.20"
    location: str = ""  # the bill clause's file:line:col


class FindingChange(Node):
    requirement: str
    title: str
    change: Change
    before: Finding
    after: Finding
    attributions: tuple[Attribution, ...] = ()
    summary: str = ""  # e.g. "clause 2 of bill az-2025-duty closes A.2.3"


class Delta(Node):
    """Baseline and amended checks, matched by requirement id (never by line)."""

    lexcheck: str
    before: Report
    after: Report
    bills: tuple[dict, ...] = ()
    changes: tuple[FindingChange, ...] = ()
    receipt: Receipt | None = None  # the amended check's inputs, bills included

    @property
    def any_receipt(self) -> Receipt | None:
        """The receipt of the diff, else that of the amended check."""
        return self.receipt or self.after.receipt

    @property
    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(CHANGES, 0)
        for c in self.changes:
            counts[c.change] += 1
        return counts

    def change(self, rid: str) -> FindingChange | None:
        return next((c for c in self.changes if c.requirement == rid), None)
