"""The hybrid logical clock: stamps that only go forward, one at a time or many at once."""

from __future__ import annotations

from gtgcrm_desktop.core.hlc import HybridLogicalClock


def frozen_clock(now: list[int]) -> HybridLogicalClock:
    return HybridLogicalClock("dev1", now_ms=lambda: now[0])


def test_many_stamps_equal_as_many_single_ticks() -> None:
    now = [1_000]
    one_by_one, at_once = frozen_clock(now), frozen_clock(now)
    singles = [one_by_one.tick() for _ in range(5)]
    assert at_once.tick_many(5) == singles
    now[0] = 1_000  # the wall clock stands still: the counter carries on
    assert at_once.tick_many(2) == [one_by_one.tick(), one_by_one.tick()]
    assert at_once.tick() == one_by_one.tick()


def test_stamps_keep_increasing_when_the_wall_clock_goes_back() -> None:
    now = [5_000]
    clock = frozen_clock(now)
    first = clock.tick_many(3)
    now[0] = 4_000
    later = clock.tick_many(3)
    stamps = first + later + [clock.tick()]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert later[0].startswith("000000000005000-000003-")


def test_a_new_millisecond_restarts_the_counter() -> None:
    now = [7_000]
    clock = frozen_clock(now)
    clock.tick_many(4)
    now[0] = 7_001
    assert clock.tick_many(2) == ["000000000007001-000000-dev1", "000000000007001-000001-dev1"]
    assert clock.tick_many(0) == []


def test_a_stamp_reads_as_its_wall_clock_time_in_utc() -> None:
    from gtgcrm_desktop.core.times import clock_iso

    assert clock_iso("001764000000123-000004-abc") == "2025-11-24T16:00:00.123Z"
