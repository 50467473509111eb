"""The default phone region is a setting, and phones follow it (issue 2, point 8)."""

import json


def test_default_region_changes_how_phones_parse(run_cli) -> None:
    assert run_cli("settings", "get", "contacts.default_region").stdout.strip() == "SA"
    saudi = run_cli("contacts", "add", "--given", "A", "--phone", "050 123 4567").stdout.strip()
    assert run_cli("settings", "set", "contacts.default_region", "ae").code == 0
    emirati = run_cli("contacts", "add", "--given", "B", "--phone", "050 123 4567").stdout.strip()
    show = lambda cid: json.loads(run_cli("contacts", "show", cid, "--json").stdout)  # noqa: E731
    assert show(saudi)["phones"][0]["e164"] == "+966501234567"
    assert show(emirati)["phones"][0]["e164"] == "+971501234567"


def test_bad_settings_are_refused(run_cli) -> None:
    assert run_cli("settings", "set", "contacts.default_region", "XX").code == 1
    assert run_cli("settings", "set", "no.such.setting", "1").code == 1
    assert run_cli("settings", "set", "ui.language", "fr").code == 1
    assert run_cli("settings", "set", "privacy.retention_months", "many").code == 1
    values = json.loads(run_cli("settings", "list", "--json").stdout)
    assert values["contacts.default_region"] == "SA" and values["ui.language"] == "ar"


def test_machine_setting_is_kept_outside_the_database(run_cli, data_dir) -> None:
    assert run_cli("settings", "set", "ui.language", "en").code == 0
    assert json.loads((data_dir / "settings.json").read_text())["ui.language"] == "en"
