"""The parse cache: a ``*.lex`` file's content → its :class:`~lexcheck.model.Act`, stored as JSON.

An unchanged corpus loads without parsing. Entries are content-addressed: the key is
the sha256 of the file's text, of the grammar files, of the modules that turn text into
the model, and of the lexcheck version, so any change to the input or to the parser
makes a new key (old entries are simply never read again).

Where: ``$LEXCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/lexcheck``, else
``~/.cache/lexcheck``; ``LEXCHECK_NO_CACHE=1`` turns the cache off.

Safety: entries are JSON, never pickle — loading one never executes anything. An
entry is a header line (format, key, sha256 of the body) and a body; it is used only
if the header names the expected key and the body has the recorded digest, and it is
decoded strictly (only the model's own classes, only their fields, values of the
field's types); anything else — a truncated, corrupt or tampered entry — is ignored
and the file is parsed again. Entries are written atomically (temporary file, then
rename); a cache that cannot be written is skipped silently: it is only a cache.

Spans in an entry carry no file name: the model read back gets the path the file
was loaded from, exactly as parsing it there would have given.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
import types
import typing
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from pydantic import BaseModel

from . import __version__
from . import model as m

FORMAT = 1
_HEADER = "lexcheck-parse-cache"
# Files whose content decides what a text parses into (besides the grammar files).
_PARSER_MODULES = ("model.py", "legislation.py", "linescan.py", "notation.py", "cache.py")


def cache_dir() -> Path | None:
    """The cache folder, or ``None`` when caching is turned off."""
    if os.environ.get("LEXCHECK_NO_CACHE", "").strip() not in ("", "0"):
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

    h = hashlib.sha256(f"{_HEADER}/{FORMAT}/{__version__}".encode())
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


# -- encoding: model → JSON-able data ------------------------------------------------------
def encode(value):
    """A model (or value inside one) → plain JSON data, tagged so it decodes exactly.

    A model is an object: ``"$"`` its class, then every field in the model's order (a
    span's file left empty), then ``"$u"`` the fields left at their defaults.
    """
    if isinstance(value, BaseModel):
        out = {"$": type(value).__name__}
        fields = type(value).model_fields
        for name in fields:
            out[name] = "" if name == "file" and isinstance(value, m.Span) else encode(getattr(value, name))
        unset = [n for n in fields if n not in value.__pydantic_fields_set__]
        if unset:
            out["$u"] = unset
        return out
    if isinstance(value, tuple):
        return [encode(v) for v in value]
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$dec": str(value)}
    if value is None or isinstance(value, (str, bool, int)):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")  # pragma: no cover - the model holds no other


# -- decoding: JSON data → model, strictly --------------------------------------------------
class Invalid(Exception):
    """The entry does not decode into the model: ignore it."""


def _spec(annotation) -> tuple[frozenset, frozenset | None, frozenset | None]:
    """(types allowed, types allowed for a tuple's items, literal values allowed) of a field."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _spec(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        outer, inner, lits = set(), set(), set()
        for arg in typing.get_args(annotation):
            o, i, lit = _spec(arg)
            outer |= o
            inner |= i or set()
            lits |= lit or set()
        return frozenset(outer), frozenset(inner) or None, frozenset(lits) or None
    if origin is typing.Literal:
        return frozenset({str}), None, frozenset(typing.get_args(annotation))
    if origin is tuple:
        return frozenset({tuple}), _spec(typing.get_args(annotation)[0])[0], None
    if annotation is None or annotation is type(None):
        return frozenset({type(None)}), None, None
    return frozenset({annotation}), None, None


@cache
def _plans() -> dict[str, tuple[type, dict, dict]]:
    """For every model class: its fields' specs and defaults."""
    plans = {}
    for obj in vars(m).values():
        if isinstance(obj, type) and issubclass(obj, BaseModel) and obj.__module__ == m.__name__:
            fields = {n: _spec(f.annotation) for n, f in obj.model_fields.items()}
            defaults = {n: f.get_default(call_default_factory=True) for n, f in obj.model_fields.items()
                        if not f.is_required()}
            plans[obj.__name__] = (obj, fields, defaults)
    return plans


def _hook_for(file: str):
    """A ``json.loads`` object hook that builds models bottom-up, strictly."""
    plans = _fast_plans()
    span_cls = m.Span
    new = object.__new__
    setattr_ = object.__setattr__

    def hook(data: dict):
        name = data.pop("$", None)
        if name is None:
            if len(data) == 1:
                if "$date" in data:
                    raw = data["$date"]
                    if type(raw) is str:
                        try:
                            return dt.date.fromisoformat(raw)
                        except ValueError:
                            pass
                elif "$dec" in data:
                    raw = data["$dec"]
                    if type(raw) is str:
                        try:
                            return Decimal(raw)
                        except InvalidOperation:
                            pass
            raise Invalid
        plan = plans.get(name)
        if plan is None:
            raise Invalid
        cls, order, specs, names = plan
        unset = data.pop("$u", ())
        if tuple(data) != order:
            raise Invalid  # a field missing, extra or out of place
        for fname, v, (outer, inner, literals) in zip(order, data.values(), specs):
            if type(v) is list:
                if inner is None:
                    raise Invalid
                for item in v:
                    if type(item) not in inner:
                        raise Invalid
                data[fname] = v = tuple(v)
            if type(v) not in outer or (literals is not None and v not in literals):
                raise Invalid
        if cls is span_cls:
            data["file"] = file
        if unset:
            if type(unset) is not list or not names.issuperset(unset):
                raise Invalid
            given = set(names.difference(unset))
        else:
            given = set(names)
        obj = new(cls)
        setattr_(obj, "__dict__", data)
        setattr_(obj, "__pydantic_fields_set__", given)
        setattr_(obj, "__pydantic_extra__", None)
        setattr_(obj, "__pydantic_private__", None)
        return obj

    return hook


@cache
def _fast_plans() -> dict[str, tuple[type, tuple[str, ...], tuple, frozenset]]:
    return {name: (cls, tuple(fields), tuple(fields.values()), frozenset(fields))
            for name, (cls, fields, _) in _plans().items()}


def decode(body: str, file: str) -> m.Act:
    """An entry's body → :class:`Act` whose spans name ``file``; :class:`Invalid` if it is not one."""
    try:
        act = json.loads(body, object_hook=_hook_for(file))
    except (ValueError, RecursionError, TypeError):
        raise Invalid from None
    if type(act) is not m.Act:
        raise Invalid
    return act


# -- the cache -------------------------------------------------------------------------------
def load(text: str, file: str) -> m.Act | None:
    """The cached :class:`Act` for ``text`` (spans naming ``file``), or ``None``."""
    folder = cache_dir()
    if folder is None:
        return None
    k = key(text)
    try:
        raw = entry_path(folder, k).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    head, sep, body = raw.partition("\n")
    if not sep:
        return None
    try:
        header = json.loads(head)
    except ValueError:
        return None
    if (not isinstance(header, dict) or header.get("format") != FORMAT or header.get("key") != k
            or header.get("sha256") != hashlib.sha256(body.encode("utf-8")).hexdigest()):
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
    header = json.dumps({"format": FORMAT, "key": k, "lexcheck": __version__,
                         "sha256": hashlib.sha256(body.encode("utf-8")).hexdigest()})
    _write_entry(entry_path(folder, k), k, header, body)


def _write_entry(target: Path, k: str, header: str, body: str) -> None:
    """Write a cache entry atomically (temporary file, then rename); failures are ignored."""
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{k[:16]}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(header + "\n" + body)
        os.replace(tmp, target)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


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


def _from_json(value):
    from lark import Token

    if isinstance(value, list):
        return [_from_json(v) for v in value]
    if isinstance(value, dict):
        if len(value) == 1:
            (tag, body), = value.items()
            if tag == "$k" and isinstance(body, list) and len(body) == 2 and all(type(b) is str for b in body):
                return Token(body[0], body[1])
            if tag == "$t" and isinstance(body, list):
                return tuple(_from_json(v) for v in body)
            if tag == "$m" and isinstance(body, list):
                out = {}
                for pair in body:
                    if not (isinstance(pair, list) and len(pair) == 2):
                        raise Invalid
                    k = _from_json(pair[0])
                    if isinstance(k, (list, dict)):
                        raise Invalid
                    out[k] = _from_json(pair[1])
                return out
        if any(k.startswith("$") for k in value):
            raise Invalid
        return {k: _from_json(v) for k, v in value.items()}
    return value


def load_parser(grammar: str, start: str, options: dict):
    """A parser rebuilt from the cache, or ``None``."""
    folder = cache_dir()
    if folder is None:
        return None
    k = _parser_key(grammar, start, options)
    try:
        raw = (folder / "grammars" / f"{k}.json").read_text(encoding="utf-8")
        head, _, body = raw.partition("\n")
        header = json.loads(head)
        if (not isinstance(header, dict) or header.get("key") != k
                or header.get("sha256") != hashlib.sha256(body.encode("utf-8")).hexdigest()):
            return None
        data = _from_json(json.loads(body))
        from lark import Lark

        return Lark._load_from_dict(data["data"], data["memo"])
    except Exception:  # missing, corrupt or tampered: build the parser from the grammar
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
    header = json.dumps({"format": FORMAT, "key": k, "sha256": hashlib.sha256(body.encode()).hexdigest()})
    _write_entry(folder / "grammars" / f"{k}.json", k, header, body)
