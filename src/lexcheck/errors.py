"""User-facing errors: one small hierarchy, each error with a position and a caret.

Every error a user can cause (bad syntax, unknown term, bad rule, bad bill, missing
file) is a :class:`LexcheckError`. It carries a closed ``code``, a message, the
position (file, line, column), the offending source line and an optional hint
("did you mean …"). The CLI prints :meth:`LexcheckError.render` and exits with 2.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

# The closed set of error codes (stable: tests and tools rely on them).
CODES = {
    "E001": "syntax error",
    "E002": "unknown term",
    "E003": "duplicate number",
    "E004": "number outside its article",
    "E005": "empty input",
    "E006": "invalid date",
    "E007": "unreadable file",
    "E008": "unknown reference",
    "E009": "invalid rule",
    "E010": "invalid amendment",
    "E011": "invalid vocabulary",
    "E012": "invalid evidence",
    "E013": "invalid option",
}


@dataclass(frozen=True)
class Position:
    """Where an error is: a file, a 1-based line and column, and the line's text."""

    file: str
    line: int = 0
    column: int = 0
    source_line: str | None = None
    context: str | None = None  # legal heading path, e.g. "state-duty Art. 9"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}" if self.line else self.file


class LexcheckError(Exception):
    """An error caused by the user's input; always carries a position."""

    code = "E001"

    def __init__(self, message: str, position: Position, *, hint: str | None = None,
                 code: str | None = None) -> None:
        self.message = message
        self.position = position
        self.hint = hint
        if code is not None:
            self.code = code
        super().__init__(self.render())

    def render(self) -> str:
        """``file:line:col: error[E001]: message``, the line, a caret, and the hint."""
        pos = self.position
        head = f"{pos}: error[{self.code}]: {_clip(self.message)}"
        if pos.context:
            head += f" (in {pos.context})"
        lines = [head]
        if pos.source_line is not None and pos.line:
            text = pos.source_line.rstrip("\r\n").expandtabs(1)
            if len(text) > 160:  # a 10 MB line is shown around the error, not whole
                start = max(0, pos.column - 80)
                text, caret_col = text[start:start + 160], pos.column - start
            else:
                caret_col = pos.column
            lines.append(f"  {pos.line:>4} | {text}")
            lines.append("       | " + " " * max(caret_col - 1, 0) + "^")
        if self.hint:
            lines.append(f"  hint: {_clip(self.hint)}")
        return "\n".join(lines)


def _clip(text: str, limit: int = 400) -> str:
    """A message quoting a 10 MB word is shown with the word cut in the middle."""
    if len(text) <= limit:
        return text
    half = limit // 2
    return f"{text[:half]}…[{len(text) - limit} characters]…{text[-half:]}"


class SyntaxFault(LexcheckError):
    code = "E001"


class UnknownTerm(LexcheckError):
    code = "E002"


class ModelError(LexcheckError):
    """A well-formed text that says something impossible (duplicate number, bad date…)."""

    code = "E003"


class RuleError(LexcheckError):
    code = "E009"


class AmendmentError(LexcheckError):
    code = "E010"


class InputFileError(LexcheckError):
    code = "E007"


def did_you_mean(word: str, candidates: Iterable[str], n: int = 3) -> str | None:
    """A "did you mean …" hint for ``word`` among ``candidates``, or None."""
    close = difflib.get_close_matches(word, sorted(set(candidates)), n=n, cutoff=0.6)
    if not close:
        return None
    return "did you mean " + " or ".join(f"'{c}'" for c in close) + "?"


def line_of(text: str, line: int) -> str | None:
    """The 1-based ``line`` of ``text`` (without its newline), or None."""
    if line < 1:
        return None
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start)
        if start < 0:
            return None
        start += 1
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


class BrokenInstallation(Exception):
    """lexcheck's installation cannot run (a dependency did not build or does not import).

    Not the user's input and not a bug in lexcheck: the CLI prints the message (which says
    what to install) and exits with 2, never with a traceback or the internal-error code 3.
    """
