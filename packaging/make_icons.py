"""Render the app icon's PNG sizes and a Windows .ico from the SVG (run: python packaging/make_icons.py).

Uses Qt's own SVG renderer and ICO writer, so no extra tool is needed. macOS .icns is made on
a Mac with `iconutil` from these PNGs (see packaging/README.md).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "app" / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def main() -> int:
    QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "second-opinion-companion.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"second-opinion-companion-{size}.png"))
        if size == 256:
            image.save(str(ICONS / "second-opinion-companion.ico"), "ICO")
    return 0


if __name__ == "__main__":
    sys.exit(main())
