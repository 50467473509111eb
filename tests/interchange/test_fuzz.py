"""Bad input never crashes: random and mutated CSV/vCard/JSON give clean rows or an InputError,
and a failed import leaves the database as it was."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.core.validation import validate_contact
from gtgcrm_desktop.interchange import IMPORT_FORMATS, ColumnMapping, import_file, read_file

from .conftest import DATA, snapshot

SAMPLES = sorted(p for p in DATA.iterdir() if p.suffix in (".csv", ".vcf"))
FORMATS = [f for f in IMPORT_FORMATS]
MAPPING = ColumnMapping({"الاسم": "given_name", "البريد": "email"}, ";")


def _read_all(raw: bytes, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input"
        path.write_bytes(raw)
        try:
            for row in read_file(path, fmt, MAPPING if fmt == "csv" else None):
                assert (row.contact is None) != (row.error is None)
                assert row.line >= 1
                if row.contact is not None:
                    assert isinstance(row.contact, Contact)
                    with contextlib.suppress(InputError):
                        validate_contact(row.contact)
                else:
                    assert isinstance(row.error, InputError)
                    row.error.localized("ar")
        except InputError as error:
            assert error.localized("en")


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    raw = draw(st.sampled_from(SAMPLES)).read_bytes()
    for _ in range(draw(st.integers(1, 4))):
        if not raw:
            break
        start = draw(st.integers(0, len(raw) - 1))
        end = draw(st.integers(start, min(len(raw), start + 64)))
        action = draw(st.sampled_from(["delete", "insert", "duplicate", "flip", "truncate"]))
        if action == "delete":
            raw = raw[:start] + raw[end:]
        elif action == "insert":
            piece = draw(
                st.one_of(
                    st.binary(max_size=16),
                    st.sampled_from(
                        [
                            b'"',
                            b"\r\n",
                            b";",
                            b"=",
                            b"\\",
                            b":",
                            b"\r\n ",
                            b"=\r\n",
                            b"BEGIN:VCARD\r\n",
                            b"END:VCARD\r\n",
                            "\u0623".encode(),
                            b"\x00",
                            b"\xff\xfe",
                            b" ::: ",
                        ]
                    ),
                )
            )
            raw = raw[:start] + piece + raw[start:]
        elif action == "duplicate":
            raw = raw[:end] + raw[start:end] + raw[end:]
        elif action == "flip":
            raw = raw[:start] + bytes([raw[start] ^ draw(st.integers(1, 255))]) + raw[start + 1 :]
        else:
            raw = raw[:start]
    return raw


vcard_lines = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "BEGIN:VCARD",
                "END:VCARD",
                "VERSION:2.1",
                "VERSION:4.0",
                "FN:أ",
                "N:;;;;",
                "N:a\\;b;c",
                "EMAIL;TYPE=work:a@example.com",
                "TEL;VALUE=uri:tel:+966501234567",
                "BDAY:--0230",
                "BDAY:99999999",
                "PHOTO:data:image/png;base64,@@@",
                "PHOTO;ENCODING=b:!!",
                "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=nope:=41",
                "item1.X-ABLABEL:x",
                "item1.EMAIL:x",
                "ADR:;;;;;;;;;",
                "CATEGORIES:,,\\,",
                " folded",
                'X-Y;P="a:b";Q:v',
                ":",
                ";;:",
            ]
        ),
        st.text(max_size=30),
    ),
    max_size=25,
).map(lambda lines: "\r\n".join(lines).encode("utf-8", "surrogatepass"))

csv_text = st.lists(
    st.lists(st.text(max_size=12), max_size=8).map(lambda cells: ",".join(cells)),
    min_size=0,
    max_size=10,
).map(
    lambda rows: "\n".join(
        ["First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Labels,Birthday", *rows]
    )
)


@settings(max_examples=200, deadline=None)
@given(raw=st.one_of(st.binary(max_size=400), mutated(), vcard_lines), fmt=st.sampled_from(FORMATS))
def test_readers_never_crash(raw: bytes, fmt: str):
    _read_all(raw, fmt)


@settings(max_examples=100, deadline=None)
@given(text=csv_text, fmt=st.sampled_from(["auto", "google-csv", "outlook-csv", "thunderbird-csv"]))
def test_csv_readers_never_crash_on_random_cells(text: str, fmt: str):
    _read_all(text.encode("utf-8", "surrogatepass"), fmt)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(raw=mutated(), fmt=st.sampled_from(FORMATS))
def test_readers_never_crash_long(raw: bytes, fmt: str):
    _read_all(raw, fmt)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=st.one_of(mutated(), vcard_lines))
def test_failed_import_changes_nothing(workspace, tmp_path: Path, raw: bytes):
    path = tmp_path / "input"
    path.write_bytes(raw)
    before = snapshot(workspace)
    try:
        import_file(workspace, path)
    except InputError:
        assert snapshot(workspace) == before
