"""The main window: four tabs sharing one unit/year choice, one undo stack, one status bar."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, QTimer
from PySide6.QtGui import QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from .. import __version__, paths
from ..services.errors import CchcError
from . import i18n, quiet_gate
from .forms import form_class
from .lazy_start import PlaceholderPage, after_first_paint
from .remembered import Remembered
from .tab_preload import TabPreloader
from .i18n import error_text

# The services (SQLAlchemy), the tabs (QtCharts, QtPdf) and the queries are imported when the tabs
# are built, after the first paint: importing them first made a cold start 4-7 s of blank screen.

log = logging.getLogger(__name__)
TAB_KEYS = ("criteria", "scores", "plans", "reports")


def app_icon() -> QIcon:
    return QIcon(str(paths.resources_dir() / "icons" / "cchc.svg"))


class MainWindow(QMainWindow):
    def __init__(self, db=None, parent: QWidget | None = None, deferred: bool = False):
        """With a Database the window is ready on return (tests, screenshots, the self-test); with
        deferred=True (or no database yet) only the frame is built, `attach(db)` or the first paint
        finishes the start: the tabs and the current tab's data come after the window is on screen."""
        super().__init__(parent)
        self.ui = form_class("main_window")()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        self.db = db
        self.settings = QSettings()
        self.remembered = Remembered(self.settings, self)  # last unit, year and tab
        self.undo_stack = QUndoStack(self)
        self.edit_context = None
        self.units: list = []
        self.years: list[int] = []
        self._loading = False

        self.tabs: dict = {}  # built by _build_tabs; until then each page is a "Loading…" placeholder
        for _key in TAB_KEYS:
            self.ui.tabs.addTab(PlaceholderPage(), "")
        self._dirty = set(TAB_KEYS)
        self.ui.tabs.currentChanged.connect(self._tab_shown)
        self._preloader = TabPreloader(self)  # the other tabs, loaded in a quiet moment
        self._preloading = False  # the start's last step: the other tabs load once the first is painted

        self._build_toolbar()
        self._build_edit_menu()
        self._build_status_bar()
        self._connect_actions()
        self.retranslate()
        self.resize(1280, 800)
        self._restore_geometry()
        if db is not None and not deferred:
            self.attach(db)
        elif db is not None:
            after_first_paint(self, lambda: self.attach(db))

    def _install_menu_extras(self) -> None:
        """User guide (F1), import/exchange and change-log entries: added with the tabs, after the
        first paint (the guide alone imports QtGui's PDF writer), once."""
        if hasattr(self, "import_exchange"):
            return
        ui = self.ui
        from .help import install_help
        ui.menuHelp.insertAction(ui.actionAbout, install_help(self))
        from .dialogs.file_menu import ImportExchangeActions
        self.import_exchange = ImportExchangeActions(self)  # import wizard, history, exchange centre
        from .dialogs.audit_backup_menu import AuditBackupActions
        self.audit_backup = AuditBackupActions(self)  # change log viewer, restore from a backup

    def _build_tabs(self) -> None:
        from .commands import EditContext
        from .tabs.criteria_editor import CriteriaEditorTab
        from .tabs.plans_tab import PlansTab
        from .tabs.reports_tab import ReportsTab
        from .tabs.scores_tab import ScoresTab
        self.edit_context = EditContext(lambda: self.db, self._data_changed, self._edit_failed)
        self.tabs = {"criteria": CriteriaEditorTab(), "scores": ScoresTab(), "plans": PlansTab(), "reports": ReportsTab()}
        current = self.ui.tabs.currentIndex()
        self.ui.tabs.blockSignals(True)  # swapping pages is not the officer changing tabs
        for n, key in enumerate(TAB_KEYS):
            tab = self.tabs[key]
            tab.undo_stack, tab.edit_context = self.undo_stack, self.edit_context
            tab.status_message.connect(self.show_message)
            placeholder = self.ui.tabs.widget(n)
            self.ui.tabs.removeTab(n)
            self.ui.tabs.insertTab(n, tab, "")
            placeholder.deleteLater()
        self.ui.tabs.setCurrentIndex(max(current, 0))
        self.ui.tabs.blockSignals(False)
        from .widgets.layout_guard import guard_tab_widgets
        self._tab_guard = guard_tab_widgets(self.ui.tabs)
        guard_tab_widgets(self, self._tab_guard)  # a label's new text repaints the label, not the tab
        self.retranslate()

    @property
    def started(self) -> bool:
        """The tabs are built and loaded, and the database's units and years are in the choosers."""
        return bool(self.tabs) and self.db is not None and not self._loading and not self._preloading

    def attach(self, db) -> None:
        """Finish the start on an opened database: build the tabs, fill the choosers, load the current tab."""
        self.db = db
        first = not self.tabs
        if first:
            self._install_menu_extras()
            self._build_tabs()
        self.reload_all()
        if first:
            # The other tabs load as part of the start, after the first one has painted: a tab's
            # first load also builds its queries, lays out its widgets and (Báo cáo) imports the
            # document generators, and in the officer's first click on it that took 50-100 ms
            # (later loads: 10-45 ms)
            self._preloading = True
            QTimer.singleShot(0, self._finish_start)

    def _finish_start(self) -> None:
        try:
            self._preloader.load_all_now()
        finally:
            self._preloading = False

    # --- construction ----------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = self.ui.toolbar
        self.unit_label = QLabel()
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unitCombo")
        self.unit_combo.setMinimumContentsLength(34)
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year_label = QLabel()
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("yearCombo")
        self.year_combo.setMinimumContentsLength(6)
        for w in (self.unit_label, self.unit_combo):
            bar.addWidget(w)
        bar.addSeparator()
        for w in (self.year_label, self.year_combo):
            bar.addWidget(w)
        self.unit_label.setContentsMargins(6, 0, 4, 0)
        self.year_label.setContentsMargins(6, 0, 4, 0)
        self.unit_combo.currentIndexChanged.connect(self._context_changed)
        self.year_combo.currentIndexChanged.connect(self._context_changed)

    def _build_edit_menu(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self)
        redo_keys = [QKeySequence("Ctrl+Y")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)  # a duplicate would make Ctrl+Y ambiguous (dead)
        self.ui.menuEdit.addAction(self.undo_action)
        self.ui.menuEdit.addAction(self.redo_action)
        self.ui.toolbar.insertAction(self.ui.toolbar.actions()[0] if self.ui.toolbar.actions() else None,
                                     self.undo_action)

    def _build_status_bar(self) -> None:
        self.db_label = QLabel()
        self.own_label = QLabel()
        self.statusBar().addPermanentWidget(self.own_label)
        self.statusBar().addPermanentWidget(self.db_label)

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionCreateDemo.triggered.connect(self.create_demo)
        ui.emptyDemoButton.clicked.connect(self.create_demo)
        ui.actionOpenDatabase.triggered.connect(self.choose_database)
        ui.emptyOpenButton.clicked.connect(self.choose_database)
        ui.actionBackup.triggered.connect(self.backup)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.about)
        self.settings_action = ui.menuFile.addAction(self.tr("&Settings…"))
        ui.menuFile.insertAction(ui.actionQuit, self.settings_action)
        self.settings_action.triggered.connect(self.open_settings)
        for n, action in enumerate((ui.actionShowCriteria, ui.actionShowScores, ui.actionShowPlans,
                                    ui.actionShowReports)):
            action.triggered.connect(lambda _=False, n=n: self.show_tab(TAB_KEYS[n]))
        group = QActionGroup(self)
        for action, lang in ((ui.actionLangVi, "vi"), (ui.actionLangEn, "en")):
            group.addAction(action)
            action.setChecked(i18n.current_language() == lang)
            action.triggered.connect(lambda _=False, lang=lang: self.set_language(lang))
        ui.emptyTitle.setStyleSheet("font-size: 16pt; font-weight: bold;")

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog
        if SettingsDialog(self.db, self).exec():
            self.reload_all()

    # --- context: units and years ----------------------------------------------
    def reload_all(self) -> None:
        from . import queries
        if not self.tabs:  # still starting: attach() calls back here once the tabs exist
            return
        self._invalidate_caches()  # an import, another database, new settings: nothing cached holds
        self._loading = True
        try:
            self.units = queries.units_own_first(self.db)
            self.years = queries.years(self.db)
        except CchcError as exc:
            self.units, self.years = [], []
            self.show_error(exc.located(i18n.current_language()))
        self.unit_combo.clear()
        for u in self.units:
            self.unit_combo.addItem(("★ " if u.own else "") + u.name, u.code)
        self.year_combo.clear()
        for y in self.years:
            self.year_combo.addItem(str(y), y)
        self._restore_choice()
        self._loading = False
        has_data = bool(self.units)
        self.ui.pages.setCurrentWidget(self.ui.tabsPage if has_data else self.ui.emptyPage)
        self.unit_combo.setEnabled(has_data)
        self.year_combo.setEnabled(bool(self.years))
        self._update_status()
        self._context_changed()

    def _restore_choice(self) -> None:
        saved_unit = self.remembered.value("context/unit", "")
        pos = self.unit_combo.findData(saved_unit)
        self.unit_combo.setCurrentIndex(pos if pos >= 0 else (0 if self.units else -1))
        saved_year = self.remembered.value("context/year", None)
        pos = self.year_combo.findData(int(saved_year)) if str(saved_year or "").isdigit() else -1
        if pos < 0:
            pos = self._latest_scored_year()
        self.year_combo.setCurrentIndex(pos)

    def _latest_scored_year(self) -> int:
        """The newest year the chosen unit has scores for (else the newest year): one SQL query,
        not a scorecard built per year."""
        from ..services.score_views import latest_scored_year
        unit = self.current_unit()
        year = latest_scored_year(self.db, unit.code) if unit is not None else None
        if year in self.years:
            return self.years.index(year)
        return 0 if self.years else -1

    def current_unit(self):
        i = self.unit_combo.currentIndex()
        return self.units[i] if 0 <= i < len(self.units) else None

    def current_year(self) -> int | None:
        return self.year_combo.currentData()

    def _context_changed(self, *_):
        if self._loading:
            return
        unit, year = self.current_unit(), self.current_year()
        if unit is not None:
            self.remembered.set("context/unit", unit.code)
        if year is not None:
            self.remembered.set("context/year", year)
        for tab in self.tabs.values():
            tab.db, tab.unit, tab.year = self.db, unit, year
        self._dirty = set(TAB_KEYS)
        self._tab_shown(self.ui.tabs.currentIndex())
        self._preloader.restart()

    def _tab_shown(self, index: int) -> None:
        """Only the tab on screen loads; the others stay marked dirty (unit/year/data changed since
        they last loaded) and load when first shown."""
        if not 0 <= index < len(TAB_KEYS):
            return
        key = TAB_KEYS[index]
        quiet_gate.officer_busy()
        self.remembered.set("window/tab", key)
        self._load_if_dirty(key)

    def _load_if_dirty(self, key: str) -> None:
        if key in self._dirty and key in self.tabs and self.db is not None and not self._loading:
            self._dirty.discard(key)
            tab = self.tabs[key]
            getattr(tab, "reload_for_context", tab.reload)()

    def show_tab(self, key: str) -> None:
        if key in TAB_KEYS:
            self.ui.tabs.setCurrentIndex(TAB_KEYS.index(key))
            self._load_if_dirty(key)  # already the current tab: no currentChanged, still load it

    def tab(self, key: str):
        """The tab, loaded for the current unit and year (it may not have been shown yet)."""
        self._load_if_dirty(key)
        return self.tabs[key]

    # --- edits ---------------------------------------------------------------
    def _invalidate_caches(self) -> None:
        for tab in self.tabs.values():
            if hasattr(tab, "invalidate"):
                tab.invalidate()

    def _data_changed(self, kind: str) -> None:
        if not self.tabs:
            return
        if kind != "plans":
            self._invalidate_caches()  # scores, criteria, offices… may change totals and ranks
        if kind == "scores":
            self.tabs["scores"].refresh_values()
            self._dirty.update({"reports"})
        elif kind == "plans":
            self.tabs["plans"].refresh_values()
            self._dirty.update({"reports"})
        elif kind == "criteria":
            self.tabs["criteria"].refresh_values()
            self._dirty.update({"scores", "plans", "reports"})
        elif kind in ("plan_list", "offices"):   # a plan drafted/removed, the office directory changed
            self.tabs["plans"].reload()
            self._dirty.update({"reports"})
        self._preloader.restart()

    def _edit_failed(self, message: str) -> None:
        self.show_message(message)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("CCHC Desktop"), text)

    def _update_status(self) -> None:
        if self.db is None:  # the frame is on screen, the database is still opening
            return
        own = next((u for u in self.units if u.own), None)
        self.own_label.setText(self.tr("Own unit: %1").replace("%1", own.name) if own
                               else self.tr("Own unit: not set"))
        self.db_label.setText(self.tr("Database: %1").replace("%1", str(self.db.path)))
        self.db_label.setToolTip(str(self.db.path))

    # --- menu actions ----------------------------------------------------------
    def create_demo(self) -> None:
        def job(progress, db):
            from ..services import demo  # imported late: a broken demo module must not stop the app
            progress(0, 0, "")
            return demo.load(db)

        def done(summary):
            self.reload_all()
            self.show_message(self.tr("Demo data ready: %1 units, %2 criteria, %3 plans.").replace(
                "%1", str(summary.get("units", 0))).replace("%2", str(summary.get("criteria", 0))).replace(
                "%3", str(summary.get("plans", 0))))

        from .tasks import run_task
        self.demo_task = run_task(self, self.tr("Creating demo data…"), job, self.db,
                                  on_done=done, on_error=self._task_failed)

    def _task_failed(self, exc) -> None:
        if isinstance(exc, CchcError):
            self.show_error(exc.located(i18n.current_language()))
        else:
            self.show_error(self.tr("The operation failed: %1").replace("%1", str(exc)))

    def choose_database(self) -> None:
        start = str(Path(self.db.path).parent) if self.db.path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), start,
                                              self.tr("CCHC databases (*.sqlite3 *.db);;All files (*)"))
        if path:
            self.open_database(path)

    def open_database(self, path) -> bool:
        from ..store.engine import Database
        try:
            new_db = Database.open(path)
        except CchcError as exc:
            self.show_error(exc.located(i18n.current_language()))
            return False
        old, self.db = self.db, new_db
        self.undo_stack.clear()  # commands belong to the database they were made in
        if old is not None and hasattr(old, "close"):
            old.close()
        self.settings.setValue("database/last", str(path))
        self.attach(new_db)
        self.show_message(self.tr("Opened %1").replace("%1", str(path)))
        return True

    def backup(self) -> None:
        suggested = str(Path(self.db.path).with_name(Path(self.db.path).stem + "-sao-luu.zip"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the database"), suggested,
                                              self.tr("Backup with evidence files (*.zip);;CCHC databases (*.sqlite3)"))
        if path:
            self.backup_to(path)

    def backup_to(self, path) -> dict | None:
        """The database with its evidence files (.zip), or a .sqlite3 copy with the evidence folder beside it."""
        from ..services.backup_files import export_backup
        try:
            result = export_backup(self.db, path)
        except (CchcError, OSError) as exc:
            self.show_error(error_text(exc))
            return None
        self.show_message(self.tr("Backup written to %1").replace("%1", str(path)))
        return result

    def about_text(self) -> str:
        return self.tr(
            "<h3>CCHC Desktop %1</h3>"
            "<p>Managing the administrative reform index (Chỉ số CCHC) of communes, districts and "
            "departments: criteria, scores, remediation plans and reports.</p>"
            "<p><b>Works completely without a network.</b></p>"
            "<p>Documents are printed with the Liberation Serif font, licensed under the SIL Open Font "
            "License 1.1.</p>").replace("%1", __version__)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About CCHC Desktop"), self.about_text())

    # --- language --------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        i18n.remember_language(lang)
        if not i18n.apply_language(lang):
            self.show_message("Vietnamese translation not found; showing English.")
        self.ui.actionLangVi.setChecked(lang == "vi")
        self.ui.actionLangEn.setChecked(lang == "en")

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        titles = (self.tr("Criteria"), self.tr("Scoring"), self.tr("Remediation plan"), self.tr("Reports"))
        for n, title in enumerate(titles):
            self.ui.tabs.setTabText(n, title)
        self.unit_label.setText(self.tr("Unit:"))
        self.year_label.setText(self.tr("Year:"))
        self.setWindowTitle(self.tr("CCHC Desktop — administrative reform index"))
        if hasattr(self, "db_label"):
            self._update_status()

    # --- geometry --------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.show_tab(self.remembered.value("window/tab", "scores"))

    def closeEvent(self, event):
        self.remembered.flush()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
