"""The canonical formatter: model → text in the notation; ``parse(format(m)) == m``.

Amendments use it to write consolidated acts. Spans are not part of the text, so the
round trip holds for everything but positions (compare with :func:`strip_spans`).
"""

from __future__ import annotations

from . import model as m
from .notation import quote


def format_conditions(conditions) -> str:
    return "".join(f" {c.mode} {c.term}" for c in conditions)


def format_clause(clause) -> str:
    """One clause as it is written after ``requires`` or under a provision."""
    k = clause.kind
    if k == "exemption":
        text = f"exempts {clause.party} from {clause.fee} in {clause.proceeding}"
    elif k == "right":
        text = f"grants {clause.party} {clause.entitlement}"
        if clause.stage:
            text += f" from {clause.stage}"
        if clause.free:
            text += " free-of-charge"
    elif k == "obligation":
        text = f"obliges {clause.actor} to {clause.action}" + (f" for {clause.party}" if clause.party else "")
    elif k == "permission":
        text = f"permits {clause.party} to {clause.action}"
    elif k == "prohibition":
        text = f"prohibits {clause.actor} from {clause.action}" + (f" for {clause.party}" if clause.party else "")
    elif k == "duty":
        text = f"binds {clause.party} to {clause.action}"
    elif k == "suspension":
        text = f"suspends {clause.action}"
        if clause.start:
            text += f" from {clause.start.isoformat()}"
        if clause.end:
            text += f" until {clause.end.isoformat()}"
    elif k == "amount":
        text = f"amount {clause.parameter} {clause.value} {clause.unit}" + (f" for {clause.party}" if clause.party else "")
    elif k == "definition":
        text = f"defines {clause.term} includes {', '.join(clause.includes)}"
        if clause.excludes:
            text += f" excludes {', '.join(clause.excludes)}"
        return text
    else:  # pragma: no cover - the union is closed
        raise ValueError(k)
    return text + format_conditions(clause.conditions)


def _common(node, indent: str) -> list[str]:
    out = []
    for src in node.sources:
        out.append(f"{indent}source {quote(src.cite)}" + (f" dated {src.dated.isoformat()}" if src.dated else ""))
    if node.unverified is not None:
        out.append(f"{indent}unverified {quote(node.unverified)}")
    for n in node.notes:
        out.append(f"{indent}note {quote(n)}")
    if node.in_force is not None:
        line = f"{indent}in-force"
        if node.in_force.start:
            line += f" from {node.in_force.start.isoformat()}"
        if node.in_force.end:
            line += f" until {node.in_force.end.isoformat()}"
        out.append(line)
    return out


def format_provision(prov: m.Provision, indent: str = "  ") -> list[str]:
    inner = indent + "  "
    out = [f"{indent}provision {prov.ref} {quote(prov.summary)}"]
    out += _common(prov, inner)
    if prov.observed:
        out.append(f"{inner}observed {prov.observed}")
    out += [inner + format_clause(c) for c in prov.clauses]
    return out


def format_article(art: m.Article) -> list[str]:
    head = f"article {art.ref}" + (f" {quote(art.title)}" if art.title is not None else "") + f" {art.coverage}"
    out = [head]
    out += _common(art, "  ")
    for prov in art.provisions:
        out += format_provision(prov)
    return out


def format_act(act: m.Act) -> str:
    """An act in canonical notation (ends with a newline)."""
    out = [f"act {act.id} {quote(act.title)}", f"  jurisdiction {act.jurisdiction}"]
    if act.adopted is not None or act.number is not None:
        out.append(f"  adopted {act.adopted.isoformat() if act.adopted else 'unknown'}"
                   f" number {quote(act.number) if act.number is not None else 'unknown'}")
    if act.current_to:
        out.append(f"  current-to {act.current_to.isoformat()}")
    out.append(f"  encoded {act.coverage}")
    out += _common(act, "  ")
    for art in act.articles:
        out.append("")
        out += format_article(art)
    return "\n".join(out) + "\n"


def strip_spans(node):
    """A copy of a model with every span removed (for round-trip comparisons)."""
    if isinstance(node, tuple):
        return tuple(strip_spans(x) for x in node)
    if isinstance(node, m.Node):
        update = {}
        for name in type(node).model_fields:
            value = getattr(node, name)
            if name == "span":
                update[name] = None
            elif isinstance(value, (tuple, m.Node)):
                update[name] = strip_spans(value)
        return node.model_copy(update=update)
    return node
