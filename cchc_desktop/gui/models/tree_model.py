"""A tree model over plain rows given in display order with a depth (parent before children).

Services hand us criteria trees flattened that way (criteria.tree_rows, scorecard rows);
the parent of a row is the nearest earlier row one level up. Internal ids are row indexes.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

NO_PARENT = -1


class FlatTreeModel(QAbstractItemModel):
    #: (key, English header) pairs; subclasses translate headers in headerData.
    columns: tuple[tuple[str, str], ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._parent: list[int] = []
        self._pos: list[int] = []
        self._children: dict[int, list[int]] = {NO_PARENT: []}

    # --- data in -----------------------------------------------------------
    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._index_rows(list(rows))
        self.endResetModel()

    def update_rows(self, rows) -> None:
        """Same tree, new values (after an edit): keeps expansion, selection and editor focus."""
        rows = list(rows)
        if [self.row_key(r) for r in rows] != [self.row_key(r) for r in self._rows]:
            self.set_rows(rows)
            return
        self._rows = rows
        if rows:
            self._emit_all_changed(NO_PARENT)

    def _emit_all_changed(self, parent_id: int) -> None:
        kids = self._children.get(parent_id, [])
        if kids:
            parent_index = QModelIndex() if parent_id == NO_PARENT else self._index_of(parent_id, 0)
            self.dataChanged.emit(self.index(0, 0, parent_index),
                                  self.index(len(kids) - 1, self.columnCount() - 1, parent_index))
            for k in kids:
                self._emit_all_changed(k)

    def row_key(self, row):
        return row.criterion_id if hasattr(row, "criterion_id") else row.id

    def _index_rows(self, rows) -> None:
        self._rows = rows
        self._parent = []
        self._pos = []
        self._children = {NO_PARENT: []}
        stack: list[int] = []  # indexes of the current ancestors, by depth
        for i, r in enumerate(rows):
            depth = max(0, r.depth)
            del stack[depth:]
            parent = stack[-1] if stack else NO_PARENT
            siblings = self._children.setdefault(parent, [])
            self._parent.append(parent)
            self._pos.append(len(siblings))
            siblings.append(i)
            self._children.setdefault(i, [])
            stack.append(i)

    # --- helpers -----------------------------------------------------------
    def row_at(self, index: QModelIndex):
        return self._rows[index.internalId()] if index.isValid() else None

    def rows(self) -> list:
        return list(self._rows)

    def _index_of(self, i: int, column: int) -> QModelIndex:
        return self.createIndex(self._pos[i], column, i)

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

    # --- QAbstractItemModel -------------------------------------------------
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        # asked for every painted cell: no columnCount() call, one isValid()
        if column < 0 or column >= len(self.columns) or row < 0:
            return QModelIndex()
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            pid = parent.internalId()
        else:
            pid = NO_PARENT
        kids = self._children.get(pid, ())
        if row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index=QModelIndex()) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        p = self._parent[index.internalId()]
        return QModelIndex() if p == NO_PARENT else self._index_of(p, 0)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self._children.get(parent.internalId(), []))
        return len(self._children[NO_PARENT])

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.columns)

    def hasChildren(self, parent=QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def column_of(self, key: str) -> int:
        return next(i for i, (k, _) in enumerate(self.columns) if k == key)

    def sibling(self, row, column, index):
        if not index.isValid():
            return QModelIndex()
        return self.index(row, column, self.parent(index))


def is_valid(index) -> bool:
    return isinstance(index, (QModelIndex, QPersistentModelIndex)) and index.isValid()


RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
