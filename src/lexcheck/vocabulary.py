"""The vocabulary: ``*.vocab`` text → :class:`Vocabulary` (terms, broader/narrower, stage order).

Parties, fees, proceedings, entitlements, actors, actions, stages, parameters and
conditions are terms. A term listed ``under`` another is narrower than it: a
provision for "victims of crime" covers "victims of trafficking". Stages are ordered
as they are listed. Unknown terms in law or rules are load errors with "did you mean".
"""

from __future__ import annotations

import re

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from lark import Transformer

from .errors import Position, UnknownTerm, did_you_mean, line_of
from .notation import build, model_error, parse_with, read_source, unquote
from .model import Span

# The words that join a clause's terms ("exempts X from Y in Z"): with a term left out, the
# next of them is read in its place.
CONNECTIVES = frozenset({"from", "in", "to", "for", "when", "unless", "until", "includes", "excludes",
                         "free-of-charge"})

KINDS = ("party", "fee", "proceeding", "entitlement", "actor", "action", "stage", "parameter", "condition",
         "element", "evidence-kind")


@dataclass(frozen=True)
class Term:
    id: str
    kind: str
    label: str
    parents: tuple[str, ...]
    span: Span | None = None


@dataclass
class Vocabulary:
    """Terms by id, with their broader/narrower relations and the order of stages."""

    terms: dict[str, Term] = field(default_factory=dict)
    files: tuple[str, ...] = ()

    @cached_property
    def _ancestors(self) -> dict[str, frozenset[str]]:
        memo: dict[str, frozenset[str]] = {}

        def up(t: str, trail: tuple[str, ...] = ()) -> frozenset[str]:
            if t in memo:
                return memo[t]
            result = {t}
            for p in self.terms[t].parents:
                result |= up(p, trail + (t,))
            memo[t] = frozenset(result)
            return memo[t]

        for t in self.terms:
            up(t)
        return memo

    def ancestors(self, term: str) -> frozenset[str]:
        """``term`` and every broader term (reflexive, transitive)."""
        return self._ancestors.get(term, frozenset({term}))

    @cached_property
    def _descendants(self) -> dict[str, frozenset[str]]:
        down: dict[str, set[str]] = {t: set() for t in self.terms}
        for t in self.terms:
            for a in self.ancestors(t):
                down.setdefault(a, set()).add(t)
        return {t: frozenset(s) for t, s in down.items()}

    def descendants(self, term: str) -> frozenset[str]:
        """``term`` and every narrower term (reflexive, transitive)."""
        return self._descendants.get(term, frozenset({term}))

    def relatives(self, term: str) -> frozenset[str]:
        """Every term :meth:`relation` relates to ``term``: itself, broader, narrower, and
        overlapping terms (a term above one of its narrower terms)."""
        return frozenset(a for d in self.descendants(term) for a in self.ancestors(d))

    def covers(self, broader: str, narrower: str) -> bool:
        """True if ``broader`` is ``narrower`` or a broader term of it."""
        return broader in self.ancestors(narrower)

    def relation(self, provided: str, required: str) -> str | None:
        """How a provided term relates to a required one: same, broader, narrower, overlap or None."""
        if provided == required:
            return "same"
        if self.covers(provided, required):
            return "broader"
        if self.covers(required, provided):
            return "narrower"
        if self.descendants(provided) & self.descendants(required):
            return "overlap"  # some people (or matters) fall under both
        return None

    @cached_property
    def stages(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.terms.values() if t.kind == "stage")

    def stage_rank(self, stage: str) -> int:
        return self.stages.index(stage)

    def label(self, term: str) -> str:
        t = self.terms.get(term)
        return t.label if t else term

    def of_kind(self, kind: str) -> list[str]:
        return [t.id for t in self.terms.values() if t.kind == kind]

    def check(self, term: str, kind: str, where: Span | None, role: str | None = None) -> None:
        """Raise :class:`UnknownTerm` unless ``term`` exists (and is of ``kind``)."""
        t = self.terms.get(term)
        if t is not None and (kind == "any" or t.kind == kind):
            return
        pool = self.terms if kind == "any" else self.of_kind(kind)
        position = _position(where, term, kind)
        if t is None and term in CONNECTIVES:
            needed = kind if kind != "any" else "term"
            raise UnknownTerm(f"'{term}' is a keyword of the notation, read here as the {needed}", position,
                              hint=f"is the {needed} missing before '{term}'? A keyword cannot be a term")
        if t is None:
            what = f"unknown {kind if kind != 'any' else 'term'} '{term}'"
            declare = (f"declare it in a .vocab file as: {kind} {term} \"…\"" if kind != "any" else
                       f"declare it in a .vocab file as: <kind> {term} \"…\" (a kind: {', '.join(KINDS)})")
            raise UnknownTerm(what + " (not in the vocabulary)", position, hint=did_you_mean(term, pool) or declare)
        raise UnknownTerm(f"'{term}' is {_a(t.kind)}, but {role or 'this place'} needs {_a(kind)}", position,
                          hint=did_you_mean(term, pool))


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


# Where each role's term stands in a clause, after the clause's keyword: a word number
# (``exempts P from F in PR``: the party is word 1) or the keyword it follows.
_SLOTS = {
    "exempts": {"party": 1, "fee": 3, "proceeding": 5},
    "grants": {"party": 1, "entitlement": 2, "stage": "from"},
    "obliges": {"actor": 1, "action": 3, "party": "for"},
    "permits": {"party": 1, "action": 3},
    "prohibits": {"actor": 1, "action": 3, "party": "for"},
    "binds": {"party": 1, "action": 3},
    "suspends": {"action": 1},
    "amount": {"parameter": 1, "party": "for"},
}
_CLAUSE_WORD = re.compile(r'"(?:[^"\\\n]|\\.)*"?|#.*|[^\s,"#]+')


def words(src: str, start: int = 0) -> list[tuple[int, str]]:
    """(index, word) of the words of a notation line from ``start``: strings, comments and
    commas are not words (a term in a summary or a comment is never pointed at)."""
    return [(w.start(), w.group()) for w in _CLAUSE_WORD.finditer(src, start) if w.group()[0] not in '"#']


def _slot(src: str, start: int, term: str, role: str) -> int:
    """The index in ``src`` of ``term`` in its ``role``'s place in the clause starting at
    ``start`` (so that a word used twice on a line is found where it is wrong), or -1."""
    words_ = words(src, start)
    if words_ and words_[0][1] == "requires":  # a requirement's pattern
        words_ = words_[1:]
    slot = _SLOTS.get(words_[0][1], {}).get(role) if words_ else None
    if isinstance(slot, str):
        slot = next((i + 1 for i, (_, w) in enumerate(words_) if i and w == slot), None)
    if isinstance(slot, int) and slot < len(words_) and words_[slot][1] == term:
        return words_[slot][0]
    return -1


def _position(where: Span | None, term: str, role: str | None = None) -> Position:
    """The position of ``term`` on the line ``where`` points at (found by text; in the place of
    ``role`` when the line is a clause)."""
    if where is None:
        return Position("<unknown>")
    try:
        text = read_source(where.file)
    except Exception:  # the text may be in memory only (a docstring, a test)
        return Position(where.file, where.line, where.column)
    if role is not None:
        src = line_of(text, where.line) or ""
        idx = _slot(src, where.column - 1, term, role)
        if idx >= 0:
            return Position(where.file, where.line, idx + 1, src)
    # the term may be on a later line of a multi-line node (a test's 'forbid' line)
    for number in range(where.line, max(where.line, where.end_line) + 1):
        src = line_of(text, number) or ""
        start = where.column - 1 if number == where.line else 0
        idx = next((i for i, w in words(src, start) if w == term), -1)
        if idx >= 0:
            return Position(where.file, number, idx + 1, src)
    return Position(where.file, where.line, where.column, line_of(text, where.line) or "")


class _Builder(Transformer):
    def __init__(self, text, name):
        super().__init__()
        self.text, self.name = text, name

    def term_list(self, c):
        return tuple(c)

    def entry(self, c):
        return c

    def start(self, c):
        return c


def parse_vocabulary(text: str, name: str, into: Vocabulary | None = None) -> Vocabulary:
    """Text in the vocabulary notation → :class:`Vocabulary` (added to ``into`` if given)."""
    vocab = into or Vocabulary()
    before = dict(vocab.terms)

    def make(tree) -> None:
        vocab.terms.clear()  # a second reading (see parse_with) starts from the same terms
        vocab.terms.update(before)
        entries = build(_Builder(text, name), tree)
        new: list[tuple[Term, tuple]] = []
        for kind, tok, label, parents in entries:
            if str(tok) in CONNECTIVES:
                raise model_error(f"'{tok}' is a keyword of the notation and cannot be a term", tok, text, name,
                                  code="E011", hint=f"choose another id, such as {kind}-{tok}")
            if str(tok) in vocab.terms:
                first = vocab.terms[str(tok)].span
                raise model_error(f"term '{tok}' is declared twice", tok, text, name, code="E011",
                                  hint=f"the first is at {first}")
            term = Term(str(tok), str(kind), unquote(label), tuple(str(p) for p in (parents or ())),
                        Span(file=name, line=tok.line, column=tok.column, end_line=tok.end_line,
                             end_column=tok.end_column))
            vocab.terms[term.id] = term
            new.append((term, parents or ()))
        for term, parents in new:
            for p in parents:
                parent = vocab.terms.get(str(p))
                if parent is None:
                    raise model_error(f"'{term.id}' is under '{p}', which is not declared", p, text, name,
                                      code="E011", hint=did_you_mean(str(p), vocab.terms))
                if parent.kind != term.kind:
                    raise model_error(f"'{term.id}' is a {term.kind} but '{p}' is a {parent.kind}", p, text,
                                      name, code="E011", hint="a term can only be under a term of its own kind")
        _check_cycles(vocab, text, name)

    try:
        parse_with(make, text, name, "vocabulary")
    except BaseException:
        vocab.terms.clear()  # a vocabulary given to add to is left as it was
        vocab.terms.update(before)
        raise
    vocab.files = vocab.files + (name,)
    vocab.__dict__.pop("_ancestors", None)
    vocab.__dict__.pop("_descendants", None)
    vocab.__dict__.pop("stages", None)
    return vocab


def _check_cycles(vocab: Vocabulary, text: str, name: str) -> None:
    state: dict[str, int] = {}

    def visit(t: str, path: list[str]) -> None:
        if state.get(t) == 2:
            return
        if state.get(t) == 1:
            loop = " → ".join(path[path.index(t):] + [t])
            term = vocab.terms[t]
            raise model_error(f"the terms are under each other in a circle: {loop}", term.span, text, name,
                              code="E011")
        state[t] = 1
        for p in vocab.terms[t].parents:
            visit(p, path + [t])
        state[t] = 2

    for t in list(vocab.terms):
        visit(t, [])


def load_vocabulary(paths: Iterable[Path | str]) -> Vocabulary:
    """Read every vocabulary file in order into one :class:`Vocabulary`."""
    vocab = Vocabulary()
    for path in paths:
        parse_vocabulary(read_source(path), str(path), vocab)
    return vocab
