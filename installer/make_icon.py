"""Renders resources/icons/cchc.svg into installer/cchc.ico (16, 24, 32, 48, 64, 256 px).

Each size is drawn from the SVG itself (QtSvg, offscreen), never scaled down from a big
bitmap, so the 16 px Start-menu icon stays crisp. The .ico holds PNG images (Windows Vista+);
Pillow writes it when installed, otherwise the small ICO container is written here.

    python installer/make_icon.py [--svg resources/icons/cchc.svg] [--out installer/cchc.ico] [--png-dir DIR]
"""
from __future__ import annotations

import argparse
import io
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 256)


def render_pngs(svg: Path, sizes=SIZES) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icon: {svg} is not a valid SVG")
    out = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(QColor(0, 0, 0, 0))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buf, "PNG")
        buf.close()
        out[size] = bytes(data)
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per image + the PNG streams (sizes >= 256 are written as 0)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def ico_with_pillow(pngs: dict[int, bytes]) -> bytes | None:
    try:
        from PIL import Image
    except ImportError:
        return None
    images = [Image.open(io.BytesIO(pngs[s])).convert("RGBA") for s in sorted(pngs)]
    out = io.BytesIO()
    # the largest image first; append_images hands Pillow our own rendering of each size
    images[-1].save(out, format="ICO", sizes=[(s, s) for s in sorted(pngs)], append_images=images[:-1])
    return out.getvalue()


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--svg", default=str(ROOT / "resources" / "icons" / "cchc.svg"))
    p.add_argument("--out", default=str(ROOT / "installer" / "cchc.ico"))
    p.add_argument("--png-dir", help="also keep the PNGs here (e.g. for Linux .desktop icons)")
    p.add_argument("--no-pillow", action="store_true", help="write the ICO container without Pillow")
    args = p.parse_args(argv)
    svg = Path(args.svg)
    if not svg.is_file():
        print(f"make_icon: {svg} does not exist yet", file=sys.stderr)
        return 1
    pngs = render_pngs(svg)
    data = None if args.no_pillow else ico_with_pillow(pngs)
    data = data or ico_bytes(pngs)
    Path(args.out).write_bytes(data)
    if args.png_dir:
        d = Path(args.png_dir)
        d.mkdir(parents=True, exist_ok=True)
        for size, png in pngs.items():
            (d / f"cchc-{size}.png").write_bytes(png)
    print(f"make_icon: {args.out} ({', '.join(map(str, sorted(pngs)))} px, {len(data) // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
