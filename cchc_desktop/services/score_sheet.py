"""The `scores show` document (spec/cli.md) built from plain rows.

One implementation for both ways in: `scores.show` runs these queries through its SQLAlchemy
session, and `cchc scores show` through the stdlib sqlite3 (store.quick_read) so that the command
does not pay for importing SQLAlchemy and configuring the mappers — most of its time before.
Hence no SQLAlchemy import here, and SQL that SQLite and PostgreSQL both accept.

Per set: one query for the criteria (the tree is built once, domain.set_totals.SetTree), one for
its assessments, one for all its scores; one query for the published totals of the year.
"""
from __future__ import annotations

import functools
from decimal import Decimal
from typing import Callable, Sequence

from ..domain.numbers import json_dec
from ..domain.set_totals import ZERO, SetTree, classify, index_percent, rank_with_ties
from .errors import NotFound

# fetch(sql, params) -> rows as tuples; params are named (:name), both sqlite3 and SQLAlchemy text() take them
Fetch = Callable[[str, dict], Sequence[tuple]]


def points(value) -> Decimal | None:
    """A stored point value as Decimal with 3 places — what SQLAlchemy's Numeric(9, 3) gives the ORM
    (SQLite hands back float or int; PostgreSQL a Decimal already)."""
    if value is None or isinstance(value, Decimal):
        return value
    return _float_points(value)


# A province year has ~26 000 scores and ~19 000 figures to print, but only hundreds of distinct values.
@functools.lru_cache(maxsize=16384)
def _float_points(value) -> Decimal:
    return Decimal("%.3f" % value)


class _JsonPoints(dict):
    """str(Decimal) -> json_dec of that Decimal ("None" -> None), remembered. Keyed by the text:
    most figures of a unit are new Decimal objects (sums, losses), and hashing a Decimal costs
    several times more than writing it out and hashing the text (~15 000 of them for a province).
    The text keeps the value and its exponent, so Decimal(text) gives json_dec the same number."""

    def __missing__(self, text: str) -> str | None:
        if len(self) > 16384:
            self.clear()
            self["None"] = None
        out = self[text] = json_dec(Decimal(text))
        return out


_JSON_POINTS = _JsonPoints({"None": None})


def sets_of_year(fetch: Fetch, year: int, level: str | None) -> list[tuple[int, str, str]]:
    """(id, name, level) like criteria.sets_of_year: live sets of the year, by level then id."""
    sql = "SELECT id, name, level FROM criteria_set WHERE year = :year AND deleted = :no"
    params = {"year": year, "no": False}
    if level:
        sql += " AND level = :level"
        params["level"] = level
    return [tuple(r) for r in fetch(sql + " ORDER BY level, id", params)]


class Criterion:
    """A criterion as set_totals reads it (the fields of domain.scoring.Crit, without dataclasses)."""
    __slots__ = ("id", "code", "name", "parent_id", "max_points", "kind", "sort_order")

    def __init__(self, id, code, name, parent_id, max_points, kind, sort_order):  # noqa: A002 - the column
        self.id, self.code, self.name, self.parent_id = id, code, name, parent_id
        self.max_points, self.kind, self.sort_order = max_points, kind, sort_order


def crits_of(fetch: Fetch, set_id: int) -> list[Criterion]:
    rows = fetch("SELECT id, code, name, parent_id, max_points, kind, sort_order FROM criterion "
                 "WHERE set_id = :set AND deleted = :no ORDER BY sort_order", {"set": set_id, "no": False})
    return [Criterion(i, code, name, parent, points(mx), kind, order)
            for i, code, name, parent, mx, kind, order in rows]


class _Points(dict):
    """stored number -> points(number), converted once per distinct value (~26 000 scores of a
    province set, a few dozen distinct values); None stays None."""

    def __missing__(self, value):
        out = self[value] = points(value)
        return out


def _scores_of_set(fetch: Fetch, set_id: int, by_assessment: dict[int, dict]) -> None:
    """Fills layers and reasons like scores.load_set_scores: an appraisal or survey reason wins over
    the unit's own (self) reason. The layer comes as a small number (0 self, 1 appraised, 2 survey,
    3 any other: its reason counts, its points are never read) so that each row finds its dict by
    index instead of creating a text per row and looking it up."""
    rows = fetch("SELECT score.assessment_id, score.criterion_id, CASE score.layer WHEN 'self' THEN 0 "
                 "WHEN 'appraised' THEN 1 WHEN 'survey' THEN 2 ELSE 3 END, score.value, score.reason "
                 "FROM score JOIN assessment ON assessment.id = score.assessment_id "
                 "WHERE score.deleted = :no AND assessment.set_id = :set", {"set": set_id, "no": False})
    targets = {}
    for aid, e in by_assessment.items():
        layers = e["layers"]
        targets[aid] = (layers.setdefault("self", {}), layers.setdefault("appraised", {}),
                        layers.setdefault("survey", {}), {}, e["reasons"])
    value_of = _Points({None: None})
    for aid, cid, layer, value, reason in rows:
        target = targets.get(aid)
        if target is None:
            continue
        target[layer][cid] = value_of[value]
        if reason:
            reasons = target[4]
            if layer or cid not in reasons:
                reasons[cid] = reason


def set_results(fetch: Fetch, set_id: int, crits: list[Criterion]) -> list[dict]:
    """Every live assessment of the set with its totals and rank, best first (ties share a rank,
    then by name), as scores.results_of_set orders them."""
    rows = fetch("SELECT assessment.id, assessment.state, unit.id, unit.code, unit.name, unit.level "
                 "FROM assessment JOIN unit ON unit.id = assessment.unit_id "
                 "WHERE assessment.set_id = :set AND assessment.deleted = :no ORDER BY assessment.id",
                 {"set": set_id, "no": False})
    by_id = {aid: {"state": state, "unit_id": uid, "code": code, "name": name, "level": level,
                   "layers": {"self": {}, "appraised": {}, "survey": {}}, "reasons": {}}
             for aid, state, uid, code, name, level in rows}
    if not by_id:
        return []
    _scores_of_set(fetch, set_id, by_id)
    tree = SetTree(crits)
    for e in by_id.values():
        L = e["layers"]
        self_sums, result_sums = tree.bucket_sums(L["self"], L["appraised"], L["survey"])
        e["self_total"], e["appraised_total"], e["deductions"], e["fields"] = \
            tree.unit(self_sums, result_sums, L["appraised"], L["survey"], e["reasons"])
        e["max_total"] = tree.max_total
    ranks = rank_with_ties({aid: e["appraised_total"] for aid, e in by_id.items()})
    ranked = sum(1 for r in ranks.values() if r is not None)
    for aid, e in by_id.items():
        e["rank"], e["rank_of"] = ranks[aid], ranked
    out = list(by_id.values())
    out.sort(key=lambda e: (e["rank"] is None, e["rank"] or 0, e["name"]))
    return out


def published_totals(fetch: Fetch, year: int) -> dict[int, tuple]:
    """unit id -> (points, rank) of the year's published total (the first one recorded, as
    scores.published_total finds it), for all units in one query."""
    out: dict[int, tuple] = {}
    for unit_id, pts, rank in fetch("SELECT unit_id, points, rank FROM published_result "
                                    "WHERE year = :year AND code IS NULL ORDER BY id", {"year": year}):
        out.setdefault(unit_id, (points(pts), rank))
    return out


def unit_json(e: dict, set_name: str, published: tuple | None) -> dict:
    j = _JSON_POINTS   # j[str(x)]: json_dec(x), for Decimals and None (see _JsonPoints)
    index = index_percent(e["appraised_total"], e["max_total"])
    return {
        "code": e["code"], "name": e["name"], "level": e["level"],
        "criteria_set": set_name, "state": e["state"],
        "self_total": j[str(e["self_total"])], "appraised_total": j[str(e["appraised_total"])],
        "max_total": j[str(e["max_total"])], "index": j[str(index)],
        "band": classify(index), "rank": e["rank"], "rank_of": e["rank_of"],
        "lost_total": j[str(sum([d[2] for d in e["deductions"]], ZERO))],
        "published_total": j[str(published[0])] if published else None,
        "published_rank": published[1] if published else None,
        "fields": [{"code": top.code, "name": top.name, "max": j[str(f_max)], "self": j[str(f_self)],
                    "appraised": j[str(f_app)], "lost": j[str(f_lost)]}
                   for top, f_max, f_self, f_app, f_lost in e["fields"]],
        "deductions": [{"code": c.code, "name": c.name, "max": j[str(c.max_points)], "score": j[str(score)],
                        "lost": j[str(lost)], "reason": reason} for c, score, lost, reason in e["deductions"]],
    }


def show(fetch: Fetch, year: int, level: str | None = None,
         find_unit: Callable[[], tuple[int, str]] | None = None) -> dict:
    """`scores show`: totals, ranks and deductions of every assessed unit of a year.
    find_unit() -> (unit id, name) of the one unit asked for (`--unit`), resolved after the year's
    sets are known so a missing year is reported first."""
    sets = sets_of_year(fetch, year, level)
    if not sets:
        raise NotFound(f"Chưa có bộ tiêu chí năm {year}" + (f" cấp «{level}»" if level else "") + ".",
                       en=f"There is no criteria set for {year}" + (f" at level «{level}»" if level else "") + ".")
    only = find_unit() if find_unit else None
    published = published_totals(fetch, year)
    entries, main_set, main_max = [], None, None
    for set_id, set_name, set_level in sets:
        crits = crits_of(fetch, set_id)
        for e in set_results(fetch, set_id, crits):
            if only is None or e["unit_id"] == only[0]:
                entries.append(unit_json(e, set_name, published.get(e["unit_id"])))
                if main_set is None:
                    main_set, main_max = (set_id, set_name, set_level), e["max_total"]
    if only is not None and not entries:
        raise NotFound(f"Đơn vị «{only[1]}» chưa có điểm năm {year}.",
                       en=f"The unit «{only[1]}» has no scores for {year}.")
    if main_set is None:
        main_set = sets[0]
        main_max = SetTree(crits_of(fetch, main_set[0])).max_total
    return {"year": year, "criteria_set": {"name": main_set[1], "level": main_set[2], "max_total": json_dec(main_max)},
            "units": entries}
