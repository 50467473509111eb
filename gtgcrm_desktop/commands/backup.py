"""`backup create | list | verify | restore`: encrypted single-file backups of the workspace."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from gtgcrm_desktop.commands.context import (
    PASSPHRASE_PROMPT,
    CommandContext,
    _read_secret_file,
)
from gtgcrm_desktop.core import settings
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.paths import KEY_FILE, MACHINE_SETTINGS_FILE
from gtgcrm_desktop.store import Secrets
from gtgcrm_desktop.store.backups import (
    Retention,
    backup_folder,
    create_backup,
    list_backups,
    verify_backup,
)
from gtgcrm_desktop.store.backups.folder import back_up_and_prune

CREATED = QT_TRANSLATE_NOOP("cli", "Backup written to {path} (contacts: {contacts}).")
NO_BACKUPS = QT_TRANSLATE_NOOP("cli", "No backups in {path}.")
DAMAGED = QT_TRANSLATE_NOOP("cli", "damaged")
MEGABYTES = QT_TRANSLATE_NOOP("cli", "{size} MB")
KILOBYTES = QT_TRANSLATE_NOOP("cli", "{size} KB")
HEALTHY = QT_TRANSLATE_NOOP(
    "cli", "The backup is healthy (contacts: {contacts}; made {created_at})."
)
RESTORED = QT_TRANSLATE_NOOP("cli", "Backup restored into {path} (contacts: {contacts}).")
MOVED_ASIDE = QT_TRANSLATE_NOOP(
    "cli", "The workspace that was there was moved (not deleted) to {path}."
)
ERASED_AGAIN = QT_TRANSLATE_NOOP(
    "cli", "People erased after the backup was made, erased again: {count}."
)
PULL_FIRST = QT_TRANSLATE_NOOP(
    "cli", "Its next sync first pulls what changed elsewhere since the backup, then pushes."
)
CURRENT_PROMPT = QT_TRANSLATE_NOOP(
    "cli", "Passphrase of the workspace here (its erasures are re-applied to the backup): "
)
NO_ERASURES = QT_TRANSLATE_NOOP(
    "cli",
    "Warning: the current workspace could not be opened, so its erasures were not re-applied; those synced to the cloud are applied at the next sync.",
)

OLD_BACKUPS_LEFT = QT_TRANSLATE_NOOP(
    "cli",
    "Old automatic backups of the replaced workspace are left in {path}; delete them by hand when no longer needed.",
)


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    parser = commands.add_parser("backup", parents=[common], help="encrypted backups")
    actions = parser.add_subparsers(dest="action", required=True)
    create = actions.add_parser("create", parents=[common], help="back up the workspace now")
    create.add_argument("-o", "--output", metavar="FILE")
    create.add_argument("--json", action="store_true")
    create.set_defaults(handler=run_create)
    listing = actions.add_parser("list", parents=[common], help="backups in the backup folder")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    verify = actions.add_parser("verify", parents=[common], help="check a backup")
    verify.add_argument("file")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=run_verify)
    restore = actions.add_parser("restore", parents=[common], help="restore a backup")
    restore.add_argument("file")
    restore.add_argument("--to", required=True, metavar="DIR")
    restore.add_argument(
        "--current-passphrase-file",
        metavar="FILE",
        help="passphrase of the workspace here, when it is not the backup's",
    )
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(handler=run_restore)


def folder_of(ctx: CommandContext) -> Path:
    machine = settings.MachineSettings(ctx.data_dir / MACHINE_SETTINGS_FILE)
    return backup_folder(ctx.data_dir, machine.get(settings.BACKUP_FOLDER))


def retention_of(ctx: CommandContext) -> Retention:
    machine = settings.MachineSettings(ctx.data_dir / MACHINE_SETTINGS_FILE)
    return Retention(
        max(0, machine.get(settings.BACKUP_KEEP_DAILY)),
        max(0, machine.get(settings.BACKUP_KEEP_WEEKLY)),
        max(0, machine.get(settings.BACKUP_KEEP_MONTHLY)),
    )


def _backup_secrets(ctx: CommandContext) -> Secrets:
    """Passphrase or recovery code for a backup (it has no keychain slot); asked on a terminal."""
    offered = ctx.secrets()
    if offered.passphrase is None and offered.recovery_code is None and ctx.interactive:
        return Secrets(passphrase=ctx._prompt(PASSPHRASE_PROMPT), use_keychain=False)
    return Secrets(offered.passphrase, offered.recovery_code, use_keychain=False)


def _size(ctx: CommandContext, size: int) -> str:
    if size >= 1_048_576:
        return ctx.tr(MEGABYTES).format(size=f"{size / 1_048_576:.1f}")
    return ctx.tr(KILOBYTES).format(size=max(1, size // 1024))


def run_create(ctx: CommandContext) -> int:
    target = Path(ctx.args.output).expanduser() if ctx.args.output else None
    with ctx.workspace() as workspace:
        if target is None:  # one of the automatic series: pruned alike
            info = back_up_and_prune(workspace, folder_of(ctx), retention_of(ctx))
        else:
            info = create_backup(workspace, target)
    if ctx.args.json:
        ctx.print_json(info.to_json())
    else:
        ctx.say(CREATED, path=info.path, contacts=info.contacts)
    return 0


def run_list(ctx: CommandContext) -> int:
    folder = folder_of(ctx)
    found = list_backups(folder, ctx.language)
    if ctx.args.json:
        ctx.print_json([item.to_json() for item in found])
        return 0
    if not found:
        ctx.say(NO_BACKUPS, path=folder)
    for item in found:
        if item.info is None:
            print(f"{ctx.tr(DAMAGED)}\t{item.path}\t{item.problem}", file=ctx.stdout)
        else:
            info = item.info
            line = f"{info.created_at}\t{info.contacts}\t{_size(ctx, info.size)}\t{info.path}"
            print(line, file=ctx.stdout)
    return 0


def run_verify(ctx: CommandContext) -> int:
    verified = verify_backup(Path(ctx.args.file).expanduser(), _backup_secrets(ctx))
    if ctx.args.json:
        ctx.print_json(verified.to_json())
    else:
        ctx.say(HEALTHY, contacts=verified.contacts, created_at=verified.info.created_at)
    return 0


def _current_secrets(ctx: CommandContext, for_backup: Secrets) -> Iterator[Secrets]:
    """What may unlock the workspace here, in turn: --current-passphrase-file, else the
    keychain and what opens the backup (the same passphrase or recovery code while
    unchanged), then a passphrase asked on a terminal."""
    path = ctx.args.current_passphrase_file
    if path:
        yield Secrets(passphrase=_read_secret_file(path), use_keychain=False)
        return
    yield ctx.secrets()
    if for_backup.passphrase is not None:  # asked on the terminal for the backup
        yield for_backup
    if ctx.interactive:
        yield Secrets(passphrase=ctx._prompt(CURRENT_PROMPT), use_keychain=False)


def run_restore(ctx: CommandContext) -> int:
    from gtgcrm_desktop.privacy.backup_restore import current_of, restore_with_erasure
    from gtgcrm_desktop.store.keychain import Keychain
    from gtgcrm_desktop.store.lock import WorkspaceLock

    backup = Path(ctx.args.file).expanduser().absolute()
    target = Path(ctx.args.to).expanduser().absolute()
    live = target.resolve() == ctx.data_dir.expanduser().absolute().resolve()
    offered = _backup_secrets(ctx)
    # The erasures of the workspace that runs the restore, read before anything moves.
    current = current_of(ctx.data_dir, _current_secrets(ctx, offered))
    entries = None if current is None else current.entries
    unreadable = current is None and (ctx.data_dir / KEY_FILE).exists()
    if unreadable:
        print(ctx.tr(NO_ERASURES), file=ctx.stderr)
    if live:
        # The app (or another command) must not have this workspace open while it is replaced.
        with WorkspaceLock(target, "cli", "gtgcrm backup restore").acquire(exclusive=True):
            restored = restore_with_erasure(
                backup,
                target,
                offered,
                entries,
                live=True,
                keychain=Keychain(),
                retire=() if current is None else current.devices,
            )
        if unreadable:  # its device id is unknown, so its automatic backups are not pruned
            print(ctx.tr(OLD_BACKUPS_LEFT).format(path=folder_of(ctx)), file=ctx.stderr)
    else:
        restored = restore_with_erasure(backup, target, offered, entries, keychain=Keychain())
    if ctx.args.json:
        ctx.print_json(restored.to_json())
        return 0
    result = restored.result
    ctx.say(RESTORED, path=result.target, contacts=result.backup.contacts - restored.erased_again)
    if result.moved_aside is not None:
        ctx.say(MOVED_ASIDE, path=result.moved_aside)
    if restored.erased_again:
        ctx.say(ERASED_AGAIN, count=restored.erased_again)
    ctx.say(PULL_FIRST)
    return 0
