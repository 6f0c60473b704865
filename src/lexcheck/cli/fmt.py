"""CLI command ``fmt``: notation files in their canonical layout (``--check``: only say so)."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import click

from . import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, guarded, main


def _files(args) -> list[Path]:
    from ..fmt import GRAMMARS, kind_of
    from ..resources import builtin

    found: list[Path] = []
    for arg in args:
        path = builtin(arg)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix in GRAMMARS and p.is_file())
        else:
            kind_of(path)
            found.append(path)
    return found


@main.command("fmt")
@click.argument("paths", nargs=-1, required=True)
@click.option("--check", is_flag=True,
              help="Change nothing: print a unified diff of each file not in the canonical layout, and exit 1 "
                   "if there is one (0 when every file already is).")
@guarded
def fmt(paths, check):
    """Lay out .lex, .bill, .req and .vocab files canonically, keeping every comment.

    PATHS are files or folders (searched for those four kinds). Each file is rewritten in
    place, atomically, only if its layout changes: two spaces per level of indentation,
    one space between words, two before a trailing comment, a blank line before each
    article, bill clause and requirement, no trailing blanks. The words, strings and
    comments are never changed, and a file whose new layout would not parse exactly as
    before is refused and left alone. Formatting twice gives the same text.

    \b
    Exit codes: 0 formatted (or, with --check, already canonical), 1 with --check when a
    file would change, 2 a file that cannot be read, parsed or formatted (the others are
    still formatted).

    \b
    Examples:
      lexcheck fmt legislation/ rules/ bills/
      lexcheck fmt --check legislation/az/state-duty.lex
    """
    from ..errors import LexcheckError
    from ..fmt import format_text
    from ..notation import read_source
    from ..output import write_atomic

    changed, errors, files = [], 0, _files(paths)
    for path in files:
        try:
            text = read_source(path)  # CRLF and CR read as line ends, a byte order mark dropped
            new = format_text(text, str(path))
            same = path.read_bytes() == new.encode("utf-8")
        except LexcheckError as exc:
            click.echo(exc.render(), err=True)
            errors += 1
            continue
        except OSError as exc:
            click.echo(f"{path}: error[E007]: cannot read the file ({exc.strerror or exc})", err=True)
            errors += 1
            continue
        if same:
            continue
        changed.append(path)
        if check:
            diff = "".join(difflib.unified_diff(text.splitlines(keepends=True), new.splitlines(keepends=True),
                                                f"{path} (as it is)", f"{path} (formatted)"))
            click.echo(diff or f"--- {path}: line ends become LF and the byte order mark goes (nothing else)\n",
                       nl=False)
        else:
            write_atomic(path, new)
            click.echo(f"lexcheck: reformatted {path}", err=True)
    verb = "would reformat" if check else "reformatted"
    click.echo(f"lexcheck: {len(files) - errors} file{'' if len(files) - errors == 1 else 's'} read, {verb} "
               f"{len(changed)}" + (f", {errors} could not be formatted" if errors else ""), err=True)
    if errors:
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_FINDINGS if check and changed else EXIT_OK)
