"""Encoding detection: BOMs, strict UTF-8, Arabic Windows-1256; everything else refused."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from gtgcrm_desktop.interchange import (
    BinaryFileError,
    BomMismatchError,
    EmptyFileError,
    EncodingError,
    Utf16WithoutBomError,
    detect_encoding,
    read_file,
)

TEXT = "First Name,Last Name,E-mail Address,Company,Job Title\r\nأحمد,العلي,a@example.com,النخبة,مدير\r\n"


@pytest.mark.parametrize(
    ("bom", "codec", "label"),
    [
        (b"", "utf-8", "UTF-8"),
        (codecs.BOM_UTF8, "utf-8", "UTF-8 with BOM"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
        (b"", "cp1256", "Windows-1256 (Arabic)"),
    ],
)
def test_supported_encodings_read_the_same_text(tmp_path: Path, bom: bytes, codec: str, label: str):
    path = tmp_path / "contacts.csv"
    path.write_bytes(bom + TEXT.encode(codec))
    assert detect_encoding(path).label == label
    rows = list(read_file(path))
    assert [r.contact.given_name for r in rows if r.contact] == ["أحمد"]
    assert rows[0].contact.organization == "النخبة"


def test_windows_1252_french_is_refused_not_mojibaked(data: Path):
    with pytest.raises(EncodingError) as caught:
        detect_encoding(data / "latin1_refused.csv")
    message = caught.value.localized("en")
    assert "latin1_refused.csv" in message and "UTF-8" in message and "offset" in message


@pytest.mark.parametrize(
    ("codec", "label"), [("utf-16-le", "UTF-16 LE"), ("utf-16-be", "UTF-16 BE")]
)
def test_utf16_without_bom_is_read_when_unmistakable(tmp_path: Path, codec: str, label: str):
    path = tmp_path / "x.csv"
    path.write_bytes(TEXT.encode(codec))
    assert detect_encoding(path).label == label
    assert [r.contact.given_name for r in read_file(path) if r.contact] == ["أحمد"]


def test_zero_bytes_that_are_not_utf16_text_are_still_refused(tmp_path: Path):
    path = tmp_path / "x.csv"
    path.write_bytes(TEXT.encode("utf-16-le")[:-2] + b"\x01\x00" * 40)
    with pytest.raises(Utf16WithoutBomError):
        detect_encoding(path)


def test_bom_that_lies_is_refused(tmp_path: Path):
    path = tmp_path / "x.csv"
    path.write_bytes(codecs.BOM_UTF8 + "أحمد".encode("cp1256"))
    with pytest.raises(BomMismatchError) as caught:
        detect_encoding(path)
    assert "UTF-8" in caught.value.localized("en")


def test_binary_and_empty_files_are_refused(tmp_path: Path):
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(BinaryFileError):
        detect_encoding(binary)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFileError):
        detect_encoding(empty)


def test_invalid_utf8_in_an_arabic_file_is_not_guessed_as_1256_when_it_is_mostly_latin(
    tmp_path: Path,
):
    path = tmp_path / "x.csv"
    path.write_bytes("Name\r\nCafé Crème Brûlée\r\n".encode("cp1252"))
    with pytest.raises(EncodingError):
        detect_encoding(path)


def test_detection_scans_past_the_first_chunk(tmp_path: Path):
    """A bad byte after the first megabyte is still found before anything is imported."""
    path = tmp_path / "big.csv"
    body = (
        "First Name,Last Name,E-mail Address,Company,Job Title\r\n" + "Ali,Omar,,X,Y\r\n" * 120_000
    )
    path.write_bytes(body.encode() + "é".encode("cp1252") + b"\r\n")
    with pytest.raises(EncodingError) as caught:
        detect_encoding(path)
    assert caught.value.params["offset"] == len(body.encode())
