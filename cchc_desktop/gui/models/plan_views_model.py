"""Read-only table models of the plans tab: progress per reporting period, and "Việc cần làm"."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor

from .rows import KeyedRowsModel

OVERDUE_COLOR = QColor("#b00020")


def _tr(ctx: str, text: str) -> str:
    return QCoreApplication.translate(ctx, text)


def _d(iso) -> str:
    if not iso:
        return ""
    d = date.fromisoformat(iso) if isinstance(iso, str) else iso
    return d.strftime("%d/%m/%Y")


class _Rows(KeyedRowsModel):
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.title(section)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)


class PeriodOverviewModel(_Rows):
    """One row per reporting period of the plan year (plan_desk.period_overview rows)."""
    context = "PeriodOverviewModel"
    columns = (("label", QT_TRANSLATE_NOOP("PeriodOverviewModel", "Reporting period")),
               ("due", QT_TRANSLATE_NOOP("PeriodOverviewModel", "Report due")),
               ("done", QT_TRANSLATE_NOOP("PeriodOverviewModel", "Done")),
               ("in_progress", QT_TRANSLATE_NOOP("PeriodOverviewModel", "In progress")),
               ("failed", QT_TRANSLATE_NOOP("PeriodOverviewModel", "Could not be done")),
               ("not_reported", QT_TRANSLATE_NOOP("PeriodOverviewModel", "Not reported")),
               ("overdue", QT_TRANSLATE_NOOP("PeriodOverviewModel", "Overdue")))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, key = self._rows[index.row()], self.columns[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return _d(r["due"]) if key == "due" else str(r[key])
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("label", "due"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "overdue" and r["overdue"]:
            return QBrush(OVERDUE_COLOR)
        return None


KIND_LABELS = {"overdue": QT_TRANSLATE_NOOP("TodoModel", "Overdue"),
               "due_this_month": QT_TRANSLATE_NOOP("TodoModel", "Due this month")}


class TodoModel(_Rows):
    """services.progress.todo, flattened office by office: overdue first, then due this month."""
    context = "TodoModel"
    columns = (("office", QT_TRANSLATE_NOOP("TodoModel", "Lead office")),
               ("kind", QT_TRANSLATE_NOOP("TodoModel", "Situation")),
               ("plan", QT_TRANSLATE_NOOP("TodoModel", "Plan")),
               ("stt", QT_TRANSLATE_NOOP("TodoModel", "No.")),
               ("content", QT_TRANSLATE_NOOP("TodoModel", "Task")),
               ("deadline", QT_TRANSLATE_NOOP("TodoModel", "Deadline")),
               ("due", QT_TRANSLATE_NOOP("TodoModel", "Due on")))

    def set_todo(self, todo: dict) -> None:
        rows = []
        for g in todo.get("by_office", []):
            for kind in ("overdue", "due_this_month"):
                for t in g[kind]:
                    rows.append({**t, "office": g["office"], "kind": kind})
        self.set_rows(rows)

    def overdue_count(self) -> int:
        return len({(r["plan_id"], r["stt"]) for r in self._rows if r["kind"] == "overdue"})

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, key = self._rows[index.row()], self.columns[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "kind":
                return _tr(self.context, KIND_LABELS[r["kind"]])
            if key == "plan":
                return str(r["plan_year"])
            if key == "deadline":
                return r.get("deadline_text") or ""
            if key == "due":
                return _d(r.get("due"))
            return str(r.get(key) or "")
        if role == Qt.ItemDataRole.ForegroundRole and r["kind"] == "overdue":
            return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and key == "content":
            return r["content"]
        return None
