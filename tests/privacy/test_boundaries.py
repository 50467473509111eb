"""The privacy package stays free of Qt, and the migration applies to a 0001 database."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_privacy_imports_no_qt():
    code = (
        "import sys, pkgutil, importlib, gtgcrm_desktop.privacy as p\n"
        "for m in pkgutil.iter_modules(p.__path__): importlib.import_module(f'{p.__name__}.{m.name}')\n"
        "import gtgcrm_desktop.commands.privacy, gtgcrm_desktop.store.erasure\n"
        "assert not any(n.startswith('PySide6') for n in sys.modules), 'PySide6 imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_migration_0002_upgrades_a_version_1_database(tmp_path):
    from gtgcrm_desktop.store import migrations
    from gtgcrm_desktop.store.database import Database

    database = Database.open(tmp_path / "v1.db", b"\x01" * 32)
    try:
        assert migrations.migrate(database, target=1) == 1
        database.execute(
            "INSERT INTO contacts (id, given_name, created_at, updated_at) VALUES ('c1', 'A', 'x', 'x')"
        )
        database.execute("INSERT INTO contact_search (rowid, document) VALUES (1, 'a')")
        assert migrations.migrate(database) >= 2
        assert (
            database.scalar("SELECT count(*) FROM contact_search WHERE contact_search MATCH 'a'")
            == 1
        )
        assert database.scalar("SELECT count(*) FROM usage_events") == 0
    finally:
        database.close()
