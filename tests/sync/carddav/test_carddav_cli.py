"""`gtgcrm carddav add|sync|status|remove`: credentials kept safely, counts reported."""

from __future__ import annotations

import json

from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.store.sync_state import SyncStore
from tests.sync.carddav.conftest import USERS, card

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
