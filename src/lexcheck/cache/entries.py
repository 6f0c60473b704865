"""Where the parse cache lives, and how any entry is read, written and pruned.

An entry is a header line (format, key, sha256 of the body, lexcheck version) and a JSON
body; it is read only if it is a regular file, the header names the expected key and
format and the body has the recorded digest. Writes are atomic (temporary file, then
rename) and silently skipped when they fail: it is only a cache.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
import tempfile
from functools import cache
from pathlib import Path

from .. import __version__

FORMAT = 2
_HEADER = "lexcheck-parse-cache"
# Files (under the package) whose content decides what a text parses into, besides the grammars.
class Invalid(Exception):
    """An entry that does not decode into what it should: it is ignored."""


_PARSER_MODULES = ("model.py", "legislation.py", "linescan.py", "notation.py", "cache/__init__.py",
                   "cache/entries.py", "cache/acts.py", "cache/trees.py", "cache/grammars.py")


def cache_off() -> bool:
    """Whether ``LEXCHECK_NO_CACHE`` turns the cache off (``1``, ``yes``…; not ``0``, ``false``, ``no``, ``off``)."""
    return os.environ.get("LEXCHECK_NO_CACHE", "").strip().lower() not in ("", "0", "false", "no", "off")


def cache_dir(*, even_if_off: bool = False) -> Path | None:
    """The cache folder, or ``None`` when caching is turned off (unless ``even_if_off``)."""
    if cache_off() and not even_if_off:
        return None
    explicit = os.environ.get("LEXCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "lexcheck"


@cache
def _salt() -> bytes:
    """What besides the text decides the parse: version, format, grammars, parser code."""
    from ..resources import data_dir

    import lark
    import pydantic

    # Lark's version: its own grammar library shapes trees; pydantic's: a warm load sets
    # the slots of pydantic's objects directly.
    h = hashlib.sha256(f"{_HEADER}/{FORMAT}/{__version__}/{lark.__version__}/{pydantic.VERSION}".encode())
    for path in sorted(data_dir("grammar").glob("*.lark")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    here = Path(__file__).resolve().parent.parent
    for name in _PARSER_MODULES:
        try:
            source = (here / name).read_bytes()
        except OSError:  # installed without sources: the version alone must tell
            source = b"?"
        h.update(name.encode() + b"\0" + source + b"\0")
    return h.digest()


def entry_file(folder: Path, kind: str, k: str) -> Path:
    """Where the entry of ``kind`` (acts, trees, grammars) with key ``k`` lives: acts and
    trees, which are many, in folders named by the key's first two characters."""
    return folder / kind / f"{k}.json" if kind == "grammars" else folder / kind / k[:2] / f"{k}.json"


def read_body(kind: str, key_of) -> str | None:
    """The body of the entry of ``kind`` keyed ``key_of()``, if the cache is on and it is good."""
    folder = cache_dir()
    if folder is None:
        return None
    k = key_of()
    return _read_entry(entry_file(folder, kind, k), k)


def write_body(kind: str, key_of, make_body) -> None:
    """Store ``make_body()`` as the entry of ``kind`` keyed ``key_of()``; skipped when the
    cache is off or the value holds something JSON cannot (it is only a cache)."""
    folder = cache_dir()
    if folder is None:
        return
    k = key_of()
    try:
        body = make_body()
    except (TypeError, RecursionError):
        return
    _write_entry(folder, entry_file(folder, kind, k), k, body)


def _read_entry(path: Path, k: str) -> str | None:
    """An entry's body, if the entry is there, of this format, under key ``k``, and intact.

    A good entry is marked as used (its modification time set to now), so that pruning
    removes only entries no run has read for a while.
    """
    raw = _read_regular_file(path)
    if raw is None:
        return None
    head, sep, body = raw.partition("\n")
    if not sep:
        return None
    try:
        header = json.loads(head)
    except (ValueError, RecursionError):
        return None
    if (not isinstance(header, dict) or header.get("format") != FORMAT or header.get("key") != k
            or header.get("sha256") != hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()):
        return None
    try:
        os.utime(path)
    except OSError:  # a read-only cache is still a cache
        pass
    return body


def _read_regular_file(path: Path) -> str | None:
    """The UTF-8 text of ``path`` if it is a regular file (a named pipe planted at an entry's
    path would block a plain read for ever), else ``None``."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        with os.fdopen(fd, "rb") as fh:
            fd = None
            return fh.read().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    finally:
        if fd is not None:
            os.close(fd)


def _write_entry(folder: Path, target: Path, k: str, body: str) -> None:
    """Write an entry atomically (temporary file, then rename); failures are ignored."""
    header = json.dumps({"format": FORMAT, "key": k, "lexcheck": __version__,
                         "sha256": hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()})
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{k[:16]}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(header + "\n" + body)
        os.replace(tmp, target)
        tmp = None
    except (OSError, ValueError):  # ValueError: text no file can hold (a lone surrogate, from the API)
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    maybe_prune(folder)


# -- pruning: the cache does not grow without end -----------------------------------------------
# Every edit of a file, and every new lexcheck version, makes new entries; the old ones are
# never read again. Entries no run has read for PRUNE_AFTER days are removed (a read marks
# an entry as used), as are temporary files left by a run that was killed while writing.
# This happens at most once a day, and only when a run writes to the cache.
PRUNE_AFTER = dt.timedelta(days=30)
_PRUNE_EVERY = dt.timedelta(days=1)
_KINDS = ("acts", "trees", "grammars")


_ENTRY = re.compile(r"[0-9a-f]{64}\.json")
_TEMPORARY = re.compile(r"\.[0-9a-f]{16}\..+\.tmp")
_SHARD = re.compile(r"[0-9a-f]{2}")


def _entry_files(folder: Path):
    """Every file lexcheck may have written under ``folder``: (path, is temporary). Names are
    matched exactly (an entry is its key, a temporary file the key's start), and only the
    levels lexcheck writes are listed, so nothing else found there is ever touched."""
    for kind in _KINDS:
        if kind == "grammars":
            places = [folder / kind]
        else:
            try:
                with os.scandir(folder / kind) as it:
                    places = [Path(e.path) for e in it if _SHARD.fullmatch(e.name) and e.is_dir(follow_symlinks=False)]
            except OSError:
                continue
        for place in places:
            try:
                with os.scandir(place) as it:
                    for e in it:
                        if e.is_file(follow_symlinks=False):
                            if _ENTRY.fullmatch(e.name):
                                yield Path(e.path), False
                            elif _TEMPORARY.fullmatch(e.name):
                                yield Path(e.path), True
            except OSError:
                continue


def prune(folder: Path, *, older_than: dt.timedelta = PRUNE_AFTER, now: float | None = None) -> int:
    """Remove entries unused for ``older_than`` and stale temporary files; how many were removed."""
    import time

    now = time.time() if now is None else now
    removed = 0
    for path, temporary in list(_entry_files(folder)):
        try:
            age = now - path.stat(follow_symlinks=False).st_mtime
            if age > (3600 if temporary else older_than.total_seconds()):
                path.unlink()
                removed += 1
        except OSError:  # gone already (another run pruned it), or not ours to remove
            continue
    return removed


def clear(folder: Path) -> int:
    """Remove every entry and temporary file lexcheck wrote under ``folder``; how many."""
    removed = 0
    for path, _ in list(_entry_files(folder)):
        try:
            path.unlink()
            removed += 1
        except OSError:
            continue
    return removed


def stats(folder: Path) -> dict[str, tuple[int, int]]:
    """Per kind of entry (acts, trees, grammars): (how many, bytes)."""
    out = {kind: (0, 0) for kind in _KINDS}
    for path, temporary in _entry_files(folder):
        if temporary:
            continue
        kind = path.relative_to(folder).parts[0]
        try:
            size = path.stat(follow_symlinks=False).st_size
        except OSError:
            continue
        count, total = out[kind]
        out[kind] = (count + 1, total + size)
    return out


def maybe_prune(folder: Path) -> None:
    """Prune ``folder`` if it has not been pruned for a day (a marker file keeps the date)."""
    import time

    marker = folder / ".last-pruned"
    try:
        if time.time() - marker.stat().st_mtime < _PRUNE_EVERY.total_seconds():
            return
    except FileNotFoundError:
        pass
    except OSError:
        return
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    except OSError:
        return
    prune(folder)
