"""A contact photo is stored once (issue 10): bytes in `photos` by hash, referred to by the
contact row, change-log payloads and import before-images; exports, sync and privacy
export still carry the photo; erasure removes it."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

import pytest

from gtgcrm_desktop.interchange import export_contacts, import_file
from gtgcrm_desktop.store.erasure import checkpoint
from tests.sync.carddav.conftest import book, devices, radicale  # noqa: F401 (fixtures)
from tests.sync.conftest import clients, server, settle  # noqa: F401 (fixtures)

PHOTO_SIZE = 900 * 1024


def _photo(seed: int, size: int = PHOTO_SIZE) -> bytes:
    return bytes([seed]) * 16 + os.urandom(size - 16)


def _vcard(path: Path, cards: list[tuple[str, bytes]]) -> Path:
    lines: list[str] = []
    for name, photo in cards:
        data = base64.b64encode(photo).decode()
        folded = "\r\n ".join(data[i : i + 74] for i in range(0, len(data), 74))
        lines += [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"FN:{name}",
            f"N:{name};;;;",
            f"EMAIL:{name.lower()}@example.com",
            f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}",
            "END:VCARD",
        ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode())
    return path


def _db_size(workspace: Any) -> int:
    checkpoint(workspace.db)
    return int((workspace.data_dir / "workspace.db").stat().st_size)


def _by_name(workspace: Any) -> dict[str, Any]:
    return {c.effective_display_name(): c for c in workspace.contacts.iter_all()}


def _photo_of(contact: Any) -> bytes:
    return base64.b64decode(contact.extra["photo"]["data"])


def test_two_contacts_with_one_photo_grow_the_database_by_one_photo(workspace, tmp_path):
    photo = _photo(1)
    before = _db_size(workspace)
    import_file(workspace, _vcard(tmp_path / "two.vcf", [("Amal", photo), ("Badr", photo)]))
    grown = _db_size(workspace) - before
    # Before: base64 in both rows and both change-log entries, 4 x 1.2 MB.
    assert PHOTO_SIZE <= grown < 1.3 * PHOTO_SIZE, grown
    assert workspace.db.scalar("SELECT count(*) FROM photos") == 1
    people = _by_name(workspace)
    assert _photo_of(people["Amal"]) == photo and _photo_of(people["Badr"]) == photo
    assert people["Amal"].extra["photo"]["media_type"] == "image/jpeg"
    # The change log refers to the photo; its readers get the photo back.
    (raw,) = workspace.db.one(
        "SELECT fields FROM change_log WHERE entity_id = ?", (people["Amal"].id,)
    )
    assert len(raw) < 1000 and '"sha256"' in raw
    (entry,) = workspace.changes.entries("contact", people["Amal"].id)
    assert base64.b64decode(entry.fields["extra"]["photo"]["data"]) == photo


def test_editing_another_field_does_not_store_the_photo_again(workspace, tmp_path):
    photo = _photo(2)
    import_file(workspace, _vcard(tmp_path / "one.vcf", [("Amal", photo)]))
    amal = _by_name(workspace)["Amal"]
    before = _db_size(workspace)
    for title in ("a", "b", "c"):
        edited = workspace.contacts.get(amal.id)
        edited.title = title
        edited.extra["note"] = title  # `extra` itself changes too
        workspace.contacts.update(edited)
    assert _db_size(workspace) - before < PHOTO_SIZE / 4
    assert _photo_of(workspace.contacts.get(amal.id)) == photo


def test_an_import_update_and_its_undo_keep_one_photo(workspace, tmp_path):
    from gtgcrm_desktop.interchange import undo_import

    old, new = _photo(3), _photo(4)
    import_file(workspace, _vcard(tmp_path / "a.vcf", [("Amal", old)]))
    before = _db_size(workspace)
    report = import_file(workspace, _vcard(tmp_path / "b.vcf", [("Amal", new)]))
    assert workspace.contacts.count() == 1
    assert _db_size(workspace) - before < 1.3 * PHOTO_SIZE  # the new photo once, no old copy
    undo_import(workspace, report.import_id)
    assert _photo_of(_by_name(workspace)["Amal"]) == old


@pytest.mark.parametrize("fmt", ["vcard3", "vcard4", "json"])
def test_the_photo_round_trips_through_export(workspace, tmp_path, fmt):
    photo = _photo(5)
    import_file(workspace, _vcard(tmp_path / "in.vcf", [("Amal", photo), ("Badr", photo)]))
    out = tmp_path / f"out.{fmt}"
    assert export_contacts(workspace, out, fmt) == 2
    if fmt == "json":
        exported = json.loads(out.read_text(encoding="utf-8"))["contacts"]
        assert [base64.b64decode(c["extra"]["photo"]["data"]) for c in exported] == [photo] * 2
    for contact in list(workspace.contacts.iter_all()):  # emptied, to import it back
        workspace.contacts.delete(contact.id)
    import_file(workspace, out)
    assert [_photo_of(c) for c in workspace.contacts.iter_all()] == [photo] * 2


def test_the_photo_syncs_to_a_second_device(clients, tmp_path):  # noqa: F811
    a, b = clients[:2]
    # The largest photo an import keeps (1 MB decoded) travels as base64 within the contract's
    # 4,000,000 bytes per change.
    photo = _photo(6, 1000 * 1000)
    import_file(a.ws, _vcard(tmp_path / "in.vcf", [("Amal", photo)]))
    settle(a, b)
    (amal,) = b.ws.contacts.iter_all()
    assert _photo_of(amal) == photo
    assert b.ws.db.scalar("SELECT count(*) FROM photos") == 1
    raw = b.ws.db.scalar("SELECT fields FROM change_log WHERE entity_id = ?", (amal.id,))
    assert '"sha256"' in raw and len(raw) < 1000  # pulled changes refer to it too
    # A photo changed on the second device comes back to the first.
    other = _photo(7, 500 * 1024)
    edited = b.ws.contacts.get(amal.id)
    edited.extra["photo"]["data"] = base64.b64encode(other).decode()
    b.ws.contacts.update(edited)
    settle(a, b)
    assert _photo_of(a.ws.contacts.get(amal.id)) == other
    assert a.ws.db.scalar("SELECT count(*) FROM photos") == 2


def test_privacy_export_carries_the_photo(workspace, tmp_path):
    from gtgcrm_desktop.privacy.export import contact_document

    photo = _photo(8)
    import_file(workspace, _vcard(tmp_path / "in.vcf", [("Amal", photo)]))
    amal = _by_name(workspace)["Amal"]
    document, _ = contact_document(workspace, amal.id)
    (record,) = document["contacts"]
    assert base64.b64decode(record["extra"]["photo"]["data"]) == photo
    (change,) = document["change_log"]
    assert photo_in(change)


def photo_in(value: Any) -> bool:
    return "data" in json.dumps(value) and '"sha256"' not in json.dumps(value)


def _everything(workspace: Any) -> str:
    """Every text and blob value of every ordinary table, for a search."""
    found: list[str] = []
    tables = workspace.db.all(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'contact_search%'"
    )
    for (table,) in tables:
        for row in workspace.db.all(f'SELECT * FROM "{table}"'):
            found.extend(v.hex() if isinstance(v, bytes) else str(v) for v in row)
    return "\n".join(found)


def test_erasure_removes_the_photo_and_keeps_another_persons(workspace, tmp_path):
    from gtgcrm_desktop.privacy.erasure import erase_contact

    mine, theirs = _photo(9), _photo(10)
    import_file(workspace, _vcard(tmp_path / "in.vcf", [("Amal", mine), ("Badr", theirs)]))
    people = _by_name(workspace)
    erase_contact(workspace, people["Amal"].id)
    assert workspace.db.scalar("SELECT count(*) FROM photos") == 1
    everything = _everything(workspace)
    assert mine[16:64].hex() not in everything
    assert base64.b64encode(mine[:48]).decode() not in everything
    assert _photo_of(workspace.contacts.get(people["Badr"].id)) == theirs


def test_erasure_keeps_a_photo_another_person_shares(workspace, tmp_path):
    from gtgcrm_desktop.privacy.erasure import erase_contact

    shared = _photo(11)
    import_file(workspace, _vcard(tmp_path / "in.vcf", [("Amal", shared), ("Badr", shared)]))
    people = _by_name(workspace)
    erase_contact(workspace, people["Amal"].id)
    assert _photo_of(workspace.contacts.get(people["Badr"].id)) == shared
    erase_contact(workspace, people["Badr"].id)
    assert workspace.db.scalar("SELECT count(*) FROM photos") == 0
    assert shared[16:64].hex() not in _everything(workspace)


def test_anonymisation_removes_the_photo(workspace, tmp_path):
    from gtgcrm_desktop.privacy.erasure import anonymise_contacts

    photo = _photo(12)
    import_file(workspace, _vcard(tmp_path / "in.vcf", [("Amal", photo)]))
    anonymise_contacts(workspace, [_by_name(workspace)["Amal"].id])
    assert workspace.db.scalar("SELECT count(*) FROM photos") == 0


def test_the_migration_moves_existing_photos_into_the_table(workspace, tmp_path):
    from gtgcrm_desktop.store import migrations

    photo = _photo(13)
    import_file(workspace, _vcard(tmp_path / "in.vcf", [("Amal", photo), ("Badr", photo)]))
    data = base64.b64encode(photo).decode()
    # Put the database back in the shape of version 9: base64 in rows and payloads.
    for table, column in (("contacts", "extra"), ("change_log", "fields")):
        for key, text in workspace.db.all(f"SELECT rowid, {column} FROM {table}"):
            value = json.loads(text)
            holder = value.get("extra", value)
            if isinstance(holder.get("photo"), dict) and "sha256" in holder["photo"]:
                holder["photo"] = {"media_type": "image/jpeg", "data": data}
                workspace.db.execute(
                    f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (json.dumps(value), key)
                )
    workspace.db.execute("DROP TABLE photos")
    workspace.db.execute("PRAGMA user_version = 9")
    assert migrations.migrate(workspace.db) == migrations.latest_version()
    assert workspace.db.scalar("SELECT count(*) FROM photos") == 1
    assert data[:200] not in _everything(workspace)
    assert [_photo_of(c) for c in workspace.contacts.iter_all()] == [photo] * 2


def test_a_carddav_pairing_keeps_the_photo_by_reference(book, devices, tmp_path):  # noqa: F811
    """The merge bases of a CardDAV pairing refer to the photo; the card carries it."""
    first, second = devices(), devices()
    photo = _photo(14, 600 * 1024)
    import_file(first.ws, _vcard(tmp_path / "in.vcf", [("Amal", photo)]))
    first.connect(book)
    first.sync()
    (text,) = book.cards().values()
    assert base64.b64encode(photo[:300]).decode()[:64] in "".join(text.split())
    for base in first.ws.db.all("SELECT remote_base || local_base FROM carddav_items"):
        assert len(base[0]) < 2000
    second.connect(book)
    second.sync()
    (amal,) = second.contacts().values()
    assert _photo_of(amal) == photo


def test_a_merge_and_its_undo_keep_the_photos_by_reference(workspace, tmp_path):
    from gtgcrm_desktop.interchange import merge_contacts, undo_merge

    mine, theirs = _photo(15), _photo(16)
    import_file(workspace, _vcard(tmp_path / "in.vcf", [("Amal", mine), ("Badr", theirs)]))
    people = _by_name(workspace)
    before = _db_size(workspace)
    merge_id = merge_contacts(workspace, people["Amal"].id, [people["Badr"].id])
    assert _db_size(workspace) - before < PHOTO_SIZE / 4  # no photo stored again
    (undo_data,) = workspace.db.one("SELECT kept_before || removed FROM contact_merges")
    assert len(undo_data) < 5000
    undo_merge(workspace, merge_id)
    people = _by_name(workspace)
    assert _photo_of(people["Amal"]) == mine and _photo_of(people["Badr"]) == theirs


def test_a_retention_batch_removes_every_photo_at_once(workspace, tmp_path):
    from gtgcrm_desktop.privacy.erasure import erase_contacts

    cards = [(f"P{i}", _photo(20 + i, 20 * 1024)) for i in range(12)]
    kept = _photo(40, 20 * 1024)
    import_file(workspace, _vcard(tmp_path / "in.vcf", [*cards, ("Kept", kept)]))
    people = _by_name(workspace)
    erase_contacts(workspace, [people[name].id for name, _ in cards])  # more than 8: one pass
    assert workspace.db.scalar("SELECT count(*) FROM photos") == 1
    assert _photo_of(workspace.contacts.get(people["Kept"].id)) == kept
