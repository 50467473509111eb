"""Import planning and writing: validate, match, merge and store in batches, in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, NamedTuple

from gtgcrm_desktop.core import settings
from gtgcrm_desktop.core.bulk import collector_paused
from gtgcrm_desktop.core.errors import InputError, ValidationError
from gtgcrm_desktop.core.ids import new_id
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.core.validation import region_code, settle_contact
from gtgcrm_desktop.store.changelog import new_op_id
from gtgcrm_desktop.store.workspace import Workspace

from ._audit import audit
from ._dedupe import email_keys, merge, name_keys, phone_keys
from ._errors import ImportCancelledError, UnknownRegionError
from ._history import AUDIT_IMPORT, ImportLog
from ._rows import SourceRow
from ._source import ImportSource

#: Progress: (rows read, bytes read, bytes in the file).
Progress = Callable[[int, int, int], None]
BATCH = 500


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A row that was not imported, or (a warning) a value of an imported row that was odd:
    its line, and why (an error, or none for "suppressed")."""

    line: int
    error: InputError | None = None

    def to_json(self, language: str) -> dict[str, Any]:
        data: dict[str, Any] = {"line": self.line}
        if isinstance(self.error, ValidationError):
            data["field"] = self.error.field
            if self.error.value:
                data["value"] = self.error.value
        if self.error is not None:
            data["reason"] = self.error.localized(language)
        return data


@dataclass(frozen=True, slots=True)
class MergeNote:
    """Row `line` was merged into contact `contact_id`; `fields` changed (names only)."""

    line: int
    contact_id: str
    into: str  # "existing" or "file"
    matched_by: str
    fields: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "contact_id": self.contact_id,
            "into": self.into,
            "matched_by": self.matched_by,
            "fields": list(self.fields),
        }


@dataclass
class ImportReport:
    """What an import did, or (dry run) would do."""

    file_name: str
    format: str
    encoding: str
    dry_run: bool
    import_id: str = ""
    encoding_guessed: bool = False
    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    invalid: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    suppressed: list[RowProblem] = field(default_factory=list)
    merges: list[MergeNote] = field(default_factory=list)
    started_at: str = ""
    finished_at: str = ""

    def counts(self) -> dict[str, int]:
        return {
            "rows": self.rows,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "invalid": len(self.invalid),
            "warnings": len(self.warnings),
            "suppressed": len(self.suppressed),
        }

    def to_json(self, language: str = "en") -> dict[str, Any]:
        return {
            "import_id": self.import_id or None,
            "dry_run": self.dry_run,
            "file": self.file_name,
            "format": self.format,
            "encoding": self.encoding,
            "encoding_guessed": self.encoding_guessed,
            "counts": self.counts(),
            "invalid": [p.to_json(language) for p in self.invalid],
            "warnings": [p.to_json(language) for p in self.warnings],
            "suppressed": [p.line for p in self.suppressed],
            "merged": [m.to_json() for m in self.merges],
        }


class _DryRun(Exception):
    """Raised to roll a dry run back."""


class _Keys(NamedTuple):
    """The match keys of one contact, computed once per row (a tuple: cheap to build)."""

    emails: list[str]
    phones: list[str]
    names: list[tuple[str, ...]]

    @classmethod
    def of(cls, contact: Contact, odd: set[str] | None = None) -> _Keys:
        """The keys of `contact`, validated: only the e-mails in `odd` did not validate (so
        the others need no check again)."""
        emails = (
            [e.value.casefold() for e in contact.emails if e.value and e.value not in odd]
            if odd is not None
            else email_keys(contact)
        )
        return cls(emails, phone_keys(contact), name_keys(contact))


class _Index:
    """Who is who: match keys of the contacts this import may merge into."""

    def __init__(self, workspace: Workspace, use_store: bool) -> None:
        self._repo = workspace.contacts
        self._use_store = use_store
        self.by_email: dict[str, str] = {}
        self.by_phone: dict[str, str] = {}
        self.by_name: dict[tuple[str, ...], str] = {}
        if use_store:  # names of the contacts already there (no name index in the store yet)
            for contact in self._repo.iter_all():
                self._add_names(name_keys(contact), contact.id)

    def _add_names(self, names: list[tuple[str, ...]], contact_id: str) -> None:
        for key in names:
            self.by_name.setdefault(key, contact_id)

    def add(self, keys: _Keys, contact_id: str) -> None:
        for key in keys.emails:
            self.by_email.setdefault(key, contact_id)
        for key in keys.phones:
            self.by_phone.setdefault(key, contact_id)
        self._add_names(keys.names, contact_id)

    def find(self, keys: _Keys) -> tuple[str, str] | None:
        """(contact id, matched by) of the first match, or None."""
        for key in keys.emails:
            if key in self.by_email:
                return self.by_email[key], "email"
            if self._use_store and (found := self._repo.ids_by_email(key)):
                return found[0], "email"
        for key in keys.phones:
            if key in self.by_phone:
                return self.by_phone[key], "phone"
            if self._use_store and (found := self._repo.ids_by_phone(key)):
                return found[0], "phone"
        for name in keys.names:
            if name in self.by_name:
                return self.by_name[name], "name"
        return None


class _Importer:
    def __init__(
        self, workspace: Workspace, report: ImportReport, import_id: str, region: str | None
    ) -> None:
        self.ws = workspace
        self.report = report
        self.import_id = import_id
        self.op_id = new_op_id()
        self.log = ImportLog(workspace.db)
        self.region = region or workspace.settings.get(settings.DEFAULT_REGION)
        self.check_suppression = workspace.suppression.count() > 0
        self.index = _Index(workspace, use_store=workspace.contacts.count() > 0)
        self.created: set[str] = set()
        self.touched: set[str] = set()
        self.pending: dict[str, Contact] = {}

    def start(self) -> None:
        r = self.report
        self.log.start(self.import_id, self.op_id, r.file_name, r.format, r.encoding)

    def row(self, row: SourceRow) -> None:
        report = self.report
        report.rows += 1
        if row.contact is None:
            report.invalid.append(RowProblem(row.line, row.error))
            return
        try:
            contact, problems = settle_contact(row.contact, self.region)
        except InputError as error:
            report.invalid.append(RowProblem(row.line, error))
            return
        if row.warnings:
            report.warnings.extend(RowProblem(line, error) for line, error in row.warnings)
        if problems:
            lines = row.value_lines or {}
            report.warnings.extend(
                RowProblem(lines.get(error.value.strip(), row.line), error) for error in problems
            )
        if self.check_suppression and self.ws.suppression.matches(contact):
            report.suppressed.append(RowProblem(row.line))
            return
        keys = _Keys.of(contact, {p.value.strip() for p in problems if p.field == "emails"})
        match = self.index.find(keys)
        if match is None:
            contact.id = new_id()
            self.pending[contact.id] = contact
            self.index.add(keys, contact.id)
            report.new += 1
            return
        target_id, matched_by = match
        in_file = target_id in self.created or target_id in self.pending
        if target_id in self.touched or in_file:
            report.duplicates += 1
        merged, changed = self._merge_into(target_id, contact)
        if not in_file and target_id not in self.touched:
            if changed:
                report.updated += 1
            else:
                report.unchanged += 1
        self.touched.add(target_id)
        self.index.add(_Keys.of(merged), target_id)
        if changed:
            report.merges.append(
                MergeNote(
                    row.line,
                    target_id,
                    "file" if in_file else "existing",
                    matched_by,
                    tuple(changed),
                )
            )

    def _merge_into(self, target_id: str, contact: Contact) -> tuple[Contact, list[str]]:
        if target_id in self.pending:
            merged, changed = merge(self.pending[target_id], contact)
            self.pending[target_id] = merged
            return merged, changed
        current = self.ws.contacts.get(target_id)
        merged, changed = merge(current, contact)
        if changed:
            if target_id not in self.created:
                self.log.updated(self.import_id, current)
            self.ws.contacts.update(merged, op_id=self.op_id)
        return merged, changed

    def flush(self, keep: int = 0) -> None:
        """Store the new contacts waiting in memory but the latest `keep` of them: a duplicate
        a few rows further down the file then merges in memory, not through the database."""
        if len(self.pending) <= keep:
            return
        ready = list(self.pending.values())[: len(self.pending) - keep]
        for contact in ready:
            del self.pending[contact.id]
        stored = self.ws.contacts.add_many(ready, op_id=self.op_id, adopt=True)
        ids = [c.id for c in stored]
        self.log.created(self.import_id, ids)
        self.created.update(ids)

    def finish(self) -> None:
        report = self.report
        report.finished_at = self.log.finish(self.import_id, report.counts())
        audit(
            self.ws,
            AUDIT_IMPORT,
            "import",
            self.import_id,
            {
                "file_name": report.file_name,
                "format": report.format,
                "encoding": report.encoding,
                "counts": report.counts(),
                "started_at": report.started_at,
                "finished_at": report.finished_at,
            },
        )


def _batches(rows: Iterator[SourceRow], size: int) -> Iterable[list[SourceRow]]:
    while batch := list(islice(rows, size)):
        yield batch


def run_import(
    workspace: Workspace,
    source: ImportSource,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = BATCH,
    region: str | None = None,
) -> ImportReport:
    """Import `source` into `workspace` in one transaction (or only count, for a dry run).

    Phones without a country code are read in `region` (default: the workspace's region).
    Any error, a cancel, or a dry run rolls everything back: the database is as before."""
    if region:
        try:
            region = region_code(region)
        except ValidationError:
            raise UnknownRegionError(region=region) from None
    report = ImportReport(source.file_name, source.format, source.encoding.label, dry_run)
    report.encoding_guessed = source.encoding.guessed
    report.started_at = now_iso()
    import_id = new_id()
    try:
        with collector_paused(), workspace.db.transaction():
            importer = _Importer(workspace, report, import_id, region)
            importer.start()
            for batch in _batches(source.rows(), batch_size):
                for row in batch:
                    importer.row(row)
                importer.flush(keep=batch_size)
                if progress is not None:
                    progress(report.rows, source.bytes_read, source.size)
                if cancelled is not None and cancelled():
                    raise ImportCancelledError()
            importer.flush()
            importer.finish()
            if dry_run:
                raise _DryRun
    except _DryRun:
        report.finished_at = now_iso()
        return report
    report.import_id = import_id
    return report
