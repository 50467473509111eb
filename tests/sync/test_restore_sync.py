"""Restore and sync (issue 11, point 6): a workspace restored from a backup pulls before it
pushes; contacts deleted elsewhere after the backup stay deleted, nothing is duplicated and
nobody erased after the backup comes back (reference server, two devices)."""

from __future__ import annotations

import pytest

from gtgcrm_desktop.privacy.backup_restore import restore_with_erasure
from gtgcrm_desktop.privacy.erasure import erase_contact
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.store.backups import RESTORED_AT_KEY, create_backup
from gtgcrm_desktop.sync.engine import SyncHooks, SyncReport
from tests.conftest import PASSPHRASE
from tests.sync.conftest import Client, assert_converged, server_contacts, settle

EMAIL = "erasme@example.com"


class Restored(Client):
    """A device whose workspace was restored from a backup (no keychain slot: passphrase)."""

    def _open(self) -> Workspace:
        return Workspace.open(self.path, Secrets(passphrase=PASSPHRASE))


def _given(client: Client) -> list[str]:
    return sorted(c["given_name"] for c in client.contacts().values())


@pytest.mark.parametrize("where", ["same computer", "new computer"])
def test_a_restored_workspace_catches_up_before_it_pushes(clients, server, tmp_path, where):
    a, b, _ = clients
    kept = a.add(given_name="Kept", notes="before the backup")
    gone = a.add(given_name="Gone")
    person = a.add(given_name="Erasme", emails=[{"value": EMAIL}])
    settle(a, b)
    unsent = a.add(given_name="Unsent")  # in the backup, pushed only after it was taken
    late = a.add(given_name="Late", emails=[{"value": "late@example.com"}])  # the same, erased
    backup = create_backup(a.ws, tmp_path / "a.gtgbackup").path
    # after the backup: a pushes `unsent`, b deletes `gone`, a erases the person,
    # b edits `kept` and adds a contact
    a.sync()
    b.sync()
    b.ws.contacts.delete(gone)
    b.edit(kept, notes="after the backup")
    b.add(given_name="Newer")
    b.sync()
    erase_contact(a.ws, person)
    erase_contact(a.ws, late)
    settle(a, b)
    before = server_contacts(server)
    assert sorted(c["given_name"] for c in before.values()) == ["Kept", "Newer", "Unsent"]

    entries = a.ws.suppression.export() if where == "same computer" else None
    target = tmp_path / "restored"
    restored = restore_with_erasure(backup, target, Secrets(passphrase=PASSPHRASE), entries)
    assert restored.erased_again == (2 if where == "same computer" else 0)
    device = Restored(target, a.email, a.password, server)
    order: list[str] = []
    device.service.hooks = SyncHooks(
        after_page=lambda n: order.append("pull"),
        after_push_response=lambda n: order.append("push"),
    )
    device.login()
    assert device.service.store.get(RESTORED_AT_KEY)
    engine = device.service.engine()
    engine.push(SyncReport())  # a push on its own waits for the first pull
    engine.client.close()
    assert order == [] and server_contacts(server) == before

    report = device.sync()

    # Its queued changes were delivered by `a` already (the pull brings them back): only the
    # erasures re-applied on the same computer are left to push.
    assert order and order[0] == "pull" and ("push" in order) == (where == "same computer")
    assert device.service.store.get(RESTORED_AT_KEY) is None
    assert _given(device) == ["Kept", "Newer", "Unsent"]
    assert device.contacts()[kept]["notes"] == "after the backup"
    for contact_id in (gone, person, late):
        assert not device.ws.contacts.exists(contact_id)
    kept_anywhere = str(device.ws.db.all("SELECT * FROM sync_conflicts"))
    kept_anywhere += str(device.ws.db.all("SELECT * FROM sync_inbox"))
    kept_anywhere += str(device.ws.db.all("SELECT fields FROM change_log"))
    assert "late@example.com" not in kept_anywhere and EMAIL not in kept_anywhere
    assert server_contacts(server) == before  # nothing came back, nothing doubled
    assert report.open_conflicts == 0
    device.service.hooks = SyncHooks()
    settle(device, a, b)
    state = assert_converged(server, device, a, b)
    assert len(state) == 3 and unsent in state
    assert EMAIL not in str(state) and "late@example.com" not in str(state)
    device.ws.close()


def test_changes_the_backup_still_queued_but_delivered_since_raise_no_conflict(
    clients, server, tmp_path
):
    """The backup was taken before its device pushed a new contact; the push went through,
    another device then edited the contact. The restored copy pulls its own queued change back
    (the same clock): it is delivered already, so the later edit is no conflict (audit)."""
    a, b, _ = clients
    unsent = a.add(given_name="Unsent", notes="typed before the backup")
    backup = create_backup(a.ws, tmp_path / "a.gtgbackup").path
    a.sync()
    b.sync()
    b.edit(unsent, given_name="Edited", notes="edited on b")
    b.sync()
    restored = restore_with_erasure(
        backup, tmp_path / "restored", Secrets(passphrase=PASSPHRASE), None
    )
    device = Restored(restored.result.target, a.email, a.password, server)
    device.login()

    report = device.sync()

    assert (report.conflicts, report.open_conflicts) == (0, 0)
    assert device.contacts()[unsent]["given_name"] == "Edited"
    assert device.service.store.pending_count() == 0
    settle(device, a, b)
    assert assert_converged(server, device, a, b)[unsent]["notes"] == "edited on b"
    device.ws.close()
