"""`carddav add --url URL --username U`, `sync [--json]`, `status`, `remove [--force]`."""

from __future__ import annotations

import argparse
import re
from typing import Any

from gtgcrm_desktop.commands._connector import print_status, print_sync_report
from gtgcrm_desktop.commands.context import CommandContext
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.sync.pairing import SamePerson

PASSWORD_VARIABLE = "GTGCRM_CARDDAV_PASSWORD"
PASSWORD_PROMPT = QT_TRANSLATE_NOOP("cli", "Address book password for {username}: ")
NO_PASSWORD = QT_TRANSLATE_NOOP(
    "errors", "Give the address book password (GTGCRM_CARDDAV_PASSWORD, or run on a terminal)."
)
ADDED = QT_TRANSLATE_NOOP(
    "cli", "Address book {url} added for {username}; password kept in the {where}."
)
REMOVED = QT_TRANSLATE_NOOP("cli", "Address book removed; the contacts on this computer are kept.")
REMOVED_LEAVING = QT_TRANSLATE_NOOP(
    "cli",
    "Warning: the address book was removed, but the cards of {count} erased contact(s) remain on"
    " the address book server; delete them there.",
)
SUPPRESSED = QT_TRANSLATE_NOOP("cli", "{count} card(s) of erased people were not imported.")
PAIRED = QT_TRANSLATE_NOOP(
    "cli", "{count} card(s) were paired with contacts already here (the same person)."
)
REPORT = QT_TRANSLATE_NOOP("cli", "Pulled {pulled}, pushed {pushed}, conflicts {conflicts}.")
OPEN_CONFLICTS = QT_TRANSLATE_NOOP(
    "cli", "{count} conflict(s) wait for you: gtgcrm sync conflicts."
)
WHERE_KEYCHAIN = QT_TRANSLATE_NOOP("cli", "system keychain")
WHERE_WORKSPACE = QT_TRANSLATE_NOOP("cli", "encrypted workspace")


_VERSION = re.compile(r"^VERSION:[ \t]*([0-9.]+)", re.IGNORECASE | re.MULTILINE)
_TEL = re.compile(r"^(?:[A-Za-z0-9-]+\.)?TEL[;:]", re.IGNORECASE)
#: Kept (unmodelled) properties that are named differently in vCard 3.0 and 4.0.
_NAMES_IN_3 = {"KIND": "X-ADDRESSBOOKSERVER-KIND", "GENDER": "X-GENDER"}
_NAMES_IN_4 = {v: k for k, v in _NAMES_IN_3.items()}


def _fold(line: str) -> str:
    """One content line folded at 75 octets (RFC 6350 section 3.2), never inside a character."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += width
    out.append("".join(current))
    return "\r\n".join(out) + "\r\n"


def _tel_uris(text: str, phones: list[Any]) -> str:
    """vCard 4.0 text with each phone that has an E.164 form as `TEL;VALUE=uri:tel:+...`
    (RFC 6350 section 6.4.1); a phone kept as written stays text. TEL lines come in the order
    of `phones` (the writer writes one per phone)."""
    logical: list[list[str]] = []
    for physical in text.split("\r\n"):
        if physical[:1] in (" ", "\t") and logical:
            logical[-1].append(physical)
        else:
            logical.append([physical])
    out: list[str] = []
    index = 0
    for parts in logical:
        line = parts[0] + "".join(p[1:] for p in parts[1:])
        if _TEL.match(line) and index < len(phones):
            e164 = phones[index].e164
            index += 1
            if e164:
                head = line.partition(":")[0]
                out.append(_fold(f"{head};VALUE=uri:tel:{e164}").removesuffix("\r\n"))
                continue
        out.append("\r\n".join(parts))
    return "\r\n".join(out)


class VCardCodec:
    """The CardDAV connector's card codec, made of the interchange vCard reader and writer.

    sync/ may not import interchange/ (layering), so the codec is built here and injected,
    with the import's duplicate rules (`same_person`) for first-sync pairing."""

    version = "3.0"  # every CardDAV server must accept vCard 3.0 (RFC 6352 section 5.1)

    def __init__(self) -> None:
        from gtgcrm_desktop.interchange import (
            VCARD_EXTRA_KEYS,
            VCARD_KEPT_PROPERTIES,
            read_vcards,
            same_person,
            write_card,
        )

        self._write, self._read, self._kept = write_card, read_vcards, VCARD_KEPT_PROPERTIES
        self.extra_keys = VCARD_EXTRA_KEYS
        self.same_person: SamePerson = same_person

    def _is_uid(self, entry: Any) -> bool:
        return isinstance(entry, dict) and str(entry.get("name", "")).upper() == "UID"

    def version_of(self, text: str) -> str:
        """The VERSION a card says ("4.0", "3.0", "2.1"); "3.0" when it says none."""
        found = _VERSION.search(text)
        return found.group(1) if found else "3.0"

    def read(self, text: str) -> tuple[Contact, str]:
        """The contact of one card and its UID (kept out of the contact's `extra`)."""
        from gtgcrm_desktop.sync.carddav import UnreadableCardError

        for row in self._read(re.split(r"\r\n|\r|\n", text), "card"):
            if row.contact is None:
                raise UnreadableCardError()
            contact = row.contact
            kept = list(contact.extra.get(self._kept) or [])
            uid = next((str(e.get("value") or "") for e in kept if self._is_uid(e)), "")
            rest = [e for e in kept if not self._is_uid(e)]
            if rest:
                contact.extra[self._kept] = rest
            else:
                contact.extra.pop(self._kept, None)
            return contact, uid
        raise UnreadableCardError()

    def write(self, contact: Contact, uid: str, version: str = "3.0") -> str:
        """`contact` as a vCard `version` (4.0, else 3.0) carrying `uid`, with that version's
        property names (ANNIVERSARY, KIND, GENDER and tel: URIs in 4.0)."""
        version = "4.0" if version == "4.0" else "3.0"
        names = _NAMES_IN_4 if version == "4.0" else _NAMES_IN_3
        copy = contact.copy()
        kept = [
            {**e, "name": names.get(str(e.get("name", "")).upper(), e.get("name"))}
            for e in copy.extra.get(self._kept) or []
            if isinstance(e, dict) and not self._is_uid(e)
        ]
        copy.extra = {k: v for k, v in copy.extra.items() if k in self.extra_keys}
        copy.extra[self._kept] = [*kept, {"group": "", "name": "UID", "params": [], "value": uid}]
        text = str(self._write(copy, version))
        return _tel_uris(text, copy.phones) if version == "4.0" else text


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
    add.add_argument(
        "--address-book",
        metavar="NAME",
        help="which address book, when the account has several (its name or path)",
    )
    add.set_defaults(handler=run_add)

    sync = actions.add_parser("sync", parents=[common], help="sync with the address book once")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(handler=run_sync)

    status = actions.add_parser("status", parents=[common], help="address book and last sync")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=run_status)

    remove = actions.add_parser("remove", parents=[common], help="forget the address book")
    remove.add_argument(
        "--force",
        action="store_true",
        help="remove even when cards of erased contacts cannot be deleted on the server",
    )
    remove.set_defaults(handler=run_remove)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage()
    return 1


def _service(workspace: Any) -> Any:
    from gtgcrm_desktop.sync.carddav import CardDavService

    return CardDavService(workspace, VCardCodec())


def _password(ctx: CommandContext, username: str) -> str:
    return ctx.secret("GTGCRM_CARDDAV_PASSWORD", PASSWORD_PROMPT, NO_PASSWORD, username=username)


def run_add(ctx: CommandContext) -> int:
    args = ctx.args
    password = _password(ctx, args.username)
    with ctx.workspace() as workspace:
        service = _service(workspace)
        url = service.add(args.url, args.username, password, args.address_book)
        where = WHERE_KEYCHAIN if service.vault.where == "keychain" else WHERE_WORKSPACE
    ctx.say(ADDED, url=url, username=args.username, where=ctx.tr(where))
    return 0


def run_sync(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        report = _service(workspace).sync()
    code = print_sync_report(ctx, report, REPORT, OPEN_CONFLICTS)
    if report.paired and not ctx.args.json:
        ctx.say(PAIRED, count=report.paired)
    if report.suppressed and not ctx.args.json:
        ctx.say(SUPPRESSED, count=report.suppressed)
    return code


def run_status(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        status = _service(workspace).status()
    return print_status(ctx, status)


def run_remove(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        remaining = _service(workspace).remove(force=ctx.args.force)
    ctx.say(REMOVED)
    if remaining:
        print(ctx.tr(REMOVED_LEAVING).format(count=remaining), file=ctx.stderr)
    return 0
