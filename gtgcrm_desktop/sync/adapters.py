"""One adapter per synced entity type: the repository calls the engine needs, in one shape."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Protocol

from gtgcrm_desktop.core.models import CONTACT_FIELDS, TEMPLATE_FIELDS, Contact, Template
from gtgcrm_desktop.store.contacts import ContactRepository
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.store.photos import resolve_fields
from gtgcrm_desktop.store.templates import TemplateRepository


class EntityAdapter(Protocol):
    """What the engine does to one kind of entity."""

    entity: str
    fields: tuple[str, ...]

    def clocks(self, entity_id: str) -> dict[str, str] | None: ...

    def tombstone_hlc(self, entity_id: str) -> str | None: ...

    def snapshot(self, entity_id: str) -> dict[str, Any] | None: ...

    def create_remote(
        self, entity_id: str, values: dict[str, Any], hlc: str, device: str, op_id: str
    ) -> None: ...

    def update_remote(
        self,
        entity_id: str,
        values: dict[str, Any],
        hlcs: dict[str, str],
        hlc: str,
        device: str,
        op_id: str,
    ) -> None: ...

    def delete_remote(self, entity_id: str, hlc: str, device: str, op_id: str) -> None: ...

    def set_local(self, entity_id: str, values: dict[str, Any]) -> None: ...

    def restore_local(self, entity_id: str, values: dict[str, Any]) -> None: ...

    def delete_local(self, entity_id: str) -> None: ...


def replay(database: Database, entity: str, entity_id: str) -> dict[str, Any]:
    """The last known field values of an entity, rebuilt from its change-log entries."""
    values: dict[str, Any] = {}
    for operation, fields in database.all(
        "SELECT operation, fields FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY seq",
        (entity, entity_id),
    ):
        if operation == "create":
            values = {}
        values.update(resolve_fields(database, json.loads(fields)))
    return values


class ContactAdapter:
    """Contacts through ContactRepository."""

    entity = "contact"
    fields = CONTACT_FIELDS

    def __init__(self, repository: ContactRepository) -> None:
        self.repo = repository

    def clocks(self, entity_id: str) -> dict[str, str] | None:
        return self.repo.clocks_of([entity_id]).get(entity_id)

    def clocks_many(self, ids: Sequence[str]) -> dict[str, dict[str, str]]:
        return self.repo.clocks_of(ids)

    def tombstone_hlc(self, entity_id: str) -> str | None:
        return self.repo.tombstone_hlc(entity_id)

    def snapshot(self, entity_id: str) -> dict[str, Any] | None:
        found = self.repo.get_many([entity_id])
        return found[0].field_values() if found else None

    def create_remote(
        self, entity_id: str, values: dict[str, Any], hlc: str, device: str, op_id: str
    ) -> None:
        self.repo.apply_remote_creates([(entity_id, values, hlc, device)], op_id)

    def create_remote_many(
        self, items: Sequence[tuple[str, dict[str, Any], str, str]], op_id: str
    ) -> None:
        self.repo.apply_remote_creates(items, op_id)

    def update_remote(
        self,
        entity_id: str,
        values: dict[str, Any],
        hlcs: dict[str, str],
        hlc: str,
        device: str,
        op_id: str,
    ) -> None:
        self.repo.apply_remote_fields(entity_id, values, hlcs, hlc, device, op_id)

    def delete_remote(self, entity_id: str, hlc: str, device: str, op_id: str) -> None:
        self.repo.apply_remote_delete(entity_id, hlc, device, op_id)

    def set_local(self, entity_id: str, values: dict[str, Any]) -> None:
        current = self.repo.get(entity_id)
        edited = current.with_fields(values)
        edited.id = current.id
        self.repo.update(edited)

    def restore_local(self, entity_id: str, values: dict[str, Any]) -> None:
        if self.repo.exists(entity_id):
            self.set_local(entity_id, values)
            return
        contact = Contact.from_json({k: v for k, v in values.items() if k in CONTACT_FIELDS})
        contact.id = entity_id
        self.repo.add(contact)

    def delete_local(self, entity_id: str) -> None:
        if self.repo.exists(entity_id):
            self.repo.delete(entity_id)


class TemplateAdapter:
    """Templates through TemplateRepository."""

    entity = "template"
    fields = TEMPLATE_FIELDS

    def __init__(self, repository: TemplateRepository) -> None:
        self.repo = repository

    def clocks(self, entity_id: str) -> dict[str, str] | None:
        return self.repo.clocks_of(entity_id)

    def tombstone_hlc(self, entity_id: str) -> str | None:
        return self.repo.tombstone_hlc(entity_id)

    def snapshot(self, entity_id: str) -> dict[str, Any] | None:
        if self.repo.clocks_of(entity_id) is None:
            return None
        return self.repo.get(entity_id).field_values()

    def create_remote(
        self, entity_id: str, values: dict[str, Any], hlc: str, device: str, op_id: str
    ) -> None:
        self.repo.apply_remote_create(entity_id, values, hlc, device, op_id)

    def update_remote(
        self,
        entity_id: str,
        values: dict[str, Any],
        hlcs: dict[str, str],
        hlc: str,
        device: str,
        op_id: str,
    ) -> None:
        self.repo.apply_remote_fields(entity_id, values, hlcs, hlc, device, op_id)

    def delete_remote(self, entity_id: str, hlc: str, device: str, op_id: str) -> None:
        self.repo.apply_remote_delete(entity_id, hlc, device, op_id)

    def set_local(self, entity_id: str, values: dict[str, Any]) -> None:
        current = self.repo.get(entity_id)
        edited = Template.from_json({**current.to_json(), **values})
        self.repo.update(edited)

    def restore_local(self, entity_id: str, values: dict[str, Any]) -> None:
        if self.repo.clocks_of(entity_id) is not None:
            self.set_local(entity_id, values)
            return
        known = {k: v for k, v in values.items() if k in TEMPLATE_FIELDS}
        self.repo.add(Template.from_json({"name": "", **known, "id": entity_id}))

    def delete_local(self, entity_id: str) -> None:
        if self.repo.clocks_of(entity_id) is not None:
            self.repo.delete(entity_id)
