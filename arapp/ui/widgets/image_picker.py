"""Pick a logo or signature image: a thumbnail, "Choose…" and "Remove".

Whatever the owner picks (PNG or JPG, from a scanner or a phone) is stored as PNG bytes no
larger than ``MAX_SIDE`` pixels: letters print the image a few centimetres wide, and a
12-megapixel phone photo would only make the shop file and every letter PDF heavy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.widgets.money_edit import ErrorLabel

MAX_SIDE = 1200
THUMB_HEIGHT = 56


def image_to_png(data: bytes) -> bytes | None:
    """PNG bytes of the image in ``data`` (scaled down if huge); None if not an image."""
    image = QImage()
    if not image.loadFromData(data) or image.isNull():
        return None
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE,
            MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; PySide wants str
    buffer.close()
    return bytes(out.data())


class ImagePicker(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._png: bytes | None = None
        self.thumb = QLabel(self)
        self.thumb.setFixedSize(THUMB_HEIGHT * 3, THUMB_HEIGHT)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("QLabel { border: 1px dashed #999; color: #777; }")
        self.choose = QPushButton(self)
        self.remove = QPushButton(self)
        self.error = ErrorLabel(self)
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(lambda: self.set_png(None))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumb)
        row.addWidget(self.choose)
        row.addWidget(self.remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.retranslate()
        self.set_png(None)

    def png(self) -> bytes | None:
        return self._png

    def set_png(self, data: bytes | None) -> None:
        self._png = data
        self.remove.setEnabled(data is not None)
        if data is None:
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText(self.tr("No image"))
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            self.thumb.setPixmap(
                pixmap.scaled(
                    self.thumb.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.changed.emit()

    def load_file(self, path: Path) -> bool:
        """Take the image at ``path``; False (with a message) if it is not a PNG/JPG image."""
        try:
            png = image_to_png(path.read_bytes())
        except OSError:
            png = None
        if png is None:
            self.error.show_message(self.tr("This file is not a PNG or JPG image."))
            return False
        self.error.show_message("")
        self.set_png(png)
        return True

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an image"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.load_file(Path(name))

    def retranslate(self) -> None:
        self.choose.setText(self.tr("Choose…"))
        self.remove.setText(self.tr("Remove"))
        if self._png is None:
            self.thumb.setText(self.tr("No image"))
