"""Where the shipped data lives: grammar/, rules/ and legislation/ (package data).

In a wheel they sit inside the package (``lexcheck/_data/…``); in a source checkout
(editable install, tests) they are the top-level folders of the repository.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """The folder ``grammar``, ``rules`` or ``legislation``, wherever it was installed."""
    inside = _PACKAGE / "_data" / name
    if inside.is_dir():
        return inside
    checkout = _PACKAGE.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"lexcheck data folder '{name}' is missing from the installation")


def grammar_path(name: str) -> Path:
    return data_dir("grammar") / name


def default_corpus() -> Path:
    """The built-in Azerbaijan corpus."""
    return data_dir("legislation") / "az"


def default_rules() -> Path:
    """The built-in rule pack: CP/Rec(2023)03."""
    return data_dir("rules") / "cp-rec-2023-03"


def default_vocabulary() -> Path:
    return data_dir("rules") / "vocabulary.vocab"


def display_path(path: Path | str) -> str:
    """How a file is named in reports: relative to the installation for shipped data,
    relative to the working directory when under it, else as given (stable output)."""
    p = Path(path)
    try:
        resolved = p.resolve()
    except OSError:
        return str(path)
    for name in ("legislation", "rules", "grammar"):
        try:
            root = data_dir(name)
        except FileNotFoundError:
            continue
        if resolved.is_relative_to(root):
            return f"{name}/{resolved.relative_to(root).as_posix()}"
    cwd = Path.cwd().resolve()
    if resolved.is_relative_to(cwd):
        return resolved.relative_to(cwd).as_posix()
    return str(path)
