"""Drift report: a self-contained HTML page, a Markdown summary and console lines for reviewers.

The HTML page (``<stem>.report.html``) has a summary (links by type and by flag, a plot of the
drift along the document), the side-by-side table with rows coloured by drift and flags as
badges, filters in plain JavaScript, and the worst pairs first. It loads nothing from the
network. The filters can be set from the address: ``#flagged`` or ``?filter=flagged`` shows
flagged links only, ``#flag=NAME`` or ``?flag=NAME`` the links with one flag; hidden rows get
the ``hidden`` attribute. The Markdown file (``<stem>.report.md``) is the summary for a terminal;
``render_console`` gives the lines ``align pair`` prints (the pairs with the most drift).

Every text goes through ``html.escape`` (HTML), a Markdown escape, or (console) an escape of
control characters and bidi overrides; the output depends only on the frame, so the same
alignment always gives the same bytes.
"""

from __future__ import annotations

import html
import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import polars as pl

from align import __version__
from align.errors import AlignError
from align.export import _write_atomically
from align.types import FLAG_THRESHOLD, clip, out_of_order, split_details

WORST_HTML = 20
WORST_MD = 10
ALONE_SHOWN = 20
"""Sentences without counterpart the reports list one by one, in document order (the TSV holds
them all)."""
MD_TEXT_CHARS = 100
CONSOLE_TEXT_CHARS = 100
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Control characters and bidi overrides, written as escapes on the console so a text cannot
drive the terminal or reorder the lines around it."""

_HTML_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""The control characters HTML text cannot hold (tabs and line ends it can)."""

FLAG_HELP: dict[str, str] = {
    "addition": "target sentence(s) with no counterpart in the source",
    "direction_mismatch": "a word turned into its opposite on the other side (rose / a baissé, imports / exporte, confirmed / dementiert): weighs most where the sides get closer once the English words are turned round",
    "garbled": "broken text: mojibake, control characters, a sentence cut off",
    "isolated": "a pair found alone among sentences without counterpart: often a chance match where one side holds material the other lacks",
    "length_ratio": "one side is much longer or shorter than usual in this document",
    "low_similarity": "meaning far from this document's usual pairs",
    "name_mismatch": "a name on one side has no match on the other (weighs more when it was turned into another name the documents know than when it was dropped or added)",
    "negation_mismatch": "one side has a negation more or less (weak evidence: check the meaning)",
    "number_mismatch": "a number or a date differs or is missing on one side (relative days too: yesterday, aujourd'hui)",
    "omission": "source sentence(s) with no counterpart in the target",
    "placeholder_mismatch": "a placeholder or tag of a software string (%s, {count}, <b>) dropped, added or renamed on one side",
    "speaker_mismatch": "words given to another speaker than in the rest of the document (a question's sentence inside the answer, a turn given to the wrong person)",
    "term_mismatch": "a glossary term of the source without its rendering in the target, or a rendering the glossary marks not to use",
    "untranslated": "the target is (a copy of) source-language text",
}
"""What each flag means, shown in the legend and as the badges' tooltips."""

_FLAG_COLOURS = {
    "addition": "#6a3d9a",
    "direction_mismatch": "#9edae5",
    "garbled": "#8c564b",
    "isolated": "#7f7f7f",
    "length_ratio": "#1f78b4",
    "low_similarity": "#d62728",
    "name_mismatch": "#e6550d",
    "negation_mismatch": "#17becf",
    "number_mismatch": "#b8860b",
    "omission": "#7b4173",
    "placeholder_mismatch": "#bcbd22",
    "speaker_mismatch": "#637939",
    "term_mismatch": "#393b79",
    "untranslated": "#2ca02c",
}
_REQUIRED = ("link", "type", "similarity", "drift", "flags", "src_text", "tgt_text")
_SCALE = ((0.0, (0x63, 0xBE, 0x7B)), (0.5, (0xFF, 0xEB, 0x84)), (1.0, (0xF8, 0x69, 0x6B)))
_MD_SPECIAL = re.compile(r"([\\`*\[\]<>|#]|(?<!\w)_|_(?!\w))")


REPORT_SUFFIXES = (".report.html", ".report.md")
"""The reports' file names after the outputs' stem (``write_reports``)."""


def report_writers(frame: pl.DataFrame, stem: str) -> list[tuple[str, Callable[[Path], None]]]:
    """The HTML drift report and the Markdown summary of a links frame, as (file name, writer of
    a path) pairs, so they are written in one atomic step with the other outputs
    (``export.write_outputs``'s ``also``). Raises ValueError for a frame that lacks the
    links-frame columns."""
    missing = [c for c in _REQUIRED if c not in frame.columns]
    if missing:
        raise ValueError(f"links frame lacks column(s) {', '.join(missing)}")
    page = render_html(frame, stem).encode("utf-8")
    summary = render_markdown(frame, stem).encode("utf-8")
    return [
        (f"{stem}{REPORT_SUFFIXES[0]}", lambda p: p.write_bytes(page)),
        (f"{stem}{REPORT_SUFFIXES[1]}", lambda p: p.write_bytes(summary)),
    ]


def write_reports(frame: pl.DataFrame, out_dir: Path, stem: str) -> list[Path]:
    """Write ``out_dir/<stem>.report.html`` and ``out_dir/<stem>.report.md``; return their paths.

    Both files are written to temporaries and renamed into place only once both are complete.
    Raises AlignError for an invalid ``stem`` or an unwritable directory, ValueError for a frame
    that lacks the links-frame columns.
    """
    if not stem or stem in (".", "..") or "/" in stem or os.sep in stem or "\0" in stem:
        raise AlignError(f"invalid output name {stem!r}: give a file name without a directory")
    out_dir = Path(out_dir)
    return _write_atomically(
        out_dir, [(out_dir / name, writer) for name, writer in report_writers(frame, stem)]
    )


# ---------------------------------------------------------------------------------------------
# Shared helpers


def _rows(frame: pl.DataFrame) -> list[dict[str, Any]]:
    return list(frame.iter_rows(named=True))


def _flags(row: dict[str, Any]) -> list[str]:
    return [f for f in (row.get("flags") or "").split(",") if f]


def _details(row: dict[str, Any]) -> dict[str, str]:
    """What each flag found (the ``details`` column: "flag: what | flag: what"), by flag."""
    found = {}
    for part in split_details(row.get("details")):
        flag, _, what = part.partition(": ")
        if flag and what:
            found[flag] = what
    return found


def _reasons(row: dict[str, Any]) -> list[tuple[str, str | None]]:
    """Each flag of a row with what it found, then, for a link flagged for its drift alone, the
    soft terms that raised it (``score.soft_details``, under ``drift``)."""
    why = _details(row)
    flags = _flags(row)
    return [(f, why.get(f)) for f in flags] + ([("drift", why["drift"])] if "drift" in why else [])


def _why_html(row: dict[str, Any]) -> str:
    return "".join(f'<span class="why">{_e(f)}: {_e(w)}</span>' for f, w in _details(row).items())


def _review(row: dict[str, Any]) -> tuple[str, str]:
    """A reviewer's verdict and note on a link (columns of a review sheet read back), or ''."""
    return (str(row.get("review") or "").strip(), str(row.get("note") or "").strip())


def _reviewed(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The links a reviewer gave a verdict or a note, in link order."""
    return [r for r in rows if any(_review(r))]


def _verdict_counts(rows: Sequence[dict[str, Any]]) -> list[tuple[str, int]]:
    """How many links got each verdict, verdicts that differ only in case or spacing counted as
    one (``OK`` and ``ok``), under their first spelling in link order."""
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for r in _reviewed(rows):
        verdict = " ".join(_review(r)[0].split()) or "(note only)"
        counts[spelled.setdefault(verdict.casefold(), verdict)] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _drift(row: dict[str, Any]) -> float:
    value = row.get("drift")
    return 0.0 if value is None else float(value)


def _is_pair(row: dict[str, Any]) -> bool:
    return bool((row.get("src_text") or "").strip()) and bool((row.get("tgt_text") or "").strip())


def _indices(cell: object) -> tuple[int, ...]:
    return tuple(int(k) for k in str(cell or "").split(",") if k.strip())


def out_of_order_note(frame: pl.DataFrame) -> str | None:
    """Where the links pair a passage out of order (``types.out_of_order``: one version places
    it elsewhere, as a statement read in each language around a Q&A), by ``src_idx`` and
    ``tgt_idx``; None for a monotone alignment."""
    beads = [(_indices(r.get("src_idx")), _indices(r.get("tgt_idx"))) for r in _rows(frame)]
    runs = out_of_order(beads)
    if not runs:
        return None
    spans = "; ".join(f"source {s.start}-{s.stop - 1} with target {t.start}-{t.stop - 1}" for s, t in runs)
    return f"paired out of order (src_idx / tgt_idx, placed elsewhere in one version): {spans}"


PASSAGE_OUTSIDE = 20
"""``passage_note`` names the stretch of a side its pairs lie in when at least this many of the
side's sentences, and at least half of them, lie before and after it."""


def passage_note(frame: pl.DataFrame) -> str | None:
    """Where a side's pairs all lie in one stretch of it, with most of the side before and after
    it unpaired (a translated passage against the whole text, remarks against remarks followed
    by a Q&A): that stretch by ``src_idx`` / ``tgt_idx``; None when the pairs reach over most of
    both sides."""
    beads = [(_indices(r.get("src_idx")), _indices(r.get("tgt_idx"))) for r in _rows(frame)]
    pairs = [b for b in beads if b[0] and b[1]]
    if not pairs:
        return None
    parts = []
    for side, name, column in ((0, "source", "src_idx"), (1, "target", "tgt_idx")):
        total = max((k for b in beads for k in b[side]), default=-1) + 1
        ids = [k for b in pairs for k in b[side]]
        first, last = min(ids), max(ids)
        outside = first + total - 1 - last
        if outside >= max(PASSAGE_OUTSIDE, total / 2):
            parts.append(
                f"{name} sentences {first}-{last} ({column}) of {total}: "
                f"the {outside} before and after them have no pair"
            )
    return "pairs only within " + "; ".join(parts) if parts else None


def _worst(rows: Sequence[dict[str, Any]], k: int) -> list[dict[str, Any]]:
    """The ``k`` aligned pairs (text on both sides) with the highest drift, ties in link order."""
    pairs = [r for r in rows if _is_pair(r)]
    return sorted(pairs, key=lambda r: (-_drift(r), r["link"]))[:k]


def _alone(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The links of a sentence without counterpart (``1-0``, an omission; ``0-1``, an addition),
    in document order: a reviewer's first question, which no list of pairs shows (round AF,
    stop 63)."""
    return [r for r in rows if not _is_pair(r) and (r["src_text"] or r["tgt_text"])]


def _alone_side(row: dict[str, Any]) -> tuple[str, str]:
    """Which side holds a link's lone sentences, and its sentence numbers (``source 12``)."""
    side = "source" if row["src_text"] else "target"
    cell = row.get("src_idx" if side == "source" else "tgt_idx")
    return side, f"{side} {str(cell).replace(',', ', ')}" if cell not in (None, "") else side


def _type_counts(rows: Sequence[dict[str, Any]]) -> list[tuple[str, int]]:
    counts = Counter(r["type"] for r in rows)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _flag_counts(rows: Sequence[dict[str, Any]]) -> list[tuple[str, int]]:
    counts = Counter(f for r in rows for f in _flags(r))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _term_misses(rows: Sequence[dict[str, Any]]) -> list[tuple[str, int]]:
    """The glossary's terms the links miss (``term_mismatch``'s details: ``negotiations: none of
    négociations``, ``désinformation: not to use (mésinformation)``), with the number of links
    missing each, most first: a term missed throughout may be one the glossary should change."""
    counts = Counter(
        miss
        for r in rows
        for miss in dict.fromkeys(_details(r).get("term_mismatch", "").split("; "))
        if miss and "term_mismatch" in _flags(r)
    )
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _langs(rows: Sequence[dict[str, Any]]) -> tuple[str, str]:
    first = rows[0] if rows else {}
    return first.get("src_lang") or "", first.get("tgt_lang") or ""


def drift_colour(drift: float, tint: float = 1.0) -> str:
    """Green (0) through yellow (0.5) to red (1), mixed with white by ``1 - tint``, as ``#rrggbb``."""
    d = min(1.0, max(0.0, drift))
    for (x0, c0), (x1, c1) in zip(_SCALE, _SCALE[1:]):
        if d <= x1:
            t = (d - x0) / (x1 - x0)
            rgb = [a + (b - a) * t for a, b in zip(c0, c1)]
            break
    mixed = [round(255 - (255 - v) * tint) for v in rgb]
    return "#" + "".join(f"{v:02x}" for v in mixed)


def _share(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f} %" if whole else "0.0 %"


# ---------------------------------------------------------------------------------------------
# HTML

_CSS = """
:root { --fg: #1b1b1b; --muted: #5c5c5c; --line: #d0d0d0; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: var(--fg); margin: 0 auto; padding: 1.2em 1.6em 3em; max-width: 1500px; background: #fff; }
h1 { font-size: 1.5em; margin: 0 0 .2em; }
h2 { font-size: 1.15em; margin: 1.6em 0 .5em; border-bottom: 1px solid var(--line); padding-bottom: .2em; }
.meta { color: var(--muted); margin: 0 0 1em; }
.cards { display: flex; flex-wrap: wrap; gap: 1.2em; align-items: flex-start; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .6em .9em; }
.card h3 { font-size: .95em; margin: 0 0 .4em; color: var(--muted); font-weight: 600; }
.card table td { padding: .1em .6em .1em 0; }
.card .num { text-align: right; font-variant-numeric: tabular-nums; }
.big { font-size: 1.6em; font-weight: 700; }
.legend dt { font-weight: 600; margin-top: .3em; }
.legend dd { margin: 0 0 0 .2em; color: var(--muted); }
svg.plot { width: 100%; max-width: 1100px; height: auto; border: 1px solid var(--line);
  border-radius: 6px; background: #fcfcfc; }
svg.plot text { font: 11px sans-serif; fill: var(--muted); }
.badge { display: inline-block; color: #fff; border-radius: 3px; padding: 0 .4em; margin: 0 .2em .15em 0;
  font-size: .8em; line-height: 1.5; white-space: nowrap; background: #555; }
.controls { position: sticky; top: 0; z-index: 2; background: #fff; padding: .5em 0;
  border-bottom: 1px solid var(--line); display: flex; gap: 1.4em; align-items: center; flex-wrap: wrap; }
table.links { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.links th, table.links td { border-bottom: 1px solid var(--line); padding: .35em .45em;
  vertical-align: top; text-align: left; }
table.links th { background: #eee; position: sticky; top: 2.6em; z-index: 1; }
table.links td.text { overflow-wrap: anywhere; white-space: pre-wrap; }
table.links td.score { font-variant-numeric: tabular-nums; text-align: right; }
table.links td.drift { font-weight: 700; }
table.links tr:target td { outline: 2px solid #1f4e99; }
.speaker { display: block; color: var(--muted); font-size: .8em; font-weight: 600; }
.empty { color: var(--muted); font-style: italic; }
col.c-link { width: 3.5em; } col.c-type { width: 3.5em; } col.c-sim { width: 6.2em; }
col.c-drift { width: 4.5em; } col.c-flags { width: 10em; }
ol.worst li { margin-bottom: .35em; }
ol.worst .pair { display: block; color: var(--muted); }
.why { display: block; font-size: .85em; color: var(--muted); overflow-wrap: anywhere; }
ol.worst .pair + .pair { color: #2b2b2b; }
"""

_JS = """
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("#links tbody tr"));
  var only = document.getElementById("flagged-only");
  var select = document.getElementById("flag-filter");
  var shown = document.getElementById("shown-count");
  function hasOption(value) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) { return true; }
    }
    return false;
  }
  function apply() {
    var flag = select.value;
    var count = 0;
    rows.forEach(function (row) {
      var flags = (row.getAttribute("data-flags") || "").split(" ").filter(Boolean);
      var ok = !only.checked || row.getAttribute("data-flagged") === "1";
      if (ok && flag === "none") { ok = flags.length === 0; }
      else if (ok && flag) { ok = flags.indexOf(flag) >= 0; }
      row.hidden = !ok;
      if (ok) { count += 1; }
    });
    shown.textContent = String(count);
    document.body.setAttribute("data-filter", (only.checked ? "flagged" : "all") + (flag ? " " + flag : ""));
  }
  function fromLocation() {
    var params = new URLSearchParams(window.location.search);
    var hash = decodeURIComponent(window.location.hash.replace(/^#/, ""));
    var target = /^link-\\d+$/.test(hash) ? document.getElementById(hash) : null;
    if (target) {
      if (target.hidden) { only.checked = false; select.value = ""; apply(); }
      target.scrollIntoView();
      return;
    }
    var filter = params.get("filter");
    var flag = params.get("flag");
    if (hash === "flagged") { filter = "flagged"; flag = ""; }
    else if (hash === "all") { filter = "all"; flag = ""; }
    else if (hash.indexOf("flag=") === 0) { flag = hash.slice(5); }
    if (filter !== null) { only.checked = filter === "flagged"; }
    if (flag !== null) { select.value = hasOption(flag) ? flag : ""; }
    apply();
  }
  only.addEventListener("change", apply);
  select.addEventListener("change", apply);
  window.addEventListener("hashchange", fromLocation);
  fromLocation();
}());
"""

_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)


def _e(value: object) -> str:
    """``value`` escaped for HTML, its control characters (which HTML cannot hold) written as
    escapes (``\\x07``), as on the console."""
    text = "" if value is None else str(value)
    return html.escape(_HTML_CONTROL.sub(lambda m: ascii(m.group(0))[1:-1], text), quote=True)


def _css_class(flag: str) -> str:
    return re.sub(r"[^a-z0-9_]", "", flag.lower())


def _badge(flag: str) -> str:
    colour = _FLAG_COLOURS.get(flag, "#555555")
    help_text = FLAG_HELP.get(flag, flag)
    return (
        f'<span class="badge flag-{_css_class(flag)}" style="background:{colour}" '
        f'title="{_e(help_text)}">{_e(flag.replace("_", " "))}</span>'
    )


_RTL_LANGS = frozenset({"ar", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"})
"""Languages written right to left."""


def _text(text: str, lang: str | None) -> str:
    """One side's text in its own direction (right to left for a language so written, even where
    the sentence opens with Latin letters, ``R&D: …``; else from its own letters), without the
    speaker label or the page turning it, and its language named, so a browser picks Chinese or
    Japanese glyphs for shared ideographs."""
    code = f' lang="{_e(lang)}"' if lang else ""
    way = "rtl" if (lang or "").split("-")[0].lower() in _RTL_LANGS else "auto"
    return f'<span dir="{way}"{code}>{_e(text)}</span>'


def _side_cell(text: str | None, speaker: str | None, lang: str | None, time: str | None = None) -> str:
    """One side of a link: its speaker and, for subtitles, when it starts (to find it in the
    video) above its text."""
    if not (text or "").strip():
        return '<td class="text"><span class="empty">(nothing)</span></td>'
    about = " \u00b7 ".join(x for x in (speaker, (time or "").split("-")[0]) if x)
    label = f'<span class="speaker">{_e(about)}</span>' if about else ""
    return f'<td class="text">{label}{_text(text or "", lang)}</td>'


def _svg_plot(rows: Sequence[dict[str, Any]]) -> str:
    """Inline SVG: drift per link along the document, the flag threshold dashed."""
    if not rows:
        return '<p class="empty">No links.</p>'
    width, height = 1000, 220
    left, right, top, bottom = 44, 14, 12, 30
    inner_w, inner_h = width - left - right, height - top - bottom
    n = len(rows)

    def x(i: int) -> float:
        return left + (inner_w * i / (n - 1) if n > 1 else inner_w / 2)

    def y(d: float) -> float:
        return top + inner_h * (1.0 - min(1.0, max(0.0, d)))

    parts = [
        f'<svg class="plot" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" '
        'role="img" aria-labelledby="plot-title">',
        '<title id="plot-title">Drift of each link along the document</title>',
        f'<rect x="{left}" y="{top}" width="{inner_w}" height="{inner_h}" fill="#fff" stroke="#ccc"/>',
    ]
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        parts.append(
            f'<line x1="{left}" x2="{left + inner_w}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            f'stroke="#eee"/><text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:g}</text>'
        )
    parts.append(
        f'<line x1="{left}" x2="{left + inner_w}" y1="{y(FLAG_THRESHOLD):.1f}" y2="{y(FLAG_THRESHOLD):.1f}" '
        'stroke="#c0392b" stroke-dasharray="5 4"/>'
        f'<text x="{left + inner_w - 4}" y="{y(FLAG_THRESHOLD) - 4:.1f}" text-anchor="end">'
        f"flagged at drift \u2265 {FLAG_THRESHOLD:g}</text>"
    )
    ticks = sorted({round((n - 1) * k / 5) for k in range(6)})
    for i in ticks:
        parts.append(
            f'<text x="{x(i):.1f}" y="{height - bottom + 16}" text-anchor="middle">{_e(rows[i]["link"])}</text>'
        )
    parts.append(
        f'<text x="{left + inner_w / 2:.1f}" y="{height - 2}" text-anchor="middle">link number</text>'
    )
    points = " ".join(f"{x(i):.1f},{y(_drift(r)):.1f}" for i, r in enumerate(rows))
    parts.append(f'<polyline points="{points}" fill="none" stroke="#999" stroke-width="1"/>')
    radius = 3.5 if n <= 200 else 2.2 if n <= 1000 else 1.4
    for i, r in enumerate(rows):
        flags = ", ".join(_flags(r)) or "no flags"
        tip = f"link {r['link']} ({r['type']}): drift {_drift(r):.2f}, {flags}"
        parts.append(
            f'<a href="#link-{_e(r["link"])}"><circle cx="{x(i):.1f}" cy="{y(_drift(r)):.1f}" r="{radius}" '
            f'fill="{drift_colour(_drift(r))}" stroke="#555" stroke-width="0.5"><title>{_e(tip)}</title>'
            "</circle></a>"
        )
    parts.append("</svg>")
    return "\n".join(parts)


def _summary_html(rows: Sequence[dict[str, Any]]) -> str:
    total = len(rows)
    flagged = sum(_drift(r) >= FLAG_THRESHOLD for r in rows)
    pairs = sum(_is_pair(r) for r in rows)
    type_rows = "".join(f'<tr><td>{_e(t)}</td><td class="num">{n}</td></tr>' for t, n in _type_counts(rows))
    flag_rows = (
        "".join(
            f'<tr><td><a href="#flag={_e(f)}">{_badge(f)}</a></td><td class="num">{n}</td></tr>'
            for f, n in _flag_counts(rows)
        )
        or '<tr><td class="empty">none</td></tr>'
    )
    legend = "".join(f"<dt>{_badge(f)}</dt><dd>{_e(FLAG_HELP[f])}</dd>" for f in sorted(FLAG_HELP))
    return (
        '<div class="cards">'
        f'<div class="card"><h3>Links</h3><div class="big">{total}</div>{pairs} aligned pairs</div>'
        f'<div class="card"><h3>Flagged for drift</h3><div class="big"><a href="#flagged">{flagged}</a></div>'
        f"{_share(flagged, total)} of links (drift \u2265 {FLAG_THRESHOLD:g})</div>"
        f'<div class="card"><h3>By link type</h3><table id="type-counts">{type_rows}</table></div>'
        f'<div class="card"><h3>By flag</h3><table id="flag-counts">{flag_rows}</table></div>'
        f"{_terms_card(rows)}{_review_card(rows)}"
        f'<div class="card"><h3>What the flags mean</h3><dl class="legend">{legend}</dl></div>'
        "</div>"
    )


def _terms_card(rows: Sequence[dict[str, Any]]) -> str:
    """The glossary terms missed and in how many links (``_term_misses``); '' where none is."""
    misses = _term_misses(rows)
    if not misses:
        return ""
    body = "".join(f'<tr><td>{_e(m)}</td><td class="num">{n}</td></tr>' for m, n in misses)
    return (
        '<div class="card"><h3><a href="#flag=term_mismatch">Glossary terms missed</a></h3>'
        f'<table id="term-misses">{body}</table></div>'
    )


def _review_card(rows: Sequence[dict[str, Any]]) -> str:
    """The reviewer's verdicts by count, for a report written from a review sheet; '' when no
    link has a verdict or a note."""
    reviewed = _reviewed(rows)
    if not reviewed:
        return ""
    verdicts = "".join(f'<tr><td>{_e(v)}</td><td class="num">{n}</td></tr>' for v, n in _verdict_counts(rows))
    return (
        f'<div class="card"><h3>Reviewed</h3><div class="big">{len(reviewed)}</div>'
        f'of {len(rows)} links<table id="review-counts">{verdicts}</table></div>'
    )


def _worst_html(rows: Sequence[dict[str, Any]]) -> str:
    worst = _worst(rows, WORST_HTML)
    if not worst:
        return '<p class="empty">No aligned pairs.</p>'
    items = []
    for r in worst:
        flags = "".join(_badge(f) for f in _flags(r))
        items.append(
            f'<li><a href="#link-{_e(r["link"])}">link {_e(r["link"])}</a> ({_e(_type_unit(r))}), '
            f"drift <b>{_drift(r):.2f}</b> {flags}{_why_html(r)}"
            f'<span class="pair">{_text(clip(r["src_text"], 160), r.get("src_lang"))}</span>'
            f'<span class="pair">{_text(clip(r["tgt_text"], 160), r.get("tgt_lang"))}</span></li>'
        )
    return f'<ol class="worst" id="worst">{"".join(items)}</ol>'


def _alone_html(rows: Sequence[dict[str, Any]]) -> str:
    """The section of sentences without counterpart (``_alone``), each linked to its row."""
    alone = _alone(rows)
    if not alone:
        return ""
    items = []
    for r in alone[:ALONE_SHOWN]:
        side, where = _alone_side(r)
        text, lang = (
            (r["src_text"], r.get("src_lang")) if side == "source" else (r["tgt_text"], r.get("tgt_lang"))
        )
        items.append(
            f'<li><a href="#link-{_e(r["link"])}">link {_e(r["link"])}</a> ({_e(_type_unit(r))}), {_e(where)}'
            f'{"".join(_badge(f) for f in _flags(r))}<span class="pair">{_text(clip(text, 160), lang)}</span></li>'
        )
    more = (
        f'<p class="meta">… and {len(alone) - ALONE_SHOWN} more: the table below lists them all.</p>\n'
        if len(alone) > ALONE_SHOWN
        else ""
    )
    return (
        f'<h2 id="alone">Without counterpart ({len(alone)}: omissions and additions, in document order)</h2>\n'
        f'<ol class="worst">{"".join(items)}</ol>\n{more}'
    )


def _type_unit(r: dict[str, Any]) -> str:
    """A link's type, and the unit of the checked file it comes from (``1-1, tuid 4711``)."""
    return f"{r['type']}, {r['unit']}" if r.get("unit") else str(r["type"])


def _unit_html(r: dict[str, Any]) -> str:
    return f'<span class="why">{_e(r["unit"])}</span>' if r.get("unit") else ""


def _table_html(rows: Sequence[dict[str, Any]], src_lang: str, tgt_lang: str) -> str:
    reviewed = bool(_reviewed(rows))
    body = []
    for r in rows:
        verdict, note = _review(r)
        note_html = f'<span class="why">{_e(note)}</span>' if note else ""
        review_cell = f'<td class="review"><b>{_e(verdict)}</b>{note_html}</td>' if reviewed else ""
        flags = _flags(r)
        drift = _drift(r)
        sim = r.get("similarity")
        sim_text = "\u2013" if sim is None else f"{float(sim):.3f}"
        body.append(
            f'<tr id="link-{_e(r["link"])}" data-drift="{drift:.4f}" '
            f'data-flagged="{int(drift >= FLAG_THRESHOLD)}" data-flags="{_e(" ".join(flags))}" '
            f'style="background:{drift_colour(drift, 0.3)}">'
            f'<td class="score"><a href="#link-{_e(r["link"])}">{_e(r["link"])}</a>{_unit_html(r)}</td>'
            f"<td>{_e(r['type'])}</td>"
            f"{_side_cell(r.get('src_text'), r.get('src_speaker'), r.get('src_lang'), r.get('src_time'))}"
            f"{_side_cell(r.get('tgt_text'), r.get('tgt_speaker'), r.get('tgt_lang'), r.get('tgt_time'))}"
            f'<td class="score">{sim_text}</td>'
            f'<td class="score drift" style="background:{drift_colour(drift)}">{drift:.2f}</td>'
            f"<td>{''.join(_badge(f) for f in flags)}{_why_html(r)}</td>{review_cell}</tr>"
        )
    review_col = '<col class="c-flags">' if reviewed else ""
    src_label = f" ({_e(src_lang)})" if src_lang else ""
    tgt_label = f" ({_e(tgt_lang)})" if tgt_lang else ""
    return (
        '<table class="links" id="links">'
        '<colgroup><col class="c-link"><col class="c-type"><col><col><col class="c-sim">'
        f'<col class="c-drift"><col class="c-flags">{review_col}</colgroup>'
        f"<thead><tr><th>#</th><th>type</th><th>source{src_label}</th><th>target{tgt_label}</th>"
        f"<th>similarity</th><th>drift</th><th>flags</th>{'<th>review</th>' if reviewed else ''}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _controls_html(rows: Sequence[dict[str, Any]]) -> str:
    present = {f for r in rows for f in _flags(r)}
    options = ['<option value="">any flag or none</option>', '<option value="none">no flags</option>']
    options += [f'<option value="{_e(f)}">{_e(f.replace("_", " "))}</option>' for f in sorted(present)]
    return (
        '<div class="controls" id="controls">'
        '<label><input type="checkbox" id="flagged-only"> flagged only (drift '
        f"\u2265 {FLAG_THRESHOLD:g})</label>"
        f'<label>flag: <select id="flag-filter">{"".join(options)}</select></label>'
        f'<span>showing <b id="shown-count">{len(rows)}</b> of {len(rows)} links</span>'
        "</div>"
    )


def render_html(frame: pl.DataFrame, stem: str) -> str:
    """The whole HTML report page for one links frame, as a string (deterministic)."""
    from align.checks import unread_note  # the checks' tables load in a fifth of a second: not on import

    rows = _rows(frame)
    src_lang, tgt_lang = _langs(rows)
    langs = f"{src_lang} \u2192 {tgt_lang}" if src_lang or tgt_lang else ""
    title = f"Drift report: {stem}"
    notes = [
        note
        for note in (unread_note(src_lang, tgt_lang), out_of_order_note(frame), passage_note(frame))
        if note
    ]
    meta = "".join(f'<p class="meta">{_e(note[:1].upper() + note[1:])}.</p>\n' for note in notes)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style></head>\n"
        '<body data-filter="all">\n'
        f"<h1>{_e(title)}</h1>\n"
        f'<p class="meta">{_e(langs)} \u00b7 {len(rows)} links \u00b7 written by align {_e(__version__)}. '
        "Drift: 0 = faithful \u2026 1 = unrelated or missing.</p>\n"
        f"{meta}"
        f'<h2 id="summary">Summary</h2>\n{_summary_html(rows)}\n'
        f'<h2 id="plot">Drift along the document</h2>\n{_svg_plot(rows)}\n'
        f'<h2 id="worst-pairs">Worst aligned pairs first</h2>\n{_worst_html(rows)}\n'
        f"{_alone_html(rows)}"
        f'<h2 id="table">All links</h2>\n{_controls_html(rows)}\n{_table_html(rows, src_lang, tgt_lang)}\n'
        f"<script>{_JS}</script>\n</body></html>\n"
    )


# ---------------------------------------------------------------------------------------------
# Markdown


def _md(text: str) -> str:
    """Backslash-escape what Markdown would read as markup or a table cell border, control
    characters and bidi overrides written as escapes first (``console_safe``: the summary is read
    in a terminal too)."""
    return _MD_SPECIAL.sub(lambda m: "\\" + m.group(0), console_safe(text))


def _md_flag(flag: str) -> str:
    return f"`{flag}`" if re.fullmatch(r"\w+", flag) else _md(flag)


def _md_where(row: dict[str, Any]) -> str:
    """Who speaks a link and when, for the Markdown summary: its speakers (one where both sides
    name the same) and its source time (else its target time), empty where it has neither."""
    speakers = list(dict.fromkeys(s for s in (row.get("src_speaker"), row.get("tgt_speaker")) if s))
    time = row.get("src_time") or row.get("tgt_time") or ""
    return ", ".join(
        [" / ".join(speakers), time] if speakers and time else speakers or ([time] if time else [])
    )


def render_markdown(frame: pl.DataFrame, stem: str) -> str:
    """The Markdown summary: counts by type and flag, flagged share, the glossary terms missed,
    the worst pairs, and the reviewer's verdicts and notes where the frame was read from a
    review sheet."""
    from align.checks import unread_note

    rows = _rows(frame)
    total = len(rows)
    flagged = sum(_drift(r) >= FLAG_THRESHOLD for r in rows)
    src_lang, tgt_lang = _langs(rows)
    lines = [
        f"# Drift report: {_md(stem)}",
        "",
        f"- links: {total} ({_md(src_lang or '?')} \u2192 {_md(tgt_lang or '?')}), "
        f"{sum(_is_pair(r) for r in rows)} aligned pairs",
        f"- flagged for drift (drift \u2265 {FLAG_THRESHOLD:g}): {flagged} of {total} ({_share(flagged, total)})",
        *([f"- {_md(moved)}"] if (moved := out_of_order_note(frame)) else []),
        *([f"- {_md(passage)}"] if (passage := passage_note(frame)) else []),
        *([f"- {_md(blind)}"] if (blind := unread_note(src_lang, tgt_lang)) else []),
        "",
        "| link type | links |",
        "|---|---:|",
        *(f"| {_md(t)} | {n} |" for t, n in _type_counts(rows)),
        "",
        "| flag | links | meaning |",
        "|---|---:|---|",
        *(f"| {_md_flag(f)} | {n} | {_md(FLAG_HELP.get(f, ''))} |" for f, n in _flag_counts(rows)),
        "",
    ]
    misses = _term_misses(rows)
    if misses:
        lines += [
            "| glossary term missed | links |",
            "|---|---:|",
            *(f"| {_md(m)} | {n} |" for m, n in misses),
            "",
        ]
    lines += [
        f"## Worst aligned pairs (top {WORST_MD} by drift; sentences without counterpart below)",
        "",
    ]
    worst = _worst(rows, WORST_MD)
    if worst:
        where = any(_md_where(r) for r in worst)  # speakers or times: a transcript's, subtitles'
        lines += [
            "| link | type | drift | sim. | flags |"
            + (" speaker, time |" if where else "")
            + " source | target |",
            "|---:|---|---:|---:|---|" + ("---|" if where else "") + "---|---|",
        ]
        for r in worst:
            sim = r.get("similarity")
            flags = ", ".join(f"{_md_flag(f)} ({_md(w)})" if w else _md_flag(f) for f, w in _reasons(r))
            lines.append(
                f"| {r['link']} | {_md(_type_unit(r))} | {_drift(r):.2f} | "
                f"{'' if sim is None else f'{float(sim):.2f}'} | {flags} | "
                + (f"{_md(_md_where(r))} | " if where else "")
                + f"{_md(clip(r['src_text'], MD_TEXT_CHARS))} | {_md(clip(r['tgt_text'], MD_TEXT_CHARS))} |"
            )
    else:
        lines.append("No aligned pairs.")
    alone = _alone(rows)
    if alone:
        lines += [
            "",
            f"## Without counterpart ({len(alone)}: omissions and additions, in document order)",
            "",
            "| link | type | sentence | speaker, time | source | target |",
            "|---:|---|---|---|---|---|",
        ]
        for r in alone[:ALONE_SHOWN]:
            lines.append(
                f"| {r['link']} | {_md(_type_unit(r))} | {_md(_alone_side(r)[1])} | {_md(_md_where(r))} | "
                f"{_md(clip(r['src_text'], MD_TEXT_CHARS))} | {_md(clip(r['tgt_text'], MD_TEXT_CHARS))} |"
            )
        if len(alone) > ALONE_SHOWN:
            lines += ["", f"… and {len(alone) - ALONE_SHOWN} more: the TSV lists them all."]
    reviewed = _reviewed(rows)
    if reviewed:
        verdicts = ", ".join(f"{_md(v)} {n}" for v, n in _verdict_counts(rows))
        lines += [
            "",
            f"## Reviewed: {len(reviewed)} of {total} links ({verdicts})",
            "",
            "| link | type | drift | review | note | source | target |",
            "|---:|---|---:|---|---|---|---|",
        ]
        lines += [
            f"| {r['link']} | {_md(r['type'])} | {_drift(r):.2f} | {_md(_review(r)[0])} | {_md(_review(r)[1])} | "
            f"{_md(clip(r['src_text'], MD_TEXT_CHARS))} | {_md(clip(r['tgt_text'], MD_TEXT_CHARS))} |"
            for r in reviewed
        ]
    return "\n".join(lines) + "\n"


def render_console(frame: pl.DataFrame, k: int) -> list[str]:
    """Plain lines for a terminal: the ``k`` aligned pairs with the most drift (ties in link
    order), each with its type, drift, similarity, flags and what they found, then both texts
    cut to ``CONSOLE_TEXT_CHARS``; then the first ``k`` sentences without counterpart, each
    with its link, type, side and sentence number. Empty when ``k`` is 0 or there is neither."""
    rows = _rows(frame)
    worst = _worst(rows, k) if k > 0 else []
    alone = _alone(rows) if k > 0 else []
    if not worst and not alone:
        return []
    src_lang, tgt_lang = _langs(rows)
    pad = max(len(src_lang), len(tgt_lang))
    total = sum(_is_pair(r) for r in rows)
    lines = [f"aligned pairs with the most drift ({len(worst)} of {total}):"] if worst else []
    for r in worst:
        sim = r.get("similarity")
        flags = "; ".join(f"{f} ({w})" if w else f for f, w in _reasons(r))
        lines.append(
            f"  link {r['link']} {r['type']}"
            + (f"  {r['unit']}" if r.get("unit") else "")
            + f"  drift {_drift(r):.2f}"
            + ("" if sim is None else f"  similarity {float(sim):.2f}")
            + (f"  {clip(flags, CONSOLE_TEXT_CHARS)}" if flags else "")
        )
        for lang, text in ((src_lang, r["src_text"]), (tgt_lang, r["tgt_text"])):
            lines.append(f"    {lang:<{pad}}  {clip(text, CONSOLE_TEXT_CHARS)}")
    if alone:
        lines.append(
            f"sentences without counterpart ({min(k, len(alone))} of {len(alone)}, in document order):"
        )
        for r in alone[:k]:
            side, where = _alone_side(r)
            lang, text = (src_lang, r["src_text"]) if side == "source" else (tgt_lang, r["tgt_text"])
            lines.append(f"  link {r['link']} {r['type']}  {where}")
            lines.append(f"    {lang:<{pad}}  {clip(text, CONSOLE_TEXT_CHARS)}")
    return [console_safe(line) for line in lines]


def console_safe(line: str) -> str:
    """A line for the terminal: control characters and bidi overrides written as escapes
    (``\u202e``), so a text cannot move the cursor or reverse what follows it."""
    return _CONTROL.sub(lambda m: ascii(m.group(0))[1:-1], line)
