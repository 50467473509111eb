"""Resolving a kept conflict as the local value, the remote value, or a merged value."""

from __future__ import annotations

from typing import Any

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.store.sync_state import Conflict, SyncStore
from gtgcrm_desktop.sync.adapters import ContactAdapter, EntityAdapter, TemplateAdapter
from gtgcrm_desktop.sync.errors import ConflictResolutionError

NO_MERGE_FOR_DELETE = QT_TRANSLATE_NOOP(
    "errors", "a deleted-versus-edited conflict is resolved as local or remote, not with a value"
)
ALREADY_RESOLVED = QT_TRANSLATE_NOOP("errors", "it is already resolved")
CHOICES = ("local", "remote", "value")


def _adapter(workspace: Any, entity: str) -> EntityAdapter:
    if entity == "contact":
        return ContactAdapter(workspace.contacts)
    if entity == "template":
        return TemplateAdapter(workspace.templates)
    raise ConflictResolutionError(detail=entity)


def resolve_conflict(workspace: Any, conflict_id: str, choice: str, value: Any = None) -> Conflict:
    """Make the chosen value the current one (a normal local edit, synced next time)."""
    store = SyncStore(workspace.db)
    conflict = store.conflict(conflict_id)
    if conflict.resolved_at is not None:
        raise ConflictResolutionError(detail=ALREADY_RESOLVED)
    adapter = _adapter(workspace, conflict.entity)
    with workspace.db.transaction():
        if conflict.kind == "delete":
            if choice == "value":
                raise ConflictResolutionError(detail=NO_MERGE_FOR_DELETE)
            chosen = conflict.local_value if choice == "local" else conflict.remote_value
            if chosen is None:
                adapter.delete_local(conflict.entity_id)
            else:
                adapter.restore_local(conflict.entity_id, dict(chosen))
            store.close_conflicts_of(conflict.entity, conflict.entity_id, choice)
        else:
            chosen = {"local": conflict.local_value, "remote": conflict.remote_value}.get(
                choice, value
            )
            snapshot = adapter.snapshot(conflict.entity_id)
            if snapshot is not None and snapshot.get(conflict.field) != chosen:
                adapter.set_local(conflict.entity_id, {conflict.field: chosen})
            store.close_conflict(conflict.id, choice)
    return store.conflict(conflict.id)
