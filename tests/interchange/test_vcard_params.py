"""vCard parameters with several values: written `TYPE=internet,work`, read back as two values."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject

from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber
from gtgcrm_desktop.core.validation import validate_contact
from gtgcrm_desktop.interchange import export_contacts, import_file, write_card

CARD = (
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Noura Saleh\r\n"
    "N:Saleh;Noura;;;\r\n"
    'X-GTG-TEST;X-PARAM=a,b;X-QUOTED="c,d";X-COLON="e:f":value\r\n'
    "END:VCARD\r\n"
)


def _types(component) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.casefold() for t in component.params.get("TYPE", [])]


@pytest.mark.parametrize(
    ("fmt", "email_types"), [("vcard3", ["internet", "work"]), ("vcard4", ["work"])]
)
def test_other_apps_read_each_type_value_apart(
    workspace, tmp_path: Path, fmt: str, email_types: list[str]
):
    workspace.contacts.add(
        validate_contact(
            Contact(
                given_name="Rana",
                emails=[EmailAddress("rana@example.com", "work")],
                phones=[PhoneNumber("+966 11 234 5678", label="work fax")],
            )
        )
    )
    target = tmp_path / "out.vcf"
    export_contacts(workspace, target, fmt)
    text = target.read_text(encoding="utf-8")
    assert 'TYPE="' not in text
    card = vobject.readOne(text)
    assert _types(card.email) == email_types
    assert _types(card.tel) == ["work", "fax"]


@pytest.mark.parametrize("fmt", ["vcard3", "vcard4"])
def test_a_kept_parameter_with_two_values_round_trips(
    workspace, fresh_workspace, tmp_path: Path, fmt: str
):
    source = tmp_path / "in.vcf"
    source.write_text(CARD, encoding="utf-8")
    import_file(workspace, source)
    target = tmp_path / "out.vcf"
    export_contacts(workspace, target, fmt)
    text = target.read_text(encoding="utf-8")
    assert 'X-GTG-TEST;X-PARAM=a,b;X-QUOTED="c,d";X-COLON="e:f":value' in text
    kept = vobject.readOne(text).contents["x-gtg-test"][0]
    assert kept.params["X-PARAM"] == ["a", "b"]
    assert kept.params["X-QUOTED"] == ["c,d"]  # one value holding a comma stays one

    import_file(fresh_workspace, target)
    (before,) = list(workspace.contacts.iter_all())
    (after,) = list(fresh_workspace.contacts.iter_all())
    wanted = next(p for p in before.extra["vcard"] if p["name"] == "X-GTG-TEST")
    assert next(p for p in after.extra["vcard"] if p["name"] == "X-GTG-TEST") == wanted
    assert ["X-PARAM", "a"] in wanted["params"] and ["X-PARAM", "b"] in wanted["params"]


def test_a_type_list_kept_by_an_older_import_is_written_as_values():
    contact = Contact(
        given_name="Sami",
        extra={
            "vcard": [
                {
                    "group": "",
                    "name": "IMPP",
                    "params": [["TYPE", "home,pref"]],
                    "value": "xmpp:s@x",
                }
            ]
        },
    )
    text = write_card(contact, "4.0")
    assert "IMPP;TYPE=home,pref:xmpp:s@x\r\n" in text
    assert _types(vobject.readOne(text).impp) == ["home", "pref"]
