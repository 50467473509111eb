"""Timestamps as ISO 8601 UTC strings with millisecond precision."""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    """The current time, e.g. `2026-11-25T09:30:00.123Z`."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def clock_iso(stamp: str) -> str:
    """The wall-clock time of a hybrid-logical-clock stamp (`000...ms-counter-node`), as ISO."""
    wall_ms = int(stamp.split("-", 1)[0])
    moment = datetime.fromtimestamp(wall_ms / 1000, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
