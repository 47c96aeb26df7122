"""Importing a package, in exactly package.md's order:

1 limits (PackageReader) → 2 verify → 3 already imported? / sequence gap → 4 preview per record →
5 back up the database, apply in one transaction, audit, then write the signed receipt.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..io import package_zip as pz
from ..store import models as m
from . import audit, keys, sync_records as sr, units
from .errors import InputRejected, UsageError
from .package_merge import Merger, MergePlan
from .packages import new_manifest, own_identity, sent_to, verify_open

ON_CONFLICT = (None, "keep-mine", "take-theirs")


@dataclass
class Preview:
    """What an import would do; the GUI shows it before the officer presses "Nhận gói"."""
    package_id: str
    sender: dict
    kind: str
    sequence: int
    already_imported: bool = False
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[dict] = field(default_factory=list)
    refused: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    records: list[dict] = field(default_factory=list)  # per record: type, uuid, label, status, message
    # Their revision bookkeeping per conflicting uuid: stored with the conflict so a later decision
    # uses the exact revision, but not part of what the officer sees (hence not in to_json).
    their_meta: dict[str, dict] = field(default_factory=dict, repr=False)

    def to_json(self) -> dict:
        doc = asdict(self)
        doc.pop("their_meta")
        return doc


def _gap_warnings(s: Session, man: dict) -> list[str]:
    if man["kind"] == "receipt":
        return []
    sender = man["sender"]
    seen = [p.sequence for p in s.execute(select(m.PackageLog).where(
        m.PackageLog.direction == "received", m.PackageLog.counterpart == sender["unit"],
        m.PackageLog.kind != "receipt")).scalars()
        if (p.manifest or {}).get("sender", {}).get("installation_id") == sender.get("installation_id")]
    expected = max(seen) + 1 if seen else 1
    who = sender.get("name") or sender["unit"]
    return [f"Thiếu gói số {n} từ {who}: hãy đề nghị họ gửi lại (gói này vẫn được nhận)."
            for n in range(expected, man["sequence"]) if n not in seen][:20]


def _check_sets(s: Session, man: dict, payload: dict, sender_is_province: bool) -> None:
    """Scores are never merged into a criteria set whose version differs (package.md)."""
    if sender_is_province and payload.get("criterion"):
        return  # the owner is sending the set itself
    if not any(payload.get(k) for k in ("assessment", "score", "evidence_link")):
        return
    for entry in man.get("criteria_sets") or ([man["criteria_set"]] if man.get("criteria_set") else []):
        if not isinstance(entry, dict):
            continue
        local = s.execute(select(m.CriteriaSet).where(m.CriteriaSet.uuid == str(entry.get("id")))).scalar()
        if local is not None and sr.set_fingerprint(s, local.id) != entry.get("version_hash"):
            raise InputRejected(
                f"Gói chấm điểm theo bộ tiêu chí «{local.name}» năm {local.year} nhưng là phiên bản khác với bộ "
                "tiêu chí trên máy này, nên điểm không được ghép vào. Hai bên cần dùng cùng một bộ tiêu chí "
                "(nhận bộ tiêu chí mới nhất từ tỉnh) rồi gửi lại gói. Không có gì được ghi.",
                en=f"The package scores against the criteria set «{local.name}» of {local.year}, but a different version of it "
                   "than the one on this computer, so the scores were not merged. Both sides need the same criteria set "
                   "(get the latest one from the province), then send the package again. Nothing was written.")


def _conflict_json(merger: Merger, a) -> dict:
    rt = sr.BY_NAME[a.kind]
    return {"type": a.kind, "uuid": a.rec["uuid"], "label": sr.describe(a.kind, a.rec),
            "mine": sr.content(merger.local_json(rt, a.local)), "theirs": sr.content(a.rec)}


def _read_payload(reader: pz.PackageReader) -> dict[str, list]:
    return {name: reader.payload(name) for name in [t.name for t in sr.TYPES] + ["evidence_file"]}


def _analyse(s: Session, reader: pz.PackageReader):
    """Steps 2–4 inside an open session: (manifest, preview, merger, plan)."""
    man, _key = verify_open(s, reader)
    own = units.own_unit(s)
    if own is None:
        raise InputRejected("Máy này chưa thiết lập đơn vị. Hãy chạy «cchc init» trước khi nhận gói.",
                            en="This computer has no unit set up yet. Run «cchc init» before receiving packages.")
    pv = Preview(man["package_id"], man["sender"], man["kind"], man["sequence"])
    if s.execute(select(m.PackageLog).where(m.PackageLog.package_id == man["package_id"])).scalar():
        pv.already_imported = True
        return man, pv, None, None
    if man["recipient"] not in ("*", own.code):
        raise InputRejected(f"Gói này gửi cho đơn vị {man['recipient']}, không phải đơn vị của máy này "
                            f"({own.code}). Không có gì được ghi.", file=str(reader.path),
                            en=f"This package is addressed to unit {man['recipient']}, not to this computer's unit ({own.code}). "
                               "Nothing was written.")
    pv.warnings += _gap_warnings(s, man)
    if man["kind"] == "receipt":
        return man, pv, None, None
    payload = _read_payload(reader)
    sender_unit = s.execute(select(m.Unit).where(m.Unit.code == man["sender"]["unit"])).scalar()
    is_prov = sr.is_province_authority(sender_unit)
    _check_sets(s, man, payload, is_prov)
    merger = Merger(s, payload, man["sender"]["unit"], is_prov, own.code)
    plan = merger.classify()
    pv.created, pv.updated, pv.unchanged = plan.count("created"), plan.count("updated"), plan.count("unchanged")
    pv.conflicts = [_conflict_json(merger, a) for a in plan.of("conflict")]
    pv.their_meta = {a.rec["uuid"]: {k: a.rec.get(k) for k in ("revision", "base_revision", "origin")}
                     for a in plan.of("conflict")}
    pv.refused = [{"type": a.kind, "uuid": a.rec["uuid"], "label": sr.describe(a.kind, a.rec),
                   "message": a.message} for a in plan.of("refused")]
    pv.warnings += [r["message"] for r in pv.refused[:20]]
    if len(pv.refused) > 20:
        pv.warnings.append(f"… và {len(pv.refused) - 20} bản ghi khác cũng bị từ chối (xem danh sách «refused»).")
    pv.records = [{"type": a.kind, "uuid": a.rec["uuid"], "label": sr.describe(a.kind, a.rec),
                   "status": a.status, "message": a.message} for a in plan.actions if a.status != "unchanged"]
    return man, pv, merger, plan


def preview_import(db, path) -> Preview:
    """Steps 1–4 only; writes nothing."""
    with pz.PackageReader(Path(path)) as reader:
        s = db.read()
        try:
            return _analyse(s, reader)[1]
        finally:
            s.rollback()
            s.close()


def _result(pv: Preview, **extra) -> dict:
    doc = {"ok": True, "package_id": pv.package_id, "sender": pv.sender, "kind": pv.kind, "sequence": pv.sequence,
           "created": pv.created, "updated": pv.updated, "unchanged": pv.unchanged, "conflicts": pv.conflicts,
           "refused": pv.refused, "already_imported": pv.already_imported, "receipt": None,
           "warnings": pv.warnings, "dry_run": False, "needs_decision": False}
    doc.update(extra)
    return doc


def _store_conflicts(s: Session, pv: Preview, state: str) -> None:
    open_rows = {c.record_uuid: c for c in s.execute(select(m.Conflict).where(
        m.Conflict.package_id == pv.package_id, m.Conflict.state == "open")).scalars()}
    for c in pv.conflicts:
        row = open_rows.pop(c["uuid"], None) or m.Conflict(package_id=pv.package_id, record_type=c["type"],
                                                           record_uuid=c["uuid"])
        row.mine, row.theirs, row.state = c["mine"], {**c["theirs"], **pv.their_meta.get(c["uuid"], {})}, state
        s.add(row)
    for stale in open_rows.values():
        s.delete(stale)


def _backup(db) -> Path | None:
    from .backups import backup_before  # rotating, with evidence files
    return backup_before(db, "nhan goi")


def _acknowledge(s: Session, man: dict, reader: pz.PackageReader) -> list[str]:
    done = []
    for entry in reader.payload("receipt"):
        if not isinstance(entry, dict):
            continue
        sent = s.execute(select(m.PackageLog).where(m.PackageLog.package_id == str(entry.get("package_id")),
                                                    m.PackageLog.direction == "sent")).scalar()
        # Only the recipient of a package may acknowledge it.
        if sent is not None and sent.counterpart in ("*", man["sender"]["unit"]):
            sent.acknowledged_at = datetime.now(timezone.utc)
            sent.outcome = entry.get("outcome") if isinstance(entry.get("outcome"), dict) else None
            done.append(sent.package_id)
    return done


def import_package(db, path, dry_run: bool = False, on_conflict: str | None = None, receipt_out=None) -> dict:
    if on_conflict not in ON_CONFLICT:
        raise UsageError("--on-conflict chỉ nhận keep-mine hoặc take-theirs.",
                         en="--on-conflict takes only keep-mine or take-theirs.")
    path = Path(path)
    with pz.PackageReader(path) as reader:
        with db.session() as s:
            man, pv, merger, plan = _analyse(s, reader)
            if pv.already_imported:
                return _result(pv)
            if dry_run:
                s.rollback()
                return _result(pv, dry_run=True)
            if pv.conflicts and on_conflict is None:
                _store_conflicts(s, pv, "open")  # the conflict inbox; nothing else is applied
                return _result(pv, ok=False, needs_decision=True)
            backup = _backup(db)
            outcome = {"created": pv.created, "updated": pv.updated, "unchanged": pv.unchanged,
                       "conflicts": len(pv.conflicts), "resolution": on_conflict, "refused": len(pv.refused)}
            acknowledged = []
            if man["kind"] == "receipt":
                acknowledged = _acknowledge(s, man, reader)
                outcome = {"acknowledged": acknowledged}
            else:
                merger.apply(plan, on_conflict)
                if pv.conflicts:
                    _store_conflicts(s, pv, "kept" if on_conflict == "keep-mine" else "taken")
                _copy_files(db, reader, man)
            s.add(m.PackageLog(package_id=man["package_id"], direction="received", counterpart=man["sender"]["unit"],
                               sequence=man["sequence"], kind=man["kind"], records=man.get("records") or 0,
                               outcome=outcome, manifest={k: v for k, v in man.items() if k != "files"}))
            s.add(m.ImportRecord(kind="package", file_name=path.name[:255], sha256=man["package_id"],
                                 who=audit.current_user(), year=man.get("year") if isinstance(man.get("year"), int)
                                 else None, counts=outcome, warnings=pv.warnings))
            audit.record(s, "package.import", "package", man["package_id"],
                         after={"from": man["sender"]["unit"], "sequence": man["sequence"]} | outcome)
    doc = _result(pv, backup=str(backup) if backup else None)
    if man["kind"] == "receipt":
        return doc | {"acknowledged": acknowledged}
    try:
        doc["receipt"] = write_receipt(db, man, outcome, path, receipt_out)
    except OSError as exc:
        doc["warnings"].append(f"Đã nhận gói nhưng không ghi được biên nhận ({exc.strerror}); "
                               "hãy chọn nơi ghi khác bằng --receipt-out.")
    return doc


def _copy_files(db, reader: pz.PackageReader, man: dict) -> None:
    store = db.evidence_root
    for name, meta in (man.get("files") or {}).items():
        if name.startswith("files/") and not (store / name[6:]).is_file():
            reader.copy_entry(name, store / name[6:], name[6:])


def write_receipt(db, man: dict, outcome: dict, imported: Path, receipt_out=None) -> str:
    """A signed receipt package back to the sender: "received, and this is what happened"."""
    with db.session() as s:
        own_identity(s)
        to = man["sender"]["unit"]
        previous = sent_to(s, to, receipts=True)
        receipt = new_manifest(s, to, "receipt", (previous[-1].sequence + 1) if previous else 1,
                               previous[-1].package_id if previous else None, man.get("year"))
        receipt["acknowledges"] = man["package_id"]
        stem = imported.name[:-5] if imported.name.lower().endswith(".cchc") else imported.stem
        out = Path(receipt_out) if receipt_out else imported.with_name(f"{stem}.bien-nhan.cchc")
        payload = {"receipt": [{"package_id": man["package_id"], "sequence": man["sequence"], "outcome": outcome}]}
        pz.write_package(out, receipt, payload, {}, lambda b: keys.sign(s, b), volume_size=None)
        s.add(m.PackageLog(package_id=receipt["package_id"], direction="sent", counterpart=to,
                           sequence=receipt["sequence"], kind="receipt", manifest=receipt))
        return str(out)


def open_conflicts(db) -> list[dict]:
    """The conflict inbox for the exchange centre."""
    with db.read() as s:
        return [{"id": c.id, "package_id": c.package_id, "type": c.record_type, "uuid": c.record_uuid,
                 "mine": c.mine, "theirs": c.theirs, "created_at": c.created_at.isoformat()}
                for c in s.execute(select(m.Conflict).where(m.Conflict.state == "open")
                                   .order_by(m.Conflict.id)).scalars()]
