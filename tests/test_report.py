"""The drift report: files, escaping, determinism, and the page as a browser renders it.

The browser tests drive headless Chromium (Debian ``chromium``) with ``--dump-dom`` after the
page's JavaScript has run; they skip when /usr/bin/chromium is absent.
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import polars as pl
import pytest
from conftest import EN_REMARKS, MIXED

from align import report
from align.embed import Embedder
from align.export import links_frame
from align.pipeline import run_pair
from align.types import Link, ScoredLink, Sentence

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium not installed")
SCRIPT = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def real_frame() -> pl.DataFrame:
    """The README's sample: English remarks against the mixed press-conference file (with the
    user's embedding cache, which the CLI tests have warmed)."""
    result = run_pair(EN_REMARKS, MIXED, embedder=Embedder(progress=False))
    return links_frame(result.scored, result.streams.src, result.streams.tgt)


@pytest.fixture()
def hostile_frame() -> pl.DataFrame:
    """A small document whose texts and speakers try to inject markup."""
    src = [
        Sentence(0, f"Hello {SCRIPT} world & co.", "en", speaker='Q"><b>x</b>'),
        Sentence(1, "We met on 21 January | in Geneva.", "en"),
        Sentence(2, "Nothing to see.", "en"),
    ]
    tgt = [
        Sentence(0, f"Bonjour {SCRIPT} <img src=x onerror=alert(2)>", "fr"),
        Sentence(1, "Nous nous sommes vus le 22 janvier à Genève.", "fr"),
    ]
    scored = [
        ScoredLink(Link((0,), (0,), 0.9, 0.05), 0.1),
        ScoredLink(Link((1,), (1,), 0.88, 0.02), 0.62, ("number_mismatch",)),
        ScoredLink(Link((2,), ()), 1.0, ("omission",)),
    ]
    return links_frame(scored, src, tgt)


def _flagged(frame: pl.DataFrame) -> set[int]:
    return set(frame.filter(pl.col("drift") >= report.FLAG_THRESHOLD)["link"].to_list())


# ---------------------------------------------------------------------------------------------
# Files


def test_reports_are_written_atomically_and_deterministically(real_frame, tmp_path):
    stem = "geneva"
    paths = report.write_reports(real_frame, tmp_path, stem)
    assert paths == [tmp_path / "geneva.report.html", tmp_path / "geneva.report.md"]
    first = [p.read_bytes() for p in paths]
    assert report.write_reports(real_frame, tmp_path, stem) == paths
    assert [p.read_bytes() for p in paths] == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["geneva.report.html", "geneva.report.md"]


def test_html_holds_one_row_per_link_and_the_summary(real_frame, tmp_path):
    page = report.write_reports(real_frame, tmp_path, "geneva")[0].read_text(encoding="utf-8")
    assert page.count('<tr id="link-') == real_frame.height
    assert page.count("<svg") == 1 and page.count("<circle") == real_frame.height
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page
    assert 'id="flagged-only"' in page and 'id="flag-filter"' in page
    assert 'id="worst"' in page
    worst = page.split('id="worst"', 1)[1].split("</ol>", 1)[0]
    assert worst.count("<li>") == min(
        20, sum(1 for r in real_frame.iter_rows(named=True) if r["src_text"] and r["tgt_text"])
    )
    for flag in {f for fs in real_frame["flags"] for f in fs.split(",") if f}:
        assert f'<option value="{flag}">' in page


def test_markdown_summary_counts_and_worst_pairs(real_frame, tmp_path):
    text = report.write_reports(real_frame, tmp_path, "geneva")[1].read_text(encoding="utf-8")
    flagged = len(_flagged(real_frame))
    assert f"{flagged} of {real_frame.height}" in text
    for link_type, count in real_frame["type"].value_counts().iter_rows():
        assert f"| {link_type} | {count} |" in text
    worst = text.split("## Worst aligned pairs", 1)[1].split("## Without counterpart", 1)[0]
    assert 1 <= worst.count("\n| ") - 1 <= 10  # table rows after the header row
    assert max(len(line) for line in text.splitlines()) < 400
    # who speaks each link, as the HTML report shows it (the summary had no speakers)
    assert "| speaker, time |" in worst and "| FOREIGN MINISTER LAVROV |" in worst


def test_markdown_says_where_a_passage_was_paired_out_of_order(hostile_frame):
    """A statement read in each language around a Q&A is paired out of order; the summary says
    which sentences (the sample's monotone alignment says nothing)."""
    assert report.out_of_order_note(hostile_frame) is None
    assert "out of order" not in report.render_markdown(hostile_frame, "x")
    moved = hostile_frame.with_columns(pl.Series("tgt_idx", ["1", "2", "0"]))
    note = report.out_of_order_note(moved)
    assert note is not None and note.endswith(": source 2-2 with target 0-0")
    assert f"- {note}" in report.render_markdown(moved, "x")


def test_reports_say_what_each_flag_found(real_frame, tmp_path):
    """The sample's "Yesterday" / "hier et aujourd'hui" link: the reviewer sees which day and
    which names differ, not only the flag names."""
    yesterday = next(r for r in real_frame.iter_rows(named=True) if r["src_text"].startswith("Yesterday"))
    assert yesterday["details"] == "number_mismatch: source none; target today"
    html_path, md_path = report.write_reports(real_frame, tmp_path, "geneva")
    page = html_path.read_text(encoding="utf-8")
    row = page.split(f'<tr id="link-{yesterday["link"]}"', 1)[1].split("</tr>", 1)[0]
    assert '<span class="why">number_mismatch: source none; target today</span>' in row
    summary = md_path.read_text(encoding="utf-8")
    assert "`number_mismatch` (source none; target today)" in summary
    assert "target États-Unis" in summary


def test_console_lists_the_pairs_with_the_most_drift_first(real_frame):
    """What ``align pair`` prints: the sample's pairs by drift, the number change first, with
    what its flag found and both texts."""
    pairs = real_frame.filter((pl.col("src_text") != "") & (pl.col("tgt_text") != ""))
    lines = report.render_console(real_frame, 3)
    assert lines[0] == f"aligned pairs with the most drift (3 of {pairs.height}):"
    heads = [line for line in lines if line.startswith("  link ")]
    assert len(heads) == 3 and len(lines) == 1 + 3 * 3
    drifts = [float(h.split("drift ")[1].split()[0]) for h in heads]
    assert drifts == sorted(drifts, reverse=True)
    assert drifts[0] == pytest.approx(pairs["drift"].max(), abs=0.005)
    assert "number_mismatch (source none; target today)" in heads[0]
    assert lines[2].startswith("    en  Yesterday we spent")
    assert lines[3].startswith("    fr  Nous avons lu hier")
    assert all(len(line) < 140 for line in lines)
    every = report.render_console(real_frame, 100)
    assert sum(line.startswith("  link ") for line in every) == pairs.height
    assert report.render_console(real_frame, 0) == []


def test_console_cannot_drive_the_terminal(hostile_frame):
    frame = hostile_frame.with_columns(pl.col("tgt_text").str.replace("Bonjour", "Bon\x1b[2J\njour\u202e"))
    lines = report.render_console(frame, 5)
    assert lines and not any(c in line for line in lines for c in "\x1b\n\u202e")
    assert any("Bon\\x1b[2J jour\\u202e" in line for line in lines)
    assert (
        sum(line.startswith("  link ") and " drift " in line for line in lines) == 2
    )  # the 1-0 link is no pair
    assert lines[-3].startswith("sentences without counterpart (1 of 1") and " 1-0  source " in lines[-2]


def test_text_is_escaped_everywhere(hostile_frame, tmp_path):
    html_path, md_path = report.write_reports(hostile_frame, tmp_path, "hostile")
    page = html_path.read_text(encoding="utf-8")
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<b>x</b>" not in page and "Q&quot;&gt;&lt;b&gt;x&lt;/b&gt;" in page
    assert page.count("<script") == 1  # the page's own filter script
    summary = md_path.read_text(encoding="utf-8")
    assert "<script>" not in summary and r"\<script\>" in summary
    assert r"21 January \| in Geneva" in summary


def test_reports_cannot_drive_the_terminal_either(hostile_frame, tmp_path):
    """Round Z (stop 62): a text's BEL and ESC reached the Markdown summary (read with ``cat``)
    and the HTML page raw, where the console wrote them as escapes."""
    frame = hostile_frame.with_columns(
        pl.col("tgt_text").str.replace("Bonjour", "Bon\x07jour \x1b[31m\u202e")
    )
    html_path, md_path = report.write_reports(frame, tmp_path, "controls")
    summary, page = md_path.read_text(encoding="utf-8"), html_path.read_text(encoding="utf-8")
    assert not any(c in summary for c in "\x07\x1b\u202e") and r"Bon\\x07jour \\x1b\[31m\\u202e" in summary
    assert not any(c in page for c in "\x07\x1b") and r"Bon\x07jour \x1b[31m" in page


def test_each_text_keeps_its_own_direction_and_language(tmp_path):
    """An Arabic side reads right to left even after a Latin speaker label or opening with Latin
    letters, and a Chinese one is marked as Chinese (browsers draw shared ideographs per
    language)."""
    src = [
        Sentence(0, "We do not expect a breakthrough at these negotiations either.", "en", speaker="Lavrov")
    ]
    for lang, text, way in (
        ("ar", "ونحن أيضًا لا نتوقع تحقيق اختراق في هذه المفاوضات.", "rtl"),
        ("ar", "OSCE: اتفق الجانبان على مواصلة المحادثات.", "rtl"),
        ("zh", "我们也不指望这次谈判取得突破。", "auto"),
    ):
        tgt = [Sentence(0, text, lang, speaker="Lavrov")]
        frame = links_frame([ScoredLink(Link((0,), (0,), 0.95, 0.05), 0.6, ("low_similarity",))], src, tgt)
        page = report.write_reports(frame, tmp_path, f"dir-{lang}")[0].read_text(encoding="utf-8")
        assert page.count(f'<span dir="{way}" lang="{lang}">{text}</span>') == 2  # table and worst list
        assert page.count('<span dir="auto" lang="en">We do not expect') == 2
        assert '<span class="speaker">Lavrov</span><span dir="auto"' in page


def test_subtitle_links_show_when_each_side_starts(tmp_path):
    src = [Sentence(0, "We do not expect a breakthrough.", "en", speaker="Lavrov", start=61.2, end=64.0)]
    tgt = [Sentence(0, "Nous n’attendons pas de percée.", "fr", start=3600.0, end=3603.5)]
    frame = links_frame([ScoredLink(Link((0,), (0,), 0.95, 0.05), 0.02)], src, tgt)
    page = report.write_reports(frame, tmp_path, "timed")[0].read_text(encoding="utf-8")
    assert '<span class="speaker">Lavrov \u00b7 00:01:01.200</span><span dir="auto" lang="en">' in page
    assert '<span class="speaker">01:00:00.000</span><span dir="auto" lang="fr">' in page


def test_checked_units_are_named_where_their_links_are(tmp_path):
    """A link of ``align check`` names its unit in the file (a ``tuid``, a row) in the page's
    table and worst list, the Markdown summary and the console; an aligned pair names none."""
    src = [Sentence(0, "We spent three days in Geneva.", "en"), Sentence(1, "Thank you.", "en")]
    tgt = [Sentence(0, "Nous avons passé cinq jours à Genève.", "fr"), Sentence(1, "Merci.", "fr")]
    scored = [
        ScoredLink(Link((0,), (0,), 0.93, 0.05), 0.9, ("number_mismatch",)),
        ScoredLink(Link((1,), (1,), 0.95, 0.05), 0.01),
    ]
    checked = links_frame(scored, src, tgt, ["tuid 4711", "row 12"])
    page, summary = (
        p.read_text(encoding="utf-8") for p in report.write_reports(checked, tmp_path, "checked")
    )
    assert '<a href="#link-0">0</a><span class="why">tuid 4711</span></td>' in page
    assert '<a href="#link-0">link 0</a> (1-1, tuid 4711)' in page
    assert "| 0 | 1-1, tuid 4711 | 0.90 |" in summary and "| 1 | 1-1, row 12 | 0.01 |" in summary
    assert report.render_console(checked, 1)[1].startswith("  link 0 1-1  tuid 4711  drift 0.90")
    aligned = links_frame(scored, src, tgt)
    assert set(aligned["unit"]) == {""}
    assert report.render_console(aligned, 1)[1].startswith("  link 0 1-1  drift 0.90")
    page = report.write_reports(aligned, tmp_path, "aligned")[0].read_text(encoding="utf-8")
    assert '<a href="#link-0">0</a></td>' in page and "(1-1)," in page


def test_invalid_stem_and_frame_are_refused(hostile_frame, tmp_path):
    from align.errors import AlignError

    with pytest.raises(AlignError):
        report.write_reports(hostile_frame, tmp_path, "../evil")
    with pytest.raises(ValueError):
        report.write_reports(hostile_frame.drop("drift"), tmp_path, "x")
    assert not list(tmp_path.iterdir())


def test_empty_frame_gives_a_page(hostile_frame, tmp_path):
    html_path, md_path = report.write_reports(hostile_frame.clear(), tmp_path, "empty")
    assert "No links." in html_path.read_text(encoding="utf-8")
    assert "0 of 0" in md_path.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# In the browser


class _Rows(HTMLParser):
    """The rows of the links table in a dumped DOM: id, hidden, flags."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, str | None]] = []
        self.scripts = 0
        self.texts: list[str] = []
        self._in_table = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "table" and found.get("id") == "links":
            self._in_table = True
        if tag == "tr" and self._in_table and (found.get("id") or "").startswith("link-"):
            self.rows.append(found)

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._in_table = False

    def handle_data(self, data: str) -> None:
        self.texts.append(data)


def _chromium(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    try:
        return subprocess.run(
            [
                str(CHROMIUM),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--virtual-time-budget=2000",
                *args,
                url,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def _dom(tmp_path: Path, page: Path, suffix: str = "") -> _Rows:
    result = _chromium(tmp_path, page.as_uri() + suffix, "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    parsed = _Rows()
    parsed.feed(result.stdout)
    assert parsed.rows, result.stdout[:2000]
    return parsed


def _visible(parsed: _Rows) -> set[int]:
    return {int(str(r["id"]).removeprefix("link-")) for r in parsed.rows if "hidden" not in r}


@needs_chromium
def test_browser_shows_every_link_then_filters(real_frame, tmp_path):
    page = report.write_reports(real_frame, tmp_path / "out", "geneva")[0]
    everything = _dom(tmp_path, page)
    assert len(everything.rows) == real_frame.height
    assert _visible(everything) == set(real_frame["link"].to_list())
    flagged = _flagged(real_frame)
    assert flagged and flagged != set(real_frame["link"].to_list())
    for suffix in ("#flagged", "?filter=flagged"):
        parsed = _dom(tmp_path, page, suffix)
        assert len(parsed.rows) == real_frame.height
        assert _visible(parsed) == flagged, suffix
    rows = list(real_frame.iter_rows(named=True))
    flag = sorted({f for r in rows for f in r["flags"].split(",") if f})[0]
    with_flag = {r["link"] for r in rows if flag in r["flags"].split(",")}
    assert with_flag and with_flag != set(real_frame["link"].to_list())
    assert _visible(_dom(tmp_path, page, f"#flag={flag}")) == with_flag


@needs_chromium
def test_browser_shows_injected_markup_as_text(hostile_frame, tmp_path):
    page = report.write_reports(hostile_frame, tmp_path / "out", "hostile")[0]
    parsed = _dom(tmp_path, page, "?flag=number_mismatch")
    assert parsed.scripts == 1
    assert any(SCRIPT in t for t in parsed.texts)
    assert _visible(parsed) == {1}


@needs_chromium
def test_browser_renders_a_screenshot(real_frame, tmp_path):
    page = report.write_reports(real_frame, tmp_path / "out", "geneva")[0]
    shot = tmp_path / "report.png"
    result = _chromium(tmp_path, page.as_uri(), f"--screenshot={shot}", "--window-size=1400,1800")
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_every_flag_has_a_legend_entry_and_a_colour() -> None:
    from align.types import FLAG_NAMES

    assert set(report.FLAG_HELP) == set(FLAG_NAMES)
    assert set(report._FLAG_COLOURS) == set(FLAG_NAMES)


def test_sentences_without_counterpart_are_listed_where_a_reviewer_reads():
    """Round AF (stop 63): an omitted safety instruction and an added claim (drift 1.00, the
    highest of their files) showed in the Markdown report and on the console only as counts
    (``omission 1``), since both list pairs; a reviewer could not tell which sentence. Each
    report now lists the sentences without counterpart, in document order, with the side and
    sentence number to find them by."""
    src = [
        Sentence(0, "Stop using the kettle at once.", "en"),
        Sentence(1, "If it smells of burning, do not touch it and air the room.", "en"),
        Sentence(2, "Call our free hotline.", "en"),
    ]
    tgt = [
        Sentence(0, "Cessez immédiatement d'utiliser la bouilloire.", "fr"),
        Sentence(1, "Appelez notre numéro gratuit.", "fr"),
        Sentence(2, "Le fabricant décline toute responsabilité.", "fr"),
    ]
    scored = [
        ScoredLink(Link((0,), (0,), 0.92, 0.1), 0.02),
        ScoredLink(Link((1,), ()), 1.0, ("omission",)),
        ScoredLink(Link((2,), (1,), 0.9, 0.1), 0.03),
        ScoredLink(Link((), (2,)), 1.0, ("addition",)),
    ]
    frame = links_frame(scored, src, tgt)
    markdown = report.render_markdown(frame, "recall")
    section = markdown.split("## Without counterpart (2: omissions and additions, in document order)", 1)[1]
    assert (
        "| 1 | 1-0 | source 1 |  | If it smells of burning, do not touch it and air the room. |  |" in section
    )
    assert "| 3 | 0-1 | target 2 |  |  | Le fabricant décline toute responsabilité. |" in section
    console = report.render_console(frame, 10)
    assert console[-5:] == [
        "sentences without counterpart (2 of 2, in document order):",
        "  link 1 1-0  source 1",
        "    en  If it smells of burning, do not touch it and air the room.",
        "  link 3 0-1  target 2",
        "    fr  Le fabricant décline toute responsabilité.",
    ]
    html = report.render_html(frame, "recall")
    assert '<h2 id="alone">Without counterpart (2: omissions and additions, in document order)</h2>' in html
    assert html.index('href="#link-1">link 1</a> (1-0), source 1') < html.index(
        'href="#link-3">link 3</a> (0-1), target 2'
    )
