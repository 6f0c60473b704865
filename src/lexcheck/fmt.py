"""The canonical layout of notation files: text → text, comments kept, meaning unchanged.

``lexcheck fmt`` rewrites ``.lex``, ``.bill``, ``.req`` and ``.vocab`` files into the
layout :mod:`lexcheck.formatter` writes (the formatter turns a model into text, which
would drop comments; this module keeps every line of the file and changes only its
layout):

* two spaces of indentation per level of nesting, the levels being those of the file
  as written (a line indented deeper than the line above opens a level; indentation
  is for the reader, the grammar reads keywords), tabs counted to the next multiple of 8;
* one space between the words of a line (strings are kept exactly as written), two
  spaces before a comment at the end of a line, no space at the end of a line;
* a comment on a line of its own is indented like the line it comments (the next one);
* blank lines: never two in a row, none at the start or the end, one before each
  ``article`` of an act and each ``clause`` of a bill (and before the comments just
  above it); line ends LF, no byte order mark (the file is read as lexcheck reads it:
  CRLF and CR end lines, a UTF-8 byte order mark is not text).

Nothing else changes. Before a file is written, the text and its new layout are both
parsed with the file's grammar, and the parse trees and the comments must be the same;
if they ever were not, the file is refused (:class:`FormatRefused`) rather than changed.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import LexcheckError, Position

GRAMMARS = {".lex": "legislation", ".bill": "amendment", ".req": "requirements",
            ".vocab": "vocabulary"}
# A blank line goes before these keywords (the formatter's layout of acts; bills alike).
BLANK_BEFORE = {".lex": ("article",), ".bill": ("clause",), ".req": ("requirement",), ".vocab": ()}
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')


class FormatRefused(LexcheckError):
    """A file lexcheck fmt will not rewrite, because doing so could lose something."""

    code = "E013"


def kind_of(path: Path | str) -> str:
    suffix = Path(path).suffix
    if suffix not in GRAMMARS:
        raise FormatRefused(f"lexcheck fmt formats {', '.join(GRAMMARS)} files, not '{suffix or 'no suffix'}'",
                            Position(str(path)), hint="give notation files (or folders of them)")
    return suffix


def _lines(text: str) -> list[str]:
    """The lines as the parser reads them: only LF, CRLF and CR end a line (``str.splitlines``
    would also split at characters a string may hold, such as U+2028)."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _split(line: str) -> tuple[str, str | None]:
    """A line without its indentation → (code with single spaces, trailing comment or None)."""
    out, i, n = [], 0, len(line)
    space = False
    while i < n:
        ch = line[i]
        if ch == '"':
            m = _STRING.match(line, i)
            end = m.end() if m else n  # an unclosed string is a syntax error; parsing caught it
            if space and out:
                out.append(" ")
            space = False
            out.append(line[i:end])
            i = end
        elif ch == "#":
            return "".join(out), line[i:].rstrip(" \t")
        elif ch in " \t\f\v":
            space = True
            i += 1
        else:
            if space and out:
                out.append(" ")
            space = False
            out.append(ch)
            i += 1
    return "".join(out), None


def layout(text: str, suffix: str) -> str:
    """``text`` in the canonical layout (see the module docstring)."""
    lines = _lines(text)
    parsed = []  # (indent columns or None for blank, code, comment)
    for raw in lines:
        stripped = raw.lstrip(" \t\f\v")
        if not stripped:
            parsed.append((None, "", None))
            continue
        col = len(raw[: len(raw) - len(stripped)].expandtabs(8))
        code, comment = _split(stripped)
        parsed.append((col, code, comment))
    levels: list[int | None] = [None] * len(parsed)
    stack: list[int] = []
    for i, (col, code, _) in enumerate(parsed):
        if col is None or not code:
            continue
        while stack and stack[-1] > col:
            stack.pop()
        if not stack or stack[-1] < col:
            stack.append(col)
        levels[i] = len(stack) - 1
    following = 0  # a comment line takes the level of the next line of code
    for i in range(len(parsed) - 1, -1, -1):
        col, code, _ = parsed[i]
        if col is None:
            continue
        if code:
            following = levels[i]
        else:
            levels[i] = following
    heads = BLANK_BEFORE[suffix]
    out: list[str] = []
    pending_blank = False
    for i, (col, code, comment) in enumerate(parsed):
        if col is None:
            pending_blank = bool(out)
            continue
        if pending_blank:
            out.append("")
            pending_blank = False
        if not code:
            out.append("  " * levels[i] + comment)
            continue
        if levels[i] == 0 and code.split(" ", 1)[0] in heads:
            start = len(out)
            while start > 0 and out[start - 1].lstrip().startswith("#"):  # the comments just above it
                start -= 1
            if start > 0 and out[start - 1] != "":
                out.insert(start, "")
        out.append("  " * levels[i] + code + (f"  {comment}" if comment else ""))
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + ("\n" if out else "")


def _comments(text: str) -> list[str]:
    found = []
    for raw in _lines(text):
        _, comment = _split(raw.lstrip(" \t\f\v"))
        if comment is not None:
            found.append(comment)
    return found


def format_text(text: str, name: str) -> str:
    """The file's text in the canonical layout; a syntax error is raised as the parser
    reports it, and a file whose new layout would not parse the same is refused."""
    from .notation import parse_text

    suffix = kind_of(name)
    grammar = GRAMMARS[suffix]
    before = parse_text(text.removeprefix("\ufeff"), name, grammar)
    new = layout(text, suffix)
    try:
        after = parse_text(new, name, grammar, cached=False)
    except LexcheckError:
        after = None
    if after is None or after != before or _comments(new) != _comments(text):
        raise FormatRefused("lexcheck fmt cannot lay this file out without changing what it says, so it is "
                            "left as it is", Position(name),
                            hint="this is a limit of lexcheck fmt; please report it with the file")
    return new
