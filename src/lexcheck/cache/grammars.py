"""The ``grammars/`` entries: a built LALR parser, as JSON (never Lark's pickle cache)."""

from __future__ import annotations

import hashlib
import json

from .entries import Invalid, _salt, read_body, write_body


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
    body = read_body("grammars", lambda: _parser_key(grammar, start, options))
    if body is None:
        return None
    try:
        data = _from_json(body)
        from lark import Lark

        return Lark._load_from_dict(data["data"], data["memo"])
    except Exception:  # corrupt or tampered: build the parser from the grammar
        return None


def store_parser(grammar: str, start: str, options: dict, parser) -> None:
    from lark.grammar import Rule
    from lark.lexer import TerminalDef

    def body() -> str:  # a TypeError (something JSON cannot hold) means: do without the cache
        data, memo = parser.memo_serialize([TerminalDef, Rule])
        return json.dumps(_to_json({"data": data, "memo": memo}), separators=(",", ":"))

    write_body("grammars", lambda: _parser_key(grammar, start, options), body)
