"""Which schema revisions this app knows, read from the migration files without importing
alembic or SQLAlchemy: the quick read path of the CLI must know the head before deciding
whether a file can be read as it is (store.quick_read) or has to be opened the full way."""
from __future__ import annotations

import functools
import re
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

_REV = re.compile(r"^revision\s*=\s*['\"](\w+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*['\"](\w+)['\"]", re.M)


@functools.lru_cache(maxsize=1)
def _revision_graph() -> tuple[frozenset[str], str]:
    """Known revisions and the head (a test checks it agrees with alembic's own view)."""
    revs, downs = set(), set()
    for f in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text_ = f.read_text(encoding="utf-8")
        m = _REV.search(text_)
        if m:
            revs.add(m.group(1))
            downs.update(_DOWN.findall(text_))
    heads = revs - downs
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return frozenset(revs), heads.pop()


def head_revision() -> str:
    return _revision_graph()[1]


def known_revisions() -> set[str]:
    return set(_revision_graph()[0])
