"""`cchc-desktop --self-test`: proves an installed (or frozen) copy really works.

Opens a temporary database with the demo data, writes a PDF with Vietnamese text, renders each
tab offscreen to PNG and reads the PDF back with QtPdf (the Qt part is in gui/self_test.py, so
this module stays Qt-free and a broken Qt bundle still gets a clear report). Exit status 0 only
when every step worked. The summary is printed and also written to `ket-qua.txt` in the output
folder, because a windowed Windows executable has no console to print to.

    cchc-desktop --self-test [--out FOLDER] [--keep]
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__

SUMMARY_FILE = "ket-qua.txt"


@dataclass
class Step:
    """One checked thing: what (Vietnamese), whether it worked, and why not / what it produced."""
    name: str
    ok: bool
    detail: str = ""
    files: list[Path] = field(default_factory=list)

    def line(self) -> str:
        mark = "ĐẠT " if self.ok else "LỖI "
        return f"  [{mark}] {self.name}" + (f": {self.detail}" if self.detail else "")


def _parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="cchc-desktop --self-test", add_help=False)
    p.add_argument("--self-test", action="store_true")
    p.add_argument("--out", help="thư mục ghi kết quả (mặc định: thư mục tạm, được giữ lại)")
    p.add_argument("--lang", default="vi")
    p.add_argument("--keep-db", action="store_true", help="giữ lại cơ sở dữ liệu tạm")
    args, _unknown = p.parse_known_args(argv)
    return args


def _guarded(name: str, func, *a) -> list[Step]:
    """Runs one step; any exception becomes a failed step with the reason, never a traceback."""
    try:
        result = func(*a)
        return result if isinstance(result, list) else [result]
    except Exception as exc:  # the self-test must report, not crash
        return [Step(name, False, f"{exc.__class__.__name__}: {exc}",)] + \
            ([Step("Chi tiết kỹ thuật", False, traceback.format_exc(limit=3).strip().splitlines()[-1])]
             if os.environ.get("CCHC_DEBUG") else [])


def check_resources() -> Step:
    from .paths import font_path, resources_dir
    from .store.engine import MIGRATIONS_DIR
    needed = [font_path(s) for s in ("Regular", "Bold", "Italic", "BoldItalic")]
    needed += [resources_dir() / "translations" / "qtbase_vi.qm", MIGRATIONS_DIR / "env.py",
               MIGRATIONS_DIR / "script.py.mako"]
    missing = [str(p) for p in needed if not p.is_file()]
    versions = list((MIGRATIONS_DIR / "versions").glob("*.py"))
    if not versions:
        missing.append(str(MIGRATIONS_DIR / "versions" / "*.py"))
    if missing:
        return Step("Tệp tài nguyên (phông chữ, bản dịch, lược đồ)", False, "thiếu " + ", ".join(missing))
    return Step("Tệp tài nguyên (phông chữ, bản dịch, lược đồ)", True, f"{len(needed) + len(versions)} tệp")


def open_demo_database(db_path: Path):
    """Creates and migrates a database, then fills it with the demo data.

    When the demo data cannot load, the database still gets an own unit so the tabs and the PDF
    are checked anyway; the failed demo step keeps the exit status non-zero.
    """
    from .services import installation, units
    from .store.engine import Database, head_revision
    db = Database.open(db_path)
    steps = [Step("Tạo cơ sở dữ liệu (lược đồ mới nhất)", db.current_revision() == head_revision(),
                  f"phiên bản lược đồ {db.current_revision()}")]
    try:
        from .services import demo
        summary = demo.load(db)
        steps.append(Step("Dữ liệu mẫu", summary["units"] > 0, f"{summary['units']} đơn vị, "
                          f"{summary['criteria']} tiêu chí, {summary['plans']} kế hoạch"))
    except Exception as exc:
        steps.append(Step("Dữ liệu mẫu", False, f"{exc.__class__.__name__}: {exc}"))
        level = units.levels(db)[-1]["code"]
        installation.init(db, "TU-KIEM-TRA", "Đơn vị tự kiểm tra", level)
    return db, steps


def write_pdf(db, out_dir: Path) -> Step:
    """The real plan report when the reports service exists; otherwise a Vietnamese test page."""
    target = out_dir / "tu-kiem-tra.pdf"
    listed, items, reports = [], [], None
    try:  # plans and reports are other engineers' modules: a PDF is still checked without them
        from .services import plans
        listed = plans.list_plans(db)
        items = plans.plan_items(db, listed[0]["id"]) if listed else []
        from .services import reports
    except ImportError:
        pass
    if reports is not None and hasattr(reports, "render_plan") and listed:
        reports.render_plan(db, listed[0]["id"], target)
        what = f"kế hoạch {listed[0]['number'] or listed[0]['id']} ({listed[0]['unit_name']})"
    else:
        _test_page(target, listed[0] if listed else None, items)
        what = "trang thử tiếng Việt"
    data = target.read_bytes() if target.exists() else b""
    ok = data.startswith(b"%PDF") and len(data) > 1000
    return Step("Xuất PDF", ok, f"{what}, {len(data) // 1024} KB", [target])


def _test_page(target: Path, plan: dict | None, items) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    from .io.pdf import fonts
    fonts.register()
    c = canvas.Canvas(str(target), pagesize=A4)
    c.setTitle("CCHC Desktop — tự kiểm tra")
    w, h = A4
    c.setFont(fonts.BOLD, 13)
    c.drawCentredString(w / 2, h - 25 * mm, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    c.drawCentredString(w / 2, h - 31 * mm, "Độc lập - Tự do - Hạnh phúc")
    c.setFont(fonts.REGULAR, 13)
    y = h - 45 * mm
    lines = [f"Tự kiểm tra CCHC Desktop {__version__}: phông Liberation Serif hiển thị đủ dấu tiếng Việt.",
             "Ắ Ằ Ẳ Ẵ Ặ ắ ằ ẳ ẵ ặ Ấ Ầ Ẩ Ẫ Ậ ơ ớ ờ ở ỡ ợ ư ứ ừ ử ữ ự Đ đ ỹ ỷ ỵ"]
    if plan:
        lines.append(f"Kế hoạch: {plan['number'] or ''} — {plan['unit_name']} — năm {plan['year']}")
        for it in list(items)[:12]:
            lines.append(f"{it.stt}. {it.content[:80]} — {', '.join(it.lead)} — {it.deadline_text}")
    for text in lines:
        c.drawString(30 * mm, y, text)
        y -= 7 * mm
    c.showPage()
    c.save()


def qt_steps(db_path: Path, out_dir: Path, pdf: Path | None, lang: str) -> list[Step]:
    # Qt renders without a display: the self-test runs on build machines and over remote support.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .gui.self_test import run_qt_checks
    return run_qt_checks(db_path, out_dir, pdf, lang)


def _emit(text: str) -> None:
    stream = sys.stdout
    if stream is None:  # windowed executable on Windows
        return
    try:
        stream.write(text + "\n")
        stream.flush()
    except (OSError, UnicodeEncodeError):
        stream.buffer.write((text + "\n").encode("utf-8", "replace")) if hasattr(stream, "buffer") else None


def run_self_test(argv: list[str] | None = None) -> int:
    args = _parse(list(sys.argv[1:] if argv is None else argv))
    out_dir = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="cchc-tu-kiem-tra-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="cchc-db-"))
    db_path = work / "tu-kiem-tra.sqlite3"
    steps: list[Step] = _guarded("Tệp tài nguyên", check_resources)
    db = None
    try:
        try:
            db, db_steps = open_demo_database(db_path)
            steps += db_steps
        except Exception as exc:
            steps.append(Step("Tạo cơ sở dữ liệu", False, f"{exc.__class__.__name__}: {exc}"))
        pdf_steps = _guarded("Xuất PDF", write_pdf, db, out_dir) if db else []
        steps += pdf_steps
        pdf = next((f for s in pdf_steps if s.ok for f in s.files), None)
        if db is not None:
            db.close()
        # Qt is checked even without a database: translations, icon and plugins still tell a lot.
        steps += _guarded("Giao diện (Qt)", qt_steps, db_path if db else None, out_dir, pdf, args.lang)
    finally:
        if db is not None:
            db.close()
        if args.keep_db:
            shutil.copy2(db_path, out_dir / db_path.name) if db_path.exists() else None
        shutil.rmtree(work, ignore_errors=True)
    ok = all(s.ok for s in steps)
    verdict = "TẤT CẢ ĐỀU ĐẠT" if ok else "CÓ LỖI — xem các dòng LỖI ở trên"
    report = "\n".join([f"CCHC Desktop {__version__} — tự kiểm tra ({sys.platform}"
                        f"{', bản đóng gói' if getattr(sys, 'frozen', False) else ''})",
                        *(s.line() for s in steps), f"Kết quả: {verdict}. Tệp kết quả trong: {out_dir}"])
    (out_dir / SUMMARY_FILE).write_text(report + "\n", encoding="utf-8")
    _emit(report)
    return 0 if ok else 1


def main() -> int:  # `python -m cchc_desktop.selftest`
    return run_self_test(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
