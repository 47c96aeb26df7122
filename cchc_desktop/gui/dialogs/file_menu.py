"""The File-menu entries for importing workbooks and exchanging packages, added to the main
window by one call so main_window.py (shared by several helpers) stays small."""
from __future__ import annotations

from .window_actions import WindowActions


class ImportExchangeActions(WindowActions):
    def __init__(self, window):
        super().__init__(window)
        menu, before = window.ui.menuFile, window.ui.actionQuit
        self.import_action = menu.addAction("")
        self.import_action.setObjectName("actionImportScores")
        self.undo_import_action = menu.addAction("")
        self.undo_import_action.setObjectName("actionUndoImport")
        self.history_action = menu.addAction("")
        self.history_action.setObjectName("actionImportHistory")
        self.exchange_action = menu.addAction("")
        self.exchange_action.setObjectName("actionExchange")
        for action in (self.import_action, self.undo_import_action, self.history_action, self.exchange_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        self.import_action.triggered.connect(self.open_import_wizard)
        self.undo_import_action.triggered.connect(self.undo_import)
        self.history_action.triggered.connect(self.open_history)
        self.exchange_action.triggered.connect(self.open_exchange)
        self.follow_language()

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("Import scores from &Excel…"))
        self.undo_import_action.setText(self.tr("Undo last score import"))
        self.history_action.setText(self.tr("Import &history…"))
        self.exchange_action.setText(self.tr("Data e&xchange…"))

    def _imported(self, _doc=None) -> None:
        self.window.reload_all()

    def open_import_wizard(self):
        from .import_wizard import ImportWizard
        self.wizard = ImportWizard(self.window.db, self.window.current_year(), self.window, self._imported)
        self.wizard.show()
        return self.wizard

    def undo_import(self):
        from .import_history import undo_last_import
        doc = undo_last_import(self.window, self.window.db, self._imported)
        if doc:
            self.window.show_message(self.tr("Import of %1 undone.").replace("%1", doc.get("file_name") or ""))
        return doc

    def open_history(self):
        from .import_history import ImportHistoryDialog
        self.history = ImportHistoryDialog(self.window.db, self.window, self._imported)
        self.history.show()
        return self.history

    def open_exchange(self):
        from .exchange_centre import ExchangeCentre
        self.exchange = ExchangeCentre(self.window.db, self.window, self._imported)
        self.exchange.show()
        return self.exchange
