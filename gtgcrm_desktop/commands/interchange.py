"""`import FILE`, `import undo ID`, `import list` and `export`."""

from __future__ import annotations

import argparse
from pathlib import Path

from gtgcrm_desktop.commands.context import CommandContext
from gtgcrm_desktop.core.bidi import isolate_auto
from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.interchange import (
    EXPORT_FORMATS,
    IMPORT_FORMATS,
    ImportReport,
    UndoReport,
    export_contacts,
    import_file,
    list_imports,
    load_mapping,
    undo_import,
)

DRY_RUN_HEADER = QT_TRANSLATE_NOOP(
    "cli", "Dry run of {file} ({format}, {encoding}); nothing was changed."
)
IMPORTED = QT_TRANSLATE_NOOP("cli", "Imported {file} ({format}, {encoding}) as import {id}.")
COUNTS = QT_TRANSLATE_NOOP(
    "cli",
    "Rows: {rows}; new: {new}; updated: {updated}; unchanged: {unchanged};"
    " duplicates in the file: {duplicates}; invalid: {invalid}; warnings: {warnings};"
    " suppressed (erased people): {suppressed}.",
)
INVALID_ROW = QT_TRANSLATE_NOOP("cli", "Line {line}: {reason}")
WARNING_ROW = QT_TRANSLATE_NOOP("cli", "Line {line}: {reason} (the person was imported)")
WARNING_VALUE = QT_TRANSLATE_NOOP(
    "cli", "Line {line}: {reason}: {value} (imported, kept as written)"
)
GUESSED = QT_TRANSLATE_NOOP(
    "cli",
    "The character set could not be told for sure; this dry run read the file as {encoding},"
    " the best guess. To import, run the import again with --encoding {encoding} (or another"
    " character set).",
)
SUPPRESSED_ROW = QT_TRANSLATE_NOOP(
    "cli", "Line {line}: not imported, this person asked to be erased."
)
MERGED_ROW = QT_TRANSLATE_NOOP("cli", "Line {line}: merged into {id} ({fields}).")
UNDO_HINT = QT_TRANSLATE_NOOP("cli", "To undo: gtgcrm import undo {id}")
UNDONE = QT_TRANSLATE_NOOP(
    "cli", "Import {id} undone: {removed} contacts removed, {restored} restored, {skipped} skipped."
)
SKIPPED_CHANGED = QT_TRANSLATE_NOOP(
    "cli", "Contact {id} was changed after the import; it was left as it is."
)
SKIPPED_DELETED = QT_TRANSLATE_NOOP("cli", "Contact {id} was deleted after the import.")
IMPORT_ENTRY = QT_TRANSLATE_NOOP(
    "cli",
    "{id}  {time}  {file} ({format}): {rows} rows, {new} new, {updated} updated, {invalid} invalid.",
)
IMPORT_ENTRY_UNDONE = QT_TRANSLATE_NOOP(
    "cli",
    "{id}  {time}  {file} ({format}): {rows} rows, {new} new, {updated} updated,"
    " {invalid} invalid; undone {undone}.",
)
NO_IMPORTS = QT_TRANSLATE_NOOP("cli", "No imports yet.")
EXPORTED = QT_TRANSLATE_NOOP("cli", "Exported {count} contacts to {file}.")
UNDO_USAGE = QT_TRANSLATE_NOOP("errors", "Give the import id: gtgcrm import undo IMPORT_ID")
TOO_MANY = QT_TRANSLATE_NOOP("errors", "Give one file to import.")
LIST_USAGE = QT_TRANSLATE_NOOP("errors", "gtgcrm import list takes no import id.")


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    importing = commands.add_parser(
        "import",
        parents=[common],
        help="import contacts from a file (or 'import undo ID', 'import list')",
    )
    importing.add_argument(
        "file",
        metavar="FILE",
        help="the file; 'undo' followed by an import id; or 'list' for earlier imports",
    )
    importing.add_argument("import_id", nargs="?", metavar="IMPORT_ID", help=argparse.SUPPRESS)
    importing.add_argument("--format", choices=IMPORT_FORMATS, default="auto")
    importing.add_argument("--map", metavar="MAP", help="JSON column mapping for other CSV files")
    importing.add_argument("--dry-run", action="store_true", help="only report what would happen")
    importing.add_argument(
        "--encoding", metavar="NAME", help="the file's character set (e.g. windows-1252)"
    )
    importing.add_argument(
        "--region", metavar="CC", help="region of phone numbers without a country code"
    )
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(handler=run_import)

    exporting = commands.add_parser("export", parents=[common], help="export every contact")
    exporting.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    exporting.add_argument("-o", "--output", metavar="FILE", required=True)
    exporting.add_argument("--json", action="store_true")
    exporting.set_defaults(handler=run_export)


def run_import(ctx: CommandContext) -> int:
    args = ctx.args
    if args.file == "undo":
        if not args.import_id:
            raise InputError(UNDO_USAGE)
        return _run_undo(ctx, args.import_id)
    if args.file == "list":
        if args.import_id:
            raise InputError(LIST_USAGE)
        return _run_list(ctx)
    if args.import_id:
        raise InputError(TOO_MANY)
    mapping = load_mapping(Path(args.map)) if args.map else None
    with ctx.workspace() as workspace:
        report = import_file(
            workspace,
            Path(args.file),
            format=args.format,
            mapping=mapping,
            dry_run=args.dry_run,
            encoding=args.encoding,
            region=args.region,
        )
    if args.json:
        ctx.print_json(report.to_json(ctx.language))
    else:
        _print_report(ctx, report)
    return 0


def _print_report(ctx: CommandContext, report: ImportReport) -> None:
    details = {
        "file": isolate_auto(report.file_name),
        "format": report.format,
        "encoding": ctx.tr(report.encoding, "interchange"),
        "id": report.import_id,
    }
    ctx.say(DRY_RUN_HEADER if report.dry_run else IMPORTED, **details)
    ctx.say(COUNTS, **report.counts())
    for problem in report.invalid:
        reason = problem.error.localized(ctx.language) if problem.error else ""
        ctx.say(INVALID_ROW, line=problem.line, reason=reason)
    for problem in report.warnings:
        reason = problem.error.localized(ctx.language) if problem.error else ""
        value = getattr(problem.error, "value", "")
        if value:
            ctx.say(WARNING_VALUE, line=problem.line, reason=reason, value=isolate_auto(value))
        else:
            ctx.say(WARNING_ROW, line=problem.line, reason=reason)
    for problem in report.suppressed:
        ctx.say(SUPPRESSED_ROW, line=problem.line)
    for note in report.merges:
        fields = ", ".join(ctx.tr(f, "fields") for f in note.fields)
        ctx.say(MERGED_ROW, line=note.line, id=note.contact_id, fields=fields)
    if report.encoding_guessed:
        ctx.say(GUESSED, encoding=report.encoding)
    if not report.dry_run:
        ctx.say(UNDO_HINT, id=report.import_id)


def _run_undo(ctx: CommandContext, import_id: str) -> int:
    with ctx.workspace() as workspace:
        result = undo_import(workspace, import_id)
    if ctx.args.json:
        ctx.print_json(result.to_json())
    else:
        _print_undo(ctx, result)
    return 0


def _print_undo(ctx: CommandContext, result: UndoReport) -> None:
    ctx.say(
        UNDONE,
        id=result.import_id,
        removed=result.removed,
        restored=result.restored,
        skipped=result.skipped,
    )
    for contact_id in result.changed_since:
        ctx.say(SKIPPED_CHANGED, id=contact_id)
    for contact_id in result.deleted_since:
        ctx.say(SKIPPED_DELETED, id=contact_id)


def _run_list(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        entries = list_imports(workspace)
    if ctx.args.json:
        ctx.print_json([{**entry, "undone": entry["undone_at"] is not None} for entry in entries])
        return 0
    if not entries:
        ctx.say(NO_IMPORTS)
    for entry in entries:
        counts = entry["counts"] if isinstance(entry["counts"], dict) else {}
        ctx.say(
            IMPORT_ENTRY_UNDONE if entry["undone_at"] else IMPORT_ENTRY,
            id=entry["id"],
            time=entry["started_at"],
            file=isolate_auto(str(entry["file_name"])),
            format=entry["format"],
            rows=counts.get("rows", 0),
            new=counts.get("new", 0),
            updated=counts.get("updated", 0),
            invalid=counts.get("invalid", 0),
            undone=entry["undone_at"],
        )
    return 0


def run_export(ctx: CommandContext) -> int:
    target = ctx.output_path(ctx.args.output)
    with ctx.workspace() as workspace:
        count = export_contacts(workspace, target, ctx.args.format)
    if ctx.args.json:
        ctx.print_json({"file": str(target), "format": ctx.args.format, "count": count})
    else:
        ctx.say(EXPORTED, count=count, file=isolate_auto(str(target)))
    return 0
