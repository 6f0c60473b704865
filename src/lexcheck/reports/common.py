"""Pieces every report format shares: severity order, locations, the status matrix."""

from __future__ import annotations

from dataclasses import dataclass

from ..results import CHANGES, STATUSES, Delta, Finding, FindingChange, Report, SearchedScope

STATUS_WORDS = {
    "met": "met",
    "partial": "partly met",
    "gap": "gap",
    "undetermined": "undetermined",
    "needs-evidence": "needs evidence",
}

STATUS_MEANING = {
    "met": "a provision in force satisfies it fully",
    "partial": "a provision goes part of the way",
    "gap": "no provision satisfies it, and the place searched is encoded completely",
    "undetermined": "not found, but the encoding is an excerpt or the deciding provision is unverified",
    "needs-evidence": "a matter of practice: only evidence can show it",
}

CHANGE_WORDS = {
    "closed": "closed",
    "improved": "improved",
    "regressed": "regressed",
    "opened": "opened",
    "unchanged": "unchanged",
}


# A status that rests on evidence records the user supplied, not on the text of the law.
ON_EVIDENCE = "on evidence, not in law"


def evidence_note(f: Finding) -> str | None:
    """'met on evidence, not in law (on the law alone: needs evidence)', or None when the
    status is the law's own."""
    if not f.on_evidence:
        return None
    return f"{STATUS_WORDS[f.status]} {ON_EVIDENCE} (on the law alone: {STATUS_WORDS[f.law_status]})"


def evidence_line(e) -> str:
    """One evidence record that counted, in words: what, kind, period, sources, where."""
    kind = f"{e.kind}, " if e.kind else ""
    return (f"{e.done} ({kind}{e.period()}); source: {'; '.join(e.sources) or 'none given'}"
            + (f"; record at {e.location}" if e.location else ""))


def severity(status: str) -> int:
    """0 for the most severe status (gap) … 4 for met."""
    return STATUSES.index(status)


def split_location(location: str) -> tuple[str, int | None, int | None]:
    """``"file:line:col"`` → (file, line, col); a bare file gives (file, None, None)."""
    parts = location.rsplit(":", 2)
    if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
        return parts[0], int(parts[1]), int(parts[2])
    parts = location.rsplit(":", 1)
    if len(parts) == 2 and parts[1].isdigit():
        return parts[0], int(parts[1]), None
    return location, None, None


def rid_key(rid: str) -> tuple:
    """Natural order of requirement ids: A.2 < A.10, parts by letter."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in rid.split("."))


def sorted_findings(report: Report) -> list[Finding]:
    return sorted(report.findings, key=lambda f: rid_key(f.requirement))


def sorted_changes(delta: Delta) -> list[FindingChange]:
    return sorted(delta.changes, key=lambda c: rid_key(c.requirement))


def change_tally(delta: Delta) -> str:
    n = len(delta.changes)
    word = "requirement" if n == 1 else "requirements"
    s = delta.summary
    return f"{n} {word}: " + ", ".join(f"{s[k]} {k}" for k in CHANGES)


def bill_name(b: dict) -> str:
    name = str(b.get("id") or b.get("title") or "bill")
    if b.get("file"):
        name += f" ({b['file']})"
    return name


def not_applied(b: dict) -> str | None:
    """"not applied: enters into force on 2026-01-01" for a bill not in force on the date compared."""
    if b.get("applied", True):
        return None
    return f"not applied: enters into force on {b.get('in_force')}"


def amendment_entry(b: dict) -> tuple[str, str]:
    """How a report's header lists a bill: ("Amended by", name) or ("Not applied", name: why)."""
    why = not_applied(b)
    if why is None:
        return "Amended by", bill_name(b)
    return "Not applied", f"{bill_name(b)}: enters into force on {b.get('in_force')}, after the date checked"


def bill_names(delta: Delta) -> list[str]:
    out = []
    for b in delta.bills:
        why = not_applied(b)
        out.append(bill_name(b) + (f" — {why}" if why else ""))
    return out


def shows_searched(f: Finding) -> bool:
    """Whether a finding's report lists the places searched: a gap, or an undetermined finding."""
    return f.status in ("gap", "undetermined") and bool(f.searched)


def searched_text(s: SearchedScope) -> str:
    """"state-duty Art. 9, encoded completely, at legislation/az/state-duty.lex:40:1"."""
    return s.describe()


@dataclass(frozen=True)
class MatrixRow:
    """One row of the status matrix: a part and item (``A.2``) and its cells by bullet."""

    label: str
    cells: tuple[Finding, ...]


def matrix(report: Report) -> list[MatrixRow]:
    """Findings grouped by item (``A.2`` → bullets ``A.2.1``, ``A.2.2`` …); an item without
    bullets (``A.1``) or a part (``B``) is a row of one cell."""
    rows: dict[str, list[Finding]] = {}
    for f in sorted_findings(report):
        parts = f.requirement.split(".")
        label = ".".join(parts[:2])
        rows.setdefault(label, []).append(f)
    return [MatrixRow(label, tuple(cells)) for label, cells in sorted(rows.items(), key=lambda kv: rid_key(kv[0]))]
