"""The Gherkin step library: a lawyer's sentences → calls on a scenario's :class:`Case`.

Every step is declared with :func:`phrase`, which registers it with pytest-bdd and
records its wording, an example and a short explanation in :data:`GLOSSARY` (from
which ``docs/steps.md`` and ``lexcheck steps`` are generated). Steps are matched as
whole sentences (regular expressions, full match); no two steps match one sentence.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, then, when

from ..results import STATUSES
from .case import Case, expect, fail, locate_docstring, parse_day

CURRENT_STEP = pytest.StashKey[object]()
CURRENT_SCENARIO = pytest.StashKey[object]()


@dataclasses.dataclass(frozen=True)
class Phrase:
    """One step of the glossary: its type, its wording, an example and what it does."""

    kind: str  # given | when | then
    wording: str  # as a reader sees it, with <placeholders>
    example: str  # a full example, possibly several lines (docstring or table)
    explanation: str
    section: str
    pattern: str  # the regular expression pytest-bdd matches (full match)


GLOSSARY: list[Phrase] = []
_DECORATORS = {"given": given, "when": when, "then": then}

RID = r"(?:requirement )?(?P<rid>[A-Z](?:\.\d+)*)"
DATE = r"(?P<day>\d{1,2} [A-Za-z]+ \d{4}|\d{4}-\d{2}-\d{2})"
WHEN_PHRASE = rf"(?: (?:as it stood on|as of|on) {DATE})?"
STATUS_WORDS = {"met": "met", "a gap": "gap", "partial": "partial", "partly met": "partial",
                "undetermined": "undetermined", "needs-evidence": "needs-evidence",
                "needs evidence": "needs-evidence"}
STATUS = r"(?P<status>met|a gap|partial|partly met|undetermined|needs-evidence|needs evidence)"
CHANGE_VERBS = {"closes": "closed", "improves": "improved", "regresses": "regressed", "opens": "opened",
                "leaves unchanged": "unchanged"}


def phrase(kind: str, wording: str, pattern: str, example: str, explanation: str, section: str,
           target_fixture: str | None = None):
    """Declare a step: register it with pytest-bdd (full-match regex) and in the glossary."""
    GLOSSARY.append(Phrase(kind, wording, example, explanation, section, pattern))

    def decorate(fn):
        return _DECORATORS[kind](parsers.re(pattern), target_fixture=target_fixture, stacklevel=2)(fn)

    return decorate


# ---- the scenario's state ----------------------------------------------------------------

@pytest.fixture
def lexcheck_case(request) -> Case:
    """The case a scenario builds up (corpus, rule pack, date, bills …) and its results."""
    scenario = request.node.stash.get(CURRENT_SCENARIO, None)
    feature_file = getattr(getattr(scenario, "feature", None), "filename", None)
    base = Path(feature_file).parent if feature_file else Path(str(request.config.rootpath))
    return Case(base=base, rootdir=Path(str(request.config.rootpath)))


def _docstring(request, docstring: str):
    step = request.node.stash.get(CURRENT_STEP, None)
    scenario = request.node.stash.get(CURRENT_SCENARIO, None)
    feature_file = getattr(getattr(scenario, "feature", None), "filename", "<feature>")
    return locate_docstring(docstring, feature_file, getattr(step, "line_number", 0))


def _status(word: str) -> str:
    return STATUS_WORDS[word]


def _as(status: str) -> str:
    """A status as a sentence says it: 'a gap', 'met', 'partial' …"""
    return {"gap": "a gap", "needs-evidence": "in need of evidence"}.get(status, status)


def _describe(finding) -> str:
    lines = [f"{finding.requirement} ({finding.title}) is {finding.status}"]
    lines += [f"  because: {r}" for r in finding.reasons]
    if finding.provisions:
        lines += [f"  relying on: {p.act} {p.ref} ({p.location})" for p in finding.provisions]
    return "\n".join(lines)


# ---- the law, the recommendation and the date -------------------------------------------------
S1 = "The law, the recommendation and the date"


@phrase("given", "the law of Azerbaijan [as it stood on <date> | as of <date>]",
        rf"the law of Azerbaijan{WHEN_PHRASE}",
        "Given the law of Azerbaijan as it stood on 31 March 2023",
        "Check the built-in Azerbaijan corpus, on the date given (without a date: the rule "
        "pack's own date, for CP/Rec(2023)03 the last day of the GRETA meeting that adopted "
        "its report). Dates are written '31 March 2023' or '2023-03-31'.", S1)
def _law_of_azerbaijan(lexcheck_case: Case, day: str | None = None):
    from ..resources import default_corpus

    lexcheck_case.corpus_path = default_corpus()
    if day:
        lexcheck_case.as_of = parse_day(day)


@phrase("given", 'the legislation in "<folder>" [as it stood on <date> | as of <date>]',
        rf'the legislation in "(?P<folder>[^"]+)"{WHEN_PHRASE}',
        'Given the legislation in "corpus" as of 1 February 2024',
        "Check another corpus: a folder of .lex files, read relative to the feature file's "
        "folder (or else to the project's root folder).", S1)
def _legislation_in(lexcheck_case: Case, folder: str, day: str | None = None):
    lexcheck_case.corpus_path = lexcheck_case.path(folder, "the legislation folder")
    if day:
        lexcheck_case.as_of = parse_day(day)


@phrase("given", "the law as it stood on <date>  /  the law as of <date>",
        rf"the law (?:as it stood on|as of) {DATE}",
        "Given the law as of 1 February 2024",
        "Check the law in force on this date (the corpus stays as chosen before).", S1)
def _the_date(lexcheck_case: Case, day: str):
    lexcheck_case.as_of = parse_day(day)


@phrase("given", "Recommendation CP/Rec(2023)03",
        r"(?:the requirements of )?Recommendation CP/Rec\(2023\)03",
        "Given Recommendation CP/Rec(2023)03",
        "Check against the built-in rule pack of Recommendation CP/Rec(2023)03 (the default).", S1)
def _built_in_pack(lexcheck_case: Case):
    from ..resources import default_rules

    lexcheck_case.rules_path = default_rules()


@phrase("given", 'the requirements in "<folder>"',
        r'the requirements in "(?P<folder>[^"]+)"',
        'Given the requirements in "rules"',
        "Check against another rule pack: a folder of .req files (relative to the feature "
        "file's folder, or else to the project's root folder).", S1)
def _requirements_in(lexcheck_case: Case, folder: str):
    lexcheck_case.rules_path = lexcheck_case.path(folder, "the rule pack folder")


# ---- changes to the law: provisions, bills, evidence ---------------------------------------------
S2 = "Changes to the law, bills and evidence"


@phrase("given", "article <number> of <act> also says:  (a docstring in the legislation notation)",
        r"article (?P<article>[0-9?][0-9a-z?.\-]*) of (?P<act>.+?) also says:?",
        'Given article 9 of the Law on State Duty also says:\n'
        '  """\n'
        '  provision 9.1.14-1 "Victims of trafficking, for compensation claims."\n'
        '    exempts victim-of-trafficking from state-duty in compensation-claim\n'
        '  """',
        "Add provisions to an encoded article, written in the legislation notation (one or "
        "more 'provision' blocks). The act is named by its id (state-duty) or its title "
        "(the Law on State Duty). The baseline files are not touched.", S2)
def _article_also_says(request, lexcheck_case: Case, article: str, act: str, docstring: str | None = None):
    if docstring is None:
        fail("write the new provision below this step, between two lines of \"\"\"")
    lexcheck_case.additions.append((act, article, _docstring(request, docstring)))


@phrase("given", 'the bill in "<file>"  /  the bills in "<file>" and "<file>"',
        r'the bills? in (?P<files>"[^"]+"(?:(?:,| and) "[^"]+")*)',
        'Given the bill in "legislation/az/bills/01-state-duty-exemption.bill"',
        "A draft bill (or several, applied in the order given) to test against the law, read "
        "relative to the feature file's folder or the project's root folder.", S2)
def _bill_in(lexcheck_case: Case, files: str):
    for name in re.findall(r'"([^"]+)"', files):
        lexcheck_case.bills.append(lexcheck_case.path(name, "the bill"))


@phrase("given", "the draft bill:  (a docstring in the bill notation)",
        r"the draft bill:?",
        'Given the draft bill:\n'
        '  """\n'
        '  bill draft-duty "Draft: exemption from state duty for victims of trafficking (hypothetical)"\n'
        '    number unknown\n'
        '    amends state-duty\n'
        '    in-force 2026-01-01\n'
        '  clause 1 "Exemption"\n'
        '    insert in state-duty article 9 after 9.1.14\n'
        '      provision 9.1.14-1 "Victims of trafficking are exempt on compensation claims."\n'
        '        exempts victim-of-trafficking from state-duty in compensation-claim\n'
        '  """',
        "A draft bill written out in the scenario itself, in the bill notation. Errors in it "
        "are reported at their line in the feature file.", S2)
def _draft_bill(request, lexcheck_case: Case, docstring: str | None = None):
    if docstring is None:
        fail("write the bill below this step, between two lines of \"\"\"")
    lexcheck_case.bills.append(_docstring(request, docstring))


@phrase("given", 'the evidence in "<file or folder>"',
        r'the evidence in "(?P<file>[^"]+)"',
        'Given the evidence in "evidence/training.evidence"',
        "Evidence records (what was done in practice) for requirements that concern practice.", S2)
def _evidence_in(lexcheck_case: Case, file: str):
    lexcheck_case.evidence.append(lexcheck_case.path(file, "the evidence file"))


@phrase("given", "the evidence:  (a docstring in the evidence notation)",
        r"the evidence:?",
        'Given the evidence:\n'
        '  """\n'
        '  evidence A.4 "Judges trained on compensation"\n'
        '    source "Curriculum of the Justice Academy" dated 2024-05-01\n'
        '  """',
        "Evidence records written out in the scenario itself.", S2)
def _evidence_inline(request, lexcheck_case: Case, docstring: str | None = None):
    if docstring is None:
        fail("write the evidence below this step, between two lines of \"\"\"")
    from ..errors import LexcheckError
    from ..requirements import parse_evidence

    doc = _docstring(request, docstring)
    text = doc.padded()
    try:
        records = parse_evidence(text, doc.file)
    except LexcheckError as exc:
        fail("the evidence is not readable:\n" + exc.render())
    lexcheck_case.evidence.extend(records)


# ---- checking ---------------------------------------------------------------------------
S3 = "Checking"


@phrase("when", "the law is checked",
        r"the law is checked(?: against the recommendation)?",
        "When the law is checked",
        "Check the law (with any provisions added above) against every requirement.", S3)
def _check_law(lexcheck_case: Case):
    lexcheck_case.check_law()


@phrase("when", "the bill is checked",
        r"the (?:draft )?bills? (?:is|are) checked",
        "When the bill is checked",
        "Check the law before and after the bill, and compare requirement by requirement. "
        "Statuses asked for afterwards are those of the law as the bill would leave it.", S3)
def _check_bill(lexcheck_case: Case):
    lexcheck_case.check_bill()


# ---- what the check finds -----------------------------------------------------------------------
S4 = "What the check finds"


@phrase("then", "<requirement> is met / is a gap / is partial / is partly met / is undetermined / "
                "needs evidence",
        rf"{RID} (?:is|is still|remains|becomes) {STATUS}|{RID.replace('rid', 'rid2')} "
        r"(?P<status2>needs evidence)",
        "Then A.2.3 is a gap",
        "The status of one requirement. 'partly met' is the same as 'partial'.", S4)
def _status_is(lexcheck_case: Case, rid: str | None = None, status: str | None = None,
               rid2: str | None = None, status2: str | None = None):
    rid, want = rid or rid2, _status(status or status2)
    found = lexcheck_case.finding(rid)
    expect(found.status == want,
           f"expected {rid} to be {_as(want)}, but it is {_as(found.status)}\n" + _describe(found))


@phrase("then", "<requirement> is not met",
        rf"{RID} (?:is|is still|remains) not met",
        "Then A.8 is not met",
        "The requirement is not met (it is a gap, partial, undetermined or needs evidence).", S4)
def _not_met(lexcheck_case: Case, rid: str):
    found = lexcheck_case.finding(rid)
    expect(found.status != "met", f"expected {rid} not to be met, but it is met\n" + _describe(found))


@phrase("then", "<requirement> is met on evidence, not in law  (also: is partial on evidence, not in law)",
        rf"{RID} is (?P<status>met|partial|partly met) on evidence,? not in (?:the )?law",
        "Then C is met on evidence, not in law",
        "The requirement has this status only because of evidence records supplied by the user: "
        "on the text of the law alone it would not (met on evidence is not met in law).", S4)
def _on_evidence(lexcheck_case: Case, rid: str, status: str):
    found = lexcheck_case.finding(rid)
    want = _status(status)
    expect(found.status == want and found.on_evidence,
           f"expected {rid} to be {_as(want)} on evidence only, but it is {_as(found.status)}"
           + (f", and {_as(found.law_status)} on the law alone" if found.on_evidence else
              ", on the law itself (no evidence decides it)") + "\n" + _describe(found))


@phrase("then", "on the law alone <requirement> is <status>  (also: … needs evidence)",
        rf"on the law alone {RID} (?:is {STATUS}|(?P<status2>needs evidence))",
        "Then on the law alone A.2.6 needs evidence",
        "The status the requirement has on the text of the law, with every evidence record left out.", S4)
def _on_the_law_alone(lexcheck_case: Case, rid: str, status: str | None = None, status2: str | None = None):
    found = lexcheck_case.finding(rid)
    want = _status(status or status2)
    expect(found.law_status == want, f"expected {rid} to be {_as(want)} on the law alone, but it is "
                                     f"{_as(found.law_status)}\n" + _describe(found))


@phrase("then", "<requirement> was <status> before the bill",
        rf"{RID} was {STATUS} before the bill",
        "Then A.2.3 was a gap before the bill",
        "The status of one requirement under the law before the bill.", S4)
def _status_before(lexcheck_case: Case, rid: str, status: str):
    delta = lexcheck_case.require_delta()
    found = lexcheck_case.finding(rid, delta.before)
    want = _status(status)
    expect(found.status == want, f"expected {rid} to have been {_as(want)} before the bill, "
                                 f"but it was {_as(found.status)}\n" + _describe(found))


@phrase("then", "the requirements have these statuses:  (a table: requirement | status)",
        r"the requirements have these statuses:?",
        "Then the requirements have these statuses:\n"
        "  | requirement | status |\n"
        "  | A.1         | gap    |\n"
        "  | A.2.3       | gap    |",
        "Several statuses at once; every row that differs is listed in the failure.", S4)
def _status_table(lexcheck_case: Case, datatable: list[list[str]] | None = None):
    if not datatable:
        fail("give the table below this step: | requirement | status |")
    header = [h.strip().lower() for h in datatable[0]]
    if header[:2] != ["requirement", "status"]:
        fail(f"the table's first row must be '| requirement | status |', not {datatable[0]}")
    wrong = []
    for row in datatable[1:]:
        rid, word = row[0].strip(), row[1].strip().lower()
        if word not in STATUS_WORDS and word not in STATUSES:
            fail(f"'{row[1]}' is not a status; use one of: met, partial, gap, "
                                     "undetermined, needs-evidence")
        want = STATUS_WORDS.get(word, word)
        found = lexcheck_case.finding(rid)
        if found.status != want:
            wrong.append(f"{rid}: expected {want}, found {found.status} — "
                         + ("; ".join(found.reasons) or "no reason given"))
    expect(not wrong, f"{len(wrong)} of {len(datatable) - 1} statuses differ:\n" + "\n".join(wrong))


@phrase("then", 'the reasons for <requirement> mention "<text>"',
        rf'the reasons for {RID} (?P<neg>do not )?mention "(?P<text>[^"]+)"',
        'Then the reasons for A.2.3 mention "narrower group"',
        "A reason given for the status contains these words (letter case ignored). Also: "
        "'the reasons for A.1 do not mention \"…\"'.", S4)
def _reasons_mention(lexcheck_case: Case, rid: str, text: str, neg: str | None = None):
    found = lexcheck_case.finding(rid)
    hit = any(text.lower() in r.lower() for r in found.reasons)
    if neg:
        expect(not hit, f"the reasons for {rid} mention '{text}', but should not:\n" + _describe(found))
    else:
        expect(hit, f"no reason for {rid} mentions '{text}':\n" + _describe(found))


@phrase("then", '<requirement> relies on "<act> Art. <article>[, <provision>]"  /  relies on no provision',
        rf'{RID} relies on (?:"(?P<cite>[^"]+)"|(?P<none>no provision))',
        'Then A.2.3 relies on "state-duty Art. 9"',
        "The provisions a finding relies on include this one (a citation such as "
        "'state-duty Art. 9, 9.1.?1', or its beginning: 'state-duty Art. 9', or just the act "
        "'state-duty'); or it relies on none.", S4)
def _relies_on(lexcheck_case: Case, rid: str, cite: str | None = None, none: str | None = None):
    found = lexcheck_case.finding(rid)
    cited = [f"{p.act} {p.ref}" for p in found.provisions]
    if none:
        expect(not cited, f"{rid} relies on {', '.join(cited)}, expected no provision\n" + _describe(found))
        return
    ok = any(c == cite or c.startswith((cite + ",", cite + ".", cite + " ")) for c in cited)
    expect(ok, f"{rid} does not rely on '{cite}'; it relies on "
                + (", ".join(cited) or "no provision") + "\n" + _describe(found))


@phrase("then", "the tally is <n> met, <n> partial, <n> gap, <n> undetermined, <n> needs-evidence",
        r"the tally is (?P<tally>\d+ [a-z\-]+(?:, \d+ [a-z\-]+)*(?:,? and \d+ [a-z\-]+)?)",
        "Then the tally is 0 met, 1 partial, 3 gap, 2 undetermined, 1 needs-evidence",
        "How many requirements have each status. Statuses left out must count zero.", S4)
def _tally(lexcheck_case: Case, tally: str):
    report = lexcheck_case.require_report()
    want = dict.fromkeys(report.summary, 0)
    for n, word in re.findall(r"(\d+) ([a-z\-]+)", tally):
        key = {"gaps": "gap", "needs": "needs-evidence"}.get(word, word)
        if key not in want:
            fail(f"'{word}' is not a status; use met, partial, gap, undetermined, "
                                     "needs-evidence")
        want[key] = int(n)
    got = report.summary
    expect(got == want, f"expected the tally {', '.join(f'{v} {k}' for k, v in want.items())}\n"
                         f"but it is      {', '.join(f'{v} {k}' for k, v in got.items())}")


@phrase("then", "<number> requirements are <status>",
        r"(?P<n>\d+) requirements? (?:is|are) (?P<status>met|gaps?|partial|undetermined|needs-evidence)",
        "Then 2 requirements are gaps",
        "How many requirements have one status.", S4)
def _count(lexcheck_case: Case, n: str, status: str):
    report = lexcheck_case.require_report()
    key = "gap" if status.startswith("gap") else status
    have = [f.requirement for f in report.findings if f.status == key]
    expect(len(have) == int(n), f"expected {n} requirements {key}, found {len(have)}: {', '.join(have) or 'none'}")


# ---- what a bill changes --------------------------------------------------------------------------
S5 = "What a bill changes"


def _change_of(verb: str) -> str:
    """The change a verb names, singular or plural: closes/close, regresses/regress (which
    ends in 's' but is the plural), leaves/leave unchanged."""
    if verb.startswith("leave"):
        return "unchanged"
    return CHANGE_VERBS[verb if verb in CHANGE_VERBS else verb + ("es" if verb.endswith("s") else "s")]


def _listed(text: str) -> list[str]:
    return [t for t in re.split(r"\s*(?:,|\band\b)\s*", text.strip()) if t]


@phrase("then", "the bill closes <requirement>[, <requirement> and <requirement>]  "
                "(also: improves, regresses, opens, leaves unchanged)",
        r"the bills? (?P<verb>closes|close|improves|improve|regresses|regress|opens|open|leaves? unchanged) "
        r"(?P<only>only )?(?P<rids>[A-Z](?:\.\d+)*(?:(?:, | and )[A-Z](?:\.\d+)*)*)",
        "Then the bill closes A.2.3",
        "Requirements the bill changes that way (it may change others too; say 'only' to "
        "require exactly these).", S5)
def _bill_changes(lexcheck_case: Case, verb: str, rids: str, only: str | None = None):
    delta = lexcheck_case.require_delta()
    change = _change_of(verb)
    want = _listed(rids)
    got = {c.requirement: c for c in delta.changes}
    problems = []
    for rid in want:
        c = got.get(rid)
        if c is None:
            lexcheck_case.finding(rid, delta.after)  # an unknown id: says so with "did you mean"
            continue
        if c.change != change:
            problems.append(f"{rid} is {c.change} ({c.before.status} → {c.after.status}), not {change}")
    if only:
        extra = sorted(r for r, c in got.items() if c.change == change and r not in want)
        if extra:
            problems.append(f"the bill also {verb} {', '.join(extra)}")
    expect(not problems, "\n".join(problems) + "\n" + _delta_lines(delta))


@phrase("then", "clause <number> of the bill closes <requirement>  (also: improves, regresses, opens)",
        r"clause (?P<clause>[0-9][0-9a-z.\-]*) of (?:the bill|bill \"(?P<bill>[^\"]+)\") "
        r"(?P<verb>closes|improves|regresses|opens) (?P<rid>[A-Z](?:\.\d+)*)",
        "Then clause 1 of the bill closes A.2.3",
        "The requirement changes that way, and that clause of the bill (of the bill named, "
        "when several are checked: clause 2 of bill \"az-draft-x\" …) touched a provision "
        "it relies on.", S5)
def _clause_changes(lexcheck_case: Case, clause: str, verb: str, rid: str, bill: str | None = None):
    delta = lexcheck_case.require_delta()
    change = CHANGE_VERBS[verb]
    c = delta.change(rid)
    if c is None:
        lexcheck_case.finding(rid, delta.after)
        fail(f"{rid} is not among the requirements compared")
    expect(c.change == change, f"{rid} is {c.change} ({c.before.status} → {c.after.status}), not {change}\n"
           + _delta_lines(delta))
    hits = [a for a in c.attributions if a.clause == clause and (bill is None or a.bill == bill)]
    named = ", ".join(f"clause {a.clause} of bill {a.bill} ({a.operation} {a.provision})" for a in c.attributions)
    expect(hits, f"clause {clause}{f' of bill {bill}' if bill else ''} did not touch what {rid} relies on; "
                 f"the change is attributed to: {named or 'no clause'}")


@phrase("then", "the bill closes nothing / opens nothing / regresses nothing / improves nothing",
        r"the bills? (?P<verb>closes|close|improves|improve|regresses|regress|opens|open) nothing",
        "Then the bill opens nothing",
        "No requirement changes that way.", S5)
def _bill_nothing(lexcheck_case: Case, verb: str):
    delta = lexcheck_case.require_delta()
    change = _change_of(verb)
    hits = [c for c in delta.changes if c.change == change]
    expect(not hits, f"the bill {verb} {', '.join(c.requirement for c in hits)}:\n" + _delta_lines(delta))


@phrase("then", "the bill breaks nothing",
        r"the bills? (?:breaks|break) nothing",
        "Then the bill breaks nothing",
        "No requirement is opened (was met, now not) or regressed (now worse than before).", S5)
def _breaks_nothing(lexcheck_case: Case):
    delta = lexcheck_case.require_delta()
    bad = [c for c in delta.changes if c.change in ("opened", "regressed")]
    expect(not bad, "the bill makes things worse:\n"
                     + "\n".join(f"{c.requirement} {c.change}: {c.before.status} → {c.after.status}"
                                 for c in bad))


@phrase("then", "the changes are:  (a table: requirement | before | after | change)",
        r"the changes are:?",
        "Then the changes are:\n"
        "  | requirement | before | after | change |\n"
        "  | A.2.3       | gap    | met   | closed |",
        "What the bill changes, requirement by requirement; any column but 'requirement' may "
        "be left out. Requirements not listed are not checked.", S5)
def _changes_table(lexcheck_case: Case, datatable: list[list[str]] | None = None):
    if not datatable:
        fail("give the table below this step: | requirement | before | after | change |")
    delta = lexcheck_case.require_delta()
    header = [h.strip().lower() for h in datatable[0]]
    if not header or header[0] != "requirement" or not set(header[1:]) <= {"before", "after", "change"}:
        fail("the table's columns are: requirement, and any of before, after, change")
    wrong = []
    for row in datatable[1:]:
        rid = row[0].strip()
        c = delta.change(rid)
        if c is None:
            lexcheck_case.finding(rid, delta.after)
            continue
        have = {"before": c.before.status, "after": c.after.status, "change": c.change}
        for col, cell in zip(header[1:], row[1:]):
            if not cell.strip():
                continue  # an empty cell: not checked
            want = STATUS_WORDS.get(cell.strip().lower(), cell.strip().lower())
            if have[col] != want:
                wrong.append(f"{rid} {col}: expected {want}, found {have[col]}")
    expect(not wrong, "\n".join(wrong) + "\n" + _delta_lines(delta))


def _delta_lines(delta) -> str:
    lines = ["what the bill changes:"]
    for c in delta.changes:
        if c.change != "unchanged":
            lines.append(f"  {c.requirement}: {c.change} ({c.before.status} → {c.after.status})"
                         + (f" — {c.summary}" if c.summary else ""))
    if len(lines) == 1:
        lines.append("  nothing")
    return "\n".join(lines)


# ---- rejected input --------------------------------------------------------------------------------
S6 = "Rejected input"


@phrase("then", "the bill is rejected with a message naming line <number>  "
                "(also: the law is rejected …, the input is rejected …)",
        r"the (?P<what>bill|law|input|evidence) is rejected(?: with a message naming line (?P<line>\d+))?",
        "Then the bill is rejected with a message naming line 4",
        "Checking stopped at an error in the input; the message names the file and this line.", S6)
def _rejected(lexcheck_case: Case, what: str, line: str | None = None):
    err = lexcheck_case.error
    if err is None:
        got = "a report" if lexcheck_case.report is not None else "nothing checked yet"
        fail(f"expected the {what} to be rejected, but it was accepted ({got})")
    if line is not None:
        expect(err.position.line == int(line), f"expected the message to name line {line}, "
                                               f"but it names line {err.position.line}:\n{err.render()}")


@phrase("then", 'the message says "<text>"',
        r'the message (?:says|mentions|suggests) "(?P<text>[^"]+)"',
        'Then the message says "did you mean"',
        "The error message contains these words (letter case ignored).", S6)
def _message_says(lexcheck_case: Case, text: str):
    err = lexcheck_case.error
    expect(err is not None, "there is no error message: the input was accepted")
    expect(text.lower() in err.render().lower(), f"the message does not say '{text}':\n{err.render()}")
