"""HTML report: one self-contained, printable page a lawyer reads.

A picture of the whole first (a status matrix of the recommendation's items by bullet,
inline SVG), then every finding: status, the requirement's sources, the provisions relied
on with their summaries, sources and unverified marks, the reasons, the suggested fix.
No script, no network (a Content-Security-Policy forbids both); every piece of text is
escaped. In diff mode: before/after matrices and, per changed requirement, both verdicts.
"""

from __future__ import annotations

from html import escape

from ..results import STATUSES, TALLY_ORDER, Delta, Finding, FindingChange, Report
from .common import (CHANGE_WORDS, ON_EVIDENCE, STATUS_MEANING, STATUS_WORDS, amendment_entry, bill_names,
                     change_tally, evidence_line, matrix, searched_text, shows_searched, sorted_changes,
                     sorted_findings)

COLOURS = {  # fill, text
    "met": ("#2e7d32", "#ffffff"),
    "partial": ("#f2b705", "#1a1a1a"),
    "gap": ("#c62828", "#ffffff"),
    "undetermined": ("#6a5acd", "#ffffff"),
    "needs-evidence": ("#90a4ae", "#1a1a1a"),
}
GLYPHS = {"met": "✓", "partial": "◐", "gap": "✗", "undetermined": "?", "needs-evidence": "E"}
CHANGE_COLOURS = {"closed": "#2e7d32", "improved": "#558b2f", "regressed": "#c62828", "opened": "#b71c1c",
                  "unchanged": "#757575"}

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

CSS = """
:root { --ink:#1b1f24; --muted:#5b6470; --rule:#d8dde3; --paper:#ffffff; --band:#f5f7f9; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #eef1f4; color: var(--ink);
  font: 16px/1.55 Georgia, "Times New Roman", "DejaVu Serif", serif; }
main { max-width: 980px; margin: 24px auto; background: var(--paper); padding: 40px 56px 56px;
  box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1, h2, h3, .badge, .meta, .chip, .small, table, .matrix-caption, nav {
  font-family: "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
h1 { font-size: 28px; line-height: 1.25; margin: 0 0 6px; }
h1 .kicker { display:block; font-size: 14px; letter-spacing: .08em; text-transform: uppercase;
  color: var(--muted); font-weight: 600; margin-bottom: 6px; }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 18px; margin: 0; line-height: 1.35; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 14px 0 0;
  font-size: 14px; color: var(--muted); }
.meta dt { font-weight: 600; color: var(--ink); }
.meta dd { margin: 0; }
.chips { display: flex; flex-wrap: wrap; gap: 8px; margin: 18px 0 4px; }
.chip { border-radius: 6px; padding: 6px 12px; font-size: 14px; font-weight: 600; border: 1px solid rgba(0,0,0,.15); }
.chip b { font-size: 20px; margin-right: 6px; }
.tally { font-size: 14px; color: var(--muted); margin: 6px 0 0; }
.matrix { margin: 8px 0 0; }
.matrix svg { max-width: 100%; height: auto; }
.matrix-caption { font-size: 13px; color: var(--muted); margin-top: 4px; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; margin-top: 16px; }
.pair h3 { font-size: 15px; color: var(--muted); margin-bottom: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { background: var(--band); font-weight: 600; }
td a { color: inherit; }
.finding { border: 1px solid var(--rule); border-left: 8px solid var(--status); border-radius: 4px;
  padding: 18px 22px 10px; margin: 0 0 20px; break-inside: avoid; page-break-inside: avoid; }
.finding header { margin-bottom: 10px; }
.finding .head { display: flex; align-items: baseline; gap: 12px; }
.finding .tags { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; margin-top: 6px; }
.rid { flex: 0 0 auto; font-family: "Segoe UI", Arial, "DejaVu Sans", sans-serif; font-weight: 700; font-size: 18px; }
.badge { display: inline-block; border-radius: 4px; padding: 1px 9px; font-size: 13px; font-weight: 700;
  letter-spacing: .03em; text-transform: uppercase; white-space: nowrap; }
.small { font-size: 13px; color: var(--muted); }
.finding h4 { font-family: "Segoe UI", Arial, "DejaVu Sans", sans-serif; font-size: 12px; letter-spacing: .08em;
  text-transform: uppercase; color: var(--muted); margin: 14px 0 4px; }
.finding ul { margin: 0; padding-left: 20px; }
.finding li { margin: 2px 0; }
.provision { background: var(--band); border-radius: 4px; padding: 8px 12px; margin: 6px 0; }
.provision .cite { font-family: "Segoe UI", Arial, "DejaVu Sans", sans-serif; font-weight: 600; font-size: 15px; }
.provision blockquote { margin: 4px 0; font-style: italic; }
.unverified { display: inline-block; font-family: "Segoe UI", Arial, sans-serif; font-size: 12px; font-weight: 700;
  color: #8a4b00; background: #fff1d6; border: 1px solid #e0b25c; border-radius: 3px; padding: 0 6px; }
.on-evidence { display: inline-block; font-family: "Segoe UI", Arial, sans-serif; font-size: 12px; font-weight: 700;
  color: #1a3d6b; background: #e3eefb; border: 1px dashed #5b86c0; border-radius: 3px; padding: 0 6px; }
.evidence { background: #f3f7fc; border-radius: 4px; padding: 8px 12px; margin: 6px 0; }
.fix { border-left: 3px solid #2e7d32; background: #f1f8f1; padding: 8px 12px; margin: 6px 0 8px; }
.tests { font-size: 14px; }
.tests code { font-size: 13px; background: var(--band); padding: 0 4px; border-radius: 3px; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; }
.change-row { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
.change-row > div { border-top: 1px dashed var(--rule); padding-top: 6px; }
footer { margin-top: 36px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 10px;
  font-family: "Segoe UI", Arial, "DejaVu Sans", sans-serif; }
@media print {
  body { background: #fff; }
  main { box-shadow: none; margin: 0; max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
}
@page { margin: 18mm 16mm; }
"""


def e(text: object) -> str:
    """Escape any text for HTML (element content and quoted attributes)."""
    return escape(str(text), quote=True)


def anchor(rid: str) -> str:
    return "f-" + "".join(ch if ch.isalnum() else "-" for ch in rid)


def badge(status: str) -> str:
    fill, ink = COLOURS[status]
    return (f'<span class="badge" style="background:{fill};color:{ink}">{GLYPHS[status]} '
            f"{e(STATUS_WORDS[status])}</span>")


def change_badge(change: str) -> str:
    return (f'<span class="badge" style="background:{CHANGE_COLOURS[change]};color:#fff">'
            f"{e(CHANGE_WORDS[change])}</span>")


# ---- the status matrix (inline SVG) ---------------------------------------------------

CELL_W, CELL_H, GAP, LABEL_W, TOP = 112, 50, 8, 64, 26


def matrix_svg(report: Report, title: str) -> str:
    rows = matrix(report)
    width_cells = max((len(r.cells) for r in rows), default=1)
    width = LABEL_W + width_cells * (CELL_W + GAP)
    height = TOP + len(rows) * (CELL_H + GAP) + 4
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{e(title)}" '
           f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
           f'font-family="Segoe UI, Helvetica Neue, Arial, DejaVu Sans, sans-serif">',
           f"<title>{e(title)}</title>"]
    for k in range(width_cells):
        x = LABEL_W + k * (CELL_W + GAP) + CELL_W / 2
        out.append(f'<text x="{x:g}" y="16" text-anchor="middle" font-size="12" fill="#5b6470">'
                   f"{'bullet ' + str(k + 1) if width_cells > 1 else ''}</text>")
    for i, row in enumerate(rows):
        y = TOP + i * (CELL_H + GAP)
        out.append(f'<text x="0" y="{y + CELL_H / 2 + 5:g}" font-size="16" font-weight="700" fill="#1b1f24">'
                   f"{e(row.label)}</text>")
        for f in row.cells:
            parts = f.requirement.split(".")
            k = int(parts[2]) - 1 if len(parts) > 2 and parts[2].isdigit() else 0
            k = min(max(k, 0), width_cells - 1)
            x = LABEL_W + k * (CELL_W + GAP)
            fill, ink = COLOURS[f.status]
            out.append(f'<a href="#{anchor(f.requirement)}"><g>'
                       f"<title>{e(f.requirement)}: {e(STATUS_WORDS[f.status])} — {e(f.title)}</title>"
                       f'<rect x="{x}" y="{y}" width="{CELL_W}" height="{CELL_H}" rx="4" fill="{fill}"/>'
                       f'<text x="{x + CELL_W / 2:g}" y="{y + 21}" text-anchor="middle" font-size="15" '
                       f'font-weight="700" fill="{ink}">{e(f.requirement)}</text>'
                       f'<text x="{x + CELL_W / 2:g}" y="{y + 40}" text-anchor="middle" font-size="12.5" '
                       f'fill="{ink}">{GLYPHS[f.status]} {e(STATUS_WORDS[f.status])}</text></g></a>')
    out.append("</svg>")
    return "".join(out)


def legend() -> str:
    items = "".join(f'<span class="chip" style="background:{COLOURS[s][0]};color:{COLOURS[s][1]}">'
                    f"{GLYPHS[s]} {e(STATUS_WORDS[s])}</span>" for s in STATUSES)
    return f'<div class="chips" aria-label="legend">{items}</div>'


def chips(report: Report) -> str:
    s = report.summary
    return '<div class="chips">' + "".join(
        f'<span class="chip" style="background:{COLOURS[k][0]};color:{COLOURS[k][1]}" '
        f'title="{e(STATUS_MEANING[k])}"><b>{s[k]}</b>{e(STATUS_WORDS[k])}</span>' for k in TALLY_ORDER) + "</div>"


# ---- findings ---------------------------------------------------------------------------

def provisions_html(f: Finding) -> str:
    out = []
    for p in f.provisions:
        bits = [f'<div class="provision"><div class="cite">{e(p.act)} {e(p.ref)}']
        if p.unverified:
            bits.append(f' <span class="unverified" title="{e(p.unverified)}">unverified</span>')
        bits.append("</div>")
        if p.summary:
            bits.append(f"<blockquote>{e(p.summary)}</blockquote>")
        if p.unverified:
            bits.append(f'<div class="small">Not verified: {e(p.unverified)}</div>')
        if p.sources:
            bits.append(f'<div class="small">Source: {"; ".join(e(s) for s in p.sources)}</div>')
        for a in p.amended_by:
            bits.append(f'<div class="small">Amended by {e(a)}</div>')
        bits.append(f'<div class="small">Encoded at <code>{e(p.location)}</code></div></div>')
        out.append("".join(bits))
    return "".join(out)


def tests_html(f: Finding) -> str:
    if not f.tests:
        return ""
    items = []
    for t in f.tests:
        line = f"<li><b>{e(t.label)}</b> ({e(t.kind)}): {e(STATUS_WORDS[t.status])}"
        if t.wanted:
            line += f" — the law must contain <code>{e(t.wanted)}</code>"
        if t.looked_in:
            line += f"; searched {e(', '.join(t.looked_in))}"
        items.append(line + "</li>")
    return f'<h4>How it was tested</h4><ul class="tests">{"".join(items)}</ul>'


def evidence_tag(f: Finding) -> str:
    """The marker of a status that rests on evidence, not on the law ('' otherwise)."""
    if not f.on_evidence:
        return ""
    return (f'<span class="on-evidence" title="on the law alone: {e(STATUS_WORDS[f.law_status])}">'
            f"{e(ON_EVIDENCE)}</span>")


def evidence_html(f: Finding) -> str:
    if not f.evidence:
        return ""
    note = (f"<p class=\"small\">{e(STATUS_WORDS[f.status])} {e(ON_EVIDENCE)}: on the law alone, "
            f"{e(STATUS_WORDS[f.law_status])}. The evidence is supplied by the user; lexcheck cannot verify it.</p>"
            if f.on_evidence else "")
    return ("<h4>Evidence relied on</h4>" + note
            + "".join(f'<div class="evidence">{e(evidence_line(x))}</div>' for x in f.evidence))


def finding_body(f: Finding) -> str:
    out = []
    if f.provisions:
        out.append("<h4>Provisions relied on</h4>" + provisions_html(f))
    if shows_searched(f):
        out.append("<h4>Searched</h4><ul>" + "".join(f"<li>{e(searched_text(s))}</li>" for s in f.searched)
                   + "</ul>")
    if f.evidence:
        out.append(evidence_html(f))
    if f.reasons:
        out.append("<h4>Why</h4><ul>" + "".join(f"<li>{e(r)}</li>" for r in f.reasons) + "</ul>")
    if f.fix and f.status != "met":
        out.append(f'<h4>Suggested fix</h4><div class="fix">{e(f.fix)}</div>')
    out.append(tests_html(f))
    return "".join(out)


def finding_html(f: Finding, extra: str = "") -> str:
    fill = COLOURS[f.status][0]
    facts = [f"priority: {e(f.priority)}"]
    if f.due:
        facts.append(f"due {f.due.isoformat()}")
    return (f'<article class="finding" id="{anchor(f.requirement)}" style="--status:{fill}">'
            f'<header><div class="head"><span class="rid">{e(f.requirement)}</span><h3>{e(f.title)}</h3></div>'
            f'<div class="tags">{badge(f.status)}{evidence_tag(f)}{extra}<span class="small">{" · ".join(facts)}</span></div></header>'
            f"<h4>What the recommendation asks — sources</h4><ul>"
            + "".join(f"<li>{e(s)}</li>" for s in f.sources)
            + f'</ul><div class="small">Requirement encoded at <code>{e(f.location)}</code></div>'
            + finding_body(f) + "</article>")


# ---- page ---------------------------------------------------------------------------------

def page(title: str, kicker: str, meta: list[tuple[str, str]], body: str, version: str) -> str:
    dl = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in meta)
    return ("<!DOCTYPE html>\n"
            '<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{e(kicker)}: {e(title)}</title><style>{CSS}</style></head>\n"
            f'<body><main><h1><span class="kicker">{e(kicker)}</span>{e(title)}</h1>'
            f'<dl class="meta">{dl}</dl>\n{body}\n'
            f"<footer>Produced by lexcheck {e(version)}. A finding is a reading of the encoded legislation, "
            "not legal advice: check the provisions cited against the official text. Statuses: "
            + "; ".join(f"<b>{e(STATUS_WORDS[s])}</b> — {e(STATUS_MEANING[s])}" for s in STATUSES)
            + ".</footer></main></body></html>\n")


def _meta(report: Report) -> list[tuple[str, str]]:
    rs = report.ruleset
    meta = [("Recommendation", rs.get("citation") or rs.get("id", ""))]
    if rs.get("body"):
        meta.append(("Adopted by", rs["body"] + (f", {rs['adopted']}" if rs.get("adopted") else "")))
    meta.append(("Legislation", f"{report.corpus.get('path', '')} ({report.corpus.get('jurisdiction', '')}), "
                                f"{report.corpus.get('provisions', '?')} provisions encoded"))
    meta.append(("Law as of", report.as_of.isoformat()))
    for a in report.amendments:
        meta.append(amendment_entry(a))
    return meta


def render(report: Report, **_options) -> str:
    title = report.ruleset.get("title") or report.ruleset.get("id", "")
    findings = sorted_findings(report)
    overview = "".join(f'<tr><td><a href="#{anchor(f.requirement)}">{e(f.requirement)}</a></td>'
                       f"<td>{badge(f.status)}{evidence_tag(f)}</td><td>{e(f.priority)}</td><td>{e(f.title)}</td></tr>"
                       for f in findings)
    body = ("<h2>At a glance</h2>" + chips(report)
            + f'<p class="tally">{e(report.tally_line())}</p>'
            + f'<div class="matrix">{matrix_svg(report, "Status of each requirement, by item and bullet")}'
            + '<div class="matrix-caption">Rows are items of the recommendation, columns their bullets; '
              "each cell links to its finding.</div></div>"
            + "<h2>Overview</h2><table><thead><tr><th>Requirement</th><th>Status</th><th>Priority</th>"
              f"<th>Title</th></tr></thead><tbody>{overview}</tbody></table>"
            + "<h2>Findings</h2>" + "".join(finding_html(f) for f in findings))
    return page(title, "Gap report", _meta(report), body, report.lexcheck)


def change_html(c: FindingChange) -> str:
    attributions = ""
    if c.attributions:
        attributions = ("<h4>Bill clauses</h4><ul>" + "".join(
            f"<li>{e(a.bill)} clause {e(a.clause)} ({e(a.operation)}): {e(a.provision)}"
            + (f' <span class="small"><code>{e(a.location)}</code></span>' if a.location else "") + "</li>"
            for a in c.attributions) + "</ul>")
    summary = f"<p><b>{e(c.summary)}</b></p>" if c.summary else ""
    sides = (f'<div class="change-row"><div><h4>Before</h4>{badge(c.before.status)}{finding_body(c.before)}</div>'
             f'<div><h4>After</h4>{badge(c.after.status)}{finding_body(c.after)}</div></div>')
    return (f'<article class="finding" id="{anchor(c.requirement)}" style="--status:{CHANGE_COLOURS[c.change]}">'
            f'<header><div class="head"><span class="rid">{e(c.requirement)}</span><h3>{e(c.title)}</h3></div>'
            f'<div class="tags">{change_badge(c.change)}<span class="small">{e(STATUS_WORDS[c.before.status])} → '
            f'{e(STATUS_WORDS[c.after.status])}</span></div></header>{summary}{attributions}<h4>Sources</h4><ul>'
            + "".join(f"<li>{e(s)}</li>" for s in c.after.sources) + f"</ul>{sides}</article>")


def render_delta(delta: Delta, **_options) -> str:
    after = delta.after
    title = after.ruleset.get("title") or after.ruleset.get("id", "")
    changes = sorted_changes(delta)
    s = delta.summary
    change_chips = '<div class="chips">' + "".join(
        f'<span class="chip" style="background:{CHANGE_COLOURS[k]};color:#fff"><b>{s[k]}</b>{e(k)}</span>'
        for k in CHANGE_WORDS) + "</div>"
    rows = "".join(f'<tr><td><a href="#{anchor(c.requirement)}">{e(c.requirement)}</a></td>'
                   f"<td>{change_badge(c.change)}</td><td>{badge(c.before.status)}</td><td>{badge(c.after.status)}</td>"
                   f"<td>{e(c.title)}</td></tr>" for c in changes)
    changed = [c for c in changes if c.change != "unchanged"]
    body = ("<h2>What the bill changes</h2>" + change_chips + f'<p class="tally">{e(change_tally(delta))}</p>'
            + '<div class="pair"><div><h3>Before (baseline law)</h3>'
            + matrix_svg(delta.before, "Status before the bill") + f'<p class="tally">{e(delta.before.tally_line())}</p>'
            + '</div><div><h3>After (amended law)</h3>' + matrix_svg(after, "Status after the bill")
            + f'<p class="tally">{e(after.tally_line())}</p></div></div>' + legend()
            + "<h2>Every requirement</h2><table><thead><tr><th>Requirement</th><th>Change</th><th>Before</th>"
              f"<th>After</th><th>Title</th></tr></thead><tbody>{rows}</tbody></table>"
            + ("<h2>Requirements the bill changes</h2>" + "".join(change_html(c) for c in changed) if changed
               else "<h2>Requirements the bill changes</h2><p>None: the bill changes no finding.</p>"))
    meta = [("Amended law as of", v) if k == "Law as of" else (k, v) for k, v in _meta(after)]
    meta.insert(3, ("Baseline law as of", delta.before.as_of.isoformat()))
    for name in bill_names(delta):
        meta.append(("Bill", name))
    return page(title, "Effect of a bill", meta, body, delta.lexcheck)
