"""Table models of the exchange centre: counterparts, the package log, one conflict side by side."""
from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..models.rows import PlainRowsModel

DIFF_BRUSH = QBrush(QColor("#fff3cd"))
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _looks_like_uuid(v) -> bool:
    return isinstance(v, str) and bool(_UUID.match(v))


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


class ConflictSidesModel(_RowsModel):
    """One conflict: a row per field, this computer's value beside the package's."""

    def set_conflict(self, conflict: dict | None) -> None:
        """Fields that differ first; references (uuids) equal on both sides are left out."""
        mine = (conflict or {}).get("mine") or {}
        theirs = (conflict or {}).get("theirs") or {}
        keys = [k for k in sorted(set(mine) | set(theirs))
                if mine.get(k) != theirs.get(k) or not _looks_like_uuid(mine.get(k))]
        keys.sort(key=lambda k: mine.get(k) == theirs.get(k))
        self.set_rows([(k, mine.get(k), theirs.get(k)) for k in keys])

    def field_name(self, key: str) -> str:
        names = {"value": self.tr("Score"), "reason": self.tr("Reason"), "explanation": self.tr("Explanation"),
                 "layer": self.tr("Layer"), "deleted": self.tr("Deleted"), "updated_by": self.tr("Changed by"),
                 "name": self.tr("Name"), "code": self.tr("Code"), "state": self.tr("State"),
                 "status": self.tr("Status"), "content": self.tr("Content"), "deadline": self.tr("Deadline")}
        return names.get(key, key)

    def headers(self):
        return (self.tr("Field"), self.tr("Mine (this computer)"), self.tr("Theirs (the package)"))

    def cell(self, r, col: int) -> str:
        if col == 0:
            return self.field_name(r[0])
        v = r[col]
        if isinstance(v, bool):
            return self.tr("yes") if v else self.tr("no")
        if r[0] == "layer":
            return {"self": self.tr("self score"), "appraised": self.tr("appraised score"),
                    "survey": self.tr("survey (ĐTXHH)")}.get(v, v or "")
        if r[0] == "value" and isinstance(v, str):
            return v.replace(".", ",")  # Vietnamese decimal comma, as everywhere else
        return "" if v is None else str(v)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            r = self.rows[index.row()]
            return DIFF_BRUSH if r[1] != r[2] and index.column() > 0 else None
        return super().data(index, role)
