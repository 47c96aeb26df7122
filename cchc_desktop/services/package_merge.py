"""Step 4 and the apply part of step 5 of a package import (package.md): classify every record
as created / updated / unchanged / conflict / refused, then apply the plan inside the caller's
transaction.

Revision rules (why no last-write-wins is needed):
- every local change raises `revision`; applying a received record sets revision = base_revision
  = the received revision, so "changed here since the last exchange" is `revision > base_revision`;
- a received record whose revision is not newer than what we already took (`<= base_revision`)
  or, for records the sender does not own, not newer than ours, is stale: `unchanged`;
- changed here *and* the received copy was not derived from our current revision: `conflict`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store import models as m
from . import sync_records as sr
from .errors import IntegrityFailure
from .package_apply import BulkWriter


@dataclass
class Action:
    kind: str
    rec: dict
    local: object | None
    status: str  # created | updated | unchanged | conflict | refused
    message: str = ""


@dataclass
class MergePlan:
    actions: list[Action] = field(default_factory=list)
    evidence_meta: list[dict] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for a in self.actions if a.status == status)

    def of(self, status: str) -> list[Action]:
        return [a for a in self.actions if a.status == status]


def _chunks(items, n=500):
    items = list(items)
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _check_meta(kind: str, rec) -> None:
    ok = (isinstance(rec, dict) and isinstance(rec.get("uuid"), str) and 0 < len(rec["uuid"]) <= 36
          and all(isinstance(rec.get(k), int) and not isinstance(rec.get(k), bool)
                  for k in ("revision", "base_revision"))
          and isinstance(rec.get("deleted", False), bool)
          and (rec.get("origin") is None or isinstance(rec.get("origin"), str)))
    if not ok:
        raise IntegrityFailure(f"Gói chứa một bản ghi «{sr.BY_NAME[kind].label}» không đúng cấu trúc; "
                               "gói bị từ chối, không có gì được ghi.",
                               en=f"The package holds a «{sr.BY_NAME[kind].label}» record with a wrong structure; the package is refused, nothing was written.")


def _natural_spec(rt: sr.RecordType) -> tuple[str, ...]:
    """NATURAL columns of a type as "ref:<json key>" (a reference, compared as local id) or a field name."""
    spec = _NATURAL_SPECS.get(rt.name)
    if spec is None:
        key_of = {col: key for key, (col, _target) in rt.refs.items()}
        spec = _NATURAL_SPECS[rt.name] = tuple(f"ref:{key_of[c]}" if c in key_of else c
                                               for c in sr.NATURAL[rt.name])
    return spec


_NATURAL_SPECS: dict[str, tuple] = {}


class Merger:
    def __init__(self, s: Session, payload: dict[str, list], sender_code: str, sender_is_province: bool,
                 own_code: str | None = None):
        self.s = s
        # Installations of one unit relay what they received (the province's set, its appraisals) to each
        # other; ownership still binds every other sender.
        self.relay = sender_code == own_code
        self.payload = payload
        self.sender = sender_code
        self.sender_is_province = sender_is_province
        self.owners = sr.Owners(s, payload)
        self.uuid_maps = {t.name: sr.id_to_uuid(s, t.model) for t in sr.TYPES}
        self.id_by_uuid = {k: {u: i for i, u in v.items()} for k, v in self.uuid_maps.items()}
        self.refused: dict[str, set[str]] = {t.name: set() for t in sr.TYPES}
        self.alias: dict[str, dict[str, int]] = {t.name: {} for t in sr.TYPES}  # incoming uuid -> local id
        self.incoming = {t.name: {r.get("uuid") for r in payload.get(t.name, []) if isinstance(r, dict)}
                         for t in sr.TYPES}
        self._rows_by_id: dict[str, dict[int, object]] = {t.name: {} for t in sr.TYPES}
        self._offices: dict[int, list[dict]] = {}  # plan item id -> its offices (local rows read)
        self._converted: dict[int, dict] = {}  # id(received record) -> its field values, checked by classify
        self._encoders: dict[str, object] = {}  # record type -> sr.row_encoder for local rows

    # -------------------------------------------------------------- classify
    def classify(self) -> MergePlan:
        plan = MergePlan(evidence_meta=[e for e in self.payload.get("evidence_file", []) if isinstance(e, dict)])
        for rt in sr.TYPES:
            recs = self.payload.get(rt.name, [])
            if not recs:
                continue
            convs = sr.converters(rt)
            for rec in recs:
                _check_meta(rt.name, rec)
                self._converted[id(rec)] = self._check_values(rt, rec, convs)
            local = self._load_local(rt, [r["uuid"] for r in recs])
            natural = self._natural_index(rt, recs, local) if rt.name in sr.NATURAL else {}
            for rec in recs:
                plan.actions.append(self._classify_one(rt, rec, local.get(rec["uuid"]), natural))
        return plan

    def _check_values(self, rt: sr.RecordType, rec: dict, convs) -> dict:
        """The record's field values as columns (kept for apply), or IntegrityFailure."""
        try:
            values = {f: conv(rec.get(f)) for f, conv in convs}
            for key in rt.refs:
                if rec.get(key) is not None and not isinstance(rec.get(key), str):
                    raise sr.BadRecord(key)
        except sr.BadRecord as exc:
            raise IntegrityFailure(f"Gói chứa giá trị không hợp lệ ({sr.describe(rt.name, rec)}); "
                                   "gói bị từ chối, không có gì được ghi.",
                                   en=f"The package holds an invalid value ({sr.describe(rt.name, rec)}); the package is refused, nothing was written.") from exc
        return values

    def _rows(self, rt: sr.RecordType, column, values) -> list:
        """Local rows as plain column tuples (no ORM objects: an import reads tens of thousands)."""
        table = rt.model.__table__
        out = []
        for chunk in _chunks(values):
            out += self.s.execute(select(table).where(table.c[column].in_(chunk))).all()
        self._rows_by_id[rt.name].update((r.id, r) for r in out)
        if rt.name == "plan_item" and out:
            self._load_offices([r.id for r in out])
        return out

    def _load_local(self, rt: sr.RecordType, uuids: list[str]) -> dict[str, object]:
        return {r.uuid: r for r in self._rows(rt, "uuid", uuids)}

    def _load_offices(self, item_ids: list[int]) -> None:
        t = m.PlanItemOffice.__table__
        for item_id in item_ids:
            self._offices[item_id] = []
        for chunk in _chunks(item_ids):
            for o in self.s.execute(select(t.c.item_id, t.c.office_id, t.c.role, t.c.sort_order)
                                    .where(t.c.item_id.in_(chunk)).order_by(t.c.sort_order, t.c.id)):
                self._offices[o.item_id].append({"office": self.uuid_maps["office"].get(o.office_id),
                                                 "role": o.role, "sort_order": o.sort_order})

    def _natural_index(self, rt: sr.RecordType, recs: list, local: dict) -> dict[tuple, int]:
        table = rt.model.__table__
        cols = [table.c[c] for c in sr.NATURAL[rt.name]]
        index = {tuple(r[1:]): r[0] for r in self.s.execute(select(table.c.id, *cols)).all()}
        if not index:
            return index
        # Rows that will be matched under another UUID, read in one go rather than one at a time.
        wanted = {index.get(self._natural_key(rt, rec)) for rec in recs if rec["uuid"] not in local} - {None}
        if wanted:
            self._rows(rt, "id", sorted(wanted - self._rows_by_id[rt.name].keys()))
        return index

    def _ids(self, rt: sr.RecordType, rec: dict) -> dict:
        """Local ids of a new record's references (raises KeyError naming an unusable one)."""
        return {key: self.resolve(rt, key, rec.get(key)) for key in rt.refs}

    def _natural_key(self, rt: sr.RecordType, rec: dict, ids: dict | None = None) -> tuple | None:
        if ids is None:
            try:
                ids = self._ids(rt, rec)
            except KeyError:
                return None
        return tuple(ids[c[4:]] if c.startswith("ref:") else rec.get(c) for c in _natural_spec(rt))

    def resolve(self, rt: sr.RecordType, key: str, ref_uuid):
        """Local id of a referenced record, or None; raises KeyError when it is unusable."""
        if ref_uuid is None:
            return None
        target = rt.ref_type(key)
        if ref_uuid in self.refused[target]:
            raise KeyError(key)
        if ref_uuid in self.alias[target]:
            return self.alias[target][ref_uuid]
        if ref_uuid in self.id_by_uuid[target]:
            return self.id_by_uuid[target][ref_uuid]
        if ref_uuid in self.incoming[target]:
            return ref_uuid  # created by this package: resolved to an id while applying
        raise KeyError(key)

    def _refuse(self, rt, rec, message) -> Action:
        self.refused[rt.name].add(rec["uuid"])
        return Action(rt.name, rec, None, "refused", message)

    def _row(self, rt: sr.RecordType, row_id: int):
        row = self._rows_by_id[rt.name].get(row_id)
        if row is None:
            found = self._rows(rt, "id", [row_id])
            row = found[0] if found else None
        return row

    def _classify_one(self, rt: sr.RecordType, rec: dict, local, natural: dict) -> Action:
        owner = self.owners.owner(rt.name, rec)
        owns = self.relay or sr.sender_owns(owner, self.sender, self.sender_is_province)
        if rt.name == "assessment" and self.sender_is_province:
            owns = True  # the province opens and moves assessments too (appraised, published)
        if local is None:
            try:
                ids = self._ids(rt, rec)
            except KeyError as exc:
                if exc.args[0] in sr.REQUIRED_REFS.get(rt.name, ()):
                    return self._refuse(rt, rec, f"Bỏ qua {sr.describe(rt.name, rec)}: thiếu bản ghi liên quan "
                                                 "trong gói.")
                ids = {key: None for key in rt.refs}
            if natural:
                found = natural.get(self._natural_key(rt, rec, ids))
                if found is not None:
                    # Same record made under another UUID on each side: treat it as one record.
                    self.alias[rt.name][rec["uuid"]] = found
                    local = self._row(rt, found)
            if local is None:
                if rec.get("deleted"):
                    return Action(rt.name, rec, None, "unchanged")
                if not owns and rt.name != "unit":
                    return self._refuse(rt, rec, f"Gói từ {self.sender} tạo {sr.describe(rt.name, rec)} mà đơn "
                                                 f"vị này không có quyền tạo (thuộc {self._owner_name(owner)}); "
                                                 "đã bỏ qua.")
                return Action(rt.name, rec, None, "created")
        if rt.name == "unit":
            # The unit directory is context every package carries: only the province changes it, and
            # only with a newer revision; a differing copy is never a conflict nor worth a refusal.
            newer = self.sender_is_province and rec["revision"] > local.revision
            if newer and sr.content(self.local_json(rt, local)) != sr.content(self._comparable(rt, rec)):
                return Action(rt.name, rec, local, "updated")
            return Action(rt.name, rec, local, "unchanged")
        mine = self.local_json(rt, local)
        if sr.content(mine) == sr.content(self._comparable(rt, rec)):
            return Action(rt.name, rec, local, "unchanged")
        if rec["revision"] <= local.base_revision or (not owns and rec["revision"] <= local.revision):
            return Action(rt.name, rec, local, "unchanged")  # stale copy of something we already have
        if not owns:
            return self._refuse(rt, rec, f"Gói từ {self.sender} sửa {sr.describe(rt.name, rec)} thuộc quyền "
                                         f"của {self._owner_name(owner)}; phần này bị từ chối.")
        if local.revision > local.base_revision and rec["base_revision"] < local.revision:
            return Action(rt.name, rec, local, "conflict")
        return Action(rt.name, rec, local, "updated")

    def _owner_name(self, owner) -> str:
        return "tỉnh" if owner == sr.PROVINCE else (owner or "đơn vị khác")

    def _comparable(self, rt, rec) -> dict:
        """The incoming record with references spelled as *our* UUIDs (aliases resolved)."""
        out = dict(rec)
        for key in rt.refs:
            target = rt.ref_type(key)
            ref = rec.get(key)
            if ref in self.alias[target]:
                out[key] = self.uuid_maps[target].get(self.alias[target][ref])
        checked = self._converted.get(id(rec))
        if checked is None:
            for f, conv in sr.converters(rt):
                out[f] = sr._out(conv(rec.get(f)))
        else:
            out.update(checked)
            for f in sr.converted_fields(rt):
                out[f] = sr._out(checked[f])
        out.setdefault("deleted", False)
        if rt.name == "plan_item":
            out["offices"] = [dict(o, office=self.uuid_maps["office"].get(self.alias["office"].get(o.get("office")),
                                                                          o.get("office")))
                              for o in (rec.get("offices") or []) if isinstance(o, dict)]
        return out

    def local_json(self, rt, row) -> dict:
        """A local record (a row read by classify, or an ORM object) as package JSON."""
        if hasattr(row, "_fields"):  # a row of select(table)
            offices = None
            if rt.name == "plan_item":
                if row.id not in self._offices:
                    self._load_offices([row.id])
                offices = self._offices[row.id]
            encode = self._encoders.get(rt.name)
            if encode is None:
                encode = self._encoders[rt.name] = sr.row_encoder(rt, row._fields, self.uuid_maps)
            return encode(row, offices)
        offices = None
        if rt.name == "plan_item":
            offices = [{"office": self.uuid_maps["office"].get(o.office_id), "role": o.role,
                        "sort_order": o.sort_order} for o in row.offices]
        return sr.to_json(rt, row, self.uuid_maps, offices)

    # -------------------------------------------------------------- apply
    def apply(self, plan: MergePlan, on_conflict: str | None) -> None:
        """Write the plan: per record type, parents first, one INSERT and one UPDATE statement each
        (executemany), so a province's year is written in seconds rather than record by record."""
        self.s.flush()  # the caller's pending ORM changes go first
        writer = BulkWriter(self.s)
        writer.evidence_files(plan.evidence_meta)
        by_kind: dict[str, list[Action]] = {}
        for a in plan.actions:
            by_kind.setdefault(a.kind, []).append(a)
        for rt in sr.TYPES:
            acts = by_kind.get(rt.name, [])
            created = [a for a in acts if a.status == "created"]
            taken = [a for a in acts if a.status == "updated"
                     or (a.status == "conflict" and on_conflict == "take-theirs")]
            kept = [a for a in acts if a.status == "conflict" and on_conflict == "keep-mine"]
            if created:
                new_ids = writer.insert(rt, [{"uuid": a.rec["uuid"], **self._values(rt, a.rec, None, self_refs=False)}
                                              for a in created])
                for uuid, row_id in new_ids.items():
                    self.id_by_uuid[rt.name][uuid] = row_id
                    self.uuid_maps[rt.name][row_id] = uuid
                # references to records of the same type (parent criterion…), now that all have ids
                for key, (col, target) in rt.refs.items():
                    if target == rt.name:
                        writer.set_column(rt, col, [(new_ids[a.rec["uuid"]], self._ref_id(rt, key, a.rec[key]))
                                                    for a in created if a.rec.get(key) is not None])
            if taken:
                writer.update(rt, [(a.local, self._values(rt, a.rec, a.local, self_refs=True)) for a in taken])
            if kept:
                # Ours now builds on theirs: the other side will take ours without a new conflict.
                writer.update(rt, [(a.local, {"base_revision": a.rec["revision"],
                                              "revision": max(a.local.revision, a.rec["revision"]) + 1})
                                   for a in kept])
            if rt.name == "plan_item" and (created or taken):
                writer.replace_offices([(self.id_by_uuid["plan_item"][a.rec["uuid"]] if a.local is None
                                         else a.local.id, self._offices_of(a.rec)) for a in created + taken])
        self.s.expire_all()  # ORM objects the caller holds are re-read with what was written

    def _ref_id(self, rt, key, ref_uuid):
        try:
            value = self.resolve(rt, key, ref_uuid)
        except KeyError:
            return None
        if isinstance(value, str):
            return self.id_by_uuid[rt.ref_type(key)].get(value)
        return value

    def _values(self, rt: sr.RecordType, rec: dict, local, self_refs: bool) -> dict:
        """Column values of a received record (the apply half of classify's checks)."""
        checked = self._converted.get(id(rec))
        values = dict(checked) if checked is not None else {f: conv(rec.get(f)) for f, conv in sr.converters(rt)}
        for key, (col, target) in rt.refs.items():
            values[col] = (self._ref_id(rt, key, rec.get(key)) if self_refs or target != rt.name else None)
        owner = self.owners.owner(rt.name, rec)
        values["origin"] = (owner if owner not in (None, sr.PROVINCE)
                            else (rec.get("origin") or (local.origin if local is not None else None)))
        values["revision"] = values["base_revision"] = rec["revision"]
        values["deleted"] = bool(rec.get("deleted", False))
        return values

    def _offices_of(self, rec: dict) -> list[tuple[int, str, int]]:
        out = []
        for n, o in enumerate(x for x in (rec.get("offices") or []) if isinstance(x, dict)):
            oid = self.alias["office"].get(o.get("office")) or self.id_by_uuid["office"].get(o.get("office"))
            if oid is not None and o.get("role") in ("lead", "partner"):
                out.append((oid, o["role"], n))
        return out
