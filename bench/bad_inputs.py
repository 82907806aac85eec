"""Bad-input survey: run ``align pair`` on every kind of bad input a user may give it and record
what they see (the message and the exit status) in ``bench/bad_inputs.md``.

    python bench/bad_inputs.py            # all cases (a few need the model: about a minute warm)
    python bench/bad_inputs.py --only cp1252,utf16

Every case should end with one ``error: ...`` line and status 2, or work (status 0) and say
what it did; a traceback or a multi-line error is a bug, and the table marks it.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
EN_REMARKS = SEEDS / "geneva_2022-01-21_lavrov_opening_remarks_en.txt"
MIXED = SEEDS / "geneva_2022-01-21_lavrov_press_conference_en_fr.txt"
KREMLIN = SEEDS / "kremlin_2022-02-14_meetings_en.txt"
FRENCH_NOVEL = REPO.parent / "shared" / "bench" / "transread_en_fr" / "fr" / "Candide"
OUT_MD = REPO / "bench" / "bad_inputs.md"


def _french_remarks() -> str:
    """The French opening remarks at the end of the mixed press-conference file."""
    text = MIXED.read_text(encoding="utf-8")
    return text[text.index("Je vous suis reconnaissant") :]


_EMPTY_PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)
"""One blank page, no text layer: what a scanned transcript looks like to a text extractor."""


def _french_srt() -> str:
    """The French remarks as SRT subtitles, one cue per line of text, four seconds each."""
    lines = [line.strip() for line in _french_remarks().split("\n") if line.strip()]
    return "\n".join(
        f"{i + 1}\n00:00:{4 * i:02d},000 --> 00:00:{4 * i + 3:02d},500\n{line}\n"
        for i, line in enumerate(lines)
    )


def _captions() -> str:
    """The English remarks as automatic captions: lower case, no punctuation, 7 words a cue."""
    body = EN_REMARKS.read_text(encoding="utf-8").split("2022", 1)[1]
    words = re.sub(r"[^\w\s’']", " ", body).lower().split()
    return "\n".join(
        f"{k + 1}\n00:{2 * k // 60:02d}:{2 * k % 60:02d},000 --> 00:{(2 * k + 2) // 60:02d}:{(2 * k + 2) % 60:02d},000\n"
        f"{' '.join(words[7 * k : 7 * k + 7])}\n"
        for k in range(-(-len(words) // 7))
    )


def _write(tmp: Path, name: str, data: bytes | str) -> str:
    path = tmp / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def _docx(tmp: Path, name: str, paragraphs: list[str]) -> str:
    """A Word document of paragraphs, without a table."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(tmp / name)
    return str(tmp / name)


def _tmx(units: list[tuple[str, ...]], langs: tuple[str, ...] = ("en", "fr")) -> str:
    """A TMX memory of units, each a text per language of ``langs``."""
    body = "".join(
        "<tu>"
        + "".join(f'<tuv xml:lang="{lang}"><seg>{text}</seg></tuv>' for lang, text in zip(langs, unit))
        + "</tu>"
        for unit in units
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="{langs[0]}"/><body>{body}</body></tmx>'


_UNITS = [
    ("We do not expect a breakthrough at these negotiations either.", "Nous n’attendons pas non plus de percée de cette rencontre."),
    ("Yesterday we spent a great deal of time reading these materials.", "Nous avons lu hier et aujourd’hui une importante quantité de matériaux."),
    ("It is with great interest that I read them.", "J’ai pris connaissance de ces documents avec intérêt."),
]  # fmt: skip


def _cases(tmp: Path) -> list[tuple[str, str, Callable[[], list[str]]]]:
    """(key, description, argument builder) for each case; builders create their inputs."""
    out = ["--out", str(tmp / "out")]

    def sub(name: str) -> Path:
        path = tmp / name
        path.mkdir(exist_ok=True)
        return path

    def french_novel() -> str:
        lines = FRENCH_NOVEL.read_text(encoding="utf-8").split("\n")[:150]
        return _write(tmp, "candide_fr.txt", "\n".join(lines) + "\n")

    def one_vs_many(n_tgt: int) -> list[str]:
        fr = [line.strip() for line in _french_remarks().split("\n") if line.strip()]
        return [
            _write(tmp, "one_en.txt", "We do not expect a breakthrough at these negotiations either.\n"),
            _write(tmp, "many_fr.txt", "\n".join(fr[k % len(fr)] for k in range(n_tgt)) + "\n"),
        ]

    a_file = tmp / "a_file.txt"
    return [
        ("missing", "missing file", lambda: ["pair", str(tmp / "missing.txt"), *out]),
        ("directory", "a directory", lambda: ["pair", str(sub("a_dir")), *out]),
        ("binary", "binary file (PNG bytes)", lambda: ["pair", _write(tmp, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20), *out]),
        ("empty", "empty file (0 bytes)", lambda: ["pair", _write(tmp, "empty.txt", b""), *out]),
        ("blank", "whitespace-only file (blank lines, NBSP, tabs)", lambda: ["pair", _write(tmp, "blank.txt", "\n \t\u00a0\n\r\n" * 500), *out]),
        ("utf16", "UTF-16-LE without BOM (French remarks) as FILE2", lambda: ["pair", str(EN_REMARKS), _write(tmp, "fr_utf16.txt", _french_remarks().encode("utf-16-le")), "-q", *out]),
        ("cp1252", "cp1252 file (French remarks) as FILE2", lambda: ["pair", str(EN_REMARKS), _write(tmp, "fr_cp1252.txt", _french_remarks().encode("cp1252", errors="replace")), "-q", *out]),
        ("numbers", "file of numbers and punctuation only", lambda: ["pair", _write(tmp, "numbers.txt", "1. 2. 3.\n--- 42 ---\n(7) [8] 9!\n" * 20), *out]),
        ("one-lang", "one file with only one language", lambda: ["pair", str(KREMLIN), *out]),
        ("same-lang", "two files in the same language", lambda: ["pair", str(EN_REMARKS), str(KREMLIN), *out]),
        ("unrelated", "no parallel content: English Q&A (mixed file) vs a French novel", lambda: ["pair", str(MIXED), french_novel(), "-q", *out]),
        ("one-vs-many", "1 source sentence vs 401 target sentences (--presplit)", lambda: ["pair", *one_vs_many(401), "--presplit", "-q", *out]),
        ("presplit-one", "--presplit with one file", lambda: ["pair", str(MIXED), "--presplit", *out]),
        ("langs-unknown", "--langs en,xx (unknown code)", lambda: ["pair", str(MIXED), "--langs", "en,xx", *out]),
        ("langs-one", "--langs en (one code)", lambda: ["pair", str(MIXED), "--langs", "en", *out]),
        ("langs-same", "--langs en,en", lambda: ["pair", str(MIXED), "--langs", "en,en", *out]),
        ("format", "--format bogus", lambda: ["pair", str(MIXED), "--format", "bogus", *out]),
        ("format-empty", "--format ','", lambda: ["pair", str(MIXED), "--format", ",", *out]),
        ("max-drift", "--max-drift 5", lambda: ["pair", str(MIXED), "--max-drift", "5", *out]),
        ("max-drift-nan", "--max-drift nan", lambda: ["pair", str(MIXED), "--max-drift", "nan", *out]),
        ("out-proc", "unwritable --out /proc/forbidden", lambda: ["pair", str(EN_REMARKS), str(MIXED), "-q", "--out", "/proc/forbidden"]),
        ("out-under-file", "--out under a file (a_file.txt/sub)", lambda: [
            "pair", str(EN_REMARKS), str(MIXED), "-q", "--out", str(Path(_write(tmp, a_file.name, "x")) / "sub")
        ]),
        ("out-is-file", "--out is an existing file", lambda: ["pair", str(EN_REMARKS), str(MIXED), "-q", "--out", _write(tmp, a_file.name, "x")]),
        ("max-bytes", "file over --max-bytes (1000)", lambda: ["pair", str(MIXED), "--max-bytes", "1000", *out]),
        ("max-bytes-neg", "--max-bytes -1", lambda: ["pair", str(MIXED), "--max-bytes", "-1", *out]),
        ("srt-ok", "French remarks as SRT subtitles as FILE2, --format tsv,srt", lambda: ["pair", str(EN_REMARKS), _write(tmp, "fr.srt", _french_srt()), "--format", "tsv,srt", "-q", *out]),
        ("srt-text", "a .srt file holding plain text", lambda: ["pair", _write(tmp, "remarks.srt", EN_REMARKS.read_text(encoding="utf-8")), str(MIXED), *out]),
        ("srt-typo", "an SRT file with one cue time line mistyped (->)", lambda: ["pair", _write(tmp, "typo.srt", "1\n00:00:01,000 --> 00:00:03,000\nHello there.\n\n2\n00:00:04,000 -> 00:00:06,000\nThe talks lasted an hour.\n"), str(MIXED), *out]),
        ("srt-self", "a dual-subtitle file aligned with --format srt into its own folder", lambda: ["pair", _write(tmp, "talk.srt", "1\n00:00:01,000 --> 00:00:03,000\nThank you very much.\nMerci beaucoup.\n"), "--format", "srt", "--out", str(tmp)]),
        ("export-self", "align export edited.tsv --format tsv (beside itself)", lambda: ["export", _write(tmp, "edited.tsv", "link\tsrc_text\n0\tHello\n"), "--format", "tsv"]),
        ("srt-blank", "an SRT file whose cues have no text", lambda: ["pair", str(EN_REMARKS), _write(tmp, "blank.srt", "1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\n{\\an8}\n"), *out]),
        ("docx-broken", "a damaged .docx (ZIP header, nothing else)", lambda: ["pair", _write(tmp, "remarks.docx", b"PK\x03\x04" + bytes(60)), str(MIXED), *out]),
        ("html-empty", "a web page whose only text is its menu", lambda: ["pair", str(EN_REMARKS), _write(tmp, "page.html", "<html><body><nav>Home | News</nav></body></html>"), *out]),
        ("pdf-scan", "a PDF page without a text layer (a scan)", lambda: ["pair", _write(tmp, "scan.pdf", _EMPTY_PDF), str(MIXED), *out]),
        ("pdf-damaged", "a damaged PDF (header, then noise)", lambda: ["pair", _write(tmp, "damaged.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 4), str(MIXED), *out]),
        ("asr-bad", "a Whisper-style file whose lines are mostly untimed", lambda: ["pair", _write(tmp, "asr.txt", "[00:00.000 --> 00:02.000]  Hello.\nA line.\nAnother line.\n"), str(MIXED), *out]),
        ("captions", "English automatic captions without punctuation (SRT) as FILE", lambda: ["pair", _write(tmp, "auto_en.srt", _captions()), str(MIXED), "-q", *out]),
        ("srt-of-text", "--format srt for two plain-text files", lambda: ["pair", str(EN_REMARKS), str(MIXED), "--format", "srt", *out]),
        ("glossary-ok", "--glossary of three term pairs (TSV, header en/fr)", lambda: ["pair", str(EN_REMARKS), str(MIXED), "-q", "--glossary", _write(tmp, "terms.tsv", "en\tfr\nsecurity guarantees\tgaranties de sécurité\nbreakthrough\tpercée\nmisinformation\tmésinformation\n"), *out]),
        ("glossary-empty", "--glossary of an empty file", lambda: ["pair", str(EN_REMARKS), str(MIXED), "--glossary", _write(tmp, "empty.csv", b""), *out]),
        ("glossary-list", "--glossary of one column (a word list, no translations)", lambda: ["pair", str(EN_REMARKS), str(MIXED), "--glossary", _write(tmp, "words.csv", "security\nbreakthrough\n"), *out]),
        ("glossary-xml", "--glossary of a broken TBX file", lambda: ["pair", str(EN_REMARKS), str(MIXED), "--glossary", _write(tmp, "terms.tbx", "<martif><text><body><termEntry>"), *out]),
        ("glossary-langs", "--glossary in German and English for an English-French pair", lambda: ["pair", str(EN_REMARKS), str(MIXED), "-q", "--glossary", _write(tmp, "de_en.csv", "de,en\nSicherheitsgarantien,security guarantees\n"), *out]),
        ("check-ok", "align check of a TMX memory of three units", lambda: ["check", _write(tmp, "memory.tmx", _tmx(_UNITS)), "-q", *out]),
        ("check-fail-over", "align check --fail-over 1.5", lambda: ["check", _write(tmp, "memory.tmx", _tmx(_UNITS)), "--fail-over", "1.5", *out]),
        ("check-pair", "align pair of a TMX memory", lambda: ["pair", _write(tmp, "memory.tmx", _tmx(_UNITS)), *out]),
        ("check-broken", "align check of a TMX cut short", lambda: ["check", _write(tmp, "cut.tmx", _tmx(_UNITS)[:-30]), *out]),
        ("check-binary", "align check of binary bytes named .tmx", lambda: ["check", _write(tmp, "image.tmx", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20), *out]),
        ("check-text", "align check of a plain-text transcript", lambda: ["check", str(EN_REMARKS), *out]),
        ("check-one-lang", "align check of a TMX whose units hold English only", lambda: ["check", _write(tmp, "english.tmx", _tmx([u[:1] for u in _UNITS], ("en",))), *out]),
        ("check-no-units", "align check of an XLIFF without translation units", lambda: ["check", _write(tmp, "empty.xlf", '<xliff version="1.2"><file source-language="en" target-language="fr"><body/></file></xliff>'), *out]),
        ("check-source", "align check of an English-French TMX whose header names German as its source", lambda: ["check", _write(tmp, "memory.tmx", _tmx(_UNITS).replace('srclang="en"', 'srclang="de"')), *out]),
        ("check-langs", "align check --langs en,de of an English-French TMX", lambda: ["check", _write(tmp, "memory.tmx", _tmx(_UNITS)), "--langs", "en,de", *out]),
        ("check-lines", "align check of two line files of 3 and 2 lines", lambda: ["check", _write(tmp, "corpus.en", "".join(f"{a}\n" for a, _ in _UNITS)), _write(tmp, "corpus.fr", "".join(f"{b}\n" for _, b in _UNITS[:2])), *out]),
        ("check-column", "align check of a one-column CSV", lambda: ["check", _write(tmp, "words.csv", "security\nbreakthrough\n"), *out]),
        ("check-columns", "align check of a TSV of three columns without a header of languages", lambda: ["check", _write(tmp, "table.tsv", "link\tsrc_text\ttgt_text\n0\tThe talks were useful.\tLes pourparlers ont été utiles.\n"), *out]),
        ("check-docx", "align check of a Word document without a table", lambda: ["check", _docx(tmp, "remarks.docx", [a for a, _ in _UNITS]), *out]),
        ("check-po", "align check of a PO file with an unterminated string", lambda: ["check", _write(tmp, "remarks.po", 'msgid "We met in Geneva.\nmsgstr "Nous"\n'), *out]),
        ("check-two", "align check of a TMX memory and a line file (two files are line-aligned text)", lambda: ["check", _write(tmp, "memory.tmx", _tmx(_UNITS)), _write(tmp, "corpus.fr", "".join(f"{b}\n" for _, b in _UNITS)), *out]),
        ("check-self", "align check memory.tmx --format tmx --out its own folder", lambda: ["check", _write(tmp, "memory.tmx", _tmx(_UNITS)), "--format", "tmx", "--out", str(tmp)]),
    ]  # fmt: skip


EXPECTED: dict[str, str] = {
    "utf16": "works",
    "cp1252": "works",
    "srt-ok": "works",
    "captions": "works",
    "glossary-ok": "works",
    "check-ok": "works",
    "check-pair": "error:align check",
    "unrelated": "error",  # nothing to align: should say so, not exit 0 with invented pairs
    "max-bytes-neg": "error:greater than or equal to 1",  # a bad option, not a big file
}
"""What each case should give: ``works`` (status 0), or ``error`` (status 2, one ``error:`` line,
containing the text after ``error:`` if given). Cases not listed expect ``error``."""


def _seen(key: str, result: subprocess.CompletedProcess, tmp: Path) -> tuple[str, str]:
    """What the user saw (errors, or the summary of a run that worked) and a verdict."""
    err = [line for line in result.stderr.splitlines() if line.strip()]
    out = [line for line in result.stdout.splitlines() if line.strip()]
    expected = EXPECTED.get(key, "error")
    if any(line.startswith("Traceback") for line in err):
        shown, verdict = [f"traceback ({len(err)} lines) ending: {err[-1]}"], "BUG: traceback"
    elif result.returncode == 0:
        shown = [
            line for line in out if line.startswith(("read ", "segments:", "flagged", "links:", "glossary"))
        ]
        verdict = "ok" if expected == "works" else "WRONG: exit 0, expected an error"
    else:
        shown = err or out
        if not (len(err) == 1 and err[0].startswith("error: ")):
            verdict = "BUG: not one error line"
        elif expected == "works":
            verdict = "WRONG: expected it to work"
        elif ":" in expected and expected.split(":", 1)[1] not in err[0]:
            verdict = f"WRONG: message should say '{expected.split(':', 1)[1]}'"
        else:
            verdict = "ok"
    text = " ⏎ ".join(shown).replace(str(tmp), "<tmp>").replace(str(REPO) + "/", "")
    return text.replace("|", "\\|"), verdict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="comma-separated case keys")
    parser.add_argument(
        "--out", type=Path, default=None, help=f"table file (default {OUT_MD.name}, all cases only)"
    )
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    env = dict(os.environ, PYTHONHASHSEED="0")
    rows = []
    with tempfile.TemporaryDirectory(prefix="align-bad-") as name:
        tmp = Path(name)
        for key, description, build in _cases(tmp):
            if only and key not in only:
                continue
            argv = build()
            started = time.monotonic()
            result = subprocess.run(
                [sys.executable, "-m", "align.cli", *argv], capture_output=True, text=True, env=env, cwd=REPO
            )
            seconds = time.monotonic() - started
            seen, verdict = _seen(key, result, tmp)
            print(
                f"{key:15} exit {result.returncode:3}  {seconds:5.1f}s  {verdict:10}  {seen[:150]}",
                flush=True,
            )
            rows.append((description, seen, result.returncode, verdict))
    lines = [
        "# Bad-input survey",
        "",
        "What `align pair` tells the user for each bad input (regenerate with `python bench/bad_inputs.py`;",
        "`<tmp>` is the survey's temporary folder). `⏎` separates lines of output; for a run that",
        "worked, the summary lines are shown.",
        "",
        "| input | message the user saw | exit | verdict |",
        "|---|---|---|---|",
    ]
    lines += [f"| {d} | {s} | {rc} | {v} |" for d, s, rc, v in rows]
    out = args.out or (None if only else OUT_MD)
    if out is not None:
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
