"""What every tab shares: the database, the chosen unit and year, and how to report."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from ..forms import form_class


class TabBase(QWidget):
    form_name = ""
    status_message = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = form_class(self.form_name)()
        self.ui.setupUi(self)
        self.db = None
        self.unit = None   # services.units.UnitRow
        self.year = None
        self.undo_stack = None
        self.edit_context = None

    def set_context(self, db, unit, year) -> None:
        self.db, self.unit, self.year = db, unit, year
        self.reload()

    def reload(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts set in code (not in the .ui) are refreshed here."""
        if self.db is not None:
            self.reload()
