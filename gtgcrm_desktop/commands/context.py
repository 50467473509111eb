"""What every command gets: options, the language, secrets, the workspace and output helpers."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from gtgcrm_desktop.core.errors import InputError, NoSecretError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from gtgcrm_desktop.core.passphrase_strength import is_weak
from gtgcrm_desktop.core.paths import data_dir
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.store.lock import LockHolder

PASSPHRASE_PROMPT = QT_TRANSLATE_NOOP("cli", "Passphrase: ")
REPEAT_PROMPT = QT_TRANSLATE_NOOP("cli", "Repeat the passphrase: ")
MISMATCH = QT_TRANSLATE_NOOP("errors", "The two passphrases differ.")
UNREADABLE_FILE = QT_TRANSLATE_NOOP("errors", "Cannot read {path}.")
NO_NEW_PASSPHRASE = QT_TRANSLATE_NOOP(
    "errors", "Give the new passphrase (GTGCRM_NEW_PASSPHRASE or --new-passphrase-file)."
)
WEAK_PASSPHRASE = QT_TRANSLATE_NOOP(
    "errors",
    "This passphrase is too easy to guess. Use at least 12 characters, for example four unrelated words, or give --allow-weak to use it anyway.",
)
WAITING_FOR_COMMAND = QT_TRANSLATE_NOOP(
    "cli", "Waiting for '{command}' (process {pid}) to finish with the workspace..."
)
WAITING = QT_TRANSLATE_NOOP("cli", "Waiting for another program to finish with the workspace...")
WAITING_FOR_DATABASE = QT_TRANSLATE_NOOP(
    "cli", "The database is busy (another program is writing to it); waiting up to 10 seconds..."
)
OUTPUT_NOT_OURS = QT_TRANSLATE_NOOP(
    "errors", "{path} exists and is not a file of yours that can be replaced; choose another name."
)


def _read_secret_file(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(UNREADABLE_FILE, path=path) from exc


@dataclass
class CommandContext:
    """Built once per run by `cli.main` and handed to the command."""

    args: argparse.Namespace
    language: str
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)

    def tr(self, text: str, context: str = "cli") -> str:
        return translate(context, text, self.language)

    def say(self, text: str, **params: Any) -> None:
        """Print a translated line to stdout."""
        print(self.tr(text).format(**params), file=self.stdout)

    def print_json(self, value: Any) -> None:
        json.dump(value, self.stdout, ensure_ascii=False, indent=2)
        self.stdout.write("\n")

    @property
    def data_dir(self) -> Path:
        return data_dir(getattr(self.args, "data_dir", None))

    @property
    def interactive(self) -> bool:
        return sys.stdin is not None and sys.stdin.isatty()

    def _prompt(self, text: str) -> str:
        return getpass.getpass(self.tr(text))

    def passphrase(self, *, prompt: bool = True) -> str | None:
        """GTGCRM_PASSPHRASE, else --passphrase-file, else a prompt on a terminal."""
        from_env = os.environ.get("GTGCRM_PASSPHRASE")
        if from_env is not None:
            return from_env
        path = getattr(self.args, "passphrase_file", None)
        if path:
            return _read_secret_file(path)
        if prompt and self.interactive:
            return self._prompt(PASSPHRASE_PROMPT)
        return None

    def secret(self, variable: str, prompt: str, missing: str, **params: Any) -> str:
        """A password from the environment variable `variable`, else asked on a terminal (the
        translated `prompt`, formatted with `params`); else InputError(`missing`)."""
        from_env = os.environ.get(variable)
        if from_env:
            return from_env
        if self.interactive:
            return getpass.getpass(self.tr(prompt).format(**params))
        raise InputError(missing)

    def new_passphrase(self) -> str:
        """The new passphrase for init and change: environment, file, or asked twice."""
        for variable in ("GTGCRM_NEW_PASSPHRASE",):
            if os.environ.get(variable):
                return os.environ[variable]
        path = getattr(self.args, "new_passphrase_file", None)
        if path:
            return _read_secret_file(path)
        if self.interactive:
            first = self._prompt(PASSPHRASE_PROMPT)
            if self._prompt(REPEAT_PROMPT) != first:
                raise InputError(MISMATCH)
            return first
        raise InputError(NO_NEW_PASSPHRASE)

    def refuse_weak(self, passphrase: str) -> str:
        """`passphrase`, unless the strength hint rates it weak and --allow-weak is not given."""
        if is_weak(passphrase) and not getattr(self.args, "allow_weak", False):
            raise InputError(WEAK_PASSPHRASE)
        return passphrase

    @property
    def command_name(self) -> str:
        """'gtgcrm key rotate': names this process to others waiting for the workspace."""
        words = [getattr(self.args, "command", None), getattr(self.args, "action", None)]
        return " ".join(["gtgcrm", *(w for w in words if isinstance(w, str))])

    def _waiting(self, holder: LockHolder | None) -> None:
        if holder is None or holder.long:
            print(self.tr(WAITING), file=self.stderr)
        else:
            text = self.tr(WAITING_FOR_COMMAND).format(command=holder.command, pid=holder.pid)
            print(text, file=self.stderr)

    def output_path(self, raw: str) -> Path:
        """The -o target: new, or an ordinary file of this user's (never a folder, a link, a
        device, or someone else's file); else InputError."""
        path = Path(raw)
        try:
            info = path.lstat()
        except FileNotFoundError:
            return path
        except OSError as exc:
            raise InputError(OUTPUT_NOT_OURS, path=raw) from exc
        owner_ok = os.name != "posix" or info.st_uid == os.geteuid()
        if not stat.S_ISREG(info.st_mode) or not owner_ok:
            raise InputError(OUTPUT_NOT_OURS, path=raw)
        return path

    def secrets(self) -> Secrets:
        """What to try, in order: keychain, passphrase, recovery code."""
        recovery = os.environ.get("GTGCRM_RECOVERY_CODE")
        recovery_file = getattr(self.args, "recovery_code_file", None)
        if recovery_file:
            recovery = _read_secret_file(recovery_file)
        passphrase = self.passphrase(prompt=False)
        return Secrets(passphrase=passphrase, recovery_code=recovery)

    def _open(self, offered: Secrets, exclusive: bool) -> Workspace:
        return Workspace.open(
            self.data_dir,
            offered,
            holder="cli",
            command=self.command_name,
            exclusive=exclusive,
            on_wait=self._waiting,
        )

    @contextmanager
    def workspace(self, *, exclusive: bool = False) -> Iterator[Workspace]:
        """The unlocked workspace, closed afterwards; asks for the passphrase on a terminal.
        `exclusive` for key changes: refused while another process has the workspace open."""
        offered = self.secrets()
        try:
            workspace = self._open(offered, exclusive)
        except NoSecretError:
            if not self.interactive:
                raise
            asked = self._prompt(PASSPHRASE_PROMPT)
            workspace = self._open(Secrets(passphrase=asked, use_keychain=False), exclusive)
        workspace.db.on_busy = lambda: print(self.tr(WAITING_FOR_DATABASE), file=self.stderr)
        try:
            if workspace.pending_notice:
                print(self.tr(workspace.pending_notice, "errors"), file=self.stderr)
            yield workspace
        finally:
            workspace.close()
