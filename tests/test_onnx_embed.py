"""The ONNX int8 embed path: fidelity to sentence-transformers, the on-disk cache, backend choice."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import cosines_to_reference

from align import onnx_embed
from align.embed import Embedder
from align.errors import AlignError

pytestmark = pytest.mark.skipif(
    not onnx_embed.onnxruntime_available(), reason="onnx / onnxruntime not installed"
)


def test_int8_vectors_match_sentence_transformers(bench_sentences: list[str]) -> None:
    fast = Embedder(cache=False, progress=False, backend="onnx").encode(bench_sentences)
    ref = Embedder(cache=False, progress=False, backend="torch").encode(bench_sentences)
    cos = cosines_to_reference(fast, ref, len(bench_sentences))
    assert cos.min() >= 0.99, cos
    assert cos.mean() >= 0.995, cos


def test_auto_uses_onnx_and_rerun_hits_disk_cache(bench_sentences: list[str], tmp_path) -> None:
    first = Embedder(progress=False, cache_root=tmp_path, backend="auto")
    assert first.backend == "onnx"
    vecs = first.encode(bench_sentences)
    distinct = len({s.strip() for s in bench_sentences})
    assert first.encoded == distinct
    again = first.encode(bench_sentences)
    assert first.encoded == distinct
    np.testing.assert_array_equal(vecs, again)

    fresh = Embedder(progress=False, cache_root=tmp_path, backend="auto")
    np.testing.assert_array_equal(fresh.encode(bench_sentences), vecs)
    assert fresh.encoded == 0


def test_cache_is_keyed_by_backend(bench_sentences: list[str], tmp_path) -> None:
    Embedder(progress=False, cache_root=tmp_path, backend="onnx").encode(bench_sentences[:3])
    torch_path = Embedder(progress=False, cache_root=tmp_path, backend="torch")
    torch_path.encode(bench_sentences[:3])
    assert torch_path.encoded == 3


def test_missing_onnxruntime_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(onnx_embed, "onnxruntime_available", lambda: False)
    with pytest.raises(AlignError, match="onnxruntime"):
        Embedder(cache=False, progress=False, backend="onnx")
    assert Embedder(cache=False, progress=False, backend="auto").backend == "torch"


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(AlignError, match="backend"):
        Embedder(cache=False, progress=False, backend="tensorrt")


def test_int8_vector_of_a_sentence_does_not_depend_on_its_neighbours(bench_sentences: list[str]) -> None:
    """Dynamic int8 quantization scales by the whole input; the encoder runs each sentence alone so
    a sentence gets the same bytes alone, among others, or in another order (cached = uncached)."""
    encoder = Embedder(cache=False, progress=False, backend="onnx").model
    together = encoder.encode(bench_sentences)
    alone = np.vstack([encoder.encode([s]) for s in bench_sentences[:5]])
    reordered = encoder.encode(bench_sentences[::-1])[::-1]
    np.testing.assert_array_equal(together[:5], alone)
    np.testing.assert_array_equal(together, reordered)


@pytest.mark.parametrize("symmetric", [True, False])
def test_per_token_matmul_gives_each_row_its_own_scale(symmetric: bool) -> None:
    """The per-token rewrite of a weight MatMul: close to the fp32 product, and a row's result does
    not coarsen when another row with a 1000x larger range joins it (one scale per tensor would)."""
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    weight = rng.normal(size=(64, 32)).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["y"], name="/layer.0/output/dense/MatMul")],
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 64])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 32])],
        [numpy_helper.from_array(weight, "w")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    pattern = (r"layer\.\d+/output/dense/",)
    onnx_embed._per_token(model, pattern if symmetric else (), () if symmetric else pattern)
    assert {n.op_type for n in model.graph.node} >= {"QuantizeLinear", "MatMulIntegerToFloat"}
    assert "MatMul" not in {n.op_type for n in model.graph.node}
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])

    rows = rng.normal(size=(4, 64)).astype(np.float32)
    if not symmetric:
        rows = np.maximum(rows, -0.17)
    outlier = rows[:1] * 1000
    alone = session.run(None, {"x": rows})[0]
    mixed = session.run(None, {"x": np.vstack([rows, outlier])})[0]
    np.testing.assert_allclose(mixed[:4], alone, rtol=1e-5, atol=1e-5)
    exact = rows @ weight
    error = np.abs(alone - exact).max() / np.abs(exact).max()
    assert error < 0.02, error


def test_quantize_rewrites_per_token_layers_and_leaves_only_its_output(tmp_path) -> None:
    """``_quantize`` hands quantize_dynamic the per-token graph as a file (one copy in memory, not
    three: the default model's build peaked at 3.7 GB) and removes that file: the build folder,
    renamed into the cache, holds the input and the int8 model only, which runs."""
    import onnx
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    nodes = [
        helper.make_node("MatMul", ["x", "w1"], ["h"], name="/layer.0/intermediate/dense/MatMul"),
        helper.make_node("MatMul", ["h", "w2"], ["y"], name="/layer.0/attention/self/query/MatMul"),
    ]
    weights = [
        numpy_helper.from_array(rng.normal(size=(64, 32)).astype(np.float32), "w1"),
        numpy_helper.from_array(rng.normal(size=(32, 16)).astype(np.float32), "w2"),
    ]
    graph = helper.make_graph(
        nodes,
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 64])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 16])],
        weights,
    )
    src = tmp_path / "fp32.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(src))
    onnx_embed._quantize(src, tmp_path / "model.onnx", onnx_embed.INT8)

    assert sorted(p.name for p in tmp_path.iterdir()) == ["fp32.onnx", "model.onnx"]
    quantized = onnx.load(str(tmp_path / "model.onnx"))
    ops = {n.op_type for n in quantized.graph.node}
    assert "MatMul" not in ops and "MatMulIntegerToFloat" in ops
    rows = rng.normal(size=(3, 64)).astype(np.float32)
    session = ort.InferenceSession(str(tmp_path / "model.onnx"), providers=["CPUExecutionProvider"])
    exact = rows @ numpy_helper.to_array(weights[0]) @ numpy_helper.to_array(weights[1])
    error = np.abs(session.run(None, {"x": rows})[0] - exact).max() / np.abs(exact).max()
    assert error < 0.05, error


@pytest.mark.parametrize(
    ("flags", "weights"),
    [
        ("fpu sse2 avx2 avx512f avx512bw", "QUInt8"),  # AVX-512 without VNNI: vpmaddubsw saturates
        ("fpu sse2 avx2", "QUInt8"),
        ("", "QUInt8"),  # no /proc/cpuinfo (macOS, Windows) or an ARM CPU
        ("fpu sse2 avx2 avx512f avx512_vnni", "QInt8"),
        ("fpu sse2 avx2 avx_vnni", "QInt8"),
        ("fpu sse2 avx2 avx512f avx512_vnni amx_tile amx_int8", "QInt8"),
    ],
)
def test_int8_weights_are_signed_only_where_u8s8_cannot_saturate(flags: str, weights: str) -> None:
    assert onnx_embed.int8_for_cpu(frozenset(flags.split())).weight_type == weights


def test_both_int8_builds_share_the_embedding_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Their vectors are the same bytes, so a cache filled on one kind of CPU serves the other
    (and survives the switch to int8 weights); fp32 vectors keep their own tag."""
    from align import models
    from align.embed import _model_tag

    model = str(models.resolve_model(None))
    monkeypatch.setattr(onnx_embed, "cpu_flags", lambda: frozenset({"avx2", "avx512_vnni"}))
    assert onnx_embed.quant_for("onnx").signed
    signed = _model_tag(model, "onnx")
    monkeypatch.setattr(onnx_embed, "cpu_flags", lambda: frozenset({"avx2"}))
    assert not onnx_embed.quant_for("onnx").signed
    assert _model_tag(model, "onnx") == signed
    assert _model_tag(model, "onnx-fp32") != signed


def _linked_default_model(tmp_path: Path) -> Path:
    """A folder of links to the default model's files: its ONNX builds go beside it, in tmp_path."""
    from align import models

    source = Path(models.resolve_model(None))
    model_dir = tmp_path / source.name
    model_dir.mkdir()
    for item in source.iterdir():
        (model_dir / item.name).symlink_to(item)
    return model_dir


def test_u8s8_product_is_exact_where_the_flags_say_so() -> None:
    if not onnx_embed.int8_for_cpu().signed:
        pytest.skip("this CPU's flags promise no exact u8*s8 product")
    assert onnx_embed.u8s8_exact()


def test_signed_build_is_refused_where_the_product_saturates(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the product is not exact the int8-weight build would give other vectors: refused with
    a one-line reason before any work, and no build folder is left."""
    monkeypatch.setattr(onnx_embed, "u8s8_exact", lambda: False)
    model_dir = _linked_default_model(tmp_path)
    with pytest.raises(AlignError, match="not exact on this CPU"):
        onnx_embed.build_onnx_model(model_dir, onnx_embed.INT8_S8)
    assert sorted(p.name for p in tmp_path.iterdir()) == [model_dir.name]


def test_signed_weight_build_gives_the_unsigned_build_s_vectors(bench_sentences: list[str], tmp_path) -> None:
    """INT8_S8 stores INT8's weight grid shifted by 128, so every integer product is the same and
    the vectors are byte-identical; each build keeps its own cache directory beside the model."""
    if not onnx_embed.int8_for_cpu().signed:
        pytest.skip("this CPU's u8*s8 kernel saturates: the signed build is never chosen here")
    import onnx

    model_dir = _linked_default_model(tmp_path)
    unsigned = onnx_embed.OnnxEncoder(model_dir, onnx_embed.INT8).encode(bench_sentences)
    signed_encoder = onnx_embed.OnnxEncoder(model_dir, onnx_embed.INT8_S8)
    np.testing.assert_array_equal(signed_encoder.encode(bench_sentences), unsigned)

    graph = onnx.load(str(signed_encoder.onnx_path)).graph
    weights = {init.name: init.data_type for init in graph.initializer}
    products = [n for n in graph.node if n.op_type in ("MatMulIntegerToFloat", "DynamicQuantizeMatMul")]
    assert products and all(weights[n.input[1]] == onnx.TensorProto.INT8 for n in products)
    builds = sorted(p.name.split(".onnx-")[1].split("-")[0] for p in tmp_path.glob("*.onnx-*"))
    assert builds == ["int8", "int8s"], builds
