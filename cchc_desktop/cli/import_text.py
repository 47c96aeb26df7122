"""People's text for import results: each problem located as "Trang tính «X», ô E17: …"
("Sheet «X», cell E17: …" with --lang en; the problems themselves are the reader's Vietnamese)."""
from __future__ import annotations


def _vi(vi: str, en: str) -> str:
    return vi


def located(issue: dict, lang: str = "vi") -> str:
    sheet_word, cell_word = ("Sheet", "cell") if lang == "en" else ("Trang tính", "ô")
    where = []
    if issue.get("sheet"):
        where.append(f"{sheet_word} «{issue['sheet']}»")
    if issue.get("cell"):
        where.append(f"{cell_word} {issue['cell']}")
    return (", ".join(where) + ": " if where else "") + issue.get("message", "")


def issues_text(doc: dict, limit: int = 200, t=_vi) -> str:
    """t: the command's Context.t (the chosen language)."""
    lang = t("vi", "en")
    lines = []
    errors, warnings = doc.get("errors", []), doc.get("warnings", [])
    if errors:
        n, more = len(errors), len(errors) - limit
        lines.append(t(f"{n} lỗi — không có gì được ghi vào cơ sở dữ liệu:",
                       f"{n} errors — nothing was written to the database:"))
        lines += ["  " + located(e, lang) for e in errors[:limit]]
        if more > 0:
            lines.append(t(f"  … và {more} lỗi khác (xem --json).", f"  … and {more} more errors (see --json)."))
    if warnings:
        n, more = len(warnings), len(warnings) - limit
        lines.append(t(f"{n} lưu ý:", f"{n} notes:"))
        lines += ["  " + located(w, lang) for w in warnings[:limit]]
        if more > 0:
            lines.append(t(f"  … và {more} lưu ý khác (xem --json).", f"  … and {more} more notes (see --json)."))
    return "\n".join(lines)


def import_summary(ctx, doc: dict, what_vi: str, what_en: str) -> str:
    """«Đã nhập <what>: … mới 3, sửa 2, giữ nguyên 40.» in the chosen language, plus the issues:
    the one sentence both workbook imports (criteria, scores) end with."""
    verb = ctx.t("Xem trước (chưa ghi)" if doc["dry_run"] else "Đã nhập",
                 "Preview (nothing written) of" if doc["dry_run"] else "Imported")
    counts = ctx.t(f"mới {doc['created']}, sửa {doc['updated']}, giữ nguyên {doc['unchanged']}",
                   f"new {doc['created']}, changed {doc['updated']}, unchanged {doc['unchanged']}")
    return f"{verb} {ctx.t(what_vi, what_en).replace('%counts', counts)}."


def progress_printer():
    """A progress bar on stderr when it is a terminal, else nothing."""
    import sys
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
    return show
