"""Chấm điểm tab: one unit's scorecard rows (scorecard.ScoreRow DTOs) as Qt items: what each
cell shows and how a switch of unit or year rewrites only what changed. The editing rules
(self/appraised/survey and the texts) are in score_editing.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.numbers import fmt_points
from .item_tree import ItemTreeModel, tree_shape
from .score_editing import LAYER_OF, TEXT_FIELDS, ScoreEditing
from .tree_model import CRITERION_KEYS, LEFT, RIGHT, criterion_text

LOST_BACKGROUND = QColor("#fde4e4")
LOST_FOREGROUND = QColor("#8b0000")
FIELD_BACKGROUND = QColor("#eef2f7")
NUMERIC = {"max", "self", "appraised", "survey", "lost", "evidence"}
TOOLTIP_OF_TEXT = ("name", "reason", "explanation")  # columns whose tooltip repeats their texts
ROW_FIELD = {"max": "max_points", "self": "self_score"}  # column key -> ScoreRow field, where they differ


_TOOLTIP, _FONT = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole
_BACKGROUND, _FOREGROUND = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole


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


def text_layer(r) -> str:
    return "survey" if r.kind == "survey" else "appraised"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScoresModel", text)


class ScoresModel(ScoreEditing, ItemTreeModel):
    header_context = "ScoresModel"
    right_aligned = frozenset(NUMERIC)
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

    def __init__(self, parent=None):
        self._keys = tuple(k for k, _ in self.columns)
        self._align = tuple(Qt.AlignmentFlag(RIGHT if k in NUMERIC else LEFT) for k in self._keys)
        self._attrs = tuple(ROW_FIELD.get(k, k) for k in self._keys)  # ScoreRow field shown in each column
        self._state = self._shown_state = "draft"
        self._reason_col, self._lost_col = self._keys.index("reason"), self._keys.index("lost")
        self._tips: dict = {}  # score cells' tooltips by what they depend on; emptied with the language
        super().__init__(parent)
        self.edit_handler = None  # callable(criterion_id, layer, old, new) -> bool
        self.text_handler = None  # callable(row, field, old, new) -> bool

    def set_scorecard(self, rows, state: str) -> None:
        self.state = state
        self.set_rows(rows)

    def set_rows(self, rows) -> None:
        self._shown_state = self._state
        super().set_rows(rows)

    def update_rows(self, rows) -> None:
        """Same tree shape, new values (another unit or year, an edit, another state). Expansion,
        selection and focus are kept. Only the cells whose value changed are rewritten and only
        their columns announced: names and codes stay between units, and their long elided text
        is a third of a repaint. A row whose colouring changed (points lost or not) is rewritten
        whole (a tree view paints a region of several rectangles over its full width anyway)."""
        rows = list(rows)
        if tree_shape(rows) != tree_shape(self._rows):
            self.set_rows(rows)
            return
        old, self._rows = self._rows, rows
        relock = self._state != self._shown_state
        self._shown_state = self._state
        changed: set[int] = set()
        blocked = self.blockSignals(True)
        try:
            for i, (a, b) in enumerate(zip(old, rows)):
                if a == b and not relock:
                    continue
                items = self._items[i]
                if relock or a.max_points != b.max_points:  # flags and tooltips of the whole row
                    cols = range(len(self._keys))
                    for col in cols:
                        self.fill(items[col], b, col)
                else:  # a unit switch: texts (and the tooltips made of them), colours if the loss changed
                    cols = [c for c, attr in enumerate(self._attrs) if getattr(a, attr) != getattr(b, attr)]
                    if a.explanation != b.explanation:
                        cols.append(self._reason_col)  # its tooltip shows the explanation
                    for col in cols:
                        key = self._keys[col]
                        items[col].setText(self._display(b, key))
                        if key in TOOLTIP_OF_TEXT:
                            items[col].setData(self._tooltip(b, key), _TOOLTIP)
                    if self._has_loss(a) != self._has_loss(b):
                        cols = range(len(self._keys))
                        for col in cols:
                            self._colour(items[col], b, col)
                changed.update(cols)
        finally:
            self.blockSignals(blocked)
        if changed:
            self.announce(min(changed), max(changed))

    # --- reading -------------------------------------------------------------
    def header_tooltip(self, key: str) -> str:
        if key in ("self", "appraised"):
            return QCoreApplication.translate("ScoresModel", "Double-click or type to change; Enter moves down, Ctrl+Z undoes.")
        return ""

    def _display(self, r, key: str) -> str:
        if key in CRITERION_KEYS:
            return criterion_text(r, key)
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

    def fill(self, item, r, col: int, fresh: bool = False) -> None:
        """Text, font, colours, flags and tooltip of one cell (signals of the model are off or the
        item is not attached yet). A fresh item only gets the roles that hold something."""
        key = self._keys[col]
        item.setText(self._display(r, key))
        item.setTextAlignment(self._align[col])
        self._colour(item, r, col, fresh)
        item.setFlags(self._flags_of(r, key))
        tip = self._tooltip(r, key)
        if tip is not None or not fresh:
            item.setData(tip, _TOOLTIP)

    def _colour(self, item, r, col: int, fresh: bool = False) -> None:
        """Field rows on a grey-blue ground, rows that lost points in red on pink."""
        style = _style()
        loss = self._has_loss(r)
        bold = r.depth == 0 or (loss and col == self._lost_col)
        for value, role in ((style.bold if bold else None, _FONT),
                            (style.lost_background if loss else (style.field_background if r.depth == 0 else None), _BACKGROUND),
                            (style.lost_foreground if loss else None, _FOREGROUND)):
            if value is not None or not fresh:
                item.setData(value, role)

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
            # the same few sentences for most rows (made for every score cell of a new tree)
            memo = (key, r.is_leaf, r.kind, self.state, r.max_points)
            tip = self._tips.get(memo)
            if tip is None:
                why = self.why_locked(r, LAYER_OF[key])
                tip = self._tips[memo] = why or QCoreApplication.translate(
                    "ScoresModel", "Maximum %1 points").replace("%1", fmt_points(r.max_points))
            return tip
        return None

    def retranslate(self) -> None:
        self.set_headers()
        self._tips = {}
        blocked = self.blockSignals(True)  # tooltips are translated: every cell again
        try:
            for i, r in enumerate(self._rows):
                for col, item in enumerate(self._items[i]):
                    self.fill(item, r, col)
        finally:
            self.blockSignals(blocked)
        self.announce(0, len(self.columns) - 1)
