"""Draw the app icon and write resources/icons/gtgcrm.{png,ico,icns} (PNG-based ICO and ICNS)."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
BRAND = QColor("#0f6e5a")


def draw(size: int) -> bytes:
    """The icon at `size` pixels as PNG bytes: "GTG" on a rounded green square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(BRAND)
    painter.setPen(Qt.PenStyle.NoPen)
    margin = size * 0.06
    box = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.drawRoundedRect(box, size * 0.2, size * 0.2)
    font = QFont("Noto Sans")
    font.setBold(True)
    font.setPixelSize(int(size * 0.3))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "GTG")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    kinds = {32: b"ic11", 64: b"ic12", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b"".join(
        kinds[s] + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for s in sorted(kinds) if s in pngs
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])
    from PySide6.QtGui import QFontDatabase

    for font in (ROOT / "resources" / "fonts").glob("*.ttf"):
        QFontDatabase.addApplicationFont(str(font))
    pngs = {size: draw(size) for size in (16, 32, 48, 64, 128, 256, 512)}
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "gtgcrm.png").write_bytes(pngs[256])
    (ICONS / "gtgcrm.ico").write_bytes(ico({s: pngs[s] for s in (16, 32, 48, 256)}))
    (ICONS / "gtgcrm.icns").write_bytes(icns(pngs))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
