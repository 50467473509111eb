"""Matching and merging: both values kept where they differ; the duplicates view's merge and undo."""

from __future__ import annotations

from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber, PostalAddress
from gtgcrm_desktop.core.validation import validate_contact
from gtgcrm_desktop.interchange import (
    find_duplicates,
    merge,
    merge_contacts,
    same_person,
    undo_merge,
)


def _c(**fields) -> Contact:
    return validate_contact(Contact(**fields))


def test_matching_rules():
    base = _c(
        given_name="أحمد",
        family_name="العلي",
        organization="النخبة",
        emails=[EmailAddress("A@Example.com")],
    )
    assert same_person(base, _c(given_name="x", emails=[EmailAddress("a@example.COM")])) == "email"
    assert (
        same_person(
            _c(given_name="x", phones=[PhoneNumber("0501234567")]),
            _c(given_name="y", phones=[PhoneNumber("+966 50 123 4567")]),
        )
        == "phone"
    )
    assert (
        same_person(base, _c(given_name="احمد", family_name="العلى", organization="النُخبة"))
        == "name"
    )
    assert same_person(base, _c(given_name="أحمد", family_name="العلي")) is None  # name alone
    assert (
        same_person(
            _c(given_name="Ali", addresses=[PostalAddress(street="1 King Rd", city="Riyadh")]),
            _c(given_name="ali", addresses=[PostalAddress(street="1 king rd", city="RIYADH")]),
        )
        == "name"
    )
    assert (
        same_person(
            _c(given_name="Ali", addresses=[PostalAddress(city="Riyadh")]),
            _c(given_name="Ali", addresses=[PostalAddress(city="Riyadh")]),
        )
        is None
    )


def test_merge_keeps_both_values_and_never_drops():
    mine = _c(
        given_name="سارة",
        title="مديرة",
        birthday="--04-01",
        notes="قديم",
        emails=[EmailAddress("s@example.com", "")],
        tags=["أ"],
        custom_fields={"k": "1"},
        extra={"photo": {"uri": "http://a"}},
    )
    theirs = _c(
        given_name="ساره",
        family_name="الحربي",
        title="مديرة مبيعات",
        birthday="1990-04-01",
        notes="جديد",
        emails=[EmailAddress("S@example.com", "work"), EmailAddress("t@example.com", "home")],
        tags=["ب"],
        custom_fields={"k": "2"},
        extra={"photo": {"uri": "http://b"}},
    )
    merged, changed = merge(mine, theirs)
    assert merged.given_name == "سارة" and merged.family_name == "الحربي"
    assert merged.title == "مديرة" and merged.custom_fields["other title"] == "مديرة مبيعات"
    assert merged.birthday == "1990-04-01"  # the year completes a year-less date
    assert merged.notes == "قديم\n\nجديد"
    assert [(e.value, e.label) for e in merged.emails] == [
        ("s@example.com", "work"),
        ("t@example.com", "home"),
    ]
    assert merged.tags == ["أ", "ب"]
    assert merged.custom_fields["k"] == "1" and merged.custom_fields["other k"] == "2"
    assert merged.extra["photo"] == {"uri": "http://a"}
    assert merged.extra["merged_values"] == [{"photo": {"uri": "http://b"}}]
    assert set(changed) >= {
        "family_name",
        "birthday",
        "notes",
        "emails",
        "tags",
        "custom_fields",
        "extra",
    }
    again, nothing = merge(merged, theirs)
    assert nothing == [] and again.field_values() == merged.field_values()


def test_find_merge_and_undo(workspace):
    a = workspace.contacts.add(
        _c(
            given_name="منى",
            family_name="السالم",
            organization="الفجر",
            emails=[EmailAddress("mona@example.com")],
        )
    )
    b = workspace.contacts.add(
        _c(
            given_name="مني",
            family_name="السالم",
            organization="الفجر",
            title="محاسبة",
            phones=[PhoneNumber("0551112222")],
        )
    )
    c = workspace.contacts.add(
        _c(given_name="x", emails=[EmailAddress("MONA@example.com", "work")])
    )
    workspace.contacts.add(_c(given_name="غير", family_name="مكرر"))
    groups = find_duplicates(workspace)
    assert len(groups) == 1 and set(groups[0].contact_ids) == {a.id, b.id, c.id}
    before = {x.id: x.field_values() for x in (a, b, c)}
    merge_id = merge_contacts(workspace, a.id, [b.id, c.id], {"given_name": a.id, "title": b.id})
    kept = workspace.contacts.get(a.id)
    assert kept.given_name == "منى" and kept.title == "محاسبة"
    assert "other given_name" not in kept.custom_fields  # the person chose
    assert [p.e164 for p in kept.phones] == ["+966551112222"]
    assert not workspace.contacts.exists(b.id) and not workspace.contacts.exists(c.id)
    ops = {
        e.op_id for e in workspace.changes.entries("contact") if e.operation in ("update", "delete")
    }
    assert len(ops) == 1  # one operation in the change log
    assert find_duplicates(workspace) == []
    undo_merge(workspace, merge_id)
    for contact_id, values in before.items():
        assert workspace.contacts.get(contact_id).field_values() == values
    assert len(find_duplicates(workspace)) == 1


def test_abd_names_written_as_one_word_or_two_are_the_same_person() -> None:
    """ "عبد الله" and "عبدالله" are the same name (any "عبد ال..." name); other names stay apart."""
    from gtgcrm_desktop.core.models import Contact
    from gtgcrm_desktop.interchange._dedupe import same_person

    two_words = Contact(given_name="عبد الله", family_name="الشهري", organization="مؤسسة النور")
    one_word = Contact(given_name="عبدالله", family_name="الشهري", organization="مؤسسه النور")
    other = Contact(given_name="عبد العزيز", family_name="الشهري", organization="مؤسسة النور")
    assert same_person(two_words, one_word) == "name"
    assert same_person(two_words, other) is None
