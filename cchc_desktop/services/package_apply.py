"""Writing a classified package (package_merge.Merger.apply) with one statement per record type
and kind of change: Core INSERT / UPDATE executemany instead of the ORM's unit of work, which
spent ~25 s on a province's year (32 000 records) building and tracking objects.

What the ORM did and must still happen here:
- an INSERT leaves out None values of columns with a default, so the default applies (a package
  without `status` gives "not_started", not NULL); `uuid`/`updated_at` defaults fire as before;
- an UPDATE of a row-versioned table (score, plan item, criterion) carries `WHERE revision = <as
  read>` and a row that moved meanwhile is StaleDataError (Database.session turns it into StaleEdit);
- `updated_at` is refreshed by its onupdate on every UPDATE.
"""
from __future__ import annotations

from operator import itemgetter

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..store import models as m
from . import sync_records as sr


def _chunks(items, n=500):
    items = list(items)
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _defaults(table, names) -> dict[str, object]:
    """Column -> default value applied where a received value is None (as the ORM's INSERT does)."""
    out = {}
    for name in names:
        col = table.c[name]
        if col.default is not None and not col.type.should_evaluate_none:
            out[name] = col.default
    return out


class BulkWriter:
    def __init__(self, s: Session):
        self.s = s
        self.check_rowcount = s.get_bind().dialect.supports_sane_multi_rowcount

    def evidence_files(self, metas: list[dict]) -> None:
        """Metadata of evidence files the records name, for those this database lacks."""
        t = m.EvidenceFile.__table__
        wanted: dict[str, dict] = {}
        for meta in metas:
            sha = meta.get("sha256")
            if isinstance(sha, str) and len(sha) == 64 and sha not in wanted:
                wanted[sha] = {"sha256": sha, "file_name": str(meta.get("file_name") or sha)[:255],
                               "size": int(meta.get("size") or 0)}
        for chunk in _chunks(wanted):
            for (sha,) in self.s.execute(select(t.c.sha256).where(t.c.sha256.in_(chunk))):
                wanted.pop(sha, None)
        if wanted:
            self.s.execute(insert(t), list(wanted.values()))

    def insert(self, rt: sr.RecordType, rows: list[dict]) -> dict[str, int]:
        """Insert rows (each with its `uuid`); returns uuid -> new id."""
        table = rt.model.__table__
        for name, default in _defaults(table, rows[0]).items():
            for row in rows:
                if row[name] is None:
                    row[name] = default.arg(None) if default.is_callable else default.arg
        before = self.s.execute(select(func.max(table.c.id))).scalar() or 0
        if not self._insert_sqlite(table, rows):
            self.s.execute(insert(table), rows)
        # New rows normally get ids above the largest one (one range query); anything else is looked up.
        wanted = {r["uuid"] for r in rows}
        ids = {u: i for u, i in self.s.execute(select(table.c.uuid, table.c.id).where(table.c.id > before))
               if u in wanted}
        if len(ids) < len(wanted):
            for chunk in _chunks(wanted - ids.keys()):
                ids.update(self.s.execute(select(table.c.uuid, table.c.id).where(table.c.uuid.in_(chunk))).all())
        return ids

    def _insert_sqlite(self, table, rows: list[dict]) -> bool:
        """The same INSERT through the driver's executemany with SQLAlchemy's own value converters:
        on SQLite the Core statement spends most of its time preparing each row's parameters."""
        conn = self.s.connection()
        dialect = conn.dialect
        names = [c.key for c in table.c if not (c.primary_key and c.autoincrement in (True, "auto"))]
        if dialect.name != "sqlite":
            return False
        compiled = insert(table).compile(dialect=dialect, column_keys=names)
        if not compiled.positional:
            return False
        order = list(compiled.positiontup)
        process = []
        for i, n in enumerate(order):
            proc = table.c[n].type.dialect_impl(dialect).bind_processor(dialect)
            if n not in rows[0]:
                # A column the package does not carry (updated_at): its default, else NULL, evaluated
                # once for the whole statement — every row of an import gets the same time.
                d = table.c[n].default
                value = None if d is None else (d.arg(None) if d.is_callable else d.arg)
                value = proc(value) if proc is not None else value
                for row in rows:
                    row[n] = value
            elif proc is not None:
                process.append((i, proc))
        take = itemgetter(*order)
        params = []
        for row in rows:
            values = list(take(row))
            for i, proc in process:
                values[i] = proc(values[i])
            params.append(tuple(values))
        conn.exec_driver_sql(str(compiled), params)
        return True

    def set_column(self, rt: sr.RecordType, column: str, pairs: list[tuple[int, object]]) -> None:
        """One column of rows just inserted (references to records of the same type)."""
        if not pairs:
            return
        table = rt.model.__table__
        stmt = update(table).where(table.c.id == bindparam("_id")).values({column: bindparam("_value")})
        self.s.execute(stmt, [{"_id": i, "_value": v} for i, v in pairs])

    def update(self, rt: sr.RecordType, changes: list[tuple[object, dict]]) -> None:
        """(local row as read, new column values) — the same columns for every row of one call."""
        by_id = {local.id: (local, values) for local, values in changes}  # a record twice: the last copy wins
        table = rt.model.__table__
        names = list(next(iter(by_id.values()))[1])
        stmt = update(table).where(table.c.id == bindparam("_id"))
        versioned = rt.model.__mapper__.version_id_col is not None
        if versioned:
            stmt = stmt.where(table.c.revision == bindparam("_revision"))
        stmt = stmt.values({n: bindparam(f"v_{n}") for n in names})
        params = [{"_id": local.id, "_revision": local.revision, **{f"v_{n}": values[n] for n in names}}
                  for local, values in by_id.values()]
        if not versioned:
            for p in params:
                del p["_revision"]
        result = self.s.execute(stmt, params)
        if versioned and self.check_rowcount and result.rowcount != len(params):
            raise StaleDataError(f"{rt.name}: {len(params) - result.rowcount} row(s) changed meanwhile")

    def replace_offices(self, items: list[tuple[int, list[tuple[int, str, int]]]]) -> None:
        """The lead/partner offices of plan items: (item id, [(office id, role, sort order)])."""
        t = m.PlanItemOffice.__table__
        for chunk in _chunks([item_id for item_id, _ in items]):
            self.s.execute(delete(t).where(t.c.item_id.in_(chunk)))
        rows = [{"item_id": item_id, "office_id": oid, "role": role, "sort_order": n}
                for item_id, offices in items for oid, role, n in offices]
        if rows:
            self.s.execute(insert(t), rows)
