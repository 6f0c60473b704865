"""CLI commands over one corpus and rule pack: check, parse, rules, explain."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import (_existing, corpus_options, emit, exit_code, finding_statuses, guarded, main, note_undated,
               output_option, report_options, rules_option, to_stdout)


def use_color(output: Path | None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return to_stdout(output) and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


@main.command()
@corpus_options
@report_options
@guarded
def check(corpus, rules, evidence, as_of, fmt, output, fail_on, evidence_counts):
    """Check the legislation against the requirements and report every finding.

    Each requirement gets one status: met, partial (each shortfall named), gap (the law is
    silent and the place searched is encoded completely), undetermined (excerpt or
    unverified encoding) or needs-evidence (practice, not text of the law).

    \b
    Examples:
      lexcheck check --format html --output report.html
      lexcheck check --format sarif --fail-on partial > lexcheck.sarif
      lexcheck check --format junit --output junit.xml --fail-on never
      lexcheck check --format github          annotations in a GitHub Actions step
      lexcheck check --evidence reports/ --fail-on needs-evidence --no-evidence-counts

    A requirement met on evidence records (--evidence) is marked so in every format: met on
    evidence is not met in law.
    """
    from ..api import load_workspace
    from ..reports import render

    ws = load_workspace(corpus, rules, evidence)
    report = ws.check(as_of)
    note_undated(ws.pack, as_of, report.as_of)
    emit(render(report, fmt.lower(), color=use_color(output), fail_on=fail_on, workspace=ws,
                evidence_counts=evidence_counts), output)
    sys.exit(exit_code(finding_statuses(report, evidence_counts), fail_on))


@main.command("report-c")
@corpus_options
@output_option
@guarded
def report_c(corpus, rules, evidence, as_of, output):
    """The skeleton of the state's report under part C of the recommendation (Markdown).

    Part C asks the government to report to the Committee of the Parties on the measures
    taken. For every item of part A, and for parts B to D: what the law says now (with its
    citations), what the evidence shows (with sources and dates) and what remains open,
    in plain words, readable without lexcheck. Give the ministry's records with --evidence
    and the date of the report with --as-of. Exit 0 (it reports; it does not judge).

    \b
    Examples:
      lexcheck report-c --evidence evidence/ --as-of 2025-06-01 --output report-c.md
    """
    from ..api import load_workspace
    from ..reports import part_c
    from ..reports.receipt import embed

    ws = load_workspace(corpus, rules, evidence)
    report = ws.check(as_of)
    note_undated(ws.pack, as_of, report.as_of)
    emit(embed("markdown", part_c.render(report), report.receipt), output)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--rules", "rules", type=_existing, default=None,
              help="Rule pack whose vocabulary the terms are checked against (default: built-in).")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one summary line per file; json: the parsed model.")
@guarded
def parse(files, rules, fmt):
    """Validate legislation files (.lex) and summarise them (@builtin/legislation/az/*.lex: the shipped ones).

    Prints one line per file: acts, articles, provisions, clauses, and how many
    articles are excerpts and how many provisions are unverified. Exit 0 if every file
    is valid, 2 at the first error (shown with its line and a caret).
    """
    from ..legislation import check_terms, load_act
    from ..model import Corpus
    from ..requirements import load_pack
    from ..resources import builtin, default_rules, display_path

    _, vocab = load_pack(rules or default_rules())
    models = []
    for path in files:
        act = load_act(builtin(path))
        check_terms(Corpus(acts=(act,)), vocab)
        models.append((path, act))
    if fmt == "json":
        payload = [act.model_dump(mode="json") for _, act in models]
        click.echo(json.dumps(payload if len(payload) > 1 else payload[0], indent=2, ensure_ascii=False))
        return
    for path, act in models:
        provs = [p for _, p in act.provisions()]
        clauses = sum(len(p.clauses) for p in provs)
        excerpts = sum(1 for a in act.articles if a.coverage == "excerpt")
        unverified = sum(1 for a in act.articles for p in a.provisions
                         if p.unverified or a.unverified or act.unverified)
        click.echo(f"{display_path(path)}: act {act.id}: {_count(len(act.articles), 'article')} "
                   f"({excerpts} excerpt), {_count(len(provs), 'provision')} ({unverified} unverified), "
                   f"{_count(clauses, 'clause')}")


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


@main.command()
@rules_option
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@guarded
def rules(rules, fmt):
    """List the requirements of a rule pack: id, priority, title, sources, tests."""
    from ..checking import requirement_sources
    from ..requirements import LegislativeTest, load_pack
    from ..resources import default_rules

    pack, _ = load_pack(rules or default_rules())
    rows = []
    for r in pack.requirements:
        kinds = ["legislative" if isinstance(t, LegislativeTest) else "practice" for t in r.tests]
        rows.append({"id": r.id, "title": r.title, "priority": r.priority,
                     "sources": list(requirement_sources(pack, r)), "tests": kinds})
    if fmt == "json":
        click.echo(json.dumps({"pack": pack.id, "title": pack.title, "requirements": rows}, indent=2,
                              ensure_ascii=False))
        return
    click.echo(f"{pack.title} ({pack.id}): {len(rows)} requirements")
    for row in rows:
        click.echo(f"{row['id']:<8} {row['priority']:<9} {row['title']}")
        click.echo(f"{'':<18} sources: {'; '.join(row['sources'])}")
        click.echo(f"{'':<18} tests: {', '.join(row['tests'])}")


@main.command()
@click.argument("requirement")
@corpus_options
@guarded
def explain(requirement, corpus, rules, evidence, as_of):
    """Tell, step by step, why a requirement has its status.

    REQUIREMENT is an id such as A.2.3. The story says which provisions were considered, what each test looked for and found, which test
    decided the status, and what would close it.
    """
    from ..api import load_workspace
    from ..errors import LexcheckError, Position, did_you_mean
    from ..explain import explain as tell

    ws = load_workspace(corpus, rules, evidence)
    if ws.pack.get(requirement) is None:
        ids = [r.id for r in ws.pack.requirements]
        raise LexcheckError(f"no requirement '{requirement}' in pack {ws.pack.id}", Position("<command line>"),
                            hint=did_you_mean(requirement, ids) or f"known: {', '.join(ids)}", code="E008")
    report = ws.check(as_of)
    note_undated(ws.pack, as_of, report.as_of)
    click.echo(tell(report, ws.pack.get(requirement)), nl=False)


