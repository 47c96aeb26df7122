"""The editing rules of the Chấm điểm tree (mixed into ScoresModel): which cells may be typed
into and why not, what a typed value means, and handing a valid edit to the tab.

The model never writes to the database: a valid edit goes to `edit_handler` / `text_handler`,
which run it as an undoable command; a refused one is reported through `rejected`.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt

from ...domain.numbers import fmt_points, parse_points
from ...services.scores import LOCKED_FOR_APPRAISAL, LOCKED_FOR_SELF

# column -> score layer it edits
LAYER_OF = {"self": "self", "appraised": "appraised", "survey": "survey"}
# texts kept with the province's layer of the row (the deduction's reason and the unit's answer)
TEXT_FIELDS = ("reason", "explanation")
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable


class ScoreEditing:
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

    def _flags_of(self, r, key: str):
        if key in LAYER_OF and self._layer_editable(r, LAYER_OF[key]):
            return EDITABLE
        if key in TEXT_FIELDS and self.text_editable(r):
            return EDITABLE
        return READ_ONLY

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

