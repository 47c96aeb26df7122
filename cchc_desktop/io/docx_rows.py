"""Body rows of the long .docx tables (appendix, ranking, progress) without python-docx's per-cell cost.

python-docx writes every cell property through generic element lookups (bold/italic/size/width/
alignment each search the element's children), which made a 300-row appendix or the 200-unit ranking
take seconds. The first row with plain text in every cell is built the ordinary way; later rows are
copies of its XML with the texts swapped, so the file is byte-for-byte what the ordinary way writes.
Rows with text python-docx would write differently (tabs, line breaks, outer spaces) are built the
ordinary way.
"""
from __future__ import annotations

from copy import deepcopy

from docx.oxml.ns import qn

_T = qn("w:t")


def _plain(text: str) -> bool:
    return text == text.strip() and not any(c in text for c in "\t\n\r")


def add_body_rows(table, rows, build_row) -> None:
    """Appends `rows` (lists of str) to `table`; build_row(table, row) builds one row the ordinary way.

    One template per pattern of empty cells: an empty cell's run has no w:t at all."""
    templates: dict[tuple[bool, ...], object] = {}
    for texts in rows:
        texts = ["" if t is None else str(t) for t in texts]
        filled = tuple(bool(t) for t in texts)
        template = templates.get(filled)
        if template is None or not all(map(_plain, texts)):
            tr = build_row(table, texts)._tr
            if template is None and all(map(_plain, texts)) and len(list(tr.iter(_T))) == sum(filled):
                templates[filled] = deepcopy(tr)
            continue
        tr = deepcopy(template)
        for t_el, text in zip(list(tr.iter(_T)), [t for t in texts if t]):
            t_el.text = text
        table._tbl.append(tr)
