"""The collector pause: off inside (nested too), back as it was afterwards, even on error."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from gtgcrm_desktop.core.bulk import collector_paused


@pytest.fixture(autouse=True)
def collection_on() -> Iterator[None]:
    """Each test starts with automatic collection on and leaves it as found (a GUI test in
    the same run turns it off for good: gtgcrm_desktop/ui/collector.py)."""
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def test_collection_is_off_inside_and_back_on_after_nested_blocks() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
    assert gc.isenabled()


def test_collection_comes_back_after_an_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
