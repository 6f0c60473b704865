"""Requirement packs: ``rules/<pack>/*.req`` (+ ``*.vocab``) → :class:`RequirementPack`.

A requirement has a permanent id (``A.2.3``), a title in our words, its sources
(recommendation part/item/bullet, GRETA paragraph, Convention articles), a priority,
one or more tests, and a suggested fix. A *legislative* test names the clause the law
must contain, where to look, and its constraints; a *practice* test can only be
satisfied by an evidence record.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Literal

from lark import Token, v_args
from pydantic import Field

from . import model as m
from .errors import LexcheckError, Position, RuleError, did_you_mean, line_of
from .legislation import ClauseBuilder, parse_date
from .model import Node, Span
from .notation import build, model_error, parse_with, read_source, unquote
from .vocabulary import Vocabulary, load_vocabulary

REQ_SUFFIX = ".req"
VOCAB_SUFFIX = ".vocab"
EVIDENCE_SUFFIX = ".evidence"


class Scope(Node):
    """Where a legislative test looks: an act, optionally some of its articles."""

    act: str
    articles: tuple[str, ...] = ()
    span: Span | None = None

    def __str__(self) -> str:
        return self.act + (f" Art. {', '.join(self.articles)}" if self.articles else "")


class ImpliedCondition(Node):
    """``duty ACTION implies CONDITION``: a duty of the people a provision covers, read as a condition."""

    action: str
    condition: str


class LegislativeTest(Node):
    """The clause the law must contain, where to look, and the constraints on it.

    In ``pattern`` the party is the group that must be covered, a stage is the latest
    stage the entitlement may start from, ``free-of-charge`` is required, an amount's
    value is the minimum, and ``when`` conditions are allowed (not required).
    """

    kind: Literal["legislative"] = "legislative"
    label: str | None = None
    pattern: m.Clause
    scopes: tuple[Scope, ...]
    forbid: tuple[str, ...] = ()
    latest_stage: str | None = None
    implied: tuple[ImpliedCondition, ...] = ()  # duties read as conditions of the provision
    increase_since: dt.date | None = None  # an amount must exceed the one in force on this date
    span: Span | None = None


class PracticeTest(Node):
    """Practice (training, resources, awareness): only an evidence record can satisfy it.

    ``elements`` are what the recommendation's bullet asks for (lawyers, prosecutors and
    judges; "in a language they understand"), as vocabulary terms: the test is met when the
    records that count cover every one. ``accepts`` are the kinds of evidence that can show
    it (a budget line is not training); empty: any kind.
    """

    kind: Literal["practice"] = "practice"
    label: str
    elements: tuple[str, ...] = ()
    accepts: tuple[str, ...] = ()
    span: Span | None = None


Test = LegislativeTest | PracticeTest


class Requirement(Node):
    id: str
    title: str
    part: str
    item: int | None = None
    bullet: int | None = None
    greta: tuple[int, ...] = ()
    convention: tuple[str, ...] = ()
    sources: tuple[m.Source, ...] = ()
    priority: Literal["immediate", "other"] = "other"
    due: dt.date | None = None
    tests: tuple[Test, ...] = Field(default=())
    fix: str | None = None
    notes: tuple[str, ...] = ()
    span: Span | None = None

    @property
    def sort_key(self) -> tuple:
        return tuple(int(p) if p.isdigit() else p for p in self.id.split("."))


class RequirementPack(Node):
    id: str
    title: str
    body: str | None = None
    citation: str | None = None  # how the instrument is cited, e.g. "CP/Rec(2023)03"
    adopted: dt.date | None = None
    jurisdiction: str | None = None
    as_of: dt.date | None = None
    as_of_reason: str | None = None
    sources: tuple[m.Source, ...] = ()
    notes: tuple[str, ...] = ()
    requirements: tuple[Requirement, ...] = ()
    span: Span | None = None

    def get(self, rid: str) -> Requirement | None:
        return next((r for r in self.requirements if r.id == rid), None)


class EvidenceRecord(Node):
    """What was done in practice for a requirement, with its sources.

    It counts from ``start`` (else from its earliest dated source) and, if ``end`` is
    given, until the day before ``end`` (exclusive, as everywhere in the notation); an
    undated record counts on no date. ``kind`` is what it is (a term of kind
    ``evidence-kind``); ``covers`` the elements of the requirement it shows.
    """

    requirement: str
    done: str
    sources: tuple[m.Source, ...]
    kind: str | None = None
    covers: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    span: Span | None = None

    @property
    def since(self) -> dt.date | None:
        """The day from which the record shows the practice (None: undated)."""
        if self.start is not None:
            return self.start
        dated = [s.dated for s in self.sources if s.dated is not None]
        return min(dated) if dated else None


_RID = re.compile(r"^([A-Z])(?:\.(\d+))?(?:\.(\d+))?$")


class _ReqBuilder(ClauseBuilder):
    def __init__(self, text, name):
        super().__init__(text, name)

    def _f(self, name, value, where=None):
        return (name, value, where)

    # single-valued fields carry their position: saying one twice is an error (see _single)
    @v_args(meta=True)
    def body(self, meta, c): return self._f("body", unquote(c[0]), meta)
    @v_args(meta=True)
    def citation(self, meta, c): return self._f("citation", unquote(c[0]), meta)
    @v_args(meta=True)
    def adopted(self, meta, c): return self._f("adopted", self._date(c[0]), meta)
    @v_args(meta=True)
    def jurisdiction(self, meta, c): return self._f("jurisdiction", str(c[0]), meta)
    @v_args(meta=True)
    def as_of(self, meta, c): return self._f("as_of", (self._date(c[0]), unquote(c[1]) if c[1] else None), meta)
    def note(self, c): return self._f("note", unquote(c[0]))
    def source(self, c): return self._f("source", m.Source(cite=unquote(c[0]), dated=self._date(c[1])))
    def greta(self, c): return self._f("greta", tuple(int(x) for x in c))
    def convention(self, c): return self._f("convention", tuple(unquote(x) for x in c))
    @v_args(meta=True)
    def priority(self, meta, c): return self._f("priority", str(c[0]), meta)
    @v_args(meta=True)
    def due(self, meta, c): return self._f("due", self._date(c[0]), meta)
    @v_args(meta=True)
    def fix(self, meta, c): return self._f("fix", unquote(c[0]), meta)

    _CODE = "E009"  # the code of an error in this notation

    def _single(self, seen: dict, name: str, where, owner: str) -> None:
        """A field that holds one value, said a second time: an error (the second would
        silently replace the first)."""
        if name in seen:
            keyword = name.replace("_", "-")
            raise model_error(f"{owner} says '{keyword}' twice", where, self.text, self.name, code=self._CODE,
                              hint=f"the first is at line {seen[name].line}")
        seen[name] = where
    def requires(self, c): return self._f("requires", c[0])
    def forbid(self, c): return self._f("forbid", tuple(str(x) for x in c), tuple(c))
    def latest_stage(self, c): return self._f("latest_stage", str(c[0]), c[0])
    def duty_implies(self, c): return self._f("implied", ImpliedCondition(action=str(c[0]), condition=str(c[1])), c[0])
    def increase_since(self, c): return self._f("increase_since", parse_date(c[0], self.text, self.name), c[0])

    @v_args(meta=True)
    def look_in(self, meta, c):
        return self._f("scope", Scope(act=str(c[0]), articles=tuple(str(x) for x in c[1:] if x is not None),
                                      span=self._span(meta)))

    @v_args(meta=True)
    def legislative(self, meta, c):
        label = unquote(c[0]) if c[0] is not None else None
        fields = c[1:]
        pattern = [f[1] for f in fields if f[0] == "requires"]
        scopes = tuple(f[1] for f in fields if f[0] == "scope")
        sp = self._span(meta)
        where = Token("X", "legislative", line=meta.line, column=meta.column)
        if len(pattern) != 1:
            raise model_error("a legislative test needs exactly one 'requires' line"
                              + (f" (it has {len(pattern)})" if pattern else ""), where, self.text, self.name,
                              code="E009", hint="e.g. requires exempts victim-of-trafficking from state-duty in compensation-claim")
        if not scopes:
            raise model_error("a legislative test needs at least one 'look-in' line: where the law must say it",
                              where, self.text, self.name, code="E009", hint="e.g. look-in state-duty article 9")
        forbid = tuple(t for f in fields if f[0] == "forbid" for t in f[1])
        stages = [f for f in fields if f[0] == "latest_stage"]
        if len(stages) > 1:  # the second would silently replace the first
            raise model_error("a legislative test says 'latest-stage' twice", stages[1][2], self.text, self.name,
                              code="E009", hint=f"the first is at line {stages[0][2].line}")
        latest = stages[-1][1] if stages else None
        pat = pattern[0]
        implied = tuple(f[1] for f in fields if f[0] == "implied")
        increases = [f for f in fields if f[0] == "increase_since"]
        if len(increases) > 1:
            raise model_error("a legislative test says 'increase-since' twice", increases[1][2], self.text, self.name,
                              code="E009", hint=f"the first is at line {increases[0][2].line}")
        if increases and pat.kind != "amount":
            raise model_error("'increase-since' compares amounts: the test must require an amount", increases[0][2],
                              self.text, self.name, code="E009",
                              hint="e.g. requires amount one-off-payment-amount 0 AZN")
        increase_since = increases[0][1] if increases else None
        if latest is None and getattr(pat, "stage", None):
            latest = pat.stage
        allowed = {c.term for c in pat.conditions if c.mode == "when"}
        both = allowed & set(forbid)
        if both:
            term = sorted(both)[0]  # point at the forbidden term itself
            tok = next(t for f in fields if f[0] == "forbid" for t in f[2] if str(t) == term)
            raise model_error(f"this test can never be met: it both allows and forbids '{term}'", tok,
                              self.text, self.name, code="E009")
        return ("test", LegislativeTest(label=label, pattern=pat, scopes=scopes, forbid=forbid,
                                        latest_stage=latest, implied=implied, increase_since=increase_since,
                                        span=sp), where)

    def elements(self, c): return self._f("elements", tuple(str(x) for x in c))
    def accepts(self, c): return self._f("accepts", tuple(str(x) for x in c))

    @v_args(meta=True)
    def practice(self, meta, c):
        fields = {"elements": (), "accepts": ()}
        for name, value, _ in c[1:]:
            fields[name] += tuple(t for t in value if t not in fields[name])
        return ("test", PracticeTest(label=unquote(c[0]), span=self._span(meta), **fields), None)

    @v_args(meta=True)
    def requirement(self, meta, c):
        rid_tok, title = c[0], c[1]
        rid = str(rid_tok)
        match = _RID.match(rid)
        if not match:
            raise model_error(f"'{rid}' is not a requirement id (a part letter, then item and bullet numbers)",
                              rid_tok, self.text, self.name, code="E009", hint="e.g. A.2.3, A.1 or C")
        attrs: dict = {"tests": [], "notes": [], "sources": []}
        seen: dict = {}
        for name, value, where in c[2:]:
            if name == "test":
                attrs["tests"].append(value)
            elif name == "note":
                attrs["notes"].append(value)
            elif name == "source":
                attrs["sources"].append(value)
            elif name in ("greta", "convention"):  # several lines all cite
                attrs[name] = attrs.get(name, ()) + value
            else:
                self._single(seen, name, where, f"requirement {rid}")
                attrs[name] = value
        if not attrs["tests"]:
            raise model_error(f"requirement {rid} has no test", rid_tok, self.text, self.name, code="E009",
                              hint="add a 'legislative' test or a 'practice' test")
        if not (attrs.get("greta") or attrs.get("convention") or attrs["sources"]):
            raise model_error(f"requirement {rid} cites no source", rid_tok, self.text, self.name, code="E009",
                              hint="add 'greta <paragraph>', 'convention \"<article>\"' or 'source \"…\"'")
        for key in ("tests", "notes", "sources"):
            attrs[key] = tuple(attrs[key])
        part, item, bullet = match.groups()
        return Requirement(id=rid, title=unquote(title), part=part, item=int(item) if item else None,
                           bullet=int(bullet) if bullet else None, span=self._span(meta), **attrs), rid_tok

    @v_args(meta=True)
    def pack(self, meta, c):
        attrs: dict = {"notes": [], "sources": []}
        seen: dict = {}
        for name, value, where in c[2:]:
            if name not in ("note", "source"):
                self._single(seen, name, where, f"pack {c[0]}")
            if name == "as_of":
                attrs["as_of"], attrs["as_of_reason"] = value
            elif name in ("note", "source"):
                attrs[name + "s"].append(value)
            else:
                attrs[name] = value
        attrs["notes"], attrs["sources"] = tuple(attrs["notes"]), tuple(attrs["sources"])
        return RequirementPack(id=str(c[0]), title=unquote(c[1]), span=self._span(meta), **attrs)

    def start(self, c):
        pack = c[0] if c and isinstance(c[0], RequirementPack) else None
        reqs = [x for x in c if isinstance(x, tuple)]
        return pack, reqs


class _EvidenceBuilder(_ReqBuilder):
    _CODE = "E012"

    @v_args(meta=True)
    def kind(self, meta, c): return self._f("kind", str(c[0]), meta)
    def covers(self, c): return self._f("covers", tuple(str(x) for x in c))

    @v_args(meta=True)
    def period(self, meta, c):
        start, end = self._date(c[0]), self._date(c[1])
        if end is not None and end <= start:
            raise model_error(f"the record ends ({end.isoformat()}) "
                              + ("on the day it starts" if end == start else "before it starts")
                              + f" ({start.isoformat()}); 'until' is the first day it no longer applies",
                              c[1], self.text, self.name, code="E006",
                              hint=f"write an end after {start.isoformat()}, or leave 'until' out")
        return self._f("period", (start, end), meta)

    @v_args(meta=True)
    def record(self, meta, c):
        rid = str(c[0])
        attrs: dict = {"sources": [], "covers": []}
        seen: dict = {}
        for name, value, where in c[2:]:
            if name == "source":
                attrs["sources"].append(value)
            elif name == "covers":
                attrs["covers"] += [t for t in value if t not in attrs["covers"]]
            else:
                self._single(seen, "from" if name == "period" else name, where, f"the evidence record for {rid}")
                if name == "period":
                    attrs["start"], attrs["end"] = value
                else:
                    attrs[name] = value
        if not attrs["sources"]:
            raise model_error(f"the evidence record for {rid} names no source: where is it shown?", c[0],
                              self.text, self.name, code="E012",
                              hint='add a line: source "<document, publication or report>" dated YEAR-MONTH-DAY')
        attrs["sources"], attrs["covers"] = tuple(attrs["sources"]), tuple(attrs["covers"])
        return EvidenceRecord(requirement=rid, done=unquote(c[1]), span=self._span(meta), **attrs)

    def start(self, c):
        return c


def pack_files(folder: Path | str) -> tuple[list[Path], list[Path]]:
    """(requirement files, vocabulary files) of a pack folder, sorted."""
    folder = Path(folder)
    if folder.is_file():
        return [folder], []
    if not folder.is_dir():
        raise LexcheckError("no such rule pack folder", Position(str(folder)), code="E007")
    return sorted(folder.rglob(f"*{REQ_SUFFIX}")), sorted(folder.rglob(f"*{VOCAB_SUFFIX}"))


def parse_requirements(text: str, name: str):
    """Text in the requirement notation → (pack header or None, [(Requirement, id token)])."""
    return parse_with(lambda tree: build(_ReqBuilder(text, name), tree), text, name, "requirements")


def load_pack(folder: Path | str, vocabulary: Vocabulary | None = None,
              base_vocabulary: list[Path] | None = None) -> tuple[RequirementPack, Vocabulary]:
    """A pack folder → (:class:`RequirementPack`, its :class:`Vocabulary`), terms checked."""
    from .resources import default_vocabulary

    req_files, vocab_files = pack_files(folder)
    if not req_files:
        raise LexcheckError(f"no {REQ_SUFFIX} files in the rule pack", Position(str(folder)), code="E005")
    if vocabulary is None:
        base = base_vocabulary if base_vocabulary is not None else [default_vocabulary()]
        vocabulary = load_vocabulary([*base, *vocab_files])
    header: RequirementPack | None = None
    header_file = None
    found: dict[str, tuple[Requirement, Token, str]] = {}
    for path in req_files:
        text = read_source(path)
        pack, reqs = parse_requirements(text, str(path))
        if pack is not None:
            if header is not None:
                raise model_error(f"a second pack header (the first is in {header_file})", pack.span, text,
                                  str(path), code="E009", hint="a pack has one header, in one file")
            header, header_file = pack, path
        for req, tok in reqs:
            if req.id in found:
                first = found[req.id][0].span
                raise model_error(f"requirement {req.id} is defined twice", tok, text, str(path), code="E009",
                                  hint=f"the first is at {first}")
            found[req.id] = (req, tok, text)
    if header is None:
        first_text = read_source(req_files[0])
        raise LexcheckError("the rule pack has no 'pack' header", Position(str(req_files[0]), 1, 1,
                            line_of(first_text, 1)), code="E009",
                            hint='start one file of the pack with: pack <id> "<title>"')
    for req, _, _ in found.values():
        check_requirement_terms(req, vocabulary)
    ordered = tuple(sorted((r for r, _, _ in found.values()), key=lambda r: r.sort_key))
    return header.model_copy(update={"requirements": ordered}), vocabulary


def check_requirement_terms(req: Requirement, vocab: Vocabulary) -> None:
    for test in req.tests:
        if isinstance(test, PracticeTest):
            for t in test.elements:
                vocab.check(t, "element", _keyword_line(test.span, "elements", t))
            for t in test.accepts:
                vocab.check(t, "evidence-kind", _keyword_line(test.span, "accepts", t))
            continue
        for kind, term, where in m.clause_terms(test.pattern):
            vocab.check(term, kind, where)
        for t in test.forbid:
            vocab.check(t, "condition", _keyword_line(test.span, "forbid", t))
        if test.latest_stage:
            vocab.check(test.latest_stage, "stage", _keyword_line(test.span, "latest-stage", test.latest_stage))
        for imp in test.implied:
            vocab.check(imp.action, "action", _keyword_line(test.span, "duty", imp.action))
            vocab.check(imp.condition, "condition", _keyword_line(test.span, "duty", imp.condition))


def _keyword_line(where: Span | None, keyword: str, term: str) -> Span | None:
    """Within a test's span, the line that starts with ``keyword`` and names ``term`` (so an
    error about ``term`` points there, not at the same word on an earlier line); else ``where``."""
    if where is None:
        return None
    try:
        text = read_source(where.file)
    except LexcheckError:
        return where
    from .vocabulary import words

    for number in range(where.line, max(where.line, where.end_line) + 1):
        src = line_of(text, number) or ""
        found = words(src)
        if found and found[0][1] == keyword and any(w == term for _, w in found[1:]):
            return Span(file=where.file, line=number, column=found[0][0] + 1, end_line=number,
                        end_column=len(src) + 1)
    return where


def check_scopes(pack: RequirementPack, corpus: m.Corpus) -> None:
    """A test that looks in an act or article not in the corpus can never match: an error."""
    ids = [a.id for a in corpus.acts]
    for req in pack.requirements:
        for test in req.tests:
            if not isinstance(test, LegislativeTest):
                continue
            for scope in test.scopes:
                act = corpus.act(scope.act)
                where = scope.span
                if act is None:
                    src = _line(where)
                    raise RuleError(f"requirement {req.id} looks in act '{scope.act}', which is not in the corpus",
                                    Position(where.file, where.line, where.column, src) if where else Position("?"),
                                    hint=did_you_mean(scope.act, ids) or f"acts in the corpus: {', '.join(ids)}",
                                    code="E008")
                for ref in scope.articles:
                    if act.article(ref) is not None:
                        continue
                    # a paragraph named as an article ('article 9.1') is searched as an article
                    # and can never match; an article merely absent is a gap or not encoded
                    owner = next((a for a, p in act.provisions() if p.ref == ref), None)
                    if owner is not None:
                        src = _line(where) or ""
                        hit = re.search(rf"(?<=[\s,]){re.escape(ref)}(?![\w.?-])", src)
                        col = hit.start() + 1 if hit else 0
                        raise RuleError(f"requirement {req.id} looks in 'article {ref}' of {act.id}, but {ref} is "
                                        f"a provision of article {owner.ref}; the search is by article",
                                        Position(where.file, where.line, col if col > 1 else where.column, src)
                                        if where else Position("?"),
                                        hint=f"write: look-in {act.id} article {owner.ref}", code="E008")


def _line(where: Span | None) -> str | None:
    if where is None:
        return None
    try:
        return line_of(read_source(where.file), where.line)
    except LexcheckError:
        return None


def parse_evidence(text: str, name: str = "<evidence>") -> list[EvidenceRecord]:
    """Text in the evidence notation → records (used for evidence written in a Gherkin step)."""
    return parse_with(lambda tree: build(_EvidenceBuilder(text, name), tree), text, name, "evidence")


def evidence_files(path: Path | str) -> list[Path]:
    """The evidence files a path stands for: itself, or a folder's ``*.evidence`` files, sorted."""
    path = Path(path)
    return sorted(path.rglob(f"*{EVIDENCE_SUFFIX}")) if path.is_dir() else [path]


def load_evidence(paths) -> list[EvidenceRecord]:
    """Evidence files (or folders of them) → records."""
    records: list[EvidenceRecord] = []
    for path in paths:
        path = Path(path)
        files = evidence_files(path)
        if not files:
            raise LexcheckError(f"no {EVIDENCE_SUFFIX} files in the evidence folder", Position(str(path)),
                                code="E005")
        for f in files:
            text = read_source(f)
            records.extend(parse_evidence(text, str(f)))
    return records
