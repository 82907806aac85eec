"""Helpers the benchmarks share: gold sentence files and peak resident memory."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Self

from align.errors import AlignError


def read_lines(path: Path) -> list[str]:
    """One sentence per line, split on ``\\n`` only so indices match the gold."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AlignError(f"cannot read sentence file {path}: {exc.strerror or exc}") from exc
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip("\r") for line in lines]


class PeakRSS:
    """Peak resident set size of this process over a block, sampled from /proc/self/statm."""

    def __init__(self, interval: float = 0.005) -> None:
        self.interval = interval
        self._page = os.sysconf("SC_PAGE_SIZE")
        self._stop = threading.Event()
        self.start = self.peak = 0

    def rss(self) -> int:
        """Current resident set size in bytes."""
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * self._page

    def _sample(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, self.rss())

    def __enter__(self) -> Self:
        self.start = self.peak = self.rss()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.rss())
