"""Templates (e-mail and landing page) and their images; every write logged."""

from __future__ import annotations

import json
import uuid
from typing import Any

from gtgcrm_desktop.core.errors import NotFoundError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.models import TEMPLATE_FIELDS, Template, TemplateImage
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.store.changelog import ChangeLog, new_op_id
from gtgcrm_desktop.store.database import Database

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
            stored.id = template.id or str(uuid.uuid4())
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
            stored = TemplateImage(
                image.name, image.mime_type, image.data, image.id or str(uuid.uuid4())
            )
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
