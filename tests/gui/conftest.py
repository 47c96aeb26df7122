"""GUI fixtures: settings in a temp folder, Vietnamese UI, the main window on a database."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from cchc_desktop import APP_NAME, ORG_NAME


@pytest.fixture(autouse=True)
def temp_settings(tmp_path, qapp):
    """QSettings of each test live in its own folder (never the officer's real settings)."""
    qapp.setOrganizationName(ORG_NAME)
    qapp.setApplicationName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    # background work of this test (e.g. years prepared in advance) ends before its database goes
    from PySide6.QtCore import QThreadPool
    QThreadPool.globalInstance().waitForDone(10000)
    QSettings().clear()


@pytest.fixture
def vietnamese(qapp):
    from cchc_desktop.gui import i18n
    assert i18n.apply_language("vi")
    yield
    i18n.apply_language("vi")


def open_window(qtbot, db):
    from cchc_desktop.gui.main_window import MainWindow
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def choose(window, unit_code: str, year: int) -> None:
    window.unit_combo.setCurrentIndex(window.unit_combo.findData(unit_code))
    window.year_combo.setCurrentIndex(window.year_combo.findData(year))


@pytest.fixture
def window(qtbot, demo_db, vietnamese):
    w = open_window(qtbot, demo_db)
    choose(w, "DNO-TUYDUC", 2022)
    return w


@pytest.fixture
def unlocked_window(qtbot, demo_db, vietnamese):
    """The demo's assessments are published (locked); these tests type scores, so reopen one.

    There is no unlock service yet: the test sets the state directly, as setup only.
    """
    from sqlalchemy import select
    from cchc_desktop.store.models import Assessment, Unit
    with demo_db.session() as s:
        unit = s.execute(select(Unit).where(Unit.code == "DNO-TUYDUC")).scalar_one()
        for a in s.execute(select(Assessment).where(Assessment.unit_id == unit.id)).scalars():
            a.state = "draft"
    w = open_window(qtbot, demo_db)
    choose(w, "DNO-TUYDUC", 2022)
    return w


@pytest.fixture
def window_on(qtbot):
    """window_on(db): the main window opened on any database."""
    return lambda db: open_window(qtbot, db)
