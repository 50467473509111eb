"""`gtgcrm carddav add|sync|status|remove`: credentials kept safely, counts reported."""

from __future__ import annotations

import json

from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.store.sync_state import SyncStore
from tests.sync.carddav.conftest import USERS, Book, card

PASSWORD = USERS["ana"]


def _add(run_cli, book, **env):
    return run_cli(
        "carddav", "add", "--url", book.url, "--username", "ana",
        env={"GTGCRM_CARDDAV_PASSWORD": PASSWORD, **env},
    )  # fmt: skip


def test_cli_add_sync_status_remove(run_cli, book, data_dir, test_keyring):
    book.put("r.vcf", card("r", FN="ريم", N=";ريم;;;"))
    added = _add(run_cli, book)
    assert added.code == 0, added.stderr
    assert book.url in added.stdout and "keychain" in added.stdout
    assert PASSWORD not in added.stdout + added.stderr
    assert any(account.startswith("carddav:") for _, account in test_keyring.secrets)

    assert run_cli("contacts", "add", "--given", "Huda").code == 0
    first = run_cli("carddav", "sync", "--json")
    assert first.code == 0, first.stderr
    counts = json.loads(first.stdout)
    assert (counts["pulled"], counts["pushed"], counts["conflicts"]) == (1, 1, 0)
    assert len(book.hrefs()) == 2

    plain = run_cli("carddav", "sync")
    assert "Pulled 0, pushed 0, conflicts 0." in plain.stdout
    assert "erased" not in plain.stdout  # no suppressed cards: no such line

    status = json.loads(run_cli("carddav", "status", "--json").stdout)
    assert (status["username"], status["paired_contacts"], status["incremental"]) == (
        "ana",
        2,
        True,
    )

    assert run_cli("carddav", "remove").code == 0
    assert not any(k[1].startswith("carddav:") for k in test_keyring.secrets)
    again = run_cli("carddav", "sync")
    assert again.code == 1 and "carddav add" in again.stderr
    assert len(book.hrefs()) == 2  # removing the account deletes nothing anywhere


def test_cli_without_keychain_seals_the_password_in_the_workspace(run_cli, book, data_dir):
    env = {"GTGCRM_NO_KEYCHAIN": "1"}
    added = _add(run_cli, book, **env)
    assert added.code == 0, added.stderr
    assert "encrypted workspace" in added.stdout
    with Workspace.open(data_dir, Secrets(passphrase="correct horse battery staple")) as ws:
        sealed = SyncStore(ws.db).sealed("carddav")
        assert sealed is not None and PASSWORD.encode() not in sealed[1]
        assert b"ana" not in sealed[1]
    assert run_cli("carddav", "sync", env=env).code == 0


def test_cli_wrong_password_exits_5_and_keeps_nothing(run_cli, book, test_keyring):
    done = run_cli(
        "carddav", "add", "--url", book.url, "--username", "ana",
        env={"GTGCRM_CARDDAV_PASSWORD": "nope"},
    )  # fmt: skip
    assert done.code == 5
    assert "nope" not in done.stdout + done.stderr
    assert not any(k[1].startswith("carddav:") for k in test_keyring.secrets)


def test_cli_asks_for_a_password_it_cannot_prompt_for(run_cli, book):
    done = run_cli("carddav", "add", "--url", book.url, "--username", "ana")
    assert done.code == 1 and "GTGCRM_CARDDAV_PASSWORD" in done.stderr


def _erased_on_the_server(run_cli, book):
    """An account with two synced contacts, one of them then erased: the href of its card."""
    assert _add(run_cli, book).code == 0
    erasme = run_cli("contacts", "add", "--given", "Erasme", "--email", "erasme@example.com")
    contact_id = erasme.stdout.strip()
    assert run_cli("contacts", "add", "--given", "Keeper").code == 0
    assert run_cli("carddav", "sync").code == 0
    href = next(h for h, text in book.cards().items() if "Erasme" in text)
    erased = run_cli("privacy", "erase", "--contact", contact_id, "--yes")
    assert erased.code == 0, erased.stderr
    return href


def _status(run_cli):
    return json.loads(run_cli("carddav", "status", "--json").stdout)


def test_cli_remove_deletes_the_cards_of_erased_contacts_first(run_cli, book, test_keyring):
    href = _erased_on_the_server(run_cli, book)

    removed = run_cli("carddav", "remove")

    assert removed.code == 0, removed.stderr
    assert "Address book removed" in removed.stdout and removed.stderr == ""
    assert href not in book.hrefs() and len(book.hrefs()) == 1
    assert "Erasme" not in "".join(book.cards().values())
    assert not any(k[1].startswith("carddav:") for k in test_keyring.secrets)
    assert _status(run_cli)["address_book"] is None


def test_cli_remove_refuses_while_erased_cards_cannot_be_deleted(
    run_cli, own_radicale, data_dir, test_keyring
):
    book = Book(own_radicale)
    _erased_on_the_server(run_cli, book)
    before = _status(run_cli)
    own_radicale.stop()

    refused = run_cli("carddav", "remove")

    assert refused.code == 1
    assert "1 erased contact(s)" in refused.stderr and "carddav remove --force" in refused.stderr
    assert refused.stdout == ""
    assert _status(run_cli) == before  # account, pairings (the erased one too) all kept
    assert any(k[1].startswith("carddav:") for k in test_keyring.secrets)
    arabic = run_cli("carddav", "remove", "--lang", "ar")
    assert arabic.code == 1 and "الممحوّة" in arabic.stderr and "--force" in arabic.stderr

    forced = run_cli("carddav", "remove", "--force")

    assert forced.code == 0, forced.stderr
    assert "Address book removed" in forced.stdout
    assert "1 erased contact(s) remain" in forced.stderr
    assert not any(k[1].startswith("carddav:") for k in test_keyring.secrets)
    assert _status(run_cli)["address_book"] is None and _status(run_cli)["paired_contacts"] == 0


def test_cli_sync_reports_cards_not_imported_because_the_person_was_erased(
    run_cli, book, test_keyring
):
    _erased_on_the_server(run_cli, book)
    assert run_cli("carddav", "sync").code == 0  # the erased card goes from the server
    book.put("again.vcf", card("another-client", FN="E. Q.", EMAIL="ERASME@example.com"))

    plain = run_cli("carddav", "sync")

    assert plain.code == 0, plain.stderr
    assert "Pulled 0, pushed 0, conflicts 0." in plain.stdout
    assert "1 card(s) of erased people were not imported." in plain.stdout
    book.put("by-mail.vcf", card("yet-another-client", FN="Erasme", EMAIL="erasme@example.com"))
    arabic = run_cli("carddav", "sync", "--lang", "ar")
    assert "لم تُستورَد 1 من البطاقات" in arabic.stdout
    assert "not imported" not in run_cli("carddav", "sync").stdout  # nothing new: no line
