"""`sync [--json]`, `sync login|logout|status|conflicts|resolve|rejected`."""

from __future__ import annotations

import argparse
import json
from typing import Any

from gtgcrm_desktop.commands._connector import print_status, print_sync_report
from gtgcrm_desktop.commands.context import CommandContext
from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP

PASSWORD_PROMPT = QT_TRANSLATE_NOOP("cli", "Password for {email}: ")
NO_PASSWORD = QT_TRANSLATE_NOOP(
    "errors", "Give the cloud password (GTGCRM_CLOUD_PASSWORD, or run on a terminal)."
)
CHOOSE_ONE = QT_TRANSLATE_NOOP("errors", "Choose local, remote or --value VALUE.")
SIGNED_IN = QT_TRANSLATE_NOOP(
    "cli", "Signed in to {server} as {email}; tokens kept in the {where}."
)
SIGNED_OUT = QT_TRANSLATE_NOOP("cli", "Signed out.")
REPORT = QT_TRANSLATE_NOOP(
    "cli", "Pulled {pulled}, pushed {pushed}, conflicts {conflicts}, rejected {rejected}."
)
OPEN_CONFLICTS = QT_TRANSLATE_NOOP(
    "cli", "{count} conflict(s) wait for you: gtgcrm sync conflicts."
)
NOT_APPLIED = QT_TRANSLATE_NOOP(
    "cli",
    "{count} change(s) from the cloud could not be applied here yet; they are tried again at"
    " each sync (see the Sync tab).",
)
PAIRED = QT_TRANSLATE_NOOP(
    "cli",
    "{count} contact(s) of this computer were folded into the same people's contacts from the"
    " cloud instead of being added twice.",
)
NO_CONFLICTS = QT_TRANSLATE_NOOP("cli", "No open conflicts.")
NO_REJECTED = QT_TRANSLATE_NOOP("cli", "No refused changes.")
RESOLVED = QT_TRANSLATE_NOOP("cli", "Resolved {id} ({choice}); it is sent with the next sync.")
WHERE_KEYCHAIN = QT_TRANSLATE_NOOP("cli", "system keychain")
WHERE_WORKSPACE = QT_TRANSLATE_NOOP("cli", "encrypted workspace")


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    sync = commands.add_parser("sync", parents=[common], help="sync with the cloud workspace")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(handler=run_sync)
    actions = sync.add_subparsers(dest="sync_action")

    login = actions.add_parser("login", parents=[common], help="sign in to the cloud workspace")
    login.add_argument("--server", required=True, metavar="URL")
    login.add_argument("--email", required=True, metavar="E")
    login.set_defaults(handler=run_login)

    logout = actions.add_parser("logout", parents=[common], help="sign out and forget the tokens")
    logout.set_defaults(handler=run_logout)

    status = actions.add_parser("status", parents=[common], help="account, queue and last sync")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=run_status)

    conflicts = actions.add_parser("conflicts", parents=[common], help="list open conflicts")
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=run_conflicts)

    resolve = actions.add_parser("resolve", parents=[common], help="resolve one conflict")
    resolve.add_argument("id")
    resolve.add_argument("choice", nargs="?", choices=["local", "remote"])
    resolve.add_argument("--value", help="a merged value (JSON for lists and objects)")
    resolve.set_defaults(handler=run_resolve)

    rejected = actions.add_parser("rejected", parents=[common], help="changes the server refused")
    rejected.add_argument("--json", action="store_true")
    rejected.set_defaults(handler=run_rejected)


def _service(workspace: Any) -> Any:
    from gtgcrm_desktop.interchange import same_person
    from gtgcrm_desktop.sync.service import SyncService

    return SyncService(workspace, same_person=same_person)


def _password(ctx: CommandContext, email: str) -> str:
    return ctx.secret("GTGCRM_CLOUD_PASSWORD", PASSWORD_PROMPT, NO_PASSWORD, email=email)


def run_login(ctx: CommandContext) -> int:
    args = ctx.args
    password = _password(ctx, args.email)
    with ctx.workspace() as workspace:
        service = _service(workspace)
        service.login(args.server, args.email, password)
        where = WHERE_KEYCHAIN if service.vault.where == "keychain" else WHERE_WORKSPACE
        ctx.say(SIGNED_IN, server=service.server_url, email=args.email, where=ctx.tr(where))
    return 0


def run_logout(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        _service(workspace).logout()
    ctx.say(SIGNED_OUT)
    return 0


def run_sync(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        report = _service(workspace).sync()
    code = print_sync_report(ctx, report, REPORT, OPEN_CONFLICTS)
    if report.not_applied and not ctx.args.json:
        ctx.say(NOT_APPLIED, count=report.not_applied)
    if report.paired and not ctx.args.json:
        ctx.say(PAIRED, count=report.paired)
    return code


def run_status(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        status = _service(workspace).status()
    return print_status(ctx, status)


def _short(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def run_conflicts(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        found = _service(workspace).conflicts()
    if ctx.args.json:
        ctx.print_json([c.to_json() for c in found])
        return 0
    if not found:
        ctx.say(NO_CONFLICTS)
    for conflict in found:
        cells = [
            conflict.id,
            f"{conflict.entity}:{conflict.entity_id}",
            conflict.field,
            f"local={_short(conflict.local_value)}",
            f"remote={_short(conflict.remote_value)}",
        ]
        print("\t".join(cells), file=ctx.stdout)
    return 0


def run_resolve(ctx: CommandContext) -> int:
    args = ctx.args
    if (args.choice is None) == (args.value is None):
        raise InputError(CHOOSE_ONE)
    value: Any = None
    if args.value is not None:
        try:
            value = json.loads(args.value)
            if not isinstance(value, list | dict):
                value = args.value
        except ValueError:
            value = args.value
    with ctx.workspace() as workspace:
        done = _service(workspace).resolve(args.id, args.choice or "value", value)
    ctx.say(RESOLVED, id=done.id, choice=done.resolution)
    return 0


def run_rejected(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        parked = _service(workspace).parked()
    if ctx.args.json:
        ctx.print_json([p.to_json() for p in parked])
        return 0
    if not parked:
        ctx.say(NO_REJECTED)
    for item in parked:
        cells = [str(item.seq), f"{item.entity}:{item.entity_id}", item.operation, item.reason]
        print("\t".join(cells), file=ctx.stdout)
    return 0
