"""People's text for import results: each problem located as "Trang tính «X», ô E17: …"."""
from __future__ import annotations


def located(issue: dict) -> str:
    where = []
    if issue.get("sheet"):
        where.append(f"Trang tính «{issue['sheet']}»")
    if issue.get("cell"):
        where.append(f"ô {issue['cell']}")
    return (", ".join(where) + ": " if where else "") + issue.get("message", "")


def issues_text(doc: dict, limit: int = 200) -> str:
    lines = []
    errors, warnings = doc.get("errors", []), doc.get("warnings", [])
    if errors:
        lines.append(f"{len(errors)} lỗi — không có gì được ghi vào cơ sở dữ liệu:")
        lines += ["  " + located(e) for e in errors[:limit]]
        if len(errors) > limit:
            lines.append(f"  … và {len(errors) - limit} lỗi khác (xem --json).")
    if warnings:
        lines.append(f"{len(warnings)} lưu ý:")
        lines += ["  " + located(w) for w in warnings[:limit]]
        if len(warnings) > limit:
            lines.append(f"  … và {len(warnings) - limit} lưu ý khác (xem --json).")
    return "\n".join(lines)


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
