"""Fast embed path: a sentence-transformers BERT exported to ONNX, quantized to int8, run by onnxruntime.

``build_onnx_model`` exports the transformer once (``torch.onnx.export``, mean pooling and L2
normalisation inside the graph), quantizes its weights dynamically to int8 with
``onnxruntime.quantization`` and stores the result in the cache beside the model directory.
``OnnxEncoder`` then embeds with ``onnxruntime`` and the model's own ``tokenizer.json``, adding
the model's default prompt and truncating to its maximum length exactly as sentence-transformers
does, so that its vectors are interchangeable with the torch path's (int8: mean cosine 0.999).
"""

from __future__ import annotations

import gc
import hashlib
import importlib.util
import json
import os
import re
import shutil
import tempfile
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from align.cpu import cpu_flags
from align.errors import AlignError

BUILD_VERSION = 2
ENCODER_VERSION = 2
"""Changes when the way ``OnnxEncoder`` computes vectors changes (2: one sentence per call);
part of the embedding cache key."""
MODEL_FILE = "model.onnx"
STAMP_FILE = "onnx_build.json"
OPSET = 17
_INSTALL = "pip install onnx onnxruntime (or use backend='torch')"


@dataclass(frozen=True)
class QuantSettings:
    """How the build quantizes: ``onnxruntime.quantization.quantize_dynamic`` arguments plus
    per-token layers (``None`` instead of a QuantSettings means fp32).

    ``per_token_symmetric`` and ``per_token_asymmetric`` are regular expressions of MatMul nodes
    whose input is quantized row by row (one scale per token, see ``_per_token``) instead of with
    one scale for the whole tensor.
    """

    op_types: tuple[str, ...]
    per_channel: bool
    reduce_range: bool
    weight_type: str
    per_token_symmetric: tuple[str, ...] = ()
    per_token_asymmetric: tuple[str, ...] = ()

    @property
    def signed(self) -> bool:
        """Whether the weights are stored as int8 (``INT8_S8``) rather than uint8."""
        return self.weight_type == "QInt8"

    def as_unsigned(self) -> QuantSettings:
        """These settings with uint8 weights: the same grid, so the same vectors (``INT8_S8``)."""
        return replace(self, weight_type="QUInt8")


INT8 = QuantSettings(
    op_types=("MatMul", "Gather"),
    per_channel=True,
    reduce_range=False,
    weight_type="QUInt8",
    per_token_symmetric=(r"layer\.\d+/intermediate/dense/",),
    per_token_asymmetric=(r"layer\.\d+/output/dense/",),
)
"""The int8 build. Weights are uint8 with one scale per output channel: uint8 avoids the saturating
u8*s8 kernel of AVX2 (s8 weights: mean cosine 0.986), and quantized embedding tables (Gather;
390 -> 120 MB) cost nothing measurable. Activations are quantized on the fly. The two FFN
projections, whose inputs have the widest ranges (the FFN output projection takes the GELU
outputs), get one scale per token, asymmetric for the GELU outputs; attention projections one
scale per tensor. Measured on the Text+Berg dev and test sentences (2 cores) against the torch
fp32 path: mean cosine 0.9993 (min 0.9985), about 1.14x the speed of the previous build, which
kept the FFN output projections in fp32 (0.9989, min 0.990); one scale per tensor everywhere is
faster still but loses quality (0.9965, within-document P@1 on Text+Berg test 0.878 against fp32's
0.906)."""

INT8_S8 = replace(INT8, weight_type="QInt8")
"""The int8 build for CPUs whose u8*s8 dot product does not saturate (``NON_SATURATING``): INT8's
weight grid (asymmetric, one scale and zero point per column) shifted by 128 and stored as int8.
Every integer product ``q_x * (q_w - z_w)`` is the one INT8 computes, so the vectors are
byte-identical (measured: 600 of 600 Text+Berg sentences), but onnxruntime then takes its u8*s8
kernels (VNNI, AMX) instead of u8*u8: 274 against 146 sentences a second on a 2-core Xeon with
AMX. Without VNNI that kernel's 16-bit pair sums saturate (s8 weights there: mean cosine 0.986),
hence INT8's uint8 on those CPUs."""

NON_SATURATING = frozenset({"avx512_vnni", "avx_vnni", "amx_int8"})
"""CPU flags with which onnxruntime's u8*s8 kernels accumulate in 32 bits (no saturation)."""


def u8s8_exact() -> bool:
    """Whether onnxruntime's u8*s8 product is exact on this CPU, checked on codes (u8 200..255
    against s8 of magnitude 100..128) whose pair sums overflow 16 bits, so that a saturating
    kernel shows. INT8_S8's vectors equal INT8's only where it is; the flags in
    ``NON_SATURATING`` say so in advance, this checks it before a build."""
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    rows, depth, cols = 4, 256, 16  # |sum| <= 255 * 128 * 256 < 2**24: exact in float32
    a = rng.integers(200, 256, size=(rows, depth)).astype(np.uint8)
    b = (rng.integers(100, 129, size=(depth, cols)) * rng.choice([-1, 1], size=(depth, cols))).clip(-128, 127)
    consts = [
        ("w", b.astype(np.int8)),
        ("scale", np.float32(1)),
        ("a_zero", np.uint8(0)),
        ("w_zero", np.int8(0)),
    ]
    graph = helper.make_graph(
        [
            helper.make_node(
                "MatMulIntegerToFloat",
                ["a", "w", "scale", "scale", "a_zero", "w_zero"],
                ["y"],
                domain="com.microsoft",
            )
        ],
        "u8s8-probe",
        [helper.make_tensor_value_info("a", TensorProto.UINT8, [rows, depth])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [rows, cols])],
        [numpy_helper.from_array(np.asarray(value), name) for name, value in consts],
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid("com.microsoft", 1)]
    )
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.log_severity_level = 3
    session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    (product,) = session.run(None, {"a": a})
    return bool(np.array_equal(product, (a.astype(np.int64) @ b).astype(np.float32)))


def int8_for_cpu(flags: frozenset[str] | None = None) -> QuantSettings:
    """The int8 build for this CPU (or for ``flags``): INT8_S8 where u8*s8 cannot saturate, else
    INT8. Both give the same vectors; only the speed differs."""
    return INT8_S8 if (cpu_flags() if flags is None else flags) & NON_SATURATING else INT8


def onnxruntime_available() -> bool:
    """Whether ``onnx`` and ``onnxruntime`` can be imported (checked without importing them)."""
    try:
        return all(importlib.util.find_spec(name) is not None for name in ("onnx", "onnxruntime"))
    except (ImportError, ValueError):
        return False


def _require_onnxruntime() -> None:
    if not onnxruntime_available():
        raise AlignError(
            f"the ONNX embed backend needs onnx and onnxruntime, which are not installed: {_INSTALL}"
        )


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _check_layout(model_dir: Path) -> None:
    """Refuse a model this path cannot reproduce: it must be Transformer + mean Pooling + Normalize."""
    modules = _read_json(model_dir / "modules.json") or []
    kinds = [str(m.get("type", "")).rsplit(".", 1)[-1] for m in modules if isinstance(m, dict)]
    pooling = _read_json(model_dir / "1_Pooling" / "config.json") or {}
    mean = pooling.get("pooling_mode_mean_tokens") or pooling.get("pooling_mode") == "mean"
    if kinds != ["Transformer", "Pooling", "Normalize"] or not mean or pooling.get("include_prompt") is False:
        raise AlignError(
            f"{model_dir}: the ONNX backend handles only Transformer + mean Pooling + Normalize "
            "sentence-transformers models; use backend='torch' for this one"
        )
    if not (model_dir / "tokenizer.json").is_file():
        raise AlignError(f"{model_dir}: no tokenizer.json; use backend='torch' for this model")


def _fingerprint(model_dir: Path, quant: QuantSettings | None) -> str:
    """Hash of what the build depends on: the model (``models.model_digest``), build settings."""
    from align.models import model_digest

    settings = json.dumps(asdict(quant) if quant else None, sort_keys=True)
    return hashlib.sha256(f"v{BUILD_VERSION}|{settings}|{model_digest(model_dir)}".encode()).hexdigest()[:12]


def quant_for(backend: str) -> QuantSettings | None:
    """The quantization of an ONNX embed backend: this CPU's int8 build for ``onnx``, None (fp32)
    otherwise."""
    return int8_for_cpu() if backend == "onnx" else None


def _build_prefix(model_dir: Path, quant: QuantSettings | None) -> str:
    """The build directory's name before its fingerprint; a build replaces older ones of the same
    prefix only, so each kind (fp32, uint8 and int8 weights) has its own."""
    kind = "fp32" if quant is None else "int8s" if quant.signed else "int8"
    return f"{model_dir.name}.onnx-{kind}-"


def onnx_dir(model_dir: Path, quant: QuantSettings | None) -> Path:
    """Where the ONNX build of ``model_dir`` lives: a sibling directory named by its fingerprint."""
    model_dir = Path(model_dir)
    return model_dir.parent / (_build_prefix(model_dir, quant) + _fingerprint(model_dir, quant))


def _pooled(transformer: Any) -> Any:
    """Transformer + attention-masked mean pooling + L2 normalisation, as one exportable module."""
    import torch

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.transformer(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2.0, dim=1)

    return Pooled()


def _export_fp32(model_dir: Path, out: Path) -> None:
    """Export the transformer with pooling to ONNX (dynamic batch and sequence axes)."""
    from align.models import set_offline

    set_offline()
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    bar_was_on = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        transformer = AutoModel.from_pretrained(
            str(model_dir), dtype=torch.float32, attn_implementation="eager", local_files_only=True
        )
    except Exception as exc:
        detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise AlignError(f"cannot load {model_dir} for ONNX export ({detail})") from None
    finally:
        if bar_was_on:
            hf_logging.enable_progress_bar()
    module = _pooled(transformer).eval()
    ids = torch.tensor([[0, 10, 11, 12, 2], [0, 13, 2, 1, 1]], dtype=torch.int64)
    mask = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]], dtype=torch.int64)
    axes = {
        "input_ids": {0: "batch", 1: "seq"},
        "attention_mask": {0: "batch", 1: "seq"},
        "embedding": {0: "batch"},
    }
    try:
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                module,
                (ids, mask),
                str(out),
                dynamo=False,
                input_names=["input_ids", "attention_mask"],
                output_names=["embedding"],
                dynamic_axes=axes,
                opset_version=OPSET,
                do_constant_folding=True,
            )
    except Exception as exc:
        detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise AlignError(f"cannot export {model_dir} to ONNX ({detail}); use backend='torch'") from None
    finally:
        del module, transformer
        gc.collect()  # the traced model sits in a reference cycle: 450 MB held through quantization


def _per_token(model: Any, symmetric: Sequence[str], asymmetric: Sequence[str], signed: bool = False) -> None:
    """Rewrite the named weight MatMuls of ``model`` as int8 with one activation scale per token.

    ``quantize_dynamic`` scales a whole activation tensor by its range, so one outlier token
    coarsens every other token's grid. Here each row gets its own scale, computed in the graph:
    symmetric (``s = max|x| / 127``, zero point 128) for centred inputs, asymmetric
    (``x ≈ s·q + min``, corrected by ``min · colsum(W)`` on the output) for the GELU outputs.
    Weights have one scale and zero point per output column, stored as uint8, or (``signed``) as
    int8 on the same grid shifted by 128; the product runs in onnxruntime's
    ``MatMulIntegerToFloat`` (weights prepacked).
    """
    import onnx
    from onnx import helper, numpy_helper

    graph = model.graph
    weights = {init.name: init for init in graph.initializer}
    chosen = {
        n.name: any(re.search(p, n.name) for p in symmetric)
        for n in graph.node
        if n.op_type == "MatMul"
        and n.input[1] in weights
        and any(re.search(p, n.name) for p in (*symmetric, *asymmetric))
    }
    if not chosen:
        raise AlignError("per-token quantization matched no weight MatMul in the exported graph")
    model.opset_import.append(helper.make_opsetid("com.microsoft", 1))

    def const(name: str, value: Any) -> str:
        graph.initializer.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    one, eps = const("pt/one", np.float32(1.0)), const("pt/eps", np.float32(1e-10))
    inv127, inv255 = const("pt/inv127", np.float32(1 / 127)), const("pt/inv255", np.float32(1 / 255))
    zp128, zp0 = const("pt/zp128", np.uint8(128)), const("pt/zp0", np.uint8(0))
    nodes: list[Any] = []

    def emit(kind: str, inputs: list[str], out: str, **attrs: Any) -> str:
        domain = "com.microsoft" if kind == "MatMulIntegerToFloat" else None
        nodes.append(helper.make_node(kind, inputs, [out], out, domain=domain, **attrs))
        return out

    for node in graph.node:
        if node.name not in chosen:
            nodes.append(node)
            continue
        p, x, y = node.name + "/pt", node.input[0], node.output[0]
        w = numpy_helper.to_array(weights[node.input[1]])
        low, high = np.minimum(w.min(0), 0), np.maximum(w.max(0), 0)
        w_scale = np.maximum((high - low) / 255, 1e-12).astype(np.float32)
        zero = np.round(-low / w_scale).clip(0, 255)
        codes = np.round(w / w_scale + zero).clip(0, 255)
        stored, shift = (np.int8, 128) if signed else (np.uint8, 0)
        w_zero, w_q = (zero - shift).astype(stored), (codes - shift).astype(stored)
        wq, ws, wz = const(p + "/wq", w_q), const(p + "/ws", w_scale), const(p + "/wz", w_zero)
        if chosen[node.name]:
            top = emit("ReduceMax", [emit("Abs", [x], p + "/abs")], p + "/top", axes=[-1], keepdims=1)
            scale = emit("Max", [emit("Mul", [top, inv127], p + "/scale0"), eps], p + "/scale")
            q = emit("QuantizeLinear", [emit("Div", [x, scale], p + "/div"), one, zp128], p + "/q")
            prod = emit("MatMulIntegerToFloat", [q, wq, one, ws, zp128, wz], p + "/prod")
            emit("Mul", [prod, scale], y)
        else:
            w_dq = (w_q.astype(np.float32) - w_zero) * w_scale
            colsum = const(p + "/colsum", w_dq.sum(0).astype(np.float32))
            low_x = emit("ReduceMin", [x], p + "/low", axes=[-1], keepdims=1)
            high_x = emit("ReduceMax", [x], p + "/high", axes=[-1], keepdims=1)
            spread = emit("Sub", [high_x, low_x], p + "/spread")
            scale = emit("Max", [emit("Mul", [spread, inv255], p + "/scale0"), eps], p + "/scale")
            shifted = emit("Div", [emit("Sub", [x, low_x], p + "/shift"), scale], p + "/div")
            q = emit("QuantizeLinear", [shifted, one, zp0], p + "/q")
            prod = emit("MatMulIntegerToFloat", [q, wq, one, ws, zp0, wz], p + "/prod")
            offset = emit("Mul", [low_x, colsum], p + "/offset")
            emit("Add", [emit("Mul", [prod, scale], p + "/scaled"), offset], y)
        graph.initializer.remove(weights[node.input[1]])
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.checker.check_model(model)


def _quantize(src: Path, dst: Path, quant: QuantSettings) -> None:
    """int8 build of ``src``: per-token layers first (``_per_token``), then ``quantize_dynamic`` on
    the other weights of ``quant.op_types`` (activations dynamic uint8, one scale per tensor)."""
    import logging

    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = src
    if quant.per_token_symmetric or quant.per_token_asymmetric:
        graph = onnx.load(str(src))
        _per_token(graph, quant.per_token_symmetric, quant.per_token_asymmetric, quant.signed)
        model = dst.with_name(f"per_token-{dst.name}")
        onnx.save(graph, str(model))
        del graph  # given a path, not the graph, quantize_dynamic holds one copy of it, not three
    logger = logging.getLogger()
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        quantize_dynamic(
            model,
            dst,
            op_types_to_quantize=list(quant.op_types),
            per_channel=quant.per_channel,
            reduce_range=quant.reduce_range,
            weight_type=getattr(QuantType, quant.weight_type),
            # asymmetric int8 weights too: the uint8 grid shifted by 128 (see INT8_S8)
            extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT, "WeightSymmetric": False},
        )
    finally:
        logger.setLevel(level)
        if model != src:
            model.unlink(missing_ok=True)


def onnx_model_built(model_dir: Path, quant: QuantSettings | None) -> bool:
    """Whether the ONNX model of ``model_dir`` (``build_onnx_model``) is in the cache, complete."""
    final = onnx_dir(Path(model_dir), quant)
    return (final / MODEL_FILE).is_file() and (final / STAMP_FILE).is_file()


def build_onnx_model(model_dir: Path, quant: QuantSettings | None, force: bool = False) -> Path:
    """Build (once) the ONNX model of ``model_dir`` and return the path of its ``model.onnx``.

    The build goes to a temporary directory beside the final one and is renamed into place, so a
    half-built model never appears; older builds of the same model are removed afterwards. Needs
    torch and transformers at build time only. AlignError if onnx/onnxruntime are missing or the
    model is not a mean-pooled sentence-transformers model.
    """
    _require_onnxruntime()
    model_dir = Path(model_dir)
    _check_layout(model_dir)
    final = onnx_dir(model_dir, quant)
    if not force and onnx_model_built(model_dir, quant):
        return final / MODEL_FILE
    if quant is not None and quant.signed and not u8s8_exact():
        raise AlignError(
            "onnxruntime's u8*s8 product is not exact on this CPU (its kernel saturates): cannot "
            "build the int8-weight model (use backend='torch' or 'onnx-fp32')"
        )
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.tmp-", dir=final.parent))
    except OSError as exc:
        raise AlignError(
            f"cannot write the ONNX model beside {model_dir} ({exc.strerror}): set ALIGN_CACHE_DIR "
            "to a writable directory"
        ) from None
    try:
        exported = tmp / "fp32.onnx"
        _export_fp32(model_dir, exported)
        if quant is None:
            exported.rename(tmp / MODEL_FILE)
        else:
            _quantize(exported, tmp / MODEL_FILE, quant)
            exported.unlink()
        stamp = {"build_version": BUILD_VERSION, "model_dir": str(model_dir), "opset": OPSET}
        stamp["quantization"] = asdict(quant) if quant else None
        (tmp / STAMP_FILE).write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
        if force and final.exists():
            shutil.rmtree(final, ignore_errors=True)
        try:
            tmp.rename(final)
        except OSError:
            if not (final / MODEL_FILE).is_file():
                raise
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    for old in final.parent.glob(_build_prefix(model_dir, quant) + "*"):
        if old != final and old.is_dir() and not old.name.startswith("."):
            shutil.rmtree(old, ignore_errors=True)
    return final / MODEL_FILE


def _default_prompt(model_dir: Path) -> str:
    """The prompt sentence-transformers prepends by default (``default_prompt_name``), or ''."""
    config = _read_json(model_dir / "config_sentence_transformers.json") or {}
    name = config.get("default_prompt_name")
    return str((config.get("prompts") or {}).get(name) or "") if name else ""


def _max_length(model_dir: Path) -> int:
    """sentence-transformers' truncation length: max_seq_length, capped by the position table."""
    st = _read_json(model_dir / "sentence_bert_config.json") or {}
    config = _read_json(model_dir / "config.json") or {}
    limits = [int(v) for v in (st.get("max_seq_length"), config.get("max_position_embeddings")) if v]
    return min(limits) if limits else 512


class OnnxEncoder:
    """Embeds texts with the ONNX build of a model: unit-normalised float32, as sentence-transformers.

    Each text runs alone (batch of one) in a single-threaded session call, ``workers`` calls at a
    time. Dynamic int8 quantization scales activations by the range of the whole input tensor, so
    in a batch a sentence's vector would depend on its neighbours (cosine 0.996 between
    batchings) and a cached run would differ from an uncached one. One sentence per call makes the
    vector a function of the sentence alone, needs no padding, and with one call per core is as
    fast as batching on CPU.
    """

    def __init__(self, model_dir: Path, quant: QuantSettings | None, workers: int | None = None) -> None:
        _require_onnxruntime()
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.model_dir = Path(model_dir)
        self.onnx_path = build_onnx_model(self.model_dir, quant)
        self.prompt = _default_prompt(self.model_dir)
        self.max_length = _max_length(self.model_dir)
        self.tokenizer = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=self.max_length)
        self.workers = max(1, workers or os.cpu_count() or 1)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        try:
            self.session = ort.InferenceSession(
                str(self.onnx_path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:
            detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise AlignError(
                f"cannot load the ONNX model {self.onnx_path} ({detail}): delete that directory to rebuild it"
            ) from None
        self.dim = int(self.session.get_outputs()[0].shape[-1] or 0)

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids of ``prompt + text`` for each text, truncated to the model's maximum length."""
        return [enc.ids for enc in self.tokenizer.encode_batch([self.prompt + t for t in texts])]

    def _run(self, ids: list[int]) -> np.ndarray:
        input_ids = np.asarray([ids], dtype=np.int64)
        mask = np.ones_like(input_ids)
        (out,) = self.session.run(None, {"input_ids": input_ids, "attention_mask": mask})
        return np.asarray(out[0], dtype=np.float32)

    def encode(self, texts: Sequence[str], progress: Callable[[int], object] | None = None) -> np.ndarray:
        """Unit vectors (n, d) for ``texts``; ``progress(k)`` is called as every k texts are done."""
        texts = list(texts)
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        with ThreadPoolExecutor(self.workers) as pool:
            for row, vec in enumerate(pool.map(self._run, self.tokenize(texts))):
                out[row] = vec
                if progress is not None:
                    progress(1)
        return out
