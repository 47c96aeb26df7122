"""Shared helpers for the ruled tables of reports."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, LongTable, TableStyle

from .appendix import GRID
from .cells import text_cell
from .styles import styles


def cell(text, style: str = "cell") -> Flowable:
    return text_cell(text, styles()[style])


def bold(text, style: str = "cell_bold") -> Flowable:
    return text_cell(text, styles()[style])


def ruled_table(head: list[str], rows: list[list], fractions: tuple[float, ...], width: float,
                extra_style: list | None = None, head_style: str = "cell_head") -> LongTable:
    """A grid table whose header row repeats on every page and whose rows never split."""
    data = [[text_cell(h, styles()[head_style]) for h in head]] + rows
    table = LongTable(data, colWidths=[width * f for f in fractions], repeatRows=1, splitByRow=1)
    table.setStyle(TableStyle(GRID + [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93))]
                              + (extra_style or [])))
    return table
