"""The parse cache: what a file's unchanged text parses into, stored as JSON.

Three kinds of entry, all content-addressed:

- ``acts/``: a ``*.lex`` file's :class:`~lexcheck.model.Act`, in tables of columns (one
  table per model class), so that a warm corpus loads without parsing;
- ``trees/``: the Lark parse tree of a rule pack, vocabulary, evidence or bill file, so
  that a warm run neither builds a parser nor parses (the builders run on the tree);
- ``grammars/``: a built LALR parser (Lark's own serialisation), for the files that are
  parsed.

The key is the sha256 of the file's text, of the grammar files, of the modules that turn
text into the model, and of the lexcheck version (and Lark's, for trees and parsers), so
any change to the input or to the parser makes a new key (old entries are simply never
read again).

Where: ``$LEXCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/lexcheck``, else
``~/.cache/lexcheck``; ``LEXCHECK_NO_CACHE=1`` turns the cache off.

Safety: entries are JSON, never pickle — loading one never executes anything. An
entry is a header line (format, key, sha256 of the body) and a body; it is used only
if the header names the expected key and the body has the recorded digest, and it is
decoded strictly (only the model's own classes, only their fields, values of the
field's types; a tree holds only rules, tokens and integer positions); anything else — a truncated, corrupt or tampered entry — is ignored
and the file is parsed again. What strict decoding cannot tell is an entry rewritten,
digest and all, into a different but well-formed model; the cache folder is trusted as
the user's own files are. Entries are written atomically (temporary file, then
rename); a cache that cannot be written is skipped silently: it is only a cache.

Spans in an entry carry no file name: the model read back gets the path the file
was loaded from, exactly as parsing it there would have given.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import keyword
import os
import re
import stat
import tempfile
import types
import typing
from decimal import Decimal, InvalidOperation
from functools import cache
from collections import deque
from itertools import chain, repeat
from pathlib import Path

from pydantic import BaseModel

from . import __version__
from . import model as m

FORMAT = 2
_HEADER = "lexcheck-parse-cache"
# Files whose content decides what a text parses into (besides the grammar files).
_PARSER_MODULES = ("model.py", "legislation.py", "linescan.py", "notation.py", "cache.py")


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
    from .resources import data_dir

    import lark
    import pydantic

    # Lark's version: its own grammar library shapes trees; pydantic's: a warm load sets
    # the slots of pydantic's objects directly.
    h = hashlib.sha256(f"{_HEADER}/{FORMAT}/{__version__}/{lark.__version__}/{pydantic.VERSION}".encode())
    for path in sorted(data_dir("grammar").glob("*.lark")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    here = Path(__file__).resolve().parent
    for name in _PARSER_MODULES:
        try:
            source = (here / name).read_bytes()
        except OSError:  # installed without sources: the version alone must tell
            source = b"?"
        h.update(name.encode() + b"\0" + source + b"\0")
    return h.digest()


def key(text: str) -> str:
    """The content address of ``text`` as a legislation file."""
    return hashlib.sha256(_salt() + text.encode("utf-8", "surrogatepass")).hexdigest()


def entry_path(folder: Path, k: str) -> Path:
    return folder / "acts" / k[:2] / f"{k}.json"


# -- the entry format: one table per model class, column by column ------------------------------
# An act is a tree of a few object kinds repeated thousands of times (five or so per
# provision). Each class gets a table; a table stores its fields column by column, and a
# field that holds a model holds the row number of that model in its class's table.
# Decoding then checks each column at once (the types of all its values, the range of its
# row numbers) and builds the objects column-wise, so that reading an act back costs a
# small fraction of parsing it. Tables are listed leaves first, so a row can only point
# at rows already built: an entry cannot describe a cycle.
#
#   {"format": 2, "tables": {"Span": {"rows": n, "columns": [[...], ...], "set": [...]}, ...}}
#
# ``set`` holds, per row, a bit mask of the fields given explicitly (pydantic's
# ``model_fields_set``), so the model read back is the model parsing gives in every respect.
# A span's ``file`` is not stored: the span gets the name of the file being loaded.

_LEAVES = ("Span", "Source", "Period", "Condition", "AmendedBy")
_CLAUSES = ("Exemption", "Right", "Obligation", "Permission", "Prohibition", "Suspension", "Amount",
            "Definition")
_ORDER = (*_LEAVES, *_CLAUSES, "Provision", "Article", "Act")


class Invalid(Exception):
    """The entry does not decode into the model: ignore it."""


def _kinds(annotation) -> list:
    """The alternatives of a field's annotation, unwrapped (``Annotated``, unions)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _kinds(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [k for arg in typing.get_args(annotation) for k in _kinds(arg)]
    return [annotation]


def _pool(classes: list) -> str:
    """The table a model-valued field points into: a class's own, or ``Clause`` for the union."""
    names = {c.__name__ for c in classes}
    if names == set(_CLAUSES):
        return "Clause"
    if len(names) == 1 and next(iter(names)) in _ORDER:
        return next(iter(names))
    raise TypeError(f"no table for {sorted(names)}")  # pragma: no cover - the model holds no other


@cache
def _columns() -> dict[str, tuple[type, tuple]]:
    """For every model class: (class, ((field, how, detail, optional), ...)) in storage order.

    ``how`` is ``value`` (detail: the JSON types allowed, and the literals allowed or
    None), ``date``, ``decimal``, ``ref`` (detail: the table pointed into), ``refs`` (a
    tuple of rows) or ``strs`` (a tuple of strings).
    """
    plans = {}
    for name in _ORDER:
        cls = getattr(m, name)
        cols = []
        for field, info in cls.model_fields.items():
            if cls is m.Span and field == "file":
                continue
            alts = _kinds(info.annotation)
            optional = type(None) in alts or None in alts
            alts = [a for a in alts if a is not None and a is not type(None)]
            origin = typing.get_origin(alts[0])
            if origin is tuple:
                (item,) = {a for a in typing.get_args(alts[0]) if a is not Ellipsis}
                inner = _kinds(item)
                if inner == [str]:
                    cols.append((field, "strs", None, False))
                else:
                    cols.append((field, "refs", _pool(inner), False))
            elif isinstance(alts[0], type) and issubclass(alts[0], BaseModel):
                cols.append((field, "ref", _pool(alts), optional))
            elif alts[0] is dt.date:
                cols.append((field, "date", None, optional))
            elif alts[0] is Decimal:
                cols.append((field, "decimal", None, optional))
            elif origin is typing.Literal:
                literals = frozenset(v for a in alts for v in typing.get_args(a))
                allowed = frozenset({str} | ({type(None)} if optional else set()))
                cols.append((field, "value", (allowed, literals | ({None} if optional else set())), optional))
            else:
                allowed = frozenset(set(alts) | ({type(None)} if optional else set()))
                cols.append((field, "value", (allowed, None), optional))
        plans[name] = (cls, tuple(cols))
    return plans


def encode(act: m.Act) -> dict:
    """An :class:`Act` → the entry's JSON data (tables of columns)."""
    plans = _columns()
    objects: dict[str, list] = {name: [] for name in _ORDER}
    seen: dict[int, object] = {}  # id → object: an object met twice is stored once

    def collect(obj) -> None:  # children before parents, each object once
        if id(obj) in seen:
            return
        seen[id(obj)] = obj
        for field, how, _, _ in plans[type(obj).__name__][1]:
            if how == "ref":
                child = getattr(obj, field)
                if child is not None:
                    collect(child)
            elif how == "refs":
                for child in getattr(obj, field):
                    collect(child)
        objects[type(obj).__name__].append(obj)

    collect(act)
    row: dict[int, int] = {}
    for name in _ORDER:
        base = 0
        if name in _CLAUSES:  # clauses share one pool: the clause tables one after another
            base = sum(len(objects[c]) for c in _CLAUSES[:_CLAUSES.index(name)])
        for i, obj in enumerate(objects[name]):
            row[id(obj)] = base + i
    tables = {}
    for name in _ORDER:
        cls, cols = plans[name]
        items = objects[name]
        columns = []
        for field, how, _, _ in cols:
            values = [getattr(obj, field) for obj in items]
            if how == "ref":
                values = [-1 if v is None else row[id(v)] for v in values]
            elif how == "refs":
                values = [[row[id(x)] for x in v] for v in values]
            elif how == "strs":
                values = [list(v) for v in values]
            elif how in ("date", "decimal"):
                values = [None if v is None else (v.isoformat() if how == "date" else str(v)) for v in values]
            columns.append(values)
        bits = {field: 1 << i for i, field in enumerate(cls.model_fields)}
        masks = [sum(bits[f] for f in obj.__pydantic_fields_set__) for obj in items]
        tables[name] = {"rows": len(items), "columns": columns, "set": masks}
    return {"format": FORMAT, "tables": tables}


def decode(body: str, file: str) -> m.Act:
    """An entry's body → :class:`Act` whose spans name ``file``; :class:`Invalid` if it is not one.

    Strict: only the model's classes, each table with exactly its fields, every value of
    its field's type, every row number pointing at a row of the right table.
    """
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise Invalid from None
    if type(data) is not dict or data.get("format") != FORMAT or type(data.get("tables")) is not dict:
        raise Invalid
    tables = data["tables"]
    if set(tables) != set(_ORDER):
        raise Invalid
    plans = _columns()
    built: dict[str, list] = {}
    for name in _ORDER:
        cls, cols = plans[name]
        table = tables[name]
        if type(table) is not dict or set(table) != {"rows", "columns", "set"}:
            raise Invalid
        n, columns, masks = table["rows"], table["columns"], table["set"]
        if (type(n) is not int or type(columns) is not list or len(columns) != len(cols)
                or any(type(c) is not list or len(c) != n for c in columns)
                or type(masks) is not list or len(masks) != n):
            raise Invalid
        values = [_column(c, how, detail, optional, built) for c, (_, how, detail, optional) in zip(columns, cols)]
        if cls is m.Span:
            values.insert(0, repeat(file, n))
        built[name] = _instances(cls, n, map(_maker(name), *values), _fields_sets(cls, masks))
        if name == _CLAUSES[-1]:
            built["Clause"] = [obj for kind in _CLAUSES for obj in built[kind]]
    acts = built["Act"]
    if len(acts) != 1:
        raise Invalid
    return acts[0]


# Building a frozen model object without validating it again (its values are checked, by
# column, above): what ``model_construct`` does, minus its per-object Python work. The
# four slots every pydantic model has are set through their descriptors, each in one
# C-level pass over the objects of a table.
_SLOTS = {name: BaseModel.__dict__[name].__set__
          for name in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")}


def _instances(cls: type, n: int, dicts, fields_sets) -> list:
    objs = list(map(object.__new__, repeat(cls, n)))
    deque(map(_SLOTS["__dict__"], objs, dicts), 0)
    deque(map(_SLOTS["__pydantic_fields_set__"], objs, fields_sets), 0)
    deque(map(_SLOTS["__pydantic_extra__"], objs, repeat(None, n)), 0)
    deque(map(_SLOTS["__pydantic_private__"], objs, repeat(None, n)), 0)
    return objs


@cache
def _maker(name: str):
    """A function (field values, in the model's order) → the object's ``__dict__``.

    Compiled once per model class from the class's own field names (identifiers,
    checked): a dict display is several times faster than ``dict(zip(names, values))``.
    Nothing from a cache entry is ever compiled.
    """
    fields = tuple(getattr(m, name).model_fields)
    if not all(f.isidentifier() and not keyword.iskeyword(f) for f in fields):  # pragma: no cover
        raise TypeError(f"{name} has a field that is not an identifier")
    code = f"lambda {', '.join(fields)}: {{{', '.join(f'{f!r}: {f}' for f in fields)}}}"
    return eval(code, {"__builtins__": {}})  # noqa: S307 - built from the model's field names only


def _fields_sets(cls: type, masks: list) -> list[set]:
    """Per row, the set of fields given explicitly, from its bit mask (each row its own set,
    as parsing gives). A required field is always given: a mask without one is refused."""
    if not set(map(type, masks)) <= {int}:
        raise Invalid
    fields = tuple(cls.model_fields)
    limit = 1 << len(fields)
    required = sum(1 << i for i, info in enumerate(cls.model_fields.values()) if info.is_required())
    protos = {}
    for mask in set(masks):
        if not 0 <= mask < limit or mask & required != required:
            raise Invalid
        protos[mask] = frozenset(f for i, f in enumerate(fields) if mask >> i & 1)
    return list(map(set, map(protos.__getitem__, masks)))


def _column(col: list, how: str, detail, optional: bool, built: dict) -> list:
    """One stored column → the field's values, every value checked."""
    if how == "value":
        allowed, literals = detail
        if not set(map(type, col)) <= allowed or (literals is not None and not set(col) <= literals):
            raise Invalid
        return col
    if how == "ref":
        pool = built[detail]
        if col and (not set(map(type, col)) <= {int} or min(col) < (-1 if optional else 0) or max(col) >= len(pool)):
            raise Invalid
        if optional:  # row -1 stands for None: the pool with None after its last row
            if detail + "?" not in built:
                built[detail + "?"] = [*pool, None]
            pool = built[detail + "?"]
        return list(map(pool.__getitem__, col))
    if how in ("refs", "strs"):
        if not set(map(type, col)) <= {list}:
            raise Invalid
        flat = list(chain.from_iterable(col))
        if how == "strs":
            if not set(map(type, flat)) <= {str}:
                raise Invalid
            return list(map(tuple, col))
        pool = built[detail]
        if flat and (not set(map(type, flat)) <= {int} or min(flat) < 0 or max(flat) >= len(pool)):
            raise Invalid
        get = pool.__getitem__
        return [tuple(map(get, items)) if items else () for items in col]
    # dates and decimals: strings (or None where the field is optional)
    if not set(map(type, col)) <= ({str, type(None)} if optional else {str}):
        raise Invalid
    convert = dt.date.fromisoformat if how == "date" else Decimal
    try:
        values = [None if v is None else convert(v) for v in col]
    except (ValueError, InvalidOperation):
        raise Invalid from None
    # exactly as stored (no "7_00", no " 7 ", no week dates), and no NaN or infinity,
    # which the model's validation refuses
    if any(v is not None and (str(v) if how == "decimal" else v.isoformat()) != raw for v, raw in zip(values, col)):
        raise Invalid
    if how == "decimal" and not all(v is None or v.is_finite() for v in values):
        raise Invalid
    return values


# -- the cache -------------------------------------------------------------------------------
def load(text: str, file: str) -> m.Act | None:
    """The cached :class:`Act` for ``text`` (spans naming ``file``), or ``None``."""
    folder = cache_dir()
    if folder is None:
        return None
    k = key(text)
    body = _read_entry(entry_path(folder, k), k)
    if body is None:
        return None
    try:
        return decode(body, file)
    except Invalid:
        return None


def store(text: str, act: m.Act) -> None:
    """Remember the model of ``text``; silently skipped if the cache cannot be written."""
    folder = cache_dir()
    if folder is None:
        return
    k = key(text)
    body = json.dumps(encode(act), ensure_ascii=False, separators=(",", ":"))
    _write_entry(folder, entry_path(folder, k), k, body)


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


# -- the grammar cache: a built LALR parser, as JSON ------------------------------------------
# Building a parser from a grammar takes a few hundred milliseconds, most of a short CLI
# run. Lark can cache it, but as a pickle; lexcheck stores Lark's own serialisation
# (plain data) as tagged JSON instead and rebuilds the parser from it.
def _parser_key(grammar: str, start: str, options: dict) -> str:
    import lark

    spec = json.dumps({"grammar": grammar, "start": start, "lark": lark.__version__, "options": options},
                      sort_keys=True)
    return hashlib.sha256(_salt() + spec.encode()).hexdigest()


def _to_json(value):
    from lark import Token

    if isinstance(value, Token):
        return {"$k": [value.type, str(value)]}
    if isinstance(value, tuple):
        return {"$t": [_to_json(v) for v in value]}
    if isinstance(value, list):
        return [_to_json(v) for v in value]
    if isinstance(value, dict):
        if all(type(k) is str and not k.startswith("$") for k in value):
            return {k: _to_json(v) for k, v in value.items()}
        return {"$m": [[_to_json(k), _to_json(v)] for k, v in value.items()]}
    if value is None or type(value) in (str, int, bool):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _tagged(obj: dict):
    """``json.loads`` object hook: a tagged object → the Lark value it stands for."""
    if len(obj) == 1:
        (tag, body), = obj.items()
        if tag == "$k":
            if type(body) is list and len(body) == 2 and type(body[0]) is str and type(body[1]) is str:
                from lark import Token

                return Token(body[0], body[1])
            raise Invalid
        if tag == "$t":
            if type(body) is list:
                return tuple(body)
            raise Invalid
        if tag == "$m":
            if type(body) is not list:
                raise Invalid
            out = {}
            for pair in body:
                if type(pair) is not list or len(pair) != 2 or isinstance(pair[0], (list, dict)):
                    raise Invalid
                out[pair[0]] = pair[1]  # a tuple key holding a list raises TypeError: rejected
            return out
    if any(k.startswith("$") for k in obj):
        raise Invalid
    return obj


def _from_json(body: str):
    """A stored parser's JSON → Lark's serialised data (decoded bottom-up by ``json``)."""
    return json.loads(body, object_hook=_tagged)


def load_parser(grammar: str, start: str, options: dict):
    """A parser rebuilt from the cache, or ``None``."""
    folder = cache_dir()
    if folder is None:
        return None
    k = _parser_key(grammar, start, options)
    body = _read_entry(folder / "grammars" / f"{k}.json", k)
    if body is None:
        return None
    try:
        data = _from_json(body)
        from lark import Lark

        return Lark._load_from_dict(data["data"], data["memo"])
    except Exception:  # corrupt or tampered: build the parser from the grammar
        return None


def store_parser(grammar: str, start: str, options: dict, parser) -> None:
    folder = cache_dir()
    if folder is None:
        return
    k = _parser_key(grammar, start, options)
    from lark.grammar import Rule
    from lark.lexer import TerminalDef

    try:
        data, memo = parser.memo_serialize([TerminalDef, Rule])
        body = json.dumps(_to_json({"data": data, "memo": memo}), separators=(",", ":"))
    except TypeError:  # something Lark serialises that JSON cannot hold: do without the cache
        return
    _write_entry(folder, folder / "grammars" / f"{k}.json", k, body)


# -- the tree cache: a notation file's parse tree, as JSON --------------------------------------
# Rule packs, vocabularies, evidence and bills are read with Lark, and their builders turn
# the tree into models (checking structure as they go). An unchanged file's tree is kept,
# so that a warm run neither rebuilds a parser nor parses: the builders run on the stored
# tree, which is the tree Lark gives, positions and all, so models and errors are the same.
#
#   tree   {"t": rule, "m": {position fields} | null, "c": [children]}
#   token  {"k": [type, value, start_pos, line, column, end_line, end_column, end_pos]}
#
# Only trees of text that parsed are stored; a syntax error is reported afresh every time.
_META = frozenset({"empty", "line", "column", "start_pos", "end_line", "end_column", "end_pos",
                   "container_line", "container_column", "container_start_pos", "container_end_line",
                   "container_end_column", "container_end_pos"})
_TREE_KEYS = frozenset({"t", "m", "c"})


def _tree_key(text: str, grammar: str, start: str) -> str:
    import lark

    spec = f"tree\0{grammar}\0{start}\0{lark.__version__}\0".encode()
    return hashlib.sha256(_salt() + spec + text.encode("utf-8", "surrogatepass")).hexdigest()


def _tree_to_json(node):
    from lark import Token, Tree

    if isinstance(node, Token):
        return {"k": [node.type, str(node), node.start_pos, node.line, node.column, node.end_line,
                      node.end_column, node.end_pos]}
    if isinstance(node, Tree):
        meta = node._meta
        if meta is not None:
            meta = {k: v for k, v in vars(meta).items() if k in _META}
        return {"t": _tree_to_json(node.data) if isinstance(node.data, Token) else node.data, "m": meta,
                "c": [_tree_to_json(c) for c in node.children]}
    if node is None:
        return None
    raise TypeError(f"cannot cache a {type(node).__name__} in a tree")  # pragma: no cover


def _tree_hook():
    """A ``json.loads`` object hook that rebuilds trees and tokens bottom-up, strictly."""
    from lark import Token, Tree
    from lark.tree import Meta

    def hook(obj: dict):
        keys = obj.keys()
        if keys == _TREE_KEYS:
            data, meta, children = obj["t"], obj["m"], obj["c"]
            if type(data) is not str and type(data) is not Token or type(children) is not list:
                raise Invalid
            for child in children:
                if child is not None and type(child) is not Tree and type(child) is not Token:
                    raise Invalid
            if meta is not None:
                if type(meta) is not _MetaFields:
                    raise Invalid
                fields, meta = meta, Meta()
                meta.__dict__.update(fields)
            return Tree(data, children, meta)
        if keys == {"k"}:
            v = obj["k"]
            if (type(v) is not list or len(v) != 8 or type(v[0]) is not str or type(v[1]) is not str
                    or not all(x is None or type(x) is int for x in v[2:])):
                raise Invalid
            return Token(*v)
        if keys <= _META and all(type(x) is int or type(x) is bool for x in obj.values()):
            return _MetaFields(obj)
        raise Invalid

    return hook


class _MetaFields(dict):
    """A tree's position fields, as read (told apart from a plain object by its type)."""


def load_tree(text: str, grammar: str, start: str):
    """The stored parse tree of ``text`` under ``grammar``, or ``None``."""
    folder = cache_dir()
    if folder is None:
        return None
    k = _tree_key(text, grammar, start)
    body = _read_entry(folder / "trees" / k[:2] / f"{k}.json", k)
    if body is None:
        return None
    try:
        tree = json.loads(body, object_hook=_tree_hook())
    except (ValueError, RecursionError, TypeError, Invalid):
        return None
    from lark import Token, Tree

    if type(tree) is not Tree:
        return None
    # every token must be the text it says it is, where it says it is
    for node in tree.iter_subtrees():
        for child in node.children:
            if type(child) is Token and (child.start_pos is None or child.end_pos is None
                                         or text[child.start_pos:child.end_pos] != child):
                return None
    tree.from_cache = True  # read by notation.parse_with: a tree the builders cannot read is set aside
    return tree


def store_tree(text: str, grammar: str, start: str, tree) -> None:
    """Remember the parse tree of ``text``; silently skipped if the cache cannot be written."""
    folder = cache_dir()
    if folder is None:
        return
    k = _tree_key(text, grammar, start)
    try:
        body = json.dumps(_tree_to_json(tree), ensure_ascii=False, separators=(",", ":"))
    except (TypeError, RecursionError):  # pragma: no cover - trees hold only trees, tokens and None
        return
    _write_entry(folder, folder / "trees" / k[:2] / f"{k}.json", k, body)
