"""`plan calendar`: the reporting calendar (Q1, 6 tháng, 9 tháng, năm) and a province's own due dates."""
from __future__ import annotations

import re

from .output import table


def _due_days(items: list[str]) -> dict[str, tuple[int, int]]:
    from ..services.errors import InputRejected
    out = {}
    for item in items:
        m = re.fullmatch(r"\s*(Q[1-4]|H1|9M|Y)\s*=\s*(\d{1,2})/(\d{1,2})\s*", item or "")
        if not m:
            raise InputRejected(f"«{item}» không đúng dạng KỲ=ngày/tháng, ví dụ Q1=20/3 hoặc Y=5/12.",
                                en=f"«{item}» is not PERIOD=day/month, for example Q1=20/3 or Y=5/12.")
        out[m.group(1)] = (int(m.group(3)), int(m.group(2)))
    return out


def _vn_date(value) -> str:
    """15/03/2023, as officers write dates (the JSON keeps ISO)."""
    from datetime import date
    d = value if isinstance(value, date) else date.fromisoformat(str(value))
    return d.strftime("%d/%m/%Y")


def cmd_calendar(ctx, args):
    from ..services import progress  # lazy: keeps `cchc --help` fast
    if args.set:
        with ctx.db.read() as s:
            from ..services import units
            province = args.province or progress.province_of(s, units.own_unit(s))
        progress.set_report_due_days(ctx.db, _due_days(args.set), province)
    doc = progress.report_calendar(ctx.db, args.year, args.unit)
    rows = [[p["period"], p["label"], _vn_date(p["due"])] for p in doc["periods"]]
    return doc, ctx.t(f"Lịch báo cáo năm {args.year} ({doc['province']}):\n",
                      f"Reporting calendar {args.year} ({doc['province']}):\n") + \
        table(rows, ctx.t(["Kỳ", "Tên kỳ", "Hạn nộp"], ["Period", "Period name", "Due"]))


def register(reg):
    p = reg.command("plan", "calendar", cmd_calendar, "lịch báo cáo tiến độ (xem, hoặc đặt hạn nộp của tỉnh)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--unit", help="đơn vị (mặc định: đơn vị của máy này)")
    p.add_argument("--province", help="mã tỉnh khi đặt hạn (mặc định: tỉnh của đơn vị này)")
    p.add_argument("--set", nargs="+", metavar="KỲ=NGÀY/THÁNG", help="ví dụ: --set Q1=20/3 Y=5/12")
