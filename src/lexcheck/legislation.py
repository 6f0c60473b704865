"""Legislation: ``*.lex`` text → :class:`~lexcheck.model.Act`; a folder → :class:`Corpus`.

Parsing checks the syntax (``grammar/legislation.lark``); building checks what the
syntax cannot: duplicate numbers, a provision numbered outside its article, a date
that is not a date, an act with no articles. Terms are checked against the
vocabulary by :func:`check_terms` (the vocabulary is data of the rule pack).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from lark import Token, Transformer, v_args

from . import model as m
from .errors import LexcheckError, Position, line_of
from .notation import build, model_error, parse_with, read_source, span, unquote

LEX_SUFFIX = ".lex"


def parse_date(token: Token, text: str, name: str) -> dt.date:
    """A DATE token → date; 2023-02-30 is an error at the token."""
    try:
        return dt.date.fromisoformat(str(token))
    except ValueError:
        raise model_error(f"'{token}' is not a date (year-month-day)", token, text, name, code="E006") from None


class ClauseBuilder(Transformer):
    """Tree → clause models; shared by every notation that writes clauses."""

    def __init__(self, text: str, name: str) -> None:
        super().__init__()
        self.text, self.name = text, name

    def _span(self, meta) -> m.Span | None:
        return None if meta.empty else span(meta, self.name)

    def _date(self, tok):
        return None if tok is None else parse_date(tok, self.text, self.name)

    @v_args(meta=True)
    def when(self, meta, c):
        return m.Condition(mode="when", term=str(c[0]), span=self._span(meta))

    @v_args(meta=True)
    def unless(self, meta, c):
        return m.Condition(mode="unless", term=str(c[0]), span=self._span(meta))

    def condition(self, c):
        return c[0]

    def term_list(self, c):
        return tuple(str(t) for t in c)

    @v_args(meta=True)
    def exemption(self, meta, c):
        return m.Exemption(party=str(c[0]), fee=str(c[1]), proceeding=str(c[2]),
                           conditions=tuple(c[3:]), span=self._span(meta))

    @v_args(meta=True)
    def right(self, meta, c):
        return m.Right(party=str(c[0]), entitlement=str(c[1]), stage=c[2] and str(c[2]),
                       free=c[3] is not None, conditions=tuple(c[4:]), span=self._span(meta))

    @v_args(meta=True)
    def obligation(self, meta, c):
        return m.Obligation(actor=str(c[0]), action=str(c[1]), party=c[2] and str(c[2]),
                            conditions=tuple(c[3:]), span=self._span(meta))

    @v_args(meta=True)
    def permission(self, meta, c):
        return m.Permission(party=str(c[0]), action=str(c[1]), conditions=tuple(c[2:]),
                            span=self._span(meta))

    @v_args(meta=True)
    def prohibition(self, meta, c):
        return m.Prohibition(actor=str(c[0]), action=str(c[1]), party=c[2] and str(c[2]),
                             conditions=tuple(c[3:]), span=self._span(meta))

    @v_args(meta=True)
    def duty(self, meta, c):
        return m.Duty(party=str(c[0]), action=str(c[1]), conditions=tuple(c[2:]), span=self._span(meta))

    @v_args(meta=True)
    def suspension(self, meta, c):
        start, end = self._date(c[1]), self._date(c[2])
        if start and end and end <= start:
            raise model_error("a suspension must end after it starts", c[2], self.text, self.name, code="E006")
        return m.Suspension(action=str(c[0]), start=start, end=end, conditions=tuple(c[3:]),
                            span=self._span(meta))

    @v_args(meta=True)
    def amount(self, meta, c):
        return m.Amount(parameter=str(c[0]), value=Decimal(str(c[1])), unit=str(c[2]),
                        party=c[3] and str(c[3]), conditions=tuple(c[4:]), span=self._span(meta))

    @v_args(meta=True)
    def definition(self, meta, c):
        return m.Definition(term=str(c[0]), includes=c[1], excludes=c[2] or (), span=self._span(meta))

    def clause(self, c):
        return c[0]


class _Field(tuple):
    """(name, value, token-or-meta) produced for an attribute line."""


def _field(name, value, where=None):
    return _Field((name, value, where))


class LegislationBuilder(ClauseBuilder):
    """Tree of ``legislation.lark`` → :class:`~lexcheck.model.Act`."""

    def source(self, c):
        return _field("source", m.Source(cite=unquote(c[0]), dated=self._date(c[1])), c[0])

    def unverified(self, c):
        return _field("unverified", unquote(c[0]) if c[0] is not None else "not verified")

    def note(self, c):
        return _field("note", unquote(c[0]))

    def in_force(self, c):
        start, end = self._date(c[0]), self._date(c[1])
        if start and end and end <= start:
            raise model_error("a provision must leave force after it enters it", c[1], self.text, self.name,
                              code="E006")
        return _field("in_force", m.Period(start=start, end=end))

    def observed(self, c):
        tok = c[0]
        parts = str(tok).split("-")
        try:
            dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
        except ValueError:
            raise model_error(f"'{tok}' is not a year or a date", tok, self.text, self.name, code="E006") from None
        return _field("observed", str(tok))

    def jurisdiction(self, c):
        return _field("jurisdiction", str(c[0]))

    def adopted(self, c):
        date = None if c[0].type == "UNKNOWN" else parse_date(c[0], self.text, self.name)
        number = None if c[1] is None or c[1].type == "UNKNOWN" else unquote(c[1])
        return _field("adopted", (date, number, c[1] is not None))

    def current_to(self, c):
        return _field("current_to", self._date(c[0]))

    def encoded(self, c):
        return _field("encoded", str(c[0]))

    def _collect(self, fields, into: dict, meta=None, child: str | None = None) -> list:
        """Sort attribute fields into ``into``; return the non-field children. A field that
        holds one value (in-force, unverified …) said twice is an error: the second would
        silently replace the first."""
        rest = []
        for f in fields:
            if isinstance(f, _Field):
                name, value, _ = f
                if name == "source":
                    into.setdefault("sources", []).append(value)
                elif name == "note":
                    into.setdefault("notes", []).append(value)
                else:
                    if name in into:
                        raise self._twice(name, meta, child)
                    into[name] = value
            else:
                rest.append(f)
        for key in ("sources", "notes"):
            if key in into:
                into[key] = tuple(into[key])
        return rest

    def _twice(self, name: str, meta, child: str | None) -> LexcheckError:
        """The error for a field said twice, at its second line within the node (fields come
        before the node's children, whose header line starts with ``child``)."""
        keyword = name.replace("_", "-")
        first = None
        line, column = getattr(meta, "line", 0) or 0, getattr(meta, "column", 0) or 0
        for number in range(line + 1, (getattr(meta, "end_line", 0) or line) + 1):
            src = line_of(self.text, number) or ""
            body = src.lstrip()
            if child and body.startswith(child + " "):
                break
            if body == keyword or body.startswith((keyword + " ", keyword + "\t")):
                if first is not None:
                    line, column = number, len(src) - len(body) + 1
                    break
                first = number
        return model_error(f"'{keyword}' is said twice here; it holds one value", Position(self.name, line, column),
                           self.text, self.name, code="E003",
                           hint=f"the first is at line {first}" if first else None)

    @v_args(meta=True)
    def provision(self, meta, c):
        attrs: dict = {}
        clauses = self._collect(c[2:], attrs, meta)
        return m.Provision(ref=str(c[0]), summary=unquote(c[1]), clauses=tuple(clauses),
                           span=self._span(meta), **attrs), c[0]

    @v_args(meta=True)
    def article(self, meta, c):
        attrs: dict = {}
        provisions = self._collect(c[3:], attrs, meta, "provision")
        attrs.pop("observed", None)
        ref_tok = c[0]
        ref = str(ref_tok)
        seen: dict[str, Token] = {}
        for prov, tok in provisions:
            if prov.ref != ref and not prov.ref.startswith(ref + "."):
                raise model_error(f"provision {prov.ref} is numbered outside article {ref}", tok, self.text,
                                  self.name, code="E004",
                                  hint=f"number it {ref} or {ref}.<n>, or move it to its own article")
            if prov.ref in seen:
                raise model_error(f"provision {prov.ref} appears twice in article {ref}", tok, self.text,
                                  self.name, code="E003",
                                  hint=f"the first is at line {seen[prov.ref].line}")
            seen[prov.ref] = tok
        return m.Article(ref=ref, title=unquote(c[1]) if c[1] is not None else None, coverage=str(c[2]),
                         provisions=tuple(p for p, _ in provisions), span=self._span(meta), **attrs), ref_tok

    @v_args(meta=True)
    def act(self, meta, c):
        act_id, title = c[0], c[1]
        attrs: dict = {}
        articles = self._collect(c[2:], attrs, meta, "article")
        if "jurisdiction" not in attrs:
            raise model_error(f"act {act_id} does not say its jurisdiction", act_id, self.text, self.name,
                              code="E005", hint="add a line: jurisdiction az")
        if not articles:
            raise model_error(f"act {act_id} has no articles", act_id, self.text, self.name, code="E005",
                              hint="encode at least one article (as an excerpt if need be)")
        seen: dict[str, Token] = {}
        refs: dict[str, Token] = {}
        for art, tok in articles:
            if art.ref in seen:
                raise model_error(f"article {art.ref} appears twice in act {act_id}", tok, self.text, self.name,
                                  code="E003", hint=f"the first is at line {seen[art.ref].line}")
            seen[art.ref] = tok
            for prov in art.provisions:
                if prov.ref in refs and prov.ref != art.ref:
                    raise model_error(f"provision {prov.ref} appears twice in act {act_id}", tok, self.text,
                                      self.name, code="E003")
                refs[prov.ref] = tok
        adopted, number, _ = attrs.pop("adopted", (None, None, False))
        coverage = attrs.pop("encoded", "excerpt")
        attrs.pop("observed", None)
        return m.Act(id=str(act_id), title=unquote(title), adopted=adopted, number=number, coverage=coverage,
                     articles=tuple(a for a, _ in articles), span=self._span(meta), **attrs)

    def start(self, c):
        return c[0]


def parse_act(text: str, name: str = "<text>") -> m.Act:
    """Text in the legislation notation → :class:`Act` (syntax and structure checked).

    Well-formed text takes a fast line scanner (:mod:`lexcheck.linescan`) that builds
    the identical model; anything else is parsed by Lark, which reports the error.
    """
    from .gcpause import paused_gc
    from .linescan import scan_act

    with paused_gc():
        act = scan_act(text, name, LegislationBuilder(text, name))
        if act is not None:
            return act
        return parse_with(lambda tree: build(LegislationBuilder(text, name), tree), text, name, "legislation")


def load_act(path: Path | str) -> m.Act:
    """A ``*.lex`` file → :class:`Act`, from the parse cache when its text is unchanged."""
    from . import cache
    from .gcpause import paused_gc

    path = Path(path)
    text = read_source(path)
    with paused_gc():
        act = cache.load(text, str(path))
    if act is None:
        act = parse_act(text, str(path))
        cache.store(text, act)
    return act


def corpus_files(folder: Path | str) -> list[Path]:
    """The ``*.lex`` files of a corpus folder (recursively, sorted, bills excluded)."""
    folder = Path(folder)
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        raise LexcheckError("no such corpus folder", Position(str(folder)), code="E007")
    return sorted(p for p in folder.rglob(f"*{LEX_SUFFIX}") if p.is_file())


def load_corpus(folder: Path | str, files: list[Path] | None = None) -> m.Corpus:
    """Every act under ``folder`` → :class:`Corpus`; two acts with one id is an error."""
    paths = files if files is not None else corpus_files(folder)
    if not paths:
        raise LexcheckError(f"no {LEX_SUFFIX} files in the corpus folder", Position(str(folder)), code="E005")
    from .gcpause import paused_gc

    from .progress import bar

    acts: dict[str, m.Act] = {}
    with paused_gc(), bar("loading acts", len(paths)) as shown:  # a collection between files would walk
        for path in shown.each(paths):                             # every act loaded so far
            act = load_act(path)
            if act.id in acts:
                first = acts[act.id].span
                raise model_error(f"act id '{act.id}' is used twice in the corpus", act.span, read_source(path),
                                  str(path), code="E003", hint=f"the first is {first}")
            acts[act.id] = act
        return m.Corpus(acts=tuple(sorted(acts.values(), key=lambda a: a.id)))


def check_terms(corpus: m.Corpus, vocabulary) -> None:
    """Every term a clause uses must be in the vocabulary, of the kind its role needs."""
    if _terms_known(corpus, vocabulary):
        return  # the common case, checked fast; otherwise find and report the first unknown term
    for act in corpus.acts:
        for _, prov in act.provisions():
            for clause in prov.clauses:
                for kind, term, where in m.clause_terms(clause):
                    vocabulary.check(term, kind, where)


def _terms_known(corpus: m.Corpus, vocabulary) -> bool:
    """Whether :func:`check_terms` would pass (what :func:`model.clause_terms` lists, read directly)."""
    terms = getattr(vocabulary, "terms", None)
    if not isinstance(terms, dict):
        return False
    roles = tuple(m.ROLE_VOCABULARY.items())
    for act in corpus.acts:
        for art in act.articles:
            for prov in art.provisions:
                for clause in prov.clauses:
                    fields = clause.__dict__
                    for role, kind in roles:
                        value = fields.get(role)
                        if isinstance(value, str):
                            t = terms.get(value)
                            if t is None or t.kind != kind:
                                return False
                    if isinstance(clause, m.Definition):
                        for value in (clause.term, *clause.includes, *clause.excludes):
                            if value not in terms:
                                return False
                    for cond in clause.conditions:
                        t = terms.get(cond.term)
                        if t is None or t.kind != "condition":
                            return False
    return True
