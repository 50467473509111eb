"""Typed errors of the privacy package; messages are translation keys of the `errors` context."""

from __future__ import annotations

from typing import ClassVar

from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP


class InvalidChoiceError(InputError):
    """A value outside a fixed vocabulary (purpose, channel, status, lawful basis...)."""

    message = QT_TRANSLATE_NOOP("errors", "{value} is not a valid {what}; use one of: {choices}.")
    translated_params: ClassVar[dict[str, str]] = {"what": "fields"}


class InvalidSourceError(InputError):
    """An account consent source outside the fixed list (free text might hold personal data)."""

    message = QT_TRANSLATE_NOOP("errors", "{value} is not a consent source; use one of: {choices}.")


class InvalidEventNameError(InputError):
    """A usage event name that is not a short identifier (and so might carry personal data)."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "Usage event names are short identifiers (a-z, 0-9, '.', '_', ':', '-'), never free text.",
    )


class RequestClosedError(InputError):
    """A data request that is already completed or rejected."""

    message = QT_TRANSLATE_NOOP("errors", "Data request {id} is already closed ({status}).")
    translated_params: ClassVar[dict[str, str]] = {"status": "privacy"}


class RequestMismatchError(InputError):
    """A data request given for an action of another kind or subject."""

    message = QT_TRANSLATE_NOOP(
        "errors", "Data request {id} is a {kind} request for {subject}, not for this action."
    )
    translated_params: ClassVar[dict[str, str]] = {"kind": "privacy"}


class ConfirmationRequiredError(InputError):
    """An irreversible action asked for without confirmation."""

    message = QT_TRANSLATE_NOOP("errors", "This cannot be undone; add --yes to confirm.")


class OutputExistsError(InputError):
    """The output file already exists."""

    message = QT_TRANSLATE_NOOP("errors", "{path} already exists; choose a new file name.")


class ExportPassphraseMissingError(InputError):
    """An encrypted export or its opening without a passphrase."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "Give the export passphrase (GTGCRM_EXPORT_PASSPHRASE or --export-passphrase-file).",
    )


class NotAnExportError(InputError):
    """A file that is not an encrypted GTG CRM export."""

    message = QT_TRANSLATE_NOOP("errors", "{path} is not an encrypted GTG CRM export.")


class NewerExportError(InputError):
    """An encrypted export written in a format this version does not know."""

    message = QT_TRANSLATE_NOOP(
        "errors", "{path} uses export format {version}; update the app to open it."
    )


class ExportDecryptionError(InputError):
    """A wrong passphrase, or a damaged or truncated encrypted export."""

    message = QT_TRANSLATE_NOOP(
        "errors", "Cannot open {path}: wrong passphrase, or the file is damaged or incomplete."
    )


class ChainBrokenError(InputError):
    """Tampering found in the consent ledger or the audit log."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "Tampering detected. Consent ledger entries: {consent}. Audit log entries: {audit}.",
    )


class NoChangeError(InputError):
    """A correction that changes nothing."""

    message = QT_TRANSLATE_NOOP("errors", "Nothing to correct: no field was changed.")


class BadRetentionMonthsError(InputError):
    """A retention period that is not a positive number of months."""

    message = QT_TRANSLATE_NOOP(
        "errors", "The retention period must be between 1 and 1200 months, not {value}."
    )


class ExportTooDemandingError(InputError):
    """An encrypted export whose header asks for more work than the app ever writes."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "{path} asks for more than GTG CRM ever writes (a far higher decryption cost); "
        "it was not opened.",
    )


class SealedExportTooLargeError(InputError):
    """A file to open as an encrypted export that is larger than any export the app writes."""

    message = QT_TRANSLATE_NOOP(
        "errors", "{path} is larger than any export GTG CRM writes; nothing was opened."
    )


class ExportTooLargeError(InputError):
    """An export that would unpack to more files or bytes than the app ever writes."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "{path} would unpack to more than GTG CRM ever writes (too many or too large files); "
        "nothing was written.",
    )


class UnsafeExportEntryError(InputError):
    """An export holding a file name that cannot be unpacked safely (or twice)."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "{path} holds a file named {name} that cannot be unpacked safely; nothing was written.",
    )
