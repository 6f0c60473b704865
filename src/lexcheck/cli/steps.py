"""CLI command ``steps``: the Gherkin step glossary, generated from the registered steps."""

from __future__ import annotations

from pathlib import Path

import click

from . import emit, guarded, main


@main.command()
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True,
              help="text: for a terminal; markdown: the page docs/steps.md.")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, allow_dash=True,
                                                                path_type=Path), default=None,
              help="Write the glossary to this file (atomically) instead of stdout; '-' is stdout.")
@guarded
def steps(fmt, output):
    """List the sentences lexcheck understands in Gherkin scenarios, with an example of each.

    Legal staff write .feature files with these steps only; pytest runs them through
    the lexcheck plugin (installed with pytest-bdd). To refresh the documentation:

    \b
      lexcheck steps --format markdown --output docs/steps.md
    """
    try:
        from ..bdd import glossary
    except ImportError as exc:  # pytest-bdd is not installed
        raise click.ClickException(f"the Gherkin steps need pytest-bdd ({exc}); "
                                   "install lexcheck with its bdd extra, e.g. pip install '/path/to/lexcheck[bdd]'") from None
    text = glossary.markdown() if fmt == "markdown" else glossary.text()
    emit(text if text.endswith("\n") else text + "\n", output, "glossary")
