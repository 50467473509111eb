"""The contacts commands and their JSON contract (issue 2, points 8 and 10)."""

import json
import sqlite3

import pytest

JSON_KEYS = {
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
    "created_at",
    "updated_at",
}


def _add(run_cli, *args: str) -> str:
    result = run_cli("contacts", "add", *args)
    assert result.code == 0, result.stderr
    return result.stdout.strip()


def test_show_json_has_the_contract_shape(run_cli) -> None:
    contact_id = _add(
        run_cli,
        "--given",
        "فاطمة",
        "--family",
        "الزهراني",
        "--email",
        "fatima@example.com",
        "--phone",
        "٠٥٥ ١٢٣ ٤٥٦٧",
        "--org",
        "متجر الورد",
        "--title",
        "مديرة",
        "--tag",
        "vip",
        "--tag",
        "wholesale",
        "--note",
        "تفضل الاتصال صباحاً",
        "--birthday=--07-21",
        "--custom",
        "loyalty=gold",
    )
    data = json.loads(run_cli("contacts", "show", contact_id, "--json").stdout)
    assert set(data) >= JSON_KEYS
    assert data["id"] == contact_id
    assert data["display_name"] == "فاطمة الزهراني"
    assert data["emails"] == [{"value": "fatima@example.com", "label": ""}]
    assert data["phones"][0]["e164"] == "+966551234567"
    assert data["tags"] == ["vip", "wholesale"]
    assert data["birthday"] == "--07-21"
    assert data["custom_fields"] == {"loyalty": "gold"}
    listed = json.loads(run_cli("contacts", "list", "--json").stdout)
    assert isinstance(listed, list) and listed[0]["id"] == contact_id


def test_edit_replaces_given_fields_and_clears(run_cli) -> None:
    contact_id = _add(run_cli, "--given", "Ali", "--email", "ali@example.com", "--tag", "old")
    assert (
        run_cli(
            "contacts", "edit", contact_id, "--email", "ali@new.example", "--clear", "tags"
        ).code
        == 0
    )
    data = json.loads(run_cli("contacts", "show", contact_id, "--json").stdout)
    assert [e["value"] for e in data["emails"]] == ["ali@new.example"]
    assert data["tags"] == [] and data["given_name"] == "Ali"


@pytest.mark.parametrize(
    ("option", "field"),
    [
        ("--email=not-an-address", "emails"),
        ("--phone=12", "phones"),
        ("--birthday=2024-02-30", "birthday"),
    ],
)
def test_bad_values_name_their_field_and_change_nothing(run_cli, option: str, field: str) -> None:
    result = run_cli("contacts", "add", "--given", "X", option)
    assert result.code == 1
    assert result.stderr.startswith(f"{field}:"), result.stderr
    assert json.loads(run_cli("contacts", "list", "--json").stdout) == []


def test_a_contact_needs_a_name(run_cli) -> None:
    result = run_cli("contacts", "add", "--note", "nobody")
    assert result.code == 1 and "name" in result.stderr


def test_unknown_id_and_bad_usage_exit_1(run_cli) -> None:
    assert run_cli("contacts", "show", "no-such-id").code == 1
    assert run_cli("contacts", "delete", "no-such-id").code == 1
    assert run_cli("contacts", "frobnicate").code == 1


def test_list_limit_and_search(run_cli) -> None:
    for name in ("أمل", "أماني", "Bassam"):
        _add(run_cli, "--given", name)
    found = json.loads(run_cli("contacts", "list", "--search", "ام", "--json").stdout)
    assert sorted(c["given_name"] for c in found) == ["أماني", "أمل"]
    assert len(json.loads(run_cli("contacts", "list", "--limit", "1", "--json").stdout)) == 1


def test_db_decrypt_writes_a_plain_sqlite_copy(run_cli, tmp_path) -> None:
    _add(run_cli, "--given", "Plain", "--email", "plain@example.com")
    target = tmp_path / "plain.db"
    assert run_cli("db", "decrypt", "-o", str(target)).code == 0
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"
    with sqlite3.connect(target) as plain:
        assert plain.execute("SELECT given_name FROM contacts").fetchall() == [("Plain",)]
    again = run_cli("db", "decrypt", "-o", str(target))
    assert again.code == 1  # never overwrite


def test_help_lists_every_command_group(run_cli, capsys) -> None:
    result = run_cli("--help")
    text = result.stdout + capsys.readouterr().out
    assert result.code == 0
    for group in ("contacts", "import", "export", "privacy", "sync", "carddav", "settings", "init"):
        assert group in text
