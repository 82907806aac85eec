"""Embed stage: sentence vectors from a sentence-transformers model, cached on disk.

Vectors are unit-normalised float32. The cache is one SQLite file per model, keyed by the
SHA-256 of the stripped text, so a re-run (or another document sharing sentences) embeds
only what it has not seen.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

import numpy as np

from align import models

CHUNK = 256


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Embedder:
    """Encodes sentences with one model; loads the model only when the cache misses."""

    def __init__(
        self,
        model: str | None = None,
        cache: bool = True,
        progress: bool = True,
        batch_size: int = 32,
        cache_root: Path | None = None,
    ) -> None:
        self.model_path = models.resolve_model(model)
        self.batch_size = batch_size
        self.progress = progress
        self._model = None
        self.encoded = 0
        self._db: Path | None = None
        if cache:
            root = (cache_root or models.cache_dir()) / "embeddings"
            tag = hashlib.sha256(self.model_path.encode("utf-8")).hexdigest()[:16]
            self._db = root / f"{Path(self.model_path).name[:40]}-{tag}.sqlite"

    @property
    def model(self):
        """The loaded SentenceTransformer (loaded on first use)."""
        if self._model is None:
            self._model = models.load_model(self.model_path)
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
        from tqdm import tqdm

        out = []
        bar = tqdm(
            total=len(texts),
            unit="sent",
            desc="embedding",
            disable=not self.progress or len(texts) < 2 * CHUNK,
            file=sys.stderr,
        )
        for start in range(0, len(texts), CHUNK):
            chunk = texts[start : start + CHUNK]
            vecs = self.model.encode(
                chunk,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
            out.append(np.asarray(vecs, dtype=np.float32))
            bar.update(len(chunk))
        bar.close()
        self.encoded += len(texts)
        return np.vstack(out)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors (n, d) for ``texts`` (stripped first), from the cache where possible."""
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
