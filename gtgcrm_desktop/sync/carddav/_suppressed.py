"""Cards of erased people that reappear on the server (uploaded again by another client or app):
deleted there again with If-Match, each deletion audited (no card content, no href)."""

from __future__ import annotations

import logging
from typing import Any

from gtgcrm_desktop.store.carddav_state import SYNC_TOKEN_KEY
from gtgcrm_desktop.sync.carddav._http import DavClient

_log = logging.getLogger(__name__)

AUDIT_ACTION = "carddav.card_suppressed"
_ATTEMPTS = 3

#: (href, ETag) of a card seen naming an erased person.
SeenCard = tuple[str, str]


def delete_suppressed_cards(
    workspace: Any, client: DavClient, state: Any, cards: list[SeenCard], report: Any
) -> None:
    """Delete each card (If-Match on the ETag it was read with; after a 412 on its current
    ETag, read by HEAD so nothing of it is fetched again). A card that could not be deleted
    makes the next sync list the address book again, so it is found and tried again."""
    while cards:
        href, etag = cards.pop(0)
        deleted = _delete(client, client.absolute(href), etag, report)
        with workspace.db.transaction():
            workspace.audit.append(
                AUDIT_ACTION,
                subject_type="carddav",
                details={"deleted": deleted, "reason": "suppression", "source": "carddav"},
            )
            if not deleted:
                state.put(SYNC_TOKEN_KEY, None)


def _delete(client: DavClient, url: str, etag: str, report: Any) -> bool:
    for _ in range(_ATTEMPTS):
        answer = client.delete(url, etag or "*")
        if answer.status == 412:
            report.precondition_failed += 1
            current = client.head(url)
            if current.status == 404:
                return True
            etag = current.etag or ""
            continue
        if answer.status < 300 or answer.status == 404:
            return True
        _log.warning(
            "carddav: the server refused to delete an erased person's card (%d)", answer.status
        )
        report.rejected += 1
        return False
    return False
