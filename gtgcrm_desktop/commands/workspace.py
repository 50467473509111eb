"""`init`, `passphrase change`, `key rotate`, `key recovery-code`, `db decrypt` and `db check`."""

from __future__ import annotations

import argparse

from gtgcrm_desktop.commands.context import CommandContext
from gtgcrm_desktop.core.errors import AlreadyExistsError, DamagedDatabaseError, InputError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.store import Workspace

CREATED = QT_TRANSLATE_NOOP("cli", "Workspace created in {path}.")
RECOVERY_HEADER = QT_TRANSLATE_NOOP(
    "cli", "Recovery code (shown only now; write it down and keep it somewhere safe):"
)
KEYCHAIN_USED = QT_TRANSLATE_NOOP("cli", "The key is also kept in the system keychain.")
NO_KEYCHAIN = QT_TRANSLATE_NOOP(
    "cli", "No usable system keychain: the passphrase will be needed to unlock."
)
PASSPHRASE_CHANGED = QT_TRANSLATE_NOOP("cli", "Passphrase changed.")
KEY_ROTATED = QT_TRANSLATE_NOOP(
    "cli", "Data key rotated. The old recovery code no longer works; the new one is:"
)
NEW_RECOVERY_CODE = QT_TRANSLATE_NOOP(
    "cli", "New recovery code (the old one no longer works; write this one down now):"
)
DECRYPTED = QT_TRANSLATE_NOOP("cli", "Unencrypted copy written to {path}. Keep it safe.")
HEALTHY = QT_TRANSLATE_NOOP(
    "cli", "The database is healthy: every page decrypts and verifies, and SQLite finds no fault."
)
PROBLEMS_FOUND = QT_TRANSLATE_NOOP("cli", "Problems found:")
MORE_PROBLEMS = QT_TRANSLATE_NOOP("cli", "(more problems not shown; --json lists them all)")
#: A damaged file may yield a problem line per page: show the first lines.
MAX_PROBLEMS_SHOWN = 20
NEED_PASSPHRASE = QT_TRANSLATE_NOOP(
    "errors", "Give the current passphrase (GTGCRM_PASSPHRASE or --passphrase-file)."
)


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    allow_weak = argparse.ArgumentParser(add_help=False)
    allow_weak.add_argument(
        "--allow-weak", action="store_true", help="accept a passphrase rated weak"
    )
    init = commands.add_parser(
        "init", parents=[common, allow_weak], help="create an encrypted workspace"
    )
    init.set_defaults(handler=run_init)

    passphrase = commands.add_parser("passphrase", parents=[common], help="passphrase")
    passphrase_commands = passphrase.add_subparsers(dest="action", required=True)
    change = passphrase_commands.add_parser(
        "change", parents=[common, allow_weak], help="re-wrap the key"
    )
    change.add_argument("--new-passphrase-file")
    change.set_defaults(handler=run_passphrase_change)

    key = commands.add_parser("key", parents=[common], help="data key")
    key_commands = key.add_subparsers(dest="action", required=True)
    rotate = key_commands.add_parser("rotate", parents=[common], help="new data key (rekey)")
    rotate.set_defaults(handler=run_key_rotate)
    recovery = key_commands.add_parser(
        "recovery-code", parents=[common], help="a new recovery code (the old one stops working)"
    )
    recovery.set_defaults(handler=run_key_recovery_code)

    db = commands.add_parser("db", parents=[common], help="database tools")
    db_commands = db.add_subparsers(dest="action", required=True)
    decrypt = db_commands.add_parser("decrypt", parents=[common], help="plaintext copy")
    decrypt.add_argument("-o", "--output", required=True)
    decrypt.set_defaults(handler=run_db_decrypt)
    check = db_commands.add_parser("check", parents=[common], help="integrity checks")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=run_db_check)


def run_init(ctx: CommandContext) -> int:
    if Workspace.exists(ctx.data_dir):
        raise AlreadyExistsError(path=str(ctx.data_dir))
    passphrase = ctx.refuse_weak(ctx.passphrase(prompt=False) or ctx.new_passphrase())
    workspace, recovery_code = Workspace.create(
        ctx.data_dir, passphrase, holder="cli", command=ctx.command_name
    )
    with workspace:
        ctx.say(CREATED, path=ctx.data_dir)
        ctx.say(KEYCHAIN_USED if workspace.key_file.slot("keychain") else NO_KEYCHAIN)
        ctx.say(RECOVERY_HEADER)
        print(recovery_code, file=ctx.stdout)
    return 0


def run_passphrase_change(ctx: CommandContext) -> int:
    new_passphrase = ctx.refuse_weak(ctx.new_passphrase())
    with ctx.workspace(exclusive=True) as workspace:
        workspace.change_passphrase(new_passphrase)
    ctx.say(PASSPHRASE_CHANGED)
    return 0


def _show_recovery_code(ctx: CommandContext, workspace: Workspace, code: str) -> None:
    """Print the code; only once it is out is the key file told it was shown."""
    print(code, file=ctx.stdout)
    ctx.stdout.flush()
    workspace.recovery_code_shown()


def run_key_rotate(ctx: CommandContext) -> int:
    with ctx.workspace(exclusive=True) as workspace:
        passphrase = ctx.passphrase()
        if passphrase is None:
            raise InputError(NEED_PASSPHRASE)
        recovery_code = workspace.rotate_key(passphrase)
        ctx.say(KEY_ROTATED)
        _show_recovery_code(ctx, workspace, recovery_code)
    return 0


def run_key_recovery_code(ctx: CommandContext) -> int:
    with ctx.workspace(exclusive=True) as workspace:
        recovery_code = workspace.new_recovery_code()
        ctx.say(NEW_RECOVERY_CODE)
        _show_recovery_code(ctx, workspace, recovery_code)
    return 0


def run_db_decrypt(ctx: CommandContext) -> int:
    target = ctx.output_path(ctx.args.output)
    with ctx.workspace() as workspace:
        workspace.decrypt_to(target)
    ctx.say(DECRYPTED, path=target)
    return 0


def run_db_check(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        problems = workspace.check()
    if ctx.args.json:
        ctx.print_json({"healthy": not problems, "problems": problems})
    elif problems:
        ctx.say(PROBLEMS_FOUND)
        lines = [line for problem in problems for line in problem.splitlines() if line.strip()]
        for line in lines[:MAX_PROBLEMS_SHOWN]:
            print(f"  {line}", file=ctx.stdout)
        if len(lines) > MAX_PROBLEMS_SHOWN:
            ctx.say(MORE_PROBLEMS)
    else:
        ctx.say(HEALTHY)
    if problems:
        raise DamagedDatabaseError(path=str(ctx.data_dir))
    return 0
