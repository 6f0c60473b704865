"""CLI command ``verify``: a report's receipt, recomputed against the input files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import EXIT_FINDINGS, EXIT_OK, _existing, guarded, main


@main.command()
@click.argument("report", type=_existing)
@click.option("--corpus", "corpus", type=_existing, default=None,
              help="Look for the corpus files under this folder instead of where the receipt says.")
@click.option("--rules", "rules", type=_existing, default=None,
              help="Look for the rule pack files under this folder instead of where the receipt says.")
@click.option("--vocabulary", "vocabulary", type=_existing, multiple=True,
              help="The base vocabulary file(s), instead of the ones the receipt names.")
@click.option("--bill", "bills", type=_existing, multiple=True,
              help="The bill files (or folders), in the order the diff was given them. Repeatable.")
@click.option("--evidence", "evidence", type=_existing, multiple=True,
              help="The evidence files (or folders), in the order the check was given them. Repeatable.")
@guarded
def verify(report, corpus, rules, vocabulary, bills, evidence):
    """Check that REPORT still matches the files it was made from.

    Reads the receipt a report carries (the SHA-256 of every input file: corpus acts,
    rule pack, vocabulary, bills, evidence; the date checked; the parse cache; the
    versions), recomputes every digest and says which inputs changed, are missing, or
    were added to a folder the check read. The receipt is read from the json, sarif and
    junit formats (text, markdown and html show it for a reader). The files are looked
    for where the receipt says (relative to the working directory, shipped data in the
    installation) unless --corpus, --rules … point elsewhere.

    Exit codes: 0 every input matches, 1 some input changed, is missing or was added,
    2 the report cannot be read or carries no receipt.

    \b
    Examples:
      lexcheck check --format json --output report.json; lexcheck verify report.json
      lexcheck verify report.sarif --corpus ../snapshot/legislation/az
    """
    from ..receipts import compare, load_receipt

    receipt, fmt = load_receipt(Path(report))
    overrides = {role: list(paths) for role, paths in (("corpus", [corpus] if corpus else []),
                                                         ("rules", [rules] if rules else []),
                                                         ("vocabulary", vocabulary), ("bills", bills),
                                                         ("evidence", evidence)) if paths}
    checks = compare(receipt, overrides)
    bad = [c for c in checks if c.outcome != "same"]
    click.echo(f"{report}: {fmt} report, law checked as of {receipt.as_of.isoformat()}, "
               f"{len(receipt.inputs)} inputs in its receipt")
    for c in checks:
        if c.outcome == "same":
            continue
        detail = {"changed": f"sha256 was {c.recorded}, now {c.found}",
                  "missing": "not found (the receipt has it)",
                  "added": "not in the receipt (the check did not read it)"}[c.outcome]
        click.echo(f"  {c.outcome:<8} {c.role:<10} {c.path}: {detail}")
    from ..receipts import versions

    now = dict(versions())
    for name, was in receipt.versions:
        if now.get(name, was) != was:
            click.echo(f"  note: the report was made with {name} {was}; {now[name]} is installed here "
                       "(inputs are compared all the same)")
    if bad:
        counts = {k: sum(1 for c in bad if c.outcome == k) for k in ("changed", "missing", "added")}
        click.echo("does not match: " + ", ".join(f"{n} {k}" for k, n in counts.items() if n)
                   + f" of {len(checks)} inputs")
        sys.exit(EXIT_FINDINGS)
    click.echo(f"all {len(checks)} inputs match the receipt")
    sys.exit(EXIT_OK)
