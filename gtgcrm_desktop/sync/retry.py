"""When to try a request again: Retry-After, or exponential backoff with full jitter."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Attempts and delays; `max_wait` caps any single wait, Retry-After included, and
    `max_total_wait` all the waits of one request (a server cannot hold a sync for long)."""

    attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_wait: float = 120.0
    max_total_wait: float = 300.0

    def ceiling(self, attempt: int) -> float:
        """The longest backoff of retry number `attempt` (1 = the first retry)."""
        return float(min(self.max_delay, self.base_delay * 2.0**attempt))

    def backoff(self, attempt: int, rng: random.Random | None = None) -> float:
        """Full jitter: a random wait in [0, ceiling(attempt)]."""
        return (rng or random).uniform(0, self.ceiling(attempt))

    def retry_after(
        self, header: str | None, attempt: int, rng: random.Random | None = None
    ) -> float:
        """The wait a 429/503 asks for (seconds or an HTTP date), else the backoff of `attempt`."""
        seconds = parse_retry_after(header)
        if seconds is None:
            return self.backoff(attempt, rng)
        return min(self.max_wait, seconds)


def parse_retry_after(header: str | None) -> float | None:
    """Seconds from a Retry-After value, or None when absent or unreadable."""
    if not header:
        return None
    text = header.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
