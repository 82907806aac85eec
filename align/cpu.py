"""What the CPU offers, read from ``/proc/cpuinfo``: the embed backends choose their kernels from
these flags without importing torch or onnxruntime."""

from __future__ import annotations

from pathlib import Path

CPUINFO = Path("/proc/cpuinfo")


def cpu_flags(cpuinfo: Path = CPUINFO) -> frozenset[str]:
    """The first processor's ``flags`` in ``cpuinfo`` (x86 Linux); empty where there is no such
    file or line (macOS, Windows, ARM's ``Features``), which the callers read as "no extension"."""
    try:
        with cpuinfo.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.startswith("flags"):
                    return frozenset(line.split(":", 1)[-1].split())
    except OSError:
        pass
    return frozenset()
