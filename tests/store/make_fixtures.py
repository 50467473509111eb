"""Make `fixtures/v1/`: a workspace written by schema version 1, kept to test later migrations.

Run once with the code of schema 1 (`python -m tests.store.make_fixtures`); never regenerate it
with a newer schema, or the upgrade test no longer tests an upgrade."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber, PostalAddress, Template
from gtgcrm_desktop.store import Workspace, migrations

FIXTURE_PASSPHRASE = "fixture-passphrase"
TARGET = Path(__file__).parent / "fixtures" / "v1"


def main() -> None:
    assert migrations.latest_version() == 1, "make this fixture with the schema-1 code only"
    os.environ["GTGCRM_NO_KEYCHAIN"] = "1"
    shutil.rmtree(TARGET, ignore_errors=True)
    workspace, _ = Workspace.create(TARGET, FIXTURE_PASSPHRASE)
    with workspace:
        workspace.contacts.add(
            Contact(
                given_name="خالد",
                family_name="القحطاني",
                organization="مؤسسة النخيل",
                emails=[EmailAddress("khalid@example.com", "work")],
                phones=[PhoneNumber("0551234567", "+966551234567", "mobile")],
                addresses=[PostalAddress("work", "طريق الملك فهد", "الرياض", "", "12211", "SA")],
                tags=["vip"],
                notes="عميل منذ ٢٠١٩",
                birthday="--05-01",
                custom_fields={"loyalty": "gold"},
            )
        )
        workspace.contacts.add(Contact(given_name="Maria", family_name="Lopez"))
        workspace.templates.add(Template(name="ترحيب", subject="أهلاً {{ contact.given_name }}"))
        workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for leftover in TARGET.glob("workspace.db-*"):
        leftover.unlink()


if __name__ == "__main__":
    main()
