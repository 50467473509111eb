"""vCard photos from someone else are bounded: over 1 MB decoded, dropped with a warning."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from gtgcrm_desktop.interchange import PHOTO_LIMIT, import_file


def _card(name: str, photo: bytes) -> str:
    data = base64.b64encode(photo).decode("ascii")
    folded = "\r\n ".join(data[i : i + 74] for i in range(0, len(data), 74))
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nN:{name};;;;\r\n"
        f"TEL:+966 50 000 000{len(name)}\r\n"
        f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEND:VCARD\r\n"
    )


def test_a_photo_over_1_mb_is_dropped_and_the_person_kept(workspace, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "photos.vcf"
    big, small = os.urandom(PHOTO_LIMIT + 1), os.urandom(PHOTO_LIMIT)
    path.write_text(_card("Big", big) + _card("Small", small), encoding="utf-8")
    report = import_file(workspace, path)
    assert (report.new, len(report.invalid)) == (2, 0)
    people = {c.display_name or c.family_name: c for c in workspace.contacts.iter_all()}
    assert "photo" not in people["Big"].extra and people["Big"].phones
    assert base64.b64decode(people["Small"].extra["photo"]["data"]) == small
    [warning] = report.to_json()["warnings"]
    assert warning["line"] == 6 and "larger than 1 MB" in warning["reason"]


def test_a_10_mb_photo_costs_neither_memory_nor_the_database(workspace, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "huge.vcf"
    photo = os.urandom(10 << 20)
    data = base64.b64encode(photo).decode("ascii")  # one unfolded line of 13 MB
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Huge\r\n"
        f"PHOTO:data:image/jpeg;base64,{data}\r\nEND:VCARD\r\n" + _card("Two", b"small photo"),
        encoding="utf-8",
    )
    report = import_file(workspace, path)
    assert report.new == 2 and len(report.warnings) == 1
    size = workspace.db.scalar("SELECT sum(length(extra)) FROM contacts")
    logged = workspace.db.scalar("SELECT sum(length(fields)) FROM change_log")
    assert size < 10_000 and logged < 10_000


def test_a_data_uri_photo_that_is_not_base64_is_dropped_with_a_warning(workspace, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "uri.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Plain Uri\r\nPHOTO:data:image/png,notbase64\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    report = import_file(workspace, path)
    [contact] = workspace.contacts.iter_all()
    assert report.new == 1 and "photo" not in contact.extra
    assert [w["line"] for w in report.to_json()["warnings"]] == [4]
