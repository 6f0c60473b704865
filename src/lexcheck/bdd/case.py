"""A scenario's case: what the Gherkin steps set up → a checked :class:`Report` or :class:`Delta`.

The steps (:mod:`lexcheck.bdd.steps`) only translate a lawyer's sentence into a call
on :class:`Case`; everything here goes through the public Python API
(:func:`lexcheck.load_workspace`, :meth:`Workspace.check`, and for bills
:mod:`lexcheck.amendments` / :mod:`lexcheck.diff`). Input errors (bad syntax, unknown
term, unknown article) are kept, not raised, when they happen while checking, so a
scenario can say "the bill is rejected …"; any step that needs a result fails with
them. Failures are plain messages (:func:`fail`), without a Python traceback.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from .. import model as m
from ..errors import LexcheckError, Position, did_you_mean, line_of
from ..results import Delta, Finding, Report

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_DAY = re.compile(r"^(?P<d>\d{1,2}) (?P<m>[A-Za-z]+) (?P<y>\d{4})$")


def fail(message: str):
    """Fail the scenario with ``message`` alone (no Python traceback: it is read by lawyers)."""
    import pytest

    __tracebackhide__ = True
    pytest.fail(message, pytrace=False)


def expect(condition: object, message: str) -> None:
    """Fail the scenario with ``message`` unless ``condition`` holds."""
    __tracebackhide__ = True
    if not condition:
        fail(message)


def parse_day(text: str) -> dt.date:
    """``31 March 2023`` or ``2023-03-31`` → a date; anything else is a readable failure."""
    text = text.strip()
    match = _DAY.match(text)
    try:
        if match:
            month = match["m"].lower()
            if month not in _MONTHS:
                hint = did_you_mean(month, _MONTHS)
                fail(f"'{match['m']}' is not a month" + (f"; {hint}" if hint else ""))
            return dt.date(int(match["y"]), _MONTHS.index(month) + 1, int(match["d"]))
        return dt.date.fromisoformat(text)
    except ValueError:
        fail(f"'{text}' is not a date; write it as '31 March 2023' or '2023-03-31'")


@dataclasses.dataclass
class Docstring:
    """A docstring of a step, with where it starts in the feature file (for error positions)."""

    text: str
    file: str
    first_line: int  # 1-based line of the docstring's first content line in the feature file
    indent: int  # columns the docstring is indented by in the feature file

    def padded(self, header: str = "") -> str:
        """The text placed at its own lines and columns of the feature file (after ``header``'s
        lines, if it fits), so that errors in it name the feature file's line and column."""
        room = self.first_line - 1 - header.count("\n")
        if room < 0:
            return header + self.text
        body = "\n".join(" " * self.indent + ln if ln.strip() else ln for ln in self.text.split("\n"))
        return header + "\n" * room + body


def locate_docstring(text: str, feature_file: str, step_line: int) -> Docstring:
    """Find where a step's docstring sits in its feature file (the first ``\"\"\"`` after the step)."""
    try:
        lines = Path(feature_file).read_text(encoding="utf-8").splitlines()
    except OSError:
        return Docstring(text, feature_file, step_line + 2, 0)
    for i in range(step_line, min(len(lines), step_line + 50)):
        stripped = lines[i].lstrip()
        if stripped.startswith('"""') or stripped.startswith("```"):
            return Docstring(text, feature_file, i + 2, len(lines[i]) - len(stripped))
    return Docstring(text, feature_file, step_line + 2, 0)


def _act_named(corpus: m.Corpus, name: str) -> m.Act:
    """An act by id (``state-duty``) or by title (``the Law on State Duty``)."""
    wanted = name.strip().strip('"')
    plain = re.sub(r"^the\s+", "", wanted, flags=re.I).lower()
    for act in corpus.acts:
        if act.id == wanted or act.title.lower() == plain or act.title.lower() == wanted.lower():
            return act
    names = [a.id for a in corpus.acts] + [a.title for a in corpus.acts]
    hint = did_you_mean(wanted, names) or did_you_mean(plain, [t.lower() for t in names])
    known = ", ".join(f"{a.id} ({a.title})" for a in corpus.acts)
    fail(f"no act '{wanted}' in the corpus" + (f"; {hint}" if hint else "")
                             + f". The acts are: {known}")


@dataclasses.dataclass
class Case:
    """Everything a scenario sets up, and what checking it produced."""

    base: Path  # the feature file's folder: relative paths in steps are read from here
    rootdir: Path
    corpus_path: Path | None = None
    rules_path: Path | None = None
    as_of: dt.date | None = None
    evidence: list = dataclasses.field(default_factory=list)  # paths and EvidenceRecord
    additions: list[tuple[str, str, Docstring]] = dataclasses.field(default_factory=list)
    bills: list = dataclasses.field(default_factory=list)  # Path or Docstring
    report: Report | None = None
    delta: Delta | None = None
    error: LexcheckError | None = None
    checked: str | None = None  # "law" or "bill"

    # ---- setting up ------------------------------------------------------------------
    def path(self, text: str, what: str) -> Path:
        """A path from a step: relative to the feature file's folder, else to the rootdir;
        ``@builtin/legislation/az/…`` names shipped data (``lexcheck data`` shows where)."""
        from ..resources import builtin, is_builtin

        if is_builtin(text):
            try:
                return builtin(text)
            except LexcheckError as exc:
                fail(f"{what} '{text}': {exc.message}" + (f"; {exc.hint}" if exc.hint else ""))
        p = Path(text)
        if p.is_absolute():
            candidates = [p]
        else:
            candidates = [self.base / p, self.rootdir / p, Path.cwd() / p]
        for c in candidates:
            if c.exists():
                return c
        fail(f"{what} '{text}' does not exist (looked in {self.base} and {self.rootdir})")

    # ---- checking ----------------------------------------------------------------------
    def workspace(self):
        from ..api import load_workspace

        ws = load_workspace(self.corpus_path, self.rules_path, self.evidence)
        if self.additions:
            ws = ws.with_corpus(self._with_additions(ws.corpus), ws.amendments)
        return ws

    def _with_additions(self, corpus: m.Corpus) -> m.Corpus:
        from ..legislation import parse_act

        acts = {a.id: a for a in corpus.acts}
        for act_name, article_ref, doc in self.additions:
            act = _act_named(m.Corpus(acts=tuple(acts.values())), act_name)
            article = act.article(article_ref)
            if article is None:
                hint = did_you_mean(article_ref, [a.ref for a in act.articles])
                fail(f"the {act.title} ({act.id}) has no article {article_ref} encoded"
                                         + (f"; {hint}" if hint else "")
                                         + f". Its articles: {', '.join(a.ref for a in act.articles)}")
            # the docstring keeps its own lines and columns: a 3-line header, then blank lines
            header = (f'act {act.id} "{act.id}"\n  jurisdiction {act.jurisdiction}\n'
                      f'article {article.ref} {article.coverage}\n')
            text = doc.padded(header)
            parsed = parse_act(text, doc.file)
            new = parsed.articles[0].provisions
            known = {p.ref for p in article.provisions}
            for prov in new:
                if prov.ref in known:
                    raise LexcheckError(f"article {article.ref} of {act.id} already has a provision {prov.ref}",
                                        Position(doc.file, prov.span.line if prov.span else 0,
                                                 prov.span.column if prov.span else 0,
                                                 line_of(text, prov.span.line) if prov.span else None),
                                        hint="give the new provision a number of its own", code="E003")
            arts = tuple(a.model_copy(update={"provisions": a.provisions + new}) if a.ref == article.ref else a
                         for a in act.articles)
            acts[act.id] = act.model_copy(update={"articles": arts})
        return m.Corpus(acts=tuple(sorted(acts.values(), key=lambda a: a.id)))

    def check_law(self) -> None:
        self.checked, self.report, self.delta, self.error = "law", None, None, None
        try:
            self.report = self.workspace().check(self.as_of)
        except LexcheckError as exc:
            self.error = exc

    def check_bill(self) -> None:
        self.checked, self.report, self.delta, self.error = "bill", None, None, None
        if not self.bills:
            fail("no bill was given: start with 'Given the bill in \"…\"' "
                                     "or 'Given the draft bill:' and the bill's text")
        from .. import amendments
        from ..diff import diff

        try:
            ws = self.workspace()
            bills = [_parse_bill_text(amendments, b) if isinstance(b, Docstring) else amendments.load_bill(b)
                     for b in self.bills]
            self.delta = diff(ws, bills, self.as_of)
            self.report = self.delta.after
        except LexcheckError as exc:
            self.error = exc

    # ---- results -----------------------------------------------------------------------
    def require_report(self) -> Report:
        if self.error is not None:
            fail("the check did not run, because the input was rejected:\n"
                                 + self.error.render())
        if self.report is None:
            fail("nothing has been checked yet: add a step such as "
                                     "'When the law is checked' or 'When the bill is checked'")
        return self.report

    def require_delta(self) -> Delta:
        self.require_report()
        if self.delta is None:
            fail("no bill has been checked: use 'When the bill is checked' "
                                     "before saying what the bill closes or opens")
        return self.delta

    def finding(self, rid: str, report: Report | None = None) -> Finding:
        report = report or self.require_report()
        found = report.finding(rid)
        if found is None:
            ids = [f.requirement for f in report.findings]
            hint = did_you_mean(rid, ids)
            fail(f"there is no requirement {rid} in {report.ruleset.get('id', 'the pack')}"
                                     + (f"; {hint}" if hint else "") + f". Known: {', '.join(ids)}")
        return found


def _parse_bill_text(amendments, doc: Docstring):
    """A bill written in a docstring → the bills module's model (errors at the feature file's lines)."""
    return amendments.parse_bill(doc.padded(), doc.file)
