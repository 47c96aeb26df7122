"""Table models of the Chấm điểm side views: the year's ranking (province view) and the
"Điểm có thể cải thiện" list (leaves sorted by points lost, for planning)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont

from ...domain.numbers import fmt_fixed, fmt_points
from ..labels import band_label, state_label
from .rows import KeyedRowsModel
from .tree_model import CRITERION_KEYS, LEFT, RIGHT, criterion_text


class RowsTableModel(KeyedRowsModel):
    numeric: set[str] = set()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        key = self.columns[section][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in self.numeric else LEFT
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        key = self.columns[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(r, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in self.numeric else LEFT
        if role == Qt.ItemDataRole.FontRole and self.bold(r):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, r, key: str) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def bold(self, r) -> bool:
        return False


class RankingModel(RowsTableModel):
    context = "RankingModel"
    columns = (("rank", QT_TRANSLATE_NOOP("RankingModel", "Rank")),
               ("name", QT_TRANSLATE_NOOP("RankingModel", "Unit")),
               ("self", QT_TRANSLATE_NOOP("RankingModel", "Self")),
               ("appraised", QT_TRANSLATE_NOOP("RankingModel", "Appraised")),
               ("index", QT_TRANSLATE_NOOP("RankingModel", "Index %")),
               ("band", QT_TRANSLATE_NOOP("RankingModel", "Band")),
               ("state", QT_TRANSLATE_NOOP("RankingModel", "State")))
    numeric = {"rank", "self", "appraised", "index"}

    def text(self, r, key: str) -> str:
        if key == "rank":
            return f"{r.rank}/{r.rank_of}" if r.rank else "—"
        if key == "name":
            return r.name
        if key == "self":
            return fmt_points(r.self_total, "—")
        if key == "appraised":
            return fmt_points(r.appraised_total, "—")
        if key == "index":
            return fmt_fixed(r.index_pct, 2, "—")
        if key == "band":
            return band_label(r.band) or (r.band or "")
        if key == "state":
            return state_label(r.state)
        return ""

    def bold(self, r) -> bool:
        return r.own


class ImprovementModel(RowsTableModel):
    context = "ImprovementModel"
    columns = (("code", QT_TRANSLATE_NOOP("ImprovementModel", "Code")),
               ("name", QT_TRANSLATE_NOOP("ImprovementModel", "Criterion")),
               ("max", QT_TRANSLATE_NOOP("ImprovementModel", "Max")),
               ("score", QT_TRANSLATE_NOOP("ImprovementModel", "Score")),
               ("lost", QT_TRANSLATE_NOOP("ImprovementModel", "Recoverable")),
               ("reason", QT_TRANSLATE_NOOP("ImprovementModel", "Reason")))
    numeric = {"max", "score", "lost"}

    @staticmethod
    def from_scorecard(rows) -> list:
        """Leaves that lost points, most recoverable first (ties: in criteria order)."""
        lost = [r for r in rows if r.is_leaf and r.lost is not None and r.lost > 0]
        return sorted(lost, key=lambda r: -r.lost)

    def text(self, r, key: str) -> str:
        if key in CRITERION_KEYS:
            return criterion_text(r, key)
        if key == "score":
            return fmt_points(r.survey if r.kind == "survey" else r.appraised, "—")
        if key == "lost":
            return fmt_points(r.lost)
        if key == "reason":
            return r.reason
        return ""
