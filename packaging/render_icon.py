"""Render packaging/quash.svg to the PNG icon the package ships (run after editing the SVG).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icon.py [SIZE]

Writes packaging/quash.png (256×256 unless SIZE is given). The PNG is committed, so a build
needs no renderer; PyInstaller turns it into the Windows .ico and the macOS .icns itself.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent


def render(svg: Path, png: Path, size: int) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(png), "PNG"):
        raise SystemExit(f"could not write {png}")


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 256
    _app = QGuiApplication(sys.argv[:1])
    render(HERE / "quash.svg", HERE / "quash.png", size)
    print(HERE / "quash.png")


if __name__ == "__main__":
    main()
