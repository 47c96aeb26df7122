"""Writing read scores and published results: compare in memory, write only differences in bulk,
keep the previous values for undo. Used by score_import inside its one transaction."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm.exc import StaleDataError

from ..domain.numbers import json_dec, q3
from ..store.models import Assessment, PublishedResult, Score, Unit, utcnow
from . import criteria

STATE_ORDER = ["draft", "self_assessed", "sent", "explained", "appraised", "published"]


def _dec(text):
    return None if text is None else Decimal(text)


def _wanted_layers(sc, crit) -> dict[str, tuple[Decimal, bool]]:
    """layer -> (value, carries the reason). Empty cells are no score: they change nothing."""
    out = {}
    if crit.kind == "survey":
        if sc.survey is not None:
            out["survey"] = (q3(sc.survey), True)
        return out
    if sc.self_score is not None:
        out["self"] = (q3(sc.self_score), False)
    if sc.appraised is not None:
        out["appraised"] = (q3(sc.appraised), True)
    return out


def apply_unit_scores(ctx, unit_scores, by_code: dict[str, Unit]) -> dict:
    s, cs = ctx.s, ctx.criteria_set
    involved = [by_code[u.matched_unit_code] for u in unit_scores]
    assessments = {a.unit_id: a for a in s.execute(
        select(Assessment).where(Assessment.set_id == cs.id, Assessment.unit_id.in_([u.id for u in involved])))
        .scalars()}
    new = [Assessment(unit_id=u.id, set_id=cs.id, state="draft", origin=u.code)
           for u in {u.id: u for u in involved}.values() if u.id not in assessments]
    if new:
        s.add_all(new)
        s.flush()
        for a in new:
            assessments[a.unit_id] = a
            ctx.undo["assessments_created"].append(a.id)
    # Plain rows, not ORM objects: comparing 16 000 scores must not build 16 000 tracked objects.
    existing = {(sc.assessment_id, sc.criterion_id, sc.layer): sc for sc in s.execute(
        select(Score.id, Score.assessment_id, Score.criterion_id, Score.layer, Score.value, Score.reason,
               Score.revision, Score.updated_by)
        .where(Score.assessment_id.in_([a.id for a in assessments.values()])))}
    inserts, updates = [], []
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    now = utcnow()
    for n, u in enumerate(unit_scores):
        ctx.check_cancel()
        unit = by_code[u.matched_unit_code]
        a = assessments[unit.id]
        appraised_changed = False
        for sc in u.scores:
            crit = ctx.crit_by_code.get(sc.code)
            if crit is None:
                continue
            layers = _wanted_layers(sc, crit)
            if not layers:
                continue
            had_any = any((a.id, crit.id, lay) in existing for lay in ("self", "appraised", "survey"))
            changed = False
            for layer, (value, carries_reason) in layers.items():
                reason = (sc.reason or None) if carries_reason and sc.reason_cell else None
                old = existing.get((a.id, crit.id, layer))
                if old is None:
                    inserts.append({"assessment_id": a.id, "criterion_id": crit.id, "layer": layer, "value": value,
                                    "reason": reason, "updated_by": ctx.who, "origin": "province"
                                    if layer != "self" else unit.code, "updated_at": now})
                    changed = True
                else:
                    keep_reason = not (carries_reason and sc.reason_cell)
                    new_reason = old.reason if keep_reason else reason
                    if old.value is not None and q3(old.value) == value and (old.reason or None) == new_reason:
                        continue
                    ctx.undo["scores_updated"].append({"id": old.id, "value": json_dec(old.value),
                                                       "reason": old.reason, "revision": old.revision,
                                                       "updated_by": old.updated_by})
                    updates.append({"id": old.id, "value": value, "reason": new_reason,
                                    "old_revision": old.revision, "revision": old.revision + 1, "updated_by": ctx.who, "updated_at": now})
                    changed = True
                appraised_changed |= changed and layer != "self"
            if not changed:
                counts["unchanged"] += 1
            else:
                counts["updated" if had_any else "created"] += 1
        # Appraised scores mean the province has appraised; never move a later state back.
        if appraised_changed and a.state in STATE_ORDER and \
                STATE_ORDER.index(a.state) < STATE_ORDER.index("appraised"):
            ctx.undo["assessment_states"].append({"id": a.id, "state": a.state})
            a.state = "appraised"
        if ctx.progress is not None:
            ctx.progress(n + 1, len(unit_scores))
    if inserts:
        # One executemany; RETURNING would make SQLAlchemy fall back to a statement per row.
        s.execute(insert(Score.__table__), inserts)
        old_ids = {sc.id for sc in existing.values()}
        ids = s.scalars(select(Score.id).where(Score.assessment_id.in_([a.id for a in assessments.values()]))).all()
        ctx.undo["scores_created"].extend(sorted(set(ids) - old_ids))
    if updates:
        _update_scores(s, updates)
    s.flush()
    return counts


def _update_scores(s, updates: list[dict]) -> None:
    """One executemany guarded by the revision read (Score is version-checked on a shared server):
    the ORM's bulk UPDATE would compare against the new revision we set and always find it stale."""
    t = Score.__table__
    stmt = update(t).where(t.c.id == bindparam("b_id"), t.c.revision == bindparam("b_old_revision")).values(
        value=bindparam("b_value"), reason=bindparam("b_reason"), revision=bindparam("b_revision"),
        updated_by=bindparam("b_updated_by"), updated_at=bindparam("b_updated_at"))
    result = s.connection().execute(stmt, [{"b_" + k: v for k, v in u.items()} for u in updates])
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
