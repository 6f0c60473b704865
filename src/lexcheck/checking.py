"""The check: corpus + requirement pack (+ evidence, date) → :class:`~lexcheck.results.Report`.

1. Index the provisions in force on the date of the check (``as_of``).
2. Turn clauses and legislative tests into facts, partitioned per act, and let the
   engine join them (kind, key term and its broader/narrower relatives, act, article).
3. Assess every match against the test's constraints (group covered, stage,
   forbidden conditions, free of charge, amount, suspension, verification) — each
   shortfall is a named reason — and decide the status of each test and requirement.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import __version__
from . import model as m
from .engine import Partition, engine
from .errors import LexcheckError, Position, did_you_mean, line_of
from .formatter import format_clause
from .notation import read_source
from .requirements import EvidenceRecord, LegislativeTest, PracticeTest, Requirement, RequirementPack
from .resources import display_path
from .results import REASON_CODES, EvidenceRef, Finding, ProvisionRef, Reason, Report, TestOutcome
from .vocabulary import Vocabulary


@dataclass
class Row:
    """One clause of one provision in force, with where it stands."""

    cid: str
    act: m.Act
    article: m.Article
    provision: m.Provision
    clause: object
    period_known: bool = True

    @property
    def unverified(self) -> str | None:
        why = self.provision.unverified or self.article.unverified or self.act.unverified
        if why is None and not self.period_known:
            why = f"only observed in force ({self.provision.observed}); its period in force is not verified"
        return why


def in_force(act: m.Act, article: m.Article, prov: m.Provision, day: dt.date) -> bool | None:
    """True/False whether a provision is in force on ``day``; None if not known."""
    if act.adopted is not None and act.adopted > day and act.in_force is None:
        return False
    for node in (act, article, prov):
        if node.in_force is not None and not node.in_force.contains(day):
            return False
    if prov.in_force is None and prov.observed is not None:
        return None
    return True


@functools.lru_cache(maxsize=1024)
def _display_path(file: str, cwd: str) -> str:
    """:func:`display_path`, memoised per working directory (it resolves the path on disk)."""
    return display_path(file)


def provision_ref(row_or: Row | tuple) -> ProvisionRef:
    act, art, prov = (row_or.act, row_or.article, row_or.provision) if isinstance(row_or, Row) else row_or
    ref = m.article_path(art.ref, prov.ref)
    loc = prov.span or art.span
    location = f"{_display_path(loc.file, os.getcwd())}:{loc.line}:{loc.column}" if loc else ""
    return ProvisionRef(
        act=act.id, ref=ref, location=location, summary=prov.summary,
        sources=tuple(s.cite + (f" ({s.dated.isoformat()})" if s.dated else "") for s in prov.sources or art.sources),
        unverified=prov.unverified or art.unverified or act.unverified,
        amended_by=tuple(f"{a.bill} clause {a.clause} ({a.operation})" for a in (*prov.amended_by,)),
    )


@dataclass
class CorpusIndex:
    """The provisions in force on a date, as rows and facts."""

    rows: dict[str, Row] = field(default_factory=dict)
    by_act: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    suspensions: list[Row] = field(default_factory=list)
    duties: list[Row] = field(default_factory=list)  # binds P to A: duties of persons

    @classmethod
    def build(cls, corpus: m.Corpus, day: dt.date) -> "CorpusIndex":
        index = cls()
        n = 0
        for act in corpus.acts:
            for art, prov in act.provisions():
                state = in_force(act, art, prov, day)
                if state is False:
                    continue
                for clause in prov.clauses:
                    row = Row(f"k{n}", act, art, prov, clause, period_known=state is True)
                    n += 1
                    index.rows[row.cid] = row
                    index.by_act[act.id].append(row)
                    if clause.kind == "suspension":
                        index.suspensions.append(row)
                    elif clause.kind == "duty":
                        index.duties.append(row)
        return index


def _label(vocab: Vocabulary, term: str) -> str:
    return f"'{vocab.label(term)}'"


class Assessor:
    """Decides test and requirement statuses from the engine's matches."""

    def __init__(self, vocab: Vocabulary, index: CorpusIndex, corpus: m.Corpus, day: dt.date):
        self.vocab, self.index, self.corpus, self.day = vocab, index, corpus, day
        # suspensions by the action they suspend, each with its place in the index's order
        self._suspending: dict[str, list[tuple[int, Row]]] = defaultdict(list)
        for i, srow in enumerate(index.suspensions):
            self._suspending[srow.clause.action].append((i, srow))
        self._indexes: dict[dt.date, CorpusIndex] = {day: index}  # the law on other dates (increase-since)
        self._refs: dict[int, tuple] = {}  # reference amounts, per test

    def suspensions_of(self, action: str) -> list[Row]:
        """The suspensions whose action covers ``action``, in index order (looked up, not scanned)."""
        found = [hit for a in self.vocab.ancestors(action) for hit in self._suspending.get(a, ())]
        return [srow for _, srow in sorted(found, key=lambda hit: hit[0])]

    # -- duties read as conditions (``duty A implies C``) -------------------------------
    def implied_shortfalls(self, test: LegislativeTest, row: Row) -> list[Reason]:
        """A provision for people who are bound (``binds P to A``) to a duty the test reads as a
        forbidden condition is, in effect, conditional on it (a victim bound to testify)."""
        party = getattr(row.clause, "party", None)
        if not test.implied or party is None:
            return []
        v, out = self.vocab, []
        for imp in test.implied:
            if not any(v.covers(f, imp.condition) for f in test.forbid):
                continue  # only a forbidden condition is weighed here
            for drow in self.index.duties:
                d = drow.clause
                if v.covers(imp.action, d.action) and v.covers(d.party, party):
                    doubt = f" (not verified: {drow.unverified})" if drow.unverified else ""
                    out.append(Reason(code="implied-condition", text=(
                        f"the people it covers are bound to {_label(v, d.action)} "
                        f"({m.cite(drow.act, drow.article, drow.provision)}){doubt}, which makes it in effect "
                        f"conditional on {_label(v, imp.condition)}, a condition the requirement forbids")))
                    break
        return out

    # -- a relative requirement (``increase-since DATE``) -----------------------------
    def index_on(self, day: dt.date) -> CorpusIndex:
        if day not in self._indexes:
            self._indexes[day] = CorpusIndex.build(self.corpus, day)
        return self._indexes[day]

    def reference_amount(self, test: LegislativeTest):
        """(value, unit, where) of the amount in force on the test's reference date, or
        (None, None, why) when it is not known; None when the test is not relative."""
        if test.increase_since is None:
            return None
        key = id(test)
        if key not in self._refs:
            self._refs[key] = self._reference_amount(test)
        return self._refs[key]

    def _reference_amount(self, test: LegislativeTest):
        day, v, pat = test.increase_since, self.vocab, test.pattern
        rows = [r for scope in test.scopes for r in self.index_on(day).by_act.get(scope.act, ())
                if (not scope.articles or r.article.ref in scope.articles) and r.clause.kind == "amount"
                and v.relation(r.clause.parameter, pat.parameter) is not None and self.relevant(test, r)]
        if not rows:
            return (None, None, f"no amount in force on {day.isoformat()} is encoded in "
                    + ", ".join(str(s) for s in test.scopes))
        doubtful = [r for r in rows if r.unverified]
        if doubtful:
            r = doubtful[0]
            return (None, None, f"{m.cite(r.act, r.article, r.provision)} is not verified: {r.unverified}")
        units = {r.clause.unit for r in rows}
        if units != {pat.unit}:
            return (None, None, f"it is set in {', '.join(sorted(units))}, not in {pat.unit}")
        best = max(rows, key=lambda r: r.clause.value)
        return (best.clause.value, best.clause.unit, m.cite(best.act, best.article, best.provision))

    # -- what would decide an undetermined test -----------------------------------------
    @staticmethod
    def _sources(ref: ProvisionRef) -> str:
        return "; ".join(ref.sources[:2]) if ref.sources else "no source named"

    def decide_unverified(self, rows: list[Row]) -> Reason:
        parts = [f"{m.cite(r.act, r.article, r.provision)} against the official text (now from: "
                 f"{self._sources(provision_ref(r))})" for r in rows]
        return Reason(code="would-decide", text="what would decide it: verifying " + "; ".join(
            dict.fromkeys(parts)))

    def decide_excerpt(self, test: LegislativeTest) -> Reason:
        acts = []
        for scope in test.scopes:
            act = self.corpus.act(scope.act)
            where = str(scope)
            if act is None:
                acts.append(f"{where} (not encoded)")
            else:
                cites = "; ".join(s.cite for s in act.sources[:2]) or "no source named"
                acts.append(f"{where} (encoded from: {cites})")
        return Reason(code="would-decide", text="what would decide it: the full, current text of "
                      + "; ".join(dict.fromkeys(acts)) + ", to show whether the law says it")

    # -- one candidate ---------------------------------------------------------------
    def relevant(self, test: LegislativeTest, row: Row) -> bool:
        """Whether a matched clause is about the same people and proceeding at all."""
        pat, cl = test.pattern, row.clause
        if pat.kind == "definition" and cl.term != pat.term:
            return False  # who is a victim of crime, or a child victim, is not who is a victim of trafficking
        for role in ("party", "proceeding", "actor"):
            want, have = getattr(pat, role, None), getattr(cl, role, None)
            if want and have and self.vocab.relation(have, want) is None:
                return False
        return True

    def shortfalls(self, test: LegislativeTest, row: Row) -> list[Reason]:
        """Every way the clause falls short of the test (empty: it meets it)."""
        v, pat, cl = self.vocab, test.pattern, row.clause
        out: list[Reason] = []
        key = m.KEY_ROLE[pat.kind]
        want_key, have_key = getattr(pat, key), getattr(cl, key)
        rel = v.relation(have_key, want_key)
        if rel in ("narrower", "overlap"):
            out.append(Reason(code="narrower-scope", text=f"it covers {_label(v, have_key)}, which is "
                              + ("narrower than " if rel == "narrower" else "only in part ")
                              + _label(v, want_key)))
        want, have = getattr(pat, "proceeding", None), getattr(cl, "proceeding", None)
        rel = want and have and v.relation(have, want)
        if rel in ("narrower", "overlap"):
            out.append(Reason(code="narrower-proceeding", text=f"it applies only to {_label(v, have)}, "
                                                              f"not to every {_label(v, want)}"))
        want, have = getattr(pat, "party", None), getattr(cl, "party", None)
        rel = want and have and v.relation(have, want)
        if rel in ("narrower", "overlap"):
            out.append(Reason(code="narrower-group", text=f"it covers {_label(v, have)}, "
                              + ("a narrower group than " if rel == "narrower" else "which includes only part of ")
                              + _label(v, want)))
        if test.latest_stage:
            stage = getattr(cl, "stage", None)
            if stage is None:
                out.append(Reason(code="stage-unstated", text="it does not say from which procedural stage it "
                                  f"applies; it must apply from {_label(v, test.latest_stage)} at the latest"))
            elif v.stage_rank(stage) > v.stage_rank(test.latest_stage):
                out.append(Reason(code="later-stage", text=f"it applies only from {_label(v, stage)}, later than "
                                                          f"{_label(v, test.latest_stage)}"))
        if getattr(pat, "free", False) and not getattr(cl, "free", False):
            out.append(Reason(code="not-free", text="it does not say the entitlement is free of charge"))
        for cond in cl.conditions:
            if cond.mode != "when":
                continue
            hit = next((f for f in test.forbid if v.covers(f, cond.term)), None)
            if hit:
                out.append(Reason(code="forbidden-condition", text=f"it applies only when {_label(v, cond.term)}, "
                                  f"a condition the requirement forbids"))
        out += self.implied_shortfalls(test, row)
        if pat.kind == "amount":
            if cl.unit != pat.unit:
                out.append(Reason(code="lower-amount", text=f"its amount is in {cl.unit}, not {pat.unit}: "
                                                           "it cannot be shown to reach the minimum"))
            elif cl.value < pat.value:
                out.append(Reason(code="lower-amount", text=f"it sets {cl.value} {cl.unit}, below the "
                                                           f"{pat.value} {pat.unit} required"))
            ref = self.reference_amount(test)
            if ref is not None and ref[0] is not None and cl.unit == ref[1] and cl.value <= ref[0]:
                out.append(Reason(code="not-increased", text=f"it sets {cl.value} {cl.unit}, which does not exceed "
                                  f"the {ref[0]} {ref[1]} in force on {test.increase_since.isoformat()} ({ref[2]})"))
        if pat.kind == "definition":  # every required inclusion and exclusion must be in the definition
            for term in pat.includes:
                excluded = [x for x in cl.excludes if v.covers(x, term)]
                if excluded or not any(v.covers(i, term) for i in cl.includes):
                    out.append(Reason(code="narrower-scope", text=f"its definition of {_label(v, cl.term)} "
                                      + ("excludes " if excluded else "does not include ") + _label(v, term)))
            for term in pat.excludes:
                if not any(v.covers(x, term) for x in cl.excludes):
                    out.append(Reason(code="narrower-scope", text=f"its definition of {_label(v, cl.term)} "
                                      f"does not exclude {_label(v, term)}"))
        action = getattr(cl, "action", None)
        if action and cl.kind in ("obligation", "permission"):  # a suspension names an action; rights have none
            for srow in self.suspensions_of(action):
                s = srow.clause
                if v.covers(s.action, action) and s.active_on(self.day):
                    until = f" until {s.end.isoformat()}" if s.end else ""
                    doubt = f" (not verified: {srow.unverified})" if srow.unverified else ""
                    out.append(Reason(code="suspended", text=f"{m.cite(srow.act, srow.article, srow.provision)} "
                                                            f"suspends {_label(v, s.action)}{until}{doubt}"))
        return out

    # -- one test --------------------------------------------------------------------
    def legislative(self, test: LegislativeTest, candidates: list[Row]) -> TestOutcome:
        v = self.vocab
        looked = tuple(str(s) for s in test.scopes)
        wanted = format_clause(test.pattern)
        label = test.label or wanted
        relevant = [r for r in candidates if self.relevant(test, r)]
        graded = sorted(((self.shortfalls(test, r), r) for r in relevant),
                        key=lambda x: (len(x[0]), x[1].unverified is not None, x[1].cid))
        considered = tuple(dict.fromkeys(provision_ref(r) for _, r in graded))
        ref = self.reference_amount(test)
        if ref is not None and ref[0] is None and relevant:
            return self.unknown_reference(test, graded, label, looked, wanted, considered, ref[2])
        full = [r for s, r in graded if not s]
        verified_full = [r for r in full if r.unverified is None]
        if verified_full:
            r = verified_full[0]
            return TestOutcome(label=label, kind="legislative", status="met", looked_in=looked, wanted=wanted,
                               reasons=(Reason(code="met", text=f"{m.cite(r.act, r.article, r.provision)} says it"),),
                               decisive=(provision_ref(r),), considered=considered)
        if full:
            r = full[0]
            return TestOutcome(label=label, kind="legislative", status="undetermined", looked_in=looked,
                               wanted=wanted, reasons=(Reason(code="unverified", text=(
                                   f"{m.cite(r.act, r.article, r.provision)} would meet it, but it is not "
                                   f"verified: {r.unverified}")), self.decide_unverified([r])),
                               decisive=(provision_ref(r),), considered=considered)
        partial = [(s, r) for s, r in graded if s]
        verified_partial = [(s, r) for s, r in partial if r.unverified is None]
        if partial:
            # every provision that goes part of the way is named, the closest first
            pool = verified_partial or partial
            reasons: tuple[Reason, ...] = ()
            decisive: dict[ProvisionRef, None] = {}
            for s, r in pool:
                where = m.cite(r.act, r.article, r.provision)
                reasons += tuple(Reason(code=x.code, text=f"{where} goes part of the way: {x.text}") for x in s)
                if not verified_partial:
                    reasons += (Reason(code="unverified", text=f"{where} is not verified: {r.unverified}"),)
                decisive[provision_ref(r)] = None
            status = "partial" if verified_partial else "undetermined"
            if not verified_partial:
                reasons += (self.decide_unverified([r for _, r in pool]),)
            return TestOutcome(label=label, kind="legislative", status=status, looked_in=looked, wanted=wanted,
                               reasons=tuple(dict.fromkeys(reasons)), decisive=tuple(decisive),
                               considered=considered)
        # nothing found: a gap only where every searched place is encoded completely
        missing = self.incomplete_scope(test)
        if missing:
            return TestOutcome(label=label, kind="legislative", status="undetermined", looked_in=looked,
                               wanted=wanted, considered=considered, reasons=(
                                   Reason(code="no-provision", text=f"no provision in {', '.join(looked)} says it"),
                                   Reason(code="excerpt", text="but the search cannot be conclusive: "
                                          + "; ".join(missing)), self.decide_excerpt(test)))
        return TestOutcome(label=label, kind="legislative", status="gap", looked_in=looked, wanted=wanted,
                           considered=considered, reasons=(Reason(code="no-provision", text=(
                               f"no provision in {', '.join(looked)} says it, and that scope is encoded "
                               "completely")),))

    def unknown_reference(self, test, graded, label, looked, wanted, considered, why) -> TestOutcome:
        """An amount that must exceed the one in force on a date that is not known: undetermined."""
        day = test.increase_since.isoformat()
        reasons: tuple[Reason, ...] = ()
        for s, r in graded:
            where = m.cite(r.act, r.article, r.provision)
            reasons += tuple(Reason(code=x.code, text=f"{where} goes part of the way: {x.text}") for x in s)
        rows = [r for _, r in graded]
        refs = [r for scope in test.scopes for r in self.index_on(test.increase_since).by_act.get(scope.act, ())
                if r.clause.kind == "amount" and (not scope.articles or r.article.ref in scope.articles)]
        reasons += (Reason(code="reference-unknown", text=(
            f"it must exceed the amount in force on {day}, which is not known ({why}), so an increase "
            "cannot be shown")),
            Reason(code="would-decide", text=(
                f"what would decide it: the amount in force on {day}, and the act that set it"
                + (", checked against the sources of " + "; ".join(dict.fromkeys(
                    f"{m.cite(r.act, r.article, r.provision)} ({self._sources(provision_ref(r))})"
                    for r in (refs or rows))) if (refs or rows) else ""))))
        return TestOutcome(label=label, kind="legislative", status="undetermined", looked_in=looked, wanted=wanted,
                           reasons=tuple(dict.fromkeys(reasons)),
                           decisive=tuple(dict.fromkeys(provision_ref(r) for r in rows)), considered=considered)

    def incomplete_scope(self, test: LegislativeTest) -> list[str]:
        out = []
        for scope in test.scopes:
            act = self.corpus.act(scope.act)
            if act is None:
                out.append(f"act {scope.act} is not encoded")
                continue
            if act.current_to is not None and act.current_to < self.day:
                # silence in a text read as it stood on an earlier day says nothing of later amendments
                out.append(f"{act.id} is encoded as current to {act.current_to.isoformat()}, before the date checked")
            if not scope.articles:
                if act.coverage != "complete":
                    out.append(f"{act.id} is encoded only in part (some articles)")
                out += [f"{act.id} Art. {a.ref} is an excerpt" for a in act.articles if a.coverage != "complete"]
                continue
            for ref in scope.articles:
                art = act.article(ref)
                if art is None:
                    if act.coverage != "complete":
                        out.append(f"{act.id} Art. {ref} is not encoded")
                elif art.coverage != "complete":
                    out.append(f"{act.id} Art. {ref} is an excerpt")
        return out

    # -- a practice test: evidence records, dated, scoped and of the kinds it accepts ----------
    def practice(self, test: PracticeTest, records: list[EvidenceRecord]) -> TestOutcome:
        """Met when the records that count on the day cover every element the test asks for;
        partial when they cover some; needs-evidence when none counts. Every record left out
        is named, with why (not yet, ended, undated, a kind the test does not accept, about
        none of its elements)."""
        v = self.vocab
        considered: list[EvidenceRef] = []
        shown: set[str] = set()
        narrower: dict[str, list[str]] = defaultdict(list)  # element → narrower ones a record covers
        for rec in records:
            ref = evidence_ref(rec)
            why, shows, partly = self._use(test, rec)
            considered.append(ref.model_copy(update={"counted": why == "evidence", "why": why, "shows": shows}))
            if why == "evidence":
                shown.update(shows)
                for element, terms in partly.items():
                    narrower[element] += [t for t in terms if t not in narrower[element]]
        counted = [r for r in considered if r.counted]
        left_out = tuple(Reason(code=r.why, text=self._left_out(test, r)) for r in considered if not r.counted)
        base = dict(label=test.label, kind="practice", elements=test.elements, evidence=tuple(considered))
        if not counted:
            return TestOutcome(status="needs-evidence", missing=test.elements, **base, reasons=(
                Reason(code="no-evidence", text=f"this concerns practice, not the text of the law: {test.label}; "
                                                "only an evidence record can show it"
                                                + (" (none counts on the date of the check)" if left_out else "")),
                *left_out))
        reasons = tuple(Reason(code="evidence", text=self._counted(test, r)) for r in counted)
        missing = tuple(e for e in test.elements if e not in shown)
        for element in missing:
            part = narrower.get(element)
            reasons += (Reason(code="missing-element", text=(
                f"no evidence that counts covers {_label(v, element)}"
                + (f"; it covers only {', '.join(_label(v, t) for t in part)}, narrower" if part else ""))),)
        return TestOutcome(status="partial" if missing else "met", missing=missing, **base,
                           reasons=reasons + left_out)

    def _use(self, test: PracticeTest, rec: EvidenceRecord) -> tuple[str, tuple[str, ...], dict[str, list[str]]]:
        """(why the record counts or not, the test's elements it covers, elements it covers
        only in part: element → the narrower terms the record names)."""
        v = self.vocab
        if test.accepts and not (rec.kind and any(v.covers(a, rec.kind) for a in test.accepts)):
            return "evidence-kind", (), {}
        shows: tuple[str, ...] = ()
        partly: dict[str, list[str]] = {}
        if test.elements:
            shows = tuple(e for e in test.elements if any(v.covers(c, e) for c in rec.covers))
            partly = {e: [c for c in rec.covers if v.covers(e, c)] for e in test.elements if e not in shows}
            partly = {e: terms for e, terms in partly.items() if terms}
            if not shows and not partly:
                return "evidence-not-relevant", (), {}
        since = rec.since
        if since is None:
            return "evidence-undated", (), {}
        if self.day < since:
            return "evidence-not-yet", (), {}
        if rec.end is not None and self.day >= rec.end:
            return "evidence-ended", (), {}
        return "evidence", shows, partly

    def _counted(self, test: PracticeTest, r: EvidenceRef) -> str:
        covers = f"; covers {', '.join(_label(self.vocab, e) for e in r.shows)}" if r.shows else ""
        kind = f"{self.vocab.label(r.kind)}, " if r.kind else ""
        return (f"evidence ({kind}{r.period()}): {r.done} (source: {'; '.join(r.sources)}{covers}; "
                f"record at {r.location})")

    def _left_out(self, test: PracticeTest, r: EvidenceRef) -> str:
        v, day = self.vocab, self.day.isoformat()
        head = f"left out: the record '{r.done}' ({r.location})"
        if r.why == "evidence-kind":
            what = f"is {v.label(r.kind)}" if r.kind else "does not say what kind of evidence it is"
            return f"{head} {what}; this test accepts only {' or '.join(v.label(a) for a in test.accepts)}"
        if r.why == "evidence-not-relevant":
            said = ", ".join(_label(v, c) for c in r.covers) or "none of the elements"
            return (f"{head} is not relevant here: it covers {said}, and the test asks for "
                    f"{', '.join(_label(v, e) for e in test.elements)}")
        if r.why == "evidence-undated":
            return f"{head} has no date ('from' line or dated source), so it cannot show practice on {day}"
        if r.why == "evidence-not-yet":
            return f"{head} counts only {r.period()}, after the date of the check ({day})"
        return f"{head} counted only {r.period()} (until is exclusive), and so not on {day}"


def evidence_ref(rec: EvidenceRecord) -> EvidenceRef:
    sp = rec.span
    location = f"{_display_path(sp.file, os.getcwd())}:{sp.line}:{sp.column}" if sp else ""
    return EvidenceRef(requirement=rec.requirement, done=rec.done, kind=rec.kind, covers=rec.covers,
                       since=rec.since, until=rec.end, location=location,
                       sources=tuple(s.cite + (f" ({s.dated.isoformat()})" if s.dated else "") for s in rec.sources))


def combine(outcomes: list[TestOutcome]) -> str:
    """A requirement's status from its tests' statuses."""
    statuses = [o.status for o in outcomes]
    if all(s == "met" for s in statuses):
        return "met"
    if len(set(statuses)) == 1:
        return statuses[0]
    if any(s in ("met", "partial") for s in statuses):
        return "partial"
    for s in ("gap", "undetermined", "needs-evidence"):
        if s in statuses:
            return s
    return statuses[0]  # pragma: no cover


def finding_reasons(outcomes: list[TestOutcome]) -> tuple[str, ...]:
    """The reasons of a finding: each said once, prefixed with its test when there are several."""
    if len(outcomes) == 1:
        return tuple(dict.fromkeys(r.text for r in outcomes[0].reasons))
    out: list[str] = []
    said: set[str] = set()
    for o in outcomes:
        head = f"{o.label} — {o.status}"
        new = [r for r in o.reasons if r.text not in said]
        again = [r for r in o.reasons if r.text in said]
        out += [f"{head}: {r.text}" for r in dict.fromkeys(new)]
        said.update(r.text for r in new)
        if again:
            what = "; ".join(dict.fromkeys(_as_clause(r.code) for r in again))
            out.append(f"{head}: as above, {what}")
    return tuple(out)


def _as_clause(code: str) -> str:
    text = REASON_CODES.get(code, code)
    return text if text.split()[0] in ("the", "no", "a", "shown") else f"it {text}"


def deadline(req: Requirement, status: str, day: dt.date) -> Reason | None:
    """A requirement due by a date and not met: overdue on a later date, else the time left."""
    if req.due is None or status == "met":
        return None
    days = (req.due - day).days
    if days < 0:
        n = -days
        return Reason(code="overdue", text=f"overdue: it was due by {req.due.isoformat()}, {n} day{'s' * (n != 1)} "
                                           f"before the date checked ({day.isoformat()}), and nothing shows it done")
    left = "due on the date checked" if days == 0 else f"{days} day{'s' * (days != 1)} left"
    return Reason(code="due-in", text=f"due by {req.due.isoformat()}: {left} (date checked {day.isoformat()})")


def requirement_sources(pack: RequirementPack, req: Requirement) -> tuple[str, ...]:
    cited = pack.citation or pack.id
    where = f"part {req.part}"
    if req.item is not None:
        where += f", item {req.item}"
    if req.bullet is not None:
        where += f", bullet {req.bullet}"
    out = [f"{cited} {where}"]
    out += [f"GRETA report para. {p}" for p in req.greta]
    out += [f"Convention Art. {c}" for c in req.convention]
    out += [s.cite for s in req.sources]
    return tuple(out)


def _evidence_position(rec: EvidenceRecord) -> Position:
    """Where an evidence record names its requirement (after the word 'evidence')."""
    sp = rec.span
    if sp is None:
        return Position("?")
    try:
        src = line_of(read_source(sp.file), sp.line)
    except LexcheckError:
        src = None
    return Position(sp.file, sp.line, sp.column + len("evidence "), src)


def check_evidence(pack: RequirementPack, records: Iterable[EvidenceRecord],
                   vocab: Vocabulary | None = None) -> dict[str, list[EvidenceRecord]]:
    """Evidence records by requirement; a record for a requirement not in the pack, or with
    no practice test, is an error, and so (given the vocabulary) is an unknown kind or
    element."""
    by_req: dict[str, list[EvidenceRecord]] = defaultdict(list)
    ids = [r.id for r in pack.requirements]
    for rec in records:
        if pack.get(rec.requirement) is None:
            raise LexcheckError(f"evidence for requirement '{rec.requirement}', which is not in the pack",
                                _evidence_position(rec), hint=did_you_mean(rec.requirement, ids), code="E012")
        if not any(isinstance(t, PracticeTest) for t in pack.get(rec.requirement).tests):
            # evidence of practice can never satisfy what the text of the law must say
            practice = [r.id for r in pack.requirements if any(isinstance(t, PracticeTest) for t in r.tests)]
            raise LexcheckError(f"evidence for requirement '{rec.requirement}', which has no practice test: only "
                                "the text of the law can meet it",
                                _evidence_position(rec),
                                hint=did_you_mean(rec.requirement, practice), code="E012")
        if vocab is not None:
            check_evidence_terms(rec, vocab)
        by_req[rec.requirement].append(rec)
    return by_req


def check_evidence_terms(rec: EvidenceRecord, vocab: Vocabulary) -> None:
    """A record's kind and elements must be terms of the vocabulary (with a "did you mean")."""
    from .requirements import _keyword_line

    if rec.kind is not None:
        vocab.check(rec.kind, "evidence-kind", _keyword_line(rec.span, "kind", rec.kind))
    for term in rec.covers:
        vocab.check(term, "element", _keyword_line(rec.span, "covers", term))


def run_check(corpus: m.Corpus, pack: RequirementPack, vocab: Vocabulary, *, as_of: dt.date | None = None,
              evidence: Iterable[EvidenceRecord] = (), corpus_info: dict | None = None,
              ruleset_info: dict | None = None, amendments: tuple[dict, ...] = ()) -> Report:
    """Check ``corpus`` against ``pack`` on ``as_of`` (default: the pack's date)."""
    from .gcpause import paused_gc

    with paused_gc():  # many small acyclic objects; see lexcheck.gcpause
        return _run_check(corpus, pack, vocab, as_of=as_of, evidence=evidence, corpus_info=corpus_info,
                          ruleset_info=ruleset_info, amendments=amendments)


def _run_check(corpus: m.Corpus, pack: RequirementPack, vocab: Vocabulary, *, as_of: dt.date | None = None,
               evidence: Iterable[EvidenceRecord] = (), corpus_info: dict | None = None,
               ruleset_info: dict | None = None, amendments: tuple[dict, ...] = ()) -> Report:
    day = as_of or pack.as_of or dt.date.today()
    evidence_by_req = check_evidence(pack, evidence, vocab)
    index = CorpusIndex.build(corpus, day)
    assessor = Assessor(vocab, index, corpus, day)

    # facts for the engine, partitioned per act
    tests: dict[str, tuple[Requirement, LegislativeTest]] = {}
    test_facts: dict[str, list[dict]] = defaultdict(list)
    for req in pack.requirements:
        for i, test in enumerate(req.tests):
            if not isinstance(test, LegislativeTest):
                continue
            tid = f"{req.id}#{i}"
            tests[tid] = (req, test)
            key = getattr(test.pattern, m.KEY_ROLE[test.pattern.kind])
            for scope in test.scopes:
                for k in sorted(vocab.relatives(key)):
                    if scope.articles:
                        test_facts[scope.act] += [{"tid": tid, "ckind": test.pattern.kind, "key": k, "act": scope.act,
                                                   "art": a, "scope": "article"} for a in scope.articles]
                    else:
                        test_facts[scope.act].append({"tid": tid, "ckind": test.pattern.kind, "key": k,
                                                      "act": scope.act, "art": None, "scope": "act"})
    partitions = []
    for act_id in sorted(test_facts):
        clauses = [{"cid": r.cid, "ckind": r.clause.kind, "key": getattr(r.clause, m.KEY_ROLE[r.clause.kind]),
                    "act": act_id, "art": r.article.ref} for r in index.by_act.get(act_id, ())]
        partitions.append(Partition(act_id, clauses, test_facts[act_id]))
    matches: dict[str, list[Row]] = defaultdict(list)
    for tid, cid in engine().match(partitions):
        matches[tid].append(index.rows[cid])

    findings = []
    for req in pack.requirements:
        outcomes = []
        for i, test in enumerate(req.tests):
            if isinstance(test, LegislativeTest):
                rows = sorted({r.cid: r for r in matches.get(f"{req.id}#{i}", [])}.values(), key=lambda r: r.cid)
                outcomes.append(assessor.legislative(test, rows))
            else:
                outcomes.append(assessor.practice(test, evidence_by_req.get(req.id, [])))
        status = combine(outcomes)
        # on the law alone, every practice test needs evidence: met on evidence is not met in law
        in_law = combine([o if o.kind == "legislative" else o.model_copy(update={"status": "needs-evidence"})
                          for o in outcomes])
        provisions = tuple(dict.fromkeys(p for o in outcomes for p in o.decisive))
        reasons = finding_reasons(outcomes)
        due = deadline(req, status, day)
        if due is not None:  # an overdue item says so first; the time left comes last
            reasons = (due.text, *reasons) if due.code == "overdue" else (*reasons, due.text)
        loc = req.span
        findings.append(Finding(
            requirement=req.id, title=req.title, status=status, priority=req.priority,
            sources=requirement_sources(pack, req),
            location=f"{display_path(loc.file)}:{loc.line}:{loc.column}" if loc else "",
            provisions=provisions, reasons=reasons, tests=tuple(outcomes), fix=req.fix, due=req.due,
            deadline=due, status_in_law=in_law))
    order = {r.id: r.sort_key for r in pack.requirements}
    findings.sort(key=lambda f: order[f.requirement])
    return Report(lexcheck=__version__, corpus=corpus_info or {"acts": [a.id for a in corpus.acts]},
                  ruleset=ruleset_info or {"id": pack.id, "title": pack.title}, as_of=day,
                  amendments=amendments, findings=tuple(findings))


assert set(REASON_CODES) >= {"narrower-group", "later-stage", "forbidden-condition", "lower-amount", "not-free",
                             "suspended", "excerpt", "unverified"}
