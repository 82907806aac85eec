"""Fast embed path for CPUs with AMX (``--backend bf16``): sentence-transformers under bfloat16 autocast.

On a CPU whose cores carry AMX tiles for bfloat16 (Intel Xeon since Sapphire Rapids), the
transformer's matrix products run about 2x faster in bfloat16 than in float32, while layer
norms, softmax and pooling stay in float32 under autocast (mean cosine to the fp32 vectors about
0.99999). Other CPUs lack that hardware (without AVX512-BF16 torch emulates the products), so the
embedder warns where ``amx_available`` says the CPU has none. It is not ``auto``'s choice: its
vectors differ slightly from the int8 path's, enough to change a few links of the sample, so the
default path stays one on every CPU; and loading sentence-transformers costs about 4 s, which only
long inputs repay.

Batched products are not batch-independent: the kernels chosen, and how they split the work
between threads, depend on the shape of the batch, so a sentence's vector would depend on its
neighbours and a cached run would differ from an uncached one. ``Bf16Encoder`` therefore gives
every text a shape that is a function of the text alone: its token count rounded up to a multiple
of ``LENGTH_STEP``, in a batch of a fixed number of rows for that width (``BATCH_TOKENS`` tokens;
rows left free repeat a real one and are dropped). Those free rows are the price: a call holding
few texts of each width computes mostly copies, so the gain shows on long inputs, not on short
documents encoded a few dozen texts at a time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from align.cpu import CPUINFO, cpu_flags

LENGTH_STEP = 16
BATCH_TOKENS = 1024
ENCODER_VERSION = f"bf16-{LENGTH_STEP}-{BATCH_TOKENS}"
"""Part of the embedding cache key: vectors change when the shapes they are computed in change."""


def amx_available(cpuinfo: Path = CPUINFO) -> bool:
    """True where the CPU reports AMX tiles with bfloat16 in ``cpuinfo``."""
    return {"amx_bf16", "amx_tile"} <= cpu_flags(cpuinfo)


class Bf16Encoder:
    """Embeds texts with a loaded SentenceTransformer in bfloat16: unit-normalised float32 vectors.

    The model's default prompt is prepended and texts are truncated to its maximum length, as
    ``SentenceTransformer.encode`` does.
    """

    def __init__(self, model: Any) -> None:
        self.model = model.eval()
        name = model.default_prompt_name
        self.prompt = str(model.prompts.get(name) or "") if name else ""
        self.pad_id = model.tokenizer.pad_token_id or 0
        self.max_width = int(model.max_seq_length or 512)

    def width(self, n_tokens: int) -> int:
        """The padded width a text of ``n_tokens`` tokens (at most ``max_width``) is computed at."""
        return min(-(-n_tokens // LENGTH_STEP) * LENGTH_STEP, self.max_width)

    def encode(self, texts: Sequence[str], progress: Callable[[int], object] | None = None) -> np.ndarray:
        """Unit vectors (n, d) for ``texts``; ``progress(k)`` is called as every k texts are done."""
        import torch

        dim = int(self.model.get_embedding_dimension() or 0)
        rows, extra = self._tokenize(list(texts))
        out = np.zeros((len(rows), dim), dtype=np.float32)
        by_width: dict[int, list[int]] = defaultdict(list)
        for row, feats in enumerate(rows):
            by_width[self.width(feats["input_ids"].shape[0])].append(row)
        with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16):
            for width, members in sorted(by_width.items()):
                size = max(1, BATCH_TOKENS // width)
                for start in range(0, len(members), size):
                    part = members[start : start + size]
                    batch = self._batch([rows[r] for r in part], width, size) | extra
                    vecs = self.model.forward(batch)["sentence_embedding"][: len(part)].float()
                    out[part] = torch.nn.functional.normalize(vecs, dim=1).numpy()
                    if progress is not None:
                        progress(len(part))
        return out

    def _tokenize(self, texts: list[str]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """Each text's token features, unpadded (the model's 2-D feature rows cut to the text's
        length), and the features that are not per token (``prompt_length``), shared."""
        import torch

        rows: list[dict[str, Any]] = []
        extra: dict[str, Any] = {}
        for start in range(0, len(texts), 1024):
            feats = self.model.preprocess(texts[start : start + 1024], prompt=self.prompt or None)
            per_token = {k: v for k, v in feats.items() if isinstance(v, torch.Tensor) and v.dim() == 2}
            extra = {k: v for k, v in feats.items() if k not in per_token}
            for row, n_tokens in enumerate(feats["attention_mask"].sum(dim=1).tolist()):
                rows.append({k: v[row, :n_tokens] for k, v in per_token.items()})
        return rows, extra

    def _batch(self, rows: list[dict[str, Any]], width: int, size: int) -> dict[str, Any]:
        """Token features of ``rows`` padded to ``width`` columns and ``size`` rows, the rows
        beyond ``rows`` repeating the first."""
        import torch

        batch: dict[str, Any] = {}
        for key, first in rows[0].items():
            fill = self.pad_id if key == "input_ids" else 0
            padded = torch.full((size, width), fill, dtype=first.dtype)
            for k, feats in enumerate(rows):
                padded[k, : feats[key].shape[0]] = feats[key]
            padded[len(rows) :] = padded[0]
            batch[key] = padded
        return batch
