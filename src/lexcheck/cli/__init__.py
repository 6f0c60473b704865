"""The ``lexcheck`` command line (click): the group, shared options, errors, exit codes.

Each command parses its options, calls the library, and picks a reporter. Reports go
to stdout (or ``--output``), diagnostics to stderr. Exit codes: 0 success (nothing at
or above ``--fail-on``), 1 findings at or above ``--fail-on``, 2 usage or input error,
3 an internal error (a bug in lexcheck; never caused by input alone), 130 interrupted.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from pathlib import Path

import click

from .. import __version__
from ..errors import BrokenInstallation, LexcheckError

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C
FAIL_ON = ("gap", "partial", "undetermined", "needs-evidence", "never")


def note_undated(pack, as_of, day) -> None:
    """On stderr: the law is checked as of today because nothing gave a date, so the
    report will change from one day to the next (a pack normally says its date)."""
    if as_of is None and pack.as_of is None:
        click.echo(f"lexcheck: the rule pack gives no as-of date, so the law is checked as it stands today "
                   f"({day.isoformat()}); give --as-of DATE for a report that does not change from day to day",
                   err=True)


def _formats() -> list[str]:
    from ..reports import FORMATS

    return list(FORMATS)


def guarded(fn):
    """Turn lexcheck errors into messages with a caret and exit 2; never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from ..progress import reporting

        try:
            with reporting():  # progress on stderr for long runs, when stderr is a terminal
                return fn(*args, **kwargs)
        except LexcheckError as exc:
            click.echo(exc.render(), err=True)
            sys.exit(EXIT_INPUT)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except BrokenInstallation as exc:  # a dependency did not build: say what to install
            click.echo(f"lexcheck: error: {exc}", err=True)
            sys.exit(EXIT_INPUT)
        except KeyboardInterrupt:  # not 1, which means "findings": the shell's code for Ctrl-C
            click.echo("lexcheck: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:  # the reader stopped early (`lexcheck rules | head`): not an error
            silence_stdout()
            sys.exit(EXIT_OK)
        except RecursionError:
            click.echo("lexcheck: error: the input is nested too deeply to read", err=True)
            sys.exit(EXIT_INPUT)
        except MemoryError:
            click.echo("lexcheck: error: out of memory while reading the input", err=True)
            sys.exit(EXIT_INPUT)
        except Exception as exc:  # a bug: say so briefly, no traceback
            click.echo(f"lexcheck: internal error ({type(exc).__name__}: {exc}). This is a bug in lexcheck; "
                       "please report it with the command you ran.", err=True)
            sys.exit(EXIT_INTERNAL)

    return wrapper


class _Date(click.ParamType):
    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(f"'{value}' is not a date; write it as YEAR-MONTH-DAY, e.g. 2024-02-01", param, ctx)


DATE = _Date()
class _ExistingPath(click.Path):
    """An existing file or folder; ``@builtin/…`` names one of the shipped data files."""

    def __init__(self, **kwargs):
        super().__init__(exists=True, path_type=Path, **kwargs)

    def convert(self, value, param, ctx):
        from ..resources import builtin, is_builtin

        if isinstance(value, (str, Path)) and is_builtin(value):
            try:
                value = str(builtin(value))
            except LexcheckError as exc:
                self.fail(f"{exc.message}" + (f"; {exc.hint}" if exc.hint else ""), param, ctx)
        return super().convert(value, param, ctx)


_existing = _ExistingPath()


# One definition per shared option; commands stack the ones they take.
corpus_option = click.option("--corpus", "corpus", type=_existing, default=None,
                             help="Legislation folder of .lex files (default: the built-in Azerbaijan corpus).")
rules_option = click.option("--rules", "rules", type=_existing, default=None,
                            help="Rule pack folder (default: the built-in CP/Rec(2023)03 pack).")
evidence_option = click.option("--evidence", "evidence", type=_existing, multiple=True,
                               help="Evidence records (.evidence file or folder) for practice requirements. "
                                    "Repeatable.")
format_option = click.option("-f", "--format", "fmt", type=click.Choice(_formats(), case_sensitive=False),
                             default="text", show_default=True, help="Report format.")
output_option = click.option("-o", "--output", "output", type=click.Path(dir_okay=False, allow_dash=True,
                                                                          path_type=Path),
                             default=None, help="Write the report to this file (atomically) instead of stdout; "
                                                "'-' is stdout.")
fail_on_option = click.option("--fail-on", "fail_on", type=click.Choice(FAIL_ON), default="gap", show_default=True,
                              help="Exit 1 if any finding is at or above this status "
                                   "(severity: gap > partial > undetermined > needs-evidence); "
                                   "'never' always exits 0.")


def as_of_option(help: str = "Check the law in force on this date (default: the rule pack's date; "
                             "for CP/Rec(2023)03, 2023-03-31, the last day of the GRETA meeting that "
                             "adopted its report; today for a pack that gives none, with a note)."):
    return click.option("--as-of", "as_of", type=DATE, default=None, help=help)


def _stack(*options):
    """Apply options so that --help lists them in the order given."""
    def decorate(fn):
        for option in reversed(options):
            fn = option(fn)
        return fn
    return decorate


# --corpus, --rules, --evidence, --as-of: every command that checks.
corpus_options = _stack(corpus_option, rules_option, evidence_option, as_of_option())
# --format, --output, --fail-on: every command that reports a check.
evidence_counts_option = click.option(
    "--evidence-counts/--no-evidence-counts", "evidence_counts", default=True, show_default=True,
    help="Whether --fail-on counts what evidence records show. With --no-evidence-counts each "
         "requirement is judged by its status on the law alone (met on evidence is not met in law: "
         "a practice test needs evidence); the report still shows the evidence.")
report_options = _stack(format_option, output_option, fail_on_option, evidence_counts_option)


def silence_stdout() -> None:
    """Point stdout at the null device, so that nothing more (not even the final flush
    at exit) fails on a pipe whose reader has gone."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (e.g. a test runner)
        pass


def to_stdout(output: Path | None) -> bool:
    """True when ``--output`` is absent or ``-`` (stdout, as for most Unix tools)."""
    return output is None or str(output) == "-"


def emit(text: str, output: Path | None, what: str = "report") -> None:
    """``text`` to stdout (``output`` absent or ``-``) or atomically to the file ``output``."""
    if to_stdout(output):
        try:
            click.echo(text, nl=False)
        except BrokenPipeError:  # the reader stopped early: the exit code still tells the findings
            silence_stdout()
    else:
        from ..errors import InputFileError, Position
        from ..output import write_atomic

        try:
            write_atomic(output, text)
        except OSError as exc:  # disk full, permissions…: the old file is intact, no temporary file left
            raise InputFileError(f"cannot write the {what} ({exc.strerror or exc})", Position(str(output)),
                                 code="E013") from None
        click.echo(f"lexcheck: {what} written to {output}", err=True)


def finding_statuses(report, evidence_counts: bool = True) -> list[str]:
    """The statuses ``--fail-on`` judges: as reported, or on the law alone (``--no-evidence-counts``)."""
    return [f.status if evidence_counts else f.law_status for f in report.findings]


def exit_code(statuses, fail_on: str) -> int:
    """1 if any status is at or above ``fail_on`` in severity, else 0."""
    if fail_on == "never":
        return EXIT_OK
    from ..results import STATUSES

    worst = STATUSES.index(fail_on)
    return EXIT_FINDINGS if any(STATUSES.index(s) <= worst for s in statuses) else EXIT_OK


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="lexcheck")
def main():
    """Check legislation against the recommendations of international monitoring bodies.

    With no options, commands use the built-in case: Azerbaijan's law against Council of
    Europe Recommendation CP/Rec(2023)03 on action against trafficking in human beings,
    as the law stood on 31 March 2023, the last day of the GRETA meeting (27-31 March)
    that adopted its report.

    \b
    Examples:
      lexcheck check                          gap report for the built-in case
      lexcheck check --as-of 2024-02-01       the law in force on another date
      lexcheck explain A.2.3                  why A.2.3 has its status
      lexcheck rules                          the requirements, with their sources
      lexcheck parse legislation/az/*.lex     validate legislation files
      lexcheck fmt --check legislation rules  canonical layout of notation files
      lexcheck data                           where the built-in data lives
      lexcheck init ministry                  a repository for a ministry's scenarios and bills
      lexcheck verify report.json             do a report's inputs still match its receipt?

    Exit codes: 0 fine, 1 findings at or above --fail-on, 2 usage or input error.
    """




# Commands live in their own modules (one per area); importing them registers them.
from . import commands  # noqa: E402,F401
from . import amend  # noqa: E402,F401
from . import steps  # noqa: E402,F401
from . import cachecmd  # noqa: E402,F401
from . import verify  # noqa: E402,F401
from . import data  # noqa: E402,F401
from . import init  # noqa: E402,F401
from . import fmt  # noqa: E402,F401

if __name__ == "__main__":  # pragma: no cover
    main()
