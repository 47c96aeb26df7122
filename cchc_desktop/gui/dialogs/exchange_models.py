"""Table models of the exchange centre: counterparts, the package log, the conflict inbox and one
conflict side by side."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..models.rows import PlainRowsModel

DIFF_BRUSH = QBrush(QColor("#fff3cd"))
def local_time(iso: str | None) -> str:
    """Stored in UTC; shown in the officer's local time."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso.replace("T", " ")[:16]


class _RowsModel(PlainRowsModel):
    def cell(self, row, col: int) -> str:
        raise NotImplementedError

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(self.rows[index.row()], index.column())
        return None


class CounterpartModel(_RowsModel):
    def headers(self):
        return (self.tr("Counterpart"), self.tr("Sent"), self.tr("Acknowledged"), self.tr("Received"),
                self.tr("Missing packages"), self.tr("Last contact"))

    def cell(self, r: dict, col: int) -> str:
        if col == 0:
            return f"{r['name']} ({r['counterpart']})" if r["name"] else r["counterpart"]
        if col == 4:
            return ", ".join(str(n) for n in r["missing"])
        if col == 5:
            return local_time(r["last_contact"])
        return str(r[("", "sent", "acknowledged", "received")[col]])


class PackageLogModel(_RowsModel):
    def headers(self):
        return (self.tr("When"), self.tr("Direction"), self.tr("Counterpart"), self.tr("No."), self.tr("Kind"),
                self.tr("Records"), self.tr("State"))

    def cell(self, r: dict, col: int) -> str:
        if col == 0:
            return local_time(r["created_at"])
        if col == 1:
            return self.tr("sent") if r["direction"] == "sent" else self.tr("received")
        if col == 4:
            return {"update": self.tr("update"), "criteria-set": self.tr("criteria set"),
                    "appraisal": self.tr("appraisal"), "results": self.tr("results"),
                    "receipt": self.tr("receipt")}.get(r["kind"], r["kind"])
        if col == 6:
            if r["kind"] == "receipt":
                return ""
            return {"acknowledged": self.tr("acknowledged"), "sent": self.tr("not yet acknowledged"),
                    "received": self.tr("received")}.get(r["state"], r["state"])
        return str(r[("", "", "counterpart", "sequence", "", "records")[col]] or "")


class ConflictListModel(_RowsModel):
    """The conflict inbox: one row per conflict (services.conflicts.list_conflicts rows)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._names = ConflictSidesModel(self)  # field names are translated in one place

    def headers(self):
        return (self.tr("Record"), self.tr("Differs in"), self.tr("Received"), self.tr("Note"))

    def cell(self, r: dict, col: int) -> str:
        if col == 0:
            return r["label"]
        if col == 1:
            return ", ".join(self._names.field_name(f["field"], f["label"]) for f in r["fields"])
        if col == 2:
            return local_time(r["created_at"])
        when = r.get("postponed_at")
        return self.tr("postponed on %1").replace("%1", local_time(when)[:10]) if when else ""


class ConflictSidesModel(_RowsModel):
    """One conflict: a row per differing field, this computer's value beside the package's."""

    def set_conflict(self, conflict: dict | None) -> None:
        self.set_rows([(f["field"], f["mine_text"], f["theirs_text"], f["label"])
                       for f in (conflict or {}).get("fields", [])])

    def field_name(self, key: str, fallback: str = "") -> str:
        names = {"value": self.tr("Score"), "reason": self.tr("Reason"), "explanation": self.tr("Explanation"),
                 "layer": self.tr("Layer"), "deleted": self.tr("Deleted"), "updated_by": self.tr("Changed by"),
                 "name": self.tr("Name"), "code": self.tr("Code"), "state": self.tr("State"),
                 "status": self.tr("Status"), "content": self.tr("Content"), "deadline": self.tr("Deadline")}
        return names.get(key, fallback or key)

    def headers(self):
        return (self.tr("Field"), self.tr("Mine (this computer)"), self.tr("Theirs (the package)"))

    def cell(self, r, col: int) -> str:
        return self.field_name(r[0], r[3]) if col == 0 else r[col]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            return DIFF_BRUSH if index.column() > 0 else None
        return super().data(index, role)
