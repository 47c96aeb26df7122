"""Printed documents (documents.md): each use case reads the data in one session, builds a plain
document DTO, then renders it (PDF via io/pdf, .docx via io/docx_plan and io/docx_reports). Returns {"path", "pages"};
pages is None for .docx, which Word paginates."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from ..domain.periods import parse_period
from ..io.pdf.model import DeductionLine, FieldLine, RankingDoc, RankingLine, RenderHooks, ScorecardDoc, data_hash
from .errors import CchcError, InputRejected, NotFound

FORMATS = ("pdf", "docx")


def _hooks(progress, cancelled):
    return RenderHooks(progress, cancelled) if (progress or cancelled) else None


def _render(render, doc, out, hooks) -> int:
    from ..io.pdf.pages import RenderCancelled
    try:
        return render(doc, Path(out), hooks)
    except RenderCancelled:
        raise CchcError("Đã hủy việc tạo tài liệu; không có tệp nào được ghi.", exit_code=2,
                        en="Making the document was cancelled; no file was written.") from None
    except PermissionError:
        raise CchcError(f"Không ghi được tệp «{out}»: tệp đang mở trong chương trình khác hoặc thư mục "
                        "không cho phép ghi.", exit_code=2, file=str(out),
                        en=f"Could not write «{out}»: the file is open in another program or the folder does not allow writing.") from None


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InputRejected(f"Định dạng «{fmt}» không hỗ trợ; dùng: {', '.join(FORMATS)}.",
                            en=f"The format «{fmt}» is not supported; use: {', '.join(FORMATS)}.")


def plan_document(db, plan_id: int, overrides: dict | None = None, appendix: str = "auto"):
    from .report_docs import plan_doc
    with db.read() as s:
        return plan_doc(s, plan_id, overrides, appendix)


def render_plan(db, plan_id: int, out, fmt: str = "pdf", overrides: dict | None = None,
                progress=None, cancelled=None, appendix: str = "auto") -> dict:
    """appendix: auto (deficit table for a Sở, task assignment otherwise), tasks, deficit, both."""
    _check_format(fmt)
    doc = plan_document(db, plan_id, overrides, appendix)
    if fmt == "docx":
        from ..io.docx_plan import render_plan_docx
        pages = _render(render_plan_docx, doc, out, _hooks(progress, cancelled))
    else:
        from ..io.pdf.plan_pdf import render_plan_pdf
        pages = _render(render_plan_pdf, doc, out, _hooks(progress, cancelled))
    return {"path": str(Path(out)), "pages": pages, "hash": doc.data_hash}


def render_deficit(db, plan_id: int, out, progress=None, cancelled=None) -> dict:
    """The plan's appendix printed as the seed 000 deficit table, on its own."""
    from ..io.pdf.deficit import render_deficit_pdf
    doc = plan_document(db, plan_id)
    if not doc.appendices:
        raise InputRejected(f"Kế hoạch {plan_id} chưa có nhiệm vụ nào để in bảng.",
                            en=f"Plan {plan_id} has no tasks to print in a table yet.")
    ap = replace(doc.appendices[0], kind="deficit")
    doc = replace(doc, appendices=(ap,))
    pages = _render(render_deficit_pdf, doc, out, _hooks(progress, cancelled))
    return {"path": str(Path(out)), "pages": pages, "hash": doc.data_hash}


def period_of(code: str):
    try:
        return parse_period(code)
    except ValueError as exc:
        from .progress import period_error_en
        raise InputRejected(str(exc), en=period_error_en(code)) from None


def render_progress(db, plan_id: int, period: str, out, fmt: str = "pdf", overrides: dict | None = None,
                    progress=None, cancelled=None) -> dict:
    _check_format(fmt)
    p = period_of(period)
    from .report_docs import progress_doc
    with db.read() as s:
        doc = progress_doc(s, plan_id, p, overrides)
    if fmt == "docx":
        from ..io.docx_reports import render_progress_docx as render
    else:
        from ..io.pdf.progress_pdf import render_progress_pdf as render
    pages = _render(render, doc, out, _hooks(progress, cancelled))
    return {"path": str(Path(out)), "pages": pages, "hash": doc.data_hash, "period": p.code}


def scorecard_document(db, unit: str, year: int) -> ScorecardDoc:
    from . import scorecard
    sc = scorecard.build(db, unit, year)
    previous: dict[str, Decimal | None] = {}
    try:
        prev = scorecard.build(db, unit, year - 1)
        previous = {f.code: f.appraised_total for f in prev.totals.fields}
    except (CchcError, StopIteration):
        previous = {}  # no earlier year: the column stays out
    with db.read() as s:
        from .units import find_unit
        u = find_unit(s, unit)
        parent = u.parent.name if u.parent is not None else ""
    t = sc.totals
    doc = ScorecardDoc(
        unit_name=sc.unit_name, parent_name=parent, year=year, set_name=sc.set_name, max_total=t.max_total,
        self_total=t.self_total, appraised_total=t.appraised_total, index_pct=t.index_pct, band=sc.band,
        rank=sc.rank, rank_of=sc.rank_of, previous_total=sc.previous_total, published_total=sc.published_total,
        published_rank=(f"{sc.published_rank}/{sc.published_rank_of}" if sc.published_rank and
                        sc.published_rank_of else (str(sc.published_rank) if sc.published_rank else None)),
        fields=tuple(FieldLine(f.code, f.name, f.max, f.self_total, f.appraised_total, f.lost,
                               previous.get(f.code)) for f in t.fields),
        deductions=tuple(DeductionLine(d.code, d.name, d.max, d.score, d.lost, d.reason) for d in t.deductions))
    return replace(doc, data_hash=data_hash(doc))


def render_scorecard(db, unit: str, year: int, out, fmt: str = "pdf", progress=None, cancelled=None) -> dict:
    _check_format(fmt)
    doc = scorecard_document(db, unit, year)
    if fmt == "docx":
        from ..io.docx_reports import render_scorecard_docx as render
    else:
        from ..io.pdf.scorecard_pdf import render_scorecard_pdf as render
    pages = _render(render, doc, out, _hooks(progress, cancelled))
    return {"path": str(Path(out)), "pages": pages, "hash": doc.data_hash}


def _dec(v) -> Decimal | None:
    return None if v is None else Decimal(v)


def ranking_document(db, year: int, level: str | None = None) -> RankingDoc:
    from . import scores
    shown = scores.show(db, year, level=level)
    units = shown["units"]
    if not units:
        raise NotFound(f"Năm {year} chưa có đơn vị nào được chấm điểm.", en=f"No unit has been scored for {year} yet.")
    one_set = len({u["criteria_set"] for u in units}) == 1
    heads = tuple(f"{f['code']}\n({f['max'].replace('.', ',')})" for f in units[0]["fields"]) if one_set else ()
    lines = tuple(RankingLine(u["rank"], u["name"], _dec(u["self_total"]), _dec(u["appraised_total"]),
                              _dec(u["index"]), u["band"],
                              tuple(_dec(f["appraised"]) for f in u["fields"]) if one_set else ())
                  for u in units)
    set_name = shown["criteria_set"]["name"] if one_set else "Nhiều bộ tiêu chí (xếp hạng trong từng bộ)"
    doc = RankingDoc(year, f"Kết quả xếp hạng Chỉ số cải cách hành chính năm {year}", set_name, heads, lines)
    return replace(doc, data_hash=data_hash(doc))


def render_ranking(db, year: int, out, level: str | None = None, progress=None, cancelled=None,
                   fmt: str = "pdf") -> dict:
    _check_format(fmt)
    doc = ranking_document(db, year, level)
    if fmt == "docx":
        from ..io.docx_reports import render_ranking_docx as render
    else:
        from ..io.pdf.ranking_pdf import render_ranking_pdf as render
    pages = _render(render, doc, out, _hooks(progress, cancelled))
    return {"path": str(Path(out)), "pages": pages, "hash": doc.data_hash}
