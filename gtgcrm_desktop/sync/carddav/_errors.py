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


class CardDavPasswordMissingError(CardDavCredentialsError):
    """An address book is set up but its password is not here (exit 5): it was sealed for
    another device (a restored workspace) or under the data key before a key rotation."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The password of the address book {url} is not kept on this device (a restored"
        " workspace or a new data key); add it again: gtgcrm carddav add --url {url} --username U.",
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


class AnswerTooLargeError(SyncError):
    """An answer weighed more than the limit for its kind (a hostile or broken server)."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The address book server sent an answer larger than {megabytes} MB; the sync stopped"
        " and what was not saved yet will be tried again next time.",
    )


class DeadlinePassedError(SyncError):
    """One request took longer in all than its total deadline (a server trickling its answer)."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The address book server did not finish answering within {seconds} seconds; the sync"
        " stopped and what was not saved yet will be tried again next time.",
    )


class AddressBookFullError(SyncError):
    """507 Insufficient Storage on a write: the server has no room for more cards."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The address book server has no room left (507); {count} change(s) stay on this"
        " computer and are sent at the next sync once there is room.",
    )


class RedirectedElsewhereError(InputError):
    """Discovery was sent to another server; nothing (no password) was sent there."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The address book server sent us on to another server ({url}); the password was not"
        " sent there. If that address is right, add it instead: gtgcrm carddav add --url URL.",
    )


class SeveralAddressBooksError(InputError):
    """The account holds several address books and none was chosen."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "This account has several address books: {names}. Choose one with --address-book NAME.",
    )


class UnknownAddressBookError(InputError):
    """The address book asked for is not among the account's."""

    message = QT_TRANSLATE_NOOP(
        "errors", "There is no address book called {name} on this account; it has: {names}."
    )
