"""report plan | deficit | scorecard | progress | ranking: printed documents (documents.md)."""
from __future__ import annotations


def _progress_bar(ctx=None):
    """A progress bar on stderr when it is a terminal (cli.md: long work shows progress)."""
    import sys
    if not sys.stderr.isatty():
        return None

    def show(done, total):
        width = 30
        filled = int(width * done / max(total, 1))
        word = ctx.t("Đang tạo tài liệu", "Making the document") if ctx else "Đang tạo tài liệu"
        sys.stderr.write(f"\r{word} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
    return show


def _text(res: dict, ctx=None) -> str:
    if ctx is not None and ctx.lang == "en":
        n = res.get("pages")
        return f"Wrote {res['path']}" + (f", {n} page{'s' if n != 1 else ''}." if n else ".")
    pages = f", {res['pages']} trang" if res.get("pages") else ""
    return f"Đã ghi {res['path']}{pages}."


def _result(res: dict) -> dict:
    return {"path": res["path"], "pages": res["pages"], "hash": res.get("hash")}


def _format(args) -> str:
    """--format wins; otherwise the --out extension decides (.docx), else PDF."""
    return args.format or ("docx" if str(args.out).lower().endswith(".docx") else "pdf")


def _add_format(p) -> None:
    p.add_argument("--format", choices=["pdf", "docx"], default=None,
                   help="định dạng (mặc định: theo đuôi tệp, hoặc pdf)")


def cmd_plan(ctx, args):
    from ..services import reports  # lazy: keeps `cchc --help` fast
    overrides = {k: v for k, v in (("signer_name", args.signer), ("signer_title", args.signer_title),
                                   ("issued_on", args.date), ("number", args.number)) if v is not None}
    res = reports.render_plan(ctx.db, args.id, args.out, fmt=_format(args), overrides=overrides or None,
                              progress=_progress_bar(ctx), appendix=args.appendix)
    return _result(res), _text(res, ctx)


def cmd_deficit(ctx, args):
    from ..services import reports
    res = reports.render_deficit(ctx.db, args.id, args.out, progress=_progress_bar(ctx))
    return _result(res), _text(res, ctx)


def cmd_scorecard(ctx, args):
    from ..services import reports
    res = reports.render_scorecard(ctx.db, args.unit, args.year, args.out, fmt=_format(args),
                                   progress=_progress_bar(ctx))
    return _result(res), _text(res, ctx)


def cmd_progress(ctx, args):
    from ..services import reports
    reports.period_of(args.period)  # a bad period is refused before the database is opened
    res = reports.render_progress(ctx.db, args.id, args.period, args.out, fmt=_format(args),
                                  progress=_progress_bar(ctx))
    return {**_result(res), "period": res["period"]}, _text(res, ctx)


def cmd_ranking(ctx, args):
    from ..services import reports
    res = reports.render_ranking(ctx.db, args.year, args.out, level=args.level, fmt=_format(args),
                                 progress=_progress_bar(ctx))
    return _result(res), _text(res, ctx)


def register(reg):
    g = "báo cáo, tài liệu in (PDF, DOCX)"
    p = reg.command("report", "plan", cmd_plan, "in kế hoạch khắc phục kèm phụ lục", g)
    p.add_argument("id", type=int)
    p.add_argument("--out", required=True, help="tệp kết quả (.pdf hoặc .docx)")
    _add_format(p)
    p.add_argument("--appendix", choices=["auto", "tasks", "deficit", "both"], default="auto",
                   help="phụ lục: bảng phân công nhiệm vụ (tasks), bảng tiêu chí bị trừ điểm (deficit), cả hai")
    p.add_argument("--signer", help="thay tên người ký khi in")
    p.add_argument("--signer-title", help="thay chức vụ người ký khi in")
    p.add_argument("--date", help="thay ngày ban hành khi in (YYYY-MM-DD)")
    p.add_argument("--number", help="thay số, ký hiệu khi in (ví dụ 65/KH-UBND)")
    p = reg.command("report", "deficit", cmd_deficit, "in bảng tiêu chí bị trừ điểm và giải pháp (mẫu Phụ lục)")
    p.add_argument("id", type=int)
    p.add_argument("--out", required=True)
    p = reg.command("report", "scorecard", cmd_scorecard, "in kết quả chấm điểm của một đơn vị trong năm")
    p.add_argument("--unit", required=True)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", required=True, help="tệp kết quả (.pdf hoặc .docx)")
    _add_format(p)
    p = reg.command("report", "progress", cmd_progress, "in báo cáo định kỳ tiến độ thực hiện kế hoạch")
    p.add_argument("id", type=int)
    p.add_argument("--period", required=True, help="kỳ báo cáo: Q1-2026, H1-2026, 9M-2026, Y-2026")
    p.add_argument("--out", required=True, help="tệp kết quả (.pdf hoặc .docx)")
    _add_format(p)
    p = reg.command("report", "ranking", cmd_ranking, "in bảng xếp hạng các đơn vị trong năm")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", required=True, help="tệp kết quả (.pdf hoặc .docx)")
    _add_format(p)
    p.add_argument("--level", help="chỉ các đơn vị cấp này (tinh, so, huyen, xa, phong)")
