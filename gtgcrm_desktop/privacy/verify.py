"""Checks both hash chains, the consent ledger and the audit log, for edited and missing entries."""

from __future__ import annotations

from dataclasses import dataclass

from gtgcrm_desktop.privacy.errors import ChainBrokenError
from gtgcrm_desktop.store.consent import ConsentStore
from gtgcrm_desktop.store.workspace import Workspace


@dataclass(frozen=True, slots=True)
class ChainReport:
    """Entry counts and, per chain, the seq of every entry edited, unlinked or missing (deleted
    from the middle or cut from the end: AUTOINCREMENT remembers the highest seq issued)."""

    consent_entries: int
    consent_broken: list[int]
    audit_entries: int
    audit_broken: list[int]

    @property
    def intact(self) -> bool:
        return not self.consent_broken and not self.audit_broken

    def raise_if_broken(self) -> None:
        if not self.intact:
            raise ChainBrokenError(
                consent=_names(self.consent_broken), audit=_names(self.audit_broken)
            )


def _names(seqs: list[int]) -> str:
    """ "#2, #5-#9" for [2, 5, 6, 7, 8, 9]; "-" for none."""
    runs: list[list[int]] = []
    for seq in sorted(seqs):
        if runs and seq == runs[-1][1] + 1:
            runs[-1][1] = seq
        else:
            runs.append([seq, seq])
    return ", ".join(f"#{a}" if a == b else f"#{a}-#{b}" for a, b in runs) or "-"


def verify_chains(workspace: Workspace) -> ChainReport:
    consents = ConsentStore(workspace.db, workspace.changes)
    return ChainReport(
        consent_entries=consents.count(),
        consent_broken=consents.verify(),
        audit_entries=int(workspace.db.scalar("SELECT count(*) FROM audit_log")),
        audit_broken=workspace.audit.verify(),
    )
