"""Exchange packages (package.md): export, verify, preview, import, receipts, exchange log.

The GUI's exchange centre and the CLI call these same functions. `preview_import` never
writes; `import_package` does everything in package.md's order (see package_import.py).
"""
from __future__ import annotations

import uuid as uuid_mod
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import __version__
from ..io import package_zip as pz
from ..store import models as m
from . import audit, keys, sync_records as sr, units
from .errors import CchcError, IntegrityFailure, InputRejected, UsageError

KINDS = ("update", "criteria-set", "appraisal", "results", "receipt")
_CRITERIA = ("unit", "criteria_set", "criterion")
KIND_TYPES = {
    "update": tuple(t.name for t in sr.TYPES),
    "criteria-set": _CRITERIA,
    "appraisal": _CRITERIA + ("assessment", "score", "evidence_link"),
    "results": _CRITERIA + ("assessment", "score", "published_result"),
    "receipt": (),
}


def own_identity(s: Session) -> tuple[m.Unit, m.SigningKey]:
    unit, key = units.own_unit(s), keys.own_key(s)
    if unit is None or key is None:
        raise InputRejected("Máy này chưa thiết lập đơn vị và khóa ký. Hãy chạy «cchc init» trước.",
                            en="This computer has no unit and signing key set up yet. Run «cchc init» first.")
    return unit, key


def sent_to(s: Session, recipient: str, receipts: bool = False) -> list[m.PackageLog]:
    q = select(m.PackageLog).where(m.PackageLog.direction == "sent", m.PackageLog.counterpart == recipient)
    q = q.where(m.PackageLog.kind == "receipt") if receipts else q.where(m.PackageLog.kind != "receipt")
    return list(s.execute(q.order_by(m.PackageLog.sequence)).scalars())


def new_manifest(s: Session, recipient: str, kind: str, sequence: int, previous: str | None, year=None) -> dict:
    unit, key = own_identity(s)
    return {"format": pz.FORMAT, "format_version": pz.FORMAT_VERSION, "package_id": str(uuid_mod.uuid4()),
            "created_at": datetime.now().astimezone().isoformat(timespec="seconds"), "app_version": __version__,
            "sender": {"unit": unit.code, "name": unit.name, "fingerprint": key.fingerprint,
                       "installation_id": key.installation_id},
            "recipient": recipient, "sequence": sequence, "previous_package_id": previous, "kind": kind,
            "year": year, "criteria_set": None}


# ------------------------------------------------------------------ export
def _collect(s: Session, names: tuple[str, ...], since) -> dict[str, dict[int, object]]:
    rows: dict[str, dict[int, object]] = {t.name: {} for t in sr.TYPES}
    for rt in sr.TYPES:
        if rt.name in names:
            table = rt.model.__table__
            q = select(table)
            if since is not None:
                q = q.where(table.c.updated_at > since)
            id_at = _position(rt.name, "id")
            rows[rt.name] = {r[id_at]: r for r in s.execute(q)}
    # Parents travel with their children (as context) so the recipient can place them.
    for rt in reversed(sr.TYPES):
        if rt.name == "plan_item" and rows["plan_item"]:
            t = m.PlanItemOffice.__table__
            ids = set()
            for chunk in _chunks(list(rows["plan_item"])):
                ids.update(s.execute(select(t.c.office_id).where(t.c.item_id.in_(chunk))).scalars())
            _load_ids(s, rows, "office", ids - rows["office"].keys())
        pending = True
        while pending:
            pending = False
            for key, (col, target) in rt.refs.items():
                at = _position(rt.name, col)
                need = {r[at] for r in rows[rt.name].values()} - {None} - rows[target].keys()
                if need:
                    _load_ids(s, rows, target, need)
                    pending = pending or target == rt.name
    return rows


def _position(kind: str, column: str) -> int:
    """Where a column sits in a row of `select(table)` (rows are read as tuples: 32 000 of them)."""
    return list(sr.BY_NAME[kind].model.__table__.c.keys()).index(column)


def _load_ids(s: Session, rows, target: str, ids) -> None:
    table = sr.BY_NAME[target].model.__table__
    for chunk in _chunks(sorted(ids)):
        id_at = _position(target, "id")
        for r in s.execute(select(table).where(table.c.id.in_(chunk))):
            rows[target][r[id_at]] = r


def _item_offices(s: Session, item_ids: list[int], office_uuids: dict[int, str]) -> dict[int, list[dict]]:
    t = m.PlanItemOffice.__table__
    out: dict[int, list[dict]] = {}
    for chunk in _chunks(item_ids):
        for o in s.execute(select(t.c.item_id, t.c.office_id, t.c.role, t.c.sort_order)
                           .where(t.c.item_id.in_(chunk)).order_by(t.c.sort_order, t.c.id)):
            out.setdefault(o.item_id, []).append({"office": office_uuids.get(o.office_id), "role": o.role,
                                                  "sort_order": o.sort_order})
    return out


def _evidence_metas(s: Session, shas: list[str]) -> list[dict]:
    t = m.EvidenceFile.__table__
    found = {}
    for chunk in _chunks(shas):
        for e in s.execute(select(t.c.sha256, t.c.file_name, t.c.size).where(t.c.sha256.in_(chunk))):
            found[e.sha256] = {"sha256": e.sha256, "file_name": e.file_name, "size": e.size}
    return [found[sha] for sha in shas if sha in found]


def _chunks(items, n=500):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _known_files(s: Session, recipient: str) -> set[str]:
    logs = sent_to(s, recipient)
    acked = [p for p in logs if p.acknowledged_at is not None]
    return {name[6:] for p in (acked or logs) for name in ((p.manifest or {}).get("files") or {})
            if name.startswith("files/")}


def export_package(db, to_unit: str, out, since_last: bool = False, kind: str = "update", year: int | None = None,
                   volume_size: int | None = pz.DEFAULT_VOLUME_SIZE) -> dict:
    """Write a signed package for `to_unit` (code, name or "*"). Returns path(s), id, sequence, record count."""
    if kind not in KINDS or kind == "receipt":
        raise UsageError(f"Loại gói «{kind}» không hợp lệ (update, criteria-set, appraisal, results).",
                         en=f"The package kind «{kind}» is not valid (update, criteria-set, appraisal, results).")
    out = Path(out)
    with db.session() as s:
        me, _key = own_identity(s)
        recipient = "*" if to_unit == "*" else units.find_unit(s, to_unit).code
        logs = sent_to(s, recipient)
        since = None
        if since_last and logs:
            acked = [p for p in logs if p.acknowledged_at is not None]
            since = max(acked or logs, key=lambda p: p.created_at).created_at
        started = datetime.now(timezone.utc)
        rows = _collect(s, KIND_TYPES[kind], since)
        # Every reference of a collected row points at a collected row (_collect adds parents).
        uuid_maps = {t.name: {i: r.uuid for i, r in rows[t.name].items()} for t in sr.TYPES}
        offices = _item_offices(s, list(rows["plan_item"]), uuid_maps["office"])
        payload = {rt.name: list(sr.json_rows(rt, [rows[rt.name][i] for i in sorted(rows[rt.name])],
                                              uuid_maps, offices))
                   for rt in sr.TYPES if rows[rt.name]}
        shas = {r.sha256 for r in rows["evidence_link"].values()} | \
            {r.evidence_sha256 for r in rows["progress_update"].values() if r.evidence_sha256}
        metas = _evidence_metas(s, sorted(shas))
        if metas:
            payload["evidence_file"] = metas
        known = _known_files(s, recipient)
        store = db.evidence_root
        files = {sha: store / sha for sha in shas if sha not in known and (store / sha).is_file()}
        sets = sorted(rows["criteria_set"].values(), key=lambda c: (c.year, c.id))
        manifest = new_manifest(s, recipient, kind, (logs[-1].sequence + 1) if logs else 1,
                                logs[-1].package_id if logs else None,
                                year or (sets[-1].year if sets else None))
        set_list = [{"id": c.uuid, "version_hash": sr.set_fingerprint(s, c.id), "year": c.year, "level": c.level}
                    for c in sets]
        manifest["criteria_set"] = ({"id": set_list[-1]["id"], "version_hash": set_list[-1]["version_hash"]}
                                    if set_list else None)
        manifest["criteria_sets"] = set_list
        n = sum(len(v) for k, v in payload.items() if k != "evidence_file")
        manifest["records"] = n
        manifest["since"] = since.isoformat() if since else None
        written = pz.write_package(out, manifest, payload, files, lambda b: keys.sign(s, b), volume_size)
        manifest["files"] = {f"payload/{k}.json": None for k in payload} | {f"files/{h}": None for h in files}
        s.add(m.PackageLog(package_id=manifest["package_id"], direction="sent", counterpart=recipient,
                           sequence=manifest["sequence"], kind=kind, created_at=started, records=n, manifest=manifest))
        audit.record(s, "package.export", "package", manifest["package_id"],
                     after={"to": recipient, "sequence": manifest["sequence"], "records": n, "files": len(files)})
        return {"path": str(written[0]), "paths": [str(p) for p in written], "package_id": manifest["package_id"],
                "sequence": manifest["sequence"], "records": n, "files": len(files), "kind": kind}


# ------------------------------------------------------------------ verify
def verify_open(s: Session, reader: pz.PackageReader) -> tuple[dict, m.SigningKey]:
    """Step 2 of package.md: format/version, signature by a trusted key, every file's size and hash."""
    man, mbytes, signature = reader.manifest()
    sender = man.get("sender")
    name = reader.path.name
    try:
        uuid_mod.UUID(str(man.get("package_id")))
        code = str(sender["unit"])
        assert isinstance(man.get("sequence"), int) and man.get("kind") in KINDS
        assert isinstance(man.get("recipient"), str)
    except (KeyError, TypeError, ValueError, AssertionError) as exc:
        raise IntegrityFailure(f"Gói «{name}» có tệp mô tả thiếu thông tin bắt buộc.", file=str(reader.path),
                               en=f"The description file of package «{name}» lacks required information.") from exc
    key = keys.verify_signature(s, code, mbytes, signature)
    if key is None:
        who = f"{sender.get('name') or code} ({code})"
        if not keys.trusted_keys(s, code):
            raise IntegrityFailure(
                f"Gói «{name}» do {who} gửi, nhưng máy này chưa tin cậy khóa nào của đơn vị đó. Hãy nhận tệp khóa "
                f"của họ, gọi điện so dấu vân tay {sender.get('fingerprint', '')} rồi chạy «cchc keys trust».",
                file=str(reader.path),
                en=f"Package «{name}» was sent by {who}, but this computer trusts no key of that unit yet. Get their key file, "
                   f"phone them to compare the fingerprint {sender.get('fingerprint', '')}, then run «cchc keys trust».")
        raise IntegrityFailure(f"Chữ ký của gói «{name}» không khớp với khóa đã tin cậy của {who}: gói đã bị "
                               "sửa sau khi ký hoặc không phải do họ gửi. Không nhận gói này.", file=str(reader.path),
                               en=f"The signature of package «{name}» does not match the trusted key of {who}: the package was changed after "
                                  "signing or was not sent by them. Do not accept this package.")
    problems = reader.check_files(man)
    if problems:
        raise IntegrityFailure(f"Gói «{name}» đã bị thay đổi sau khi ký: {problems[0]} Không nhận gói này.",
                               file=str(reader.path), details=problems,
                               en=f"Package «{name}» was changed after signing: {problems[0]} Do not accept this package.")
    return man, key


def verify_package(db, path, lang: str = "vi") -> dict:
    """Check a package without importing: {"ok", "sender", "sequence", "problems", ...}; a refusal's
    message (and problems, when it has no list of its own) in `lang` (cchc --lang en)."""
    path = Path(path)
    try:
        with pz.PackageReader(path) as reader, db.session() as s:
            man, key = verify_open(s, reader)
            own = units.own_unit(s)
            warnings = []
            if own is not None and man["recipient"] not in ("*", own.code):
                warnings.append(f"Gói này gửi cho đơn vị {man['recipient']}, không phải {own.code}.")
            return {"ok": True, "sender": man["sender"], "sequence": man["sequence"], "problems": [],
                    "warnings": warnings, "package_id": man["package_id"], "kind": man["kind"],
                    "recipient": man["recipient"], "records": man.get("records"), "created_at": man.get("created_at")}
    except CchcError as exc:
        return {"ok": False, "sender": None, "sequence": None, "problems": exc.details or [exc.text(lang)],
                "message": exc.text(lang), "exit_code": exc.exit_code}


def exchange_log(db) -> list[dict]:
    """Sent / received / acknowledged, newest first, for the exchange centre."""
    with db.read() as s:
        rows = s.execute(select(m.PackageLog).order_by(m.PackageLog.created_at.desc())).scalars().all()
        return [{"package_id": p.package_id, "direction": p.direction, "counterpart": p.counterpart,
                 "sequence": p.sequence, "kind": p.kind, "created_at": p.created_at.isoformat(),
                 "records": p.records, "acknowledged_at": p.acknowledged_at.isoformat() if p.acknowledged_at else None,
                 "state": ("acknowledged" if p.acknowledged_at else p.direction), "outcome": p.outcome} for p in rows]


from .package_import import Preview, import_package, open_conflicts, preview_import  # noqa: E402,F401
