"""A tree of plain rows whose cells are held by Qt (QStandardItemModel), for big trees on screen.

Painting a tree view asks its model about ten things per visible cell (index, parent, flags and
seven data roles). Answered in Python (FlatTreeModel) that was three quarters of every repaint of
the Chấm điểm tree: 15 ms against 4 ms for the same cells held by QStandardItemModel, where the
view's questions never leave C++. So the rows (DTOs, in display order with a depth, parent
before children) are turned into items once; a subclass says what a cell shows (`fill`) and
updates only the cells whose value changed. Edits still arrive through setData (a subclass
override) and run as undoable commands.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from .tree_model import LEFT, RIGHT

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # position of the item's row in rows(), on every item
# the value an editor starts from where it differs from the text shown (a deadline without its ⚠,
# a status's code instead of its label: an item shows and edits one value); widgets.delegates reads it
EDIT_VALUE_ROLE = Qt.ItemDataRole.UserRole + 2


def tree_shape(rows) -> list[tuple[str, int]]:
    """(code, depth) of every row: two years' sets copied from one another have the same shape
    (other criterion ids), and a tree of the same shape only needs its values replaced."""
    return [(r.code, r.depth) for r in rows]


class ItemTreeModel(QStandardItemModel):
    # (key, English header) pairs, translated in `header_context` (QT_TRANSLATE_NOOP)
    columns: tuple[tuple[str, str], ...] = ()
    header_context = ""
    right_aligned: frozenset = frozenset()  # keys of the numeric columns
    # first and last column whose cells announce() says changed in many rows
    values_changed = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._items: list[list[QStandardItem]] = []  # per row, one item per column
        self.setColumnCount(len(self.columns))
        self.set_headers()

    def set_headers(self) -> None:
        """The column titles as header items, held by Qt like the cells: a header relayout (a
        resize, a scroll bar appearing) asks each title's text, alignment, font and size, and a
        Python headerData answered each of those ~100 questions — with the background thread
        preparing years holding the interpreter, each waited its turn (a unit switch +20-40 ms)."""
        for col, (key, text) in enumerate(self.columns):
            item = QStandardItem(QCoreApplication.translate(self.header_context, text))
            item.setTextAlignment(Qt.AlignmentFlag(RIGHT if key in self.right_aligned else LEFT))
            tip = self.header_tooltip(key)
            if tip:
                item.setToolTip(tip)
            self.setHorizontalHeaderItem(col, item)

    def header_tooltip(self, key: str) -> str:
        return ""

    # --- data in -------------------------------------------------------------
    def set_rows(self, rows) -> None:
        """A new tree: items made for every cell, attached at once (one model reset)."""
        rows = list(rows)
        items = []
        for i, r in enumerate(rows):
            cells = [QStandardItem() for _ in self.columns]
            for col, item in enumerate(cells):
                item.setData(i, ROW_ROLE)
                self.fill(item, r, col, fresh=True)
            items.append(cells)
        self.beginResetModel()
        # the items are attached without a signal per row: the reset tells the views once
        blocked = self.blockSignals(True)
        try:
            root = self.invisibleRootItem()
            root.removeRows(0, root.rowCount())
            self.setColumnCount(len(self.columns))
            self._rows, self._items = rows, items
            stack: list[QStandardItem] = []  # column-0 items of the current ancestors, by depth
            tops = []
            for r, cells in zip(rows, items):
                depth = max(0, getattr(r, "depth", 0))  # rows without a depth: a flat table
                del stack[depth:]
                if stack:
                    stack[-1].appendRow(cells)
                else:
                    tops.append(cells)
                stack.append(cells[0])
            for cells in tops:
                root.appendRow(cells)
        finally:
            self.blockSignals(blocked)
        self.endResetModel()

    def fill(self, item: QStandardItem, row, column: int, fresh: bool = False) -> None:
        """Put everything a cell shows into its item (text, font, colours, flags, tooltip).
        fresh: a new item, which holds nothing yet (no need to clear a role)."""
        raise NotImplementedError

    def refill_changed(self, rows) -> bool:
        """The same rows (by key) with some values changed (an edit): the cells of the changed rows
        are filled again, each telling the views itself (a few rows: exact repaints). False when
        the rows are other rows; the caller then calls set_rows."""
        rows = list(rows)
        if [self.row_key(r) for r in rows] != [self.row_key(r) for r in self._rows]:
            return False
        old, self._rows = self._rows, rows
        for i, (a, b) in enumerate(zip(old, rows)):
            if a != b:
                self.refill_row(i)
        return True

    def keep_shape(self, rows, shown) -> bool:
        """Rows of another set with the same tree (the code and depth of every row: a year's set
        copied from the year before): the items stay (expansion, column widths, the current row)
        and only rows whose shown values (`shown(row)`) differ are filled again. False when the
        trees differ; the caller then calls set_rows."""
        rows = list(rows)
        if not rows or tree_shape(rows) != tree_shape(self._rows):
            return False
        old, self._rows = self._rows, rows
        for i, (a, b) in enumerate(zip(old, rows)):
            if shown(a) != shown(b):
                self.refill_row(i)
        return True

    def refill_row(self, i: int) -> None:
        for col, item in enumerate(self._items[i]):
            self.fill(item, self._rows[i], col)

    def announce(self, first: int, last: int) -> None:
        """Cells of columns first..last were changed with signals blocked: one dataChanged over the
        top-level rows (one per cell or per parent made the view walk its items that often), and
        values_changed, since a tree view repaints such a range only between those rows' own lines
        (the view connects it to widgets.views.repaint_columns)."""
        top = self.invisibleRootItem().rowCount()
        if top:
            self.dataChanged.emit(self.index(0, first), self.index(top - 1, last))
            self.values_changed.emit(first, last)

    # --- helpers -------------------------------------------------------------
    def row_at(self, index: QModelIndex):
        if not index.isValid():
            return None
        i = index.data(ROW_ROLE)
        return self._rows[i] if i is not None else None

    def rows(self) -> list:
        return list(self._rows)

    def _index_of(self, i: int, column: int) -> QModelIndex:
        return self._items[i][column].index()

    def index_for_key(self, key, column: int = 0) -> QModelIndex:
        for i, r in enumerate(self._rows):
            if self.row_key(r) == key:
                return self._index_of(i, column)
        return QModelIndex()

    def find_code(self, code: str, column: int = 0) -> QModelIndex:
        for i, r in enumerate(self._rows):
            if r.code == code:
                return self._index_of(i, column)
        return QModelIndex()

    def row_key(self, row):
        return row.criterion_id if hasattr(row, "criterion_id") else row.id

    def column_of(self, key: str) -> int:
        return next(i for i, (k, _) in enumerate(self.columns) if k == key)
