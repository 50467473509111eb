"""A contact added from the command line can be found, shown, edited and deleted."""

import json


def test_add_search_show_delete(run_cli):
    added = run_cli(
        "contacts", "add", "--given", "أحمد", "--family", "العلي", "--email", "a@example.com"
    )
    assert added.code == 0, added.stderr
    contact_id = added.stdout.strip()
    found = run_cli("contacts", "list", "--search", "احم", "--json")
    assert [c["id"] for c in json.loads(found.stdout)] == [contact_id]
    assert run_cli("contacts", "delete", contact_id).code == 0
    missing = run_cli("contacts", "show", contact_id)
    assert missing.code == 1 and contact_id in missing.stderr
