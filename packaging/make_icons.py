"""Make the app icon's raster files from ``resources/icons/arapp.svg``.

    python packaging/make_icons.py

Writes ``arapp-<N>.png`` (16…512), ``arapp.ico`` (Windows: 16…256, PNG-compressed entries)
and ``arapp.icns`` (macOS) beside the SVG. They are committed as resources of the bundle;
run this again after changing the SVG. Qt's own SVG renderer draws them (no other tool
needed); the .ico and .icns containers are written here, since Qt writes one size per file.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns entry types holding PNG data, by pixel size (Apple's "icp4"… "ic09").
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(svg: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    svg.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A multi-size .ico whose entries are PNG data (Windows Vista and later)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for size, kind in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = QSvgRenderer(str(ICONS / "arapp.svg"))
    if not svg.isValid():
        print(f"cannot read {ICONS / 'arapp.svg'}", file=sys.stderr)
        return 1
    pngs = {size: render(svg, size) for size in PNG_SIZES}
    for size, data in pngs.items():
        (ICONS / f"arapp-{size}.png").write_bytes(data)
    (ICONS / "arapp.ico").write_bytes(ico(pngs))
    (ICONS / "arapp.icns").write_bytes(icns(pngs))
    print(f"wrote {len(pngs)} PNGs, arapp.ico and arapp.icns in {ICONS}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
