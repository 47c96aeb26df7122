"""What the CLI prints: one JSON document on stdout with --json, people's text otherwise."""
from __future__ import annotations

import json
import sys
from decimal import Decimal
from datetime import date, datetime


def _default(o):
    if isinstance(o, Decimal):
        from ..domain.numbers import json_dec
        return json_dec(o)
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    raise TypeError(type(o).__name__)


def emit_json(doc) -> None:
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2, default=_default) + "\n")


def say(text: str) -> None:
    """A message for people: stderr, so stdout stays clean for --json."""
    sys.stderr.write(text.rstrip("\n") + "\n")


def table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)] if rows else [len(h) for h in headers]
    line = lambda r: "  ".join(str(x).ljust(w) for x, w in zip(r, widths))
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])
