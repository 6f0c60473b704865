"""HTML escaping under fuzzing: whatever a provision or a requirement says, the HTML report
has exactly the elements and attributes of the same report with harmless text.

Text from the law and the rules reaches the report in summaries, titles, fixes and
reasons; a ``<script>``, an ``onerror=`` or a stray ``&`` in it must be shown, never
become markup. The golden fixture's summary of 9.1 and title of a requirement are
replaced with generated text; the report's structure (tags and attribute names, in
order) must not change.
"""

from __future__ import annotations

import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from lexcheck import load_workspace
from lexcheck.notation import quote
from lexcheck.reports import render

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
EXAMPLES = max(5, int(os.environ.get("LEXCHECK_FUZZ_EXAMPLES", "40")) // 4)
SUMMARY = re.compile(r'(  provision 9\.1 )"(?:[^"\\\n]|\\.)*"')
TITLE = re.compile(r'^(requirement \S+ )"(?:[^"\\\n]|\\.)*"', re.M)

HOSTILE = st.sampled_from([
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</td></tr></table><h1>x</h1>",
    "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&lt;b&gt;", "&#x3C;script&#x3E;", "\"'><svg onload=alert(1)>",
    "javascript:alert(1)", "<style>*{display:none}</style>", "<a href='//evil'>", "{{7*7}}", "${x}", "\u2028",
])


class _Shape(HTMLParser):
    """The sequence of start tags with their attribute names, end tags, comments, declarations."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shape: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        self.shape.append(("start", tag, tuple(sorted(name for name, _ in attrs))))

    def handle_endtag(self, tag):
        self.shape.append(("end", tag))

    def handle_comment(self, data):
        self.shape.append(("comment",))

    def handle_decl(self, decl):
        self.shape.append(("decl", decl))


def _shape(html: str) -> list[tuple]:
    parser = _Shape()
    parser.feed(html)
    parser.close()
    return parser.shape


def _report(tmp: Path, summary: str, title: str) -> str:
    if tmp.exists():
        shutil.rmtree(tmp)
    shutil.copytree(GOLDEN / "corpus", tmp / "corpus")
    shutil.copytree(GOLDEN / "rules", tmp / "rules")
    duty = tmp / "corpus" / "duty.lex"
    text, n = SUMMARY.subn(lambda m: m.group(1) + quote(summary), duty.read_text(encoding="utf-8"))
    assert n == 1
    duty.write_text(text, encoding="utf-8")
    pack = tmp / "rules" / "pack.req"
    text, n = TITLE.subn(lambda m: m.group(1) + quote(title), pack.read_text(encoding="utf-8"), count=1)
    assert n == 1
    pack.write_text(text, encoding="utf-8")
    return render(load_workspace(tmp / "corpus", tmp / "rules").check(), "html")


_BASELINE: dict[str, list[tuple]] = {}


def _baseline(tmp: Path) -> list[tuple]:
    if "shape" not in _BASELINE:
        _BASELINE["shape"] = _shape(_report(tmp, "Child victims are exempt.", "A harmless title"))
    return _BASELINE["shape"]


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          phases=[Phase.explicit, Phase.generate, Phase.shrink],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(summary=st.lists(HOSTILE | st.text(alphabet="<>&\"'=/ abc;#x", max_size=12), min_size=1, max_size=4)
       .map("".join),
       title=st.lists(HOSTILE | st.text(alphabet="<>&\"'=/ abc", max_size=8), min_size=1, max_size=3).map("".join))
def test_hostile_text_never_becomes_markup(tmp_path_factory, summary, title):
    tmp = tmp_path_factory.getbasetemp() / "html-fuzz"
    baseline = _baseline(tmp_path_factory.getbasetemp() / "html-baseline")
    html = _report(tmp, "SUMMARYMARK " + summary, "TITLEMARK " + title)
    assert "SUMMARYMARK" in html and "TITLEMARK" in html, "the generated text is in the report"
    assert _shape(html) == baseline, "the text changed the report's markup"
    assert "<script>alert" not in html, "an injected script element would start with these bytes"
