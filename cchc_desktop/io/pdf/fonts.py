"""Liberation Serif (metric-compatible with Times New Roman, covers Vietnamese), registered once.

The built-in PDF Times cannot draw ả, ạ, ư, ơ, Đ; TTFs registered here are always embedded.
"""
from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...paths import font_path

FAMILY = "LiberationSerif"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic")
_STYLES = {REGULAR: "Regular", BOLD: "Bold", ITALIC: "Italic", BOLD_ITALIC: "BoldItalic"}
_done = False


def register() -> None:
    global _done
    if _done:
        return
    for name, style in _STYLES.items():
        path = font_path(style)
        if not path.exists():
            from ...services.errors import CchcError
            raise CchcError(f"Thiếu phông chữ {path.name} trong thư mục cài đặt ({path.parent}). "
                            "Hãy cài lại phần mềm.", exit_code=5,
                            en=f"The font {path.name} is missing from the installation folder ({path.parent}). Reinstall the software.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b>/<i> inside paragraphs map onto the right face
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    # Charts and the QR widget start from reportlab's graphics defaults (Times-Roman, never embedded):
    # point them at the embedded face so every font in the file is embedded.
    from reportlab.graphics.shapes import STATE_DEFAULTS
    STATE_DEFAULTS["fontName"] = REGULAR
    from reportlab.platypus.tables import CellStyle
    CellStyle.fontname = REGULAR  # empty table cells would otherwise select Helvetica
    _done = True
