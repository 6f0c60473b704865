"""Shared parsing machinery: file bytes → text → Lark tree, with errors for people.

Every notation (legislation, requirements, vocabulary, evidence, amendments) is a Lark
LALR grammar with the contextual lexer, loaded once per process. Syntax errors become
:class:`~lexcheck.errors.SyntaxFault` with ``file:line:col``, the line and a caret,
what was expected in words, and "did you mean …" for a misspelt keyword.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from lark import Lark, Token, Tree
from lark.exceptions import VisitError, UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from .errors import InputFileError, LexcheckError, ModelError, Position, SyntaxFault, did_you_mean, line_of
from .model import Span
from .resources import grammar_path

# Named terminals described in words (anonymous keywords are shown quoted).
TERMINAL_WORDS = {
    "TERM": "a term such as victim-of-trafficking",
    "ACT_ID": "an act id such as state-duty",
    "STRING": 'a quoted text such as "…"',
    "DATE": "a date such as 2023-03-31",
    "YEAR_OR_DATE": "a year or a date such as 2024",
    "REF": "a number such as 9.1.14",
    "RID": "a requirement id such as A.2.3",
    "NUMBER": "a number such as 700",
    "UNIT": "a currency code such as AZN",
    "COVERAGE": "'complete' or 'excerpt'",
    "PRIORITY": "'immediate' or 'other'",
    "KIND": "a vocabulary kind such as party or stage",
    "UNKNOWN": "'unknown'",
    "FREE": "'free-of-charge'",
    "INT": "a whole number",
    "_NL": "the end of the line",
    "$END": "the end of the file",
}

_WORD = re.compile(r"[A-Za-z_?][\w?.\-]*")
_WORD_OR_COMMA = re.compile(r"[A-Za-z_?][\w?.\-]*|,")
_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"?')


_PARSER_OPTIONS = {"parser": "lalr", "lexer": "contextual", "propagate_positions": True, "maybe_placeholders": True}


@cache
def parser(grammar: str, start: str = "start") -> Lark:
    """The LALR parser for ``grammar/<grammar>.lark`` (built once per process).

    A built parser is kept in the parse cache (as JSON, see :mod:`lexcheck.cache`), keyed
    by the grammar files' content: a new process reads it back instead of rebuilding it.
    """
    from . import cache as parse_cache

    lark = parse_cache.load_parser(grammar, start, _PARSER_OPTIONS)
    if lark is None:
        lark = Lark.open(str(grammar_path(f"{grammar}.lark")), start=start, **_PARSER_OPTIONS)
        parse_cache.store_parser(grammar, start, _PARSER_OPTIONS, lark)
    return lark


def read_source(path: Path | str) -> str:
    """The text of a notation file; unreadable, binary or non-UTF-8 input is an error."""
    path = Path(path)
    name = str(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputFileError("is a directory, expected a file", Position(name)) from None
    except FileNotFoundError:
        raise InputFileError("no such file", Position(name)) from None
    except OSError as exc:
        raise InputFileError(f"cannot read the file ({exc.strerror or exc})", Position(name)) from None
    return decode(data, name)


def decode(data: bytes, name: str) -> str:
    """UTF-8 text from bytes, or an error at the first bad byte.

    Line endings are read as Python's text mode reads them ("universal newlines"): CRLF
    (Windows) and a lone CR (old Mac) both end a line, so positions and the line shown
    under an error are the lines the writer sees.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 byte order mark (e.g. from Notepad)
        raise InputFileError("the file is in UTF-16, not UTF-8; save it as UTF-8", Position(name, 1, 1),
                             code="E007")
    data = data.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte order mark is not text: columns start after it
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise InputFileError("this looks like a binary file, not text in the notation",
                             Position(name, line, 1), code="E007")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1:].decode("utf-8")) + 1  # in characters, as an editor counts
        raise InputFileError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8",
                             Position(name, line, col)) from None
    return text.removeprefix("\ufeff")


def describe(expected: set[str], lark: Lark) -> list[str]:
    """Expected terminal names → words a drafter reads."""
    by_name = {t.name: t for t in lark.terminals}
    words = set()
    for name in expected:
        if name in TERMINAL_WORDS:
            words.add(TERMINAL_WORDS[name])
            continue
        term = by_name.get(name)
        if term is not None and term.pattern.type == "str":
            words.add(f"'{term.pattern.value}'")
        elif name.startswith("_") and term is not None and term.pattern.type == "str":
            words.add(f"'{term.pattern.value}'")
        else:
            words.add(name.lower().strip("_"))
    return sorted(words)


def _keywords(expected: set[str], lark: Lark) -> list[str]:
    by_name = {t.name: t for t in lark.terminals}
    out = []
    for name in expected:
        term = by_name.get(name)
        if term is not None and term.pattern.type == "str":
            out.append(term.pattern.value)
        elif name == "COVERAGE":
            out += ["complete", "excerpt"]
        elif name == "PRIORITY":
            out += ["immediate", "other"]
    return out


def parse_with(make, text: str, name: str, grammar: str):
    """``make(tree)`` for the parse tree of ``text``: how every notation file becomes a model.

    A tree read from the parse cache that ``make`` cannot turn into a model (an entry
    altered after it was written: the cache keeps the tree's shape, not the grammar's
    rules) is set aside: the text is parsed afresh, and its entry written again. So a bad
    entry never becomes an error of its own; an error the fresh tree gives is the text's.
    """
    tree = parse_text(text, name, grammar)
    if not getattr(tree, "from_cache", False):
        return make(tree)
    try:
        return make(tree)
    except Exception:
        return make(parse_text(text, name, grammar, cached=False))


def parse_text(text: str, name: str, grammar: str, start: str = "start", *, cached: bool = True) -> Tree:
    """Parse ``text`` with ``grammar``; syntax errors become :class:`SyntaxFault`.

    ``cached=False`` parses with Lark even if the parse cache holds the tree (and stores
    the fresh tree in its place)."""
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        raise LexcheckError("the file is empty: nothing to read", Position(name, 1, 1, line_of(text, 1)),
                            code="E005")
    if not text.endswith("\n"):
        text += "\n"
    from . import cache as parse_cache

    tree = parse_cache.load_tree(text, grammar, start) if cached else None
    if tree is not None:
        return tree
    lark = parser(grammar, start)
    try:
        tree = lark.parse(text)
    except UnexpectedInput as exc:
        raise syntax_error(exc, text, name, lark) from None
    except RecursionError:
        raise SyntaxFault("the text is nested too deeply to read", Position(name, 1, 1)) from None
    parse_cache.store_tree(text, grammar, start, tree)
    return tree


def syntax_error(exc: UnexpectedInput, text: str, name: str, lark: Lark) -> SyntaxFault:
    """A Lark error → a message in words, positioned, with a "did you mean"."""
    line, column = getattr(exc, "line", 0) or 0, getattr(exc, "column", 0) or 0
    glued = _glued_keyword(exc, text, lark)
    if glued is not None:
        return glued_error(*glued, text, name)
    if isinstance(exc, UnexpectedCharacters):
        expected = set(exc.allowed or ())
    else:
        expected = set(getattr(exc, "expected", ()) or ())
    if isinstance(exc, UnexpectedEOF) or (isinstance(exc, UnexpectedToken) and exc.token.type == "$END"):
        lines = text.rstrip("\n").split("\n")
        line, column = len(lines), len(lines[-1]) + 1
        found = "end of file"
    elif isinstance(exc, UnexpectedToken) and exc.token.type == "_NL":
        found = "end of line"
        # point at the end of the line rather than at the start of the next one
        line, column = exc.token.line, exc.token.column
    else:
        src = line_of(text, line) or ""
        m = _WORD.match(src, max(column - 1, 0))
        word = m.group(0) if m else src[column - 1: column]
        found = f"'{word}'" if word else "this"
    src_line = line_of(text, line)
    hint = None
    if src_line is not None and found.startswith("'"):
        hint = did_you_mean(found.strip("'"), _keywords(expected, lark))
        read_as_term = _keyword_read_as_term(src_line, column, _keywords(expected, lark), _all_keywords(lark))
        if read_as_term:
            hint = f"{read_as_term}; or {hint}" if hint else read_as_term
    words = describe(expected, lark)
    if len(words) > 8:
        words = words[:8] + ["…"]
    message = f"unexpected {found}"
    if words:
        message += "; expected " + (words[0] if len(words) == 1 else "one of: " + ", ".join(words))
    return SyntaxFault(message, Position(name, line, column, src_line), hint=hint)


def _keyword_read_as_term(src_line: str, column: int, expected: list[str], keywords: frozenset[str]) -> str | None:
    """A hint when a term was left out and the keyword after it was read in its place.

    In ``exempts from state-duty in x`` the party is missing, so ``from`` is read as the
    party and the parser then wants ``from`` where ``state-duty`` stands: the word before
    the error is the very keyword expected. A keyword written twice in a row is read the
    same way.
    """
    before = _QUOTED.sub(" ", src_line[: max(column - 1, 0)])  # words in a summary or title are not read
    tokens = _WORD_OR_COMMA.findall(before)
    if tokens and tokens[-1] in expected:
        return f"'{tokens[-1]}' was read as a term: is the term before it missing?"
    if len(tokens) >= 2 and tokens[-1] == tokens[-2] and tokens[-1] in keywords:
        return f"'{tokens[-1]}' is written twice"
    return None


def _all_keywords(lark: Lark) -> frozenset[str]:
    return frozenset(t.pattern.value for t in lark.terminals if t.pattern.type == "str")


def _glued_keyword(exc: UnexpectedInput, text: str, lark: Lark):
    """(line, column, word, keywords) when the error comes from a keyword run into more
    letters: the lexer reads ``look-into`` as ``look-in`` + ``to`` (or ``numberx`` as
    ``number`` + ``x``) and the parser trips on what follows; the mistake is the whole
    glued word. None otherwise."""
    def word_char(ch: str) -> bool:
        return ch.isalnum() or ch == "-"

    candidates = [(getattr(exc, "line", 0) or 0, getattr(exc, "column", 0) or 0)]
    ip = getattr(exc, "interactive_parser", None)
    stack = getattr(getattr(ip, "parser_state", None), "value_stack", None)
    if stack and isinstance(stack[-1], Token) and str(stack[-1])[:1].isalnum():
        candidates.append((stack[-1].line or 0, stack[-1].column or 0))
    for line, column in candidates:
        src = line_of(text, line) or ""
        col = column - 1  # 0-based start of a token
        if not (1 <= col < len(src)) or not word_char(src[col]) or not word_char(src[col - 1]):
            continue  # the token starts a word of its own: nothing glued
        start, end = col, col
        while start > 0 and word_char(src[start - 1]):
            start -= 1
        while end < len(src) and word_char(src[end]):
            end += 1
        keywords = sorted(_all_keywords(lark))
        word = src[start:end]
        if any(word.startswith(k) for k in keywords):
            return line, start + 1, word, keywords
    return None


def glued_error(line: int, column: int, word: str, keywords: list[str], text: str, name: str) -> SyntaxFault:
    return SyntaxFault(f"unexpected '{word}': a keyword run into other letters", Position(name, line, column,
                       line_of(text, line)), hint=did_you_mean(word, keywords))


def span(meta_or_token, file: str) -> Span:
    """A :class:`Span` from a Lark ``Meta`` or ``Token``."""
    return Span(file=file, line=meta_or_token.line, column=meta_or_token.column,
                end_line=meta_or_token.end_line, end_column=meta_or_token.end_column)


def unquote(token: Token | str) -> str:
    """The content of a STRING token, escapes resolved."""
    body = str(token)[1:-1]
    if "\\" not in body:
        return body
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def quote(text: str) -> str:
    """A STRING token for ``text`` (inverse of :func:`unquote`)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def model_error(message: str, at: Span | Token | None, text: str, name: str, *, code: str = "E003",
                hint: str | None = None, context: str | None = None) -> ModelError:
    """A semantic error positioned at a span or token of ``text``."""
    line = getattr(at, "line", 0) or 0
    column = getattr(at, "column", 0) or 0
    return ModelError(message, Position(name, line, column, line_of(text, line), context), hint=hint, code=code)


def build(transformer, tree):
    """Run a model-building Transformer; errors it raises reach the caller unwrapped."""
    try:
        return transformer.transform(tree)
    except VisitError as exc:
        if isinstance(exc.orig_exc, LexcheckError):
            raise exc.orig_exc from None
        raise
