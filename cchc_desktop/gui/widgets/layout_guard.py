"""Keeps a QTabWidget from repainting all its pages when a label deep inside changed its text.

Any QLabel.setText asks for a new layout, and Qt passes that request up through every parent
layout (QLayout.activate always ends with updateGeometry()). A QTabWidget answers such a request
by laying out its tab bar and page again and then repainting itself whole: on the Chấm điểm tab
the new totals of a unit repainted the tree, the bottom panel and every button (~15 ms CPU per
unit switch). When nothing the tab widget lays out has changed (its size, its tab bar's size
hint, its pages), the request is passed on upwards (the window still learns a new minimum size)
and the repaint is skipped; the labels repaint themselves. The main window does the same at
the top of that chain (its layout pass repainted the whole central area): it is skipped while
its bars and central widget keep their size hints.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QTabWidget, QToolBar


def _layout_key(tabs: QTabWidget) -> tuple:
    bar = tabs.tabBar()
    corners = tuple(w.sizeHint().toTuple() if w is not None and w.isVisible() else None
                    for w in (tabs.cornerWidget(), ))
    return (tabs.isVisible(), tabs.size().toTuple(), bar.sizeHint().toTuple(), bar.isVisibleTo(tabs),
            tabs.count(), tabs.currentIndex(), tabs.tabPosition(), tabs.documentMode(), corners)


def _window_key(window: QMainWindow) -> tuple:
    """What QMainWindow's layout places: the bars and the central widget, by their size hints."""
    # the central widget takes the room the bars leave: only its limits matter, not its size hint
    # (which grows and shrinks with every label's text)
    bars = [window.menuBar(), window.statusBar(), *window.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly)]
    central = window.centralWidget()
    return (window.isVisible(), window.size().toTuple(),
            tuple((w.isVisible(), w.sizeHint().toTuple(), w.minimumSizeHint().toTuple(),
                   w.minimumSize().toTuple(), w.maximumSize().toTuple()) for w in bars),
            None if central is None else (central.isVisible(), _fits(central), central.geometry().getRect(),
                                          central.minimumSize().toTuple(), central.maximumSize().toTuple()))


def _fits(widget) -> bool:
    """The widget's smallest size fits in the room it has (so a new layout would not move it)."""
    need, room = widget.minimumSizeHint(), widget.size()
    return need.width() <= room.width() and need.height() <= room.height()


class TabLayoutGuard(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._last: dict[int, tuple] = {}

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.LayoutRequest and isinstance(obj, (QTabWidget, QMainWindow)):
            key = _layout_key(obj) if isinstance(obj, QTabWidget) else _window_key(obj)
            if key[0] and self._last.get(id(obj)) == key:
                if isinstance(obj, QTabWidget):
                    obj.updateGeometry()  # what QTabWidget's own layout pass ends with
                return True
            self._last[id(obj)] = key
        return False


def guard_tab_widgets(root, guard: TabLayoutGuard | None = None) -> TabLayoutGuard:
    """Install the guard on `root` (if a QTabWidget or the main window) and every QTabWidget inside it."""
    guard = guard or TabLayoutGuard(root)
    widgets = ([root] if isinstance(root, (QTabWidget, QMainWindow)) else []) + root.findChildren(QTabWidget)
    for tabs in widgets:
        tabs.installEventFilter(guard)
    return guard
