"""`contacts add|list|show|edit|delete`."""

from __future__ import annotations

import argparse

from gtgcrm_desktop.commands._contact_options import add_field_options, changes_from_options
from gtgcrm_desktop.commands.context import CommandContext
from gtgcrm_desktop.core import settings
from gtgcrm_desktop.core.bidi import isolate_ltr
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.core.validation import validate_contact, validate_edit

DELETED = QT_TRANSLATE_NOOP("cli", "Deleted {id}.")
NOTHING_FOUND = QT_TRANSLATE_NOOP("cli", "No contacts found.")
UNKNOWN_CLEAR = QT_TRANSLATE_NOOP("errors", "Cannot clear {value}.")

_CLEARABLE = (
    "emails",
    "phones",
    "tags",
    "custom_fields",
    "notes",
    "birthday",
    "organization",
    "title",
)

_SHOW_LABELS: dict[str, str] = {
    "given_name": QT_TRANSLATE_NOOP("fields", "given_name"),
    "family_name": QT_TRANSLATE_NOOP("fields", "family_name"),
    "display_name": QT_TRANSLATE_NOOP("fields", "display_name"),
    "organization": QT_TRANSLATE_NOOP("fields", "organization"),
    "title": QT_TRANSLATE_NOOP("fields", "title"),
    "emails": QT_TRANSLATE_NOOP("fields", "emails"),
    "phones": QT_TRANSLATE_NOOP("fields", "phones"),
    "tags": QT_TRANSLATE_NOOP("fields", "tags"),
    "notes": QT_TRANSLATE_NOOP("fields", "notes"),
    "birthday": QT_TRANSLATE_NOOP("fields", "birthday"),
    "custom_fields": QT_TRANSLATE_NOOP("fields", "custom_fields"),
}


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    contacts = commands.add_parser("contacts", parents=[common], help="contacts")
    actions = contacts.add_subparsers(dest="action", required=True)

    add = actions.add_parser("add", parents=[common], help="add a contact; prints its id")
    add_field_options(add)
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", parents=[common], help="list or search contacts")
    listing.add_argument("--search")
    listing.add_argument("--limit", type=int, default=100)
    listing.add_argument("--offset", type=int, default=0)
    listing.add_argument(
        "--sort",
        default="name",
        choices=["name", "organization", "email", "phone", "created_at", "updated_at"],
    )
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)

    show = actions.add_parser("show", parents=[common], help="show one contact")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)

    edit = actions.add_parser("edit", parents=[common], help="change a contact")
    edit.add_argument("id")
    add_field_options(edit)
    edit.add_argument("--clear", action="append", choices=_CLEARABLE, metavar="FIELD")
    edit.set_defaults(handler=run_edit)

    delete = actions.add_parser("delete", parents=[common], help="delete a contact")
    delete.add_argument("id")
    delete.set_defaults(handler=run_delete)


def run_add(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        region = workspace.settings.get(settings.DEFAULT_REGION)
        contact = validate_contact(Contact().with_fields(changes_from_options(ctx.args)), region)
        stored = workspace.contacts.add(contact)
    print(stored.id, file=ctx.stdout)
    return 0


def run_list(ctx: CommandContext) -> int:
    args = ctx.args
    with ctx.workspace() as workspace:
        if args.json:
            found = workspace.contacts.page(
                args.search, limit=args.limit, offset=args.offset, order_by=args.sort
            )
            ctx.print_json([c.to_json() for c in found])
            return 0
        rows = workspace.contacts.list_summaries(
            args.search, limit=args.limit, offset=args.offset, order_by=args.sort
        )
    if not rows:
        ctx.say(NOTHING_FOUND)
    for row in rows:
        cells = [
            row.id,
            row.display_name,
            isolate_ltr(row.email) if row.email else "",
            isolate_ltr(row.phone) if row.phone else "",
        ]
        print("\t".join(cells), file=ctx.stdout)
    return 0


def run_show(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        contact = workspace.contacts.get(ctx.args.id)
    data = contact.to_json()
    if ctx.args.json:
        ctx.print_json(data)
        return 0
    print(f"id: {contact.id}", file=ctx.stdout)
    for name, label in _SHOW_LABELS.items():
        value = data.get(name)
        if not value:
            continue
        if name == "emails":
            value = ", ".join(isolate_ltr(e["value"]) for e in value)
        elif name == "phones":
            value = ", ".join(isolate_ltr(p["e164"] or p["value"]) for p in value)
        elif name == "tags":
            value = ", ".join(value)
        elif name == "custom_fields":
            value = ", ".join(f"{k}={v}" for k, v in value.items())
        print(f"{ctx.tr(label, 'fields')}: {value}", file=ctx.stdout)
    return 0


def run_edit(ctx: CommandContext) -> int:
    changes = changes_from_options(ctx.args)
    for name in ctx.args.clear or []:
        changes[name] = (
            []
            if name in ("emails", "phones", "tags")
            else ({} if name == "custom_fields" else ("" if name != "birthday" else None))
        )
    with ctx.workspace() as workspace:
        current = workspace.contacts.get(ctx.args.id)
        region = workspace.settings.get(settings.DEFAULT_REGION)
        edited = validate_edit(current.with_fields(changes), current, region)
        edited.id = current.id
        workspace.contacts.update(edited)
    print(current.id, file=ctx.stdout)
    return 0


def run_delete(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        workspace.contacts.delete(ctx.args.id)
    ctx.say(DELETED, id=ctx.args.id)
    return 0
