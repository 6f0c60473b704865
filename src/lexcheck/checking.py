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
from .results import (REASON_CODES, EvidenceRef, Finding, ProvisionRef, Reason, Report, SearchedScope,
                      TestOutcome, shortfall_name, shortfall_weight)
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
        why = m.content_unverified(self.act, self.article, self.provision)
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
        unverified=m.content_unverified(act, art, prov),
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


@dataclass
class Place:
    """A place a test searches, resolved in the law checked: an act, or one of its articles."""

    act_id: str
    ref: str | None  # the article as the rule pack names it (None: the whole act)
    act: m.Act | None
    article: m.Article | None = None
    note: str = ""  # e.g. "now Art. 9-1 after clause 1 of bill az-x"

    @property
    def current(self) -> str | None:
        """The article's number in the law checked (it differs after a renumbering)."""
        return self.article.ref if self.article is not None else self.ref


@dataclass
class Assessed:
    """One relevant clause, weighed against a test."""

    row: Row
    shortfalls: list[Reason]
    info: list[Reason]
    suspended: list[Row]  # verified suspensions of its whole action, in force on the day
    maybe_suspended: list[Row]  # unverified ones

    @property
    def grade(self) -> tuple:
        """Lower is better: heaviest shortfall, then how many, then verified first."""
        weights = [shortfall_weight(r.code) for r in self.shortfalls]
        return (max(weights, default=0), len(weights), self.row.unverified is not None, self.row.cid)


def _until(s: m.Suspension) -> str:
    return f" until {s.end.isoformat()}" if s.end else " with no end date"


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

    def suspensions_within(self, action: str) -> list[Row]:
        """The suspensions of a strictly narrower action (they suspend it in part)."""
        found = [hit for a in self.vocab.descendants(action) - {action} for hit in self._suspending.get(a, ())]
        return [srow for _, srow in sorted(found, key=lambda hit: hit[0])]

    # -- where a test looks ---------------------------------------------------------
    def resolve(self, scope) -> list[Place]:
        """The places a scope names, in the law checked. An article is named as the rule
        pack knows it; when a bill renumbered it, the search follows it to its new number."""
        act = self.corpus.act(scope.act)
        if not scope.articles:
            return [Place(scope.act, None, act)]
        out = []
        for ref in scope.articles:
            art, note = None, ""
            if act is not None:
                same = [a for a in act.articles if m.original_ref(a) == ref]
                moved = [a for a in same if a.ref != ref]
                art = (moved or same or [None])[0]
                if moved:
                    mark = next(a for a in art.amended_by if a.kind == "renumber-article")
                    note = f"now Art. {art.ref} after clause {mark.clause} of bill {mark.bill}"
            out.append(Place(scope.act, ref, act, art, note))
        return out

    @staticmethod
    def searched(place: Place) -> SearchedScope:
        node = place.article if place.ref is not None else place.act
        where = ""
        if node is not None and node.span is not None:
            where = f"{_display_path(node.span.file, os.getcwd())}:{node.span.line}:{node.span.column}"
        return SearchedScope(act=place.act_id, ref=f"Art. {place.ref}" if place.ref is not None else "",
                             location=where, coverage=node.coverage if node is not None else "", note=place.note)

    @staticmethod
    def looked_in(test: LegislativeTest, places: list[Place]) -> tuple[str, ...]:
        out = []
        for scope in test.scopes:
            mine = [p for p in places if p.act_id == scope.act and (p.ref in scope.articles if scope.articles
                                                                    else p.ref is None)]
            if not scope.articles:
                out.append(scope.act)
                continue
            refs = [p.ref + (f" ({p.note})" if p.note else "") for p in mine]
            out.append(f"{scope.act} Art. {', '.join(refs)}")
        return tuple(dict.fromkeys(out))

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
    def unrelated(self, test: LegislativeTest, row: Row) -> tuple[str, str] | None:
        """Why a clause of the right kind in the scope does not serve the test at all, as
        (what the test wants, what the clause is about instead); None: it is relevant."""
        v, pat, cl = self.vocab, test.pattern, row.clause
        if pat.kind == "definition" and cl.term != pat.term:
            # who is a victim of crime, or a child victim, is not who is a victim of trafficking
            return f"a definition of {_label(v, pat.term)}", f"it defines {_label(v, cl.term)}"
        for role in ("party", "proceeding", "actor"):
            want, have = getattr(pat, role, None), getattr(cl, role, None)
            if want and have and v.relation(have, want) is None:
                return _label(v, want), _label(v, have)
        return None

    def relevant(self, test: LegislativeTest, row: Row) -> bool:
        """Whether a matched clause is about the same people and proceeding at all."""
        return self.unrelated(test, row) is None

    def conditions(self, test: LegislativeTest, cl) -> tuple[list[Reason], list[Reason]]:
        """(shortfalls, information) from the clause's conditions and exceptions.

        Every condition counts. A ``when`` condition narrows who gets the entitlement: it is
        allowed only where the requirement's pattern allows it (the pattern's own condition, or
        a broader one, which leaves out fewer people); one the requirement forbids weighs most;
        any other is an extra condition. An ``unless`` exception narrows likewise: it is allowed
        only where the pattern allows that exception (or a narrower one)."""
        v = self.vocab
        allowed_when = [c.term for c in test.pattern.conditions if c.mode == "when"]
        allowed_unless = [c.term for c in test.pattern.conditions if c.mode == "unless"]
        out: list[Reason] = []
        info: list[Reason] = []
        for cond in cl.conditions:
            what = _label(v, cond.term)
            if cond.mode == "when":
                if any(v.covers(f, cond.term) for f in test.forbid):
                    out.append(Reason(code="forbidden-condition", term=cond.term, text=(
                        f"it applies only when {what}, a condition the requirement forbids")))
                elif any(v.covers(cond.term, a) for a in allowed_when):
                    info.append(Reason(code="allowed-condition", text=f"it applies when {what}, a condition the "
                                                                      "requirement allows"))
                else:
                    out.append(Reason(code="extra-condition", term=cond.term, text=f"it applies only when {what}, a condition the "
                                      "requirement does not allow, so anyone for whom that is not so is left out"))
            elif any(v.covers(a, cond.term) for a in allowed_unless):
                info.append(Reason(code="allowed-condition", text=f"it does not apply where {what}, an exception "
                                                                  "the requirement allows"))
            else:
                out.append(Reason(code="extra-exception", term=cond.term, text=f"it does not apply where {what}, an exception the "
                                  "requirement does not allow, so anyone in that case is left out"))
        return out, info

    def weigh(self, test: LegislativeTest, row: Row) -> Assessed:
        """Every way the clause falls short of the test (none: it meets it), what it says that the
        test allows, and the suspensions of its action in force on the day."""
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
            out.append(Reason(code="narrower-proceeding", text=f"it applies only to {_label(v, have)}, which is "
                              + ("narrower than " if rel == "narrower" else "only part of ") + _label(v, want)))
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
        extra, info = self.conditions(test, cl)
        out += extra
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
        whole: list[Row] = []
        maybe: list[Row] = []
        action = getattr(cl, "action", None)
        if action and cl.kind in ("obligation", "permission"):  # a suspension names an action; rights have none
            for srow in self.suspensions_of(action):
                if srow.clause.active_on(self.day):
                    (whole if srow.unverified is None else maybe).append(srow)
            for srow in self.suspensions_within(action):
                s = srow.clause
                if s.active_on(self.day) and srow.unverified is None:
                    out.append(Reason(code="suspended", text=(
                        f"{m.cite(srow.act, srow.article, srow.provision)} suspends {_label(v, s.action)}"
                        f"{_until(s)}, which is part of what it provides"), provisions=(provision_ref(srow),)))
                elif s.active_on(self.day):
                    info.append(Reason(code="unverified-suspension", text=(
                        f"{m.cite(srow.act, srow.article, srow.provision)} may suspend {_label(v, s.action)}"
                        f"{_until(s)}, but it is not verified: {srow.unverified}"), provisions=(provision_ref(srow),)))
        return Assessed(row, out, info, whole, maybe)

    def _suspension_text(self, srow: Row) -> str:
        s = srow.clause
        except_ = [c.term for c in s.conditions if c.mode == "unless"]
        only = [c.term for c in s.conditions if c.mode == "when"]
        text = f"{m.cite(srow.act, srow.article, srow.provision)} suspends {_label(self.vocab, s.action)}"
        if s.start:
            text += f" from {s.start.isoformat()}"
        text += _until(s)
        if only:
            text += " where " + " or ".join(_label(self.vocab, t) for t in only)
        if except_:
            text += " (except where " + " or ".join(_label(self.vocab, t) for t in except_) + ")"
        return text

    # -- one test --------------------------------------------------------------------
    def legislative(self, test: LegislativeTest, candidates: list[Row]) -> TestOutcome:
        """The verdict of one legislative test, from the clauses the engine matched in its scope.

        A test is judged on its best provision: a verified one in force that meets it (met),
        else the verified one that goes furthest (partial; every such provision is named,
        the closest first), else one that would serve but is not verified or may be
        suspended by an unverified suspension (undetermined), else one that would serve but
        whose action is wholly suspended on the day (gap: a suspension leaves nothing),
        else nothing: a gap where the scope is encoded completely, undetermined otherwise.
        A provision can therefore only ever make a test better, never worse.
        """
        places = [p for s in test.scopes for p in self.resolve(s)]
        searched = tuple(dict.fromkeys(self.searched(p) for p in places))
        looked = self.looked_in(test, places)
        wanted = format_clause(test.pattern)
        label = test.label or wanted
        assessed: list[Assessed] = []
        aside: list[tuple[Row, str]] = []
        for r in candidates:
            why = self.unrelated(test, r)
            if why is None:
                assessed.append(self.weigh(test, r))
            else:
                aside.append((r, why))
        assessed.sort(key=lambda a: a.grade)
        considered = tuple(dict.fromkeys([provision_ref(a.row) for a in assessed]
                                         + [provision_ref(r) for r, _ in aside]))
        common = dict(label=label, kind="legislative", looked_in=looked, wanted=wanted, considered=considered,
                      searched=searched)
        set_aside: tuple[Reason, ...] = ()
        by_want: dict[str, list[tuple[Row, str]]] = defaultdict(list)
        for r, (want, have) in aside:
            by_want[want].append((r, have))
        for want, rows in by_want.items():  # one reason per thing wanted, each provision with what it is about
            set_aside += (Reason(code="does-not-serve", text=(
                f"considered and set aside, as about something other than {want}: "
                + "; ".join(f"{m.cite(r.act, r.article, r.provision)} ({have})" for r, have in rows)),
                provisions=tuple(provision_ref(r) for r, _ in rows)),)

        ref_amount = self.reference_amount(test)
        if ref_amount is not None and ref_amount[0] is None and assessed:
            return self.unknown_reference(test, assessed, ref_amount[2], common, set_aside)
        live = [a for a in assessed if not a.suspended and not a.maybe_suspended]
        verified = [a for a in live if a.row.unverified is None]
        unsure = [a for a in live if a.row.unverified is not None]
        if verified and not verified[0].shortfalls:
            a = verified[0]
            ref = provision_ref(a.row)
            return TestOutcome(status="met", reasons=(
                Reason(code="met", text=f"{m.cite(a.row.act, a.row.article, a.row.provision)} says it",
                       provisions=(ref,)), *a.info), decisive=(ref,), **common)
        would: list[Reason] = []  # unverified provisions that would go further
        for a in unsure:
            where = m.cite(a.row.act, a.row.article, a.row.provision)
            ref = provision_ref(a.row)
            if not a.shortfalls:
                would.append(Reason(code="unverified", text=f"{where} would meet it, but it is not verified: "
                                                            f"{a.row.unverified}", provisions=(ref,)))
        if verified:  # the verified provisions that go part of the way, the closest first
            reasons: list[Reason] = []
            for a in verified:
                reasons += self._part_way(a)
            best = verified[0]
            return TestOutcome(status="partial", reasons=tuple(dict.fromkeys([*reasons, *would, *set_aside])),
                               # the verified provisions, then any unverified one that would meet it
                               decisive=tuple(dict.fromkeys([provision_ref(a.row) for a in verified]
                                                            + [p for r in would for p in r.provisions])),
                               shortfalls=tuple(x.shortfall for x in best.shortfalls), **common)
        maybe = [a for a in assessed if a.maybe_suspended and not a.suspended]
        if unsure or maybe:
            reasons = list(would)
            for a in unsure:
                if a.shortfalls:
                    where = m.cite(a.row.act, a.row.article, a.row.provision)
                    reasons += self._part_way(a)
                    reasons.append(Reason(code="unverified", text=f"{where} is not verified: {a.row.unverified}",
                                          provisions=(provision_ref(a.row),)))
            for a in maybe:
                where = m.cite(a.row.act, a.row.article, a.row.provision)
                for srow in a.maybe_suspended:
                    reasons.append(Reason(code="unverified", text=(
                        f"{where} {self._would(a)}, but {self._suspension_text(srow)}, and that suspension is not "
                        f"verified: {srow.unverified}; until it is, the law cannot be taken as restored"),
                        provisions=(provision_ref(a.row), provision_ref(srow))))
            pool = unsure + maybe
            best = min(pool, key=lambda a: a.grade)
            reasons.append(self.decide_unverified([a.row for a in unsure]
                                                  + [s for a in maybe for s in a.maybe_suspended]))
            return TestOutcome(status="undetermined", reasons=tuple(dict.fromkeys([*reasons, *set_aside])),
                               decisive=tuple(dict.fromkeys(
                                   [provision_ref(a.row) for a in pool]
                                   + [provision_ref(s) for a in maybe for s in a.maybe_suspended])),
                               shortfalls=tuple(x.shortfall for x in best.shortfalls), **common)
        suspended = [a for a in assessed if a.suspended]
        if suspended:  # a suspension leaves nothing: the provision goes none of the way on this day
            reasons = []
            for a in suspended:
                where = m.cite(a.row.act, a.row.article, a.row.provision)
                for srow in a.suspended:
                    reasons.append(Reason(code="suspended", text=(
                        f"{where} {self._would(a)}, but {self._suspension_text(srow)}: on {self.day.isoformat()} "
                        "it goes none of the way"), provisions=(provision_ref(a.row), provision_ref(srow))))
            return TestOutcome(status="gap", reasons=tuple(dict.fromkeys([*reasons, *set_aside])),
                               decisive=tuple(dict.fromkeys(
                                   [provision_ref(s) for a in suspended for s in a.suspended]
                                   + [provision_ref(a.row) for a in suspended])), **common)
        # nothing found: a gap only where every searched place is encoded completely
        missing = self.incomplete_scope(places)
        if missing:
            return TestOutcome(status="undetermined", reasons=(
                Reason(code="no-provision", text=f"no provision in {', '.join(looked)} says it"),
                Reason(code="excerpt", text="but the search cannot be conclusive: " + "; ".join(missing)),
                self.decide_excerpt(test), *set_aside), **common)
        return TestOutcome(status="gap", reasons=(Reason(code="no-provision", text=(
            f"no provision in {', '.join(looked)} says it, and that scope is encoded completely")), *set_aside),
            **common)

    def unknown_reference(self, test: LegislativeTest, assessed: list[Assessed], why: str, common: dict,
                          set_aside: tuple[Reason, ...]) -> TestOutcome:
        """An amount that must exceed the one in force on a date that is not known: undetermined."""
        day = test.increase_since.isoformat()
        reasons: list[Reason] = []
        for a in assessed:
            reasons += self._part_way(a)
        rows = [a.row for a in assessed]
        refs = [r for scope in test.scopes for r in self.index_on(test.increase_since).by_act.get(scope.act, ())
                if r.clause.kind == "amount" and (not scope.articles or r.article.ref in scope.articles)]
        reasons += [Reason(code="reference-unknown", text=(
            f"it must exceed the amount in force on {day}, which is not known ({why}), so an increase "
            "cannot be shown")),
            Reason(code="would-decide", text=(
                f"what would decide it: the amount in force on {day}, and the act that set it"
                + (", checked against the sources of " + "; ".join(dict.fromkeys(
                    f"{m.cite(r.act, r.article, r.provision)} ({self._sources(provision_ref(r))})"
                    for r in (refs or rows))) if (refs or rows) else "")))]
        best = min(assessed, key=lambda a: a.grade)
        return TestOutcome(status="undetermined", reasons=tuple(dict.fromkeys([*reasons, *set_aside])),
                           decisive=tuple(dict.fromkeys(provision_ref(r) for r in rows)),
                           shortfalls=tuple(x.shortfall for x in best.shortfalls), **common)

    @staticmethod
    def _would(a: Assessed) -> str:
        """What a suspended provision would do if it were not suspended: serve, or go part of the way (how)."""
        if not a.shortfalls:
            return "would serve"
        return "would go part of the way (" + "; ".join(f"{shortfall_name(x.code)}: {x.text}"
                                                       for x in a.shortfalls) + ")"

    @staticmethod
    def _part_way(a: Assessed) -> list[Reason]:
        where = m.cite(a.row.act, a.row.article, a.row.provision)
        ref = provision_ref(a.row)
        return ([Reason(code=x.code, text=f"{where} goes part of the way ({shortfall_name(x.code)}): {x.text}",
                        provisions=(ref, *x.provisions), term=x.term) for x in a.shortfalls]
                + [Reason(code=x.code, text=f"{where}: {x.text}", provisions=(ref, *x.provisions)) for x in a.info])

    def incomplete_scope(self, places: list[Place]) -> list[str]:
        """What keeps the search of these resolved places from being conclusive."""
        out = []
        for p in places:
            act = p.act
            if act is None:
                out.append(f"act {p.act_id} is not encoded")
                continue
            if act.current_to is not None and act.current_to < self.day:
                # silence in a text read as it stood on an earlier day says nothing of later amendments
                out.append(f"{act.id} is encoded as current to {act.current_to.isoformat()}, before the date checked")
            if p.ref is None:
                if act.coverage != "complete":
                    out.append(f"{act.id} is encoded only in part (some articles)")
                out += [f"{act.id} Art. {a.ref} is an excerpt" for a in act.articles if a.coverage != "complete"]
            elif p.article is None:
                if act.coverage != "complete":
                    out.append(f"{act.id} Art. {p.ref} is not encoded")
            elif p.article.coverage != "complete":
                out.append(f"{act.id} Art. {p.current} is an excerpt")
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
            places = [p for scope in test.scopes for p in assessor.resolve(scope)]
            for k in sorted(vocab.relatives(key)):
                for p in places:
                    if p.ref is not None:  # an article, followed to its number in the law checked
                        test_facts[p.act_id].append({"tid": tid, "ckind": test.pattern.kind, "key": k,
                                                     "act": p.act_id, "art": p.current, "scope": "article"})
                    else:
                        test_facts[p.act_id].append({"tid": tid, "ckind": test.pattern.kind, "key": k,
                                                     "act": p.act_id, "art": None, "scope": "act"})
    partitions = []
    for act_id in sorted(test_facts):
        clauses = [{"cid": r.cid, "ckind": r.clause.kind, "key": getattr(r.clause, m.KEY_ROLE[r.clause.kind]),
                    "act": act_id, "art": r.article.ref} for r in index.by_act.get(act_id, ())]
        partitions.append(Partition(act_id, clauses, test_facts[act_id]))
    from .progress import bar

    matches: dict[str, list[Row]] = defaultdict(list)
    with bar("checking acts", len(partitions)) as shown:
        pairs = engine().match(shown.each(partitions))
    for tid, cid in pairs:
        matches[tid].append(index.rows[cid])

    findings = []
    for req in pack.requirements:
        outcomes = []
        for i, test in enumerate(req.tests):
            if isinstance(test, LegislativeTest):
                rows = sorted({r.cid: r for r in matches.get(f"{req.id}#{i}", [])}.values(),
                              key=lambda r: int(r.cid[1:]))  # the order of the law
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
            searched=tuple(dict.fromkeys(s for o in outcomes for s in o.searched)), deadline=due,
            status_in_law=in_law))
    order = {r.id: r.sort_key for r in pack.requirements}
    findings.sort(key=lambda f: order[f.requirement])
    return Report(lexcheck=__version__, corpus=corpus_info or {"acts": [a.id for a in corpus.acts]},
                  ruleset=ruleset_info or {"id": pack.id, "title": pack.title}, as_of=day,
                  amendments=amendments, findings=tuple(findings))


assert set(REASON_CODES) >= {"narrower-group", "later-stage", "forbidden-condition", "lower-amount", "not-free",
                             "suspended", "excerpt", "unverified"}
