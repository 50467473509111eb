"""Templates (e-mail and landing page) and their images; every write logged."""

from __future__ import annotations

import json
from typing import Any

from gtgcrm_desktop.core.errors import NotFoundError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.ids import new_id
from gtgcrm_desktop.core.models import TEMPLATE_FIELDS, Template, TemplateImage
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.store.changelog import ChangeLog, new_op_id
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.store.remote_changes import record_remote

ENTITY = "template"
ENTITY_LABEL = QT_TRANSLATE_NOOP("fields", "template")
IMAGE_LABEL = QT_TRANSLATE_NOOP("fields", "template image")
_COLUMNS = ", ".join(("id", *TEMPLATE_FIELDS, "created_at", "updated_at"))


def _template(row: tuple[Any, ...]) -> Template:
    names = ("id", *TEMPLATE_FIELDS, "created_at", "updated_at")
    return Template(**dict(zip(names, row, strict=True)))


class TemplateRepository:
    """The only code that reads or writes template tables."""

    def __init__(self, database: Database, changes: ChangeLog) -> None:
        self._db = database
        self._changes = changes

    def add(self, template: Template, *, op_id: str | None = None) -> Template:
        with self._db.transaction():
            stored = Template.from_json(template.to_json())
            stored.id = template.id or new_id()
            stored.created_at = template.created_at or now_iso()
            stored.updated_at = now_iso()
            stamp = self._changes.clock.tick()
            values = stored.field_values()
            self._db.execute(
                f"INSERT INTO templates ({_COLUMNS}, clocks) VALUES"
                f" ({','.join('?' * (len(TEMPLATE_FIELDS) + 4))})",
                (
                    stored.id,
                    *values.values(),
                    stored.created_at,
                    stored.updated_at,
                    json.dumps({"*": stamp}),
                ),
            )
            self._changes.clear_tombstone(ENTITY, stored.id)
            self._changes.record(
                ENTITY, stored.id, "create", values, op_id or new_op_id(), hlc=stamp
            )
            return stored

    def update(self, template: Template, *, op_id: str | None = None) -> Template:
        with self._db.transaction():
            current = self.get(template.id)
            before, after = current.field_values(), template.field_values()
            changed = {k: after[k] for k in TEMPLATE_FIELDS if before[k] != after[k]}
            if not changed:
                return current
            stamp = self._changes.clock.tick()
            clocks = json.loads(
                self._db.scalar("SELECT clocks FROM templates WHERE id = ?", (template.id,))
            )
            clocks.update(dict.fromkeys(changed, stamp))
            updated_at = now_iso()
            assignments = ", ".join(f"{k} = ?" for k in changed)
            self._db.execute(
                f"UPDATE templates SET {assignments}, clocks = ?, updated_at = ? WHERE id = ?",
                (*changed.values(), json.dumps(clocks), updated_at, template.id),
            )
            self._changes.record(
                ENTITY, template.id, "update", changed, op_id or new_op_id(), hlc=stamp
            )
            return self.get(template.id)

    def delete(self, template_id: str, *, op_id: str | None = None) -> Template:
        with self._db.transaction():
            current = self.get(template_id)
            self._db.execute("DELETE FROM templates WHERE id = ?", (template_id,))
            stamp = self._changes.record(ENTITY, template_id, "delete", {}, op_id or new_op_id())
            self._changes.tombstone(ENTITY, template_id, stamp)
            return current

    # -- applying changes from the cloud (origin 'remote': never pushed back) ------------

    def clocks_of(self, template_id: str) -> dict[str, str] | None:
        """The per-field clocks of a template, or None when it does not exist."""
        value = self._db.scalar("SELECT clocks FROM templates WHERE id = ?", (template_id,))
        return None if value is None else dict(json.loads(value))

    def apply_remote_create(
        self, template_id: str, values: dict[str, Any], hlc: str, device_id: str, op_id: str
    ) -> Template:
        """Insert a template that came from the cloud."""
        with self._db.transaction():
            known = {k: v for k, v in values.items() if k in TEMPLATE_FIELDS}
            stored = Template.from_json({"name": "", **known, "id": template_id})
            stored.created_at = stored.updated_at = now_iso()
            self._db.execute(
                f"INSERT INTO templates ({_COLUMNS}, clocks) VALUES"
                f" ({','.join('?' * (len(TEMPLATE_FIELDS) + 4))})",
                (
                    stored.id,
                    *stored.field_values().values(),
                    stored.created_at,
                    stored.updated_at,
                    json.dumps({"*": hlc}),
                ),
            )
            self._changes.clear_tombstone(ENTITY, template_id)
            record_remote(self._db, [(ENTITY, template_id, "create", known, op_id, hlc, device_id)])
            return stored

    def apply_remote_fields(
        self,
        template_id: str,
        values: dict[str, Any],
        field_hlcs: dict[str, str],
        hlc: str,
        device_id: str,
        op_id: str,
    ) -> None:
        """Write fields from the cloud with their own clocks."""
        known = {k: v for k, v in values.items() if k in TEMPLATE_FIELDS}
        if not known:
            return
        with self._db.transaction():
            clocks = self.clocks_of(template_id)
            if clocks is None:
                raise NotFoundError(entity=ENTITY_LABEL, id=template_id)
            clocks.update({k: field_hlcs[k] for k in known})
            assignments = ", ".join(f"{k} = ?" for k in known)
            self._db.execute(
                f"UPDATE templates SET {assignments}, clocks = ?, updated_at = ? WHERE id = ?",
                (*known.values(), json.dumps(clocks), now_iso(), template_id),
            )
            record_remote(self._db, [(ENTITY, template_id, "update", known, op_id, hlc, device_id)])

    def apply_remote_delete(
        self, template_id: str, hlc: str, device_id: str, op_id: str
    ) -> Template | None:
        """Delete a template because the cloud did."""
        with self._db.transaction():
            current = None
            if self.clocks_of(template_id) is not None:
                current = self.get(template_id)
                self._db.execute("DELETE FROM templates WHERE id = ?", (template_id,))
                record_remote(
                    self._db, [(ENTITY, template_id, "delete", {}, op_id, hlc, device_id)]
                )
            self._changes.tombstone(ENTITY, template_id, hlc)
            return current

    def tombstone_hlc(self, template_id: str) -> str | None:
        value = self._db.scalar(
            "SELECT hlc FROM tombstones WHERE entity = ? AND entity_id = ?", (ENTITY, template_id)
        )
        return None if value is None else str(value)

    def image_record(self, image_id: str) -> tuple[str, TemplateImage] | None:
        """(template id, image) of one stored image, or None."""
        row = self._db.one(
            "SELECT template_id, name, mime_type, data, id FROM template_images WHERE id = ?",
            (image_id,),
        )
        return (
            None if row is None else (row[0], TemplateImage(row[1], row[2], bytes(row[3]), row[4]))
        )

    def apply_remote_image(
        self, template_id: str, image: TemplateImage, hlc: str, device_id: str, op_id: str
    ) -> None:
        """Store an image that came from the cloud (its template must exist)."""
        with self._db.transaction():
            self.get(template_id)
            self._db.execute(
                "INSERT OR REPLACE INTO template_images (id, template_id, name, mime_type, data,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (image.id, template_id, image.name, image.mime_type, image.data, now_iso()),
            )
            fields = {
                "template_id": template_id,
                "name": image.name,
                "mime_type": image.mime_type,
                "size": len(image.data),
            }
            record_remote(
                self._db, [("template_image", image.id, "create", fields, op_id, hlc, device_id)]
            )

    def apply_remote_image_delete(
        self, image_id: str, hlc: str, device_id: str, op_id: str
    ) -> None:
        with self._db.transaction():
            if self._db.one("SELECT 1 FROM template_images WHERE id = ?", (image_id,)):
                self._db.execute("DELETE FROM template_images WHERE id = ?", (image_id,))
                record_remote(
                    self._db, [("template_image", image_id, "delete", {}, op_id, hlc, device_id)]
                )
            self._changes.tombstone("template_image", image_id, hlc)

    def get(self, template_id: str) -> Template:
        row = self._db.one(f"SELECT {_COLUMNS} FROM templates WHERE id = ?", (template_id,))
        if row is None:
            raise NotFoundError(entity=ENTITY_LABEL, id=template_id)
        return _template(row)

    def all(self, kind: str | None = None) -> list[Template]:
        if kind is None:
            rows = self._db.all(f"SELECT {_COLUMNS} FROM templates ORDER BY name COLLATE NOCASE")
        else:
            rows = self._db.all(
                f"SELECT {_COLUMNS} FROM templates WHERE kind = ? ORDER BY name COLLATE NOCASE",
                (kind,),
            )
        return [_template(r) for r in rows]

    # -- images (stored encrypted, inside the database) ---------------------------------

    def add_image(
        self, template_id: str, image: TemplateImage, *, op_id: str | None = None
    ) -> TemplateImage:
        with self._db.transaction():
            self.get(template_id)
            stored = TemplateImage(image.name, image.mime_type, image.data, image.id or new_id())
            self._db.execute(
                "INSERT OR REPLACE INTO template_images (id, template_id, name, mime_type, data,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (stored.id, template_id, stored.name, stored.mime_type, stored.data, now_iso()),
            )
            self._changes.record(
                "template_image",
                stored.id,
                "create",
                {
                    "template_id": template_id,
                    "name": stored.name,
                    "mime_type": stored.mime_type,
                    "size": len(stored.data),
                },
                op_id or new_op_id(),
            )
            return stored

    def images(self, template_id: str) -> list[TemplateImage]:
        rows = self._db.all(
            "SELECT name, mime_type, data, id FROM template_images WHERE template_id = ? ORDER BY name",
            (template_id,),
        )
        return [TemplateImage(r[0], r[1], bytes(r[2]), r[3]) for r in rows]

    def remove_image(self, image_id: str, *, op_id: str | None = None) -> None:
        with self._db.transaction():
            if self._db.one("SELECT 1 FROM template_images WHERE id = ?", (image_id,)) is None:
                raise NotFoundError(entity=IMAGE_LABEL, id=image_id)
            self._db.execute("DELETE FROM template_images WHERE id = ?", (image_id,))
            stamp = self._changes.record(
                "template_image", image_id, "delete", {}, op_id or new_op_id()
            )
            self._changes.tombstone("template_image", image_id, stamp)
