"""Access and portability: a zip with the complete JSON, CSVs, vCard 4.0 and a README."""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import time
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gtgcrm_desktop import __version__
from gtgcrm_desktop.core.models import Contact, Template
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.analytics import UsageRecorder
from gtgcrm_desktop.privacy.auditing import audit
from gtgcrm_desktop.privacy.errors import OutputExistsError
from gtgcrm_desktop.privacy.marketing import is_marketing_allowed
from gtgcrm_desktop.privacy.policy import acknowledgements, current_policy
from gtgcrm_desktop.privacy.readme import readme
from gtgcrm_desktop.privacy.requests import DataRequests
from gtgcrm_desktop.privacy.sealed import KdfParams, private_new_file, seal_file
from gtgcrm_desktop.privacy.vcard import write_vcards
from gtgcrm_desktop.store.consent import ConsentStore
from gtgcrm_desktop.store.workspace import Workspace

FORMAT = "gtgcrm-data-export"
FORMAT_VERSION = 1
#: Workspace settings never exported: secrets, not data about anyone.
_SECRET_SETTINGS = ("suppression_salt",)
_CSV_COLUMNS = (
    "id",
    "given_name",
    "family_name",
    "display_name",
    "organization",
    "title",
    "emails",
    "phones",
    "addresses",
    "tags",
    "notes",
    "birthday",
    "custom_fields",
    "extra",
    "created_at",
    "updated_at",
)
_CONSENT_COLUMNS = (
    "recorded_at",
    "subject_type",
    "subject_id",
    "purpose",
    "channel",
    "status",
    "lawful_basis",
    "source",
    "evidence",
    "policy_version",
    "id",
    "hash",
)


@dataclass(frozen=True, slots=True)
class ExportReport:
    """Where the export went and what it held (no personal data)."""

    path: Path
    scope: str
    subject_id: str
    contacts: int
    encrypted: bool
    request_id: str
    files: tuple[str, ...]
    seconds: float


def _joined(items: Iterable[str]) -> str:
    return " | ".join(i for i in items if i)


def _labelled(value: str, label: str) -> str:
    return f"{value} ({label})" if label else value


def _csv_row(contact: Contact) -> list[str]:
    return [
        contact.id,
        contact.given_name,
        contact.family_name,
        contact.display_name,
        contact.organization,
        contact.title,
        _joined(_labelled(e.value, e.label) for e in contact.emails),
        _joined(_labelled(p.e164 or p.value, p.label) for p in contact.phones),
        _joined(
            _labelled(
                ", ".join(x for x in (a.street, a.city, a.region, a.postal_code, a.country) if x),
                a.label,
            )
            for a in contact.addresses
        ),
        _joined(contact.tags),
        contact.notes,
        contact.birthday or "",
        _joined(f"{k}={val}" for k, val in contact.custom_fields.items()),
        json.dumps(contact.extra, ensure_ascii=False) if contact.extra else "",
        contact.created_at,
        contact.updated_at,
    ]


def _csv(header: Iterable[str], rows: Iterable[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(list(header))
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _mentions(contact: Contact) -> list[str]:
    """What a template would contain if it mentioned this person."""
    needles = [
        contact.effective_display_name(),
        f"{contact.given_name} {contact.family_name}".strip(),
        *(e.value for e in contact.emails),
        *(p.value for p in contact.phones),
        *(p.e164 or "" for p in contact.phones),
    ]
    return list(dict.fromkeys(n.casefold() for n in needles if len(n.strip()) >= 3))


def _templates_mentioning(templates: list[Template], contact: Contact) -> list[dict[str, Any]]:
    needles = _mentions(contact)
    found: list[dict[str, Any]] = []
    for template in templates:
        texts = {
            "name": template.name,
            "subject": template.subject,
            "body_html": template.body_html,
            "body_text": template.body_text,
        }
        fields = [f for f, text in texts.items() if any(n in text.casefold() for n in needles)]
        if fields:
            found.append({**template.to_json(), "fields_mentioning_subject": fields})
    return found


def _contact_record(workspace: Workspace, contact: Contact) -> dict[str, Any]:
    record = contact.to_json()
    record["extra"] = contact.extra
    record["stored"] = {"field_clocks": workspace.contacts.field_clocks(contact.id)}
    row = workspace.db.one(
        "SELECT last_activity_at, anonymised_at FROM contact_activity WHERE contact_id = ?",
        (contact.id,),
    )
    if row is not None:
        record["stored"]["last_activity_at"] = row[0] or None
        record["stored"]["anonymised_at"] = row[1]
    return record


def _settings(workspace: Workspace) -> dict[str, Any]:
    rows = workspace.db.all("SELECT key, value FROM settings ORDER BY key")
    return {k: json.loads(val) for k, val in rows if k not in _SECRET_SETTINGS}


def contact_document(workspace: Workspace, contact_id: str) -> tuple[dict[str, Any], Contact]:
    """Everything the workspace holds about one contact."""
    contact = workspace.contacts.get(contact_id)
    consents = ConsentStore(workspace.db, workspace.changes)
    history = consents.history(v.CONTACT, contact_id, newest_first=False, limit=1_000_000)
    document = {
        "contacts": [_contact_record(workspace, contact)],
        "consent": {
            "history": [e.to_json() for e in history],
            "current": [e.to_json() for e in consents.latest(v.CONTACT, contact_id).values()],
            "marketing": {
                channel: is_marketing_allowed(workspace, contact_id, channel)._asdict()
                for channel in v.CHANNELS
            },
        },
        "data_requests": [r.to_json() for r in DataRequests(workspace).list(subject_id=contact_id)],
        "audit_entries": [
            _audit_json(e) for e in workspace.audit.entries(subject_id=contact_id, limit=1_000_000)
        ],
        "change_log": [
            _change_json(e)
            for entity, entity_id in [("contact", contact_id)]
            + [("consent", e.id) for e in history]
            for e in workspace.changes.entries(entity, entity_id)
        ],
        "templates_mentioning_subject": _templates_mentioning(workspace.templates.all(), contact),
    }
    return document, contact


def account_document(workspace: Workspace) -> tuple[dict[str, Any], list[Contact]]:
    """Everything in the workspace: the account's own data and all contacts and templates."""
    consents = ConsentStore(workspace.db, workspace.changes)
    contacts = list(workspace.contacts.iter_all())
    templates = workspace.templates.all()
    document = {
        "account": {
            "consent": {
                "history": [
                    e.to_json()
                    for e in consents.history(
                        v.ACCOUNT, v.ACCOUNT_ID, newest_first=False, limit=1_000_000
                    )
                ],
            },
            "usage_events": [e.to_json() for e in UsageRecorder(workspace).events(limit=10**9)],
            "policy_acknowledgements": [a.to_json() for a in acknowledgements(workspace)],
            "settings": _settings(workspace),
        },
        "contacts": [_contact_record(workspace, c) for c in contacts],
        "consent": {
            "history": [
                e.to_json() for e in consents.history(v.CONTACT, newest_first=False, limit=10**9)
            ]
        },
        "templates": [
            {
                **t.to_json(),
                "images": [
                    {
                        "id": i.id,
                        "name": i.name,
                        "mime_type": i.mime_type,
                        "data_base64": base64.b64encode(i.data).decode("ascii"),
                    }
                    for i in workspace.templates.images(t.id)
                ],
            }
            for t in templates
        ],
        "data_requests": [r.to_json() for r in DataRequests(workspace).list(limit=10**9)],
        "audit_log": [_audit_json(e) for e in workspace.audit.entries(limit=10**9)],
        "change_log": [_change_json(e) for e in workspace.changes.entries()],
    }
    return document, contacts


def _audit_json(entry: Any) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "at": entry.at,
        "actor": entry.actor,
        "action": entry.action,
        "subject_type": entry.subject_type,
        "subject_id": entry.subject_id,
        "details": entry.details,
        "hash": entry.hash,
    }


def _change_json(entry: Any) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "operation": entry.operation,
        "fields": entry.fields,
        "hlc": entry.hlc,
        "created_at": entry.created_at,
        "pushed_at": entry.pushed_at,
    }


def build_files(
    workspace: Workspace, contact_id: str | None, *, encrypted: bool = False
) -> tuple[dict[str, bytes], int]:
    """The files of the export by name, and the number of contacts in it (built in memory:
    nothing personal touches the disk here); the README describes the encrypted format when
    the export is to be `encrypted`."""
    policy = current_policy()
    generated_at = now_iso()
    if contact_id is None:
        body, contacts = account_document(workspace)
        subject = {"type": v.ACCOUNT, "id": v.ACCOUNT_ID}
        consent_events = body["account"]["consent"]["history"] + body["consent"]["history"]
    else:
        body, contact = contact_document(workspace, contact_id)
        contacts = [contact]
        subject = {"type": v.CONTACT, "id": contact_id}
        consent_events = body["consent"]["history"]
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generated_at": generated_at,
        "app_version": __version__,
        "policy": {"version": policy.version, "effective_date": policy.effective_date},
        "subject": subject,
        **body,
    }
    subject_text = f"{subject['type']} {subject['id']}"
    files = {
        "README.txt": readme(
            subject_text,
            generated_at,
            policy.version,
            account=contact_id is None,
            encrypted=encrypted,
        ).encode("utf-8"),
        "data.json": json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"),
        "contacts.csv": _csv(_CSV_COLUMNS, (_csv_row(c) for c in contacts)),
        "consent.csv": _csv(
            _CONSENT_COLUMNS,
            (["" if e[c] is None else str(e[c]) for c in _CONSENT_COLUMNS] for e in consent_events),
        ),
        "contacts.vcf": write_vcards(contacts).encode("utf-8"),
    }
    return files, len(contacts)


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def export(
    workspace: Workspace,
    path: Path,
    *,
    contact_id: str | None = None,
    passphrase: str | None = None,
    request_id: str | None = None,
    kdf: KdfParams | None = None,
) -> ExportReport:
    """Write the export of one contact (or of the account) to `path`, encrypted when a
    passphrase is given; record the access request as completed and audit it."""
    started = time.perf_counter()
    if path.exists():
        raise OutputExistsError(path=str(path))
    subject_type = v.ACCOUNT if contact_id is None else v.CONTACT
    subject_id = v.ACCOUNT_ID if contact_id is None else contact_id
    requests = DataRequests(workspace)
    if request_id is not None:
        requests.check_open(request_id, v.ACCESS, subject_type, subject_id)
    files, count = build_files(workspace, contact_id, encrypted=passphrase is not None)
    payload = zip_bytes(files)
    if passphrase is not None:
        seal_file(payload, passphrase, path, kdf)
    else:
        _write_new(path, payload)
    with workspace.db.transaction():
        done = requests.fulfil(v.ACCESS, subject_type, subject_id, "exported", request_id)
        audit(
            workspace,
            "export.created",
            subject_type=subject_type,
            subject_id=subject_id,
            details={
                "encrypted": passphrase is not None,
                "files": sorted(files),
                "request": done.id,
            },
        )
    return ExportReport(
        path,
        subject_type,
        subject_id,
        count,
        passphrase is not None,
        done.id,
        tuple(files),
        time.perf_counter() - started,
    )


def _write_new(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    try:
        with private_new_file(partial) as target:
            target.write(data)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
