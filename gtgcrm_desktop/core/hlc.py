"""Hybrid logical clock: timestamps that order events across devices despite clock skew."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, order=True, slots=True)
class Timestamp:
    """One HLC value; its string form sorts in the same order as the value."""

    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:015d}-{self.counter:06d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        wall, counter, node = text.split("-", 2)
        return cls(int(wall), int(counter), node)


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """Issues monotonically increasing timestamps for one node (device)."""

    def __init__(
        self, node: str, last: str | None = None, now_ms: Callable[[], int] = _wall_ms
    ) -> None:
        self._node = node
        self._now_ms = now_ms
        self._lock = threading.Lock()
        self._last = Timestamp.parse(last) if last else Timestamp(0, 0, node)

    @property
    def node(self) -> str:
        return self._node

    def tick(self) -> str:
        """A new timestamp later than every one issued or observed so far."""
        with self._lock:
            wall = self._now_ms()
            if wall > self._last.wall_ms:
                self._last = Timestamp(wall, 0, self._node)
            else:
                self._last = Timestamp(self._last.wall_ms, self._last.counter + 1, self._node)
            return str(self._last)

    def tick_many(self, count: int) -> list[str]:
        """`count` new timestamps in increasing order, as `count` calls of `tick` would give."""
        with self._lock:
            wall = self._now_ms()
            if wall > self._last.wall_ms:
                first = 0
            else:
                wall, first = self._last.wall_ms, self._last.counter + 1
            node = self._node
            stamps = [
                f"{wall:015d}-{counter:06d}-{node}" for counter in range(first, first + count)
            ]
            if count:
                self._last = Timestamp(wall, first + count - 1, node)
            return stamps

    def observe(self, remote: str) -> None:
        """Move the clock past a timestamp received from another node."""
        other = Timestamp.parse(remote)
        with self._lock:
            wall = max(self._now_ms(), self._last.wall_ms, other.wall_ms)
            if wall == self._last.wall_ms == other.wall_ms:
                counter = max(self._last.counter, other.counter) + 1
            elif wall == self._last.wall_ms:
                counter = self._last.counter + 1
            elif wall == other.wall_ms:
                counter = other.counter + 1
            else:
                counter = 0
            self._last = Timestamp(wall, counter, self._node)
