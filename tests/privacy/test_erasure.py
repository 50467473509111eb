"""Erasure removes every value of the person: database, index, change log, WAL; byte-wise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber
from gtgcrm_desktop.privacy.erasure import erase_contact
from gtgcrm_desktop.privacy.ledger import ConsentLedger
from gtgcrm_desktop.privacy.verify import verify_chains
from gtgcrm_desktop.store.erasure import ERASURE_HOOKS, tables_with_contact_id
from tests.privacy.conftest import RICH, needles, rich_contact

PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: 16-byte IV + 64-byte HMAC per page

SECRETS = [v for k, v in RICH.items() if k not in ("birthday",)] + [
    "Oldqzxz",
    "Evdqzxv",
    "Srcqzxw",
    "Prvqzxy",
]


def _erased_values() -> list[str]:
    return [*needles(SECRETS), RICH["birthday"]]


def _assert_absent(data: bytes, where: str) -> None:
    for value in _erased_values():
        for encoding in ("utf-8", "utf-16-le"):
            assert value.encode(encoding) not in data, f"{value!r} ({encoding}) left in {where}"


def _decrypt_pages(path: Path, key: bytes) -> bytes:
    """Every page of the encrypted file, decrypted, free pages included (not a logical copy)."""
    raw = path.read_bytes()
    assert len(raw) % PAGE == 0
    plain = []
    for number in range(len(raw) // PAGE):
        page = raw[number * PAGE : (number + 1) * PAGE]
        body = page[16 if number == 0 else 0 : PAGE - RESERVE]
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain.append(decryptor.update(body) + decryptor.finalize())
    assert plain[0][:2] == PAGE.to_bytes(2, "big"), "page 1 did not decrypt to a SQLite header"
    return b"".join(plain)


def _populate(workspace) -> str:  # type: ignore[no-untyped-def]
    """The rich contact, edited once (old values in the change log and index), with consent
    whose source and evidence name the person, plus neighbours so index pages are shared."""
    workspace.contacts.add_many(
        [
            Contact(given_name=f"Neighbour{i}", emails=[EmailAddress(f"n{i}@x.example")])
            for i in range(300)
        ]
    )
    first = rich_contact()
    first.given_name = "Oldqzxz"
    stored = workspace.contacts.add(first)
    final = rich_contact()
    final.id = stored.id
    workspace.contacts.update(final)
    ConsentLedger(workspace).set_contact(
        stored.id,
        purpose="marketing",
        channel="email",
        status="granted",
        lawful_basis="consent",
        source="Srcqzxw",
        evidence="Evdqzxv signed form",
    )
    workspace.db.execute(
        "CREATE TABLE template_previews (contact_id TEXT, html TEXT)"
    )  # a cache another package might add
    workspace.db.execute(
        "INSERT INTO template_previews VALUES (?, ?)", (stored.id, "<p>Dear Prvqzxy</p>")
    )
    bases = json.dumps(final.field_values(), ensure_ascii=False, default=str)
    workspace.db.execute(  # a CardDAV pairing: both merge bases hold the contact's values
        "INSERT INTO carddav_items (contact_id, href, uid, etag, remote_base, local_base,"
        " synced_at) VALUES (?, ?, ?, '\"e1\"', ?, ?, 'x')",
        (stored.id, f"/ana/book/{stored.id}.vcf", "uid-Dispqzxc", bases, bases),
    )
    workspace.contacts.add_many(
        [
            Contact(
                given_name=f"Later{i}",
                phones=[PhoneNumber(f"+96650000{i:04d}", f"+96650000{i:04d}")],
            )
            for i in range(300)
        ]
    )
    return stored.id


def test_erased_values_are_gone_from_the_decrypted_copy_and_every_page(
    workspace, run_cli, tmp_path
):
    contact_id = _populate(workspace)
    workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _decrypt_pages(workspace.db.path, workspace._data_key)
    assert RICH["street"].encode() in before  # the check below can see values when present

    report = erase_contact(workspace, contact_id)

    assert report.suppressed == 2
    assert {"template_previews", "carddav_items"} <= set(report.swept_tables)
    pairing = workspace.db.one(
        "SELECT href, etag, uid, remote_base, local_base FROM carddav_items WHERE contact_id = ?",
        (contact_id,),
    )  # kept, so the next CardDAV sync deletes the card on the server
    assert pairing == (f"/ana/book/{contact_id}.vcf", '"e1"', "", '{"erased":true}', "{}")
    wal = workspace.db.path.with_name(workspace.db.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    _assert_absent(_decrypt_pages(workspace.db.path, workspace._data_key), "the encrypted file")
    workspace.close()

    plain = tmp_path / "plain.db"
    result = run_cli("db", "decrypt", "-o", str(plain))
    assert result.code == 0, result.stderr
    _assert_absent(plain.read_bytes(), "gtgcrm db decrypt output")


def test_erasure_keeps_the_sync_trail_and_suppresses_reimport(workspace):
    contact_id = _populate(workspace)
    erase_contact(workspace, contact_id)

    assert not workspace.contacts.exists(contact_id)
    assert workspace.changes.is_tombstoned("contact", contact_id)
    entries = workspace.changes.entries("contact", contact_id)
    assert [e.operation for e in entries] == ["create", "update", "delete"]
    assert all(e.fields == {} for e in entries)
    assert workspace.contacts.count("Givqzxa") == 0
    assert workspace.contacts.count("Neighbour250") == 1  # the index still works
    workspace.db.execute(
        "INSERT INTO contact_search(contact_search, rank) VALUES('integrity-check', 0)"
    )
    comeback = Contact(given_name="Other", emails=[EmailAddress(RICH["email"].upper())])
    assert workspace.suppression.matches(comeback)


def test_erasure_audit_entry_is_masked_and_chains_stay_intact(workspace):
    contact_id = _populate(workspace)
    report = erase_contact(workspace, contact_id)

    (entry,) = workspace.audit.entries(action="contact.erased")
    assert entry.subject_id == contact_id
    assert entry.details["masked"] == {
        "emails": ["e***@d***.example"],
        "name": "D***",
        "phones": ["***54"],
    }
    request = workspace.db.one(
        "SELECT kind, status FROM data_requests WHERE id = ?", (report.request_id,)
    )
    assert request == ("erasure", "completed")
    events = ConsentLedger(workspace).contact_history(contact_id)
    assert events and all(e.redacted and not e.source and not e.evidence for e in events)
    assert verify_chains(workspace).intact


def test_cli_erase_needs_yes_and_reports(run_cli, workspace):
    contact_id = workspace.contacts.add(rich_contact()).id
    workspace.close()
    refused = run_cli("privacy", "erase", "--contact", contact_id)
    assert refused.code == 1 and "--yes" in refused.stderr
    done = run_cli("privacy", "erase", "--contact", contact_id, "--yes")
    assert done.code == 0, done.stderr
    assert contact_id in done.stdout
    again = run_cli("privacy", "erase", "--contact", contact_id, "--yes")
    assert again.code == 1 and contact_id in again.stderr
    audit = json.loads(run_cli("privacy", "audit", "--json").stdout)
    assert any(e["action"] == "contact.erased" for e in audit)


def test_erasure_hooks_run_and_generic_sweep_finds_contact_id_tables(workspace):
    seen: list[str] = []
    ERASURE_HOOKS.append(lambda db, contact: seen.append(contact.id))
    try:
        contact_id = workspace.contacts.add(rich_contact()).id
        erase_contact(workspace, contact_id)
    finally:
        ERASURE_HOOKS.pop()
    assert seen == [contact_id]
    assert "contact_activity" in tables_with_contact_id(workspace.db)


def test_erasing_a_missing_contact_changes_nothing(workspace):
    from gtgcrm_desktop.core.errors import NotFoundError

    before = workspace.db.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(NotFoundError):
        erase_contact(workspace, "no-such-id")
    assert workspace.db.scalar("SELECT count(*) FROM audit_log") == before
    assert workspace.db.scalar("SELECT count(*) FROM data_requests") == 0


def test_without_secure_delete_the_check_would_catch_leftovers(workspace):
    """The byte-wise check has teeth: with FTS5 secure-delete off, a deleted contact's tokens
    stay in the index pages, and the check finds them."""
    workspace.db.execute(
        "INSERT INTO contact_search (contact_search, rank) VALUES ('secure-delete', 0)"
    )
    contact_id = _populate(workspace)
    erase_contact(workspace, contact_id)
    with pytest.raises(AssertionError, match="left in"):
        _assert_absent(_decrypt_pages(workspace.db.path, workspace._data_key), "the file")


def test_copies_kept_by_imports_merges_and_sync_go_too(workspace):
    contact_id = workspace.contacts.add(rich_contact()).id
    other = workspace.contacts.add(Contact(given_name="Other")).id
    before = json.dumps(rich_contact().to_json(), ensure_ascii=False)
    db = workspace.db
    db.execute(
        "INSERT INTO imports (id, op_id, file_name, format, started_at, finished_at)"
        " VALUES ('i1', 'o', 'f.csv', 'csv', 'x', 'x')"
    )
    db.execute("INSERT INTO import_items VALUES ('i1', ?, 'updated', ?)", (contact_id, before))
    db.execute("INSERT INTO import_items VALUES ('i1', ?, 'created', NULL)", (other,))
    db.execute(
        "INSERT INTO contact_merges (id, op_id, kept_id, kept_before, removed, created_at)"
        " VALUES ('m1', 'o', ?, ?, '[]', 'x')",
        (contact_id, before),
    )
    db.execute(
        "INSERT INTO sync_conflicts (id, entity, entity_id, field, kind, local_value,"
        " remote_value, winner, detected_at) VALUES ('s1', 'contact', ?, 'notes', 'field', ?,"
        " 'x', 'local', 'x')",
        (contact_id, json.dumps(RICH["notes"])),
    )
    report = erase_contact(workspace, contact_id)
    assert {"import_items", "contact_merges", "sync_conflicts"} <= set(report.swept_tables)
    assert db.scalar("SELECT count(*) FROM import_items") == 1  # the other contact's row stays
    _assert_absent(_decrypt_pages(db.path, workspace._data_key), "the encrypted file")


def _copy_closed(workspace, target: Path):  # type: ignore[no-untyped-def]
    """A copy of the folder of `workspace` taken while it is closed (an older backup)."""
    import shutil

    from gtgcrm_desktop.store import Secrets, Workspace
    from tests.conftest import PASSPHRASE

    path = workspace.data_dir
    workspace.close()
    shutil.copytree(path, target)
    return Workspace.open(path, Secrets(passphrase=PASSPHRASE)), Workspace.open(
        target, Secrets(passphrase=PASSPHRASE)
    )


def test_reapply_erases_again_whoever_was_erased_after_the_backup(workspace, tmp_path):
    from gtgcrm_desktop.privacy.erasure import reapply_suppressions

    keeper = workspace.contacts.add(
        Contact(given_name="Keeper", emails=[EmailAddress("k@x.example")])
    )
    person = workspace.contacts.add(
        Contact(
            given_name="Erasme",
            emails=[EmailAddress("erasme@x.example")],
            phones=[PhoneNumber("050 111 2233")],  # as typed: matched by its E.164 form
        )
    )
    older = workspace.contacts.add(
        Contact(given_name="Older", emails=[EmailAddress("o@x.example")])
    )
    erase_contact(workspace, older.id)  # erased before the backup: the backup's own entry
    live, restored = _copy_closed(workspace, tmp_path / "restored")
    try:
        erase_contact(live, person.id)  # erased after the backup
        # the same person came back into the restored copy under another id
        restored.contacts.add(
            Contact(given_name="Olderagain", emails=[EmailAddress("O@x.example")])
        )
        assert restored.contacts.exists(person.id)

        erased = reapply_suppressions(restored, live.suppression.export())

        assert erased == 2
        names = [c.given_name for c in restored.contacts.iter_all()]
        assert names == ["Keeper"] and restored.contacts.exists(keeper.id)
        assert restored.changes.is_tombstoned("contact", person.id)
        actions = [e.action for e in restored.audit.entries()]
        assert actions.count("contact.erased") == 3 and actions[0] == "suppression.reapplied"
        assert verify_chains(restored).intact
        # the entries of both salts now live in the restored workspace
        comeback = Contact(given_name="X", phones=[PhoneNumber("+966501112233", "+966501112233")])
        assert restored.suppression.matches(comeback)
        assert reapply_suppressions(restored, live.suppression.export()) == 0
    finally:
        live.close()
        restored.close()
