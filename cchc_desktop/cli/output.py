"""What the CLI prints: one JSON document on stdout with --json, people's text otherwise."""
from __future__ import annotations

import functools
import json
import sys
from decimal import Decimal
from itertools import chain
from datetime import date, datetime
from json.encoder import c_make_encoder, encode_basestring


def _default(o):
    if isinstance(o, Decimal):
        from ..domain.numbers import json_dec
        return json_dec(o)
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    raise TypeError(type(o).__name__)


class _Unusual(Exception):
    """A value the quick writer leaves to json.dumps (floats, non-string keys, subclasses …)."""


_FLAT = frozenset((str, int, bool, type(None)))
_DICTS = {dict}


@functools.lru_cache(maxsize=32)
def _flat_encoder(inner: str):
    """Writes a dict of plain values at one go with json's C encoder: items separated by
    ",\n" + indent give the indented layout once the braces get their own lines."""
    if c_make_encoder is None:  # pragma: no cover - CPython always has it
        return lambda o, _level: json.JSONEncoder(ensure_ascii=False, separators=(",\n" + inner, ": ")).encode(o)
    return c_make_encoder(None, None, encode_basestring, None, ": ", ",\n" + inner, False, False, True)


@functools.lru_cache(maxsize=1)
def _marked_encoder():
    """json's C encoder with NUL between items: NUL never appears in its output otherwise
    (control characters in strings are escaped), so the items can be found again and indented."""
    if c_make_encoder is None:  # pragma: no cover - CPython always has it
        return lambda o, _level: json.JSONEncoder(ensure_ascii=False, separators=("\0", ": ")).encode(o)
    return c_make_encoder(None, None, encode_basestring, None, ": ", "\0", False, False, True)


def _all_flat_dicts(items: list) -> bool:
    """Every item a non-empty dict of plain values, asked with C-level calls only (a province
    `scores show` asks it of 400 lists, 5 000 dicts)."""
    return set(map(type, items)) == _DICTS and all(items) and \
        _FLAT.issuperset(map(type, chain.from_iterable(map(dict.values, items))))


def _flat_dicts(items: list, ind: str) -> str:
    """A list of non-empty dicts of plain values (a unit's deductions) in one call of the C encoder:
    '[{a\0b}\0{c}]' -> each '}\0{' is a boundary between two dicts, every other NUL one between
    two items of a dict."""
    i1, i2 = ind + "  ", ind + "    "
    body = "".join(_marked_encoder()(items, 0))[2:-2]
    body = body.replace("}\0{", "\n" + i1 + "},\n" + i1 + "{\n" + i2).replace("\0", ",\n" + i2)
    return "[\n" + i1 + "{\n" + i2 + body + "\n" + i1 + "}\n" + ind + "]"


def _indented(doc) -> str:
    """The bytes of json.dumps(doc, ensure_ascii=False, indent=2, default=_default) for documents
    of dicts, lists, strings, ints, bools, None, Decimals and dates, several times faster: with
    indent, json.dumps runs its pure-Python encoder, and a province `scores show` is 1.5 MB."""
    out: list[str] = []
    put = out.append
    enc = encode_basestring

    def value(o, ind: str) -> None:
        t = type(o)
        if t is str:
            put(enc(o))
        elif o is None:
            put("null")
        elif t is dict:
            if not o:
                put("{}")
                return
            inner = ind + "  "
            if _FLAT.issuperset(map(type, o.values())):  # plain values (a deduction, a field): C encoder
                put("{\n" + inner + "".join(_flat_encoder(inner)(o, 0))[1:-1] + "\n" + ind + "}")
                return
            # plain items go to the C encoder a run at a time (a unit's 14 figures before its lists)
            sep = "{\n" + inner
            run: dict = {}
            for k, v in o.items():
                if type(v) in _FLAT:
                    run[k] = v
                    continue
                if type(k) is not str:
                    raise _Unusual
                if run:
                    put(sep + "".join(_flat_encoder(inner)(run, 0))[1:-1])
                    sep, run = ",\n" + inner, {}
                put(sep + enc(k) + ": ")
                sep = ",\n" + inner
                value(v, inner)
            if run:
                put(sep + "".join(_flat_encoder(inner)(run, 0))[1:-1])
            put("\n" + ind + "}")
        elif t is list or t is tuple:
            if not o:
                put("[]")
                return
            if _all_flat_dicts(o):
                put(_flat_dicts(o, ind))
                return
            inner = ind + "  "
            sep = "[\n" + inner
            for v in o:
                put(sep)
                sep = ",\n" + inner
                value(v, inner)
            put("\n" + ind + "]")
        elif o is True:
            put("true")
        elif o is False:
            put("false")
        elif t is int:
            put(int.__repr__(o))
        elif t is Decimal or t is date or t is datetime:
            put(enc(_default(o)))
        else:
            raise _Unusual

    value(doc, "")
    return "".join(out)


def json_text(doc) -> str:
    try:
        return _indented(doc)
    except (_Unusual, RecursionError):
        return json.dumps(doc, ensure_ascii=False, indent=2, default=_default)


def emit_json(doc) -> None:
    sys.stdout.write(json_text(doc) + "\n")


def say(text: str) -> None:
    """A message for people: stderr, so stdout stays clean for --json."""
    sys.stderr.write(text.rstrip("\n") + "\n")


def table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)] if rows else [len(h) for h in headers]
    line = lambda r: "  ".join(str(x).ljust(w) for x, w in zip(r, widths))
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])
