"""Schema migrations upgrade a database made by the first version (issue 2, point 6)."""

import shutil
from pathlib import Path

import pytest

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.store import Secrets, Workspace, migrations
from tests.store.make_fixtures import FIXTURE_PASSPHRASE, TARGET

REQUIRED_TABLES = {
    "contacts",
    "contact_emails",
    "contact_phones",
    "contact_addresses",
    "contact_tags",
    "contact_custom_fields",
    "contact_search",
    "templates",
    "template_images",
    "consent_events",
    "data_requests",
    "audit_log",
    "change_log",
    "tombstones",
    "sync_state",
    "settings",
}


@pytest.fixture
def version_1(tmp_path: Path) -> Path:
    copy = tmp_path / "v1"
    shutil.copytree(TARGET, copy)
    return copy


def test_fixture_really_is_version_1(version_1: Path) -> None:
    from gtgcrm_desktop.store import keys
    from gtgcrm_desktop.store.database import Database

    key_file = keys.KeyFile.load(version_1 / "workspace.keys")
    database = Database.open(
        version_1 / "workspace.db", keys.check_passphrase(key_file, FIXTURE_PASSPHRASE)
    )
    try:
        assert migrations.current_version(database) == 1
    finally:
        database.close()


def test_upgrade_keeps_the_data(version_1: Path) -> None:
    with Workspace.open(version_1, Secrets(passphrase=FIXTURE_PASSPHRASE)) as workspace:
        assert migrations.current_version(workspace.db) == migrations.latest_version()
        (khalid,) = workspace.contacts.page("خالد")
        assert khalid.organization == "مؤسسة النخيل"
        assert khalid.phones[0].e164 == "+966551234567"
        assert khalid.addresses[0].city == "الرياض"
        assert khalid.custom_fields == {"loyalty": "gold"} and khalid.birthday == "--05-01"
        assert [t.name for t in workspace.templates.all()] == ["ترحيب"]
        assert len(workspace.changes.entries()) == 3
        workspace.contacts.add(Contact(given_name="بعد الترقية"))
        assert workspace.contacts.count() == 3


def test_each_migration_applies_on_its_own(version_1: Path) -> None:
    from gtgcrm_desktop.store import keys
    from gtgcrm_desktop.store.database import Database

    key_file = keys.KeyFile.load(version_1 / "workspace.keys")
    database = Database.open(
        version_1 / "workspace.db", keys.check_passphrase(key_file, FIXTURE_PASSPHRASE)
    )
    try:
        for number, _ in migrations.available()[1:]:
            assert migrations.migrate(database, target=number) == number
        assert migrations.current_version(database) == migrations.latest_version()
    finally:
        database.close()


def test_new_workspace_has_every_table(workspace) -> None:
    names = {row[0] for row in workspace.db.all("SELECT name FROM sqlite_master")}
    assert names >= REQUIRED_TABLES
