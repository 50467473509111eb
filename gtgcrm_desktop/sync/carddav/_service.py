"""CardDAV for one workspace: add and remove the account, run a sync (used by the CLI)."""

from __future__ import annotations

import json
import logging
from typing import Any

from gtgcrm_desktop.core import settings
from gtgcrm_desktop.core.paths import MACHINE_SETTINGS_FILE
from gtgcrm_desktop.store.carddav_state import (
    CARD_VERSION_KEY,
    COLLECTION_KEY,
    LAST_RUN_KEY,
    CardDavState,
)
from gtgcrm_desktop.store.keychain import Keychain
from gtgcrm_desktop.sync.carddav._discovery import (
    AddressBook,
    choose_address_book,
    find_address_books,
)
from gtgcrm_desktop.sync.carddav._engine import CardDavEngine, CardDavHooks, CardDavReport
from gtgcrm_desktop.sync.carddav._errors import (
    CardDavCredentialsError,
    CardDavPasswordMissingError,
    ErasedCardsRemainError,
    NoCardDavAccountError,
)
from gtgcrm_desktop.sync.carddav._http import Credentials, DavClient
from gtgcrm_desktop.sync.carddav._vault import CredentialVault
from gtgcrm_desktop.sync.carddav._vcard import CardCodec
from gtgcrm_desktop.sync.client import check_server_url
from gtgcrm_desktop.sync.errors import SyncError
from gtgcrm_desktop.sync.retry import RetryPolicy

_log = logging.getLogger(__name__)

#: Retries when `remove` deletes erased cards: a short try, the person is waiting.
REMOVE_RETRY = RetryPolicy(attempts=2, base_delay=0.5, max_delay=1.0, max_wait=5.0)


class CardDavService:
    """Everything the app does with a CardDAV address book, for one unlocked workspace."""

    def __init__(
        self,
        workspace: Any,
        codec: CardCodec,
        *,
        keychain: Keychain | None = None,
        ca_file: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: tuple[float, float] | None = None,
        deadline: float | None = None,
        hooks: CardDavHooks | None = None,
    ) -> None:
        self.workspace = workspace
        self.codec = codec
        self.state = CardDavState(workspace.db)
        self.vault = CredentialVault(workspace, keychain)
        self._ca_file = ca_file if ca_file is not None else _machine_ca_file(workspace)
        self._retry = retry
        self._timeout = timeout
        self._deadline = deadline
        self.hooks = hooks or CardDavHooks()

    def _client(
        self, url: str, credentials: Credentials, retry: RetryPolicy | None = None
    ) -> DavClient:
        options: dict[str, Any] = {"ca_file": self._ca_file or None}
        if self._retry is not None or retry is not None:
            options["retry"] = self._retry or retry
        if self._timeout is not None:
            options["timeout"] = self._timeout
        if self._deadline is not None:
            options["deadline"] = self._deadline
        return DavClient(url, credentials, **options)

    def address_books(self, url: str, username: str, password: str) -> list[AddressBook]:
        """The address books these credentials reach from `url` (for the person to choose)."""
        with self._client(check_server_url(url), Credentials(username, password)) as client:
            return find_address_books(client)

    def add(self, url: str, username: str, password: str, address_book: str | None = None) -> str:
        """Find the address book with these credentials (`address_book`: its name, among
        several), then keep them; returns its URL."""
        credentials = Credentials(username, password)
        book = choose_address_book(self.address_books(url, username, password), address_book)
        collection = book.url
        with self.workspace.db.transaction():
            if self.state.collection_url != collection:
                self.state.forget_all()
            self.state.put(COLLECTION_KEY, collection)
            self.state.put(CARD_VERSION_KEY, book.best_version)
        self.vault.save(credentials)
        _log.info("carddav address book added")
        return collection

    def remove(self, *, force: bool = False) -> int:
        """Forget the credentials and every pairing; local contacts stay as they are.

        The cards of erased contacts still on the server are deleted first (the deletions of a
        sync, nothing else): forgetting their pairings would leave them there for good. When
        some cannot be deleted, ErasedCardsRemainError and the account is kept, unless `force`.
        Returns how many erased contacts' cards were left on the server (only with `force`)."""
        remaining = self._delete_erased_cards()
        if remaining and not force:
            raise ErasedCardsRemainError(count=remaining)
        self.vault.forget()
        self.state.forget_all()
        if remaining:
            _log.warning("carddav address book removed; %d erased card(s) left", remaining)
        else:
            _log.info("carddav address book removed")
        return remaining

    def pending_erasures(self) -> int:
        """How many erased contacts' cards still have to be deleted on the server."""
        return len(self.state.erased_contacts())

    def _delete_erased_cards(self) -> int:
        """One short try at deleting the erased contacts' cards; how many are left."""
        if not self.pending_erasures():
            return 0
        try:
            engine = self.engine(retry=REMOVE_RETRY)
        except (NoCardDavAccountError, CardDavPasswordMissingError):  # nothing can be deleted
            return self.pending_erasures()
        try:
            engine.push_erasures(CardDavReport())
        except (SyncError, CardDavCredentialsError) as error:
            _log.warning(
                "carddav: erased cards not deleted before removal (%s)", type(error).__name__
            )
        finally:
            engine.client.close()
        return self.pending_erasures()

    def engine(self, *, retry: RetryPolicy | None = None) -> CardDavEngine:
        collection, credentials = self.state.collection_url, self.vault.load()
        if not collection:
            raise NoCardDavAccountError()
        if credentials is None:
            raise CardDavPasswordMissingError(url=collection)
        return CardDavEngine(
            self.workspace,
            self._client(collection, credentials, retry),
            collection,
            self.codec,
            self.hooks,
        )

    def sync(self) -> CardDavReport:
        engine = self.engine()
        try:
            report = engine.run()
        finally:
            engine.client.close()
        self.state.put(LAST_RUN_KEY, json.dumps(report.to_json()))
        return report

    def status(self) -> dict[str, Any]:
        last = self.state.get(LAST_RUN_KEY)
        credentials = self.vault.load()
        return {
            "address_book": self.state.collection_url,
            "username": None if credentials is None else credentials.username,
            "credentials_in": self.vault.where,
            "paired_contacts": self.state.count(),
            "new_cards_version": self.state.card_version,
            "incremental": bool(self.state.sync_token),
            "last_run": None if last is None else json.loads(last),
        }


def _machine_ca_file(workspace: Any) -> str:
    machine = settings.MachineSettings(workspace.data_dir / MACHINE_SETTINGS_FILE)
    return str(machine.get(settings.SYNC_CA_FILE))
