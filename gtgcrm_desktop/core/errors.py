"""Typed errors raised by the core; the CLI and UI turn them into translated messages."""

from __future__ import annotations

import errno
from typing import ClassVar

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP, translate


class GtgError(Exception):
    """Base of every error the app reports to a person.

    `message` is English source text with `{name}` placeholders; it is the translation key
    in the `errors` context of `i18n/*.ts`. `params` fill the placeholders.
    """

    exit_code: ClassVar[int] = 70
    #: Parameters whose values are themselves translatable, with their context.
    translated_params: ClassVar[dict[str, str]] = {}
    message: ClassVar[str] = QT_TRANSLATE_NOOP("errors", "An internal error occurred.")

    def __init__(self, message: str | None = None, **params: object) -> None:
        self.text = message or self.message
        self.params = params
        super().__init__(self.render())

    def render(self, template: str | None = None, params: dict[str, object] | None = None) -> str:
        """Fill the placeholders of `template` (default: the English text)."""
        template = template or self.text
        try:
            return template.format(**(self.params if params is None else params))
        except (KeyError, IndexError, ValueError):
            return template

    def localized(self, language: str) -> str:
        """The message in `language`, with translatable parameters translated too."""
        params = {
            name: translate(self.translated_params[name], str(value), language)
            if name in self.translated_params
            else value
            for name, value in self.params.items()
        }
        return self.render(translate("errors", self.text, language), params)


class InputError(GtgError):
    """Bad input or a refused request; nothing was changed (exit 1)."""

    exit_code = 1
    message = QT_TRANSLATE_NOOP("errors", "The input was refused.")


class ValidationError(InputError):
    """A value failed validation; `field` names the field it belongs to."""

    message = QT_TRANSLATE_NOOP("errors", "{field}: {reason}")
    translated_params: ClassVar[dict[str, str]] = {"field": "fields", "reason": "errors"}

    def __init__(self, field: str, reason: str, value: str = "") -> None:
        self.field = field
        self.reason = reason
        super().__init__(self.message, field=field, reason=reason)
        # The value is kept for the UI to highlight, never put into the message text.
        self.value = value


class NotFoundError(InputError):
    """The record asked for does not exist."""

    message = QT_TRANSLATE_NOOP("errors", "No {entity} with id {id}.")
    translated_params: ClassVar[dict[str, str]] = {"entity": "fields"}


class AlreadyExistsError(InputError):
    """Creating something that is already there."""

    message = QT_TRANSLATE_NOOP("errors", "A workspace already exists in {path}.")


class UnlockError(GtgError):
    """The workspace cannot be opened (exit 2); files are left as they were."""

    exit_code = 2
    message = QT_TRANSLATE_NOOP("errors", "The workspace cannot be unlocked.")


class WrongPassphraseError(UnlockError):
    """The passphrase does not open the passphrase key slot."""

    message = QT_TRANSLATE_NOOP("errors", "Wrong passphrase.")


class UnknownRecoveryCodeError(UnlockError):
    """The recovery code does not open the recovery key slot."""

    message = QT_TRANSLATE_NOOP("errors", "Unknown recovery code.")


class NoSecretError(UnlockError):
    """No keychain entry and no passphrase or recovery code was given."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "No key in the system keychain for this workspace; give the passphrase (GTGCRM_PASSPHRASE or --passphrase-file).",
    )


class NoWorkspaceError(UnlockError):
    """The data directory holds no workspace."""

    message = QT_TRANSLATE_NOOP("errors", "No workspace in {path}; create one with 'gtgcrm init'.")


class CorruptWorkspaceError(UnlockError):
    """The database or its key file is damaged."""

    message = QT_TRANSLATE_NOOP("errors", "The workspace in {path} is damaged: {detail}.")
    translated_params: ClassVar[dict[str, str]] = {"detail": "errors"}


class NewerSchemaError(UnlockError):
    """The database was written by a newer version of the app."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "This workspace was written by a newer version of GTG CRM (schema {found}, this version knows up to {known}); update the app.",
    )


class KeychainError(GtgError):
    """The system keychain refused an operation."""

    exit_code = 3
    message = QT_TRANSLATE_NOOP("errors", "The system keychain could not be used: {detail}.")


class DamagedDatabaseError(UnlockError):
    """A page of the database cannot be read or does not verify (exit 2)."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The workspace in {path} is damaged: part of its database cannot be read. Restore your latest backup ('gtgcrm backup list', then 'gtgcrm backup restore FILE --to DIR').",
    )


class WorkspaceInUseError(InputError):
    """Another process holds the workspace lock (exit 1; nothing was changed)."""

    APP = QT_TRANSLATE_NOOP(
        "errors",
        "The workspace is open in the GTG CRM app (process {pid}); close the app and try again.",
    )
    COMMAND = QT_TRANSLATE_NOOP(
        "errors",
        "The workspace is in use by '{command}' (process {pid}); try again when it has finished.",
    )
    UNKNOWN = QT_TRANSLATE_NOOP(
        "errors", "The workspace is in use by another program; try again when it has finished."
    )
    message = UNKNOWN


class DatabaseBusyError(InputError):
    """The database stayed locked by another program for longer than we wait (exit 1)."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The database stayed busy for more than {seconds} seconds (another program is writing to it); nothing was changed. Try again.",
    )


class FileAccessError(InputError):
    """The operating system refused a file or folder we need (exit 1)."""

    message = QT_TRANSLATE_NOOP("errors", "Cannot use {path}: {reason}.")
    translated_params: ClassVar[dict[str, str]] = {"reason": "errors"}
    REASONS: ClassVar[dict[int, str]] = {
        errno.EACCES: QT_TRANSLATE_NOOP("errors", "permission denied"),
        errno.EPERM: QT_TRANSLATE_NOOP("errors", "permission denied"),
        errno.EROFS: QT_TRANSLATE_NOOP("errors", "the file system is read-only"),
        errno.ENOSPC: QT_TRANSLATE_NOOP("errors", "the disk is full"),
        errno.ENOENT: QT_TRANSLATE_NOOP("errors", "it does not exist"),
        errno.ENOTDIR: QT_TRANSLATE_NOOP("errors", "part of the path is not a folder"),
        errno.EISDIR: QT_TRANSLATE_NOOP("errors", "it is a folder"),
        errno.EEXIST: QT_TRANSLATE_NOOP("errors", "it already exists"),
    }
    OTHER_REASON = QT_TRANSLATE_NOOP("errors", "the operating system refused it")

    @classmethod
    def from_os_error(cls, error: OSError) -> FileAccessError:
        """The message for `error`, naming its file (the OS's own text is not translated)."""
        reason = cls.REASONS.get(error.errno or 0, cls.OTHER_REASON)
        path = error.filename if error.filename is not None else "?"
        return cls(path=str(path), reason=reason)
