"""Faults a real run meets: SIGTERM mid-run (nothing partial, nothing stale replaced, no
temporaries left), and byte-identical outputs whatever the hash seed or the cache."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from conftest import EN_REMARKS, MIXED, REPO, SHARED
from lxml import etree

from align.export import read_tsv

TRANSREAD = SHARED / "bench" / "transread_en_fr"
SHARED_MISSING = not TRANSREAD.is_dir()
FORMATS = ("tsv", "tmx", "xlsx", "jsonl")
BIG = 3000  # sentences a side: align, score and export take tens of seconds, not milliseconds
UNIQUE = 100  # distinct sentences a side, cycled up to BIG: a cold embedding cache costs little


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["SOURCE_DATE_EPOCH"] = "1642766400"  # 2022-01-21, for TMX and XLSX creation dates
    env.update(extra)
    return env


def _cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "align.cli", *args]


def _run(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(_cmd(*args), capture_output=True, text=True, env=_env(**env), cwd=REPO, timeout=900)


def _succeeded(result: subprocess.CompletedProcess) -> bool:
    """Exit 0; without the shared data the cycled seed paragraphs are too loosely parallel for
    the "no parallel content" check, which exits 2 after every output is written."""
    if result.returncode == 0:
        return True
    return SHARED_MISSING and result.returncode == 2 and "no parallel content" in result.stderr


def _sentences(lang: str) -> list[str]:
    """UNIQUE sentences, one per line: the opening of Candide from TransRead EN-FR, or without the
    shared data the seed transcripts (English remarks; French remarks of the mixed file, which
    translate them)."""
    doc = TRANSREAD / lang / "Candide"
    if not SHARED_MISSING and doc.is_file():
        text = doc.read_text(encoding="utf-8")
    elif lang == "en":  # pragma: no cover - without ../shared
        text = EN_REMARKS.read_text(encoding="utf-8")
    else:  # pragma: no cover
        text = MIXED.read_text(encoding="utf-8")
        end = "leurs engagements."
        text = text[text.index("Je vous suis reconnaissant") : text.index(end) + len(end)]
    return [line.strip() for line in text.split("\n") if line.strip()][:UNIQUE]


def _temporaries(out: Path) -> list[Path]:
    """Leftovers of export's atomic writes (``.<name>.<hex>.tmp``), or anything else hidden."""
    return sorted(p for p in out.rglob("*") if p.name.startswith(".") or ".tmp" in p.name)


def _outputs(out: Path, stem: str) -> dict[str, bytes]:
    return {fmt: (out / f"{stem}.{fmt}").read_bytes() for fmt in FORMATS if (out / f"{stem}.{fmt}").exists()}


def _assert_complete(out: Path, stem: str) -> None:
    """Every output present parses in full (a truncated file would not)."""
    for fmt in FORMATS:
        path = out / f"{stem}.{fmt}"
        if not path.exists():
            continue
        if fmt == "tsv":
            assert read_tsv(path).height > 0
        elif fmt == "tmx":
            etree.parse(str(path), etree.XMLParser(recover=False))
        elif fmt == "jsonl":
            assert all(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
        else:
            with zipfile.ZipFile(path) as sheet:
                assert sheet.testzip() is None


@pytest.fixture(scope="module")
def big_pair(tmp_path_factory):
    """A 3,000-sentence presplit EN-FR pair, a 200-sentence pair with the same file names (so
    the same output names), and the outputs of one successful run of the big pair (which also
    fills the embedding cache, so that later runs spend their time aligning, scoring, writing)."""
    root = tmp_path_factory.mktemp("faults")
    pairs = {}
    sides = {lang: _sentences(lang) for lang in ("en", "fr")}
    for name, size in (("big", BIG), ("small", 200)):
        folder = root / name
        folder.mkdir()
        blocks = -(-size // max(map(len, sides.values())))  # whole blocks: the sides stay parallel
        for lang, lines in sides.items():
            text = "\n".join(lines * blocks) + "\n"
            (folder / f"novels_{lang}.txt").write_text(text, encoding="utf-8")
        pairs[name] = (folder / "novels_en.txt", folder / "novels_fr.txt")
    args = ("--presplit", "-q", "--format", ",".join(FORMATS))
    first = _run("pair", *map(str, pairs["big"]), "--out", str(root / "reference"), *args)
    stem = "novels_en__novels_fr"
    assert _succeeded(first), first.stderr
    assert sorted(_outputs(root / "reference", stem)) == sorted(FORMATS)
    return {
        "root": root,
        "pairs": pairs,
        "args": args,
        "stem": stem,
        "reference": _outputs(root / "reference", stem),
    }


def _earlier_outputs(big_pair, out: Path) -> dict[str, bytes]:
    """Outputs of an earlier successful run (the small pair) in ``out``: what must survive."""
    small = _run("pair", *map(str, big_pair["pairs"]["small"]), "--out", str(out), *big_pair["args"])
    assert _succeeded(small), small.stderr
    before = _outputs(out, big_pair["stem"])
    assert set(before) == set(FORMATS)
    assert before["tsv"] != big_pair["reference"]["tsv"], "the big run would write other bytes"
    return before


def _terminated_run(big_pair, out: Path, delay: float | None) -> tuple[int, float | None]:
    """Start ``align pair`` on the big pair and SIGTERM it after ``delay`` seconds, or (None) as
    soon as one of export's temporaries appears in ``out``. Returns the exit status and, for the
    latter, how many seconds the run took to reach its export stage."""
    started = time.monotonic()
    proc = subprocess.Popen(
        _cmd("pair", *map(str, big_pair["pairs"]["big"]), "--out", str(out), *big_pair["args"]),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=_env(),
        cwd=REPO,
    )
    reached_export = None
    try:
        deadline = started + (delay if delay is not None else 600)
        while time.monotonic() < deadline and proc.poll() is None:
            if delay is None and out.is_dir() and any(p.name.endswith(".tmp") for p in out.iterdir()):
                reached_export = time.monotonic() - started
                break
            time.sleep(0.002 if delay is None else 0.02)
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert b"Traceback" not in stderr, stderr.decode(errors="replace")
    return proc.returncode, reached_export


def test_sigterm_in_export_keeps_earlier_outputs_and_leaves_no_temporaries(big_pair):
    """An earlier run's outputs stay byte-identical when a later run is stopped while writing."""
    out = big_pair["root"] / "kept"
    before = _earlier_outputs(big_pair, out)
    status, reached_export = _terminated_run(big_pair, out, None)
    assert reached_export is not None, "the run ended before export wrote anything"
    assert status == 128 + signal.SIGTERM
    assert _temporaries(out) == []
    assert _outputs(out, big_pair["stem"]) == before


def test_sigterm_at_any_moment_leaves_no_partial_output(big_pair):
    """Stopped in export on a first run, nothing is written; stopped at other moments (start-up,
    cache lookup, alignment, scoring), an earlier run's outputs stay as they were."""
    fresh = big_pair["root"] / "fresh"
    status, reached_export = _terminated_run(big_pair, fresh, None)
    assert reached_export is not None and status == 128 + signal.SIGTERM
    assert not fresh.exists() or sorted(p.name for p in fresh.iterdir()) == [], "no output, no temporary"
    # the way to export timed once more: one slow start (a cold disk) would put the delays
    # below past the end of a faster run, which then completes before the signal
    _, again = _terminated_run(big_pair, big_pair["root"] / "fresh-again", None)
    reached_export = min(reached_export, again or reached_export)

    out = big_pair["root"] / "delays"
    before = _earlier_outputs(big_pair, out)
    for share in (0.03, 0.4, 0.8):
        delay = share * reached_export
        for _ in range(4):
            status, _ = _terminated_run(big_pair, out, delay)
            if status != 0:
                break
            # this run was faster than the timed ones (a machine busy with other work then) and
            # finished before the signal: restore the earlier outputs and stop it sooner
            before = _earlier_outputs(big_pair, out)
            delay *= 0.6
        assert status in (128 + signal.SIGTERM, -signal.SIGTERM), status  # -15: before main() ran
        assert _temporaries(out) == []
        after = _outputs(out, big_pair["stem"])
        for fmt in FORMATS:  # the earlier file, or (signal after the renames) the complete new one
            assert after[fmt] in (before[fmt], big_pair["reference"][fmt]), (fmt, share)
        assert after["tsv"] == before["tsv"], f"SIGTERM after {share:.0%} of the way to export"
        _assert_complete(out, big_pair["stem"])


def test_outputs_are_identical_across_hash_seeds_and_cache(tmp_path):
    """PYTHONHASHSEED must not reach the outputs (set or dict order), nor must the cache."""
    args = ("pair", str(EN_REMARKS), str(MIXED), "--format", "tsv,tmx,jsonl", "-q")
    first = _run(*args, "--out", str(tmp_path / "a"), PYTHONHASHSEED="1")
    second = _run(*args, "--out", str(tmp_path / "b"), "--no-cache", PYTHONHASHSEED="12345")
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert first.stdout.replace(str(tmp_path / "a"), "") == second.stdout.replace(str(tmp_path / "b"), "")
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert [n.rsplit(".", 1)[1] for n in names] == ["jsonl", "tmx", "tsv"]
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def _assert_main_stops_quietly(tmp_path: Path, prelude: str, trigger: str) -> None:
    """Run ``align.cli.main`` with a work function that runs ``trigger`` (after ``prelude`` at the
    script's top) and then would go on for a second: it must stop with 143, print no traceback
    and not carry on."""
    script = tmp_path / "script.py"
    script.write_text(
        "import time\n"
        "import align.cli as cli\n"
        f"{prelude}"
        "def work(**_):\n"
        f"    {trigger}\n"
        "    for _ in range(500):\n"
        "        time.sleep(0.002)\n"
        "    print('carried on')\n"
        "cli.app = work\n"
        "cli.main()\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=_env(), cwd=REPO, timeout=60
    )
    assert "carried on" not in done.stdout
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 128 + signal.SIGTERM, (done.returncode, done.stderr)


def test_sigterm_inside_a_finaliser_still_terminates_quietly(tmp_path):
    """A SIGTERM handled inside a weakref callback or ``__del__`` (an import's module lock,
    at start-up) raises where Python only prints the exception and goes on: the run must still
    stop with 143, print no traceback, and not carry on to its work."""
    prelude = (
        "import signal\nclass Lock:\n    def __del__(self):\n        signal.raise_signal(signal.SIGTERM)\n"
    )
    _assert_main_stops_quietly(tmp_path, prelude, "Lock()")


def test_sigterm_inside_an_import_waits_for_the_import_to_finish(tmp_path):
    """A SIGTERM during an import (polars' start-up hook calls back into Python and panics on an
    exception it did not expect) is put off until the import is over, then stops the run with 143
    and no traceback, before its work goes on."""
    (tmp_path / "slow_module.py").write_text(
        "import pathlib, signal, time\n"
        "signal.raise_signal(signal.SIGTERM)\n"
        "started = time.monotonic()\n"
        "while time.monotonic() - started < 0.2:\n"
        "    pass\n"
        f"pathlib.Path({str(tmp_path / 'imported')!r}).touch()\n",
        encoding="utf-8",
    )
    _assert_main_stops_quietly(tmp_path, "", "import slow_module")
    assert (tmp_path / "imported").exists(), "the import was cut short"
