"""Typed CardDAV errors; network trouble reuses the sync errors (exit 4)."""

from __future__ import annotations

from gtgcrm_desktop.core.errors import GtgError, InputError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.sync.errors import SyncError


class CardDavCredentialsError(GtgError):
    """The server refused the user name or password (exit 5)."""

    exit_code = 5
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The address book server refused the user name or password; add the account again:"
        " gtgcrm carddav add --url URL --username U.",
    )


class NoCardDavAccountError(InputError):
    """No address book was added yet."""

    message = QT_TRANSLATE_NOOP(
        "errors", "No address book is set up: gtgcrm carddav add --url URL --username U."
    )


class ErasedCardsRemainError(InputError):
    """`carddav remove` refused: cards of erased contacts could not be deleted on the server."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The address book was not removed: the cards of {count} erased contact(s) are still on"
        " the address book server, which cannot be reached or refused to delete them. Try again"
        " when the server can be reached, or remove it anyway (those cards then stay on the"
        " server): gtgcrm carddav remove --force.",
    )


class NotAnAddressBookError(InputError):
    """The URL (and what it points to) holds no CardDAV address book."""

    message = QT_TRANSLATE_NOOP("errors", "No CardDAV address book was found at {url}.")


class AddressBookRefusedError(SyncError):
    """The server refused a request on the address book itself."""

    message = QT_TRANSLATE_NOOP(
        "errors", "The address book server refused the request ({status}); nothing was changed."
    )


class UnreadableCardError(InputError):
    """A card from the server could not be read as a vCard."""

    message = QT_TRANSLATE_NOOP("errors", "A card on the address book server cannot be read.")


class BadServerAnswerError(SyncError):
    """The server's WebDAV answer could not be read."""

    message = QT_TRANSLATE_NOOP(
        "errors", "The address book server sent an answer that cannot be read ({detail})."
    )
