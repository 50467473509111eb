"""The templates shipped with the app, created in a workspace the first time it is used."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gtgcrm_desktop.core.models import Template
from gtgcrm_desktop.core.resources import resource_path
from gtgcrm_desktop.store.changelog import new_op_id
from gtgcrm_desktop.store.templates import ENTITY

if TYPE_CHECKING:
    from gtgcrm_desktop.store.workspace import Workspace

MANIFEST = "defaults.json"


def defaults_dir() -> Path:
    """Where the shipped templates live (`resources/templates/`)."""
    return resource_path("templates")


def _read(folder: Path, name: str) -> str:
    return (folder / name).read_text(encoding="utf-8") if name else ""


def default_templates() -> list[Template]:
    """The shipped templates, read from `resources/templates/defaults.json` and its files."""
    folder = defaults_dir()
    manifest: dict[str, Any] = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    return [
        Template(
            name=entry["name"],
            kind=entry["kind"],
            subject=entry["subject"],
            body_html=_read(folder, entry.get("html", "")),
            body_text=_read(folder, entry.get("text", "")),
            direction=entry["direction"],
            language=entry["language"],
            purpose=entry["purpose"],
        )
        for entry in manifest["templates"]
    ]


def never_had_templates(workspace: Workspace) -> bool:
    """True until the first template is created (deleting them all later does not count)."""
    return not workspace.changes.entries(ENTITY, limit=1)


def install_defaults(workspace: Workspace) -> list[Template]:
    """Add the shipped templates to the workspace (one operation); returns the stored copies."""
    op_id = new_op_id()
    with workspace.db.transaction():
        return [workspace.templates.add(t, op_id=op_id) for t in default_templates()]


def ensure_defaults(workspace: Workspace) -> list[Template]:
    """On first use, install the shipped templates; afterwards do nothing. Returns what was added."""
    if not never_had_templates(workspace):
        return []
    return install_defaults(workspace)
