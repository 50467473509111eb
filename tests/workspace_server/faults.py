"""Switchable faults: a plan of rules, each firing on matching requests a number of times."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

#: What a rule can do to a request.
KINDS = ("500", "503", "429", "slow", "cut", "malformed", "expire_token")


@dataclass
class Fault:
    """One rule: `kind` on requests whose path starts with `path` (and `method`, if given).

    `when` is "before" (the request is not processed) or "after" (processed and committed,
    then the answer goes wrong), `times` how often it fires, `skip` how many matching
    requests pass first.
    """

    kind: str
    path: str = "/v1/"
    method: str | None = None
    times: int = 1
    skip: int = 0
    when: str = "before"
    #: Seconds sent in Retry-After with 429/503; None sends no Retry-After header.
    retry_after: int | None = 1
    delay: float = 0.5
    fired: int = 0

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fault:
        kind = str(data["kind"])
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}")
        return cls(
            kind=kind,
            path=str(data.get("path", "/v1/")),
            method=(str(data["method"]).upper() if data.get("method") else None),
            times=int(data.get("times", 1)),
            skip=int(data.get("skip", 0)),
            when=str(data.get("when", "after" if kind == "cut" else "before")),
            retry_after=_retry_after(data.get("retry_after", 1)),
            delay=float(data.get("delay", 0.5)),
        )


def _retry_after(value: Any) -> int | None:
    """Seconds for the Retry-After header, or None (JSON null) to send none."""
    return None if value is None else int(value)


@dataclass
class FaultPlan:
    """The active rules; thread-safe."""

    rules: list[Fault] = field(default_factory=list)
    fired: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def set(self, rules: list[Fault]) -> None:
        with self._lock:
            self.rules = rules

    def add(self, rule: Fault) -> None:
        with self._lock:
            self.rules.append(rule)

    def clear(self) -> None:
        with self._lock:
            self.rules = []

    def take(self, method: str, path: str) -> Fault | None:
        """The rule that fires for this request, if any (counted as fired)."""
        with self._lock:
            for rule in self.rules:
                if rule.fired >= rule.times or not path.startswith(rule.path):
                    continue
                if rule.method and rule.method != method:
                    continue
                if rule.skip > 0:
                    rule.skip -= 1
                    continue
                rule.fired += 1
                self.fired[rule.kind] = self.fired.get(rule.kind, 0) + 1
                return rule
        return None

    def pending(self) -> int:
        with self._lock:
            return sum(max(0, r.times - r.fired) for r in self.rules)
