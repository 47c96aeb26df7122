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
