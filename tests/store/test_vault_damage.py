"""Damage is found and told: db check, and exit 2 wherever a damaged page is met (issue 10, point 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gtgcrm_desktop.core.models import Contact, EmailAddress
from gtgcrm_desktop.store import Secrets, Workspace
from tests.conftest import PASSPHRASE

PAGE_SIZE = 4096  # SQLCipher 4's default
DAMAGED_WORDS = "is damaged: part of its database cannot be read"


def _fill(folder: Path, count: int = 300) -> None:
    with Workspace.open(folder, Secrets(passphrase=PASSPHRASE)) as workspace:
        workspace.contacts.add_many(
            [
                Contact(
                    given_name=f"Person {n}",
                    family_name="الحربي",
                    emails=[EmailAddress(f"person{n}@example.com", "work")],
                    notes="ملاحظة " * 20,
                )
                for n in range(count)
            ]
        )


def _root_page(folder: Path, table: str) -> int:
    with Workspace.open(folder, Secrets(passphrase=PASSPHRASE)) as workspace:
        page = workspace.db.scalar("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
    return int(page)


def _flip(folder: Path, offset: int) -> None:
    database = folder / "workspace.db"
    assert not Path(f"{database}-wal").exists() or Path(f"{database}-wal").stat().st_size == 0
    data = bytearray(database.read_bytes())
    data[offset] ^= 0x5A
    database.write_bytes(bytes(data))


def _flip_in_page(folder: Path, page: int) -> None:
    _flip(folder, (page - 1) * PAGE_SIZE + PAGE_SIZE // 2)


@pytest.fixture
def filled(data_dir: Path) -> Path:
    _fill(data_dir)
    return data_dir


def _assert_damaged(result) -> None:  # type: ignore[no-untyped-def]
    assert result.code == 2, (result.code, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert DAMAGED_WORDS in lines[-1]
    assert "gtgcrm backup restore" in lines[-1]
    assert "Internal error" not in result.stderr and "Traceback" not in result.stderr


def test_db_check_says_healthy(filled: Path, run_cli) -> None:
    result = run_cli("db", "check")
    assert result.code == 0, result.stderr
    assert "healthy" in result.stdout
    assert json.loads(run_cli("db", "check", "--json").stdout) == {"healthy": True, "problems": []}


def test_one_flipped_byte_in_the_middle_is_found_and_never_exit_70(
    filled: Path, run_cli, tmp_path: Path
) -> None:
    """Seen: list, search, add and privacy verify succeeded; export exited 70."""
    size = (filled / "workspace.db").stat().st_size
    assert size // PAGE_SIZE > 40  # enough pages for "the middle" to be a data page
    _flip(filled, size // 2 + 100)
    check = run_cli("db", "check")
    _assert_damaged(check)
    assert "Problems found:" in check.stdout
    assert len(check.stdout.splitlines()) <= 22  # the first lines; --json has them all
    assert json.loads(run_cli("db", "check", "--json").stdout)["healthy"] is False
    for args in (
        ("contacts", "list", "--limit", "1000"),
        ("contacts", "list", "--search", "person"),
        ("contacts", "add", "--given", "Late"),
        ("privacy", "verify"),
        ("export", "--format", "json", "-o", str(tmp_path / "out.json")),
    ):
        result = run_cli(*args)
        assert result.code in (0, 2), (args, result.stderr)
        if result.code == 2:
            _assert_damaged(result)


@pytest.mark.parametrize(
    ("table", "args"),
    [
        ("contacts", ("contacts", "list", "--limit", "1000")),
        ("contacts", ("contacts", "list", "--search", "person")),
        ("contacts", ("contacts", "add", "--given", "Late")),
        ("contacts", ("export", "--format", "json", "-o", "{tmp}/out.json")),
        ("contacts", ("export", "--format", "vcard4", "-o", "{tmp}/out.vcf")),
        ("audit_log", ("privacy", "verify")),
    ],
)
def test_a_command_that_reads_a_damaged_page_exits_2(
    filled: Path, run_cli, tmp_path: Path, table: str, args: tuple[str, ...]
) -> None:
    _flip_in_page(filled, _root_page(filled, table))
    result = run_cli(*(a.format(tmp=tmp_path) for a in args))
    _assert_damaged(result)
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "out.vcf").exists()


def test_the_apps_quick_check_lists_problems(filled: Path) -> None:
    with Workspace.open(filled, Secrets(passphrase=PASSPHRASE)) as workspace:
        assert workspace.quick_check() == []
    _flip_in_page(filled, _root_page(filled, "contacts"))
    with Workspace.open(filled, Secrets(passphrase=PASSPHRASE)) as workspace:
        problems = workspace.quick_check()
    assert problems
