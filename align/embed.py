"""Embed stage: sentence vectors from a sentence-transformers model, cached on disk.

Vectors are unit-normalised float32. Three backends compute them: ``torch`` (sentence-transformers,
fp32); ``onnx`` (the model exported to ONNX and quantized to int8, run by onnxruntime one
sentence per call; see ``align.onnx_embed``), 1.5x to 3x faster than sentence-transformers on a
2-core CPU (2.3x on one with AMX, where its weights are stored as int8) with mean cosine 0.9993 to
the fp32 vectors; and ``bf16`` (sentence-transformers under bfloat16 autocast in shapes fixed
per text; see ``align.bf16_embed``), about 2x faster on a CPU with AMX, mean cosine 0.99999,
chosen by name only. ``auto`` (the default) takes ``onnx``
for the default model when onnxruntime is installed, ``torch`` for any other model.
The cache is one SQLite file per model build and backend, keyed by the SHA-256 of the stripped
text, so a re-run (or another document sharing sentences) embeds only what it has not seen.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path

import numpy as np

from align import models
from align.errors import AlignError

CHUNK = 256
BACKENDS = ("auto", "torch", "bf16", "onnx", "onnx-fp32")


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _model_tag(model_path: str, backend: str) -> str:
    """Cache tag: the model directory and what fixes its vectors (``models.model_digest``), the
    backend, and for ONNX the build and encoder versions, since int8 vectors differ from fp32.
    Both int8 builds (uint8 or int8 weights, by CPU) give the same vectors: they share a tag."""
    tag = f"{model_path}|{backend}|{models.model_digest(model_path)}"
    if backend == "bf16":
        from align.bf16_embed import ENCODER_VERSION as BF16_VERSION

        tag += f"|{BF16_VERSION}"
    elif backend != "torch":
        from align.onnx_embed import ENCODER_VERSION, onnx_dir, quant_for

        quant = quant_for(backend)
        build = onnx_dir(Path(model_path), quant.as_unsigned() if quant else None).name
        tag += f"|{build}|{ENCODER_VERSION}"
    return hashlib.sha256(tag.encode()).hexdigest()[:16]


class Embedder:
    """Encodes sentences with one model and backend; loads the model only when the cache misses.

    ``backend``: ``auto`` (ONNX int8 for the default model when onnxruntime is importable,
    sentence-transformers otherwise), ``torch``, ``bf16`` (any model), ``onnx`` (int8) or
    ``onnx-fp32``. The ONNX build is made once, on first use, into the model cache (about a
    minute).
    """

    def __init__(
        self,
        model: str | None = None,
        cache: bool = True,
        progress: bool = True,
        batch_size: int = 32,
        cache_root: Path | str | None = None,
        backend: str = "auto",
    ) -> None:
        if backend not in BACKENDS:
            raise AlignError(f"unknown embed backend {backend!r}: use one of {', '.join(BACKENDS)}")
        self.model_path = models.resolve_model(model)
        self.batch_size = batch_size
        self.progress = progress
        self._model = None
        self.encoded = 0
        self.backend = self._pick_backend(backend, model in (None, models.DEFAULT_MODEL))
        self._db: Path | None = None
        if cache:
            root = Path(cache_root or models.cache_dir()) / "embeddings"
            tag = _model_tag(self.model_path, self.backend)
            self._db = root / f"{Path(self.model_path).name[:40]}-{self.backend}-{tag}.sqlite"

    def _pick_backend(self, backend: str, is_default: bool) -> str:
        """Resolve ``auto``; make sure an ONNX backend's build exists (building it once if not)."""
        from align import onnx_embed

        if backend == "bf16":
            from align.bf16_embed import amx_available

            if self.progress and not amx_available():
                print(
                    "warning: this CPU reports no AMX tiles for bfloat16, so --backend bf16 has no "
                    "hardware to gain from here and may run slower than --backend torch",
                    file=sys.stderr,
                )
            return "bf16"
        if backend == "torch" or (
            backend == "auto" and not (is_default and onnx_embed.onnxruntime_available())
        ):
            return "torch"
        chosen = "onnx" if backend == "auto" else backend
        quant = onnx_embed.quant_for(chosen)
        model_dir = Path(self.model_path)
        if self.progress and not (onnx_embed.onnx_dir(model_dir, quant) / onnx_embed.MODEL_FILE).is_file():
            print(
                f"building the {chosen} embed model of {model_dir.name} (once, about a minute)",
                file=sys.stderr,
            )
        try:
            onnx_embed.build_onnx_model(model_dir, quant)
        except AlignError as exc:
            if backend != "auto":
                raise
            print(
                f"warning: int8 ONNX model unavailable ({exc}); using sentence-transformers", file=sys.stderr
            )
            return "torch"
        return chosen

    @property
    def model(self):
        """The loaded encoder: a SentenceTransformer, or an ``OnnxEncoder`` (loaded on first use)."""
        if self._model is None:
            if self.backend == "torch":
                self._model = models.load_model(self.model_path)
            elif self.backend == "bf16":
                from align.bf16_embed import Bf16Encoder

                self._model = Bf16Encoder(models.load_model(self.model_path))
            else:
                from align.onnx_embed import OnnxEncoder, quant_for

                self._model = OnnxEncoder(Path(self.model_path), quant_for(self.backend))
        return self._model

    def _lookup(self, keys: list[str]) -> dict[str, np.ndarray]:
        if self._db is None or not self._db.exists():
            return {}
        found: dict[str, np.ndarray] = {}
        with closing(sqlite3.connect(self._db)) as con:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for key, blob in con.execute(f"SELECT k, v FROM vec WHERE k IN ({marks})", chunk):
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def _store(self, items: dict[str, np.ndarray]) -> None:
        if self._db is None or not items:
            return
        try:
            self._db.parent.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(self._db)) as con, con:
                con.execute("CREATE TABLE IF NOT EXISTS vec (k TEXT PRIMARY KEY, v BLOB)")
                con.executemany(
                    "INSERT OR REPLACE INTO vec VALUES (?, ?)",
                    [(k, v.astype(np.float32).tobytes()) for k, v in items.items()],
                )
        except (OSError, sqlite3.Error) as exc:
            print(f"warning: embedding cache not written ({exc})", file=sys.stderr)

    def _encode_uncached(self, texts: list[str]) -> np.ndarray:
        """Encode ``texts``; the bar (long inputs only) counts sentences per second."""
        from tqdm import tqdm

        bar = tqdm(
            total=len(texts),
            unit="sent",
            desc="embedding",
            disable=not self.progress or len(texts) < 2 * CHUNK,
            file=sys.stderr,
        )
        try:
            if self.backend == "torch":
                out = self._encode_torch(texts, bar.update)
            else:
                out = self.model.encode(texts, progress=bar.update)
        finally:
            bar.close()
        self.encoded += len(texts)
        return out

    def _encode_torch(self, texts: list[str], progress: Callable[[int], object]) -> np.ndarray:
        """sentence-transformers in chunks of similar length (less padding)."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), 0), dtype=np.float32)
        for start in range(0, len(texts), CHUNK):
            rows = order[start : start + CHUNK]
            vecs = self.model.encode(
                [texts[i] for i in rows],
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
            if start == 0:
                out = np.empty((len(texts), vecs.shape[1]), dtype=np.float32)
            out[rows] = vecs
            progress(len(rows))
        return out

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors (n, d) for ``texts`` (stripped first), from the cache where possible;
        AlignError for one string (read as a list of its characters before)."""
        if isinstance(texts, str):
            raise AlignError("Embedder.encode takes a list of texts, not one string")
        clean = [t.strip() for t in texts]
        if not clean:
            return np.zeros((0, 0), dtype=np.float32)
        keys = [_key(t) for t in clean]
        found = self._lookup(sorted(set(keys)))
        missing = sorted({k: t for k, t in zip(keys, clean) if k not in found}.items())
        if missing:
            vecs = self._encode_uncached([t for _, t in missing])
            new = {k: v for (k, _), v in zip(missing, vecs)}
            self._store(new)
            found.update(new)
        return np.vstack([found[k] for k in keys]).astype(np.float32)
