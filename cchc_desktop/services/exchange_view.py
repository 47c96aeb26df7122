"""Read-only views for the GUI's exchange centre: one line per counterpart (sent, received,
acknowledged, missing sequence numbers, last contact) and one package's manifest."""
from __future__ import annotations

from sqlalchemy import select

from ..store import models as m
from .errors import NotFound


def _missing(sequences: list[int]) -> list[int]:
    """Sequence numbers never received between 1 and the highest one seen."""
    seen = set(sequences)
    return [n for n in range(1, max(seen, default=0)) if n not in seen]


def counterparts(db) -> list[dict]:
    with db.read() as s:
        logs = s.execute(select(m.PackageLog).order_by(m.PackageLog.created_at)).scalars().all()
        names = {u.code: u.name for u in s.execute(select(m.Unit)).scalars()}
    out: dict[str, dict] = {}
    received_seq: dict[str, list[int]] = {}
    for p in logs:
        row = out.setdefault(p.counterpart, {"counterpart": p.counterpart, "name": names.get(p.counterpart, ""),
                                             "sent": 0, "received": 0, "acknowledged": 0, "receipts": 0,
                                             "missing": [], "last_contact": None})
        if p.kind == "receipt":
            row["receipts"] += 1
        elif p.direction == "sent":
            row["sent"] += 1
            row["acknowledged"] += p.acknowledged_at is not None
        else:
            row["received"] += 1
            received_seq.setdefault(p.counterpart, []).append(p.sequence)
        when = max(filter(None, (p.created_at, p.acknowledged_at)))
        if row["last_contact"] is None or when > row["last_contact"]:
            row["last_contact"] = when
    for code, seqs in received_seq.items():
        out[code]["missing"] = _missing(seqs)
    return [{**r, "last_contact": r["last_contact"].isoformat() if r["last_contact"] else None}
            for r in sorted(out.values(), key=lambda r: r["counterpart"])]


def package_details(db, package_id: str) -> dict:
    with db.read() as s:
        p = s.execute(select(m.PackageLog).where(m.PackageLog.package_id == package_id)).scalar()
        if p is None:
            raise NotFound(f"Không có gói {package_id} trong nhật ký trao đổi.",
                           en=f"There is no package {package_id} in the exchange log.")
        return {"package_id": p.package_id, "direction": p.direction, "counterpart": p.counterpart,
                "sequence": p.sequence, "kind": p.kind, "records": p.records,
                "created_at": p.created_at.isoformat(),
                "acknowledged_at": p.acknowledged_at.isoformat() if p.acknowledged_at else None,
                "outcome": p.outcome or {}, "manifest": p.manifest or {}}
