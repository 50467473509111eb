"""Bulk inserts: every field stored, rowids after the largest in use, copies or adoption."""

from __future__ import annotations

from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber, PostalAddress


def full_contact(name: str) -> Contact:
    return Contact(
        given_name=name,
        family_name="الحربي",
        organization="متجر الورد",
        title="مدير",
        emails=[EmailAddress(f"{name.lower()}@example.com", "work")],
        phones=[PhoneNumber("0501234567", "+966501234567", "mobile")],
        addresses=[PostalAddress("home", "شارع الملك فهد", "الرياض", "", "12345", "SA")],
        tags=["vip", "vip", "جملة"],
        notes="يفضل الاتصال مساءً",
        birthday="--03-14",
        custom_fields={"الفرع": "الشمال"},
    )


def test_every_field_of_a_bulk_insert_reads_back(workspace) -> None:
    stored = workspace.contacts.add_many([full_contact("Sara"), full_contact("Huda")])
    for original in stored:
        again = workspace.contacts.get(original.id)
        assert again.field_values() == original.field_values()
        assert again.tags == ["vip", "جملة"]


def test_a_rowid_freed_by_a_delete_carries_nothing_of_the_old_contact(workspace) -> None:
    first, last = workspace.contacts.add_many([full_contact("Amal"), full_contact("Zaid")])
    workspace.contacts.delete(last.id)  # the largest rowid is free again
    (new,) = workspace.contacts.add_many([Contact(given_name="Karim")])
    assert workspace.contacts.get(new.id).emails == []
    assert [s.display_name for s in workspace.contacts.list_summaries("zaid")] == []
    assert [s.display_name for s in workspace.contacts.list_summaries("karim")] == ["Karim"]
    assert workspace.contacts.get(first.id).emails[0].value == "amal@example.com"


def test_stored_copies_leave_the_given_contacts_untouched(workspace) -> None:
    given = [Contact(given_name="Omar")]
    (stored,) = workspace.contacts.add_many(given)
    assert stored is not given[0] and given[0].id == "" and stored.id
    stored.emails.append(EmailAddress("later@example.com"))
    assert given[0].emails == []


def test_adopted_contacts_are_stored_as_given(workspace) -> None:
    given = [Contact(given_name="Laila")]
    (stored,) = workspace.contacts.add_many(given, adopt=True)
    assert stored is given[0] and stored.id and stored.created_at
    assert workspace.contacts.get(stored.id).given_name == "Laila"
