"""The scores a workbook wants against those stored, one unit at a time: which rows are new, which
changed (with their old values for undo) and which stay. Used by score_apply inside the import's
transaction; nothing here reads or writes the database."""
from __future__ import annotations

from decimal import Decimal

from ..domain.numbers import json_dec, q3


def _wanted_layers(sc, kind: str, q3=q3) -> list[tuple[str, Decimal, bool]]:
    """(layer, value, carries the reason). Empty cells are no score: they change nothing."""
    if kind == "survey":
        return [] if sc.survey is None else [("survey", q3(sc.survey), True)]
    out = []
    if sc.self_score is not None:
        out.append(("self", q3(sc.self_score), False))
    if sc.appraised is not None:
        out.append(("appraised", q3(sc.appraised), True))
    return out


class Q3Memo(dict):
    """q3 once per distinct value: a workbook repeats a few scores thousands of times, and equal
    Decimals (1, 1.0, 1.000) quantize to the same result, so sharing it by value is exact."""

    def __missing__(self, value):
        out = self[value] = q3(value)
        return out


class WantedLayers(dict):
    """id(score cell) -> (the cell, criterion id, its layers as (layer, value, carries the reason,
    reason)), worked out once per cell: the reader hands equal rows of different units the same
    cell, so a 200-unit workbook has a few hundred distinct cells for its 8 000 scores."""

    def __init__(self, crits: dict, q3_of):
        super().__init__()
        self.crits, self.q3_of = crits, q3_of

    def of(self, sc) -> tuple:
        hit = self.get(id(sc))
        if hit is not None and hit[0] is sc:
            return hit
        crit = self.crits.get(sc.code)
        if crit is None:
            out = (sc, None, ())
        else:
            crit_id, kind = crit
            reason = (sc.reason or None) if sc.reason_cell else None
            with_reason = bool(sc.reason_cell)
            if kind == "survey":
                layers = () if sc.survey is None else (("survey", self.q3_of(sc.survey), with_reason, reason),)
            elif sc.self_score is None:
                layers = () if sc.appraised is None else \
                    (("appraised", self.q3_of(sc.appraised), with_reason, reason),)
            elif sc.appraised is None:
                layers = (("self", self.q3_of(sc.self_score), False, None),)
            else:
                layers = (("self", self.q3_of(sc.self_score), False, None),
                          ("appraised", self.q3_of(sc.appraised), with_reason, reason))
            out = (sc, crit_id, layers)
        self[id(sc)] = out
        return out


def all_new(scores, aid: int, unit_code: str, wanted: WantedLayers, inserts: list, counts: dict) -> bool:
    """`compare` for an assessment without any score yet (same rows, same counts): True when a
    province layer (appraised, survey) is among them."""
    appraised_changed = False
    created = 0
    for sc in scores:
        _, crit_id, layers = wanted.of(sc)
        if not layers:
            continue
        for layer, value, _with_reason, reason in layers:
            inserts.append((aid, crit_id, layer, value, reason, "province" if layer != "self" else unit_code))
            if layer != "self":
                appraised_changed = True
        created += 1
    counts["created"] += created
    return appraised_changed


def compare(scores, aid: int, unit_code: str, wanted: WantedLayers, existing: dict, inserts: list,
             updates: list, undo_updated: list, counts: dict) -> bool:
    """Wanted layers of one unit against its stored scores: new rows to `inserts`, changed ones to
    `updates` (their old values to `undo_updated`); True when a province layer changed."""
    appraised_changed = False
    for sc in scores:
        _, crit_id, layers = wanted.of(sc)
        if not layers:
            continue
        changed = False
        for layer, value, with_reason, reason in layers:
            old = existing.get((aid, crit_id, layer))
            if old is None:
                inserts.append((aid, crit_id, layer, value, reason,
                                "province" if layer != "self" else unit_code))
                changed = True
            else:
                old_id, old_value, old_reason, old_revision, old_by = old
                new_reason = reason if with_reason else old_reason
                if old_value is not None and old_value == value and (old_reason or None) == new_reason:
                    continue
                undo_updated.append({"id": old_id, "value": json_dec(old_value), "reason": old_reason,
                                     "revision": old_revision, "updated_by": old_by})
                updates.append((old_id, value, new_reason, old_revision))
                changed = True
            appraised_changed |= changed and layer != "self"
        if not changed:
            counts["unchanged"] += 1
        else:
            had_any = (aid, crit_id, "self") in existing or (aid, crit_id, "appraised") in existing \
                or (aid, crit_id, "survey") in existing
            counts["updated" if had_any else "created"] += 1
    return appraised_changed
