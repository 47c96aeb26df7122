"""Tiêu chí tab: the criteria tree of one set (CriterionRow DTOs), its cells held by Qt items."""
from __future__ import annotations

from PySide6.QtCore import Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont

from ..labels import kind_label
from .item_tree import ItemTreeModel
from .tree_model import CRITERION_KEYS, LEFT, RIGHT, criterion_text


_TOOLTIP, _FONT = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole
RIGHT_ALIGN, LEFT_ALIGN = Qt.AlignmentFlag(RIGHT), Qt.AlignmentFlag(LEFT)
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # made once: enum "|" is slow in Python
_BOLD: list = []  # one bold QFont, made on first use (it needs the QGuiApplication)


def _bold() -> QFont:
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


class CriteriaModel(ItemTreeModel):
    header_context = "CriteriaModel"
    right_aligned = frozenset({"max"})
    columns = (("code", QT_TRANSLATE_NOOP("CriteriaModel", "Code")),
               ("name", QT_TRANSLATE_NOOP("CriteriaModel", "Criterion")),
               ("max", QT_TRANSLATE_NOOP("CriteriaModel", "Max points")),
               ("kind", QT_TRANSLATE_NOOP("CriteriaModel", "Type")))

    def update_rows(self, rows) -> None:
        """Same tree, new values (after an edit): keeps expansion, selection and editor focus."""
        if not self.refill_changed(rows):
            self.set_rows(rows)

    @staticmethod
    def shown(r) -> tuple:
        """What the cells of a row show (fill): another set's row showing the same keeps its items."""
        return r.code, r.name, r.max_points, r.kind, r.depth, r.guidance

    def fill(self, item, r, col: int, fresh: bool = False) -> None:
        key = self.columns[col][0]
        text = self._display(r, key)
        item.setText(text)
        item.setTextAlignment(RIGHT_ALIGN if key == "max" else LEFT_ALIGN)
        item.setData(_bold() if r.depth == 0 else None, _FONT)
        item.setFlags(self.cell_flags(key))
        item.setData(f"{r.name}\n\n{r.guidance}" if key == "name" and r.guidance else text, _TOOLTIP)

    def cell_flags(self, key: str):
        return READ_ONLY

    def _display(self, r, key: str):
        """The text of a cell (also what views.fit_text_columns measures)."""
        if key in CRITERION_KEYS:
            return criterion_text(r, key)
        if key == "kind":
            return kind_label(r.kind)
        return None

    def retranslate(self) -> None:
        """Kinds and tooltips are words: every cell again."""
        self.set_headers()
        for i in range(len(self._rows)):
            self.refill_row(i)
