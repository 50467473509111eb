"""The contact-field options of the command line (--given, --email, ...), shared by commands."""

from __future__ import annotations

import argparse
from typing import Any

from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.models import EmailAddress, PhoneNumber

BAD_CUSTOM = QT_TRANSLATE_NOOP("errors", "Custom fields are written KEY=VALUE, not {value}.")


def add_field_options(parser: argparse.ArgumentParser) -> None:
    """Add --given, --family, --email ... (the fields of `contacts add`) to `parser`."""
    parser.add_argument("--given")
    parser.add_argument("--family")
    parser.add_argument("--display")
    parser.add_argument("--email", action="append", metavar="E")
    parser.add_argument("--phone", action="append", metavar="P")
    parser.add_argument("--org")
    parser.add_argument("--title")
    parser.add_argument("--tag", action="append", metavar="T")
    parser.add_argument("--note")
    parser.add_argument("--birthday", metavar="YYYY-MM-DD")
    parser.add_argument("--custom", action="append", metavar="KEY=VALUE")


def changes_from_options(args: argparse.Namespace) -> dict[str, Any]:
    """The contact fields given on the command line, in their JSON form."""
    values: dict[str, Any] = {}
    for option, name in (
        ("given", "given_name"),
        ("family", "family_name"),
        ("display", "display_name"),
        ("org", "organization"),
        ("title", "title"),
        ("note", "notes"),
        ("birthday", "birthday"),
    ):
        value = getattr(args, option, None)
        if value is not None:
            values[name] = value
    if args.email:
        values["emails"] = [EmailAddress(e).to_json() for e in args.email]
    if args.phone:
        values["phones"] = [PhoneNumber(p).to_json() for p in args.phone]
    if args.tag:
        values["tags"] = list(args.tag)
    if args.custom:
        custom: dict[str, str] = {}
        for item in args.custom:
            key, sep, value = item.partition("=")
            if not sep or not key.strip():
                raise InputError(BAD_CUSTOM, value=item)
            custom[key.strip()] = value
        values["custom_fields"] = custom
    return values
