"""Builds the plain document DTOs printed by io/pdf and io/docx_plan from one read session."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.numbers import fmt_points
from ..domain.text import clean
from ..io.pdf.header import date_words
from ..io.pdf.model import Appendix, Letterhead, PlanDoc, ProgressDoc, Signer, Task, data_hash
from ..io.pdf.styles import paras
from ..store.models import ProgressUpdate, RemediationPlan, Unit
from .errors import InputRejected
from .plans import STATUSES, get_plan, item_row

OVERRIDABLE = ("number", "issued_on", "place", "signer_name", "signer_authority", "signer_authority_body",
               "signer_title_line1", "signer_title", "governing_body", "issuing_body", "subject", "recipients")
_ADMIN_WORDS = ("tỉnh", "huyện", "xã", "thành phố", "thị xã", "thị trấn", "phường", "quận")


def plan_fields(plan: RemediationPlan, overrides: dict | None) -> dict:
    """The printable fields of a plan with the print-preview overrides (signer, date, number) applied."""
    f = {k: getattr(plan, k) for k in OVERRIDABLE}
    for k, v in (overrides or {}).items():
        if k not in OVERRIDABLE:
            raise InputRejected(f"Không thể thay đổi «{k}» khi in; chỉ được đổi: {', '.join(OVERRIDABLE)}.",
                                en=f"«{k}» cannot be changed when printing; only these can: {', '.join(OVERRIDABLE)}.")
        if k == "issued_on" and isinstance(v, str):
            try:
                v = date.fromisoformat(v) if v else None
            except ValueError:
                raise InputRejected(f"Ngày ban hành «{v}» không hợp lệ; dùng dạng 2023-04-05.",
                                    en=f"The issue date «{v}» is not valid; use the form 2023-04-05.") from None
        f[k] = v
    return f


AUTHORITIES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")


def signer_of(f: dict) -> Signer:
    """The decree's signature lines from the stored parts.

    authority_body is the collective the signer acts for (`TM. ỦY BAN NHÂN DÂN`); the authority
    (KT./Q./TL./TUQ.) qualifies title_line1 (`KT. CHỦ TỊCH`); title is the signer's own post
    (`PHÓ CHỦ TỊCH`). A Sở director signs with the title alone (`GIÁM ĐỐC`).
    """
    authority = clean(f.get("signer_authority")).upper()
    body = clean(f.get("signer_authority_body"))
    line1 = clean(f.get("signer_title_line1"))
    title = clean(f.get("signer_title"))
    lines = []
    if body:
        lines.append(body if body.upper().startswith("TM.") else f"TM. {body}")
    if line1:
        has_prefix = line1.upper().startswith(AUTHORITIES)
        lines.append(line1 if has_prefix or authority in ("", "TM.") else f"{authority} {line1}")
    elif authority and authority != "TM." and title:
        title = f"{authority} {title}" if not body else title
    if title:
        lines.append(title)
    deduped = [x for n, x in enumerate(lines) if x.upper() not in (y.upper() for y in lines[:n])]
    return Signer(tuple(deduped), clean(f.get("signer_name")))


def issuer_name(unit: Unit, issuing_body: str | None) -> str:
    """'Ủy ban nhân dân huyện Tuy Đức' / 'Sở Kế hoạch và Đầu tư' for the appendix's 'của …'."""
    name = clean(unit.name)
    low = name.lower()
    if low.startswith(("ubnd", "ủy ban", "uỷ ban")) or unit.level not in ("tinh", "huyen", "xa"):
        return name
    for word in _ADMIN_WORDS:
        if low.startswith(word + " "):
            return "Ủy ban nhân dân " + word + name[len(word):]
    return name


def _number(f: dict, kind: str = "KH") -> str:
    if f.get("number"):
        return clean(f["number"])
    return f"\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/{kind}"


def letterhead_of(f: dict, unit: Unit, year: int, number: str | None = None) -> Letterhead:
    parent = unit.parent.name if unit.parent is not None else ""
    return Letterhead(clean(f.get("governing_body") or parent).upper(),
                      clean(f.get("issuing_body") or unit.name).upper(),
                      number or _number(f), clean(f.get("place") or unit.place or ""), f.get("issued_on"), year)


def task_of(row, item, progress: ProgressUpdate | None = None) -> Task:
    status = progress.status if progress else row.status
    return Task(stt=row.stt, content=row.content, lead=row.lead, partners=row.partners,
                deadline=row.deadline_text, criterion_code=row.criterion_code,
                criterion_name=item.criterion_name, max_points=item.max_points, points_lost=row.points_lost,
                reason=row.reason, status=status, status_label=STATUSES.get(status, status),
                progress=clean(progress.text) if progress and progress.text else "")


def appendix_kind(tasks: list[Task], unit: Unit) -> str:
    """Seed 000 (a Sở) prints its deficits (max / achieved / reason / remedy); seed 004 (a district)
    prints the task assignment. Without offices only the deficit table makes sense."""
    complete = bool(tasks) and all(t.max_points is not None for t in tasks)
    if complete and (unit.level == "so" or not any(t.lead for t in tasks)):
        return "deficit"
    return "tasks"


def deduction_lines(tasks: list[Task]) -> tuple[str, ...]:
    out = []
    for n, t in enumerate((t for t in tasks if t.criterion_code and t.points_lost), start=1):
        what = clean(t.criterion_name or t.content)
        why = f": {clean(t.reason)}" if t.reason else ""
        who = f" (chủ trì: {'; '.join(t.lead)})" if t.lead else ""
        out.append(f"{n}. Tiêu chí {t.criterion_code} {what}{why} (trừ {fmt_points(t.points_lost)} điểm){who}.")
    return tuple(out)


def _narrated(plan: RemediationPlan, tasks: list[Task]) -> bool:
    """Seed 004 writes each deduction out in section II already: do not list them twice."""
    intro = plan.tasks_intro or ""
    return any(t.criterion_code and t.criterion_code in intro for t in tasks)


def plan_doc(s: Session, plan_id: int, overrides: dict | None = None, appendix: str = "auto") -> PlanDoc:
    plan = get_plan(s, plan_id)
    unit = s.get(Unit, plan.unit_id)
    f = plan_fields(plan, overrides)
    items = [i for i in plan.items if not i.deleted]
    tasks = [task_of(item_row(i), i) for i in items]
    lh = letterhead_of(f, unit, plan.year)
    if appendix not in ("auto", "tasks", "deficit", "both"):
        raise InputRejected(f"Kiểu phụ lục «{appendix}» không hợp lệ; dùng: auto, tasks, deficit, both.",
                            en=f"The appendix kind «{appendix}» is not valid; use: auto, tasks, deficit, both.")
    kinds = {"auto": [appendix_kind(tasks, unit)], "both": ["deficit", "tasks"]}.get(appendix, [appendix])
    deficit_title = f"Những nội dung chưa hoàn thành hoặc hoàn thành nhưng kết quả chưa cao năm {plan.result_year}"
    tasks_title = f"Phân công nhiệm vụ khắc phục các tồn tại, hạn chế về Chỉ số cải cách hành chính năm " \
                  f"{plan.result_year}"
    attached = f"(Kèm theo Kế hoạch số {lh.number} {date_words(lh.issued_on, plan.year)} của " \
               f"{issuer_name(unit, lh.issuing_body)})"
    appendices = tuple(
        Appendix(k, (plan.appendix_title if n == 0 and plan.appendix_title else
                     deficit_title if k == "deficit" else tasks_title),
                 attached, tuple(tasks), plan.result_year, plan.year)
        for n, k in enumerate(kinds)) if tasks else ()
    kind = kinds[0]
    doc = PlanDoc(letterhead=lh, kind_title="KẾ HOẠCH", subject=clean(f.get("subject")),
                  bases=paras(plan.bases), intro=paras(plan.preamble), purpose=paras(plan.purpose),
                  requirements=paras(plan.requirements), tasks_intro=paras(plan.tasks_intro),
                  deductions=deduction_lines(tasks) if kind == "tasks" and not _narrated(plan, tasks) else (),
                  organisation=paras(plan.organisation), closing=paras(plan.closing), signer=signer_of(f),
                  recipients=tuple(clean(r) for r in (f.get("recipients") or [])), appendices=appendices)
    h = data_hash(doc)
    return replace(doc, data_hash=h, qr_payload=f"CCHC|KH|{unit.code}|{plan.uuid}|{lh.number.strip()}|{h}")


def _first_addressee(recipients) -> str:
    for r in recipients or []:
        name = clean(r).lstrip("-").strip().rstrip(";.")
        if name and not name.lower().startswith("lưu"):
            return clean(name.split("(")[0])
    return ""


def progress_doc(s: Session, plan_id: int, period, overrides: dict | None = None) -> ProgressDoc:
    plan = get_plan(s, plan_id)
    unit = s.get(Unit, plan.unit_id)
    overrides = dict(overrides or {})
    difficulties = overrides.pop("difficulties", None)
    proposals = overrides.pop("proposals", None)
    addressee = overrides.pop("addressees", None)
    f = plan_fields(plan, {"number": None, "issued_on": None, **overrides})
    items = [i for i in plan.items if not i.deleted]
    updates = {u.item_id: u for u in s.execute(select(ProgressUpdate).where(
        ProgressUpdate.item_id.in_([i.id for i in items]), ProgressUpdate.period == period.code,
        ProgressUpdate.deleted.is_(False))).scalars()}
    tasks = [task_of(item_row(i), i, updates.get(i.id)) for i in items]
    suffix = (plan.number or "/KH-UBND").split("/", 1)[-1].replace("KH", "BC", 1)
    lh = letterhead_of(f, unit, period.year, number=_number(f, suffix))
    plan_ref = f"Kế hoạch số {clean(plan.number) or '…'} {date_words(plan.issued_on, plan.year)} của " \
               f"{issuer_name(unit, lh.issuing_body)}"
    label = period.label_vi
    label_lc = label[0].lower() + label[1:]
    counts = {k: sum(1 for t in tasks if t.status == k) for k in STATUSES}
    summary = [f"Kế hoạch có {len(tasks)} nhiệm vụ. Đến hết kỳ báo cáo: " + "; ".join(
        f"{STATUSES[k].lower()} {n}" for k, n in counts.items() if n) + "."]
    summary.append("Kết quả thực hiện từng nhiệm vụ như sau:")
    trouble = [t for t in tasks if t.status in ("overdue", "failed")]
    diff = paras(difficulties) or tuple(
        f"- Nhiệm vụ {t.stt} ({t.content}): {t.status_label.lower()}" + (f"; {t.progress.rstrip('.')}" if t.progress else "")
        + "." for t in trouble) or ("Trong kỳ báo cáo không phát sinh khó khăn, vướng mắc.",)
    doc = ProgressDoc(
        letterhead=lh,
        subject=f"Kết quả thực hiện {plan_ref} {label_lc}",
        addressees=tuple(paras(addressee)) or ((_first_addressee(plan.recipients),)
                                              if _first_addressee(plan.recipients) else ()),
        period_label=label,
        intro=(f"Thực hiện {plan_ref} về {clean(plan.subject)[:1].lower() + clean(plan.subject)[1:]}, "
               f"{issuer_name(unit, lh.issuing_body)} báo cáo kết quả thực hiện {label_lc} như sau:",),
        summary=tuple(summary), tasks=tuple(tasks), difficulties=diff,
        proposals=paras(proposals) or ("Không có đề xuất, kiến nghị trong kỳ báo cáo.",),
        signer=signer_of(f), recipients=tuple(clean(r) for r in (f.get("recipients") or [])))
    return replace(doc, data_hash=data_hash(doc))
