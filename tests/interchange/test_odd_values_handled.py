"""Odd values kept by an import are handled everywhere: search, duplicates, cloud sync."""

from __future__ import annotations

from pathlib import Path

from gtgcrm_desktop.interchange import find_duplicates, import_file
from tests.sync.conftest import assert_converged, clients, server, settle  # noqa: F401

ODD = Path(__file__).parent / "data" / "odd"


def test_odd_values_are_found_by_search(workspace):  # type: ignore[no-untyped-def]
    import_file(workspace, ODD / "phones_odd.vcf")
    import_file(workspace, ODD / "emails_odd.vcf")
    assert workspace.contacts.count(search="BusinessPhone") == 1
    assert workspace.contacts.count(search="intranet") == 1
    assert workspace.contacts.count(search="办公室") == 1


def test_an_odd_email_identifies_nobody(workspace, tmp_path: Path):  # type: ignore[no-untyped-def]
    import_file(workspace, ODD / "emails_odd.vcf")
    again = tmp_path / "again.vcf"
    again.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Someone Else\r\nEMAIL:admin@intranet\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    # An address that is not one identifies nobody: a new contact, not a merge, and not a
    # duplicate (in the file, against the store, and in the duplicates screen alike).
    report = import_file(workspace, again)
    assert (report.new, report.updated) == (1, 0)
    assert find_duplicates(workspace) == []


def test_odd_values_survive_the_cloud_sync_round_trip(clients, server):  # type: ignore[no-untyped-def]  # noqa: F811
    a, b, _ = clients
    for name in ("phones_odd.vcf", "emails_odd.vcf", "date_odd.vcf"):
        import_file(a.ws, ODD / name)
    settle(a, b)
    state = assert_converged(server, a, b)
    assert len(state) == 8
    odd = {c.effective_display_name(): c for c in b.ws.contacts.iter_all()}
    assert odd["Outlook User"].phones[0].value == "BusinessPhone"
    assert odd["Outlook User"].phones[0].e164 is None
    assert odd["Intranet Admin"].to_json()["emails"][0]["valid"] is False
    assert odd["Odd Date"].to_json()["birthday_valid"] is False
    # An edit of another field on the other device keeps the odd values as written.
    b.edit(odd["Odd Date"].id, title="Buyer")
    settle(b, a)
    back = a.ws.contacts.get(odd["Odd Date"].id)
    assert (back.title, back.birthday) == ("Buyer", "31/02/1980")
