"""Editing a contact whose import kept an odd value as written: the odd value may stay,
a newly typed bad value is still refused (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ODD = Path(__file__).resolve().parents[1] / "interchange" / "data" / "odd"


def _imported(run_cli: Any, name: str, *files: str) -> dict[str, Any]:
    for file in files:
        result = run_cli("import", str(ODD / file))
        assert result.code == 0, result.stderr
    listed = json.loads(run_cli("contacts", "list", "--json").stdout)
    return next(c for c in listed if c["display_name"] == name)


def _show(run_cli: Any, contact_id: str) -> dict[str, Any]:
    result = run_cli("contacts", "show", contact_id, "--json")
    assert result.code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_edit_title_of_a_contact_with_an_odd_phone_keeps_the_phone(run_cli) -> None:
    contact = _imported(run_cli, "Outlook User", "phones_odd.vcf")
    result = run_cli("contacts", "edit", contact["id"], "--title", "Buyer")
    assert result.code == 0, result.stderr
    shown = _show(run_cli, contact["id"])
    assert shown["title"] == "Buyer"
    assert [(p["value"], p["e164"]) for p in shown["phones"]] == [("BusinessPhone", None)]


def test_a_new_bad_phone_is_still_refused(run_cli) -> None:
    contact = _imported(run_cli, "Outlook User", "phones_odd.vcf")
    result = run_cli("contacts", "edit", contact["id"], "--phone", "NotANumber")
    assert result.code == 1
    assert "phone" in result.stderr.lower()
    shown = _show(run_cli, contact["id"])
    assert [p["value"] for p in shown["phones"]] == ["BusinessPhone"]  # nothing changed


def test_odd_email_and_birthday_may_stay_while_another_field_changes(run_cli) -> None:
    typo = _imported(run_cli, "Typo", "emails_odd.vcf", "date_odd.vcf")
    result = run_cli("contacts", "edit", typo["id"], "--org", "Shop")
    assert result.code == 0, result.stderr
    shown = _show(run_cli, typo["id"])
    assert shown["organization"] == "Shop"
    assert {
        "value": "ahmad(at)example.com",
        "label": shown["emails"][0]["label"],
        "valid": False,
    } in shown["emails"]
    odd_date = next(
        c
        for c in json.loads(run_cli("contacts", "list", "--json").stdout)
        if c["display_name"] == "Odd Date"
    )
    assert run_cli("contacts", "edit", odd_date["id"], "--title", "X").code == 0
    shown = _show(run_cli, odd_date["id"])
    assert shown["birthday"] == "31/02/1980" and shown["birthday_valid"] is False
    # A newly typed bad birthday or e-mail is refused as before.
    assert run_cli("contacts", "edit", odd_date["id"], "--birthday", "32/13/1990").code == 1
    assert run_cli("contacts", "edit", typo["id"], "--email", "new(at)example.com").code == 1


def test_privacy_correct_of_another_field_keeps_the_odd_phone(run_cli) -> None:
    contact = _imported(run_cli, "Outlook User", "phones_odd.vcf")
    result = run_cli("privacy", "correct", "--contact", contact["id"], "--given", "Omar")
    assert result.code == 0, result.stderr
    shown = _show(run_cli, contact["id"])
    assert shown["given_name"] == "Omar"
    assert [(p["value"], p["e164"]) for p in shown["phones"]] == [("BusinessPhone", None)]
    refused = run_cli("privacy", "correct", "--contact", contact["id"], "--phone", "NoNumber")
    assert refused.code == 1
