"""Read stage: encodings, line ends and clear errors on real seed text."""

from __future__ import annotations

import pytest
from conftest import MIXED

from align.errors import AlignError
from align.read import read_document

FRENCH = "Quand vous m’avez appelé, nous avons pensé que c’était une idée utile.\nÉtats-Unis\u00a0: réponse."


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8 (BOM)"), ("utf-16", "utf-16 (BOM)")],
)
def test_unicode_encodings(tmp_path, encoding, expected):
    path = tmp_path / "fr.txt"
    path.write_bytes(FRENCH.encode(encoding))
    doc = read_document(path)
    assert doc.text == FRENCH
    assert doc.encoding == expected


def test_legacy_single_byte_encoding_is_detected(tmp_path):
    text = MIXED.read_text(encoding="utf-8").split("Source :")[1]
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode("cp1252"))
    doc = read_document(path)
    assert doc.text == text
    assert doc.encoding in {"cp1252", "latin_1", "iso8859_15", "windows-1252"}


def test_crlf_and_cr_line_ends_become_newlines(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Question: Why?\r\n\r\nAnswer: Because.\rEnd.")
    assert read_document(path).text == "Question: Why?\n\nAnswer: Because.\nEnd."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t\n  ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(256)) * 20, "binary"),
    ],
)
def test_bad_files_raise_one_line_errors(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(AlignError, match=message) as err:
        read_document(path)
    assert "\n" not in str(err.value)


def test_missing_directory_and_too_large(tmp_path):
    with pytest.raises(AlignError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(AlignError, match="is a directory"):
        read_document(tmp_path)
    with pytest.raises(AlignError, match="--max-bytes"):
        read_document(MIXED, max_bytes=1000)
