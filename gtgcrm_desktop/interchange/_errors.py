"""Typed errors of reading, importing and exporting contact files."""

from __future__ import annotations

from typing import ClassVar

from gtgcrm_desktop.core.errors import InputError, NotFoundError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP


class InterchangeError(InputError):
    """A contact file or an import/export request was refused; nothing was changed."""

    message = QT_TRANSLATE_NOOP("errors", "The file was refused.")


class UnreadableFileError(InterchangeError):
    message = QT_TRANSLATE_NOOP("errors", "Cannot read {file}: {detail}.")


class UnwritableFileError(InterchangeError):
    message = QT_TRANSLATE_NOOP("errors", "Cannot write {file}: {detail}.")


class EmptyFileError(InterchangeError):
    message = QT_TRANSLATE_NOOP("errors", "{file} is empty.")


class EncodingError(InterchangeError):
    """The bytes fit none of the encodings we read; never guessed into mojibake."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "{file} is not valid UTF-8 (first bad byte at offset {offset}) and does not look like"
        " Arabic Windows-1256 text; save it as UTF-8 and try again.",
    )


class UncertainEncodingError(EncodingError):
    """An 8-bit file whose encoding cannot be told for sure: the best guess is named."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "{file} is not valid UTF-8 (first bad byte at offset {offset}) and its character set"
        " cannot be told for sure; it looks like {guess}. Check a dry run or the preview, then"
        " import it with --encoding {guess} (or choose the character set in the import window).",
    )


class WrongEncodingError(EncodingError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "{file} is not valid {encoding} (first bad byte at offset {offset}); choose another"
        " character set.",
    )


class UnknownEncodingError(InterchangeError):
    message = QT_TRANSLATE_NOOP(
        "errors", "{encoding} is not a known character set (try utf-8, windows-1252, shift_jis)."
    )


class UnknownRegionError(InterchangeError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "{region} is not a known phone region; give a two-letter country code (SA, AE, US, DE).",
    )


class BomMismatchError(EncodingError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "{file} starts with a {encoding} byte order mark but is not valid {encoding}"
        " (first bad byte at offset {offset}).",
    )


class Utf16WithoutBomError(EncodingError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "{file} looks like UTF-16 without a byte order mark; save it as UTF-8, or as UTF-16"
        " with a byte order mark.",
    )


class BinaryFileError(EncodingError):
    message = QT_TRANSLATE_NOOP("errors", "{file} is a binary file, not a contacts file.")


class UnknownFormatError(InterchangeError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The format of {file} was not recognised; choose it with --format."
    )


class UnknownColumnsError(InterchangeError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The columns of {file} were not recognised as Google, Outlook, Thunderbird or Yahoo"
        " columns; give a column mapping (--map).",
    )


class WrongFormatError(InterchangeError):
    message = QT_TRANSLATE_NOOP("errors", "{file} is not a {format} file: {detail}.")
    translated_params: ClassVar[dict[str, str]] = {"detail": "errors"}


class MalformedFileError(InterchangeError):
    message = QT_TRANSLATE_NOOP("errors", "{file} cannot be read at line {line}: {detail}.")
    translated_params: ClassVar[dict[str, str]] = {"detail": "errors"}


class MappingError(InterchangeError):
    message = QT_TRANSLATE_NOOP("errors", "The column mapping is not valid: {detail}.")
    translated_params: ClassVar[dict[str, str]] = {"detail": "errors"}


class MappingTargetError(MappingError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The column mapping gives the column {column} an unknown field {target}."
    )


class MappingColumnError(MappingError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The column mapping names a column {column} that the file does not have."
    )


class ImportCancelledError(InterchangeError):
    message = QT_TRANSLATE_NOOP("errors", "The import was cancelled; nothing was changed.")


class ImportNotFoundError(NotFoundError):
    message = QT_TRANSLATE_NOOP("errors", "No import with id {id}.")


class ImportAlreadyUndoneError(InterchangeError):
    message = QT_TRANSLATE_NOOP("errors", "The import {id} was already undone.")


class MergeNotFoundError(NotFoundError):
    message = QT_TRANSLATE_NOOP("errors", "No merge with id {id}.")


class MergeAlreadyUndoneError(InterchangeError):
    message = QT_TRANSLATE_NOOP("errors", "The merge {id} was already undone.")


class ValueWarning(InterchangeError):
    """A value of a card that was odd; the card was read with the rest of its values."""

    message = QT_TRANSLATE_NOOP("errors", "{property}: {detail}")
    translated_params: ClassVar[dict[str, str]] = {"detail": "errors"}

    def __init__(self, property: str, detail: str) -> None:
        self.detail = detail
        super().__init__(self.message, property=property, detail=detail)


class RowError(InterchangeError):
    """One row or card cannot be read; the rest of the file still can."""

    message = QT_TRANSLATE_NOOP("errors", "{detail}")
    translated_params: ClassVar[dict[str, str]] = {"detail": "errors"}

    def __init__(self, detail: str, **params: object) -> None:
        self.detail = detail
        super().__init__(detail, **params)


# Details (translation keys in the "errors" context).
DETAIL_NO_END = QT_TRANSLATE_NOOP(
    "errors", "the card has no END:VCARD line; the person was imported with the lines read"
)
DETAIL_NO_BEGIN = QT_TRANSLATE_NOOP("errors", "a line outside BEGIN:VCARD ... END:VCARD")
DETAIL_NOT_PROPERTY = QT_TRANSLATE_NOOP("errors", "a line of the card is not a vCard property")
DETAIL_NESTED = QT_TRANSLATE_NOOP(
    "errors",
    "a card inside this card (an AGENT, or a missing END:VCARD) was imported as a person of"
    " its own",
)
DETAIL_BAD_ENCODING = QT_TRANSLATE_NOOP(
    "errors", "a value is not valid quoted-printable or base64, or not in its character set"
)
DETAIL_CHARSET_GUESSED = QT_TRANSLATE_NOOP(
    "errors",
    "the value was not in the character set it names, or names none; it was read in the"
    " file's character set or as Windows-1252",
)
DETAIL_SKIPPED_LINE = QT_TRANSLATE_NOOP(
    "errors", "a line that is not a vCard property was skipped; the rest of the card was read"
)
DETAIL_TOO_LONG = QT_TRANSLATE_NOOP("errors", "the value is too long and was left out")
DETAIL_BAD_PHOTO = QT_TRANSLATE_NOOP(
    "errors", "the photo cannot be decoded (not valid base64) and was left out"
)
DETAIL_BIG_PHOTO = QT_TRANSLATE_NOOP("errors", "the photo is larger than 1 MB and was left out")
DETAIL_NO_CARDS = QT_TRANSLATE_NOOP("errors", "it holds no BEGIN:VCARD")
DETAIL_CSV = QT_TRANSLATE_NOOP(
    "errors", "the CSV structure is broken (unclosed quote or a field too long)"
)
DETAIL_NO_HEADER = QT_TRANSLATE_NOOP("errors", "it has no header row")
DETAIL_JSON = QT_TRANSLATE_NOOP("errors", "it is not valid JSON")
DETAIL_JSON_SHAPE = QT_TRANSLATE_NOOP("errors", "it has no list of contacts")
DETAIL_JSON_CONTACT = QT_TRANSLATE_NOOP("errors", "an entry of the contact list is not a contact")
DETAIL_MAP_SHAPE = QT_TRANSLATE_NOOP("errors", "it must be a JSON object of column names to fields")
DETAIL_MAP_UNREADABLE = QT_TRANSLATE_NOOP("errors", "the file cannot be read")
