"""A template's images: the Images tab of the editor, and reading image files to attach."""

from __future__ import annotations

import mimetypes
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core.bidi import isolate_ltr
from gtgcrm_desktop.core.models import TemplateImage

MAX_IMAGE_BYTES = 5 * 1024 * 1024

_IMAGE_NAME_RE = re.compile(r"[^A-Za-z0-9._-]+")


class TemplateImagesPage(QWidget):
    """The attached images as `cid:NAME` (size, saved or not), with Add, Insert and Remove.

    Its texts are translated in the "TemplatesScreen" context, where they have always been.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images_list = QListWidget()
        self.images_list.setObjectName("templateImages")
        self.images_list.setAccessibleName(
            QCoreApplication.translate("TemplatesScreen", "Attached images")
        )
        self.add_image_button = QPushButton(
            QCoreApplication.translate("TemplatesScreen", "Add image…")
        )
        self.add_image_button.setObjectName("addImage")
        self.insert_image_button = QPushButton(
            QCoreApplication.translate("TemplatesScreen", "Insert into HTML")
        )
        self.insert_image_button.setObjectName("insertImage")
        self.remove_image_button = QPushButton(
            QCoreApplication.translate("TemplatesScreen", "Remove image")
        )
        self.remove_image_button.setObjectName("removeImage")
        self.images_hint = QLabel(
            QCoreApplication.translate(
                "TemplatesScreen",
                "Images are stored encrypted with the template and shown in the HTML as cid:NAME.",
            )
        )
        self.images_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.images_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_image_button)
        buttons.addWidget(self.insert_image_button)
        buttons.addWidget(self.remove_image_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addWidget(self.images_hint)

    def show_images(self, images: list[TemplateImage]) -> None:
        """List `images`; each item's data is the image's name."""
        self.images_list.clear()
        for image in images:
            size = QCoreApplication.translate("TemplatesScreen", "%1 KB").replace(
                "%1", str(max(1, round(len(image.data) / 1024)))
            )
            text = f"{isolate_ltr('cid:' + image.name)}  ({size})"
            if not image.id:
                text += " " + QCoreApplication.translate("TemplatesScreen", "(not saved yet)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, image.name)
            self.images_list.addItem(item)

    def current_name(self) -> str | None:
        """The name of the image chosen in the list (None when there is none)."""
        item = self.images_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


def images_tab_title(count: int) -> str:
    """The Images tab's title, with the number of images when there are any."""
    if count:
        return QCoreApplication.translate("TemplatesScreen", "Images (%1)").replace(
            "%1", str(count)
        )
    return QCoreApplication.translate("TemplatesScreen", "Images")


def read_image(path: Path, taken: set[str]) -> TemplateImage:
    """Read one image file for attaching; ValueError when it is too big or not an image."""
    with path.open("rb") as source:  # never more than the limit in memory, whatever the file
        data = source.read(MAX_IMAGE_BYTES + 1)
    if len(data) > MAX_IMAGE_BYTES:
        raise ValueError(
            QCoreApplication.translate("TemplatesScreen", "%1 is larger than 5 MB.").replace(
                "%1", path.name
            )
        )
    image = QImage.fromData(data)
    if image.isNull():
        raise ValueError(
            QCoreApplication.translate("TemplatesScreen", "%1 is not an image.").replace(
                "%1", path.name
            )
        )
    mime = mimetypes.guess_type(path.name)[0] or "image/png"
    name = _IMAGE_NAME_RE.sub("-", path.name).strip("-.") or "image.png"
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, mimetypes.guess_extension(mime, strict=False) or ".png"
        extension = extension.lstrip(".")
    if not stem or stem == "-":
        stem = "image"
    candidate, number = f"{stem}.{extension}", 2
    while candidate in taken:
        candidate, number = f"{stem}-{number}.{extension}", number + 1
    taken.add(candidate)
    return TemplateImage(candidate, mime, data)
