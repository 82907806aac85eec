"""Detect stage: the language of every paragraph and sentence (langdetect, seeded).

langdetect is stochastic; its factory seed is fixed before each use so runs are deterministic.
Sentences too short to judge inherit their paragraph's language, and paragraphs too short to
judge inherit their neighbours'.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from align.errors import AlignError
from align.types import Segment

MIN_CHARS = 25
_LETTERS_NEEDED = 12


@dataclass(frozen=True)
class Detection:
    """Language guess for one text: ISO 639-1 code (``und`` if unknown) and its probability."""

    lang: str
    confidence: float


def supported_languages() -> set[str]:
    """Language codes langdetect knows (profiles shipped with the package), without a region:
    ``zh-cn`` and ``zh-tw`` are both ``zh``, as ``detect_text`` reports them."""
    from langdetect import detector_factory

    detector_factory.init_factory()
    return {_base(code) for code in detector_factory._factory.get_lang_list()}


def _base(code: str) -> str:
    """A language code without its region (``zh-cn``, ``pt_BR`` -> ``zh``, ``pt``)."""
    return code.replace("_", "-").split("-")[0]


def _probabilities(text: str) -> dict[str, float]:
    from langdetect import DetectorFactory, detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    detector_factory.init_factory()
    detector = detector_factory._factory.create()
    detector.append(text)
    try:
        return {_base(p.lang): p.prob for p in detector.get_probabilities()}
    except LangDetectException:
        return {}


def detect_text(text: str, allowed: Sequence[str] | None = None) -> Detection:
    """Most probable language of ``text``, restricted to ``allowed`` when given."""
    letters = sum(ch.isalpha() for ch in text)
    if letters < _LETTERS_NEEDED:
        return Detection("und", 0.0)
    probs = _probabilities(text)
    if allowed:
        probs = {lang: p for lang, p in probs.items() if lang in allowed}
    if not probs:
        return Detection("und", 0.0)
    lang, prob = max(sorted(probs.items()), key=lambda kv: kv[1])
    return Detection(lang, round(prob, 4))


def _fill_unknown(detections: list[Detection]) -> list[Detection]:
    """Give undetermined entries the language of the nearest determined neighbour (before wins)."""
    known = [i for i, d in enumerate(detections) if d.lang != "und"]
    if not known:
        return detections
    out = list(detections)
    for i, d in enumerate(detections):
        if d.lang == "und":
            nearest = min(known, key=lambda k: (abs(k - i), k > i))
            out[i] = Detection(detections[nearest].lang, 0.0)
    return out


def detect_paragraphs(texts: Sequence[str], allowed: Sequence[str] | None = None) -> list[Detection]:
    """Language of each paragraph; short or undecidable ones take their neighbours' language."""
    return _fill_unknown([detect_text(t, allowed) for t in texts])


def detect_segments(
    segments: Sequence[Segment],
    paragraph_langs: Sequence[Detection],
    allowed: Sequence[str] | None = None,
) -> list[Detection]:
    """Language of each sentence; sentences under MIN_CHARS inherit their paragraph's language."""
    out = []
    for seg in segments:
        para = paragraph_langs[seg.para]
        if len(seg.text) < MIN_CHARS:
            out.append(Detection(para.lang, para.confidence))
            continue
        det = detect_text(seg.text, allowed)
        out.append(det if det.lang != "und" else Detection(para.lang, para.confidence))
    return _fill_unknown(out)


def parse_langs(value: str | None) -> tuple[str, str] | None:
    """``"en,fr"`` to ``("en", "fr")``, with a clear error for malformed or unknown codes; a
    region is dropped (``en,zh-cn`` -> ``("en", "zh")``), as language detection drops it."""
    if value is None:
        return None
    codes = [_base(c.strip().lower()) for c in value.split(",") if c.strip()]
    if len(codes) != 2 or codes[0] == codes[1]:
        raise AlignError(f"--langs {value!r}: give two different language codes, e.g. --langs en,fr")
    known = supported_languages()
    for code in codes:
        if code not in known:
            raise AlignError(
                f"--langs: unknown language code {code!r}; use ISO 639-1 codes such as en, fr, de, ru"
            )
    return codes[0], codes[1]
