"""A new year's criteria set from last year's, with a mapping so history follows each criterion.

Provinces change a few criteria a year: one renamed, one split in two, two merged, one dropped.
The officer lists those changes; everything else is copied as unchanged. Each copied or replaced
criterion gets a CriterionMapping row (unchanged, renamed, split, merged, removed, new), so
scores, deductions and open plan tasks of last year can be found under this year's codes.

A change is a dict:
  {"code": "1.2", "change": "renamed", "name": "…", "new_code": "1.2"?}
  {"code": "1.3", "change": "split", "targets": [{"code", "name", "max_points"}, …]}
  {"code": "1.4", "change": "merged", "target": "1.5"}      (target: a code of the new set)
  {"code": "1.6", "change": "removed"}
  {"change": "new", "parent": "1"|None, "code", "name", "max_points", "kind"?}
"""
from __future__ import annotations

import re
from decimal import Decimal

from sqlalchemy import select

from ..domain.numbers import json_dec, q3
from ..store.models import CriteriaSet, Criterion, CriterionMapping
from . import audit, criteria
from .errors import InputRejected, NotFound

CHANGES = ("unchanged", "renamed", "split", "merged", "removed", "new")


def _points(v) -> Decimal:
    try:
        return q3(Decimal(str(v).replace(",", ".")))
    except Exception:
        raise InputRejected(f"Điểm tối đa «{v}» không phải là số.",
                            en=f"The maximum points «{v}» is not a number.") from None


def copy_set_to_year(db, set_id: int, new_year: int, mapping: list[dict] | None = None,
                     name: str | None = None) -> dict:
    mapping = list(mapping or [])
    with db.session() as s:
        src = s.get(CriteriaSet, set_id)
        if src is None or src.deleted:
            raise NotFound("Không tìm thấy bộ tiêu chí nguồn.", en="Source criteria set not found.")
        if criteria.sets_of_year(s, new_year, src.level):
            raise InputRejected(f"Năm {new_year} đã có bộ tiêu chí cấp «{src.level}».",
                                en=f"{new_year} already has a criteria set at level «{src.level}».")
        old_rows = criteria.crits_of(s, set_id)
        by_code = {c.code: c for c in old_rows}
        changes: dict[str, dict] = {}
        for ch in mapping:
            kind = ch.get("change")
            if kind not in CHANGES:
                raise InputRejected(f"Loại thay đổi «{kind}» không hợp lệ.",
                                    en=f"The kind of change «{kind}» is not valid.")
            if kind != "new":
                if ch.get("code") not in by_code:
                    raise InputRejected(f"Bộ tiêu chí năm {src.year} không có tiêu chí mã {ch.get('code')}.",
                                        en=f"The criteria set of {src.year} has no criterion with code {ch.get('code')}.")
                changes[ch["code"]] = ch
        new_name = name or re.sub(str(src.year), str(new_year), src.name) if str(src.year) in src.name \
            else (name or f"{src.name} ({new_year})")
        cs = CriteriaSet(year=new_year, level=src.level, name=new_name, declared_total=src.declared_total,
                         previous_set_id=src.id, bands=src.bands, origin=src.origin)
        s.add(cs)
        s.flush()

        made: dict[int, Criterion] = {}   # old id -> the new criterion its children go under
        maps: list[tuple[int | None, Criterion | None, str, str | None]] = []
        merges: list[tuple[Criterion, str]] = []
        dropped: set[int] = set()
        order = 0

        used: set[str] = set()

        def add(code, name_, parent, old: Criterion, **kw) -> Criterion:
            nonlocal order
            if code in used:
                raise InputRejected(f"Mã {code} dùng cho hai tiêu chí của bộ tiêu chí năm {new_year}.",
                                    en=f"The code {code} is used for two criteria of the {new_year} criteria set.")
            used.add(code)
            c = Criterion(set_id=cs.id, code=code, name=name_, parent_id=parent.id if parent else None,
                          sort_order=order, max_points=kw.get("max_points", old.max_points),
                          kind=kw.get("kind", old.kind), guidance=old.guidance,
                          evidence_required=old.evidence_required, origin=cs.origin)
            order += 1
            s.add(c)
            s.flush()
            return c

        for r in criteria.tree_rows(old_rows):
            old = s.get(Criterion, r.id)
            parent = made.get(old.parent_id) if old.parent_id else None
            if old.parent_id in dropped:
                dropped.add(old.id)
                maps.append((old.id, None, "removed", None))
                continue
            ch = changes.get(old.code, {"change": "unchanged"})
            kind = ch["change"]
            if kind == "removed":
                dropped.add(old.id)
                maps.append((old.id, None, "removed", None))
            elif kind == "merged":
                dropped.add(old.id)
                merges.append((old, str(ch.get("target") or "")))
            elif kind == "split":
                targets = ch.get("targets") or []
                if len(targets) < 2:
                    raise InputRejected(f"Tiêu chí {old.code} tách thành ít nhất hai tiêu chí.",
                                        en=f"Criterion {old.code} is split into at least two criteria.")
                first = None
                for t in targets:
                    c = add(str(t["code"]).strip(), str(t["name"]).strip(), parent, old,
                            max_points=_points(t.get("max_points", old.max_points)))
                    maps.append((old.id, c, "split", None))
                    first = first or c
                made[old.id] = first
            else:
                code = (ch.get("new_code") or old.code).strip()
                c = add(code, (ch.get("name") or old.name).strip() if kind == "renamed" else old.name, parent, old)
                made[old.id] = c
                maps.append((old.id, c, "renamed" if kind == "renamed" else "unchanged", None))

        new_by_code = {c.code: c for c in made.values()} | {m[1].code: m[1] for m in maps if m[1] is not None}
        for old, target in merges:
            if target not in new_by_code:
                raise InputRejected(f"Tiêu chí {old.code} gộp vào mã {target or '(trống)'}, "
                                    f"nhưng bộ tiêu chí năm {new_year} không có mã này.",
                                    en=f"Criterion {old.code} is merged into code {target or '(empty)'}, but the {new_year} criteria set has no such code.")
            maps.append((old.id, new_by_code[target], "merged", None))
        for ch in (c for c in mapping if c.get("change") == "new"):
            parent = new_by_code.get(ch.get("parent")) if ch.get("parent") else None
            if ch.get("parent") and parent is None:
                raise InputRejected(f"Tiêu chí mới {ch.get('code')}: không có tiêu chí cha mã {ch.get('parent')}.",
                                    en=f"New criterion {ch.get('code')}: there is no parent criterion with code {ch.get('parent')}.")
            if str(ch["code"]).strip() in used:
                raise InputRejected(f"Mã {ch['code']} dùng cho hai tiêu chí của bộ tiêu chí năm {new_year}.",
                                    en=f"The code {ch['code']} is used for two criteria of the {new_year} criteria set.")
            used.add(str(ch["code"]).strip())
            c = Criterion(set_id=cs.id, code=str(ch["code"]).strip(), name=str(ch["name"]).strip(),
                          parent_id=parent.id if parent else None, sort_order=order,
                          max_points=_points(ch.get("max_points", 0)), kind=ch.get("kind", "scored"),
                          origin=cs.origin)
            order += 1
            s.add(c)
            s.flush()
            new_by_code[c.code] = c
            maps.append((None, c, "new", None))
        for from_id, to, change, note in maps:
            s.add(CriterionMapping(from_id=from_id, to_id=to.id if to else None, change=change, note=note))
        s.flush()
        _order_tree(s, cs.id)
        summary = {c: sum(1 for m in maps if m[2] == c) for c in CHANGES}
        audit.record(s, "criteria_set.copy", "criteria_set", cs.uuid, {"from": src.uuid, "year": src.year},
                     {"year": new_year, "changes": summary})
        return {"set_id": cs.id, "name": cs.name, "year": new_year, "criteria": len(new_by_code),
                "changes": summary}


def _order_tree(s, set_id: int) -> None:
    """New criteria added last: give every row its place in tree order."""
    rows = criteria.crits_of(s, set_id)
    for n, r in enumerate(criteria.tree_rows(rows)):
        s.get(Criterion, r.id).sort_order = n
    s.flush()


def changes_since_last_year(db, set_id: int, include_unchanged: bool = False) -> list[dict]:
    """What changed from the previous year's set: one row per old→new link, in this year's order.

    Edits made after the copy count too: a criterion copied unchanged and renamed later shows as
    renamed, one deleted later as removed, one added later as new.
    """
    with db.read() as s:
        cs = s.get(CriteriaSet, set_id)
        if cs is None:
            raise NotFound("Không tìm thấy bộ tiêu chí.", en="Criteria set not found.")
        if cs.previous_set_id is None:
            return []
        new_rows = criteria.crits_of(s, set_id)
        old_rows = criteria.crits_of(s, cs.previous_set_id)
        new_by_id = {c.id: c for c in new_rows}
        old_by_id = {c.id: c for c in old_rows}
        maps = list(s.execute(select(CriterionMapping).where(
            CriterionMapping.to_id.in_(list(new_by_id)) | CriterionMapping.from_id.in_(list(old_by_id)))
            .order_by(CriterionMapping.id)).scalars())
        new_pos = {r.id: n for n, r in enumerate(criteria.tree_rows(new_rows))}
        old_pos = {r.id: n for n, r in enumerate(criteria.tree_rows(old_rows))}
        out = []

        def row(change, old: Criterion | None, new: Criterion | None):
            out.append({"change": change,
                        "old_code": old.code if old else None, "old_name": old.name if old else None,
                        "old_max": json_dec(old.max_points) if old else None,
                        "new_code": new.code if new else None, "new_name": new.name if new else None,
                        "new_max": json_dec(new.max_points) if new else None,
                        "_pos": (new_pos.get(new.id, -1) if new else -1, old_pos.get(old.id, -1) if old else -1)})

        linked_old, linked_new = set(), set()
        for m in maps:
            old, new = old_by_id.get(m.from_id), new_by_id.get(m.to_id)
            if m.from_id is not None and old is None or m.to_id is not None and new is None:
                continue  # a link to another set's criteria
            linked_old.add(m.from_id)
            linked_new.add(m.to_id)
            change = m.change
            if change == "unchanged" and old and new and (old.name != new.name or old.code != new.code):
                change = "renamed"
            if change != "unchanged" or include_unchanged:
                row(change, old, new)
        for c in old_rows:
            if c.id not in linked_old:
                row("removed", c, None)
        for c in new_rows:
            if c.id not in linked_new:
                row("new", None, c)
        out.sort(key=lambda r: r["_pos"] if r["_pos"][0] >= 0 else (10 ** 6, r["_pos"][1]))
        for r in out:
            del r["_pos"]
        return out


def remove_copied_set(db, set_id: int) -> dict:
    """Undo of copy_set_to_year: removes a set nobody has used yet (no assessment, no plan task).

    A set already scored or planned against is history: it is refused, never deleted silently.
    """
    from sqlalchemy import delete, func, or_, select
    from ..store.models import Assessment, PlanItem
    with db.session() as s:
        cs = s.get(CriteriaSet, set_id)
        if cs is None or cs.deleted:
            raise NotFound("Không tìm thấy bộ tiêu chí.", en="Criteria set not found.")
        ids = [c.id for c in criteria.crits_of(s, set_id)]
        used = s.execute(select(func.count(Assessment.id)).where(Assessment.set_id == set_id)).scalar()
        if ids:
            used += s.execute(select(func.count(PlanItem.id)).where(PlanItem.criterion_id.in_(ids))).scalar()
        if used:
            raise InputRejected(f"Bộ tiêu chí «{cs.name}» đã được dùng để chấm điểm hoặc lập kế hoạch, "
                                "không thể xóa.",
                                en=f"The criteria set «{cs.name}» has been used for scoring or planning and cannot be deleted.")
        if ids:
            s.execute(delete(CriterionMapping).where(or_(CriterionMapping.to_id.in_(ids),
                                                         CriterionMapping.from_id.in_(ids))))
            s.execute(Criterion.__table__.update().where(Criterion.id.in_(ids)).values(parent_id=None))
            s.execute(delete(Criterion).where(Criterion.id.in_(ids)))
        audit.record(s, "criteria_set.remove", "criteria_set", cs.uuid, {"year": cs.year, "name": cs.name}, None)
        s.delete(cs)
        return {"set_id": set_id, "year": cs.year, "name": cs.name}
