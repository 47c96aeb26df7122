"""Editing a criteria set by hand: add, change, delete, move and renumber criteria.

Every public call is one transaction with one audit entry and returns what it changed
(before/after), so the GUI undoes an edit by calling the inverse (`update_criterion` with
`before`, `move_to` with the old place, `restore_subtree` with what `delete_criterion`
returned, `set_codes` with the old codes). Every changed row gets its `revision` raised so
exchange packages carry the edit. Year-to-year copies live in criteria_years.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import delete, func, select, update

from ..domain import criteria_tree
from ..domain.numbers import json_dec, parse_points, q3
from ..store.models import (Assessment, CriteriaSet, Criterion, CriterionMapping, EvidenceLink, PlanItem,
                            Score, UnitLevel)
from . import audit, criteria
from .errors import InputRejected, NeedsDecision, NotFound

KINDS = ("scored", "survey", "bonus", "penalty")
EDITABLE = ("name", "code", "max_points", "kind", "guidance", "evidence_required")


# --- snapshots -------------------------------------------------------------------------------
def snapshot(c: Criterion) -> dict:
    return {"id": c.id, "uuid": c.uuid, "set_id": c.set_id, "parent_id": c.parent_id, "code": c.code,
            "name": c.name, "sort_order": c.sort_order, "max_points": json_dec(c.max_points), "kind": c.kind,
            "guidance": c.guidance, "evidence_required": c.evidence_required, "revision": c.revision,
            "origin": c.origin}


def _get(s, criterion_id: int) -> Criterion:
    c = s.get(Criterion, criterion_id)
    if c is None or c.deleted:
        raise NotFound("Không tìm thấy tiêu chí (có thể đã bị xóa).",
                       en="Criterion not found (it may have been deleted).")
    return c


def _set(s, set_id: int) -> CriteriaSet:
    cs = s.get(CriteriaSet, set_id)
    if cs is None or cs.deleted:
        raise NotFound("Không tìm thấy bộ tiêu chí.", en="Criteria set not found.")
    return cs


def _siblings(s, set_id: int, parent_id: int | None) -> list[Criterion]:
    return [c for c in criteria.crits_of(s, set_id) if c.parent_id == parent_id]


def _place(c: Criterion, s) -> dict:
    sibs = _siblings(s, c.set_id, c.parent_id)
    return {"parent_id": c.parent_id, "index": [x.id for x in sibs].index(c.id)}


def _renumber_order(s, set_id: int, moved: Criterion | None = None, parent_id=None, index: int | None = None) -> None:
    """Rewrite sort_order in tree order, optionally putting `moved` at (parent_id, index)."""
    rows = criteria.crits_of(s, set_id)
    kids: dict[int | None, list[Criterion]] = {}
    for c in rows:
        if c is not moved:
            kids.setdefault(c.parent_id, []).append(c)
    if moved is not None:
        if moved.parent_id != parent_id:
            moved.parent_id = parent_id
            moved.revision += 1
        lst = kids.setdefault(parent_id, [])
        lst.insert(len(lst) if index is None else max(0, min(index, len(lst))), moved)
    n = 0

    def walk(pid):
        nonlocal n
        for c in kids.get(pid, []):
            if c.sort_order != n:
                c.sort_order = n
                c.revision += 1
            n += 1
            walk(c.id)

    walk(None)
    s.flush()


def _check_code(s, set_id: int, code: str, own_id: int | None = None) -> str:
    code = (code or "").strip()
    if not code:
        raise InputRejected("Mã tiêu chí không được để trống.", en="The criterion code must not be empty.")
    clash = s.execute(select(Criterion.id).where(Criterion.set_id == set_id, Criterion.code == code)).scalar()
    if clash is not None and clash != own_id:
        raise InputRejected(f"Mã tiêu chí {code} đã có trong bộ tiêu chí này.",
                            en=f"The criterion code {code} is already in this criteria set.")
    return code


def _clean_fields(fields: dict) -> dict:
    out = {}
    for k, v in fields.items():
        if k not in EDITABLE:
            raise InputRejected(f"Không sửa được trường «{k}» của tiêu chí.",
                                en=f"The criterion field «{k}» cannot be edited.")
        if k == "max_points":
            parsed = v if isinstance(v, Decimal) else parse_points(str(v)) if v is not None else None
            if parsed is None:
                raise InputRejected(f"Điểm tối đa «{v if v is not None else ''}» không phải là số.",
                                    en=f"The maximum points «{v if v is not None else ''}» is not a number.")
            v = q3(parsed)
        elif k == "kind":
            if v not in KINDS:
                raise InputRejected(f"Loại tiêu chí «{v}» không hợp lệ (chấm điểm, điều tra, điểm thưởng, điểm trừ).",
                                    en=f"The criterion kind «{v}» is not valid (scored, survey, bonus, penalty).")
        elif k == "name":
            v = (v or "").strip()
            if not v:
                raise InputRejected("Tên tiêu chí không được để trống.", en="The criterion name must not be empty.")
        elif k in ("guidance", "evidence_required"):
            v = (v or "").strip() or None
        out[k] = v
    return out


# --- add / update ----------------------------------------------------------------------------
def add_criterion(db, set_id: int, parent_id: int | None, after_id: int | None, code: str, name: str,
                  max_points, kind: str = "scored", guidance: str | None = None,
                  evidence_required: str | None = None) -> dict:
    """A new criterion under `parent_id`, right after sibling `after_id` (None: last)."""
    values = _clean_fields({"name": name, "max_points": max_points, "kind": kind, "guidance": guidance,
                            "evidence_required": evidence_required})
    with db.session() as s:
        cs = _set(s, set_id)
        if parent_id is not None and _get(s, parent_id).set_id != set_id:
            raise InputRejected("Tiêu chí cha thuộc bộ tiêu chí khác.",
                                en="The parent criterion belongs to another criteria set.")
        code = _check_code(s, set_id, code)
        c = Criterion(set_id=set_id, parent_id=parent_id, code=code, origin=cs.origin, sort_order=10 ** 6, **values)
        s.add(c)
        s.flush()
        sibs = [x.id for x in _siblings(s, set_id, parent_id) if x.id != c.id]
        index = sibs.index(after_id) + 1 if after_id in sibs else len(sibs)
        _renumber_order(s, set_id, c, parent_id, index)
        after = snapshot(c)
        audit.record(s, "criterion.add", "criterion", c.uuid, None, after)
        return {"id": c.id, "after": after}


def update_criterion(db, criterion_id: int, **fields) -> dict:
    values = _clean_fields(fields)
    with db.session() as s:
        c = _get(s, criterion_id)
        if "code" in values:
            values["code"] = _check_code(s, c.set_id, values["code"], c.id)
        before = {k: getattr(c, k) for k in values}
        changed = {k: v for k, v in values.items() if before[k] != v}
        if changed:
            for k, v in changed.items():
                setattr(c, k, v)
            c.revision += 1
            s.flush()
            audit.record(s, "criterion.update", "criterion", c.uuid, _jsonable(before), _jsonable(values))
        return {"id": c.id, "before": before, "after": values, "changed": bool(changed)}


def _jsonable(d: dict) -> dict:
    return {k: json_dec(v) if isinstance(v, Decimal) else v for k, v in d.items()}


# --- delete / restore ------------------------------------------------------------------------
def _subtree(s, c: Criterion) -> list[Criterion]:
    rows = criteria.crits_of(s, c.set_id)
    kids: dict[int | None, list[Criterion]] = {}
    for x in rows:
        kids.setdefault(x.parent_id, []).append(x)
    out = [c]
    for x in out:
        out.extend(kids.get(x.id, []))
    return out


def _row(obj, cols) -> dict:
    return {k: (json_dec(v) if isinstance(v, Decimal) else v) for k in cols for v in [getattr(obj, k)]}


SCORE_COLS = ("id", "uuid", "origin", "revision", "base_revision", "assessment_id", "criterion_id", "layer",
              "value", "reason", "explanation", "updated_by")
LINK_COLS = ("id", "uuid", "origin", "revision", "assessment_id", "criterion_id", "sha256", "note")


def scores_count(db, criterion_id: int) -> int:
    with db.read() as s:
        ids = [c.id for c in _subtree(s, _get(s, criterion_id))]
        return s.execute(select(func.count(Score.id)).where(Score.criterion_id.in_(ids),
                                                            Score.value.is_not(None))).scalar() or 0


def delete_criterion(db, criterion_id: int, confirmed: bool = False) -> dict:
    """Delete a criterion with its sub-criteria; scores given to them go too, only when confirmed."""
    with db.session() as s:
        c = _get(s, criterion_id)
        tree = _subtree(s, c)
        ids = [x.id for x in tree]
        scores = list(s.execute(select(Score).where(Score.criterion_id.in_(ids))).scalars())
        valued = sum(1 for x in scores if x.value is not None)
        if valued and not confirmed:
            raise NeedsDecision(f"Tiêu chí {c.code} (và các tiêu chí con) đã có {valued} điểm chấm. "
                                "Xóa tiêu chí sẽ xóa cả các điểm này; hãy xác nhận nếu vẫn muốn xóa.",
                                details=[valued],
                                en=f"Criterion {c.code} (and its sub-criteria) already has {valued} scores. "
                                   "Deleting the criterion deletes these scores too; confirm if you still want to delete it.")
        links = list(s.execute(select(EvidenceLink).where(EvidenceLink.criterion_id.in_(ids))).scalars())
        maps = list(s.execute(select(CriterionMapping).where(
            CriterionMapping.from_id.in_(ids) | CriterionMapping.to_id.in_(ids))).scalars())
        plan_items = [pid for (pid,) in s.execute(select(PlanItem.id).where(PlanItem.criterion_id.in_(ids)))]
        plan_refs = {pid: cid for pid, cid in s.execute(select(PlanItem.id, PlanItem.criterion_id)
                                                         .where(PlanItem.id.in_(plan_items)))}
        place = _place(c, s)
        out = {"id": c.id, "set_id": c.set_id, "place": place, "criteria": [snapshot(x) for x in tree],
               "scores": [_row(x, SCORE_COLS) for x in scores], "evidence": [_row(x, LINK_COLS) for x in links],
               "mappings": [_row(x, ("id", "from_id", "to_id", "change", "note")) for x in maps],
               "plan_items": plan_refs, "scores_count": valued}
        s.execute(update(PlanItem).where(PlanItem.id.in_(plan_items)).values(criterion_id=None))
        s.execute(delete(CriterionMapping).where(CriterionMapping.id.in_([m.id for m in maps])))
        s.execute(delete(EvidenceLink).where(EvidenceLink.id.in_([x.id for x in links])))
        s.execute(delete(Score).where(Score.id.in_([x.id for x in scores])))
        for x in reversed(tree):  # children first: the parent FK would refuse otherwise
            s.delete(x)
            s.flush()
        _renumber_order(s, out["set_id"])
        audit.record(s, "criterion.delete", "criterion", out["criteria"][0]["uuid"],
                     {"criteria": out["criteria"], "scores": len(scores)}, None)
        return out


def restore_subtree(db, deleted: dict) -> dict:
    """Undo of delete_criterion: the same rows (ids, uuids) back, revision raised."""
    with db.session() as s:
        for snap in deleted["criteria"]:
            c = Criterion(**{k: v for k, v in snap.items() if k not in ("max_points", "revision")})
            c.max_points = Decimal(snap["max_points"])
            c.revision = snap["revision"] + 1
            s.add(c)
            s.flush()
        for row in deleted["scores"]:
            sc = Score(**{k: v for k, v in row.items() if k != "value"})
            sc.value = None if row["value"] is None else Decimal(row["value"])
            sc.revision = (row["revision"] or 1) + 1
            s.add(sc)
        for row in deleted["evidence"]:
            s.add(EvidenceLink(**row))
        for row in deleted["mappings"]:
            s.add(CriterionMapping(**row))
        s.flush()
        for pid, cid in deleted["plan_items"].items():
            s.execute(update(PlanItem).where(PlanItem.id == int(pid)).values(criterion_id=cid))
        root = s.get(Criterion, deleted["id"])
        _renumber_order(s, deleted["set_id"], root, deleted["place"]["parent_id"], deleted["place"]["index"])
        audit.record(s, "criterion.restore", "criterion", root.uuid, None,
                     {"criteria": [x["code"] for x in deleted["criteria"]], "scores": len(deleted["scores"])})
        return {"id": root.id}


# --- moving ----------------------------------------------------------------------------------
def _move(db, criterion_id: int, action: str, target) -> dict:
    with db.session() as s:
        c = _get(s, criterion_id)
        before = _place(c, s)
        where = target(s, c, before)
        if where is None:
            return {"id": c.id, "before": before, "after": before, "changed": False}
        parent_id, index = where
        if parent_id is not None and parent_id in {x.id for x in _subtree(s, c)}:
            raise InputRejected("Không thể chuyển tiêu chí vào trong chính nó.",
                                en="A criterion cannot be moved into itself.")
        _renumber_order(s, c.set_id, c, parent_id, index)
        after = _place(c, s)
        audit.record(s, f"criterion.{action}", "criterion", c.uuid, before, after)
        return {"id": c.id, "before": before, "after": after, "changed": before != after}


def move_to(db, criterion_id: int, parent_id: int | None, index: int) -> dict:
    """Put a criterion at position `index` among the children of `parent_id` (the undo of a move)."""
    return _move(db, criterion_id, "move", lambda s, c, b: (parent_id, index))


def indent(db, criterion_id: int) -> dict:
    """Become the last sub-criterion of the sibling above."""
    def target(s, c, before):
        if before["index"] == 0:
            return None
        prev = _siblings(s, c.set_id, c.parent_id)[before["index"] - 1]
        return prev.id, None
    return _move(db, criterion_id, "indent", target)


def outdent(db, criterion_id: int) -> dict:
    """Leave the parent: become its next sibling."""
    def target(s, c, before):
        if c.parent_id is None:
            return None
        parent = _get(s, c.parent_id)
        return parent.parent_id, _place(parent, s)["index"] + 1
    return _move(db, criterion_id, "outdent", target)


def move_up(db, criterion_id: int) -> dict:
    return _move(db, criterion_id, "up", lambda s, c, b: (c.parent_id, b["index"] - 1) if b["index"] else None)


def move_down(db, criterion_id: int) -> dict:
    def target(s, c, before):
        n = len(_siblings(s, c.set_id, c.parent_id))
        return (c.parent_id, before["index"] + 1) if before["index"] < n - 1 else None
    return _move(db, criterion_id, "down", target)


# --- codes -----------------------------------------------------------------------------------
def set_codes(db, set_id: int, codes: dict, action: str = "criterion.codes") -> dict:
    """Give criteria new codes at once (swaps allowed); returns the old codes of those changed."""
    codes = {int(k): v for k, v in codes.items()}
    with db.session() as s:
        _set(s, set_id)
        rows = {c.id: c for c in criteria.crits_of(s, set_id)}
        changed = {k: v for k, v in codes.items() if k in rows and rows[k].code != v}
        final = {c.id: changed.get(c.id, c.code) for c in rows.values()}
        if len(set(final.values())) != len(final):
            raise InputRejected("Sau khi đổi mã, có hai tiêu chí trùng mã.",
                                en="After the change of code, two criteria would have the same code.")
        before = {k: rows[k].code for k in changed}
        for k in changed:  # via temporary codes: the (set, code) unique key forbids a direct swap
            rows[k].code = f"~{k}"
        s.flush()
        for k, v in changed.items():
            rows[k].code = v
            rows[k].revision += 1
        s.flush()
        if changed:
            audit.record(s, action, "criteria_set", set_id, before, changed)
        return {"before": before, "after": changed}


def renumber(db, set_id: int) -> dict:
    """Codes from tree position (1, 1.1, 1.1.1…), as domain.criteria_tree.renumber gives them."""
    with db.read() as s:
        nodes = [criteria_tree.Node(c.id, c.code, c.name, c.parent_id, c.max_points, c.kind, c.sort_order)
                 for c in criteria.crits_of(s, set_id)]
    return set_codes(db, set_id, criteria_tree.renumber(nodes), "criterion.renumber")


# --- the set itself --------------------------------------------------------------------------
SET_FIELDS = ("name", "year", "level", "decision_number", "decision_date", "declared_total")


def set_metadata(db, set_id: int) -> dict:
    with db.read() as s:
        cs = _set(s, set_id)
        return {k: getattr(cs, k) for k in SET_FIELDS}


def update_set_metadata(db, set_id: int, **fields) -> dict:
    with db.session() as s:
        cs = _set(s, set_id)
        values = {}
        for k, v in fields.items():
            if k not in SET_FIELDS:
                raise InputRejected(f"Không sửa được trường «{k}» của bộ tiêu chí.",
                                    en=f"The criteria set field «{k}» cannot be edited.")
            if k == "name" and not (v or "").strip():
                raise InputRejected("Tên bộ tiêu chí không được để trống.",
                                    en="The criteria set name must not be empty.")
            if k == "year" and not (isinstance(v, int) and 2000 <= v <= 2100):
                raise InputRejected(f"Năm «{v}» không hợp lệ.", en=f"The year «{v}» is not valid.")
            if k == "level" and s.get(UnitLevel, v) is None:
                raise InputRejected(f"Cấp đơn vị «{v}» không có trong danh mục.",
                                    en=f"The unit level «{v}» is not in the list.")
            if k == "decision_date" and v is not None and not isinstance(v, date):
                raise InputRejected("Ngày quyết định không hợp lệ.", en="The decision date is not valid.")
            if k == "declared_total" and v is not None:
                v = q3(Decimal(str(v)))
            if isinstance(v, str):
                v = v.strip() or (None if k == "decision_number" else v)
            values[k] = v
        before = {k: getattr(cs, k) for k in values}
        changed = {k: v for k, v in values.items() if before[k] != v}
        if changed:
            for k, v in changed.items():
                setattr(cs, k, v)
            cs.revision += 1
            s.flush()
            audit.record(s, "criteria_set.update", "criteria_set", cs.uuid, _jsonable_all(before),
                         _jsonable_all(values))
        return {"id": set_id, "before": before, "after": values, "changed": bool(changed)}


def _jsonable_all(d: dict) -> dict:
    return {k: (json_dec(v) if isinstance(v, Decimal) else v.isoformat() if isinstance(v, date) else v)
            for k, v in d.items()}


def has_scores(db, set_id: int) -> int:
    with db.read() as s:
        return s.execute(select(func.count(Score.id)).join(Assessment, Assessment.id == Score.assessment_id)
                         .where(Assessment.set_id == set_id, Score.value.is_not(None))).scalar() or 0


from .criteria_years import changes_since_last_year, copy_set_to_year  # noqa: E402,F401
