"""The fixed words of privacy records: purposes, channels, statuses, lawful bases, request kinds."""

from __future__ import annotations

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.privacy.errors import InvalidChoiceError, InvalidSourceError

# -- subjects ---------------------------------------------------------------------------------
ACCOUNT = "account"
CONTACT = "contact"
#: The subject id of the user's own account (there is one account per workspace).
ACCOUNT_ID = "account"

# -- account consent purposes -----------------------------------------------------------------
MARKETING_EMAIL = "marketing_email"
PERSONALISED_ADS = "personalised_ads"
USAGE_ANALYTICS = "usage_analytics"
ACCOUNT_PURPOSES: tuple[str, ...] = (MARKETING_EMAIL, PERSONALISED_ADS, USAGE_ANALYTICS)
#: Purposes named after a connected account or integration: "sync:<server>", "integration:<name>".
INTEGRATION_PREFIXES: tuple[str, ...] = ("sync:", "integration:")

# -- contact consent --------------------------------------------------------------------------
MARKETING = "marketing"
CONTACT_PURPOSES: tuple[str, ...] = (MARKETING,)
EMAIL, SMS, PHONE = "email", "sms", "phone"
CHANNELS: tuple[str, ...] = (EMAIL, SMS, PHONE)
#: The channel of an objection: it covers every channel at once.
ALL_CHANNELS = "*"

GRANTED, WITHDRAWN, UNKNOWN = "granted", "withdrawn", "unknown"
STATUSES: tuple[str, ...] = (GRANTED, WITHDRAWN, UNKNOWN)

LAWFUL_BASES: tuple[str, ...] = (
    "consent",
    "contract",
    "legal_obligation",
    "vital_interests",
    "public_task",
    "legitimate_interest",
)

# -- data requests ----------------------------------------------------------------------------
ACCESS, CORRECTION, ERASURE, OBJECTION = "access", "correction", "erasure", "objection"
REQUEST_KINDS: tuple[str, ...] = (ACCESS, CORRECTION, ERASURE, OBJECTION)
OPEN, IN_PROGRESS, COMPLETED, REJECTED = "open", "in_progress", "completed", "rejected"
REQUEST_STATUSES: tuple[str, ...] = (OPEN, IN_PROGRESS, COMPLETED, REJECTED)
CLOSED_STATUSES: tuple[str, ...] = (COMPLETED, REJECTED)

# -- sources of a consent event ---------------------------------------------------------------
SOURCE_PRIVACY_TAB = "privacy_tab"
SOURCE_FIRST_RUN = "first_run"
SOURCE_CLI = "command_line"
SOURCE_IMPORT = "import"
SOURCE_SYNC = "sync"
#: Where an account consent decision may come from: a fixed list, never free text.
ACCOUNT_SOURCES: tuple[str, ...] = (
    SOURCE_PRIVACY_TAB,
    SOURCE_FIRST_RUN,
    SOURCE_CLI,
    SOURCE_SYNC,
    SOURCE_IMPORT,
)

#: Labels for the UI and CLI (context "privacy"); keys are the stored words.
LABELS: dict[str, str] = {
    MARKETING_EMAIL: QT_TRANSLATE_NOOP("privacy", "Marketing e-mail"),
    PERSONALISED_ADS: QT_TRANSLATE_NOOP("privacy", "Personalised ads"),
    USAGE_ANALYTICS: QT_TRANSLATE_NOOP("privacy", "Usage analytics"),
    MARKETING: QT_TRANSLATE_NOOP("privacy", "Direct marketing"),
    EMAIL: QT_TRANSLATE_NOOP("privacy", "E-mail"),
    SMS: QT_TRANSLATE_NOOP("privacy", "SMS"),
    PHONE: QT_TRANSLATE_NOOP("privacy", "Phone"),
    ALL_CHANNELS: QT_TRANSLATE_NOOP("privacy", "All channels"),
    GRANTED: QT_TRANSLATE_NOOP("privacy", "granted"),
    WITHDRAWN: QT_TRANSLATE_NOOP("privacy", "withdrawn"),
    UNKNOWN: QT_TRANSLATE_NOOP("privacy", "unknown"),
    "consent": QT_TRANSLATE_NOOP("privacy", "Consent"),
    "contract": QT_TRANSLATE_NOOP("privacy", "Contract"),
    "legal_obligation": QT_TRANSLATE_NOOP("privacy", "Legal obligation"),
    "vital_interests": QT_TRANSLATE_NOOP("privacy", "Vital interests"),
    "public_task": QT_TRANSLATE_NOOP("privacy", "Public task"),
    "legitimate_interest": QT_TRANSLATE_NOOP("privacy", "Legitimate interest"),
    ACCESS: QT_TRANSLATE_NOOP("privacy", "access"),
    CORRECTION: QT_TRANSLATE_NOOP("privacy", "correction"),
    ERASURE: QT_TRANSLATE_NOOP("privacy", "erasure"),
    OBJECTION: QT_TRANSLATE_NOOP("privacy", "objection"),
    OPEN: QT_TRANSLATE_NOOP("privacy", "open"),
    IN_PROGRESS: QT_TRANSLATE_NOOP("privacy", "in progress"),
    COMPLETED: QT_TRANSLATE_NOOP("privacy", "completed"),
    REJECTED: QT_TRANSLATE_NOOP("privacy", "rejected"),
    SOURCE_PRIVACY_TAB: QT_TRANSLATE_NOOP("privacy", "privacy tab"),
    SOURCE_FIRST_RUN: QT_TRANSLATE_NOOP("privacy", "first run"),
    SOURCE_CLI: QT_TRANSLATE_NOOP("privacy", "command line"),
    SOURCE_IMPORT: QT_TRANSLATE_NOOP("privacy", "import"),
}

# Names of the things validated, for messages (context "fields").
WHAT_PURPOSE = QT_TRANSLATE_NOOP("fields", "purpose")
WHAT_CHANNEL = QT_TRANSLATE_NOOP("fields", "channel")
WHAT_STATUS = QT_TRANSLATE_NOOP("fields", "status")
WHAT_BASIS = QT_TRANSLATE_NOOP("fields", "lawful basis")
WHAT_KIND = QT_TRANSLATE_NOOP("fields", "request kind")


def label(word: str) -> str:
    """The translatable label of a stored word (the word itself when it has none)."""
    return LABELS.get(word, word)


def require(value: str, choices: tuple[str, ...], what: str) -> str:
    """`value` when it is one of `choices`, else InvalidChoiceError."""
    if value not in choices:
        raise InvalidChoiceError(value=value, what=what, choices=", ".join(choices))
    return value


def is_integration_purpose(purpose: str) -> bool:
    """True for "sync:<server>" and "integration:<name>" purposes with a non-empty name."""
    return any(purpose.startswith(p) and len(purpose) > len(p) for p in INTEGRATION_PREFIXES)


def require_account_purpose(purpose: str) -> str:
    """`purpose` when it is an account purpose or an integration purpose."""
    if purpose in ACCOUNT_PURPOSES or is_integration_purpose(purpose):
        return purpose
    choices = ", ".join((*ACCOUNT_PURPOSES, "sync:<server>", "integration:<name>"))
    raise InvalidChoiceError(value=purpose, what=WHAT_PURPOSE, choices=choices)


def require_account_source(source: str) -> str:
    """`source` when it is one of ACCOUNT_SOURCES, else InvalidSourceError naming them."""
    if source not in ACCOUNT_SOURCES:
        raise InvalidSourceError(value=source, choices=", ".join(ACCOUNT_SOURCES))
    return source
