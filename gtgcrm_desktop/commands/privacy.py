"""`privacy ...`: consent, data requests (export, correction, erasure, objection), retention, audit."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path
from typing import Any

from gtgcrm_desktop.commands._contact_options import add_field_options, changes_from_options
from gtgcrm_desktop.commands.context import CommandContext
from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.settings import RETENTION_ACTION
from gtgcrm_desktop.privacy import retention
from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.analytics import UsageRecorder
from gtgcrm_desktop.privacy.correction import correct_contact
from gtgcrm_desktop.privacy.erasure import erase_contact
from gtgcrm_desktop.privacy.errors import (
    ConfirmationRequiredError,
    ExportPassphraseMissingError,
    OutputExistsError,
)
from gtgcrm_desktop.privacy.export import export
from gtgcrm_desktop.privacy.ledger import ConsentLedger
from gtgcrm_desktop.privacy.marketing import is_marketing_allowed, marketing_audience
from gtgcrm_desktop.privacy.objection import record_objection
from gtgcrm_desktop.privacy.opening import check_archive, unpack, write_private
from gtgcrm_desktop.privacy.policy import acknowledge, acknowledgements, current_policy
from gtgcrm_desktop.privacy.requests import DataRequests
from gtgcrm_desktop.privacy.sealed import read_sealed, unseal
from gtgcrm_desktop.privacy.verify import verify_chains

CONSENT_SET = QT_TRANSLATE_NOOP("cli", "{purpose}: {status} (recorded {at}).")
EXPORTED = QT_TRANSLATE_NOOP(
    "cli", "Export written to {path} ({count} contacts, request {request})."
)
EXPORTED_ENCRYPTED = QT_TRANSLATE_NOOP(
    "cli", "Encrypted export written to {path} ({count} contacts, request {request})."
)
OPENED = QT_TRANSLATE_NOOP("cli", "Decrypted export written to {path}. Keep it safe.")
ERASED = QT_TRANSLATE_NOOP(
    "cli", "Erased {id} (request {request}; {suppressed} suppression entries)."
)
CORRECTED = QT_TRANSLATE_NOOP("cli", "Corrected {fields} of {id} (request {request}).")
OBJECTED = QT_TRANSLATE_NOOP(
    "cli", "Objection recorded for {id}: excluded from direct marketing (request {request})."
)
CHAINS_OK = QT_TRANSLATE_NOOP(
    "cli", "Consent ledger: {consent} entries, intact. Audit log: {audit} entries, intact."
)
REQUEST_SAVED = QT_TRANSLATE_NOOP("cli", "Request {id}: {kind}, {status}.")
NO_REQUESTS = QT_TRANSLATE_NOOP("cli", "No data requests.")
RETENTION_NONE = QT_TRANSLATE_NOOP(
    "cli", "No contact without activity since {cutoff} ({months} months)."
)
RETENTION_DUE = QT_TRANSLATE_NOOP(
    "cli", "{count} contacts without activity since {cutoff} ({months} months):"
)
RETENTION_APPLIED = QT_TRANSLATE_NOOP("cli", "Done: {count} contacts {action}.")
RETENTION_HINT = QT_TRANSLATE_NOOP(
    "cli", "Nothing changed. Add --yes (and --action delete|anonymise) to apply."
)
RETENTION_SAVED = QT_TRANSLATE_NOOP("cli", "Retention: {months} months, then {action}.")
USAGE_DELETED = QT_TRANSLATE_NOOP("cli", "Deleted {count} usage events.")
USAGE_NONE = QT_TRANSLATE_NOOP("cli", "No usage events are recorded.")
POLICY_ACKNOWLEDGED = QT_TRANSLATE_NOOP("cli", "Privacy policy version {version} acknowledged.")
POLICY_HEADER = QT_TRANSLATE_NOOP("cli", "Version {version}, effective {date}.")
EXPORT_PROMPT = QT_TRANSLATE_NOOP("cli", "Export passphrase: ")
EXPORT_REPEAT = QT_TRANSLATE_NOOP("cli", "Repeat the export passphrase: ")
MISMATCH = QT_TRANSLATE_NOOP("errors", "The two passphrases differ.")
UNREADABLE = QT_TRANSLATE_NOOP("errors", "Cannot read {path}.")
ON, OFF = QT_TRANSLATE_NOOP("cli", "on"), QT_TRANSLATE_NOOP("cli", "off")
NEVER_SET = QT_TRANSLATE_NOOP("cli", "off (never set)")


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    privacy = commands.add_parser("privacy", parents=[common], help="privacy and data rights")
    groups = privacy.add_subparsers(dest="privacy_command", required=True)

    def add(
        parent: argparse._SubParsersAction[argparse.ArgumentParser], name: str, text: str
    ) -> argparse.ArgumentParser:
        return parent.add_parser(name, parents=[common], help=text)

    consent = add(groups, "consent", "the account's consent toggles").add_subparsers(
        dest="action", required=True
    )
    listing = add(consent, "list", "current consent of each purpose")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_consent_list)
    setting = add(consent, "set", "grant (on) or withdraw (off) one purpose")
    setting.add_argument(
        "purpose", help="marketing_email, personalised_ads, usage_analytics, sync:<server>"
    )
    setting.add_argument("state", choices=["on", "off"])
    setting.add_argument(
        "--source", default=v.SOURCE_CLI, help=f"one of: {', '.join(v.ACCOUNT_SOURCES)}"
    )
    setting.set_defaults(handler=run_consent_set)
    history = add(consent, "history", "every account consent event")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=run_consent_history)

    contact = add(groups, "contact-consent", "a contact's consent").add_subparsers(
        dest="action", required=True
    )
    cset = add(contact, "set", "record a contact's decision")
    cset.add_argument("id")
    cset.add_argument("--purpose", default=v.MARKETING, choices=v.CONTACT_PURPOSES)
    cset.add_argument("--channel", required=True, choices=[*v.CHANNELS, v.ALL_CHANNELS])
    cset.add_argument("--status", required=True, choices=v.STATUSES)
    cset.add_argument("--basis", default="consent", choices=v.LAWFUL_BASES)
    cset.add_argument("--source", default=v.SOURCE_CLI)
    cset.add_argument("--evidence", default="")
    cset.set_defaults(handler=run_contact_consent_set)
    cshow = add(contact, "show", "a contact's consent and marketing eligibility")
    cshow.add_argument("id")
    cshow.add_argument("--json", action="store_true")
    cshow.set_defaults(handler=run_contact_consent_show)

    objection = add(groups, "object", "a contact objects to direct marketing")
    objection.add_argument("--contact", required=True)
    objection.add_argument("--source", default=v.SOURCE_CLI)
    objection.add_argument("--evidence", default="")
    objection.add_argument("--request")
    objection.set_defaults(handler=run_object)

    audience = add(groups, "audience", "contacts who may receive marketing on a channel")
    audience.add_argument("--channel", required=True, choices=v.CHANNELS)
    audience.add_argument("--json", action="store_true")
    audience.set_defaults(handler=run_audience)

    exporting = add(groups, "export", "export the account's or one contact's data as a zip")
    exporting.add_argument("--contact")
    exporting.add_argument("-o", "--output", required=True)
    exporting.add_argument("--encrypt", action="store_true")
    exporting.add_argument("--export-passphrase-file", metavar="FILE")
    exporting.add_argument("--request")
    exporting.set_defaults(handler=run_export)

    opening = add(groups, "open", "decrypt an encrypted export")
    opening.add_argument("file")
    opening.add_argument("-o", "--output", required=True, help="a folder, or a name ending in .zip")
    opening.add_argument("--export-passphrase-file", metavar="FILE")
    opening.set_defaults(handler=run_open)

    erase = add(groups, "erase", "erase a contact for good")
    erase.add_argument("--contact", required=True)
    erase.add_argument("--yes", action="store_true")
    erase.add_argument("--request")
    erase.set_defaults(handler=run_erase)

    correct = add(groups, "correct", "correct a contact's data (audited)")
    correct.add_argument("--contact", required=True)
    add_field_options(correct)
    correct.add_argument("--request")
    correct.set_defaults(handler=run_correct)

    requests = add(groups, "requests", "data requests").add_subparsers(dest="action", required=True)
    rlist = add(requests, "list", "list data requests")
    rlist.add_argument("--status", choices=v.REQUEST_STATUSES)
    rlist.add_argument("--kind", choices=v.REQUEST_KINDS)
    rlist.add_argument("--contact")
    rlist.add_argument("--json", action="store_true")
    rlist.set_defaults(handler=run_requests_list)
    ropen = add(requests, "open", "log a request received (by e-mail, phone...)")
    ropen.add_argument("--kind", required=True, choices=v.REQUEST_KINDS)
    ropen.add_argument("--contact", help="omit for the account")
    ropen.set_defaults(handler=run_requests_open)
    rclose = add(requests, "update", "change a request's status")
    rclose.add_argument("id")
    rclose.add_argument("--status", required=True, choices=v.REQUEST_STATUSES)
    rclose.add_argument("--outcome", default="")
    rclose.set_defaults(handler=run_requests_update)

    keep = add(groups, "retention", "retention of inactive contacts").add_subparsers(
        dest="action", required=True
    )
    krun = add(keep, "run", "list contacts due; with --yes delete or anonymise them")
    krun.add_argument("--yes", action="store_true")
    krun.add_argument("--action", dest="retention_action", choices=["delete", "anonymise"])
    krun.add_argument(
        "--contact",
        dest="contacts",
        action="append",
        metavar="ID",
        help="with --yes, act only on these contacts (as listed before), if still inactive",
    )
    krun.add_argument("--json", action="store_true")
    krun.set_defaults(handler=run_retention)
    kset = add(keep, "set", "the retention period and what happens after it")
    kset.add_argument("--months", type=int, required=True)
    kset.add_argument("--action", dest="retention_action", required=True, choices=retention.ACTIONS)
    kset.set_defaults(handler=run_retention_set)

    audit = add(groups, "audit", "the audit log, newest first")
    audit.add_argument("--action", dest="audit_action")
    audit.add_argument("--subject")
    audit.add_argument("--limit", type=int, default=100)
    audit.add_argument("--json", action="store_true")
    audit.set_defaults(handler=run_audit)

    usage = add(groups, "usage", "recorded usage analytics").add_subparsers(
        dest="action", required=True
    )
    ulist = add(usage, "list", "what is recorded")
    ulist.add_argument("--json", action="store_true")
    ulist.set_defaults(handler=run_usage_list)
    udelete = add(usage, "delete", "delete recorded usage events")
    udelete.add_argument("ids", nargs="*", type=int)
    udelete.add_argument("--all", action="store_true")
    udelete.set_defaults(handler=run_usage_delete)

    policy = add(groups, "policy", "the privacy policy").add_subparsers(
        dest="action", required=True
    )
    pshow = add(policy, "show", "print the policy")
    pshow.add_argument("--json", action="store_true")
    pshow.set_defaults(handler=run_policy_show)
    pack = add(policy, "acknowledge", "acknowledge the current version")
    pack.add_argument("--source", default=v.SOURCE_CLI)
    pack.set_defaults(handler=run_policy_acknowledge)

    verify = add(groups, "verify", "check the consent ledger and audit log hash chains")
    verify.set_defaults(handler=run_verify)


# -- consent ---------------------------------------------------------------------------------


def run_consent_list(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        consents = ConsentLedger(workspace).account_consents()
    if ctx.args.json:
        ctx.print_json([c.to_json() for c in consents])
        return 0
    for consent in consents:
        state = ctx.tr(ON if consent.granted else (OFF if consent.event else NEVER_SET))
        when = consent.event.recorded_at if consent.event else ""
        name = ctx.tr(v.label(consent.purpose), "privacy")
        print(f"{consent.purpose}\t{name}\t{state}\t{when}", file=ctx.stdout)
    return 0


def run_consent_set(ctx: CommandContext) -> int:
    v.require_account_source(ctx.args.source)
    with ctx.workspace() as workspace:
        event = ConsentLedger(workspace).set_account(
            ctx.args.purpose, ctx.args.state == "on", ctx.args.source
        )
    ctx.say(
        CONSENT_SET,
        purpose=event.purpose,
        status=ctx.tr(event.status, "privacy"),
        at=event.recorded_at,
    )
    return 0


def _print_events(ctx: CommandContext, events: list[Any]) -> None:
    for e in events:
        cells = [
            e.recorded_at,
            e.purpose,
            e.channel or "-",
            e.status,
            e.lawful_basis,
            e.source,
            e.policy_version,
            e.id,
        ]
        print("\t".join(cells), file=ctx.stdout)


def run_consent_history(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        events = ConsentLedger(workspace).account_history()
    if ctx.args.json:
        ctx.print_json([e.to_json() for e in events])
    else:
        _print_events(ctx, events)
    return 0


def run_contact_consent_set(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.workspace() as workspace:
        event = ConsentLedger(workspace).set_contact(
            a.id,
            purpose=a.purpose,
            channel=a.channel,
            status=a.status,
            lawful_basis=a.basis,
            source=a.source,
            evidence=a.evidence,
        )
    ctx.say(
        CONSENT_SET,
        purpose=f"{event.purpose}/{event.channel}",
        status=ctx.tr(event.status, "privacy"),
        at=event.recorded_at,
    )
    return 0


def run_contact_consent_show(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        ledger = ConsentLedger(workspace)
        workspace.contacts.get(ctx.args.id)
        history = ledger.contact_history(ctx.args.id)
        decisions = {ch: is_marketing_allowed(workspace, ctx.args.id, ch) for ch in v.CHANNELS}
    if ctx.args.json:
        ctx.print_json(
            {
                "id": ctx.args.id,
                "marketing": {ch: d._asdict() for ch, d in decisions.items()},
                "history": [e.to_json() for e in history],
            }
        )
        return 0
    for channel, decision in decisions.items():
        print(f"{channel}\t{ctx.tr(decision.reason, 'privacy')}", file=ctx.stdout)
    _print_events(ctx, history)
    return 0


def run_object(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        report = record_objection(
            workspace,
            ctx.args.contact,
            source=ctx.args.source,
            evidence=ctx.args.evidence,
            request_id=ctx.args.request,
        )
    ctx.say(OBJECTED, id=ctx.args.contact, request=report.request_id)
    return 0


def run_audience(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        ids = marketing_audience(workspace, ctx.args.channel)
    if ctx.args.json:
        ctx.print_json(ids)
    else:
        print("\n".join(ids), file=ctx.stdout)
    return 0


# -- export and open -------------------------------------------------------------------------


def _export_passphrase(ctx: CommandContext, *, confirm: bool) -> str:
    from_env = os.environ.get("GTGCRM_EXPORT_PASSPHRASE")
    if from_env:
        return from_env
    path = ctx.args.export_passphrase_file
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(UNREADABLE, path=path) from exc
        if text:
            return text
    if ctx.interactive:
        first = getpass.getpass(ctx.tr(EXPORT_PROMPT))
        if first and (not confirm or getpass.getpass(ctx.tr(EXPORT_REPEAT)) == first):
            return first
        if first:
            raise InputError(MISMATCH)
    raise ExportPassphraseMissingError()


def run_export(ctx: CommandContext) -> int:
    target = Path(ctx.args.output)
    if target.exists():
        raise OutputExistsError(path=str(target))
    passphrase = _export_passphrase(ctx, confirm=True) if ctx.args.encrypt else None
    with ctx.workspace() as workspace:
        report = export(
            workspace,
            target,
            contact_id=ctx.args.contact,
            passphrase=passphrase,
            request_id=ctx.args.request,
        )
    message = EXPORTED_ENCRYPTED if report.encrypted else EXPORTED
    ctx.say(message, path=target, count=report.contacts, request=report.request_id)
    return 0


def run_open(ctx: CommandContext) -> int:
    source, target = Path(ctx.args.file), Path(ctx.args.output)
    if target.exists() and (target.suffix == ".zip" or any(target.iterdir())):
        raise OutputExistsError(path=str(target))
    try:
        sealed = read_sealed(source)
    except OSError as exc:
        raise InputError(UNREADABLE, path=str(source)) from exc
    data = unseal(sealed, _export_passphrase(ctx, confirm=False), str(source))
    if target.suffix == ".zip":
        check_archive(data, str(source))
        write_private(target, data)
    else:
        unpack(data, target, str(source))
    ctx.say(OPENED, path=target)
    return 0


# -- erasure, correction ---------------------------------------------------------------------


def run_erase(ctx: CommandContext) -> int:
    if not ctx.args.yes:
        raise ConfirmationRequiredError()
    with ctx.workspace() as workspace:
        report = erase_contact(workspace, ctx.args.contact, request_id=ctx.args.request)
    ctx.say(ERASED, id=ctx.args.contact, request=report.request_id, suppressed=report.suppressed)
    return 0


def run_correct(ctx: CommandContext) -> int:
    changes = changes_from_options(ctx.args)
    with ctx.workspace() as workspace:
        report = correct_contact(workspace, ctx.args.contact, changes, request_id=ctx.args.request)
    ctx.say(
        CORRECTED, fields=", ".join(report.fields), id=report.contact_id, request=report.request_id
    )
    return 0


# -- requests --------------------------------------------------------------------------------


def run_requests_list(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.workspace() as workspace:
        found = DataRequests(workspace).list(status=a.status, kind=a.kind, subject_id=a.contact)
    if a.json:
        ctx.print_json([r.to_json() for r in found])
        return 0
    if not found:
        ctx.say(NO_REQUESTS)
    for r in found:
        cells = [
            r.id,
            r.kind,
            r.status,
            r.subject_type,
            r.subject_id,
            r.created_at,
            r.due_at or "",
            r.completed_at or "",
            r.outcome,
        ]
        print("\t".join(cells), file=ctx.stdout)
    return 0


def run_requests_open(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        if ctx.args.contact:
            workspace.contacts.get(ctx.args.contact)
            subject = (v.CONTACT, ctx.args.contact)
        else:
            subject = (v.ACCOUNT, v.ACCOUNT_ID)
        request = DataRequests(workspace).open(ctx.args.kind, *subject)
    print(request.id, file=ctx.stdout)
    return 0


def run_requests_update(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        request = DataRequests(workspace).set_status(ctx.args.id, ctx.args.status, ctx.args.outcome)
    ctx.say(
        REQUEST_SAVED,
        id=request.id,
        kind=ctx.tr(request.kind, "privacy"),
        status=ctx.tr(v.label(request.status), "privacy"),
    )
    return 0


# -- retention -------------------------------------------------------------------------------


def run_retention(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.workspace() as workspace:
        if a.yes and a.contacts:
            chosen = a.retention_action or workspace.settings.get(RETENTION_ACTION)
            result = retention.apply(workspace, a.contacts, chosen)
        else:
            result = retention.run(workspace, confirm=a.yes, action=a.retention_action)
    if ctx.args.json:
        ctx.print_json(
            {
                "months": result.months,
                "cutoff": result.cutoff,
                "action": result.action,
                "contacts": [c.to_json() for c in result.candidates],
            }
        )
        return 0
    if not result.candidates:
        ctx.say(RETENTION_NONE, cutoff=result.cutoff, months=result.months)
        return 0
    ctx.say(RETENTION_DUE, count=len(result.candidates), cutoff=result.cutoff, months=result.months)
    for c in result.candidates:
        print(f"{c.contact_id}\t{c.display_name}\t{c.last_activity}", file=ctx.stdout)
    if result.action:
        ctx.say(RETENTION_APPLIED, count=len(result.candidates), action=result.action)
    else:
        ctx.say(RETENTION_HINT)
    return 0


def run_retention_set(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        retention.set_policy(workspace, ctx.args.months, ctx.args.retention_action)
    ctx.say(RETENTION_SAVED, months=ctx.args.months, action=ctx.args.retention_action)
    return 0


# -- audit, usage, policy, verify ------------------------------------------------------------


def run_audit(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.workspace() as workspace:
        entries = workspace.audit.entries(
            action=a.audit_action, subject_id=a.subject, limit=a.limit
        )
    if a.json:
        ctx.print_json(
            [
                {
                    "seq": e.seq,
                    "at": e.at,
                    "actor": e.actor,
                    "action": e.action,
                    "subject_type": e.subject_type,
                    "subject_id": e.subject_id,
                    "details": e.details,
                    "hash": e.hash,
                }
                for e in entries
            ]
        )
        return 0
    for e in entries:
        print(f"{e.seq}\t{e.at}\t{e.action}\t{e.subject_type}\t{e.subject_id}", file=ctx.stdout)
    return 0


def run_usage_list(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        events = UsageRecorder(workspace).events()
    if ctx.args.json:
        ctx.print_json([e.to_json() for e in events])
        return 0
    if not events:
        ctx.say(USAGE_NONE)
    for e in events:
        value = "" if e.value is None else str(e.value)
        print(f"{e.id}\t{e.at}\t{e.kind}\t{e.name}\t{value}", file=ctx.stdout)
    return 0


def run_usage_delete(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        count = UsageRecorder(workspace).delete(None if ctx.args.all else list(ctx.args.ids))
    ctx.say(USAGE_DELETED, count=count)
    return 0


def run_policy_show(ctx: CommandContext) -> int:
    policy = current_policy()
    if ctx.args.json:
        with ctx.workspace() as workspace:
            acks = [a.to_json() for a in acknowledgements(workspace)]
        ctx.print_json(
            {
                "version": policy.version,
                "effective_date": policy.effective_date,
                "acknowledgements": acks,
            }
        )
        return 0
    ctx.say(
        POLICY_HEADER,
        version=policy.version,
        date=policy.effective_date_text.get(ctx.language, policy.effective_date),
    )
    print(policy.text(ctx.language), file=ctx.stdout)
    return 0


def run_policy_acknowledge(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        ack = acknowledge(workspace, ctx.args.source)
    ctx.say(POLICY_ACKNOWLEDGED, version=ack.version)
    return 0


def run_verify(ctx: CommandContext) -> int:
    with ctx.workspace() as workspace:
        report = verify_chains(workspace)
    report.raise_if_broken()
    ctx.say(CHAINS_OK, consent=report.consent_entries, audit=report.audit_entries)
    return 0
