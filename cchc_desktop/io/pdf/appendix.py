"""Appendix pages (landscape): Phụ lục heading, the task table (seed 004) with its header on every page."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, TableStyle

from .cells import text_cell
from .model import Appendix, Task
from .styles import esc, styles

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
CELL_PADDING = 4
GRID = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING), ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]


def appendix_label(index: int, count: int) -> str:
    return f"Phụ lục {ROMAN[index] if index < len(ROMAN) else index + 1}" if count > 1 else "Phụ lục"


def heading(ap: Appendix, index: int, count: int) -> list[Flowable]:
    st = styles()
    return [Paragraph(appendix_label(index, count), st["center_bold"]),
            Paragraph(esc(ap.title.upper()), st["center_bold"]),
            Paragraph(esc(ap.attached_to), st["center_italic"]),
            Spacer(1, 4 * mm)]


def _offices(names: tuple[str, ...]) -> str:
    return "; ".join(names)


def task_table(tasks: tuple[Task, ...], width: float) -> LongTable:
    """STT | Nội dung khắc phục | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành."""
    st = styles()
    c, cc, h = st["cell"], st["cell_center"], st["cell_head"]
    head = [text_cell(t, h) for t in ("STT", "Nội dung khắc phục", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                       "Thời gian hoàn thành")]
    rows = [head]
    for t in tasks:
        rows.append([text_cell(t.stt, cc), text_cell(t.content, c), text_cell(_offices(t.lead), c),
                     text_cell(_offices(t.partners), c), text_cell(t.deadline, cc)])
    rows.append([text_cell(f"Tổng cộng: {len(tasks)} nội dung", st["cell_bold"]), "", "", "", ""])
    fractions = (0.05, 0.39, 0.2, 0.2, 0.16)
    table = LongTable(rows, colWidths=[width * f for f in fractions], repeatRows=1, splitByRow=1)
    table.setStyle(TableStyle(GRID + [("SPAN", (0, -1), (-1, -1))]))
    return table


def appendix_flowables(ap: Appendix, index: int, count: int, width: float) -> list[Flowable]:
    if ap.kind == "deficit":
        from .deficit import deficit_table
        table = deficit_table(ap, width)
    else:
        table = task_table(ap.tasks, width)
    return heading(ap, index, count) + [table]
