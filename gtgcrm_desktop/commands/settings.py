"""`settings list|get|set`: the declared settings of core.settings, machine or workspace scope."""

from __future__ import annotations

import argparse
from typing import Any

from gtgcrm_desktop.commands.context import CommandContext
from gtgcrm_desktop.core import settings
from gtgcrm_desktop.core.errors import InputError, ValidationError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.paths import MACHINE_SETTINGS_FILE
from gtgcrm_desktop.core.validation import REASON_REGION, parse_phone

UNKNOWN_SETTING = QT_TRANSLATE_NOOP("errors", "There is no setting called {key}.")
BAD_VALUE = QT_TRANSLATE_NOOP("errors", "{value} is not a valid value for {key}.")


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    parser = commands.add_parser("settings", parents=[common], help="show or change settings")
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", parents=[common], help="every setting and its value")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    get = actions.add_parser("get", parents=[common], help="one setting")
    get.add_argument("key")
    get.set_defaults(handler=run_get)
    change = actions.add_parser("set", parents=[common], help="change one setting")
    change.add_argument("key")
    change.add_argument("value")
    change.set_defaults(handler=run_set)


def _setting(key: str) -> settings.Setting[Any]:
    for setting in settings.ALL_SETTINGS:
        if setting.key == key:
            return setting
    raise InputError(UNKNOWN_SETTING, key=key)


def _machine(ctx: CommandContext) -> settings.MachineSettings:
    return settings.MachineSettings(ctx.data_dir / MACHINE_SETTINGS_FILE)


def _values(ctx: CommandContext) -> dict[str, Any]:
    machine = _machine(ctx)
    values: dict[str, Any] = {
        s.key: machine.get(s) for s in settings.ALL_SETTINGS if s.scope == "machine"
    }
    with ctx.workspace() as workspace:
        for setting in settings.ALL_SETTINGS:
            if setting.scope == "workspace":
                values[setting.key] = workspace.settings.get(setting)
    return values


def run_list(ctx: CommandContext) -> int:
    values = _values(ctx)
    if ctx.args.json:
        ctx.print_json(values)
    else:
        for key, value in values.items():
            print(f"{key} = {value}", file=ctx.stdout)
    return 0


def run_get(ctx: CommandContext) -> int:
    setting = _setting(ctx.args.key)
    print(_values(ctx)[setting.key], file=ctx.stdout)
    return 0


def run_set(ctx: CommandContext) -> int:
    setting = _setting(ctx.args.key)
    raw: str = ctx.args.value
    value = setting.coerce(raw)
    if str(value) != raw.strip() or (setting.choices and value not in setting.choices):
        raise InputError(BAD_VALUE, value=raw, key=setting.key)
    if setting is settings.DEFAULT_REGION:
        value = raw.strip().upper()
        try:
            parse_phone("0", default_region=value)
        except ValidationError as error:
            if error.reason == REASON_REGION:
                raise InputError(BAD_VALUE, value=raw, key=setting.key) from error
    if setting.scope == "machine":
        _machine(ctx).set(setting, value)
    else:
        with ctx.workspace() as workspace:
            workspace.settings.set(setting, value)
    print(f"{setting.key} = {value}", file=ctx.stdout)
    return 0
