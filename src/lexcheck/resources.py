"""Where the shipped data lives: grammar/, rules/ and legislation/ (package data).

In a wheel they sit inside the package (``lexcheck/_data/…``); in a source checkout
(editable install, tests) they are the top-level folders of the repository. Either way
``lexcheck data`` prints the folder that holds them, and a path written
``@builtin/legislation/az/…`` names a shipped file from anywhere (:func:`builtin`).
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


DATA_FOLDERS = ("legislation", "rules", "grammar")
BUILTIN = "@builtin"


def data_root() -> Path:
    """The folder holding ``legislation/``, ``rules/`` and ``grammar/`` as shipped."""
    return data_dir("legislation").parent


def is_builtin(path: Path | str) -> bool:
    text = str(path).replace("\\", "/")
    return text == BUILTIN or text.startswith(BUILTIN + "/")


def builtin(path: Path | str) -> Path:
    """``@builtin/legislation/az/cpc.lex`` → that shipped file's absolute path; any other
    path is returned as given. A shipped path that does not exist is an input error
    (E007) with the closest shipped names."""
    if not is_builtin(path):
        return Path(path)
    text = str(path).replace("\\", "/")
    rest = text[len(BUILTIN):].strip("/")
    parts = [x for x in rest.split("/") if x not in ("", ".")]
    if not parts:
        return data_root()
    if ".." in parts or parts[0] not in DATA_FOLDERS:
        _no_such_builtin(text, data_root(), parts[0] if parts else "", list(DATA_FOLDERS))
    here = data_root()
    for part in parts:
        below = here / part
        if not below.exists():
            names = sorted(c.name for c in here.iterdir()) if here.is_dir() else []
            _no_such_builtin(text, here, part, names)
        here = below
    return here


def _no_such_builtin(text: str, folder: Path, name: str, names: list[str]):
    from .errors import InputFileError, Position, did_you_mean

    shown = [n for n in names if not n.startswith((".", "_"))]
    hint = did_you_mean(name, shown) or (f"it holds: {', '.join(shown)}" if shown else None)
    where = BUILTIN + ("/" + folder.relative_to(data_root()).as_posix() if folder != data_root() else "")
    raise InputFileError(f"no '{name}' in {where} (the built-in data; 'lexcheck data' shows where it lives)",
                         Position(text), hint=hint)


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
