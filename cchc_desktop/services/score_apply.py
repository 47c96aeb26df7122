"""Writing read scores and published results: compare in memory, write only differences in bulk,
keep the previous values for undo. Used by score_import inside its one transaction."""
from __future__ import annotations

import os
import time
from decimal import Decimal
from itertools import chain

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm.exc import StaleDataError

from ..domain.numbers import json_dec, q3
from ..store.models import Assessment, PublishedResult, Score, Unit, new_uuid, utcnow
from . import criteria
from .score_compare import Q3Memo, WantedLayers, all_new, compare

STATE_ORDER = ["draft", "self_assessed", "sent", "explained", "appraised", "published"]


def _dec(text):
    return None if text is None else Decimal(text)


def apply_unit_scores(ctx, unit_scores, by_code: dict[str, Unit]) -> dict:
    s = ctx.s
    conn = s.connection()
    assessments = _assessments(ctx, conn, [by_code[u.matched_unit_code] for u in unit_scores])
    assessment_ids = [aid for aid, _ in assessments.values()]
    existing = _existing_scores(conn, assessment_ids)
    crits = {code: (c.id, c.kind) for code, c in ctx.crit_by_code.items()}   # plain: looked up per cell
    inserts: list[tuple] = []
    updates: list[tuple] = []
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    undo_updated = ctx.undo["scores_updated"]
    undo_start = len(undo_updated)
    appraised: list[int] = []   # assessments moved to the 'appraised' state
    wanted = WantedLayers(crits, Q3Memo().__getitem__)
    with_scores = {key[0] for key in existing}   # assessments that already hold some score
    for n, u in enumerate(unit_scores):
        ctx.check_cancel()
        unit = by_code[u.matched_unit_code]
        aid, state = assessments[unit.id]
        if aid not in with_scores:
            # Nothing to compare with (a unit's first import): every wanted layer is a new row.
            appraised_changed = all_new(u.scores, aid, unit.code, wanted, inserts, counts)
        else:
            appraised_changed = compare(u.scores, aid, unit.code, wanted, existing, inserts, updates,
                                         undo_updated, counts)
        # Appraised scores mean the province has appraised; never move a later state back.
        if appraised_changed and state in STATE_ORDER and \
                STATE_ORDER.index(state) < STATE_ORDER.index("appraised"):
            ctx.undo["assessment_states"].append({"id": aid, "state": state})
            assessments[unit.id] = (aid, "appraised")
            appraised.append(aid)
        if ctx.progress is not None:
            ctx.progress(n + 1, len(unit_scores))
    now = utcnow()
    if inserts:
        ctx.undo["scores_created"].extend(_insert_scores(conn, inserts, ctx.who, now, existing, assessment_ids))
    if updates:
        updates = _fill_revisions(conn, updates, undo_updated[undo_start:])
        _update_scores(conn, updates, ctx.who, now)
    if appraised:
        t = Assessment.__table__
        conn.execute(update(t).where(t.c.id == bindparam("b_id")).values(state="appraised"),
                     [{"b_id": aid} for aid in appraised])
    return counts


def _assessments(ctx, conn, involved: list[Unit]) -> dict[int, tuple[int, str]]:
    """unit id -> (assessment id, state) in the import's criteria set; missing ones are created
    (Core statements: the ORM's flush of 200 objects cost more than all the score comparisons)."""
    t = Assessment.__table__
    cs = ctx.criteria_set
    units = {u.id: u for u in involved}

    def load() -> dict[int, tuple[int, str]]:
        return {unit_id: (aid, state) for aid, unit_id, state in conn.execute(
            select(t.c.id, t.c.unit_id, t.c.state).where(t.c.set_id == cs.id, t.c.unit_id.in_(list(units))))}

    found = load()
    missing = [u for uid, u in units.items() if uid not in found]
    if missing:
        if conn.dialect.name != "sqlite":
            conn.execute(insert(t), [{"unit_id": u.id, "set_id": cs.id, "state": "draft", "origin": u.code}
                                     for u in missing])
        else:
            # the driver's executemany with the columns' defaults filled in here (as _insert_scores
            # does): Core's insert of 200 rows spent more time on its defaults and parameters than SQLite
            now = utcnow()
            at, deleted = (_bound(t, name, conn, value) for name, value in (("updated_at", now), ("deleted", False)))
            conn.connection.dbapi_connection.cursor().executemany(
                f"INSERT INTO {t.name} (unit_id, set_id, state, origin, uuid, revision, base_revision, updated_at, "
                "deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(u.id, cs.id, "draft", u.code, new_uuid(), 1, 0, at, deleted) for u in missing])
        found = load()
        ctx.undo["assessments_created"].extend(found[u.id][0] for u in missing)
    return found


def _bound(table, column: str, conn, value):
    """`value` as the column's type hands it to the driver (datetime -> text, bool -> int on SQLite)."""
    process = table.c[column].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return process(value) if process else value


def _existing_scores(conn, assessment_ids: list[int]) -> dict[tuple[int, int, str], tuple]:
    """(assessment, criterion, layer) -> (id, value, reason, revision, updated_by) as plain tuples:
    comparing 16 000 scores must not build (or load through the ORM) 16 000 objects. On SQLite
    the rows come straight from the driver; the value goes through the column type's own
    conversion once per distinct stored number (Core's row processing took longer than SQLite)."""
    t = Score.__table__
    if conn.dialect.name != "sqlite":
        return {(aid, cid, layer): (sid, q3(value) if value is not None else None, reason, revision, by)
                for sid, aid, cid, layer, value, reason, revision, by in conn.execute(
                    select(t.c.id, t.c.assessment_id, t.c.criterion_id, t.c.layer, t.c.value, t.c.reason,
                           t.c.revision, t.c.updated_by).where(t.c.assessment_id.in_(assessment_ids)))}
    if not assessment_ids:
        return {}
    to_decimal = t.c.value.type.dialect_impl(conn.dialect).result_processor(conn.dialect, None) or (lambda v: v)
    ids = ",".join(str(int(i)) for i in assessment_ids)   # ints read from the database
    # the driver's own cursor on the transaction's connection: SQLAlchemy's result wrapper cost
    # more per row than SQLite's read of it
    cursor = conn.connection.dbapi_connection.cursor()
    # revision and updated_by are read later for the few rows that change (_fill_revisions): a fifth
    # less to fetch when comparing 16 000 scores
    rows = cursor.execute(
        "SELECT id, assessment_id, criterion_id, layer, value, reason FROM score "
        f"WHERE assessment_id IN ({ids})").fetchall()
    # each distinct stored number converted once; comprehensions, not a loop with lookups per row
    values = {raw: None if raw is None else q3(to_decimal(raw)) for raw in {row[4] for row in rows}}
    return {(aid, cid, layer): (sid, values[raw], reason, _LATER, _LATER)
            for sid, aid, cid, layer, raw, reason in rows}


_LATER = object()   # revision / updated_by of an existing score, not read yet


def _fill_revisions(conn, updates: list[tuple], undo: list[dict]) -> list[tuple]:
    """Put the revision and updated_by of the scores being updated into `updates` (id, value,
    reason, revision) and their undo entries, from one query."""
    if not any(u[3] is _LATER for u in updates):
        return updates
    cursor = conn.connection.dbapi_connection.cursor()
    found: dict[int, tuple] = {}
    for i in range(0, len(updates), 20_000):   # SQLite's statements are limited to 1 MB of text
        ids = ",".join(str(int(u[0])) for u in updates[i:i + 20_000])
        found.update((sid, (rev, by)) for sid, rev, by in cursor.execute(
            f"SELECT id, revision, updated_by FROM score WHERE id IN ({ids})").fetchall())
    for entry in undo:
        if entry["revision"] is _LATER:
            entry["revision"], entry["updated_by"] = found[entry["id"]]
    return [(sid, value, reason, found[sid][0] if rev is _LATER else rev) for sid, value, reason, rev in updates]


_ROWS_PER_INSERT = 80
_INSERT_COLUMNS = ("assessment_id", "criterion_id", "layer", "value", "reason", "origin",
                   "updated_by", "updated_at", "uuid", "revision", "base_revision", "deleted")
def _uuid7s(n: int) -> list[str]:
    """n time-ordered UUIDs (RFC 9562 version 7: 48-bit milliseconds, then 74 bits of which 73 are
    random and the last 48 count up from their random start, the RFC's "monotonic random" method).
    Made in one batch — uuid4() one by one was a fifth of the write time of a 26 000-score import —
    and consecutive, so SQLite appends them to the unique index on score.uuid instead of rewriting
    nearly every page of it."""
    ms = (time.time_ns() // 1_000_000) & ((1 << 48) - 1)
    rand = int.from_bytes(os.urandom(10), "big")
    rand_a, rand_mid, low = rand & 0xFFF, (rand >> 12) & 0x3FFF, rand >> 33   # 12 + 14 + 47 random bits
    h = f"{(ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | (rand_mid << 48):032x}"
    head = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-"   # hex digits and dashes: no % in it
    if n <= 0:
        return []
    # all n formatted by one % operation (C) and split, twice as fast as an f-string per UUID;
    # 47 random bits leave room for 2^47 more
    return ((head + "%012x\0") * n % tuple(range(low, low + n))).split("\0")[:-1]


def _insert_scores(conn, rows: list[tuple], who: str | None, now, existing: dict,
                   assessment_ids: list[int]) -> list[int]:
    """rows: (assessment_id, criterion_id, layer, value, reason, origin); returns the new ids, sorted.
    One executemany of plain tuples: Core's insert() spent more time binding parameters per row
    than SQLite spent writing."""
    table = Score.__table__
    uuids = _uuid7s(len(rows))
    if conn.dialect.name != "sqlite":   # a server database: the portable Core executemany
        conn.execute(insert(table), [
            {"assessment_id": r[0], "criterion_id": r[1], "layer": r[2], "value": r[3], "reason": r[4],
             "origin": r[5], "updated_by": who, "updated_at": now, "uuid": uid, "revision": 1,
             "base_revision": 0, "deleted": False} for r, uid in zip(rows, uuids)])
        return _new_ids(conn, existing, assessment_ids)
    # This transaction holds SQLite's write lock, so every id above the largest one now is ours.
    last = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table.name}").scalar()
    # The column types' own SQLite conversions (Decimal -> float, datetime -> text), applied once
    # per distinct value instead of once per row.
    bind = {name: table.c[name].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
            for name in ("value", "updated_at", "deleted")}
    to_value = bind["value"] or (lambda v: v)
    values = {value: to_value(value) for value in {r[3] for r in rows}}
    at = bind["updated_at"](now) if bind["updated_at"] else now
    deleted = bind["deleted"](False) if bind["deleted"] else False
    params = [(aid, cid, layer, values[value], reason, origin, uid)
              for (aid, cid, layer, value, reason, origin), uid in zip(rows, uuids)]
    # Many rows per INSERT statement rather than executemany's one step per row: SQLite's
    # per-statement work (its constraint checks' statement journal, the VDBE start and end) was
    # ~40% of the write. What every row shares is bound once per statement (?1 who, ?2 when,
    # ?3 not deleted) or written in it (revision 1, base revision 0): binding took nearly half as
    # long as SQLite's writing, per value. 3 + 80 rows × 7 values stay under the 999 variables
    # old SQLite builds allow.
    head = f"INSERT INTO {table.name} ({', '.join(_INSERT_COLUMNS)}) VALUES "
    full = head + _values_rows(_ROWS_PER_INSERT)
    cursor = conn.connection.dbapi_connection.cursor()   # the transaction's own connection
    shared = [who, at, deleted]
    flat = list(chain.from_iterable(params))   # one C-level pass, then a slice per statement
    per = _ROWS_PER_INSERT * _PER_ROW
    for i in range(0, len(flat), per):
        chunk = flat[i:i + per]
        cursor.execute(full if len(chunk) == per else head + _values_rows(len(chunk) // _PER_ROW), shared + chunk)
    count, low, high = conn.exec_driver_sql(
        f"SELECT count(*), min(id), max(id) FROM {table.name} WHERE id > ?", (last,)).one()
    if count == len(rows) and high - low + 1 == count:
        return list(range(low, high + 1))   # one run of consecutive ids: no need to read 8 000 of them
    # (SQLite picks ids at random only once the largest possible id is taken: then ask the slow way)
    return _new_ids(conn, existing, assessment_ids)


_PER_ROW = 7   # values bound per row; the others are shared by the statement's rows


def _values_rows(n: int) -> str:
    """VALUES of n score rows in _INSERT_COLUMNS order: assessment, criterion, layer, value, reason,
    origin and uuid numbered per row from ?4 on; ?1 who, ?2 when, ?3 deleted; revision 1, base 0."""
    return ", ".join(f"(?{b}, ?{b + 1}, ?{b + 2}, ?{b + 3}, ?{b + 4}, ?{b + 5}, ?1, ?2, ?{b + 6}, 1, 0, ?3)"
                     for b in range(4, 4 + _PER_ROW * n, _PER_ROW))


def _new_ids(conn, existing: dict, assessment_ids: list[int]) -> list[int]:
    """Ids of the scores of `assessment_ids` that were not in `existing` (just inserted), sorted."""
    old_ids = {old[0] for old in existing.values()}
    ids = conn.execute(select(Score.id).where(Score.assessment_id.in_(assessment_ids))).scalars().all()
    return sorted(set(ids) - old_ids)


def _update_scores(conn, updates: list[tuple], who: str | None, now) -> None:
    """updates: (id, value, reason, revision read). One executemany guarded by the revision read
    (Score is version-checked on a shared server): the ORM's bulk UPDATE would compare against the
    new revision we set and always find it stale."""
    t = Score.__table__
    stmt = update(t).where(t.c.id == bindparam("b_id"), t.c.revision == bindparam("b_old_revision")).values(
        value=bindparam("b_value"), reason=bindparam("b_reason"), revision=bindparam("b_revision"),
        updated_by=bindparam("b_updated_by"), updated_at=bindparam("b_updated_at"))
    result = conn.execute(stmt, [{"b_id": sid, "b_value": value, "b_reason": reason, "b_old_revision": rev,
                                  "b_revision": rev + 1, "b_updated_by": who, "b_updated_at": now}
                                 for sid, value, reason, rev in updates])
    if result.rowcount not in (-1, len(updates)):
        raise StaleDataError(f"{len(updates) - result.rowcount} score rows changed meanwhile")


def apply_published(ctx, rows, by_code: dict[str, Unit]) -> dict:
    s, cs = ctx.s, ctx.criteria_set
    unit_ids = [by_code[r.matched_unit_code].id for r in rows]
    existing: dict[tuple[int, str | None], PublishedResult] = {}
    for p in s.execute(select(PublishedResult).where(PublishedResult.year == ctx.year,
                                                     PublishedResult.unit_id.in_(unit_ids),
                                                     PublishedResult.deleted.is_(False))
                       .order_by(PublishedResult.id)).scalars():
        existing.setdefault((p.unit_id, p.code), p)
    max_total = criteria.max_total(criteria.crits_of(s, cs.id)) if cs is not None else None
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    source = f"Nhập từ tệp {ctx.file_name}"
    for n, r in enumerate(rows):
        ctx.check_cancel()
        unit = by_code[r.matched_unit_code]
        wanted = []
        for order, (code, (points, rank)) in enumerate(r.fields.items()):
            crit = ctx.crit_by_code.get(code)
            wanted.append((code, crit.name if crit else f"Lĩnh vực {code}", points,
                           crit.max_points if crit else None, rank, r.rank_of if rank is not None else None, order))
        wanted.append((None, "Tổng điểm", r.total, max_total, r.rank, r.rank_of, len(wanted)))
        for code, label, points, max_points, rank, rank_of, order in wanted:
            if points is None and rank is None:
                continue  # a blank cell of a template publishes nothing
            points = q3(points) if points is not None else None
            max_points = q3(max_points) if max_points is not None else None
            old = existing.get((unit.id, code))
            if old is None:
                p = PublishedResult(unit_id=unit.id, year=ctx.year, code=code, label=label, points=points,
                                    max_points=max_points, rank=rank, rank_of=rank_of, sort_order=order,
                                    source=source, origin="province")
                s.add(p)
                s.flush()
                existing[(unit.id, code)] = p
                ctx.undo["published_created"].append(p.id)
                counts["created"] += 1
                continue
            same = (old.points, old.rank, old.rank_of) == (points, rank, rank_of) and \
                (max_points is None or old.max_points == max_points)
            if same:
                counts["unchanged"] += 1
                continue
            ctx.undo["published_updated"].append({"id": old.id, "points": json_dec(old.points), "rank": old.rank,
                                                  "rank_of": old.rank_of, "max_points": json_dec(old.max_points),
                                                  "revision": old.revision})
            old.points, old.rank, old.rank_of = points, rank, rank_of
            if max_points is not None:
                old.max_points = max_points
            old.revision += 1
            counts["updated"] += 1
        if ctx.progress is not None:
            ctx.progress(n + 1, len(rows))
    s.flush()
    return counts


def undo_changes(s, undo: dict) -> dict:
    """Put back what an import changed: delete what it created, restore what it updated."""
    if undo.get("scores_created"):
        s.execute(delete(Score).where(Score.id.in_(undo["scores_created"])))
    if undo.get("scores_updated"):
        # Core, not the ORM's version-checked bulk UPDATE: undo puts the old revision back as it was.
        t = Score.__table__
        s.connection().execute(
            update(t).where(t.c.id == bindparam("b_id")).values(
                value=bindparam("b_value"), reason=bindparam("b_reason"), revision=bindparam("b_revision"),
                updated_by=bindparam("b_updated_by")),
            [{"b_id": r["id"], "b_value": _dec(r["value"]), "b_reason": r["reason"], "b_revision": r["revision"],
              "b_updated_by": r.get("updated_by")} for r in undo["scores_updated"]])
    for st in undo.get("assessment_states", []):
        a = s.get(Assessment, st["id"])
        if a is not None:
            a.state = st["state"]
    if undo.get("published_created"):
        s.execute(delete(PublishedResult).where(PublishedResult.id.in_(undo["published_created"])))
    for r in undo.get("published_updated", []):
        p = s.get(PublishedResult, r["id"])
        if p is not None:
            p.points, p.rank, p.rank_of = _dec(r["points"]), r["rank"], r["rank_of"]
            p.max_points, p.revision = _dec(r["max_points"]), r["revision"]
    if undo.get("assessments_created"):
        s.execute(delete(Score).where(Score.assessment_id.in_(undo["assessments_created"])))
        s.execute(delete(Assessment).where(Assessment.id.in_(undo["assessments_created"])))
    if undo.get("units_created"):
        s.execute(delete(Unit).where(Unit.id.in_(undo["units_created"])))
    s.flush()
    return {"scores_removed": len(undo.get("scores_created", [])),
            "scores_restored": len(undo.get("scores_updated", [])),
            "published_removed": len(undo.get("published_created", [])),
            "published_restored": len(undo.get("published_updated", [])),
            "units_removed": len(undo.get("units_created", []))}
