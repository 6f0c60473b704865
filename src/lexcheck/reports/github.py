"""GitHub Actions workflow commands: a report → ``::error file=…,line=…,col=…,title=…::message`` lines.

Printed in a workflow step, each command becomes an annotation on the file and line it
names (on the pull request's diff when the file is in it), the way ruff's and conftest's
``github`` formats work; unlike SARIF upload, it needs no code-scanning licence, so it
works on private repositories.

``check``: one command per finding at or above ``--fail-on`` (the findings that fail
the run; met is never shown). The level follows the finding's severity, as in the SARIF
format: gap → ``error``, partial and undetermined → ``warning``, needs-evidence →
``notice``. The anchor is where a reader can act:

- a finding that relies on provisions: its first provision (the closest);
- a gap or undetermined finding with none: the first article its tests searched (an
  article encoded completely that says nothing is where the provision is missing);
- otherwise (practice): the requirement in its rule file.

``diff``: one command per requirement the bills changed: regressed and opened are
``error`` (``--fail-on-regression`` fails on them), closed and improved ``notice``;
each is anchored at the first bill clause it is attributed to (the line the drafter
changed), else as in ``check``.

Escaping follows GitHub's rules (``@actions/core``): in the message ``%``, CR and LF
become ``%25``, ``%0D``, ``%0A``; in a property value ``:`` and ``,`` also become
``%3A`` and ``%2C``. The closing tally is a plain log line (not a command).
"""

from __future__ import annotations

from ..results import STATUSES, Delta, Finding, Report
from .common import (ON_EVIDENCE, STATUS_WORDS, change_tally, evidence_line, evidence_note, sorted_changes,
                     sorted_findings, split_location)

LEVELS = {"gap": "error", "partial": "warning", "undetermined": "warning", "needs-evidence": "notice"}
CHANGE_LEVELS = {"regressed": "error", "opened": "error", "closed": "notice", "improved": "notice"}
FAIL_ON_DEFAULT = "gap"


def escape_data(text: str) -> str:
    """A command's message as GitHub reads it back (``escapeData`` of @actions/core)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value (``escapeProperty`` of @actions/core)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, *, location: str = "", title: str = "") -> str:
    """``::level file=…,line=…,col=…,title=…::message`` (only the properties known)."""
    props: list[tuple[str, str]] = []
    if location:
        file, line, col = split_location(location)
        props.append(("file", file))
        if line is not None:
            props.append(("line", str(line)))
        if col is not None:
            props.append(("col", str(col)))
    if title:
        props.append(("title", title))
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{level}{' ' + head if head else ''}::{escape_data(message)}"


def searched(f: Finding, workspace=None) -> list[tuple[str, str]]:
    """The places a finding's tests searched that are encoded, as (``act Art. N``, ``file:line:col``),
    from the finding's own record (``Finding.searched``). ``workspace`` is not needed."""
    return [(str(s), s.location) for s in f.searched if s.location]


def anchor(f: Finding, workspace=None) -> str:
    """Where the annotation of a finding goes (see the module docstring)."""
    if f.provisions and f.provisions[0].location:
        return f.provisions[0].location
    if f.status in ("gap", "undetermined"):
        places = searched(f, workspace)
        if places:
            return places[0][1]
    return f.location


def _message(f: Finding, workspace=None) -> str:
    lines = [f"{f.requirement} {STATUS_WORDS[f.status]}: {f.title}"]
    note = evidence_note(f)  # met on evidence is not met in law
    if note:
        lines.append(f"! {note}")
    lines += [f"evidence: {evidence_line(x)}" for x in f.evidence]
    lines += [f"- {r}" for r in f.reasons]
    lines += [f"@ {p.act} {p.ref} ({p.location})" for p in f.provisions]
    if not f.provisions and f.status in ("gap", "undetermined"):
        lines += [f"searched: {label} ({where})" for label, where in searched(f, workspace)]
    if f.fix and f.status != "met":
        lines.append(f"fix: {f.fix}")
    lines.append(f"requirement: {f.location}; sources: {'; '.join(f.sources)}")
    return "\n".join(lines)


def _at_or_above(status: str, fail_on: str) -> bool:
    if fail_on == "never" or status == "met":
        return False
    return STATUSES.index(status) <= STATUSES.index(fail_on)


def render(report: Report, *, fail_on: str = FAIL_ON_DEFAULT, workspace=None, evidence_counts: bool = True,
           **_options) -> str:
    """One workflow command per finding at or above ``fail_on`` (judged on the law alone
    when ``evidence_counts`` is false, as ``--no-evidence-counts`` asks), then the tally."""
    out = [command(LEVELS[f.status], _message(f, workspace), location=anchor(f, workspace),
                   title=f"{f.requirement} {STATUS_WORDS[f.status]}" + (f" {ON_EVIDENCE}" if f.on_evidence else ""))
           for f in sorted_findings(report)
           if _at_or_above(f.status if evidence_counts else f.law_status, fail_on)]
    out.append(f"lexcheck: {report.tally_line()} (law as of {report.as_of.isoformat()})")
    return "\n".join(out) + "\n"


def render_delta(delta: Delta, *, workspace=None, **_options) -> str:
    """One workflow command per requirement the bills changed, then the tally."""
    out = []
    for c in sorted_changes(delta):
        level = CHANGE_LEVELS.get(c.change)
        if level is None:
            continue
        where = next((a.location for a in c.attributions if a.location), "") or anchor(c.after, workspace)
        head = f"{c.requirement} {c.change}: {c.before.status} → {c.after.status}"
        body = [head + (f" ({c.summary})" if c.summary else "")]
        body += [f"~ {a.bill} clause {a.clause} ({a.operation}): {a.provision}" for a in c.attributions]
        body.append(_message(c.after, workspace))
        out.append(command(level, "\n".join(body), location=where, title=head))
    out.append(f"lexcheck: {change_tally(delta)}")
    return "\n".join(out) + "\n"
