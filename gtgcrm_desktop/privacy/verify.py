"""Checks both hash chains: the consent ledger and the audit log."""

from __future__ import annotations

from dataclasses import dataclass

from gtgcrm_desktop.privacy.errors import ChainBrokenError
from gtgcrm_desktop.store.consent import ConsentStore
from gtgcrm_desktop.store.workspace import Workspace


@dataclass(frozen=True, slots=True)
class ChainReport:
    """Entry counts and the seq of every broken entry, per chain."""

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
    return ", ".join(f"#{s}" for s in seqs) if seqs else "-"


def verify_chains(workspace: Workspace) -> ChainReport:
    consents = ConsentStore(workspace.db, workspace.changes)
    return ChainReport(
        consent_entries=consents.count(),
        consent_broken=consents.verify(),
        audit_entries=int(workspace.db.scalar("SELECT count(*) FROM audit_log")),
        audit_broken=workspace.audit.verify(),
    )
