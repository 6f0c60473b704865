"""Fast path for well-formed legislation: ``*.lex`` text → :class:`~lexcheck.model.Act` without Lark.

The legislation notation is line-based: every line starts with a keyword and its
tokens are separated by blanks. For text written that way, a line scanner gives the
same model as the Lark parser about five times faster: it produces, for every rule,
the very children (tokens with their positions) and positions (``meta``) that Lark
would, and calls the same :class:`~lexcheck.legislation.LegislationBuilder` methods,
so the model (spans included) is identical.

It is a fast path only. It declines (returns ``None``) on anything it is not sure
about — an error of any kind, a keyword used as a term, tokens not separated by
blanks, a carriage return, an unexpected line — and the caller then parses the text
with Lark, which gives the same model or the canonical error. Tests compare both paths
on generated, real and mutated text (``tests/test_fuzz_parsers.py``).
"""

from __future__ import annotations

import re

from lark import Token

# Terminal patterns, exactly as in grammar/shared.lark and grammar/legislation.lark.
TERM = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
ACT_ID = TERM
UNIT = re.compile(r"[A-Z]{3}")
NUMBER = re.compile(r"\d+(\.\d+)?")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
YEAR_OR_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
REF = re.compile(r"(\d+(-\d+)?[a-z]?|\?\d+)(\.(\d+(-\d+)?[a-z]?|\?\d+))*")
STRING = re.compile(r'"(?:[^"\\\n]++|\\.)*+"')

# Every keyword of the grammars: a term spelt like one makes the fast path decline.
KEYWORDS = frozenset({
    "act", "jurisdiction", "adopted", "number", "unknown", "current-to", "encoded", "complete", "excerpt",
    "article", "provision", "source", "dated", "unverified", "note", "in-force", "observed", "exempts",
    "grants", "obliges", "permits", "prohibits", "binds", "suspends", "amount", "defines", "from", "in", "to", "for",
    "when", "unless", "until", "includes", "excludes", "free-of-charge",
})

# A line: blanks, strings and other characters, then perhaps a comment; its tokens.
_LINE = re.compile(r'(?:[ \t]++|"(?:[^"\\\n]++|\\.)*+"|[^ \t"#\n]++)*+(?:#[^\n]*)?')
_TOKEN = re.compile(r'"(?:[^"\\\n]++|\\.)*+"|,|[^ \t"#,\n]+|#[^\n]*')
_BLANK_OR_COMMENT = re.compile(r"[ \t]*(#[^\n]*)?")


class Decline(Exception):
    """The fast path is not sure: parse with Lark instead."""


class _Meta:
    """What the builder reads of a Lark ``Meta``: start and end of a rule's text."""

    __slots__ = ("line", "column", "end_line", "end_column")
    empty = False

    def __init__(self, line: int, column: int, end_line: int, end_column: int) -> None:
        self.line, self.column, self.end_line, self.end_column = line, column, end_line, end_column


class _Line:
    """The tokens of one content line: (kind, text, column) with kind 's' (string), ',' or 'w' (word)."""

    __slots__ = ("no", "start", "tokens", "pos")

    def __init__(self, no: int, text: str) -> None:
        if _LINE.fullmatch(text) is None:
            raise Decline  # an unterminated string, a stray quote
        self.no, self.pos = no, 0
        self.tokens = toks = []
        for mt in _TOKEN.finditer(text):
            tok = mt.group()
            if tok[0] == "#":
                break
            toks.append(("s" if tok[0] == '"' else "," if tok == "," else "w", tok, mt.start() + 1))
        self.start = toks[0][2]

    # -- reading tokens ------------------------------------------------------------------
    def more(self) -> bool:
        return self.pos < len(self.tokens)

    def peek(self) -> str | None:
        return self.tokens[self.pos][1] if self.pos < len(self.tokens) else None

    def keyword(self, word: str) -> None:
        kind, text, _ = self._next()
        if kind != "w" or text != word:
            raise Decline

    def take(self, pattern: re.Pattern, *, term: bool = False) -> str:
        """The next word, which must be a whole token of ``pattern`` (a term: not a keyword)."""
        kind, text, _ = self._next()
        if kind != "w" or pattern.fullmatch(text) is None or (term and text in KEYWORDS):
            raise Decline
        return text

    def token(self, name: str, pattern: re.Pattern) -> Token:
        """The next word as a Lark token with its position (where the builder reads its type)."""
        col = self.tokens[self.pos][2] if self.more() else 0
        text = self.take(pattern)
        return Token(name, text, None, self.no, col, self.no, col + len(text))

    def string(self) -> str:
        kind, text, _ = self._next()
        if kind != "s":
            raise Decline
        return text

    def comma(self) -> None:
        if self._next()[0] != ",":
            raise Decline

    def end(self) -> None:
        if self.more():
            raise Decline

    def _next(self):
        if self.pos >= len(self.tokens):
            raise Decline
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def last_end(self) -> int:
        """The end column of the last token read."""
        _, text, col = self.tokens[self.pos - 1]
        return col + len(text)


class Scanner:
    """Scans one file's lines and builds the model with a :class:`LegislationBuilder`.

    Values are passed to the builder as plain strings: the builder reads a token's
    position only to report an error, and on any error the fast path declines (the
    ``adopted`` line, whose builder reads token types, gets real tokens).
    """

    def __init__(self, builder) -> None:
        self.b = builder
        names = ("when", "unless", "term_list", "clause", "exemption", "right", "obligation", "permission",
                 "prohibition", "duty", "suspension", "amount", "definition", "source", "unverified", "note",
                 "in_force", "observed", "jurisdiction", "adopted", "current_to", "encoded", "provision",
                 "article", "act", "start")
        self.f = {n: getattr(builder, n) for n in names}  # bound once per file

    # -- clauses -------------------------------------------------------------------------
    def conditions(self, ln: _Line, out: list) -> int:
        """Append the conditions ending the line to ``out``; return the end column of the last."""
        end = 0
        f = self.f
        while ln.more():
            word = ln.peek()
            col = ln.tokens[ln.pos][2]
            if word != "when" and word != "unless":
                raise Decline
            ln.pos += 1
            term = ln.take(TERM, term=True)
            end = ln.last_end()
            out.append(f[word](_Meta(ln.no, col, ln.no, end), [term]))
        return end

    @staticmethod
    def optional(ln: _Line, word: str, pattern: re.Pattern, *, term: bool = False):
        if ln.peek() == word:
            ln.pos += 1
            return ln.take(pattern, term=term)
        return None

    def term_list(self, ln: _Line) -> tuple:
        items = [ln.take(TERM, term=True)]
        while ln.more() and ln.peek() == ",":
            ln.pos += 1
            items.append(ln.take(TERM, term=True))
        return self.f["term_list"](items)

    def clause(self, ln: _Line):
        f, kw = self.f, ln.peek()
        col = ln.tokens[ln.pos][2]
        ln.pos += 1
        opt = self.optional
        if kw == "exempts":
            party = ln.take(TERM, term=True); ln.keyword("from")
            fee = ln.take(TERM, term=True); ln.keyword("in")
            kids, rule = [party, fee, ln.take(TERM, term=True)], "exemption"
        elif kw == "grants":
            party, ent = ln.take(TERM, term=True), ln.take(TERM, term=True)
            stage = opt(ln, "from", TERM, term=True)
            free = ln.take(_FREE) if ln.peek() == "free-of-charge" else None
            kids, rule = [party, ent, stage, free], "right"
        elif kw == "obliges":
            actor = ln.take(TERM, term=True); ln.keyword("to")
            action = ln.take(TERM, term=True)
            kids, rule = [actor, action, opt(ln, "for", TERM, term=True)], "obligation"
        elif kw == "permits":
            party = ln.take(TERM, term=True); ln.keyword("to")
            kids, rule = [party, ln.take(TERM, term=True)], "permission"
        elif kw == "prohibits":
            actor = ln.take(TERM, term=True); ln.keyword("from")
            action = ln.take(TERM, term=True)
            kids, rule = [actor, action, opt(ln, "for", TERM, term=True)], "prohibition"
        elif kw == "binds":
            party = ln.take(TERM, term=True); ln.keyword("to")
            kids, rule = [party, ln.take(TERM, term=True)], "duty"
        elif kw == "suspends":
            action = ln.take(TERM, term=True)
            start = opt(ln, "from", DATE)
            kids, rule = [action, start, opt(ln, "until", DATE)], "suspension"
        elif kw == "amount":
            param = ln.take(TERM, term=True)
            value = ln.take(NUMBER)
            unit = ln.take(UNIT)
            kids, rule = [param, value, unit, opt(ln, "for", TERM, term=True)], "amount"
        elif kw == "defines":
            term = ln.take(TERM, term=True); ln.keyword("includes")
            inc = self.term_list(ln)
            exc = None
            if ln.peek() == "excludes":
                ln.pos += 1
                exc = self.term_list(ln)
            ln.end()
            return f["clause"]([f["definition"](_Meta(ln.no, col, ln.no, ln.last_end()), [term, inc, exc])])
        else:
            raise Decline
        end = ln.last_end()
        end = self.conditions(ln, kids) or end
        return f["clause"]([f[rule](_Meta(ln.no, col, ln.no, end), kids)])

    # -- attribute lines ------------------------------------------------------------------
    def field(self, ln: _Line, allowed: frozenset):
        f, kw = self.f, ln.peek()
        if kw not in allowed:
            raise Decline
        ln.pos += 1
        if kw == "source":
            cite = ln.string()
            out = f["source"]([cite, self.optional(ln, "dated", DATE)])
        elif kw == "unverified":
            out = f["unverified"]([ln.string() if ln.more() else None])
        elif kw == "note":
            out = f["note"]([ln.string()])
        elif kw == "in-force":
            start = self.optional(ln, "from", DATE)
            out = f["in_force"]([start, self.optional(ln, "until", DATE)])
        elif kw == "observed":
            out = f["observed"]([ln.take(YEAR_OR_DATE)])
        elif kw == "jurisdiction":
            out = f["jurisdiction"]([ln.take(TERM, term=True)])
        elif kw == "adopted":
            first = ln.token("UNKNOWN", _UNKNOWN) if ln.peek() == "unknown" else ln.token("DATE", DATE)
            number = None
            if ln.peek() == "number":
                ln.pos += 1
                if ln.peek() == "unknown":
                    number = ln.token("UNKNOWN", _UNKNOWN)
                else:
                    col = ln.tokens[ln.pos][2] if ln.more() else 0
                    text = ln.string()
                    number = Token("STRING", text, None, ln.no, col, ln.no, col + len(text))
            out = f["adopted"]([first, number])
        elif kw == "current-to":
            out = f["current_to"]([ln.take(DATE)])
        elif kw == "encoded":
            out = f["encoded"]([ln.take(_COVERAGE)])
        else:  # pragma: no cover - the allowed sets hold only the words above
            raise Decline
        ln.end()
        return out

    # -- the file --------------------------------------------------------------------------
    def act(self, lines: list[_Line], eof: tuple[int, int]):
        f = self.f
        # Lark's newline token after a line runs to the first token of the next content
        # line: that is where a node ending on the line ends.
        ends = [(ln.no, ln.start) for ln in lines[1:]] + [eof]

        def meta(first: int, last: int) -> _Meta:
            return _Meta(lines[first].no, lines[first].start, *ends[last])

        head = lines[0]
        head.keyword("act")
        act_kids = [head.take(ACT_ID, term=True), head.string()]
        head.end()
        i, n = 1, len(lines)
        while i < n and lines[i].peek() in _ACT_FIELDS:
            act_kids.append(self.field(lines[i], _ACT_FIELDS))
            i += 1
        while i < n:
            ln, first = lines[i], i
            ln.keyword("article")
            kids = [ln.take(REF)]
            kids.append(ln.string() if ln.more() and ln.tokens[ln.pos][0] == "s" else None)
            kids.append(ln.take(_COVERAGE))
            ln.end()
            i += 1
            while i < n and lines[i].peek() in _ARTICLE_FIELDS:
                kids.append(self.field(lines[i], _ARTICLE_FIELDS))
                i += 1
            while i < n and lines[i].peek() == "provision":
                pln, pfirst = lines[i], i
                pln.pos += 1
                pkids = [pln.take(REF), pln.string()]
                pln.end()
                i += 1
                while i < n:
                    fl = lines[i]
                    word = fl.peek()
                    if word == "provision" or word == "article":
                        break
                    if word in _PROVISION_FIELDS:
                        pkids.append(self.field(fl, _PROVISION_FIELDS))
                    else:
                        pkids.append(self.clause(fl))
                        fl.end()
                    i += 1
                kids.append(f["provision"](meta(pfirst, i - 1), pkids))
            if i < n and lines[i].peek() != "article":
                raise Decline
            act_kids.append(f["article"](meta(first, i - 1), kids))
        return f["start"]([f["act"](meta(0, n - 1), act_kids)])


_COVERAGE = re.compile("complete|excerpt")
_FREE = re.compile("free-of-charge")
_UNKNOWN = re.compile("unknown")
_ACT_FIELDS = frozenset({"jurisdiction", "adopted", "source", "current-to", "in-force", "encoded", "unverified",
                         "note"})
_ARTICLE_FIELDS = frozenset({"source", "unverified", "note", "in-force"})
_PROVISION_FIELDS = frozenset({"source", "unverified", "note", "in-force", "observed"})


def scan_act(text: str, name: str, builder):
    """The :class:`Act` of a well-formed ``text``, or ``None`` to let Lark parse it."""
    if "\r" in text:
        return None
    raw = (text if text.endswith("\n") else text + "\n").split("\n")
    try:
        lines = [_Line(no, line) for no, line in enumerate(raw, 1)
                 if line and _BLANK_OR_COMMENT.fullmatch(line) is None]
        if not lines:
            return None
        # Lark's last newline token runs to the end of the text: the line after the last "\n".
        return Scanner(builder).act(lines, (len(raw), 1))
    except Exception:  # Decline, or any error: Lark parses the text and reports the canonical error
        return None
