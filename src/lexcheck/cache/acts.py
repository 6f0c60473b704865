"""The ``acts/`` entries: a ``*.lex`` file's :class:`~lexcheck.model.Act`, in tables of columns."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import keyword
import types
import typing
from collections import deque
from decimal import Decimal, InvalidOperation
from functools import cache
from itertools import chain, repeat
from pathlib import Path

from pydantic import BaseModel

from .. import model as m
from .entries import FORMAT, Invalid, _salt, entry_file, read_body, write_body


def key(text: str) -> str:
    """The content address of ``text`` as a legislation file."""
    return hashlib.sha256(_salt() + text.encode("utf-8", "surrogatepass")).hexdigest()


def entry_path(folder: Path, k: str) -> Path:
    return entry_file(folder, "acts", k)


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
            "Definition", "Duty")
_ORDER = (*_LEAVES, *_CLAUSES, "Provision", "Article", "Act")


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
    body = read_body("acts", lambda: key(text))
    if body is None:
        return None
    try:
        return decode(body, file)
    except Invalid:
        return None


def store(text: str, act: m.Act) -> None:
    """Remember the model of ``text``; silently skipped if the cache cannot be written."""
    write_body("acts", lambda: key(text),
               lambda: json.dumps(encode(act), ensure_ascii=False, separators=(",", ":")))
