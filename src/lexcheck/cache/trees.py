"""The ``trees/`` entries: the Lark parse tree of a notation file, as JSON."""

from __future__ import annotations

import hashlib
import json

from .entries import Invalid, _salt, read_body, write_body


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
    body = read_body("trees", lambda: _tree_key(text, grammar, start))
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
    write_body("trees", lambda: _tree_key(text, grammar, start),
               lambda: json.dumps(_tree_to_json(tree), ensure_ascii=False, separators=(",", ":")))
