"""CLI command ``data``: where the built-in data lives, and a shipped file's absolute path."""

from __future__ import annotations

import re

import click

from . import guarded, main

_LOCATION = re.compile(r"^(?P<path>.*?)(?P<at>:\d+(?::\d+)?)?$")


@main.command()
@click.argument("path", required=False)
@guarded
def data(path):
    """Print the folder holding the built-in data, or the absolute path of a shipped file.

    The built-in data are the folders legislation/ (the Azerbaijan corpus and the example
    bills), rules/ (the vocabulary and the CP/Rec(2023)03 pack) and grammar/. Reports name
    shipped files as legislation/az/cpc.lex:12:5; PATH may be written so (a trailing
    :LINE or :LINE:COL is kept) or with the @builtin/ prefix that every option taking a
    corpus, rules, bill or evidence path accepts.

    \b
    Examples:
      lexcheck data                                         the folder
      lexcheck data legislation/az/cpc.lex:12:5             a location in a report, openable
      lexcheck diff --bill @builtin/legislation/az/bills/01-state-duty-exemption.bill
    """
    from ..resources import BUILTIN, builtin, data_root, is_builtin

    if path is None:
        click.echo(str(data_root()))
        return
    match = _LOCATION.match(path)
    name, at = match["path"], match["at"] or ""
    if not is_builtin(name):
        name = f"{BUILTIN}/{name.lstrip('/')}"
    click.echo(f"{builtin(name)}{at}")
