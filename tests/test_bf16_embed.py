"""The bfloat16 embed path: fidelity to fp32 sentence-transformers, vectors independent of the
batch, the on-disk cache, and its warning on CPUs without AMX."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import cosines_to_reference

from align import bf16_embed
from align.embed import Embedder


@pytest.fixture(scope="module")
def bf16() -> Embedder:
    return Embedder(cache=False, progress=False, backend="bf16")


@pytest.fixture(scope="module")
def fp32() -> Embedder:
    return Embedder(cache=False, progress=False, backend="torch")


def test_bf16_vectors_match_fp32_sentence_transformers(bench_sentences, bf16, fp32) -> None:
    fast = bf16.encode(bench_sentences)
    ref = fp32.encode(bench_sentences)
    cos = cosines_to_reference(fast, ref, len(bench_sentences))
    assert cos.min() >= 0.999, cos
    assert cos.mean() >= 0.9995, cos


def test_bf16_vector_of_a_sentence_does_not_depend_on_its_batch(bench_sentences, bf16) -> None:
    """Each text is computed in a shape fixed by its own length, so it gets the same bytes alone,
    among others, or in another order: a cached run equals an uncached one."""
    encoder = bf16.model
    together = encoder.encode(bench_sentences)
    alone = np.vstack([encoder.encode([s]) for s in bench_sentences[:5]])
    reordered = encoder.encode(bench_sentences[::-1])[::-1]
    doubled = encoder.encode(bench_sentences + [s.upper() for s in bench_sentences])[: len(bench_sentences)]
    np.testing.assert_array_equal(together[:5], alone)
    np.testing.assert_array_equal(together, reordered)
    np.testing.assert_array_equal(together, doubled)


def test_a_text_over_the_model_length_is_truncated_as_fp32_does(bench_sentences, bf16, fp32) -> None:
    long_text = " ".join(bench_sentences * 4)
    assert len(bf16.model.model.tokenizer(long_text)["input_ids"]) > bf16.model.max_width
    fast, ref = bf16.encode([long_text]), fp32.encode([long_text])
    assert float(fast[0] @ ref[0]) >= 0.999


def test_bf16_is_chosen_by_name_and_a_rerun_hits_the_disk_cache(bench_sentences, tmp_path) -> None:
    assert Embedder(cache=False, progress=False, backend="auto").backend != "bf16"
    first = Embedder(progress=False, cache_root=tmp_path, backend="bf16")
    vecs = first.encode(bench_sentences)
    assert first.encoded == len(set(bench_sentences))
    fresh = Embedder(progress=False, cache_root=tmp_path, backend="bf16")
    np.testing.assert_array_equal(fresh.encode(bench_sentences), vecs)
    assert fresh.encoded == 0
    other = Embedder(progress=False, cache_root=tmp_path, backend="torch")
    other.encode(bench_sentences[:3])
    assert other.encoded == 3


@pytest.mark.parametrize("amx", [True, False])
def test_bf16_warns_on_a_cpu_without_amx(monkeypatch: pytest.MonkeyPatch, capsys, amx: bool) -> None:
    monkeypatch.setattr(bf16_embed, "amx_available", lambda: amx)
    assert Embedder(cache=False, progress=True, backend="bf16").backend == "bf16"
    warned = "no AMX" in capsys.readouterr().err
    assert warned is not amx


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ("fpu sse2 avx512f avx512_bf16 amx_bf16 amx_tile amx_int8", True),
        ("fpu sse2 avx2 avx512f avx512_vnni avx512_bf16", False),
        ("fpu sse2 amx_tile amx_int8", False),
    ],
)
def test_amx_is_read_from_the_cpu_flags(tmp_path, flags: str, expected: bool) -> None:
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text(f"processor\t: 0\nmodel name\t: Some CPU\nflags\t\t: {flags}\n\n", encoding="utf-8")
    assert bf16_embed.amx_available(cpuinfo) is expected
    assert bf16_embed.amx_available(tmp_path / "missing") is False


def test_cpu_flags_without_an_x86_flags_line_are_empty(tmp_path) -> None:
    from align.cpu import cpu_flags

    arm = tmp_path / "cpuinfo"
    arm.write_text("processor\t: 0\nFeatures\t: fp asimd evtstrm aes\n\n", encoding="utf-8")
    assert cpu_flags(arm) == frozenset()
    assert cpu_flags(tmp_path / "missing") == frozenset()
