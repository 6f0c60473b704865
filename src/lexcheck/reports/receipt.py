"""The receipt in every report format: a rendered report + its :class:`~lexcheck.receipts.Receipt` → text.

One place embeds it for all formats (so a format added to the registry cannot forget it):

- ``json``: a top-level ``"receipt"`` object (read by ``lexcheck verify``);
- ``sarif``: ``runs[0].properties.receipt``, the same object (read by ``lexcheck verify``);
- ``junit``: ``<properties>`` of the test suite, ``lexcheck.receipt`` holding the same
  object as JSON, plus one readable property per input (read by ``lexcheck verify``);
- ``github``: a collapsed log group (``::group::`` … ``::endgroup::``) just before the
  closing tally, never an annotation;
- ``text``, ``markdown``, ``html``: a footer (in text, just before the closing tally) listing every input with its SHA-256, for a
  reader (``verify`` does not read these: keep a json, sarif or junit copy to verify).

Everything is deterministic: the receipt holds no timestamp, and the JSON formats are
re-serialised exactly as their own modules write them.
"""

from __future__ import annotations

import json
import re
from html import escape
from xml.sax.saxutils import quoteattr

from ..receipts import Receipt

# the formats `lexcheck verify` reads the receipt back from
VERIFIABLE: tuple[str, ...] = ("json", "sarif", "junit")
JUNIT_PROPERTY = "lexcheck.receipt"


def embed(fmt: str, text: str, receipt: Receipt | None) -> str:
    """``text`` (a report in ``fmt``) with ``receipt`` embedded; unchanged if there is none."""
    if receipt is None:
        return text
    return _EMBED.get(fmt, _text)(text, receipt)


def lines(receipt: Receipt) -> list[str]:
    """The receipt as plain lines (the footer of the text and markdown formats)."""
    d = receipt.as_dict()
    libs = ", ".join(f"{k} {v}" for k, v in d["versions"].items())
    out = [f"law checked as of {d['as_of']}; parse cache {d['parse_cache']}; {libs}"]
    out += [f"sha256 {i['sha256']}  {i['role']:<10} {_path(i)}" for i in d["inputs"]]
    return out


def _path(i: dict) -> str:
    return f"{i['root']}/{i['file']}" if i["file"] else i["root"]


def _json(text: str, receipt: Receipt) -> str:
    payload = json.loads(text)
    payload["receipt"] = receipt.as_dict()
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def _sarif(text: str, receipt: Receipt) -> str:
    log = json.loads(text)
    for run in log.get("runs", []):
        run.setdefault("properties", {})["receipt"] = receipt.as_dict()
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


_SUITE = re.compile(r"(<testsuite\b[^>]*?)(/?)>")


def _junit(text: str, receipt: Receipt) -> str:
    d = receipt.as_dict()
    props = [(JUNIT_PROPERTY, json.dumps(d, ensure_ascii=False, sort_keys=False, separators=(",", ":"))),
             ("lexcheck.as_of", d["as_of"]), ("lexcheck.parse_cache", d["parse_cache"])]
    props += [(f"lexcheck.version.{k}", v) for k, v in d["versions"].items()]
    props += [(f"lexcheck.input.{i['role']}.{_path(i)}", f"sha256:{i['sha256']}") for i in d["inputs"]]
    items = "".join(f"      <property name={quoteattr(_clean(k))} value={quoteattr(_clean(v))} />\n" for k, v in props)
    block = "\n    <properties>\n" + items + "    </properties>"
    match = _SUITE.search(text)
    if match is None:  # pragma: no cover - the junit module always writes a suite
        return text
    head, empty = match.group(1), match.group(2)
    opened = "\n    <properties>\n"
    if not empty and text.startswith(opened, match.end()):  # the suite has properties already: one element
        at = match.end() + len(opened)
        return text[:at] + items + text[at:]
    if empty:  # <testsuite … /> → open it to hold the properties
        return text[:match.start()] + f"{head}>{block}\n  </testsuite>" + text[match.end():]
    return text[:match.end()] + block + text[match.end():]


def _clean(text: str) -> str:
    from .junit import clean

    return clean(text)


def _text(text: str, receipt: Receipt) -> str:
    """The receipt goes before the closing tally, which stays the last line (``| tail -1``)."""
    block = "receipt (lexcheck verify reads it from the json, sarif and junit formats):\n" + "".join(
        f"  {line}\n" for line in lines(receipt))
    at = text.rstrip("\n").rfind("\n\n")
    if at < 0:
        return text + "\n" + block
    return text[:at + 2] + block + "\n" + text[at + 2:]


def _markdown(text: str, receipt: Receipt) -> str:
    d = receipt.as_dict()
    from .markdown import esc

    libs = ", ".join(f"{esc(k)} {esc(v)}" for k, v in d["versions"].items())
    out = ["", "## Receipt", "",
           f"Law checked as of {d['as_of']}; parse cache {d['parse_cache']}; {libs}. "
           "`lexcheck verify` reads the receipt from the json, sarif and junit formats.", "",
           "| input | file | SHA-256 |", "|---|---|---|"]
    out += [f"| {i['role']} | `{_path(i)}` | `{i['sha256']}` |" for i in d["inputs"]]
    return text.rstrip("\n") + "\n" + "\n".join(out) + "\n"


_END = "</main></body></html>"
_CSS = ".receipt td.digest code{font-size:0.75em;word-break:break-all}\n"


def _html(text: str, receipt: Receipt) -> str:
    d = receipt.as_dict()
    libs = ", ".join(f"{escape(k)} {escape(v)}" for k, v in d["versions"].items())
    rows = "".join(f"<tr><td>{escape(i['role'])}</td><td><code>{escape(_path(i))}</code></td>"
                   f'<td class="digest"><code>{escape(i["sha256"])}</code></td></tr>' for i in d["inputs"])
    section = (f'<section class="receipt"><h2>Receipt</h2><p>Law checked as of {escape(d["as_of"])}; parse cache '
               f"{escape(d['parse_cache'])}; {libs}. <code>lexcheck verify</code> reads the receipt from the json, "
               "sarif and junit formats.</p><table><thead><tr><th>Input</th><th>File</th><th>SHA-256</th></tr>"
               f"</thead><tbody>{rows}</tbody></table></section>\n")
    text = text.replace("</style></head>", _CSS + "</style></head>", 1)
    at = text.rfind("<footer>")
    if at < 0:
        at = text.rfind(_END)
    if at < 0:  # pragma: no cover - the html module always ends its page so
        return text + section
    return text[:at] + section + text[at:]


def _github(text: str, receipt: Receipt) -> str:
    """A collapsed group in the workflow log, before the tally (the last line); a receipt
    line is never a workflow command, because none starts with ``::``."""
    block = "::group::lexcheck receipt\n" + "".join(f"{line}\n" for line in lines(receipt)) + "::endgroup::\n"
    body, _, last = text.rstrip("\n").rpartition("\n")
    return (body + "\n" if body else "") + block + last + "\n"


_EMBED = {"github": _github, "json": _json, "sarif": _sarif, "junit": _junit, "text": _text, "markdown": _markdown, "html": _html}
