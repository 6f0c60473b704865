"""Property: on random small corpora and packs, the engine agrees with a reference.

The reference evaluation below is deliberately simple and written from the design's
definitions of the statuses, not from ``checking.py``: for every test it walks every
clause of every provision by brute force (no engine, no index, no partitions), with its
own tiny vocabulary closure. Hypothesis generates the corpora and packs as *text* in
the notations, so the parsers are exercised on the way: exemptions, rights (stage, free
of charge), obligations (and suspensions of their action), amounts (minimum, unit),
conditions (allowed by the pattern, forbidden, or neither), suspensions as a whole or in part, unverified provisions and articles, provisions in force or not
on the day (or only observed), excerpts, practice tests with and without evidence,
several tests per requirement.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lexcheck.checking import run_check
from lexcheck.legislation import check_terms, parse_act
from lexcheck.model import Corpus
from lexcheck.requirements import EvidenceRecord, check_scopes, parse_requirements
from lexcheck.model import Source
from lexcheck.vocabulary import parse_vocabulary

# ---- the reference's own vocabulary -----------------------------------------------------
# term -> (kind, parents). p-ab sits under both p-a and p-b (so p-a and p-b overlap); f-12
# and f-13 make fees overlap (f-1 with f-2, and f-1 with f-3, which is no fee's child).
TERMS = {
    "p-all": ("party", ()), "p-a": ("party", ("p-all",)), "p-a1": ("party", ("p-a",)),
    "p-b": ("party", ("p-all",)), "p-ab": ("party", ("p-a", "p-b")), "p-x": ("party", ()),
    "f-all": ("fee", ()), "f-1": ("fee", ("f-all",)), "f-2": ("fee", ("f-all",)), "f-12": ("fee", ("f-1", "f-2")),
    "f-3": ("fee", ()), "f-13": ("fee", ("f-1", "f-3")),
    "r-all": ("proceeding", ()), "r-1": ("proceeding", ("r-all",)), "r-2": ("proceeding", ("r-all",)),
    "r-12": ("proceeding", ("r-1", "r-2")),
    "e-all": ("entitlement", ()), "e-1": ("entitlement", ("e-all",)), "e-2": ("entitlement", ()),
    "a-all": ("actor", ()), "a-1": ("actor", ("a-all",)), "a-x": ("actor", ()), "a-1x": ("actor", ("a-1", "a-x")),
    "x-all": ("action", ()), "x-1": ("action", ("x-all",)), "x-2": ("action", ()), "x-12": ("action", ("x-1", "x-2")),
    "m-1": ("parameter", ()),
    "s-1": ("stage", ()), "s-2": ("stage", ()), "s-3": ("stage", ()),
    "c-coop": ("condition", ()), "c-court": ("condition", ("c-coop",)), "c-means": ("condition", ()),
    "c-poor": ("condition", ("c-means",)),
}
STAGES = ["s-1", "s-2", "s-3"]  # in procedural order
DAY = dt.date(2023, 3, 31)  # the date of every check
VOCAB_TEXT = "".join(f'{kind} {t} "{t}"' + (f" under {', '.join(ps)}" if ps else "") + "\n"
                     for t, (kind, ps) in TERMS.items())
VOCAB = parse_vocabulary(VOCAB_TEXT, "<reference.vocab>")
KEY_KIND = {"exemption": "fee", "right": "entitlement", "obligation": "action", "amount": "parameter",
            "suspension": "action"}


def of_kind(kind):
    return [t for t, (k, _) in TERMS.items() if k == kind]


def up(term: str) -> set[str]:
    """The term and everything above it."""
    out = {term}
    for p in TERMS[term][1]:
        out |= up(p)
    return out


def related(have: str, want: str) -> str | None:
    if have == want:
        return "same"
    if have in up(want):
        return "broader"
    if want in up(have):
        return "narrower"
    if any(have in up(t) and want in up(t) for t in TERMS):
        return "overlap"
    return None


# ---- random corpora and packs, as data and as text ---------------------------------------

@dataclass(frozen=True)
class C:  # a clause, of the law or of a requirement's pattern
    kind: str  # exemption | right | obligation | amount | suspension (law only)
    key: str  # fee, entitlement, action or parameter
    party: str | None = None
    proceeding: str | None = None  # exemption
    stage: str | None = None  # right
    free: bool = False  # right
    actor: str | None = None  # obligation
    value: int = 0  # amount
    unit: str = "AZN"  # amount
    start: dt.date | None = None  # suspension
    end: dt.date | None = None  # suspension
    conds: tuple[str, ...] = ()  # "when" conditions

    def text(self):
        if self.kind == "exemption":
            s = f"exempts {self.party} from {self.key} in {self.proceeding}"
        elif self.kind == "right":
            s = f"grants {self.party} {self.key}" + (f" from {self.stage}" if self.stage else "") \
                + (" free-of-charge" if self.free else "")
        elif self.kind == "obligation":
            s = f"obliges {self.actor} to {self.key}" + (f" for {self.party}" if self.party else "")
        elif self.kind == "amount":
            s = f"amount {self.key} {self.value} {self.unit}" + (f" for {self.party}" if self.party else "")
        else:
            s = f"suspends {self.key}" + (f" from {self.start}" if self.start else "") \
                + (f" until {self.end}" if self.end else "")
        return s + "".join(f" when {c}" for c in self.conds)


def clauses(draw, broad=0):
    """A clause; ``broad`` > 0 makes the broadest terms likelier (so that laws often meet tests)."""
    def pick(kind):
        roots = [t for t in of_kind(kind) if not TERMS[t][1]]
        return draw(st.sampled_from(of_kind(kind) + roots * broad))

    kind = draw(st.sampled_from(["exemption", "right", "obligation", "amount"]))
    key = pick(KEY_KIND[kind])
    if kind == "exemption":
        return C(kind, key, party=pick("party"), proceeding=pick("proceeding"))
    if kind == "right":
        return C(kind, key, party=pick("party"), stage=draw(st.none() | st.sampled_from(STAGES[:1] * broad + STAGES)),
                 free=draw(st.booleans()))
    if kind == "obligation":
        return C(kind, key, actor=pick("actor"), party=draw(st.none() | st.none() | st.just(pick("party"))))
    return C(kind, key, party=draw(st.none() | st.just(pick("party"))), value=draw(st.sampled_from([50, 100, 200])),
             unit=draw(st.sampled_from(["AZN", "AZN", "EUR"])))


@st.composite
def law_clause(draw):
    if draw(st.integers(0, 3)) == 0:  # a suspension, active on the day of the check or not
        start = draw(st.none() | st.sampled_from([dt.date(2020, 1, 1), DAY, dt.date(2023, 4, 1)]))
        end = draw(st.none() | st.sampled_from([DAY, dt.date(2023, 4, 1), dt.date(2030, 1, 1)]))
        if start and end and end <= start:
            start = None
        return C("suspension", draw(st.sampled_from(of_kind("action"))), start=start, end=end)
    c = clauses(draw, broad=3)
    return replace(c, conds=tuple(draw(st.lists(st.sampled_from(of_kind("condition")), max_size=2, unique=True))))


BEFORE, AFTER = dt.date(2020, 1, 1), dt.date(2023, 4, 1)
# when a provision is in force: always (None), a period around the day, or only observed
periods = st.one_of(st.none(), st.none(), st.just("observed"),
                    st.sampled_from([(BEFORE, None), (AFTER, None), (None, DAY), (None, AFTER), (BEFORE, DAY)]))


def in_force(period) -> bool:
    if period is None or period == "observed":
        return True
    start, end = period
    return (start is None or start <= DAY) and (end is None or DAY < end)


@st.composite
def act(draw, act_id):
    coverage = draw(st.sampled_from(["complete", "complete", "excerpt"]))
    arts = []
    for ref in sorted(draw(st.sets(st.sampled_from(["1", "2", "3"]), min_size=1))):
        provs = [(f"{ref}.{i + 1}", draw(st.booleans()) and draw(st.booleans()),
                  draw(st.lists(law_clause(), max_size=3)), draw(periods))
                 for i in range(draw(st.integers(0, 4)))]
        arts.append((ref, draw(st.sampled_from(["complete", "complete", "excerpt"])), draw(st.integers(0, 4)) == 0,
                     provs))
    return act_id, coverage, arts


def act_text(a) -> str:
    act_id, coverage, arts = a
    lines = [f'act {act_id} "Act {act_id}"', "  jurisdiction zz", f"  encoded {coverage}"]
    for ref, cov, unverified, provs in arts:
        lines.append(f'article {ref} "Article {ref}" {cov}')
        if unverified:
            lines.append('  unverified "article not verified"')
        for pref, p_unverified, cls, period in provs:
            lines.append(f'  provision {pref} "Provision {pref}"')
            if p_unverified:
                lines.append('    unverified "provision not verified"')
            if period == "observed":
                lines.append("    observed 2022")
            elif period is not None:
                lines.append("    in-force" + (f" from {period[0]}" if period[0] else "")
                             + (f" until {period[1]}" if period[1] else ""))
            lines += [f"    {c.text()}" for c in cls]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class T:  # a legislative test
    pattern: C
    act: str
    articles: tuple[str, ...]
    forbid: tuple[str, ...]


@st.composite
def leg_test(draw):
    pattern = clauses(draw)  # the pattern may allow a condition
    pattern = replace(pattern, conds=tuple(draw(st.lists(st.sampled_from(of_kind("condition")), max_size=1))))
    return T(pattern, draw(st.sampled_from(["a", "b"])),
             tuple(sorted(draw(st.sets(st.sampled_from(["1", "2", "3", "4"]), max_size=2)))),
             tuple(f for f in draw(st.lists(st.sampled_from(of_kind("condition")), max_size=2, unique=True))
                   if not any(f in up(a) or a in up(f) for a in pattern.conds)))  # never both allowed and forbidden


@st.composite
def requirement(draw):
    tests = draw(st.lists(st.one_of(leg_test(), leg_test(), leg_test(), st.just("practice")), min_size=1, max_size=2))
    return tests, draw(st.booleans())  # the tests, and whether practice evidence exists


def pack_text(reqs) -> str:
    lines = ['pack ref "Reference pack"', "  as-of 2023-03-31"]
    for n, (tests, _) in enumerate(reqs, 1):
        lines += [f'requirement A.{n} "Requirement {n}"', f"  greta {n}"]
        for t in tests:
            if t == "practice":
                lines.append('  practice "something done in practice"')
                continue
            lines += ["  legislative", f"    requires {t.pattern.text()}",
                      f"    look-in {t.act}" + (f" article {', '.join(t.articles)}" if t.articles else "")]
            if t.forbid:
                lines.append(f"    forbid {', '.join(t.forbid)}")
    return "\n".join(lines) + "\n"


# ---- the reference evaluation ---------------------------------------------------------------

def suspensions(action: str, acts) -> tuple[set[str], set[str]]:
    """The suspensions in force on the day of the check that cover ``action`` as a whole, or
    some narrower action (in part): ({"verified", "unverified"} found, likewise in part)."""
    whole, part = set(), set()
    for _, _, arts in acts:
        for _, _, art_unverified, provs in arts:
            for _, p_unverified, cls, period in provs:
                if not in_force(period):
                    continue
                sure = "unverified" if (p_unverified or art_unverified or period == "observed") else "verified"
                for c in cls:
                    if c.kind != "suspension" or not ((c.start is None or c.start <= DAY)
                                                      and (c.end is None or DAY < c.end)):
                        continue
                    if c.key in up(action):
                        whole.add(sure)
                    elif action in up(c.key):
                        part.add(sure)
    return whole, part


def reference_test(t: T, acts) -> str:
    a = next(x for x in acts if x[0] == t.act)
    _, act_cov, arts = a
    pat = t.pattern
    met_v = met_u = part_v = part_u = maybe_suspended = wholly_suspended = False
    for ref, _, art_unverified, provs in arts:
        if t.articles and ref not in t.articles:
            continue
        for _, p_unverified, cls, period in provs:
            if not in_force(period):
                continue  # not law on the day of the check
            # a provision only observed in force has no verified period
            unverified = p_unverified or art_unverified or period == "observed"
            for c in cls:
                if c.kind != pat.kind:
                    continue
                rel = {"key": related(c.key, pat.key)}
                for role in ("party", "proceeding", "actor"):
                    have, want = getattr(c, role), getattr(pat, role)
                    if have and want:
                        rel[role] = related(have, want)
                if None in rel.values():
                    continue  # about something else, other people, another proceeding or authority
                # a narrower (or partly overlapping) matter, group or proceeding falls short; the
                # authority may be broader or narrower (the state acts through its authorities)
                short = any(rel.get(role) in ("narrower", "overlap") for role in ("key", "party", "proceeding"))
                if pat.kind == "right":
                    if pat.stage and (c.stage is None or STAGES.index(c.stage) > STAGES.index(pat.stage)):
                        short = True
                    if pat.free and not c.free:
                        short = True
                if pat.kind == "amount" and (c.unit != pat.unit or c.value < pat.value):
                    short = True
                # every condition counts: one the pattern allows (it, or a broader one) is fine,
                # any other (forbidden or not) narrows the entitlement
                if any(not any(cond in up(allowed) for allowed in pat.conds) for cond in c.conds):
                    short = True
                if pat.kind == "obligation":
                    whole, part = suspensions(c.key, acts)
                    if "verified" in whole:
                        wholly_suspended = True  # a suspension leaves nothing
                        continue
                    if whole:
                        maybe_suspended = True  # an unverified suspension: nothing settles it
                        continue
                    if "verified" in part:
                        short = True
                if short:
                    part_v, part_u = part_v or not unverified, part_u or unverified
                else:
                    met_v, met_u = met_v or not unverified, met_u or unverified
    if met_v:
        return "met"
    if part_v:  # a verified provision goes part of the way, whatever an unverified one might do
        return "partial"
    if met_u or part_u or maybe_suspended:
        return "undetermined"
    if wholly_suspended:
        return "gap"
    by_ref = {ref: cov for ref, cov, _, _ in arts}
    if t.articles:
        complete = all(by_ref.get(r, act_cov) == "complete" for r in t.articles)
    else:
        complete = act_cov == "complete" and all(cov == "complete" for cov in by_ref.values())
    return "gap" if complete else "undetermined"


def reference_requirement(tests, evidence: bool, acts) -> str:
    got = [("met" if evidence else "needs-evidence") if t == "practice" else reference_test(t, acts) for t in tests]
    if all(s == "met" for s in got):
        return "met"
    if len(set(got)) == 1:
        return got[0]
    if "met" in got or "partial" in got:
        return "partial"
    for s in ("gap", "undetermined", "needs-evidence"):
        if s in got:
            return s
    raise AssertionError(got)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(acts=st.tuples(act("a"), act("b")), reqs=st.lists(requirement(), min_size=1, max_size=4))
def test_engine_agrees_with_the_reference(acts, reqs):
    corpus = Corpus(acts=tuple(parse_act(act_text(a), f"<{a[0]}.lex>") for a in acts))
    check_terms(corpus, VOCAB)
    header, parsed = parse_requirements(pack_text(reqs), "<ref.req>")
    pack = header.model_copy(update={"requirements": tuple(r for r, _ in parsed)})
    check_scopes(pack, corpus)
    evidence = [EvidenceRecord(requirement=f"A.{n}", done="done", sources=(Source(cite="a record", dated=DAY),))
                for n, (tests, has) in enumerate(reqs, 1) if has and "practice" in tests]
    report = run_check(corpus, pack, VOCAB, as_of=DAY, evidence=evidence)
    got = {f.requirement: f.status for f in report.findings}
    expected = {f"A.{n}": reference_requirement(tests, has, acts) for n, (tests, has) in enumerate(reqs, 1)}
    assert got == expected
