"""The conflict inbox, one conflict at a time (package.md step 4: never last-write-wins).

An import that meets records changed on both sides stores them in `conflict` and applies
nothing else. Each conflict is then decided here, in its own transaction with an audit entry:

- keep-mine: the local record stays and must win the next exchange. Following package_merge's
  revision rules, its base becomes *their* revision (ours now builds on theirs) and its revision
  goes above both, so the other side takes it as an `updated` record, and re-importing their
  package finds their copy stale (`revision <= base_revision`): no new conflict on either side.
- take-theirs: their copy is applied through package_merge.Merger (classify, then apply with
  take-theirs), so ownership is checked exactly as on import; revision = base = theirs.
- edit: the officer's values (validated like a normal edit) on top of the local record, then the
  same bookkeeping as keep-mine, so the edited record is sent next time and accepted there.
  A record this unit does not own (an appraised score at a district) is kept but not sent: it
  counts as received at their revision, so the owner's next revision replaces it.
- postpone: stays open; an audit entry records when (shown as "để sau từ dd/mm/yyyy").

When a package has no open conflict left, importing it again applies the rest of it (the decided
records now classify as unchanged). Every decision returns an `undo` snapshot for undo_resolution.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Integer, Numeric, func, select
from sqlalchemy.orm import Session

from ..domain.numbers import parse_points, q3
from ..domain.text import fold
from ..store import models as m
from . import audit, sync_records as sr, units
from . import conflict_view as cv
from .errors import InputRejected, NotFound, UsageError

CHOICES = ("keep-mine", "take-theirs", "edit", "postpone")
STATES = ("open", "kept", "taken", "edited", "all")
_NEW_STATE = {"keep-mine": "kept", "take-theirs": "taken", "edit": "edited", "postpone": "open"}


# ------------------------------------------------------------------ reading
def _local_json(s: Session, rt: sr.RecordType, row) -> dict:
    maps: dict[str, dict[int, str]] = {t.name: {} for t in sr.TYPES}
    for key, (col, target) in rt.refs.items():
        ref_id = getattr(row, col)
        if ref_id is not None:
            ref = s.get(sr.BY_NAME[target].model, ref_id)
            maps[target][ref_id] = ref.uuid if ref is not None else None
    offices = None
    if rt.name == "plan_item":
        offices = [{"office": s.get(m.Office, o.office_id).uuid, "role": o.role, "sort_order": o.sort_order}
                   for o in row.offices]
    return sr.to_json(rt, row, maps, offices)


def _load(s: Session, conflict_id) -> tuple[m.Conflict, sr.RecordType, object]:
    c = s.get(m.Conflict, conflict_id) if str(conflict_id).isdigit() else None
    if c is None:
        raise NotFound(f"Không có xung đột số {conflict_id}. Xem danh sách bằng «cchc package conflicts».",
                       en=f"There is no conflict number {conflict_id}. List them with «cchc package conflicts».")
    rt = sr.BY_NAME.get(c.record_type)
    row = s.execute(select(rt.model).where(rt.model.uuid == c.record_uuid)).scalar() if rt else None
    if row is None:
        raise InputRejected(f"Bản ghi của xung đột số {c.id} không còn trên máy này; không thể xử lý.",
                            en=f"The record of conflict {c.id} is no longer on this computer; it cannot be resolved.")
    return c, rt, row


def _postponed(s: Session) -> dict[str, datetime]:
    q = (select(m.AuditEntry.entity_key, func.max(m.AuditEntry.at))
         .where(m.AuditEntry.action == "conflict.postpone", m.AuditEntry.entity == "conflict")
         .group_by(m.AuditEntry.entity_key))
    return {k: at for k, at in s.execute(q).all()}


def _theirs(c: m.Conflict) -> dict:
    return {k: v for k, v in (c.theirs or {}).items() if k not in cv.META_KEYS}


def _entry(s: Session, c: m.Conflict, rt: sr.RecordType, row, postponed: dict) -> dict:
    mine = sr.content(_local_json(s, rt, row)) if row is not None else (c.mine or {})
    theirs = _theirs(c)
    names = cv.ref_names(s, rt, [mine, theirs])
    fields = [{"field": f, "label": cv.field_label(f), "mine": mine.get(f), "theirs": theirs.get(f),
               "mine_text": cv.format_value(rt, f, mine.get(f), names),
               "theirs_text": cv.format_value(rt, f, theirs.get(f), names),
               "editable": f in rt.fields}
              for f in cv.differing_fields(rt, mine, theirs)]
    when = postponed.get(str(c.id))
    return {"id": c.id, "package_id": c.package_id, "type": c.record_type, "type_label": rt.label,
            "uuid": c.record_uuid, "state": c.state, "state_label": cv.STATE_NAMES.get(c.state, c.state),
            **cv.describe(s, rt.name, {**theirs, **mine, "uuid": c.record_uuid}), "fields": fields,
            "created_at": c.created_at.isoformat() if c.created_at else None,
            "postponed_at": when.isoformat() if when else None,
            "postponed_note": f"để sau từ {when.strftime('%d/%m/%Y')}" if when and c.state == "open" else None,
            "their_revision_known": isinstance((c.theirs or {}).get("revision"), int)}


def list_conflicts(db, state: str = "open") -> list[dict]:
    """Conflicts with a readable description and only the fields that differ, both values formatted."""
    if state not in STATES:
        raise UsageError("Trạng thái xung đột chỉ nhận: " + ", ".join(STATES) + ".",
                         en="The conflict state takes only: " + ", ".join(STATES) + ".")
    with db.read() as s:
        q = select(m.Conflict).order_by(m.Conflict.id)
        if state != "all":
            q = q.where(m.Conflict.state == state)
        postponed = _postponed(s)
        out = []
        for c in s.execute(q).scalars():
            rt = sr.BY_NAME.get(c.record_type)
            if rt is None:
                continue
            row = s.execute(select(rt.model).where(rt.model.uuid == c.record_uuid)).scalar()
            out.append(_entry(s, c, rt, row, postponed))
        return out


# ------------------------------------------------------------------ deciding
def _snapshot(rt: sr.RecordType, row) -> dict:
    return {"fields": {f: sr._out(getattr(row, f)) for f in rt.fields},
            "refs": {col: getattr(row, col) for col, _t in rt.refs.values()},
            "revision": row.revision, "base_revision": row.base_revision, "deleted": row.deleted}


def _their_record(c: m.Conflict, row) -> dict:
    """Their copy as a package record. Their revision is kept when the import stored it (see
    remember_revisions); otherwise the smallest revision that was still news to us (base + 1)."""
    raw = c.theirs or {}
    rev = raw.get("revision")
    rev = rev if isinstance(rev, int) and not isinstance(rev, bool) else row.base_revision + 1
    base = raw.get("base_revision")
    base = base if isinstance(base, int) and not isinstance(base, bool) else row.base_revision
    return {**_theirs(c), "uuid": c.record_uuid, "origin": raw.get("origin") or row.origin,
            "revision": rev, "base_revision": base, "deleted": bool(raw.get("deleted", False))}


def _ownership(s: Session) -> tuple[m.Unit, bool]:
    own = units.own_unit(s)
    if own is None:
        raise InputRejected("Máy này chưa thiết lập đơn vị. Hãy chạy «cchc init» trước.",
                            en="This computer has no unit set up yet. Run «cchc init» first.")
    return own, sr.is_province_authority(own)


def _owns(s: Session, rt: sr.RecordType, rec: dict) -> tuple[bool, str | None, m.Unit]:
    own, is_prov = _ownership(s)
    owner = sr.Owners(s, {}).owner(rt.name, rec)
    return sr.sender_owns(owner, own.code, is_prov) or (rt.name == "assessment" and is_prov), owner, own


def _check_owner(s: Session, rt: sr.RecordType, rec: dict, label: str) -> None:
    ok, owner, own = _owns(s, rt, rec)
    if ok:
        return
    whose = "tỉnh" if owner == sr.PROVINCE else (owner or "đơn vị khác")
    raise InputRejected(f"{own.name} không có quyền sửa {label} (thuộc {whose}); chỉ có thể giữ bản hiện có "
                        "hoặc để sau.",
                        en=f"{own.name} may not edit {label} (it belongs to {whose}); you can only keep the current version or postpone.")


def _same(s: Session, rt: sr.RecordType, row, rec: dict) -> bool:
    """Does the local record already say what their copy says (points compared as numbers)?"""
    theirs = {**rec, **{f: sr._out(sr._in(sr.column_type(rt, f), rec.get(f))) for f in rt.fields}}
    return not cv.differing_fields(rt, sr.content(_local_json(s, rt, row)), theirs)


def _take_theirs(s: Session, rt: sr.RecordType, row, rec: dict, label: str) -> None:
    from .package_merge import Merger
    own, is_prov = _ownership(s)
    merger = Merger(s, {rt.name: [rec]}, own.code, is_prov)
    plan = merger.classify()
    action = plan.actions[0]
    if action.status == "refused":
        raise InputRejected(action.message.replace("Gói từ", "Bản của họ (gói từ") + ")"
                            if action.message.startswith("Gói từ") else action.message)
    if action.status == "unchanged" and not _same(s, rt, row, rec):
        _check_owner(s, rt, rec, label)
        raise InputRejected(f"Bản của họ cho {label} cũ hơn bản đã có trên máy này nên không được ghi; "
                            "hãy chọn «giữ bản của tôi» hoặc «sửa».",
                            en=f"Their version of {label} is older than the one on this computer, so it was not written; "
                               "choose «keep mine» or «edit».")
    merger.apply(plan, "take-theirs")


def _parse(rt: sr.RecordType, name: str, raw):
    ctype = sr.column_type(rt, name)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    text = str(raw).strip()
    try:
        if isinstance(ctype, Numeric):
            value = parse_points(raw)
            return None if value is None else q3(value)
        if isinstance(ctype, Date):
            return (datetime.strptime(text, "%d/%m/%Y").date() if "/" in text else date.fromisoformat(text))
        if isinstance(ctype, Boolean):
            folded = fold(text)
            if folded not in ("co", "khong", "true", "false", "1", "0"):
                raise ValueError(text)
            return folded in ("co", "true", "1")
        if isinstance(ctype, Integer):
            return int(text)
    except (ValueError, TypeError) as exc:
        raise InputRejected(f"Giá trị «{text}» không hợp lệ cho «{cv.field_label(name)}».",
                            en=f"The value «{text}» is not valid for «{cv.field_label(name)}».") from exc
    return raw if isinstance(raw, str) else text


def _field_name(rt: sr.RecordType, key: str) -> str:
    if key in rt.fields:
        return key
    by_label = {fold(cv.field_label(f)): f for f in rt.fields}
    if fold(key) in by_label:
        return by_label[fold(key)]
    raise UsageError(f"Trường «{key}» không sửa được ở {rt.label}. Các trường: " + ", ".join(rt.fields) + ".",
                     en=f"The field «{key}» of {rt.label} cannot be edited. The fields are: " + ", ".join(rt.fields) + ".")


def _edit(s: Session, rt: sr.RecordType, row, rec: dict, edited: dict, label: str) -> None:
    if not edited:
        raise UsageError("Hãy cho giá trị mới của các trường khác nhau (ví dụ --set value=2,5).",
                         en="Give the new values of the fields that differ (for example --set value=2,5).")
    _check_owner(s, rt, rec, label)
    values = {_field_name(rt, k): v for k, v in edited.items()}
    values = {k: _parse(rt, k, v) for k, v in values.items()}
    if rt.name == "score":
        from .scores import LOCKED_FOR_APPRAISAL, LOCKED_FOR_SELF, check_value
        crit, a = s.get(m.Criterion, row.criterion_id), s.get(m.Assessment, row.assessment_id)
        if "value" in values:
            check_value(crit, row.layer, values["value"])
        if a is not None and a.state in (LOCKED_FOR_SELF if row.layer == "self" else LOCKED_FOR_APPRAISAL):
            from .assessments import STATE_NAMES
            raise InputRejected(f"Bản đánh giá đang khóa (trạng thái «{STATE_NAMES.get(a.state, a.state)}»): "
                                "hãy mở khóa trước khi sửa.",
                                en=f"The assessment is locked (state «{STATE_NAMES.get(a.state, a.state)}»): unlock it before editing.")
        row.updated_by = audit.current_user()
    for name, value in values.items():
        if isinstance(value, type(q3(0))) and value < 0 and rt.name != "score":
            raise InputRejected(f"«{cv.field_label(name)}» không được âm.",
                                en=f"«{cv.field_label(name)}» must not be negative.")
        setattr(row, name, value)


def resolve_conflict(db, conflict_id, choice: str, edited: dict | None = None) -> dict:
    """Decide one conflict (see the module docstring). Returns the decision with an `undo` snapshot."""
    if choice not in CHOICES:
        raise UsageError("Cách xử lý chỉ nhận: keep-mine, take-theirs, edit, postpone.",
                         en="The choice takes only: keep-mine, take-theirs, edit, postpone.")
    with db.session() as s:
        c, rt, row = _load(s, conflict_id)
        if c.state != "open":
            raise InputRejected(f"Xung đột số {c.id} đã được xử lý ({cv.STATE_NAMES.get(c.state, c.state)}).",
                                en=f"Conflict {c.id} was already resolved ({cv.STATE_NAMES.get(c.state, c.state)}).")
        rec = _their_record(c, row)
        label = cv.describe(s, rt.name, {**rec, **sr.content(_local_json(s, rt, row))})["label"]
        undo = {"conflict_id": c.id, "state": c.state, "type": rt.name, "uuid": c.record_uuid,
                "record": _snapshot(rt, row)}
        before = sr.content(_local_json(s, rt, row))
        if choice == "take-theirs":
            _take_theirs(s, rt, row, rec, label)
        elif choice in ("keep-mine", "edit"):
            if choice == "edit":
                _edit(s, rt, row, rec, edited or {}, label)
            their_rev = rec["revision"]
            row.base_revision = max(row.base_revision, their_rev)
            if choice == "edit" or _owns(s, rt, rec)[0]:
                # Ours now builds on theirs: their copy turns stale here, ours is news there (module docstring).
                row.revision = max(row.revision, their_rev) + 1
            else:
                # Not ours to send (an appraised score at a district): kept here only until its owner
                # sends a newer revision, and never offered to others as a change.
                row.revision = row.base_revision
        c.state = _NEW_STATE[choice]
        s.flush()
        after = sr.content(_local_json(s, rt, row))
        audit.record(s, f"conflict.{choice}", "conflict", c.id, before=before,
                     after=after if choice != "postpone" else {"postponed": date.today().isoformat()},
                     reason=label)
        remaining = s.execute(select(func.count()).select_from(m.Conflict).where(
            m.Conflict.package_id == c.package_id, m.Conflict.state == "open")).scalar()
        return {"ok": True, "id": c.id, "choice": choice, "state": c.state,
                "state_label": cv.STATE_NAMES.get(c.state, c.state), "label": label,
                "package_id": c.package_id, "remaining_in_package": remaining, "undo": undo}


def undo_resolution(db, undo: dict) -> dict:
    """Put the local record and the conflict back as they were before a decision (GUI undo)."""
    with db.session() as s:
        c, rt, row = _load(s, undo["conflict_id"])
        snap = undo["record"]
        for f, v in snap["fields"].items():
            setattr(row, f, sr._in(sr.column_type(rt, f), v))
        for col, v in snap["refs"].items():
            setattr(row, col, v)
        row.revision, row.base_revision, row.deleted = snap["revision"], snap["base_revision"], snap["deleted"]
        c.state = undo["state"]
        audit.record(s, "conflict.undo", "conflict", c.id, after={"state": c.state})
        return {"ok": True, "id": c.id, "state": c.state}


def remember_revisions(db, path) -> int:
    """Store their revision numbers beside the conflicts of a package just imported, so a later
    take-theirs / keep-mine uses the exact revision (the inbox keeps only the content)."""
    from pathlib import Path

    from ..io import package_zip as pz
    from .packages import verify_open
    done = 0
    with pz.PackageReader(Path(path)) as reader, db.session() as s:
        man, _key = verify_open(s, reader)
        open_rows = list(s.execute(select(m.Conflict).where(m.Conflict.package_id == man["package_id"],
                                                            m.Conflict.state == "open")).scalars())
        by_type: dict[str, dict] = {}
        for c in open_rows:
            if c.record_type not in by_type:
                by_type[c.record_type] = {r.get("uuid"): r for r in reader.payload(c.record_type)
                                          if isinstance(r, dict)}
            rec = by_type[c.record_type].get(c.record_uuid)
            if rec is not None and isinstance(rec.get("revision"), int):
                c.theirs = {**(c.theirs or {}), **{k: rec.get(k) for k in ("revision", "base_revision", "origin")}}
                done += 1
    return done
