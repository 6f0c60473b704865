"""Draft bills: ``*.bill`` text → :class:`Bill`; baseline corpus + bills → consolidated corpus.

A bill (``grammar/amendment.lark``) names the acts it amends, its entry-into-force
date and numbered clauses; each clause performs operations named after Akoma Ntoso's
textual modifications: ``insert`` (a provision into an article, after or before
another, or a new article), ``substitute`` (a whole provision, its summary, or its
formal clauses), ``repeal`` (a provision or an article) and ``renumber``.

:func:`apply` is a pure function: the baseline is never mutated (models are frozen;
every change is a ``model_copy``). Every provision and article a bill changes records
``amended_by`` (bill, clause, operation, span of the operation in the bill).

Time: a bill takes effect on its entry-into-force date. ``apply(…, as_of=day)``
applies, in order, only the bills in force on ``day``; a bill not yet in force leaves
the law as it was (so ``--as-of`` before that date shows the old law). Provisions a
bill inserts or substitutes get ``in-force from <date>`` (unless the bill says
otherwise), so the consolidated text says when each version started. A substituted
version replaces the old one in the consolidated text (one version per number, which
keeps the text parseable); the old version is the baseline.

Rejections are :class:`~lexcheck.errors.AmendmentError` (E010) at the ``file:line:col``
of the offending token in the bill's clause, with "did you mean"; because the result
is built as a new tree, a rejected bill leaves nothing partially applied.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Literal, Union

from lark import Token, v_args
from pydantic import Field

from . import model as m
from .errors import AmendmentError, Position, did_you_mean, line_of
from .legislation import LegislationBuilder, parse_date
from .model import Node, Span
from .notation import build, parse_with, read_source, span, unquote

BILL_SUFFIX = ".bill"


# ---- the bill model -----------------------------------------------------------------

class Placement(Node):
    """Where an inserted provision or article goes: ``after``/``before`` a sibling."""

    where: Literal["after", "before"]
    ref: str
    span: Span | None = None


class _Operation(Node):
    """One textual modification: the act it targets and where it is written."""

    act: str
    span: Span | None = None  # the whole operation (its first line and what it inserts)
    act_span: Span | None = None

    @property
    def operation(self) -> str:
        """The Akoma Ntoso name: insert, substitute, repeal or renumber."""
        return self.kind.split("-")[0]

    def describe(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError


class InsertProvision(_Operation):
    """insert in <act> article <n> [after|before <provision>] + a provision."""

    kind: Literal["insert-provision"] = "insert-provision"
    article: str
    article_span: Span | None = None
    placement: Placement | None = None
    provision: m.Provision

    def describe(self) -> str:
        return f"inserts {self.act} {self.provision.ref}"


class InsertArticle(_Operation):
    """insert in <act> [after|before article <n>] + an article."""

    kind: Literal["insert-article"] = "insert-article"
    placement: Placement | None = None
    article: m.Article

    def describe(self) -> str:
        return f"inserts {self.act} Art. {self.article.ref}"


class SubstituteProvision(_Operation):
    """substitute <act> provision <n> + the provision's new text."""

    kind: Literal["substitute-provision"] = "substitute-provision"
    ref: str
    ref_span: Span | None = None
    provision: m.Provision

    def describe(self) -> str:
        return f"substitutes {self.act} {self.ref}"


class SubstituteSummary(_Operation):
    """substitute summary of <act> provision <n> "new summary"."""

    kind: Literal["substitute-summary"] = "substitute-summary"
    ref: str
    ref_span: Span | None = None
    summary: str

    def describe(self) -> str:
        return f"substitutes the summary of {self.act} {self.ref}"


class SubstituteClauses(_Operation):
    """substitute clauses of <act> provision <n> + its new formal clauses."""

    kind: Literal["substitute-clauses"] = "substitute-clauses"
    ref: str
    ref_span: Span | None = None
    clauses: tuple[m.Clause, ...]

    def describe(self) -> str:
        return f"substitutes the formal clauses of {self.act} {self.ref}"


class RepealProvision(_Operation):
    kind: Literal["repeal-provision"] = "repeal-provision"
    ref: str
    ref_span: Span | None = None

    def describe(self) -> str:
        return f"repeals {self.act} {self.ref}"


class RepealArticle(_Operation):
    kind: Literal["repeal-article"] = "repeal-article"
    ref: str
    ref_span: Span | None = None

    def describe(self) -> str:
        return f"repeals {self.act} Art. {self.ref}"


class RenumberProvision(_Operation):
    kind: Literal["renumber-provision"] = "renumber-provision"
    ref: str
    ref_span: Span | None = None
    new_ref: str
    new_ref_span: Span | None = None

    def describe(self) -> str:
        return f"renumbers {self.act} {self.ref} as {self.new_ref}"


class RenumberArticle(_Operation):
    """renumber <act> article <n> as <m>: its provisions numbered <n>… become <m>…."""

    kind: Literal["renumber-article"] = "renumber-article"
    ref: str
    ref_span: Span | None = None
    new_ref: str
    new_ref_span: Span | None = None

    def describe(self) -> str:
        return f"renumbers {self.act} Art. {self.ref} as Art. {self.new_ref}"


Operation = Annotated[
    Union[InsertProvision, InsertArticle, SubstituteProvision, SubstituteSummary, SubstituteClauses,
          RepealProvision, RepealArticle, RenumberProvision, RenumberArticle],
    Field(discriminator="kind"),
]


class BillClause(Node):
    """A numbered clause of a bill and the operations it performs, in order."""

    number: str
    title: str | None = None
    operations: tuple[Operation, ...]
    span: Span | None = None


class Bill(Node):
    """A draft bill: identity, the acts it amends, its entry into force, its clauses."""

    id: str
    title: str
    number: str | None = None  # None: not known (a draft has none yet)
    dated: dt.date | None = None
    amends: tuple[str, ...]
    amends_spans: tuple[Span, ...] = ()
    in_force: dt.date
    sources: tuple[m.Source, ...] = ()
    notes: tuple[str, ...] = ()
    clauses: tuple[BillClause, ...]
    span: Span | None = None
    text: str = Field(default="", repr=False, exclude=True)  # for error lines

    @property
    def file(self) -> str:
        return self.span.file if self.span else "<bill>"

    def info(self, applied: bool = True) -> dict:
        """The bill as reports list it (JSON-ready)."""
        from .resources import display_path

        return {"id": self.id, "title": self.title, "number": self.number,
                "dated": self.dated.isoformat() if self.dated else None,
                "in_force": self.in_force.isoformat(), "amends": list(self.amends),
                "file": display_path(self.file) if self.span else "", "applied": applied,
                "clauses": [c.number for c in self.clauses]}


# ---- parsing --------------------------------------------------------------------------

class BillBuilder(LegislationBuilder):
    """Tree of ``amendment.lark`` → :class:`Bill` (provisions as in the legislation notation)."""

    def _sp(self, tok) -> Span | None:
        return None if tok is None else span(tok, self.name)

    def _error(self, message: str, at, hint: str | None = None) -> AmendmentError:
        line, col = getattr(at, "line", 0) or 0, getattr(at, "column", 0) or 0
        return AmendmentError(message, Position(self.name, line, col, line_of(self.text, line)), hint=hint)

    def number(self, c):
        return ("number", None if c[0].type == "UNKNOWN" else unquote(c[0]), c[0])

    def dated(self, c):
        return ("dated", None if c[0].type == "UNKNOWN" else parse_date(c[0], self.text, self.name), c[0])

    def amends(self, c):
        return ("amends", tuple(c), c[0])

    def enters_into_force(self, c):
        return ("in_force", parse_date(c[0], self.text, self.name), c[0])

    def placement(self, c):
        return Placement(where=str(c[0]), ref=str(c[1]), span=self._sp(c[1]))

    def article_placement(self, c):
        return Placement(where=str(c[0]), ref=str(c[1]), span=self._sp(c[1]))

    @v_args(meta=True)
    def insert_provision(self, meta, c):
        act, art, placement, (prov, tok) = c
        if prov.ref != str(art) and not prov.ref.startswith(f"{art}."):
            raise self._error(f"provision {prov.ref} is numbered outside article {art}", tok,
                              hint=f"number it {art}.<n>, or insert it in its own article")
        return InsertProvision(act=str(act), act_span=self._sp(act), article=str(art), article_span=self._sp(art),
                               placement=placement, provision=prov, span=self._span(meta))

    @v_args(meta=True)
    def insert_article(self, meta, c):
        act, placement, (art, _tok) = c
        return InsertArticle(act=str(act), act_span=self._sp(act), placement=placement, article=art,
                             span=self._span(meta))

    @v_args(meta=True)
    def substitute_provision(self, meta, c):
        act, ref, (prov, tok) = c
        if prov.ref != str(ref):
            raise self._error(f"the new text is numbered {prov.ref}, but it substitutes {ref}", tok,
                              hint=f"number it {ref}; to change a number, use: renumber {act} provision {ref} "
                                   f"as {prov.ref}")
        return SubstituteProvision(act=str(act), act_span=self._sp(act), ref=str(ref), ref_span=self._sp(ref),
                                   provision=prov, span=self._span(meta))

    @v_args(meta=True)
    def substitute_summary(self, meta, c):
        act, ref, text = c
        return SubstituteSummary(act=str(act), act_span=self._sp(act), ref=str(ref), ref_span=self._sp(ref),
                                 summary=unquote(text), span=self._span(meta))

    @v_args(meta=True)
    def substitute_clauses(self, meta, c):
        act, ref, *clauses = c
        return SubstituteClauses(act=str(act), act_span=self._sp(act), ref=str(ref), ref_span=self._sp(ref),
                                 clauses=tuple(clauses), span=self._span(meta))

    def _simple(self, cls, meta, c):
        act, ref = c[0], c[1]
        return cls(act=str(act), act_span=self._sp(act), ref=str(ref), ref_span=self._sp(ref),
                   span=self._span(meta))

    @v_args(meta=True)
    def repeal_provision(self, meta, c):
        return self._simple(RepealProvision, meta, c)

    @v_args(meta=True)
    def repeal_article(self, meta, c):
        return self._simple(RepealArticle, meta, c)

    def _renumber(self, cls, meta, c):
        act, ref, new = c
        if str(ref) == str(new):
            raise self._error(f"renumbering {ref} as itself changes nothing", new)
        return cls(act=str(act), act_span=self._sp(act), ref=str(ref), ref_span=self._sp(ref), new_ref=str(new),
                   new_ref_span=self._sp(new), span=self._span(meta))

    @v_args(meta=True)
    def renumber_provision(self, meta, c):
        return self._renumber(RenumberProvision, meta, c)

    @v_args(meta=True)
    def renumber_article(self, meta, c):
        return self._renumber(RenumberArticle, meta, c)

    @v_args(meta=True)
    def bill_clause(self, meta, c):
        number, title, *ops = c
        return BillClause(number=str(number), title=unquote(title) if title is not None else None,
                          operations=tuple(ops), span=self._span(meta)), number

    @v_args(meta=True)
    def bill(self, meta, c):
        bill_id, title, *rest = c
        attrs: dict = {"sources": [], "notes": []}
        seen: dict[str, Token] = {}
        clauses: list[tuple[BillClause, Token]] = []
        for item in rest:
            if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], BillClause):
                clauses.append(item)
                continue
            if isinstance(item, tuple) and len(item) == 3 and item[0] in ("source", "note"):
                attrs["sources" if item[0] == "source" else "notes"].append(item[1])
                continue
            name, value, tok = item
            if name in seen:
                raise self._error(f"the bill says '{name.replace('_', '-')}' twice", tok,
                                  hint=f"the first is at line {seen[name].line}")
            seen[name] = tok
            attrs[name] = value
        if "amends" not in attrs:
            raise self._error(f"bill {bill_id} does not say which act it amends", bill_id,
                              hint="add a line: amends <act id>, e.g. amends state-duty")
        if "in_force" not in attrs:
            raise self._error(f"bill {bill_id} does not say when it enters into force", bill_id,
                              hint="add a line: in-force <date>, e.g. in-force 2025-07-01")
        numbers: dict[str, Token] = {}
        for clause, tok in clauses:
            if str(tok) in numbers:
                raise self._error(f"clause {tok} appears twice in bill {bill_id}", tok,
                                  hint=f"the first is at line {numbers[str(tok)].line}")
            numbers[str(tok)] = tok
        amends_tok = seen["amends"]
        listed = attrs["amends"]
        if len(set(map(str, listed))) != len(listed):
            raise self._error("an act is listed twice after 'amends'", amends_tok)
        return Bill(id=str(bill_id), title=unquote(title), number=attrs.get("number"), dated=attrs.get("dated"),
                    amends=tuple(str(a) for a in listed), amends_spans=tuple(span(a, self.name) for a in listed),
                    in_force=attrs["in_force"], sources=tuple(attrs["sources"]), notes=tuple(attrs["notes"]),
                    clauses=tuple(cl for cl, _ in clauses), span=self._span(meta), text=self.text)



def parse_bill(text: str, name: str = "<bill>") -> Bill:
    """Text in the bill notation → :class:`Bill` (syntax and structure checked)."""
    return parse_with(lambda tree: build(BillBuilder(text, name), tree), text, name, "amendment")


def load_bill(path: Path | str) -> Bill:
    path = Path(path)
    return parse_bill(read_source(path), str(path))


def load_bills(paths: Iterable[Path | str]) -> list[Bill]:
    """Bills from files (a folder gives its ``*.bill`` files, sorted); two bills with one id is an error."""
    bills: list[Bill] = []
    from .resources import builtin

    for p in paths:
        p = builtin(p)  # "@builtin/legislation/az/bills/…" names a shipped bill
        files = bill_files(p) if p.is_dir() else [p]
        if not files:
            raise AmendmentError(f"no {BILL_SUFFIX} files in the folder", Position(str(p)), code="E005")
        bills += [load_bill(f) for f in files]
    seen: dict[str, Bill] = {}
    for b in bills:
        if b.id in seen:
            raise AmendmentError(f"two bills have the id '{b.id}'", _pos(b, b.span),
                                 hint=f"the first is {seen[b.id].span}")
        seen[b.id] = b
    return bills


# ---- applying bills -------------------------------------------------------------------

def _pos(bill: Bill, at: Span | None, context: str | None = None) -> Position:
    if at is None:
        return Position(bill.file, context=context)
    return Position(at.file, at.line, at.column, line_of(bill.text, at.line) if bill.text else None, context)


def _number_at(bill: Bill, at: Span | None, ref: str) -> Span | None:
    """The span of the number ``ref`` on the line where ``at`` starts (a provision or
    article line points at its number, not at the keyword)."""
    if at is None or not bill.text:
        return at
    line = line_of(bill.text, at.line) or ""
    i = line.find(ref, at.column - 1)
    if i < 0:
        return at
    return Span(file=at.file, line=at.line, column=i + 1, end_line=at.line, end_column=i + 1 + len(ref))


class _Editor:
    """Applies one bill's operations to a working copy of the corpus (dict of acts)."""

    def __init__(self, acts: dict[str, m.Act], repealed: dict[tuple[str, str, str], str]) -> None:
        self.acts = acts
        # (act, "article"|"provision", ref) → "clause N of bill X" that repealed it
        self.repealed = repealed

    # -- looking things up, or saying why not ------------------------------------------
    def fail(self, bill: Bill, clause: BillClause, message: str, at: Span | None, hint: str | None = None):
        raise AmendmentError(message, _pos(bill, at, f"clause {clause.number} of bill {bill.id}"), hint=hint)

    def act(self, bill: Bill, clause: BillClause, op) -> m.Act:
        if op.act not in bill.amends:
            self.fail(bill, clause, f"act '{op.act}' is not among the acts this bill amends "
                                    f"({', '.join(bill.amends)})", op.act_span,
                      hint=did_you_mean(op.act, bill.amends) or f"add it to the line: amends {', '.join(bill.amends)}")
        act = self.acts.get(op.act)
        if act is None:  # pragma: no cover - checked for the whole bill first
            self.fail(bill, clause, f"act '{op.act}' is not in the corpus", op.act_span,
                      hint=did_you_mean(op.act, self.acts))
        return act

    def _gone(self, act_id: str, what: str, ref: str) -> str | None:
        by = self.repealed.get((act_id, what, ref))
        return f"; it was repealed by {by}" if by else ""

    def article(self, bill, clause, act: m.Act, ref: str, at: Span | None) -> m.Article:
        art = act.article(ref)
        if art is None:
            self.fail(bill, clause, f"act {act.id} has no article {ref}{self._gone(act.id, 'article', ref)}", at,
                      hint=did_you_mean(ref, [a.ref for a in act.articles])
                      or f"its articles: {', '.join(a.ref for a in act.articles)}")
        return art

    def provision(self, bill, clause, act: m.Act, ref: str, at: Span | None) -> tuple[m.Article, m.Provision]:
        for art, prov in act.provisions():
            if prov.ref == ref:
                return art, prov
        self.fail(bill, clause, f"act {act.id} has no provision {ref}{self._gone(act.id, 'provision', ref)}", at,
                  hint=did_you_mean(ref, [p.ref for _, p in act.provisions()]))
        raise AssertionError  # pragma: no cover

    def free_provision_ref(self, bill, clause, act: m.Act, ref: str, at: Span | None) -> None:
        at = _number_at(bill, at, ref)
        for art, prov in act.provisions():
            if prov.ref == ref:
                where = prov.span or art.span
                self.fail(bill, clause, f"act {act.id} already has a provision {ref}", at,
                          hint=(f"it is at {where}; " if where else "") + "choose a free number, or use "
                               f"substitute {act.id} provision {ref}")

    # -- writing -------------------------------------------------------------------------
    @staticmethod
    def stamp(node, mark: m.AmendedBy):
        return node.model_copy(update={"amended_by": (*node.amended_by, mark)})

    @staticmethod
    def starts(period: m.Period | None, day: dt.date, keep_end: bool = True) -> m.Period:
        """The period of a new version entering into force on ``day``."""
        end = period.end if (keep_end and period is not None and period.end and period.end > day) else None
        return m.Period(start=day, end=end)

    def with_provenance(self, bill: Bill, clause: BillClause, prov: m.Provision) -> m.Provision:
        """A provision written in a bill: its period from the bill, its source the bill."""
        update: dict = {}
        if prov.in_force is None:
            update["in_force"] = m.Period(start=bill.in_force)
        if not prov.sources:
            update["sources"] = (m.Source(cite=f"bill {bill.id}, clause {clause.number}", dated=bill.dated),)
        return prov.model_copy(update=update)

    def put(self, act: m.Act, articles: list[m.Article]) -> None:
        self.acts[act.id] = act.model_copy(update={"articles": tuple(articles)})

    def replace_article(self, act: m.Act, old: m.Article, new: m.Article | None) -> None:
        arts = [new if a is old else a for a in act.articles]
        self.put(act, [a for a in arts if a is not None])

    @staticmethod
    def placed(items: list, new, placement: Placement | None, ref_of) -> list:
        if placement is None:
            return [*items, new]
        i = next(i for i, x in enumerate(items) if ref_of(x) == placement.ref)
        at = i + 1 if placement.where == "after" else i
        return [*items[:at], new, *items[at:]]

    def apply(self, bill: Bill, clause: BillClause, op) -> None:
        mark = m.AmendedBy(bill=bill.id, clause=clause.number, operation=op.operation, span=op.span, kind=op.kind,
                           renumbered_from=op.ref if op.kind.startswith("renumber") else None)
        act = self.act(bill, clause, op)
        k = op.kind
        if k == "insert-provision":
            art = self.article(bill, clause, act, op.article, op.article_span)
            self.free_provision_ref(bill, clause, act, op.provision.ref, op.provision.span)
            if op.placement is not None and not any(p.ref == op.placement.ref for p in art.provisions):
                self.fail(bill, clause, f"article {art.ref} of {act.id} has no provision {op.placement.ref} to insert "
                                        f"{op.placement.where}", op.placement.span,
                          hint=did_you_mean(op.placement.ref, [p.ref for p in art.provisions]))
            prov = self.stamp(self.with_provenance(bill, clause, op.provision), mark)
            provs = self.placed(list(art.provisions), prov, op.placement, lambda p: p.ref)
            self.replace_article(act, art, self.stamp(art.model_copy(update={"provisions": tuple(provs)}), mark))
        elif k == "insert-article":
            new = op.article
            if act.article(new.ref) is not None:
                old = act.article(new.ref)
                self.fail(bill, clause, f"act {act.id} already has an article {new.ref}",
                          _number_at(bill, new.span, new.ref),
                          hint=(f"it is at {old.span}; " if old.span else "") + "choose a free number")
            for prov in new.provisions:
                self.free_provision_ref(bill, clause, act, prov.ref, prov.span)
            if op.placement is not None:
                self.article(bill, clause, act, op.placement.ref, op.placement.span)
            provs = tuple(self.stamp(self.with_provenance(bill, clause, p), mark) for p in new.provisions)
            update = {"provisions": provs}
            if new.in_force is None:
                update["in_force"] = m.Period(start=bill.in_force)
            art = self.stamp(new.model_copy(update=update), mark)
            self.put(act, self.placed(list(act.articles), art, op.placement, lambda a: a.ref))
        elif k in ("substitute-provision", "substitute-summary", "substitute-clauses"):
            art, old = self.provision(bill, clause, act, op.ref, op.ref_span)
            if k == "substitute-provision":
                new = self.with_provenance(bill, clause, op.provision)
                new = new.model_copy(update={"amended_by": old.amended_by})
            elif k == "substitute-summary":
                new = old.model_copy(update={"summary": op.summary})
            else:
                new = old.model_copy(update={"clauses": op.clauses, "in_force": self.starts(old.in_force,
                                                                                              bill.in_force)})
            new = self.stamp(new, mark)
            provs = tuple(new if p is old else p for p in art.provisions)
            self.replace_article(act, art, self.stamp(art.model_copy(update={"provisions": provs}), mark))
        elif k == "repeal-provision":
            art, old = self.provision(bill, clause, act, op.ref, op.ref_span)
            provs = tuple(p for p in art.provisions if p is not old)
            self.replace_article(act, art, self.stamp(art.model_copy(update={"provisions": provs}), mark))
            self.repealed[(act.id, "provision", op.ref)] = f"clause {clause.number} of bill {bill.id}"
        elif k == "repeal-article":
            art = self.article(bill, clause, act, op.ref, op.ref_span)
            by = self.repealed.get((act.id, "article", op.ref))
            if by or (not art.provisions and art.coverage == "complete" and art.amended_by):
                self.fail(bill, clause, f"article {op.ref} of {act.id} is already repealed"
                          + (f" (by {by})" if by else "") + "; it has no provisions left", op.ref_span)
            # A repealed article stays in the consolidated text, empty and complete, as in
            # an official consolidation ("Article 191. Repealed."): the law is then known to
            # say nothing there, so a requirement searching it becomes a gap, not undetermined.
            note = f"Repealed by clause {clause.number} of bill {bill.id}, from {bill.in_force.isoformat()}."
            empty = art.model_copy(update={"provisions": (), "coverage": "complete",
                                           "notes": (*art.notes, note)})
            self.replace_article(act, art, self.stamp(empty, mark))
            self.repealed[(act.id, "article", op.ref)] = f"clause {clause.number} of bill {bill.id}"
            for p in art.provisions:
                self.repealed[(act.id, "provision", p.ref)] = f"clause {clause.number} of bill {bill.id}"
        elif k == "renumber-provision":
            art, old = self.provision(bill, clause, act, op.ref, op.ref_span)
            if op.new_ref != art.ref and not op.new_ref.startswith(f"{art.ref}."):
                self.fail(bill, clause, f"{op.new_ref} is outside article {art.ref}, where {op.ref} stands",
                          op.new_ref_span, hint=f"number it {art.ref}.<n>")
            self.free_provision_ref(bill, clause, act, op.new_ref, op.new_ref_span)
            new = self.stamp(old.model_copy(update={"ref": op.new_ref}), mark)
            provs = tuple(new if p is old else p for p in art.provisions)
            self.replace_article(act, art, self.stamp(art.model_copy(update={"provisions": provs}), mark))
        elif k == "renumber-article":
            art = self.article(bill, clause, act, op.ref, op.ref_span)
            if act.article(op.new_ref) is not None:
                self.fail(bill, clause, f"act {act.id} already has an article {op.new_ref}", op.new_ref_span,
                          hint="choose a free number")
            provs = []
            for p in art.provisions:
                ref = op.new_ref + p.ref[len(art.ref):] if (p.ref == art.ref or p.ref.startswith(f"{art.ref}.")) \
                    else p.ref
                if ref != p.ref:
                    self.free_provision_ref(bill, clause, act, ref, op.new_ref_span)
                    p = self.stamp(p.model_copy(update={"ref": ref}), mark)
                provs.append(p)
            self.replace_article(act, art, self.stamp(art.model_copy(update={"ref": op.new_ref,
                                                                            "provisions": tuple(provs)}), mark))
        else:  # pragma: no cover - the union is closed
            raise ValueError(k)


def in_force_on(bill: Bill, day: dt.date | None) -> bool:
    """Whether ``bill`` has entered into force on ``day`` (None: every bill applies)."""
    return day is None or bill.in_force <= day


def apply(corpus: m.Corpus, bills: Sequence[Bill], as_of: dt.date | None = None) -> m.Corpus:
    """The consolidated corpus: ``bills`` applied in order to ``corpus`` (never mutated).

    Every bill is checked against the corpus as amended by the bills before it, even
    one not yet in force on ``as_of``; then only the bills in force on ``as_of`` are
    applied (all of them when ``as_of`` is None). Raises :class:`AmendmentError` at
    the first operation that cannot apply; then nothing is applied.
    """
    validated = _apply_all(corpus, bills)
    if as_of is None or all(in_force_on(b, as_of) for b in bills):
        return validated
    return _apply_all(corpus, [b for b in bills if in_force_on(b, as_of)], dependent=True)


def _apply_all(corpus: m.Corpus, bills: Sequence[Bill], dependent: bool = False) -> m.Corpus:
    seen: dict[str, Bill] = {}
    for bill in bills:
        if bill.id in seen:
            raise AmendmentError(f"bill '{bill.id}' is given twice", _pos(bill, bill.span),
                                 hint=f"the first is {seen[bill.id].span}")
        seen[bill.id] = bill
    acts = {a.id: a for a in corpus.acts}
    editor = _Editor(acts, {})
    for bill in bills:
        for act_id, at in zip(bill.amends, bill.amends_spans or (None,) * len(bill.amends)):
            if act_id not in acts:
                raise AmendmentError(f"bill {bill.id} amends act '{act_id}', which is not in the corpus",
                                     _pos(bill, at, f"bill {bill.id}"),
                                     hint=did_you_mean(act_id, acts) or f"the corpus has: {', '.join(sorted(acts))}")
        for clause in bill.clauses:
            for op in clause.operations:
                try:
                    editor.apply(bill, clause, op)
                except AmendmentError as exc:
                    if dependent:
                        exc.hint = ((exc.hint + "; ") if exc.hint else "") + (
                            "this may depend on an earlier bill that is not yet in force on the date of the check")
                        exc.args = (exc.render(),)
                    raise
    return m.Corpus(acts=tuple(sorted(editor.acts.values(), key=lambda a: a.id)))


# ---- what a bill touched (for the diff's attributions) --------------------------------

class Touch(Node):
    """A provision an operation changed, by its article and number (old or new)."""

    bill: str
    clause: str
    operation: str
    act: str
    article: str
    provision: str
    location: str = ""


def touched(corpus: m.Corpus, bills: Sequence[Bill]) -> list[Touch]:
    """Every (act, article, provision) the bills change, as numbered before and after.

    ``corpus`` is the baseline; the bills are replayed to know, e.g., which provisions a
    repealed article held, or what a renumbered provision was called.
    """
    from .resources import display_path

    out: list[Touch] = []
    acts = {a.id: a for a in corpus.acts}
    editor = _Editor(acts, {})
    for bill in bills:
        for clause in bill.clauses:
            for op in clause.operations:
                act = editor.acts.get(op.act)
                sp = op.span
                loc = f"{display_path(sp.file)}:{sp.line}:{sp.column}" if sp else ""

                def add(article: str, provision: str) -> None:
                    out.append(Touch(bill=bill.id, clause=clause.number, operation=op.operation, act=op.act,
                                     article=article, provision=provision, location=loc))

                k = op.kind
                if k == "insert-provision":
                    add(op.article, op.provision.ref)
                elif k == "insert-article":
                    for p in op.article.provisions:
                        add(op.article.ref, p.ref)
                elif act is not None and k in ("repeal-article", "renumber-article"):
                    art = act.article(op.ref)
                    for p in art.provisions if art else ():
                        add(op.ref, p.ref)
                        if k == "renumber-article" and (p.ref == op.ref or p.ref.startswith(f"{op.ref}.")):
                            add(op.new_ref, op.new_ref + p.ref[len(op.ref):])
                elif act is not None:
                    art = next((a for a, p in act.provisions() if p.ref == op.ref), None)
                    if art is not None:
                        add(art.ref, op.ref)
                        if k == "renumber-provision":
                            add(art.ref, op.new_ref)
                editor.apply(bill, clause, op)
    return out


def bill_files(folder: Path | str) -> list[Path]:
    return sorted(Path(folder).glob(f"*{BILL_SUFFIX}"))


__all__ = [
    "Bill", "BillClause", "Operation", "InsertProvision", "InsertArticle", "SubstituteProvision",
    "SubstituteSummary", "SubstituteClauses", "RepealProvision", "RepealArticle", "RenumberProvision",
    "RenumberArticle", "Placement", "parse_bill", "load_bill", "load_bills", "apply", "touched", "Touch",
    "in_force_on", "bill_files",
]
