"""Output shared by the connector commands (cloud sync and CardDAV): reports and status."""

from __future__ import annotations

from typing import Any

from gtgcrm_desktop.commands.context import CommandContext


def print_sync_report(ctx: CommandContext, report: Any, summary: str, conflicts: str) -> int:
    """One sync's counts: JSON with --json, else the translated `summary` (and `conflicts`)."""
    if getattr(ctx.args, "json", False):
        ctx.print_json(report.to_json())
        return 0
    ctx.say(summary, **report.to_json())
    if report.open_conflicts:
        ctx.say(conflicts, count=report.open_conflicts)
    return 0


def print_status(ctx: CommandContext, status: dict[str, Any]) -> int:
    """A connector's status: JSON with --json, else one `key: value` line each."""
    if getattr(ctx.args, "json", False):
        ctx.print_json(status)
        return 0
    for key, value in status.items():
        print(f"{key}: {value if value is not None else ''}", file=ctx.stdout)
    return 0
