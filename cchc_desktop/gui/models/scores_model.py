"""Chấm điểm tab: one unit's scorecard rows (scorecard.ScoreRow DTOs), self/appraised editable.

The model never writes to the database: a valid edit is handed to `edit_handler`
(criterion_id, layer, old, new) which runs it as an undoable command; a refused one is
reported through `rejected` so the tab can show the reason where the officer looks.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.numbers import fmt_points, parse_points
from ...services.scores import LOCKED_FOR_APPRAISAL, LOCKED_FOR_SELF
from .tree_model import LEFT, RIGHT, FlatTreeModel

LOST_BACKGROUND = QColor("#fde4e4")
LOST_FOREGROUND = QColor("#8b0000")
FIELD_BACKGROUND = QColor("#eef2f7")
NUMERIC = {"max", "self", "appraised", "survey", "lost", "evidence"}
# column -> score layer it edits
LAYER_OF = {"self": "self", "appraised": "appraised", "survey": "survey"}
# texts kept with the province's layer of the row (the deduction's reason and the unit's answer)
TEXT_FIELDS = ("reason", "explanation")
ROW_FIELD = {"max": "max_points", "self": "self_score"}  # column key -> ScoreRow field, where they differ


_DISPLAY, _EDIT, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole
_ALIGN, _FONT = Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole
_BACKGROUND, _FOREGROUND = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole
_ROLES = frozenset((_DISPLAY, _EDIT, _TOOLTIP, _ALIGN, _FONT, _BACKGROUND, _FOREGROUND))
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable


class _Style:
    """Fonts and brushes made once (they need the QGuiApplication, hence not at import)."""

    def __init__(self):
        self.bold = QFont()
        self.bold.setBold(True)
        self.lost_background = QBrush(LOST_BACKGROUND)
        self.field_background = QBrush(FIELD_BACKGROUND)
        self.lost_foreground = QBrush(LOST_FOREGROUND)


_STYLE: list[_Style] = []


def _style() -> _Style:
    if not _STYLE:
        _STYLE.append(_Style())
    return _STYLE[0]


def tree_shape(rows) -> list[tuple[str, int]]:
    """(code, depth) of every row: two years' sets copied from one another have the same shape
    (other criterion ids), and a tree of the same shape only needs its values replaced."""
    return [(r.code, r.depth) for r in rows]


def text_layer(r) -> str:
    return "survey" if r.kind == "survey" else "appraised"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScoresModel", text)


class ScoresModel(FlatTreeModel):
    columns = (("code", QT_TRANSLATE_NOOP("ScoresModel", "Code")),
               ("name", QT_TRANSLATE_NOOP("ScoresModel", "Criterion")),
               ("max", QT_TRANSLATE_NOOP("ScoresModel", "Max")),
               ("self", QT_TRANSLATE_NOOP("ScoresModel", "Self")),
               ("appraised", QT_TRANSLATE_NOOP("ScoresModel", "Appraised")),
               ("survey", QT_TRANSLATE_NOOP("ScoresModel", "Survey")),
               ("lost", QT_TRANSLATE_NOOP("ScoresModel", "Lost")),
               ("reason", QT_TRANSLATE_NOOP("ScoresModel", "Reason")),
               ("explanation", QT_TRANSLATE_NOOP("ScoresModel", "Explanation")),
               ("evidence", QT_TRANSLATE_NOOP("ScoresModel", "Evidence")))

    rejected = Signal(QModelIndex, str)
    #: first and last column whose values changed in many rows (update_rows)
    values_changed = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._keys = tuple(k for k, _ in self.columns)
        self._align = tuple(RIGHT if k in NUMERIC else LEFT for k in self._keys)
        self._attrs = tuple(ROW_FIELD.get(k, k) for k in self._keys)  # ScoreRow field shown in each column
        self._state = "draft"
        self._cells: dict = {}  # row -> (texts, fonts, background, foreground), made once per load
        self.edit_handler = None  # callable(criterion_id, layer, old, new) -> bool
        self.text_handler = None  # callable(row, field, old, new) -> bool

    def set_scorecard(self, rows, state: str) -> None:
        self.state = state
        self._cells = {}
        self.set_rows(rows)

    def set_rows(self, rows) -> None:
        self._cells = {}
        super().set_rows(rows)

    def update_rows(self, rows) -> None:
        """Same tree shape, new values (another unit or year, an edit). Expansion, selection and
        focus are kept. Only the columns whose values changed are announced: names and codes stay
        the same between units, and their long elided text was half of a repaint. A row whose
        colouring changed (points lost or not) is announced whole."""
        rows = list(rows)
        if tree_shape(rows) != tree_shape(self._rows):
            self._cells = {}
            self.set_rows(rows)
            return
        old, self._rows, self._cells = self._rows, rows, {}
        changed: set[int] = set()
        restyled: list[int] = []
        for i, (a, b) in enumerate(zip(old, rows)):
            if a == b:
                continue
            changed.update(col for col, attr in enumerate(self._attrs) if getattr(a, attr) != getattr(b, attr))
            if self._has_loss(a) != self._has_loss(b):
                restyled.append(i)
        if not changed and not restyled:
            return
        first, last = (min(changed), max(changed)) if changed else (0, 0)
        top = len(self._children.get(-1, []))
        if changed and top:
            # one signal over the top-level rows: one per parent (22 here) made the view walk its
            # items 22 times per switch; values_changed tells the view to repaint the columns
            # over its whole height (a tree view repaints only between the announced top rows)
            self.dataChanged.emit(self.index(0, first), self.index(top - 1, last))
            self.values_changed.emit(first, last)
        for i in restyled:
            self.dataChanged.emit(self._index_of(i, 0), self._index_of(i, self.columnCount() - 1))

    # --- reading -------------------------------------------------------------
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        key, text = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in NUMERIC else LEFT
        if role == Qt.ItemDataRole.ToolTipRole and key in ("self", "appraised"):
            return QCoreApplication.translate("ScoresModel", "Double-click or type to change; Enter moves down, Ctrl+Z undoes.")
        return None

    def _display(self, r, key: str) -> str:
        if key == "code":
            return r.code
        if key == "name":
            return r.name
        if key == "max":
            return fmt_points(r.max_points)
        if key == "self":
            return fmt_points(r.self_score)
        if key == "appraised":
            return fmt_points(r.appraised)
        if key == "survey":
            return fmt_points(r.survey)
        if key == "lost":
            return fmt_points(r.lost) if r.lost else ""
        if key == "reason":
            return r.reason
        if key == "explanation":
            return r.explanation
        if key == "evidence":
            return str(r.evidence) if r.evidence else ""
        return ""

    def _has_loss(self, r) -> bool:
        return r.is_leaf and r.lost is not None and r.lost > 0

    @property
    def state(self) -> str:
        return self._state

    @state.setter
    def state(self, value: str) -> None:
        self._state = value

    def _row_cells(self, i: int) -> tuple:
        """Everything painting asks of a row, computed once per load (Decimal formatting, fonts and
        brushes were worked out again for each of ~10 roles of every painted cell)."""
        r = self._rows[i]
        style = _style()
        keys = self._keys
        texts = tuple(self._display(r, key) for key in keys)
        loss = self._has_loss(r)
        fonts = tuple(style.bold if (r.depth == 0 or (key == "lost" and loss)) else None for key in keys)
        background = style.lost_background if loss else (style.field_background if r.depth == 0 else None)
        foreground = style.lost_foreground if loss else None
        cells = self._cells[i] = (texts, fonts, background, foreground)
        return cells

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Painting asks ~10 roles per visible cell on every unit switch: unknown roles leave at
        # once, the rest is read from the row's precomputed cells.
        if role not in _ROLES or not index.isValid():
            return None
        i = index.internalId()
        cells = self._cells.get(i) or self._row_cells(i)
        if role == _DISPLAY or role == _EDIT:
            return cells[0][index.column()]
        if role == _ALIGN:
            return self._align[index.column()]
        if role == _FONT:
            return cells[1][index.column()]
        if role == _BACKGROUND:
            return cells[2]
        if role == _FOREGROUND:
            return cells[3]
        if role == _TOOLTIP:
            return self._tooltip(self._rows[i], self._keys[index.column()])
        return None

    def _tooltip(self, r, key: str):
        if key == "name":
            return r.name
        if key in TEXT_FIELDS and not r.is_leaf:
            return None
        if key == "explanation" and r.explanation:
            return r.explanation
        if key == "reason" and r.reason:
            label = QCoreApplication.translate("ScoresModel", "Explanation:")
            return r.reason + (f"\n\n{label} {r.explanation}" if r.explanation else "")
        if key in LAYER_OF:
            why = self.why_locked(r, LAYER_OF[key])
            return why or QCoreApplication.translate("ScoresModel", "Maximum %1 points").replace("%1", fmt_points(r.max_points))
        return None

    # --- editing -------------------------------------------------------------
    def why_locked(self, r, layer: str) -> str | None:
        """Why a score cell cannot be typed into, or None when it can."""
        if not r.is_leaf:
            return QCoreApplication.translate("ScoresModel", "Subtotal of the criteria below: change their scores instead.")
        if layer == "survey" and r.kind != "survey":
            return QCoreApplication.translate("ScoresModel", "Survey points exist only for survey criteria (ĐTXHH).")
        if layer != "survey" and r.kind == "survey":
            return QCoreApplication.translate("ScoresModel", "Survey criteria are scored by the province's survey, not by the unit.")
        locked = LOCKED_FOR_SELF if layer == "self" else LOCKED_FOR_APPRAISAL
        if self.state in locked:
            return QCoreApplication.translate("ScoresModel", "The assessment is locked (%1): unlock it before changing scores.").replace(
                "%1", self.state_text())
        return None

    def _layer_editable(self, r, layer: str) -> bool:
        """why_locked(r, layer) is None, without building the message (asked for every painted cell)."""
        if not r.is_leaf or (layer == "survey") != (r.kind == "survey"):
            return False
        return self.state not in (LOCKED_FOR_SELF if layer == "self" else LOCKED_FOR_APPRAISAL)

    def state_text(self) -> str:
        from ..labels import state_label
        return state_label(self.state)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # QTreeView.dataChanged asks the first column's flags of every row (not only the painted
        # ones): read-only columns answer without looking at the row
        key = self._keys[index.column()]
        if key not in LAYER_OF and key not in TEXT_FIELDS:
            return _READ_ONLY
        return self._flags_of(self._rows[index.internalId()], key)

    def _flags_of(self, r, key: str):
        if key in LAYER_OF and self._layer_editable(r, LAYER_OF[key]):
            return _EDITABLE
        if key in TEXT_FIELDS and self.text_editable(r):
            return _EDITABLE
        return _READ_ONLY

    def text_editable(self, r) -> bool:
        return r.is_leaf and self.state not in LOCKED_FOR_APPRAISAL

    def check_text(self, r, text: str) -> tuple[Decimal | None, str | None]:
        """Parse what was typed: (value, None) when acceptable, (None, reason) when refused."""
        try:
            value = parse_points(text)
        except ValueError:
            return None, QCoreApplication.translate("ScoresModel", "«%1» is not a number of points (write e.g. 0,5).").replace("%1", text.strip())
        if value is None:
            return None, None
        if value != value.quantize(Decimal("0.001")):
            return None, QCoreApplication.translate("ScoresModel", "Points have at most 3 decimals.")
        if value < 0 and r.kind != "penalty":
            return None, QCoreApplication.translate("ScoresModel", "Points cannot be negative.")
        if r.kind != "penalty" and value > r.max_points:
            return None, QCoreApplication.translate("ScoresModel", "%1 is above the maximum of %2 points for criterion %3.").replace(
                "%1", fmt_points(value)).replace("%2", fmt_points(r.max_points)).replace("%3", r.code)
        return value, None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = self.columns[index.column()][0]
        r = self.row_at(index)
        if key in TEXT_FIELDS:
            return self._set_text(r, key, "" if value is None else str(value).strip())
        if key not in LAYER_OF:
            return False
        layer = LAYER_OF[key]
        why = self.why_locked(r, layer)
        if why:
            self.rejected.emit(index, why)
            return False
        new, problem = self.check_text(r, "" if value is None else str(value))
        if problem:
            self.rejected.emit(index, problem)
            return False
        old = {"self": r.self_score, "appraised": r.appraised, "survey": r.survey}[layer]
        if new == old:
            return False
        if self.edit_handler is None:
            return False
        return bool(self.edit_handler(r.criterion_id, layer, old, new, r.code))

    def _set_text(self, r, key: str, new: str) -> bool:
        old = getattr(r, key) or ""
        if new == old or self.text_handler is None or not self.text_editable(r):
            return False
        return bool(self.text_handler(r, key, old, new))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        self._cells = {}
        self._emit_all_changed(-1)
