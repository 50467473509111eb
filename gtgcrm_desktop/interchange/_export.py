"""Export of every contact to JSON, Google CSV, vCard 3.0 or vCard 4.0, written atomically."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.store.workspace import Workspace

from ._audit import audit
from ._csv_write import write_google_csv
from ._errors import UnknownFormatError, UnwritableFileError
from ._json_io import write_json
from ._vcard_write import write_card

EXPORT_FORMATS = ("json", "csv", "vcard3", "vcard4")
AUDIT_EXPORT = "contacts.export"

#: Progress: (contacts written, contacts in all).
ExportProgress = Callable[[int, int], None]


def export_contacts(
    workspace: Workspace, path: Path, format: str, *, progress: ExportProgress | None = None
) -> int:
    """Write every contact of `workspace` to `path` in `format`; returns how many.

    The file appears only when complete (written beside it, then renamed into place)."""
    if format not in EXPORT_FORMATS:
        raise UnknownFormatError(file=path.name)
    total = workspace.contacts.count()
    done = 0

    def contacts() -> Iterator[Contact]:
        nonlocal done
        done = 0
        for contact in workspace.contacts.iter_all():
            yield contact
            done += 1
            if progress is not None and done % 1000 == 0:
                progress(done, total)

    partial = path.with_name(f".{path.name}.partial")
    try:
        encoding = "utf-8-sig" if format == "csv" else "utf-8"
        with partial.open("w", encoding=encoding, newline="") as out:
            if format == "json":
                count = write_json(contacts(), out, now_iso())
            elif format == "csv":
                count = write_google_csv(contacts, out)
            else:
                version = "3.0" if format == "vcard3" else "4.0"
                count = 0
                for contact in contacts():
                    out.write(write_card(contact, version))
                    count += 1
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise UnwritableFileError(
            file=path.name, detail=exc.strerror or type(exc).__name__
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    if progress is not None:
        progress(count, total)
    audit(
        workspace,
        AUDIT_EXPORT,
        "export",
        "",
        {"file_name": path.name, "format": format, "count": count, "at": now_iso()},
    )
    return count
