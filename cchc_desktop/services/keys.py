"""This installation's Ed25519 signing key and the keys it trusts."""
from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models import SigningKey
from . import settings


def fingerprint(public_raw: bytes) -> str:
    """SHA-256 of the raw public key, first 20 bytes as groups of 4 hex digits: read over the phone."""
    h = hashlib.sha256(public_raw).hexdigest()[:40].upper()
    return " ".join(h[i:i + 4] for i in range(0, len(h), 4))


def own_key(s: Session) -> SigningKey | None:
    return s.execute(select(SigningKey).where(SigningKey.own.is_(True))).scalar_one_or_none()


def ensure_own_key(s: Session, unit_code: str) -> SigningKey:
    """Create the key once; later calls (init again, demo) keep the existing one."""
    key = own_key(s)
    if key is not None:
        key.unit_code = unit_code
        return key
    private = Ed25519PrivateKey.generate()
    pub = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    priv = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                 serialization.NoEncryption())
    key = SigningKey(unit_code=unit_code, installation_id=settings.installation_id(s), public_key=pub,
                     private_key=priv, fingerprint=fingerprint(pub), own=True)
    s.add(key)
    s.flush()
    return key


# ------------------------------------------------------------ signing and trust (package.md)
KEY_FILE_FORMAT = "cchc-public-key"


def sign(s: Session, data: bytes) -> bytes:
    key = own_key(s)
    if key is None or key.private_key is None:
        from .errors import InputRejected
        raise InputRejected("Máy này chưa có khóa ký. Hãy chạy «cchc init» để đặt đơn vị và tạo khóa.",
                            en="This computer has no signing key yet. Run «cchc init» to set the unit and create a key.")
    return Ed25519PrivateKey.from_private_bytes(key.private_key).sign(data)


def trusted_keys(s: Session, unit_code: str) -> list[SigningKey]:
    """Every installation key trusted for a unit (ours too, for a second PC of our own unit)."""
    return list(s.execute(select(SigningKey).where(SigningKey.unit_code == unit_code)).scalars())


def verify_signature(s: Session, unit_code: str, data: bytes, signature: bytes) -> SigningKey | None:
    """The trusted key that made this signature, or None."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    for key in trusted_keys(s, unit_code):
        try:
            Ed25519PublicKey.from_public_bytes(key.public_key).verify(signature, data)
            return key
        except (InvalidSignature, ValueError):
            continue
    return None


def show_key(db) -> dict:
    from .errors import NotFound
    from . import units
    with db.read() as s:
        key = own_key(s)
        unit = units.own_unit(s)
        if key is None or unit is None:
            raise NotFound("Máy này chưa có khóa ký. Hãy chạy «cchc init» trước.",
                           en="This computer has no signing key yet. Run «cchc init» first.")
        trusted = [{"unit": k.unit_code, "fingerprint": k.fingerprint, "installation_id": k.installation_id}
                   for k in s.execute(select(SigningKey).where(SigningKey.own.is_(False))
                                      .order_by(SigningKey.unit_code)).scalars()]
        return {"unit": {"code": unit.code, "name": unit.name, "level": unit.level,
                         "parent": unit.parent.code if unit.parent else None},
                "fingerprint": key.fingerprint, "installation_id": key.installation_id, "trusted": trusted}


def export_public_key(db, out) -> dict:
    """A small JSON key file to hand over by USB or e-mail, and a QR code PNG of it beside it."""
    import base64
    import json
    from pathlib import Path
    import qrcode
    doc = show_key(db)
    with db.read() as s:
        pub = own_key(s).public_key
    body = {"format": KEY_FILE_FORMAT, "unit": doc["unit"], "public_key": base64.b64encode(pub).decode("ascii"),
            "fingerprint": doc["fingerprint"], "installation_id": doc["installation_id"]}
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8")
    qr_path = out.with_suffix(".png")
    qrcode.make(json.dumps(body, ensure_ascii=False, separators=(",", ":"))).save(str(qr_path))
    return {"unit": doc["unit"], "fingerprint": doc["fingerprint"], "path": str(out), "qr": str(qr_path)}


def read_key_file(path) -> dict:
    """Parse and check a key file; the fingerprint is recomputed, never taken from the file."""
    import base64
    import json
    from pathlib import Path
    from .errors import IntegrityFailure, InputRejected
    p = Path(path)
    try:
        raw = p.read_bytes()[:65536]
        doc = json.loads(raw.decode("utf-8"))
        pub = base64.b64decode(doc["public_key"], validate=True)
        unit = doc["unit"]
        code, name = str(unit["code"]).strip(), str(unit.get("name") or unit["code"]).strip()
    except FileNotFoundError:
        raise InputRejected(f"Không tìm thấy tệp khóa «{p}».", file=str(p), en=f"Key file «{p}» not found.")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IntegrityFailure(f"Tệp «{p.name}» không phải tệp khóa CCHC đọc được.", file=str(p),
                               en=f"The file «{p.name}» is not a readable CCHC key file.") from exc
    if len(pub) != 32 or not code:
        raise IntegrityFailure(f"Tệp «{p.name}» không chứa khóa công khai hợp lệ.", file=str(p),
                               en=f"The file «{p.name}» does not hold a valid public key.")
    parent = unit.get("parent")
    return {"unit": {"code": code, "name": name, "level": str(unit.get("level") or ""),
                     "parent": str(parent) if parent else None},
            "public_key": pub, "fingerprint": fingerprint(pub),
            "installation_id": str(doc.get("installation_id") or "") or None}


def trust_key(db, path, yes: bool = False, confirm=None) -> dict:
    """Trust another installation's key. `confirm(info) -> bool` asks the user (fingerprint by phone)
    unless `yes`; a unit missing from the directory is added with the level the file states."""
    from . import audit, units
    from .errors import InputRejected
    info = read_key_file(path)
    if not yes and (confirm is None or not confirm(info)):
        raise InputRejected("Chưa tin cậy khóa: người dùng không xác nhận dấu vân tay.",
                            en="The key was not trusted: the user did not confirm the fingerprint.")
    with db.session() as s:
        existing = s.execute(select(SigningKey).where(SigningKey.fingerprint == info["fingerprint"])).scalar()
        if existing is not None and existing.own:
            raise InputRejected("Đây là khóa của chính máy này.", en="This is the key of this very computer.")
        from ..store.models import Unit
        unit = s.execute(select(Unit).where(Unit.code == info["unit"]["code"])).scalar_one_or_none()
        if unit is None and info["unit"]["level"]:
            parent = info["unit"]["parent"]
            known = parent and s.execute(select(Unit).where(Unit.code == parent)).scalar_one_or_none()
            units.add_unit_in(s, info["unit"]["code"], info["unit"]["name"], info["unit"]["level"],
                              parent if known else None)
        if existing is None:
            s.add(SigningKey(unit_code=info["unit"]["code"], installation_id=info["installation_id"],
                             public_key=info["public_key"], private_key=None, fingerprint=info["fingerprint"],
                             own=False))
            audit.record(s, "key.trust", "signing_key", info["fingerprint"], after={"unit": info["unit"]["code"]})
        return {"unit": info["unit"], "fingerprint": info["fingerprint"], "already_trusted": existing is not None}
