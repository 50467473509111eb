"""Every file that imports exports to vCard 4.0, vCard 3.0 and JSON and imports again into an
empty workspace with the same people and values, odd values included (issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.interchange import export_contacts, import_file

DATA = Path(__file__).parent / "data"
#: Files the import refuses on purpose, and the encoding chosen for undecidable ones.
_REFUSED = {"latin1_refused.csv", "mapped.csv", "mapped_map.json"}
_CHOSEN = {
    "undeclared_cp1252.vcf": "cp1252",
    "outlook_de_cp1252.csv": "cp1252",
    "outlook_fr_cp1252.csv": "cp1252",
}
FILES = sorted(
    p
    for folder in (DATA, DATA / "odd", DATA / "real", DATA / "outside")
    if folder.is_dir()
    for p in folder.iterdir()
    if p.is_file()
    and p.name not in _REFUSED
    and p.suffix in (".vcf", ".csv", ".json", ".txt", ".ldif")
)


def comparable(contact: Contact) -> dict[str, Any]:
    values = contact.field_values()
    values["display_name"] = contact.effective_display_name()
    extra = dict(values.pop("extra"))
    # Our vCard export adds a UID (the contact id) when the contact had none.
    kept = [
        p
        for p in extra.get("vcard", [])
        if p["name"] != "UID" or "urn:uuid:" not in str(p["value"])
    ]
    if kept:
        extra["vcard"] = kept
    else:
        extra.pop("vcard", None)
    values["extra"] = extra
    values["valid"] = (
        contact.to_json().get("birthday_valid", True),
        [e.get("valid", True) for e in contact.to_json()["emails"]],
    )
    return values


def _people(workspace) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    return sorted(
        (comparable(c) for c in workspace.contacts.iter_all()),
        key=lambda v: (v["display_name"], repr(v)),
    )


@pytest.mark.parametrize("fmt", ["vcard4", "vcard3", "json"])
@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_file_round_trips(  # type: ignore[no-untyped-def]
    workspace, fresh_workspace, tmp_path: Path, path: Path, fmt: str
):
    first = import_file(workspace, path, encoding=_CHOSEN.get(path.name))
    if not first.new:
        pytest.skip("nothing to import")
    target = tmp_path / f"out.{fmt}"
    count = export_contacts(workspace, target, fmt)
    assert count == workspace.contacts.count()
    again = import_file(fresh_workspace, target)
    assert (again.new, len(again.invalid)) == (count, 0), again.to_json()
    assert _people(fresh_workspace) == _people(workspace)
