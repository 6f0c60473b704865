"""CLI command ``cache``: where the parse cache is, how big, and emptying or pruning it."""

from __future__ import annotations

import click

from . import guarded, main


@main.command("cache")
@click.option("--clear", is_flag=True, help="Remove every entry (the next run parses again and refills it).")
@click.option("--prune", "prune_now", is_flag=True,
              help="Remove now the entries no run has read for 30 days (runs do this once a day).")
@guarded
def cache_command(clear, prune_now):
    """Show the parse cache: its folder, its entries and their size.

    The cache keeps what unchanged files parse into (acts, parse trees, built parsers),
    so that a second run reads instead of parsing. It lives in $LEXCHECK_CACHE_DIR, else
    $XDG_CACHE_HOME/lexcheck, else ~/.cache/lexcheck; LEXCHECK_NO_CACHE=1 turns it off.
    Only files lexcheck wrote are ever removed.

    \b
    Examples:
      lexcheck cache             where it is and how big
      lexcheck cache --clear     empty it
    """
    from .. import cache

    if clear and prune_now:
        raise click.UsageError("give --clear or --prune, not both")
    folder = cache.cache_dir(even_if_off=True)
    if cache.cache_off():
        click.echo("lexcheck: the parse cache is off (LEXCHECK_NO_CACHE is set): runs neither read nor "
                   "write it", err=True)
    if clear or prune_now:
        removed = cache.clear(folder) if clear else cache.prune(folder)
        click.echo(f"removed {removed} entr{'y' if removed == 1 else 'ies'} from {folder}")
        return
    stats = cache.stats(folder)
    click.echo(f"parse cache: {folder}")
    for kind, (count, size) in stats.items():
        click.echo(f"  {kind:<9} {count:>6} entr{'y' if count == 1 else 'ies'}  {size / 1e6:8.2f} MB")
