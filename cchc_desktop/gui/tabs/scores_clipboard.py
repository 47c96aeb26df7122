"""Copy and paste in the Chấm điểm tree: rows out as tab-separated text (with their headers) for
Excel or an e-mail, a column of scores in from Excel as one undo step."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from ..commands import SetScoreCommand, push_applied
from ..models.score_editing import LAYER_OF
from .scores_tools import pasted_values, rows_as_tsv


class ScoresClipboard:
    def eventFilter(self, obj, event):
        if obj is self.ui.tree and event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_rows()
                return True
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_scores()
                return True
        return QWidget.eventFilter(self, obj, event)

    def selected_rows(self) -> list:
        seen, rows = set(), []
        indexes = self.ui.tree.selectionModel().selectedIndexes() or [self.ui.tree.currentIndex()]
        for idx in sorted((i for i in indexes if i.isValid()), key=lambda i: self.model.rows().index(self.model.row_at(i))):
            r = self.model.row_at(idx)
            if r.criterion_id not in seen:
                seen.add(r.criterion_id)
                rows.append(r)
        return rows

    def copy_rows(self) -> str:
        headers = [self.model.headerData(self.model.column_of(k), Qt.Orientation.Horizontal)
                   for k in ("code", "name", "max", "self", "appraised", "survey", "lost", "reason", "explanation")]
        text = rows_as_tsv(self.selected_rows(), headers)
        QGuiApplication.clipboard().setText(text)
        return text

    def paste_scores(self) -> bool:
        """Scores from Excel into the self/appraised/survey column, downwards from the current cell.

        Every value is checked first; one refusal cancels the whole paste (nothing half-done),
        otherwise all go in as one undo step."""
        start = self.ui.tree.currentIndex()
        key = self.model.columns[start.column()][0] if start.isValid() else None
        if key not in LAYER_OF:
            self.status_message.emit(self.tr("Paste scores into the Self, Appraised or Survey column."))
            return False
        values = pasted_values(QGuiApplication.clipboard().text())
        plan, idx = [], start
        for text in values:
            while idx.isValid() and (self.ui.tree.isRowHidden(idx.row(), idx.parent())
                                     or not self.model.flags(idx) & Qt.ItemFlag.ItemIsEditable):
                idx = self.ui.tree.indexBelow(idx.siblingAtColumn(0)).siblingAtColumn(start.column())
            if not idx.isValid():
                break
            r = self.model.row_at(idx)
            value, problem = self.model.check_text(r, text)
            if problem:
                self._refused(idx, problem)
                return False
            plan.append((r, value))
            idx = self.ui.tree.indexBelow(idx.siblingAtColumn(0)).siblingAtColumn(start.column())
        layer = LAYER_OF[key]
        old_of = {"self": lambda r: r.self_score, "appraised": lambda r: r.appraised, "survey": lambda r: r.survey}[layer]
        changes = [(r, v) for r, v in plan if v != old_of(r)]
        if not changes:
            return False
        self.undo_stack.beginMacro(self.tr("Paste %n scores", "", len(changes)))
        try:
            for r, v in changes:
                cmd = SetScoreCommand(self.edit_context, self.unit.code, self.year, r.criterion_id, r.code,
                                      layer, old_of(r), v)
                if not push_applied(self.undo_stack, cmd):
                    break
        finally:
            self.undo_stack.endMacro()
        return True
