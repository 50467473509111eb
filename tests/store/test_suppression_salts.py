"""Suppression salts: a workspace made by version 7 keeps matching its entries after 0008, and
salts learnt from other devices match too (issue 11, point 4)."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from gtgcrm_desktop.core.hlc import HybridLogicalClock
from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber
from gtgcrm_desktop.store import migrations
from gtgcrm_desktop.store.changelog import ChangeLog
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.store.settings import WorkspaceSettings
from gtgcrm_desktop.store.suppression import (
    ENTITY,
    SALT_ENTITY,
    SuppressionEntries,
    SuppressionList,
    salt_id,
)


def _old_hash(salt: bytes, kind: str, value: str) -> str:
    return hmac.new(salt, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


def test_a_version_7_salt_keeps_matching_and_is_queued_for_sync(tmp_path: Path) -> None:
    database = Database.open(tmp_path / "v7.db", secrets.token_bytes(32))
    try:
        migrations.migrate(database, target=7)
        salt = secrets.token_bytes(32)
        with database.transaction():
            database.execute(
                "INSERT INTO settings (key, value) VALUES ('device_id', ?), ('suppression_salt', ?)",
                (json.dumps("devold1"), json.dumps(salt.hex())),
            )
            database.executemany(
                "INSERT INTO suppressions (hash, kind, created_at) VALUES (?, ?, '2026-01-01')",
                [
                    (_old_hash(salt, "email", "gone@example.com"), "email"),
                    (_old_hash(salt, "phone", "+966501112233"), "phone"),
                ],
            )

        migrations.migrate(database)

        changes = ChangeLog(database, HybridLogicalClock("devold1"))
        suppression = SuppressionList(database, WorkspaceSettings(database), changes)
        assert suppression.matches(Contact(emails=[EmailAddress("Gone@Example.com")]))
        assert suppression.matches(Contact(phones=[PhoneNumber("050 111 2233", "+966501112233")]))
        assert not suppression.matches(Contact(emails=[EmailAddress("kept@example.com")]))
        assert database.scalar("SELECT count(*) FROM settings WHERE key = 'suppression_salt'") == 0
        queued = [(e.entity, e.device_id) for e in changes.unpushed()]
        assert queued == [(SALT_ENTITY, "devold1"), (ENTITY, "devold1"), (ENTITY, "devold1")]
        # new entries keep using the same salt until the cloud names the workspace's
        assert suppression.current_salt() == (salt_id(salt), salt)
    finally:
        database.close()


def test_new_entries_use_the_first_salt_of_the_feed_and_old_ones_still_match(workspace) -> None:  # type: ignore[no-untyped-def]
    suppression = workspace.suppression
    suppression.add(Contact(emails=[EmailAddress("before@example.com")]))
    own_id, _ = suppression.current_salt()
    theirs = secrets.token_bytes(32)
    theirs_id = salt_id(theirs)
    suppression.apply_remote(
        {
            "seq": 3,
            "entity": SALT_ENTITY,
            "entity_id": theirs_id,
            "operation": "create",
            "fields": {"salt": theirs.hex()},
        }
    )
    suppression.apply_remote(  # our own salt comes back later in the feed: not the first
        {
            "seq": 9,
            "entity": SALT_ENTITY,
            "entity_id": own_id,
            "operation": "create",
            "fields": {"salt": suppression.salts()[own_id]},
        }
    )
    assert suppression.current_salt() == (theirs_id, theirs)

    suppression.add(Contact(emails=[EmailAddress("after@example.com")]))

    used = dict(workspace.db.all("SELECT salt_id, count(*) FROM suppressions GROUP BY salt_id"))
    assert used == {own_id: 1, theirs_id: 1}
    for email in ("before@example.com", "after@example.com"):
        assert suppression.matches(Contact(emails=[EmailAddress(email)]))


def test_merge_brings_foreign_salts_and_entries(workspace) -> None:  # type: ignore[no-untyped-def]
    salt = secrets.token_bytes(32)
    foreign = SuppressionEntries(
        {salt_id(salt): salt.hex()},
        [(_old_hash(salt, "email", "far@example.com"), "email", salt_id(salt))],
    )
    assert not workspace.suppression.matches(Contact(emails=[EmailAddress("far@example.com")]))
    assert workspace.suppression.merge(foreign) == 1
    assert workspace.suppression.matches(Contact(emails=[EmailAddress("FAR@example.com")]))
    assert workspace.suppression.merge(foreign) == 0


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.emails(),
        st.from_regex(r"[A-Za-z0-9._%+-]{1,12}@[A-Za-z0-9.-]{1,12}\.[A-Za-z]{2,5}", fullmatch=True),
        st.text(max_size=30),
    )
)
def test_the_fast_email_key_agrees_with_the_validator_on_every_valid_address(value: str) -> None:
    from gtgcrm_desktop.core.validation import email_match_key
    from gtgcrm_desktop.store.suppression import _email_key

    expected = email_match_key(value)
    if expected:  # entries are made from valid addresses only
        assert _email_key(value) == expected


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=1, max_size=100), st.binary(max_size=80))
def test_the_keyed_hash_is_hmac_sha256(salt: bytes, message: bytes) -> None:
    from gtgcrm_desktop.store.suppression import _pads

    inner, outer = (state.copy() for state in _pads(salt))
    inner.update(message)
    outer.update(inner.digest())
    assert outer.digest() == hmac.digest(salt, message, "sha256")
