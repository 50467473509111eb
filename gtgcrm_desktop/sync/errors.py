"""Typed sync errors: network trouble (exit 4), signing in needed (exit 5), server refusals."""

from __future__ import annotations

from gtgcrm_desktop.core.errors import GtgError, InputError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP


class SyncError(GtgError):
    """The cloud workspace could not be used; local data is untouched (exit 4)."""

    exit_code = 4
    message = QT_TRANSLATE_NOOP(
        "errors", "Sync failed; your changes are kept and will be sent later."
    )


class ServerUnreachableError(SyncError):
    """No answer from the server (no network, refused, timed out, cut)."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The sync server {server} cannot be reached; your changes are kept and will be sent later.",
    )


class ServerTimeoutError(SyncError):
    """The server accepted the connection but kept answering too slowly."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The sync server {server} did not answer within {seconds} seconds, several times;"
        " your changes are kept and will be sent later.",
    )


class ServerBusyError(SyncError):
    """The server kept answering 'too many requests' or 'unavailable'."""

    message = QT_TRANSLATE_NOOP(
        "errors", "The sync server is busy; try again in a few minutes (your changes are kept)."
    )


class ServerFailedError(SyncError):
    """The server kept failing (5xx or unreadable answers)."""

    message = QT_TRANSLATE_NOOP(
        "errors", "The sync server failed ({status}); try again later (your changes are kept)."
    )


class TlsError(SyncError):
    """The server's certificate could not be verified."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The identity of the sync server {server} could not be verified (TLS certificate); nothing was sent.",
    )


class RequestRejectedError(SyncError):
    """The server refused a request (4xx other than 401)."""

    message = QT_TRANSLATE_NOOP("errors", "The sync server refused the request ({status}: {code}).")

    def __init__(self, status: int, code: str) -> None:
        self.status = status
        self.code = code
        super().__init__(status=status, code=code)


class SignInRequiredError(GtgError):
    """The tokens are missing, expired or revoked: the person must sign in again (exit 5)."""

    exit_code = 5
    message = QT_TRANSLATE_NOOP(
        "errors", "Sign in to the sync server again: gtgcrm sync login --server URL --email E."
    )


class BadCredentialsError(InputError):
    """Wrong e-mail or password at sign-in."""

    message = QT_TRANSLATE_NOOP("errors", "Wrong e-mail or password.")


class InsecureServerError(InputError):
    """A server address that is not https (plain http is allowed on this computer only)."""

    message = QT_TRANSLATE_NOOP(
        "errors", "The server address must start with https:// (got {url})."
    )


class ConflictResolutionError(InputError):
    """A resolution that does not fit the conflict."""

    message = QT_TRANSLATE_NOOP("errors", "This conflict cannot be resolved that way: {detail}.")


class CloudRequestKindError(InputError):
    """A kind of data request the cloud actions do not send."""

    message = QT_TRANSLATE_NOOP(
        "errors", "Only an export (access) or a deletion (erasure) can be asked of the cloud."
    )


class ServerRedirectedError(SyncError):
    """The server answered with a redirect; it is never followed (it could lead elsewhere)."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The sync server {server} answered with a redirect (HTTP {status}), which is not"
        " followed: nothing was sent elsewhere. Check the server address.",
    )


class ServerTooSlowError(SyncError):
    """The server kept the answer coming so slowly that the request's total deadline passed."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The sync server {server} took longer than {seconds} seconds to send its answer;"
        " your changes are kept and will be sent later.",
    )


class AnswerTooLargeError(SyncError):
    """The server's answer was larger than any answer the contract allows."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The sync server {server} sent a larger answer than GTG CRM accepts;"
        " your changes are kept and will be sent later.",
    )
