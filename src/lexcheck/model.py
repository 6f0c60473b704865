"""The legislation model: text in the notation → Act, Article, Provision, Clause (pydantic).

Every node keeps its source :class:`Span` and its citation path (act → article →
provision). Models are frozen: an amendment returns a new tree and never mutates the
baseline.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field


class Node(BaseModel):
    # defer_build: a class's validator is built when it first validates, not at import. A
    # warm run reads acts from the parse cache without validating them, so most of the
    # model's validators are never built and the CLI starts faster.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Span(Node):
    """Where a node stands in its file: 1-based lines and columns, end exclusive."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


class Condition(Node):
    """``when X`` (the clause applies only if X) or ``unless X`` (an exception)."""

    mode: Literal["when", "unless"]
    term: str
    span: Span | None = None


class _Clause(Node):
    conditions: tuple[Condition, ...] = ()
    span: Span | None = None


class Exemption(_Clause):
    """exempts <party> from <fee> in <proceeding>."""

    kind: Literal["exemption"] = "exemption"
    party: str
    fee: str
    proceeding: str


class Right(_Clause):
    """grants <party> <entitlement> [from <stage>] [free-of-charge]."""

    kind: Literal["right"] = "right"
    party: str
    entitlement: str
    stage: str | None = None
    free: bool = False


class Obligation(_Clause):
    """obliges <actor> to <action> [for <party>]."""

    kind: Literal["obligation"] = "obligation"
    actor: str
    action: str
    party: str | None = None


class Permission(_Clause):
    """permits <party> to <action>."""

    kind: Literal["permission"] = "permission"
    party: str
    action: str


class Prohibition(_Clause):
    """prohibits <actor> from <action> [for <party>]."""

    kind: Literal["prohibition"] = "prohibition"
    actor: str
    action: str
    party: str | None = None


class Duty(_Clause):
    """binds <party> to <action>: what a person (not an authority) must do."""

    kind: Literal["duty"] = "duty"
    party: str
    action: str


class Suspension(_Clause):
    """suspends <action> [from <date>] [until <date>] (until is exclusive)."""

    kind: Literal["suspension"] = "suspension"
    action: str
    start: dt.date | None = None
    end: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


class Amount(_Clause):
    """amount <parameter> <value> <unit> [for <party>]."""

    kind: Literal["amount"] = "amount"
    parameter: str
    value: Decimal
    unit: str
    party: str | None = None


class Definition(_Clause):
    """defines <term> includes <term>, … [excludes <term>, …]."""

    kind: Literal["definition"] = "definition"
    term: str
    includes: tuple[str, ...]
    excludes: tuple[str, ...] = ()


Clause = Annotated[
    Union[Exemption, Right, Obligation, Permission, Prohibition, Suspension, Amount, Definition, Duty],
    Field(discriminator="kind"),
]

CLAUSE_KINDS: tuple[str, ...] = (
    "exemption", "right", "obligation", "permission", "prohibition", "suspension",
    "amount", "definition", "duty",
)
# The role a requirement is joined on, per clause kind (the "what" of the clause).
KEY_ROLE = {
    "exemption": "fee", "right": "entitlement", "obligation": "action",
    "permission": "action", "prohibition": "action", "suspension": "action",
    "amount": "parameter", "definition": "term", "duty": "action",
}
# The role naming the people a clause benefits, per clause kind.
PARTY_ROLE = {
    "exemption": "party", "right": "party", "obligation": "party", "permission": "party",
    "prohibition": "party", "amount": "party", "duty": "party",
}
# Which vocabulary kind each role's term belongs to.
ROLE_VOCABULARY = {
    "party": "party", "fee": "fee", "proceeding": "proceeding", "entitlement": "entitlement",
    "stage": "stage", "actor": "actor", "action": "action", "parameter": "parameter",
}


def clause_terms(clause) -> list[tuple[str, str, Span | None]]:
    """(vocabulary kind, term, span) for every term a clause uses."""
    out: list[tuple[str, str, Span | None]] = []
    for role, kind in ROLE_VOCABULARY.items():
        value = getattr(clause, role, None)
        if isinstance(value, str):
            out.append((kind, value, clause.span))
    if isinstance(clause, Definition):
        out.extend(("any", t, clause.span) for t in (clause.term, *clause.includes, *clause.excludes))
    out.extend(("condition", c.term, c.span or clause.span) for c in clause.conditions)
    return out


class Source(Node):
    """Where a fact comes from: a citation in our words, and the date of that text."""

    cite: str
    dated: dt.date | None = None


class Period(Node):
    """When a provision is in force: ``start`` inclusive, ``end`` exclusive."""

    start: dt.date | None = None
    end: dt.date | None = None

    def contains(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


class AmendedBy(Node):
    """Which bill and which clause of it changed a provision."""

    bill: str
    clause: str
    operation: str
    span: Span | None = None
    kind: str | None = None  # the bill's operation, e.g. "substitute-clauses"
    renumbered_from: str | None = None  # a renumbering: the number before it


# Operations whose text (clauses included) is the bill's own, not the existing text's.
AUTHORING_OPERATIONS = frozenset({"insert-provision", "insert-article", "substitute-provision",
                                  "substitute-clauses"})


def written_by_bill(prov: "Provision") -> AmendedBy | None:
    """The last bill operation that wrote ``prov``'s clauses, if a bill wrote them."""
    return next((a for a in reversed(prov.amended_by) if a.kind in AUTHORING_OPERATIONS), None)


def content_unverified(act: "Act", article: "Article", prov: "Provision") -> str | None:
    """Why the content of ``prov`` is not verified, or None.

    A provision a bill wrote carries the bill's provenance: the ``unverified`` marks of the
    article and act it lands in are about the existing text, not the bill's; only a mark
    the bill itself puts on the provision counts (a substitution of clauses keeps the old
    provision's summary and mark, which are about the old text, so none counts)."""
    by = written_by_bill(prov)
    if by is None:
        return prov.unverified or article.unverified or act.unverified
    return prov.unverified if by.kind != "substitute-clauses" else None


def original_ref(article: "Article") -> str:
    """The number an article had before any bill renumbered it (as a rule pack knows it)."""
    first = next((a for a in article.amended_by if a.kind == "renumber-article"), None)
    return first.renumbered_from if first is not None else article.ref


class Provision(Node):
    """A paragraph or item: a summary in our words, sources, and its formal clauses."""

    ref: str
    summary: str
    sources: tuple[Source, ...] = ()
    unverified: str | None = None  # the reason, when the provision is not verified
    notes: tuple[str, ...] = ()
    in_force: Period | None = None
    observed: str | None = None  # a year or date at which it was seen in force
    clauses: tuple[Clause, ...] = ()
    amended_by: tuple[AmendedBy, ...] = ()
    span: Span | None = None


Coverage = Literal["complete", "excerpt"]


class Article(Node):
    """An article, encoded ``complete`` (every provision) or as an ``excerpt``."""

    ref: str
    title: str | None = None
    coverage: Coverage
    sources: tuple[Source, ...] = ()
    unverified: str | None = None
    notes: tuple[str, ...] = ()
    in_force: Period | None = None
    provisions: tuple[Provision, ...] = ()
    amended_by: tuple[AmendedBy, ...] = ()
    span: Span | None = None


class Act(Node):
    """An act: identity, provenance, and its articles as encoded."""

    id: str
    title: str
    jurisdiction: str
    adopted: dt.date | None = None  # None: the date is not known (never invented)
    number: str | None = None  # None: the number is not known
    sources: tuple[Source, ...] = ()
    current_to: dt.date | None = None
    in_force: Period | None = None
    coverage: Coverage = "excerpt"  # whether every article of the act is encoded
    unverified: str | None = None
    notes: tuple[str, ...] = ()
    articles: tuple[Article, ...] = ()
    span: Span | None = None

    def article(self, ref: str) -> Article | None:
        return next((a for a in self.articles if a.ref == ref), None)

    def provisions(self):
        """(article, provision) for every provision, in order."""
        for art in self.articles:
            for prov in art.provisions:
                yield art, prov


class Corpus(Node):
    """The acts of one jurisdiction, as encoded (baseline or consolidated)."""

    acts: tuple[Act, ...] = ()

    def act(self, act_id: str) -> Act | None:
        return next((a for a in self.acts if a.id == act_id), None)

    @property
    def provision_count(self) -> int:
        return sum(len(art.provisions) for act in self.acts for art in act.articles)


def article_path(article_ref: str, provision_ref: str | None = None) -> str:
    """``Art. 9, 9.1.?1`` (the provision is left out when it is the whole article)."""
    text = f"Art. {article_ref}"
    if provision_ref is not None and provision_ref != article_ref:
        text += f", {provision_ref}"
    return text


def cite(act: Act, article: Article | None = None, provision: Provision | None = None) -> str:
    """The citation path a lawyer reads: ``state-duty Art. 9, 9.1.?1``."""
    if article is None:
        return act.id
    return f"{act.id} {article_path(article.ref, provision.ref if provision is not None else None)}"
