"""Fixtures for interchange tests: the sample files and a second, empty workspace."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data() -> Path:
    return DATA


@pytest.fixture
def fresh_workspace(tmp_path: Path, _template_workspace) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Another empty workspace (a copy of the session's template), for round trips."""
    from gtgcrm_desktop.store import Secrets, Workspace

    target = tmp_path / "fresh"
    shutil.copytree(_template_workspace.path, target)
    opened = Workspace.open(target, Secrets(passphrase=PASSPHRASE))
    yield opened
    opened.close()


def snapshot(workspace) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    """Everything an import may touch, to prove a failed one changed nothing."""
    db = workspace.db
    return (
        [c.to_json() for c in workspace.contacts.iter_all()],
        db.scalar("SELECT count(*) FROM change_log"),
        db.scalar("SELECT count(*) FROM audit_log"),
        db.scalar("SELECT count(*) FROM imports"),
        db.scalar("SELECT count(*) FROM import_items"),
        db.scalar("SELECT count(*) FROM tombstones"),
    )
