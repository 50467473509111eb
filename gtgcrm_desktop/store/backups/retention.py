"""Which automatic backups to keep: the newest, then daily, weekly and monthly ones.

Walking from the newest backup back in time, a backup is kept when a daily slot is left and
it is from an earlier day than the last one kept; once the daily slots are used, the same
with weeks, then with months (the scheme of Anki's automatic backups). So 7/4/12 keeps a
backup for each of the last 7 days with one, then one for each of 4 earlier weeks, then one
for each of 12 earlier months.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo


@dataclass(frozen=True, slots=True)
class Retention:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _day(moment: datetime) -> tuple[int, int, int]:
    return (moment.year, moment.month, moment.day)


def _week(moment: datetime) -> tuple[int, int]:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> tuple[int, int]:
    return (moment.year, moment.month)


def to_keep(
    moments: Iterable[datetime], retention: Retention, zone: tzinfo | None = None
) -> set[datetime]:
    """The moments (time-zone aware) whose backups stay; days and weeks are counted in `zone`
    (default: the computer's)."""
    kept: set[datetime] = set()
    left = {"daily": retention.daily, "weekly": retention.weekly, "monthly": retention.monthly}
    last: datetime | None = None
    for moment in sorted(set(moments), reverse=True):
        local = moment.astimezone(zone)
        if last is None:
            keep = True  # the newest backup always stays
            left["daily"] -= 1
        elif left["daily"] > 0 and _day(local) < _day(last):
            keep, left["daily"] = True, left["daily"] - 1
        elif left["daily"] <= 0 and left["weekly"] > 0 and _week(local) < _week(last):
            keep, left["weekly"] = True, left["weekly"] - 1
        elif (
            left["daily"] <= 0
            and left["weekly"] <= 0
            and left["monthly"] > 0
            and _month(local) < _month(last)
        ):
            keep, left["monthly"] = True, left["monthly"] - 1
        else:
            keep = False
        if keep:
            kept.add(moment)
            last = local
    return kept
