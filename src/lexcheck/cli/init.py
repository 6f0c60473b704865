"""CLI command ``init``: a ministry's repository skeleton (scenarios, a bill, CI)."""

from __future__ import annotations

from pathlib import Path

import click

from . import guarded, main


@main.command()
@click.argument("folder", required=False, default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--install", "install", default=None, metavar="SPEC",
              help="What the CI workflow pip-installs to get lexcheck: a git URL (git+https://…@TAG), "
                   "a wheel or a path (default: the git URL this lexcheck was installed from, else "
                   "./vendor/lexcheck-VERSION-py3-none-any.whl).")
@guarded
def init(folder, install):
    """Write a repository skeleton for a ministry's own scenarios and bills into FOLDER.

    \b
    FOLDER (default: the current folder; created if missing) gets:
      pytest.ini                                 collects the .feature files as tests
      features/example.feature                   one scenario on the built-in data
      bills/example-state-duty-exemption.bill    a hypothetical example bill
      .github/workflows/lexcheck.yml             CI: installs lexcheck, runs the scenarios,
                                                 and `lexcheck diff --fail-on-regression`
                                                 on every bill a change adds or edits
    No file is ever overwritten: if one of them exists, nothing is written (exit 2).
    Then run `python -m pytest` in FOLDER.
    """
    from .. import scaffold
    from ..errors import InputFileError, Position

    known = install is not None
    if install is None:
        install, known = scaffold.default_install()
    taken = scaffold.existing(folder, install)
    if taken:
        names = ", ".join(str(p) for p in taken)
        raise InputFileError(f"already exists: lexcheck init never overwrites a file, so nothing was written "
                             f"({len(taken)} of the skeleton's files exist: {names})", Position(str(taken[0])),
                             hint="give an empty or new folder: lexcheck init DIR", code="E013")
    try:
        written = scaffold.write(folder, install)
    except FileExistsError as exc:  # created meanwhile by someone else
        raise InputFileError("already exists: lexcheck init never overwrites a file", Position(str(exc)),
                             code="E013") from None
    except OSError as exc:
        raise InputFileError(f"cannot write the skeleton ({exc.strerror or exc})", Position(str(folder)),
                             code="E013") from None
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"lexcheck: next: cd {folder} && python -m pytest   (the example scenario runs on the built-in data)",
               err=True)
    if not known:
        click.echo(f"lexcheck: the CI workflow installs lexcheck from {install}, which is a guess: commit that "
                   "wheel (pip wheel --no-deps --wheel-dir vendor PATH-TO-LEXCHECK), or edit LEXCHECK_INSTALL in "
                   f"{scaffold.WORKFLOW}, or run init again with --install git+https://…@TAG", err=True)
