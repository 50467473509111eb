"""`carddav add --url URL --username U`, `carddav sync [--json]`, `carddav status`, `carddav remove`."""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any

from gtgcrm_desktop.commands.context import CommandContext
from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP

PASSWORD_VARIABLE = "GTGCRM_CARDDAV_PASSWORD"
PASSWORD_PROMPT = QT_TRANSLATE_NOOP("cli", "Address book password for {username}: ")
NO_PASSWORD = QT_TRANSLATE_NOOP(
    "errors", "Give the address book password (GTGCRM_CARDDAV_PASSWORD, or run on a terminal)."
)
ADDED = QT_TRANSLATE_NOOP(
    "cli", "Address book {url} added for {username}; password kept in the {where}."
)
REMOVED = QT_TRANSLATE_NOOP("cli", "Address book removed; the contacts on this computer are kept.")
REPORT = QT_TRANSLATE_NOOP("cli", "Pulled {pulled}, pushed {pushed}, conflicts {conflicts}.")
OPEN_CONFLICTS = QT_TRANSLATE_NOOP(
    "cli", "{count} conflict(s) wait for you: gtgcrm sync conflicts."
)
WHERE_KEYCHAIN = QT_TRANSLATE_NOOP("cli", "system keychain")
WHERE_WORKSPACE = QT_TRANSLATE_NOOP("cli", "encrypted workspace")


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    carddav = commands.add_parser(
        "carddav", parents=[common], help="sync contacts with a CardDAV address book"
    )
    carddav.set_defaults(handler=lambda ctx: _usage(carddav))
    actions = carddav.add_subparsers(dest="carddav_action")

    add = actions.add_parser("add", parents=[common], help="set up the address book")
    add.add_argument("--url", required=True, metavar="URL")
    add.add_argument("--username", required=True, metavar="U")
    add.set_defaults(handler=run_add)

    sync = actions.add_parser("sync", parents=[common], help="sync with the address book once")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(handler=run_sync)

    status = actions.add_parser("status", parents=[common], help="address book and last sync")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=run_status)

    remove = actions.add_parser("remove", parents=[common], help="forget the address book")
    remove.set_defaults(handler=run_remove)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage()
    return 1


def _service(workspace: Any) -> Any:
    from gtgcrm_desktop.sync.carddav import CardDavService

    return CardDavService(workspace)


def _password(ctx: CommandContext, username: str) -> str:
    from_env = os.environ.get(PASSWORD_VARIABLE)
    if from_env:
        return from_env
    if ctx.interactive:
        return getpass.getpass(ctx.tr(PASSWORD_PROMPT).format(username=username))
    raise InputError(NO_PASSWORD)


def run_add(ctx: CommandContext) -> int:
    args = ctx.args
    password = _password(ctx, args.username)
    with ctx.workspace() as workspace:
        service = _service(workspace)
        url = service.add(args.url, args.username, password)
        where = WHERE_KEYCHAIN if service.vault.where == "keychain" else WHERE_WORKSPACE
    ctx.say(ADDED, url=url, username=args.username, where=ctx.tr(where))
    return 0


def run_sync(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        report = _service(workspace).sync()
    if ctx.args.json:
        ctx.print_json(report.to_json())
        return 0
    ctx.say(REPORT, **report.to_json())
    if report.open_conflicts:
        ctx.say(OPEN_CONFLICTS, count=report.open_conflicts)
    return 0


def run_status(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        status = _service(workspace).status()
    if ctx.args.json:
        ctx.print_json(status)
        return 0
    for key, value in status.items():
        print(f"{key}: {value if value is not None else ''}", file=ctx.stdout)
    return 0


def run_remove(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        _service(workspace).remove()
    ctx.say(REMOVED)
    return 0
