"""Search through FTS5 over normalised text, with prefixes (issue 2, point 9)."""

import pytest

from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber


@pytest.fixture
def people(workspace):
    workspace.contacts.add_many(
        [
            Contact(
                given_name="أحمد",
                family_name="الشهري",
                phones=[PhoneNumber("050 123 4567", "+966501234567")],
            ),
            Contact(
                given_name="إيمان",
                family_name="مدرسة",
                emails=[EmailAddress("iman@school.example")],
            ),
            Contact(given_name="Ahmed", family_name="Smith", organization="ACME Trading"),
            Contact(given_name="مُصْطَفَى", family_name="عبدالله"),
            Contact(given_name="Zoë", family_name="Brown", tags=["VIP"]),
        ]
    )
    return workspace


def _found(workspace, query: str) -> set[str]:
    return {s.display_name for s in workspace.contacts.list_summaries(query)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("احمد", {"أحمد الشهري"}),
        ("احم", {"أحمد الشهري"}),
        ("أ", {"أحمد الشهري", "إيمان مدرسة"}),  # every alef form is one letter
        ("ايمان", {"إيمان مدرسة"}),
        ("مدرسه", {"إيمان مدرسة"}),
        ("مصطفي", {"مُصْطَفَى عبدالله"}),
        ("٠٥٠", {"أحمد الشهري"}),
        ("0501", {"أحمد الشهري"}),
        ("+966 50", {"أحمد الشهري"}),
        ("ahm", {"Ahmed Smith"}),
        ("AHMED", {"Ahmed Smith"}),
        ("acme tr", {"Ahmed Smith"}),
        ("zoe", {"Zoë Brown"}),
        ("vip", {"Zoë Brown"}),
        ("iman@sch", {"إيمان مدرسة"}),
        ("nobody", set()),
        ('"; DROP TABLE contacts; --', set()),
    ],
)
def test_search(people, query: str, expected: set[str]) -> None:
    assert _found(people, query) == expected
    assert people.contacts.count(query) == len(expected)


def test_empty_search_lists_everyone_sorted(people) -> None:
    names = [s.display_name for s in people.contacts.list_summaries("")]
    assert len(names) == 5 and names[0] == "Ahmed Smith"  # Latin sorts before Arabic


def test_search_follows_edits_and_deletes(people) -> None:
    (ahmed,) = people.contacts.page("ahmed")
    ahmed.given_name = "Khalid"
    people.contacts.update(ahmed)
    assert _found(people, "ahmed") == set()
    assert _found(people, "khal") == {"Khalid Smith"}
    people.contacts.delete(ahmed.id)
    assert _found(people, "khal") == set()


def test_sorting_and_paging_happen_in_sql(people) -> None:
    first = people.contacts.list_summaries(limit=2, order_by="name")
    second = people.contacts.list_summaries(limit=2, offset=2, order_by="name")
    everyone = people.contacts.list_summaries(limit=10, order_by="name")
    assert [s.id for s in first + second] == [s.id for s in everyone[:4]]
    by_org = people.contacts.list_summaries(order_by="organization", descending=True)
    assert by_org[0].organization == "ACME Trading"


@pytest.mark.parametrize(
    "query", ["ا", "اح", "a", "sm", "٠٥", "vip", "ac t", "zz", "sch", "iman@sch", "example", "tr"]
)
def test_dense_and_sparse_paths_find_the_same_rows(people, monkeypatch, query: str) -> None:
    """Dense queries walk the name order over the stored search text instead of the index;
    both must give the same rows in the same order."""
    import gtgcrm_desktop.store.contacts as contacts_module

    sparse = [s.id for s in people.contacts.list_summaries(query)]
    monkeypatch.setattr(contacts_module, "DENSE_MATCHES", 0)
    dense = [s.id for s in people.contacts.list_summaries(query)]
    assert dense == sparse
