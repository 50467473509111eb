"""Access and portability: every stored value appears in the export; encrypted exports open."""

from __future__ import annotations

import io
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from gtgcrm_desktop.core.models import Template
from gtgcrm_desktop.privacy import sealed
from gtgcrm_desktop.privacy.errors import (
    ExportDecryptionError,
    NewerExportError,
    NotAnExportError,
    OutputExistsError,
)
from gtgcrm_desktop.privacy.export import build_files, export
from gtgcrm_desktop.privacy.ledger import ConsentLedger
from tests.privacy.conftest import RICH

FAST_KDF = sealed.KdfParams(memory_cost=1024, iterations=1, lanes=1)


def _with_history(workspace, contact_id: str) -> str:
    ConsentLedger(workspace).set_contact(
        contact_id,
        purpose="marketing",
        channel="email",
        status="granted",
        lawful_basis="consent",
        source="Srcqzxw",
        evidence="Evdqzxv",
    )
    template = workspace.templates.add(
        Template(name="Welcome", subject="Hello", body_text=f"Dear {RICH['display_name']},")
    )
    workspace.templates.add(Template(name="Unrelated", body_text="Hello everyone"))
    return template.id


def test_every_stored_value_is_in_the_json_and_the_other_files(workspace, rich):
    template_id = _with_history(workspace, rich.id)
    files, count = build_files(workspace, rich.id)
    assert count == 1
    assert set(files) == {"README.txt", "data.json", "contacts.csv", "consent.csv", "contacts.vcf"}
    document = json.loads(files["data.json"])
    text = json.dumps(document, ensure_ascii=False)
    for name, value in RICH.items():
        assert value in text, f"{name} missing from data.json"
    for value in ("Srcqzxw", "Evdqzxv"):
        assert value in text
    (contact,) = document["contacts"]
    assert contact["extra"] == {RICH["extra_key"]: RICH["extra_value"]}
    assert contact["stored"]["field_clocks"]
    assert [t["id"] for t in document["templates_mentioning_subject"]] == [template_id]
    assert document["consent"]["history"][0]["evidence"] == "Evdqzxv"
    assert {"consent.contact"} <= {e["action"] for e in document["audit_entries"]}
    assert document["change_log"][0]["entity_id"] == rich.id

    csv_text = files["contacts.csv"].decode("utf-8-sig")
    vcard = files["contacts.vcf"].decode("utf-8").replace("\r\n ", "")
    for name, value in RICH.items():
        if name in ("phone", "phone_e164"):
            assert RICH["phone_e164"] in csv_text and f"tel:{RICH['phone_e164']}" in vcard
            continue
        expected = value.replace("-", "") if name == "birthday" else value
        assert value in csv_text, f"{name} missing from contacts.csv"
        assert expected in vcard, f"{name} missing from contacts.vcf"
    assert vcard.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert "Evdqzxv" in files["consent.csv"].decode("utf-8-sig")
    readme = files["README.txt"].decode("utf-8")
    assert "data.json" in readme and "vCard 4.0" in readme
    assert "محتويات الملف" in readme and "What is inside" in readme


def test_vcard_lines_are_folded_at_75_octets(workspace, rich):
    rich.notes = "ملاحظة طويلة " * 20
    workspace.contacts.update(rich)
    files, _ = build_files(workspace, rich.id)
    for line in files["contacts.vcf"].split(b"\r\n"):
        assert len(line) <= 75


def test_account_export_has_everything(workspace, rich):
    _with_history(workspace, rich.id)
    ConsentLedger(workspace).set_account("usage_analytics", True, "first_run")
    files, count = build_files(workspace, None)
    document = json.loads(files["data.json"])
    assert count == 3 and len(document["contacts"]) == 3
    assert document["account"]["consent"]["history"][0]["purpose"] == "usage_analytics"
    assert "suppression_salt" not in document["account"]["settings"]
    assert {t["name"] for t in document["templates"]} == {"Welcome", "Unrelated"}


def test_export_writes_zip_records_request_and_audits(workspace, rich, tmp_path):
    target = tmp_path / "out.zip"
    report = export(workspace, target, contact_id=rich.id)
    with zipfile.ZipFile(target) as archive:
        assert RICH["street"] in archive.read("data.json").decode("utf-8")
    request = workspace.db.one(
        "SELECT kind, status, subject_id FROM data_requests WHERE id = ?", (report.request_id,)
    )
    assert request == ("access", "completed", rich.id)
    (entry,) = workspace.audit.entries(action="export.created")
    assert entry.details["encrypted"] is False
    with pytest.raises(OutputExistsError):
        export(workspace, target, contact_id=rich.id)


def test_encrypted_export_round_trip_and_failures(workspace, rich, tmp_path):
    target = tmp_path / "out.zip.enc"
    export(workspace, target, contact_id=rich.id, passphrase="pässphrase", kdf=FAST_KDF)
    data = target.read_bytes()
    assert data.startswith(sealed.MAGIC) and RICH["street"].encode() not in data
    plain = sealed.unseal(data, "pa\u0308ssphrase")  # NFC-normalised: the same passphrase
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        assert RICH["given_name"] in archive.read("data.json").decode("utf-8")
    with pytest.raises(ExportDecryptionError):
        sealed.unseal(data, "wrong")
    flipped = bytearray(data)
    flipped[-1] ^= 1
    with pytest.raises(ExportDecryptionError):
        sealed.unseal(bytes(flipped), "pässphrase")
    header_changed = bytearray(data)
    header_changed[44] ^= 1  # the chunk size, covered as associated data
    with pytest.raises(ExportDecryptionError):
        sealed.unseal(bytes(header_changed), "pässphrase")
    with pytest.raises(NotAnExportError):
        sealed.unseal(b"PK\x03\x04 not sealed", "pässphrase")
    newer = bytearray(data)
    newer[8] = 9
    with pytest.raises(NewerExportError):
        sealed.unseal(bytes(newer), "pässphrase")


def test_encrypted_export_readme_describes_the_format(workspace, rich, tmp_path):
    target = tmp_path / "out.zip.enc"
    export(workspace, target, contact_id=rich.id, passphrase="pw", kdf=FAST_KDF)
    with zipfile.ZipFile(io.BytesIO(sealed.unseal(target.read_bytes(), "pw"))) as archive:
        text = archive.read("README.txt").decode("utf-8")
    english = text[text.index("The encrypted copy") :]
    assert f"{sealed.HEADER_SIZE}-byte header" in english and "GTGCRMX\\0" in english
    assert "Argon2id" in english and "AES-256-GCM" in english and "16-byte tag" in english
    assert "gtgcrm privacy open" in english and "docs/export-format.md" in english
    assert "النسخة المشفّرة" in text
    plain, _ = build_files(workspace, rich.id)
    assert "The encrypted copy" not in plain["README.txt"].decode("utf-8")
    docs = Path(__file__).resolve().parents[2] / "docs" / "export-format.md"
    assert f"{sealed.HEADER_SIZE}" in docs.read_text(encoding="utf-8")


def test_truncation_at_a_chunk_boundary_is_detected(monkeypatch):
    monkeypatch.setattr(sealed, "CHUNK_SIZE", 64)
    buffer = io.BytesIO()
    sealed.seal(b"x" * 200, "pw", buffer, FAST_KDF)
    data = buffer.getvalue()
    assert sealed.unseal(data, "pw") == b"x" * 200
    cut = sealed.HEADER_SIZE + 2 * (64 + sealed.TAG_SIZE)
    with pytest.raises(ExportDecryptionError):
        sealed.unseal(data[:cut], "pw")
    exact = io.BytesIO()
    sealed.seal(b"y" * 128, "pw", exact, FAST_KDF)
    assert sealed.unseal(exact.getvalue(), "pw") == b"y" * 128
    with pytest.raises(ExportDecryptionError):
        sealed.unseal(exact.getvalue()[: -sealed.TAG_SIZE], "pw")


def test_cli_export_encrypt_and_open(run_cli, workspace, rich, tmp_path):
    contact_id = rich.id
    workspace.close()
    plain = tmp_path / "plain.zip"
    result = run_cli("privacy", "export", "--contact", contact_id, "-o", str(plain))
    assert result.code == 0, result.stderr
    assert zipfile.is_zipfile(plain)
    sealed_path = tmp_path / "export.zip.enc"
    env = {"GTGCRM_EXPORT_PASSPHRASE": "export secret"}
    result = run_cli(
        "privacy", "export", "--contact", contact_id, "-o", str(sealed_path), "--encrypt", env=env
    )
    assert result.code == 0, result.stderr
    missing = run_cli("privacy", "export", "-o", str(tmp_path / "x.enc"), "--encrypt")
    assert missing.code == 1 and "GTGCRM_EXPORT_PASSPHRASE" in missing.stderr
    opened = tmp_path / "opened"
    result = run_cli("privacy", "open", str(sealed_path), "-o", str(opened), env=env)
    assert result.code == 0, result.stderr
    assert RICH["city"] in (opened / "data.json").read_text(encoding="utf-8")
    wrong = run_cli(
        "privacy",
        "open",
        str(sealed_path),
        "-o",
        str(tmp_path / "o2"),
        env={"GTGCRM_EXPORT_PASSPHRASE": "nope"},
    )
    assert wrong.code == 1 and "wrong passphrase" in wrong.stderr
    as_zip = tmp_path / "again.zip"
    assert run_cli("privacy", "open", str(sealed_path), "-o", str(as_zip), env=env).code == 0
    assert zipfile.is_zipfile(as_zip)
    requests = json.loads(run_cli("privacy", "requests", "list", "--json").stdout)
    assert [r["kind"] for r in requests] == ["access", "access"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_exports_are_private_whatever_the_umask(workspace, rich, tmp_path):
    old = os.umask(0o022)
    try:
        export(workspace, tmp_path / "plain.zip", contact_id=rich.id)
        export(workspace, tmp_path / "s.enc", contact_id=rich.id, passphrase="p", kdf=FAST_KDF)
    finally:
        os.umask(old)
    for name in ("plain.zip", "s.enc"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
