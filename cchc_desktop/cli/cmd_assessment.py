"""What the GUI does that a province scripts: `scores set`, `assessment lock|unlock|state`,
`criteria copy` — the same services as the Chấm điểm and Tiêu chí tabs."""
from __future__ import annotations

import json
from pathlib import Path

STATES = ["draft", "self_assessed", "sent", "explained", "appraised", "published"]


def cmd_set(ctx, args):
    from ..domain.numbers import fmt_points, parse_points
    from ..services import criteria, scores, units  # lazy: keeps `cchc --help` fast
    from ..services.errors import InputRejected, NotFound
    try:
        value = parse_points(args.value)
    except ValueError as exc:
        raise InputRejected(f"«{args.value}» không phải là số điểm (ví dụ: 0,5 hoặc 0.5).",
                            en=f"«{args.value}» is not a score (for example: 0,5 or 0.5).") from exc
    with ctx.db.read() as s:
        unit = units.find_unit(s, args.unit)
        a = scores.assessment_for(s, unit, args.year, create=False) if _has(s, unit, args.year) else None
        sets = [cs for cs in criteria.sets_of_year(s, args.year) if a is None or cs.id == a.set_id]
        sets = [cs for cs in sets if cs.level == unit.level] or sets
        crit = next((c for cs in sets for c in criteria.crits_of(s, cs.id) if c.code == args.criterion), None)
        if crit is None:
            raise NotFound(f"Bộ tiêu chí năm {args.year} không có tiêu chí mã {args.criterion}.",
                           en=f"The criteria set of {args.year} has no criterion with code {args.criterion}.")
        unit_code, crit_id = unit.code, crit.id
    out = scores.set_score(ctx.db, unit_code, args.year, crit_id, args.layer, value, reason=args.reason,
                           explanation=args.explanation)
    doc = {"unit": unit_code, "year": args.year, "criterion": args.criterion, "layer": args.layer} | out
    return doc, ctx.t(f"Đã ghi điểm {fmt_points(value, '(trống)')} cho tiêu chí {args.criterion} ({args.layer}).",
                      f"Wrote the score {fmt_points(value, '(empty)')} for criterion {args.criterion} ({args.layer}).")


def _has(s, unit, year) -> bool:
    from ..services import scores
    from ..services.errors import NotFound
    try:
        scores.assessment_for(s, unit, year)
        return True
    except NotFound:
        return False


def _state_doc(change) -> dict:
    return {"unit": change.unit_code, "year": change.year, "before": change.before, "state": change.after,
            "reason": change.reason}


def cmd_lock(ctx, args):
    from ..services import assessments
    ch = assessments.lock(ctx.db, args.unit, args.year)
    return _state_doc(ch), ctx.t(f"Đã khóa phần tự chấm năm {args.year} của {ch.unit_code}.",
                                 f"Locked the self-assessment of {ch.unit_code} for {args.year}.")


def cmd_unlock(ctx, args):
    from ..services import assessments
    ch = assessments.unlock(ctx.db, args.unit, args.year, args.reason)
    return _state_doc(ch), ctx.t(f"Đã mở khóa bản đánh giá năm {args.year} của {ch.unit_code} (lý do đã ghi nhật ký).",
                                 f"Unlocked the assessment of {ch.unit_code} for {args.year} (the reason is in the log).")


def cmd_state(ctx, args):
    from ..services import assessments
    ch = assessments.set_state(ctx.db, args.unit, args.year, args.state, args.reason)
    return _state_doc(ch), ctx.t(f"Bản đánh giá năm {args.year} của {ch.unit_code}: {ch.before} → {ch.after}.",
                                 f"Assessment of {ch.unit_code} for {args.year}: {ch.before} → {ch.after}.")


def cmd_copy(ctx, args):
    from ..services import criteria, criteria_years
    from ..services.errors import InputRejected
    mapping = []
    if args.mapping:
        try:
            mapping = json.loads(Path(args.mapping).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputRejected(f"Không đọc được tệp ánh xạ «{args.mapping}»: {exc}", file=args.mapping,
                                en=f"Could not read the mapping file «{args.mapping}»: {exc}") from exc
    with ctx.db.read() as s:
        source = criteria.find_set(s, args.year, args.level).id
    doc = criteria_years.copy_set_to_year(ctx.db, source, args.to_year, mapping, args.name)
    return doc, ctx.t(f"Đã tạo {doc['name']} ({doc['criteria']} tiêu chí) từ bộ tiêu chí năm {args.year}.",
                      f"Created {doc['name']} ({doc['criteria']} criteria) from the criteria set of {args.year}.")


def register(reg):
    p = reg.command("scores", "set", cmd_set, "ghi một điểm (như nhập trên thẻ Chấm điểm)")
    p.add_argument("--unit", required=True)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--criterion", required=True, help="mã tiêu chí, ví dụ 3.4.4")
    p.add_argument("--layer", choices=["self", "appraised", "survey"], default="self")
    p.add_argument("--value", required=True, help="số điểm (0,5 hoặc 0.5); để trống = xóa điểm")
    p.add_argument("--reason", help="lý do trừ điểm")
    p.add_argument("--explanation", help="giải trình")
    for name, func, help_ in (("lock", cmd_lock, "khóa phần tự chấm"),
                              ("unlock", cmd_unlock, "mở khóa (cần lý do, ghi nhật ký)"),
                              ("state", cmd_state, "chuyển trạng thái bản đánh giá")):
        p = reg.command("assessment", name, func, help_, "bản đánh giá (trạng thái, khóa)")
        p.add_argument("--unit", required=True)
        p.add_argument("--year", type=int, required=True)
        if name == "unlock":
            p.add_argument("--reason", required=True)
        if name == "state":
            p.add_argument("state", choices=STATES)
            p.add_argument("--reason")
    p = reg.command("criteria", "copy", cmd_copy, "tạo bộ tiêu chí năm mới từ bộ tiêu chí năm trước")
    p.add_argument("--year", type=int, required=True, help="năm của bộ tiêu chí nguồn")
    p.add_argument("--to-year", type=int, required=True)
    p.add_argument("--level")
    p.add_argument("--name")
    p.add_argument("--mapping", help="tệp JSON: [{\"change\": \"renamed\", \"code\": \"1.1\", \"name\": \"…\"}, …]")
