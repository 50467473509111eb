"""The least any program meeting issue 3 must do before its first rows: a second reference.

Run by bench_ui as `python startup_floor.py PROBE_FILE WORKSPACE`: it reads the key through
`keyring`, unwraps the data key with AES-GCM (`cryptography`), opens the SQLCipher database
with it, reads one page of 100 contacts in name order and paints them in a QTableView; then it
writes the time of that first paint to PROBE_FILE and exits. No validation, no settings, no
translations, no main window: only what the required libraries and the goal itself demand."""

import base64
import json
import os
import sys
import time
from pathlib import Path

import keyring
import sqlcipher3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

FIRST_PAGE = """
SELECT c.display_name, c.organization,
  (SELECT value FROM contact_emails e WHERE e.contact_rowid = c.rowid ORDER BY position LIMIT 1),
  (SELECT value FROM contact_phones p WHERE p.contact_rowid = c.rowid ORDER BY position LIMIT 1)
FROM contacts c INDEXED BY contacts_sort_key_by_rowid ORDER BY sort_key LIMIT 100
"""


class FirstPaint(QObject):
    """Records the first paint of the table and leaves."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, record)
        return False


def record() -> None:
    Path(sys.argv[1]).write_text(f"{time.time():.6f}\n", encoding="ascii")
    os._exit(0)


def first_page(folder: Path) -> list[tuple[str, ...]]:
    keys = json.loads((folder / "workspace.keys").read_text(encoding="utf-8"))
    slot = next(s for s in keys["slots"] if s["kind"] == "keychain")
    wrapping_key = bytes.fromhex(keyring.get_password("GTG CRM Desktop", slot["account"]) or "")
    context = f"gtgcrm:{keys['workspace_id']}:keychain".encode()
    data_key = AESGCM(wrapping_key).decrypt(
        base64.b64decode(slot["nonce"]), base64.b64decode(slot["wrapped"]), context
    )
    db = sqlcipher3.connect(str(folder / "workspace.db"))
    db.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return db.execute(FIRST_PAGE).fetchall()


def main() -> None:
    app = QApplication(sys.argv[:1])
    model = QStandardItemModel(0, 4)
    for row in first_page(Path(sys.argv[2])):
        model.appendRow([QStandardItem(value or "") for value in row])
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 800)
    probe = FirstPaint()
    view.viewport().installEventFilter(probe)
    view.show()
    app.exec()


if __name__ == "__main__":
    main()
