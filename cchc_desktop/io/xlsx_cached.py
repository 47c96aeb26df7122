"""Cached results for formula cells of a workbook openpyxl wrote.

openpyxl saves `=SUM(E5:E9)` with an empty result, so any reader that does not compute formulas
(python-calamine, previewers, phones) shows the totals empty. We know the values we wrote, so
after saving we put each result into the sheet XML inside the zip.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import zipfile
from decimal import Decimal
from xml.sax.saxutils import escape

from .issues import cell_ref

_SHEET = re.compile(r'<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"')
_REL = re.compile(r'<Relationship\b[^>]*?Target="([^"]*)"[^>]*?Id="([^"]*)"|'
                  r'<Relationship\b[^>]*?Id="([^"]*)"[^>]*?Target="([^"]*)"')


def _unescape(text: str) -> str:
    return text.replace("&quot;", '"').replace("&apos;", "'").replace("&lt;", "<").replace(
        "&gt;", ">").replace("&amp;", "&")


def _sheet_parts(z: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title -> its XML part name inside the zip."""
    book = z.read("xl/workbook.xml").decode("utf-8")
    rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    targets = {}
    for m in _REL.finditer(rels):
        target, rid = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        targets[rid] = target.lstrip("/") if target.startswith("/") else "xl/" + target
    return {_unescape(name): targets[rid] for name, rid in _SHEET.findall(book) if rid in targets}


def _number(value) -> str:
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text or "0"
    return str(value)


def add_cached_values(path: str | os.PathLike, values: dict[str, dict[tuple[int, int], object]]) -> None:
    """values: sheet title -> {(row0, col0): number} for formula cells; rewrites the file in place."""
    path = os.fspath(path)
    with zipfile.ZipFile(path) as z:
        parts = _sheet_parts(z)
        wanted = {parts[title]: cells for title, cells in values.items() if title in parts and cells}
        fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=os.path.dirname(path) or ".")
        os.close(fd)
        try:
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
                for info in z.infolist():
                    data = z.read(info.filename)
                    if info.filename in wanted:
                        data = _fill(data.decode("utf-8"), wanted[info.filename]).encode("utf-8")
                    out.writestr(info, data)
        except BaseException:
            os.unlink(tmp)
            raise
    shutil.move(tmp, path)


def _fill(xml: str, cells: dict[tuple[int, int], object]) -> str:
    by_ref = {cell_ref(r, c): v for (r, c), v in cells.items()}

    def repl(m: re.Match) -> str:
        ref = m.group(2)
        if ref not in by_ref or by_ref[ref] is None:
            return m.group(0)
        value = by_ref[ref]
        if isinstance(value, str):
            opening = m.group(1).replace("<c ", '<c t="str" ', 1)
            return f"{opening}{m.group(3)}<v>{escape(value)}</v></c>"
        return f"{m.group(1)}{m.group(3)}<v>{_number(value)}</v></c>"

    return re.sub(r'(<c r="([A-Z]{1,3}\d+)"[^>]*>)(<f>.*?</f>)<v\s*/?>(?:</v>)?</c>', repl, xml, flags=re.S)
