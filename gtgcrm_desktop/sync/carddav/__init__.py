"""CardDAV address book sync (RFC 6352, RFC 6578 sync-collection, ETag preconditions); no Qt."""

from gtgcrm_desktop.sync.carddav._engine import CardDavEngine, CardDavHooks, CardDavReport
from gtgcrm_desktop.sync.carddav._errors import (
    AddressBookRefusedError,
    BadServerAnswerError,
    CardDavCredentialsError,
    ErasedCardsRemainError,
    NoCardDavAccountError,
    NotAnAddressBookError,
    UnreadableCardError,
)
from gtgcrm_desktop.sync.carddav._http import Credentials, DavClient
from gtgcrm_desktop.sync.carddav._service import CardDavService
from gtgcrm_desktop.sync.carddav._vcard import CardCodec

__all__ = [
    "AddressBookRefusedError",
    "BadServerAnswerError",
    "CardCodec",
    "CardDavCredentialsError",
    "CardDavEngine",
    "CardDavHooks",
    "CardDavReport",
    "CardDavService",
    "Credentials",
    "DavClient",
    "ErasedCardsRemainError",
    "NoCardDavAccountError",
    "NotAnAddressBookError",
    "UnreadableCardError",
]
