"""Render the app icon's PNG sizes, a Windows .ico and a macOS .icns from the SVG.

    python packaging/make_icons.py

Uses Qt's own SVG renderer and ICO writer, so no extra tool is needed. The .icns is written
here too (it is a simple container of PNGs, see write_icns), so no Mac and no iconutil are
needed to make it.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "app" / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)
# The .icns element types that hold PNG data, with their pixel size ("@2x" ones are Retina).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("ic11", 32), ("ic12", 64), ("ic07", 128), ("ic13", 256),
              ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024))


def write_icns(path: Path, pngs: dict[int, bytes]) -> None:
    """An .icns file: 'icns' + total length, then one element per type: its code, its
    length (header included) and the PNG bytes; all lengths are big-endian 32-bit."""
    elements = b"".join(code.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                        for code, size in ICNS_TYPES)
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(elements)) + elements)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def main() -> int:
    QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "second-opinion-companion.svg"))
    pngs = {}
    for size in SIZES:
        image = render(renderer, size)
        image.save(str(ICONS / f"second-opinion-companion-{size}.png"))
        pngs[size] = png_bytes(image)
        if size == 256:
            image.save(str(ICONS / "second-opinion-companion.ico"), "ICO")
    pngs[1024] = png_bytes(render(renderer, 1024))  # only inside the .icns (512@2x)
    write_icns(ICONS / "second-opinion-companion.icns", pngs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
