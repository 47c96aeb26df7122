"""Criteria sets: finding the set of a year and level, and the tree as plain rows."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.numbers import json_dec
from ..domain.scoring import Crit
from ..domain.text import fold
from ..store.models import Criterion, CriteriaSet
from . import units
from .errors import InputRejected, NotFound


@dataclass(frozen=True)
class CriterionRow:
    id: int
    code: str
    name: str
    parent_id: int | None
    depth: int
    max_points: Decimal
    kind: str
    is_leaf: bool
    guidance: str
    evidence_required: str


def sets_of_year(s: Session, year: int, level: str | None = None) -> list[CriteriaSet]:
    q = select(CriteriaSet).where(CriteriaSet.year == year, CriteriaSet.deleted.is_(False))
    if level:
        q = q.where(CriteriaSet.level == level)
    return list(s.execute(q.order_by(CriteriaSet.level, CriteriaSet.id)).scalars())


def find_set(s: Session, year: int, level: str | None = None, name: str | None = None) -> CriteriaSet:
    """The set of a year (and level or name). Without level: the only set, else the own unit's level."""
    found = sets_of_year(s, year, level)
    if name:
        found = [cs for cs in found if fold(name) in fold(cs.name)]
    if not found:
        what = f" cấp «{level}»" if level else ""
        raise NotFound(f"Chưa có bộ tiêu chí năm {year}{what} trong cơ sở dữ liệu.",
                       en=f"There is no criteria set for {year}" + (f" at level «{level}»" if level else "") + " in the database.")
    if len(found) > 1:
        own = units.own_unit(s)
        mine = [cs for cs in found if own and cs.level == own.level]
        if len(mine) == 1:
            return mine[0]
        listed = "; ".join(f"{cs.name} (cấp {cs.level})" for cs in found)
        raise InputRejected(f"Năm {year} có nhiều bộ tiêu chí: {listed}. Hãy chọn cấp bằng --level.",
                            en=f"{year} has several criteria sets: {listed}. Choose the level with --level.")
    return found[0]


def crits_of(s: Session, set_id: int) -> list[Criterion]:
    return list(s.execute(select(Criterion).where(Criterion.set_id == set_id, Criterion.deleted.is_(False))
                          .order_by(Criterion.sort_order)).scalars())


def as_domain(rows: list[Criterion]) -> list[Crit]:
    return [Crit(c.id, c.code, c.name, c.parent_id, c.max_points, c.kind, c.sort_order) for c in rows]


def tree_rows(rows: list[Criterion]) -> list[CriterionRow]:
    """Criteria in display order with depth, each parent before its children."""
    children: dict[int | None, list[Criterion]] = {}
    for c in rows:
        children.setdefault(c.parent_id, []).append(c)
    out: list[CriterionRow] = []

    def walk(parent_id, depth):
        for c in children.get(parent_id, []):
            out.append(CriterionRow(c.id, c.code, c.name, c.parent_id, depth, c.max_points, c.kind,
                                    not children.get(c.id), c.guidance or "", c.evidence_required or ""))
            walk(c.id, depth + 1)

    walk(None, 0)
    return out


def max_total(rows: list[Criterion]) -> Decimal:
    parents = {c.parent_id for c in rows}
    return sum((c.max_points for c in rows if c.id not in parents and c.kind in ("scored", "survey")),
               Decimal(0))


def show(db, year: int, level: str | None = None) -> dict:
    """`criteria show`: the tree with maxima as nested JSON."""
    with db.read() as s:
        cs = find_set(s, year, level)
        rows = crits_of(s, cs.id)
        children: dict[int | None, list[Criterion]] = {}
        for c in rows:
            children.setdefault(c.parent_id, []).append(c)

        def node(c: Criterion) -> dict:
            return {"code": c.code, "name": c.name, "max_points": json_dec(c.max_points), "kind": c.kind,
                    "children": [node(ch) for ch in children.get(c.id, [])]}

        return {"year": cs.year, "name": cs.name, "level": cs.level,
                "decision": cs.decision_number, "max_total": json_dec(max_total(rows)),
                "criteria": [node(c) for c in children.get(None, [])]}


def list_sets(db) -> list[dict]:
    with db.read() as s:
        sets = s.execute(select(CriteriaSet).where(CriteriaSet.deleted.is_(False))
                         .order_by(CriteriaSet.year.desc(), CriteriaSet.level)).scalars().all()
        return [{"id": cs.id, "year": cs.year, "level": cs.level, "name": cs.name,
                 "decision": cs.decision_number} for cs in sets]
