"""CLI commands for draft bills: ``diff`` (what a bill changes) and ``consolidate``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import (EXIT_FINDINGS, EXIT_OK, _existing, as_of_option, corpus_option, emit, evidence_option,
               format_option, guarded, main, note_undated, output_option, rules_option, to_stdout)
from .commands import use_color

_bill_option = click.option("--bill", "bills", type=_existing, multiple=True, required=True,
                            help="A draft bill (.bill file, or a folder of them). Repeatable; applied in order.")


def _warn_not_in_force(bills, day) -> None:
    for b in bills:
        if b.in_force > day:
            click.echo(f"lexcheck: bill {b.id} enters into force on {b.in_force.isoformat()}, after "
                       f"{day.isoformat()}: it was checked but not applied", err=True)


@main.command()
@_bill_option
@corpus_option
@rules_option
@evidence_option
@as_of_option("Compare the law with and without the bills on this date (default: the date the last "
              "bill enters into force, or the rule pack's date if later; today if the pack gives none and "
              "no bill is later).")
@format_option
@output_option
@click.option("--fail-on-regression", "fail_on_regression", is_flag=True,
              help="Exit 1 if any requirement regressed or was opened (met before, not after).")
@guarded
def diff(bills, corpus, rules, evidence, as_of, fmt, output, fail_on_regression):
    """Show which requirements a draft bill closes, improves, regresses or opens.

    Checks the law without and with the bills, on the same date, in one process, and
    compares requirement by requirement; each change names the bill clauses that
    touched the provisions it relies on. --as-of defaults to the date the last bill
    enters into force (a bill not in force on --as-of is checked but not applied).

    \b
    Examples:
      lexcheck diff --bill legislation/az/bills/01-state-duty-exemption.bill
      lexcheck diff --bill a.bill --bill b.bill --format json --fail-on-regression
    """
    from ..amendments import load_bills
    from ..api import load_workspace
    from ..diff import diff as run_diff
    from ..reports import render_delta

    loaded = load_bills(bills)
    ws = load_workspace(corpus, rules, evidence)
    delta = run_diff(ws, loaded, as_of)
    if delta.after.as_of not in {b.in_force for b in loaded}:  # the date is today's, not a bill's
        note_undated(ws.pack, as_of, delta.after.as_of)
    _warn_not_in_force(loaded, delta.after.as_of)
    emit(render_delta(delta, fmt.lower(), color=use_color(output), workspace=ws), output)
    worse = [c for c in delta.changes if c.change in ("regressed", "opened")]
    sys.exit(EXIT_FINDINGS if fail_on_regression and worse else EXIT_OK)


@main.command()
@_bill_option
@corpus_option
@click.option("--rules", "rules", type=_existing, default=None,
              help="Rule pack whose vocabulary the inserted terms are checked against (default: built-in).")
@as_of_option("Apply only the bills in force on this date (default: every bill).")
@click.option("-o", "--output", "output", type=click.Path(file_okay=False, allow_dash=True, path_type=Path),
              required=True, help="Folder to write the consolidated acts to (one <act>.lex per act; created if "
                                  "missing); '-' writes them to stdout, each after a '# ==> <act>.lex <==' line.")
@guarded
def consolidate(bills, corpus, rules, as_of, output):
    """Write the law as amended by the bills, in the legislation notation.

    Every act of the corpus is written to OUTPUT/<act id>.lex (atomically), so the
    folder is a corpus of its own: `lexcheck check --corpus OUTPUT` checks the amended
    law. A comment at the top of each amended act lists what each bill clause changed.
    """
    from ..amendments import apply, load_bills, touched
    from ..errors import InputFileError, Position
    from ..formatter import format_act
    from ..legislation import check_terms, corpus_files, load_corpus
    from ..output import write_atomic
    from ..requirements import load_pack
    from ..resources import default_corpus, default_rules

    loaded = load_bills(bills)
    corpus_path = corpus or default_corpus()
    baseline = load_corpus(corpus_path, corpus_files(corpus_path))
    _, vocab = load_pack(rules or default_rules())
    check_terms(baseline, vocab)
    consolidated = apply(baseline, loaded, as_of=as_of)
    if as_of is not None:
        _warn_not_in_force(loaded, as_of)
    check_terms(consolidated, vocab)
    applied = [b for b in loaded if as_of is None or b.in_force <= as_of]
    changes: dict[str, list[str]] = {}
    for t in touched(baseline, applied):
        line = f"# - clause {t.clause} of bill {t.bill}: {t.operation} {t.provision} ({t.location})"
        if line not in changes.setdefault(t.act, []):
            changes[t.act].append(line)
    texts = []
    for act in consolidated.acts:
        head = ""
        if act.id in changes:
            head = ("# Consolidated by lexcheck: the baseline as amended by "
                    + ", ".join(f"{b.id} (in force {b.in_force.isoformat()})" for b in applied if act.id in b.amends)
                    + ".\n" + "\n".join(changes[act.id]) + "\n")
        texts.append((f"{act.id}.lex", head + format_act(act)))
    amended = sorted(changes)
    summary = (f"{len(consolidated.acts)} acts written to {'stdout' if to_stdout(output) else output}"
               + (f" ({len(amended)} amended: {', '.join(amended)})" if amended else " (none amended)"))
    if to_stdout(output):
        emit("\n".join(f"# ==> {name} <==\n{text}" for name, text in texts), None)
        click.echo(f"lexcheck: {summary}", err=True)
        return
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputFileError(f"cannot create the output folder ({exc.strerror or exc})", Position(str(output)),
                             code="E013") from None
    for name, text in texts:
        write_atomic(output / name, text)
    click.echo(f"lexcheck: {summary}", err=True)
