"""The `gtgcrm` command: parses arguments, runs one command, maps errors to exit codes."""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import logging
import os
import pkgutil
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from gtgcrm_desktop import __version__
from gtgcrm_desktop.commands.context import CommandContext
from gtgcrm_desktop.core.errors import FileAccessError, GtgError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP, cli_language, translate
from gtgcrm_desktop.core.paths import DATABASE_FILE, data_dir, use_private_files

#: Modules of `gtgcrm_desktop.commands` that are not command groups.
_NOT_COMMANDS = frozenset({"context"})

EXIT_OK, EXIT_INPUT, EXIT_UNLOCK, EXIT_INTERNAL = 0, 1, 2, 70
INTERNAL = QT_TRANSLATE_NOOP("errors", "Internal error ({kind}); details are in {log}.")
INTERRUPTED = QT_TRANSLATE_NOOP("errors", "Interrupted; nothing was changed.")
USAGE = QT_TRANSLATE_NOOP("errors", "Usage error: {detail}")

_log = logging.getLogger("gtgcrm_desktop")


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on bad usage; our contract reserves 2 for 'cannot unlock'."""

    language = "en"

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(translate("errors", USAGE, self.language).format(detail=message), file=sys.stderr)
        raise SystemExit(EXIT_INPUT)


def _common_options() -> argparse.ArgumentParser:
    """Options every command takes, before or after the sub-command name."""
    common = argparse.ArgumentParser(add_help=False)
    suppress = argparse.SUPPRESS
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=suppress,
        help="workspace folder (default: GTGCRM_DATA_DIR or the platform's)",
    )
    common.add_argument("--passphrase-file", metavar="FILE", default=suppress)
    common.add_argument("--recovery-code-file", metavar="FILE", default=suppress)
    common.add_argument("--lang", choices=["ar", "en"], default=suppress)
    return common


def command_modules() -> list[str]:
    """Every command-group module: each module of `commands/` defines `register(...)`."""
    from gtgcrm_desktop import commands

    found = pkgutil.iter_modules(commands.__path__)
    return sorted(
        f"{commands.__name__}.{m.name}"
        for m in found
        if not m.name.startswith("_") and m.name not in _NOT_COMMANDS
    )


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    common = _common_options()
    parser = _Parser(
        prog="gtgcrm",
        parents=[common],
        description="GTG CRM Desktop. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"gtgcrm {__version__}")
    parser.add_argument(
        "--screenshot", metavar="FILE.png", help="render a screen offscreen to FILE.png and exit"
    )
    parser.add_argument(
        "--screen", choices=["contacts", "templates", "privacy", "sync"], default="contacts"
    )
    if not with_commands:
        return parser
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in command_modules():
        importlib.import_module(name).register(commands, common)
    return parser


def _setup_logging(args: argparse.Namespace) -> str:
    """Log to `<data dir>/logs/gtgcrm.log` when the data dir exists. Messages carry ids and
    event names only; exception texts (which may quote data) are never logged."""
    folder = data_dir(getattr(args, "data_dir", None))
    log_path = folder / "logs" / "gtgcrm.log"
    if folder.is_dir():
        try:
            log_path.parent.mkdir(mode=0o700, exist_ok=True)
            handler = logging.FileHandler(log_path, encoding="utf-8")
        except OSError:
            return str(log_path)  # an unwritable data dir: the command reports it, if it matters
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        root = logging.getLogger("gtgcrm_desktop")
        for old in root.handlers:
            old.close()
        root.handlers[:] = [handler]
        root.setLevel(logging.INFO)
    return str(log_path)


def _log_internal_error(error: BaseException) -> None:
    frames = "".join(traceback.format_tb(error.__traceback__))
    _log.error("internal error %s\n%s", type(error).__name__, frames)


def _stdout_closed() -> int:
    """The reader of our output went away (`... | head`): stop quietly. Later writes, and the
    flush at exit, go to the null device, as Python's documentation advises for SIGPIPE."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_INPUT


def _typed(error: BaseException, folder: Path) -> GtgError | None:
    """An ordinary fault (damaged database, busy database, a file the system refuses) as
    the typed error that reports it; None for a real internal error."""
    from gtgcrm_desktop.store.database import DatabaseError, typed_error

    if isinstance(error, DatabaseError):
        return typed_error(error, folder / DATABASE_FILE)
    if isinstance(error, OSError) and error.filename is not None:  # not a socket's error
        return FileAccessError.from_os_error(error)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command, or the app when no command is given; returns the exit code."""
    # No cycle collections while the app starts (its modules and window make many objects
    # that live for the whole run); the app's GUI collector runs them from then on. A
    # command runs with the collector as it was.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv, collecting)
    finally:
        if collecting:
            gc.enable()


def _main(argv: Sequence[str] | None, collecting: bool) -> int:
    use_private_files()
    argv = list(sys.argv[1:] if argv is None else argv)
    _Parser.language = cli_language(_peek_lang(argv))
    # Opening the app needs none of the command modules: read the top-level options alone,
    # and build the full parser only when something follows them.
    wants_help = bool({"-h", "--help"} & set(argv))
    options, rest = (None, argv) if wants_help else build_parser(False).parse_known_args(argv)
    if options is not None and not rest:
        options.command = None
        args = options
    else:
        args = build_parser().parse_args(argv)
    language = cli_language(getattr(args, "lang", None))
    if args.command is None:
        # The only place the command line reaches for Qt.
        app = importlib.import_module("gtgcrm_desktop.app")
        status: int = app.run_app(args)
        # The window is closed and the workspace saved and closed by now; leave without
        # finalisation, so Python's collector never tears Qt objects down in its own order
        # (how PySide6 6.12.0's refcount fault on every emit showed itself; 6.12.0 is excluded).
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    if collecting:
        gc.enable()
    log_path = _setup_logging(args)
    ctx = CommandContext(args=args, language=language)
    try:
        code: int = args.handler(ctx)
        sys.stdout.flush()  # a closed pipe shows here, not in the flush at exit
        return code
    except BrokenPipeError:
        return _stdout_closed()
    except GtgError as error:
        print(error.localized(language), file=sys.stderr)
        _log.info("command failed: %s", type(error).__name__)
        return error.exit_code
    except KeyboardInterrupt:
        print(translate("errors", INTERRUPTED, language), file=sys.stderr)
        return 130
    except Exception as error:
        typed = _typed(error, data_dir(getattr(args, "data_dir", None)))
        if typed is not None:
            print(typed.localized(language), file=sys.stderr)
            _log.info("command failed: %s", type(error).__name__)
            return typed.exit_code
        _log_internal_error(error)
        message = translate("errors", INTERNAL, language)
        print(message.format(kind=type(error).__name__, log=log_path), file=sys.stderr)
        return EXIT_INTERNAL


def _peek_lang(argv: list[str]) -> str | None:
    for index, item in enumerate(argv):
        if item == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if item.startswith("--lang="):
            return item.split("=", 1)[1]
    return None


if __name__ == "__main__":
    raise SystemExit(main())
