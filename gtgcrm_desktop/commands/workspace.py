"""`init`, `passphrase change`, `key rotate` and `db decrypt`."""

from __future__ import annotations

import argparse
from pathlib import Path

from gtgcrm_desktop.commands.context import CommandContext
from gtgcrm_desktop.core.errors import AlreadyExistsError, InputError
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
DECRYPTED = QT_TRANSLATE_NOOP("cli", "Unencrypted copy written to {path}. Keep it safe.")
NEED_PASSPHRASE = QT_TRANSLATE_NOOP(
    "errors", "Give the current passphrase (GTGCRM_PASSPHRASE or --passphrase-file)."
)


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    init = commands.add_parser("init", parents=[common], help="create an encrypted workspace")
    init.set_defaults(handler=run_init)

    passphrase = commands.add_parser("passphrase", parents=[common], help="passphrase")
    passphrase_commands = passphrase.add_subparsers(dest="action", required=True)
    change = passphrase_commands.add_parser("change", parents=[common], help="re-wrap the key")
    change.add_argument("--new-passphrase-file")
    change.set_defaults(handler=run_passphrase_change)

    key = commands.add_parser("key", parents=[common], help="data key")
    key_commands = key.add_subparsers(dest="action", required=True)
    rotate = key_commands.add_parser("rotate", parents=[common], help="new data key (rekey)")
    rotate.set_defaults(handler=run_key_rotate)

    db = commands.add_parser("db", parents=[common], help="database tools")
    db_commands = db.add_subparsers(dest="action", required=True)
    decrypt = db_commands.add_parser("decrypt", parents=[common], help="plaintext copy")
    decrypt.add_argument("-o", "--output", required=True)
    decrypt.set_defaults(handler=run_db_decrypt)


def run_init(ctx: CommandContext) -> int:
    if Workspace.exists(ctx.data_dir):
        raise AlreadyExistsError(path=str(ctx.data_dir))
    passphrase = ctx.passphrase(prompt=False) or ctx.new_passphrase()
    workspace, recovery_code = Workspace.create(ctx.data_dir, passphrase)
    with workspace:
        ctx.say(CREATED, path=ctx.data_dir)
        ctx.say(KEYCHAIN_USED if workspace.key_file.slot("keychain") else NO_KEYCHAIN)
        ctx.say(RECOVERY_HEADER)
        print(recovery_code, file=ctx.stdout)
    return 0


def run_passphrase_change(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        workspace.change_passphrase(ctx.new_passphrase())
    ctx.say(PASSPHRASE_CHANGED)
    return 0


def run_key_rotate(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        passphrase = ctx.passphrase()
        if passphrase is None:
            raise InputError(NEED_PASSPHRASE)
        recovery_code = workspace.rotate_key(passphrase)
    ctx.say(KEY_ROTATED)
    print(recovery_code, file=ctx.stdout)
    return 0


def run_db_decrypt(ctx: CommandContext) -> int:
    target = Path(ctx.args.output)
    with ctx.workspace() as workspace:
        workspace.decrypt_to(target)
    ctx.say(DECRYPTED, path=target)
    return 0
