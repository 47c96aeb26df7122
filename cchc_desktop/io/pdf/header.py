"""The decree's fixed parts: header block, title, signature block and Nơi nhận (NĐ 30/2020, Phụ lục I)."""
from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from . import fonts
from .model import Letterhead, Signer
from .styles import esc, styles

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


class Rule(Flowable):
    """A short centred horizontal line (under the issuing body, the motto and the subject)."""

    def __init__(self, width: float, thickness: float = 0.6, space_before: float = 2.5, space_after: float = 4):
        super().__init__()
        self.rule_width, self.thickness = width, thickness
        self.space_before, self.space_after = space_before, space_after

    def wrap(self, avail_w, avail_h):
        self._avail = avail_w
        return avail_w, self.space_before + self.thickness + self.space_after

    def draw(self):
        x0 = (self._avail - self.rule_width) / 2
        y = self.space_after
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, y, x0 + self.rule_width, y)


def date_line(place: str, d: date | None, year: int) -> str:
    """'Tuy Đức, ngày 05 tháng 4 năm 2023': day < 10 and months 1–2 get a leading zero."""
    if d is None:
        gap = "\u00a0" * 6  # kept open for the date written at signing; plain spaces would collapse
        return f"{place}, ngày{gap}tháng{gap}năm {year}".lstrip(", ")
    day = f"{d.day:02d}"
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{place}, ngày {day} tháng {month} năm {d.year}".lstrip(", ")


def date_words(d: date | None, year: int) -> str:
    """'ngày 05 tháng 4 năm 2023' for the appendix line; blanks while the plan is undated."""
    return date_line("", d, year).lstrip(", ").strip()


def letterhead(lh: Letterhead, width: float) -> Table:
    st = styles()
    left_w = width * 0.42
    right_w = width - left_w
    issuing = lh.issuing_body.upper()
    left = [Paragraph(esc(lh.governing_body.upper()), st["head_left"]) if lh.governing_body else Spacer(1, 1),
            Paragraph(esc(issuing), st["head_left_bold"]),
            Rule(min(30 * mm, left_w * 0.5)),
            Paragraph(esc(f"Số: {lh.number}"), st["number"])]
    motto_w = stringWidth(MOTTO, fonts.BOLD, 13)
    right = [Paragraph(NATION, st["head_right_bold"]), Paragraph(MOTTO, st["motto"]), Rule(motto_w),
             Paragraph(esc(date_line(lh.place, lh.issued_on, lh.year)), st["place_date"])]
    t = Table([[left, right]], colWidths=[left_w, right_w])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def title_block(kind: str, subject: str) -> list[Flowable]:
    st = styles()
    out = [Paragraph(esc(kind.upper()), st["title"])]
    if subject:
        out.append(Paragraph(esc(subject), st["subject"]))
    out.append(Rule(45 * mm, space_before=3, space_after=10))
    return out


def addressees(names: tuple[str, ...]) -> Flowable:
    """'Kính gửi: …' — one addressee inline, several as a list under it."""
    st = styles()
    if len(names) == 1:
        return Paragraph(f"Kính gửi: {esc(names[0])}.", st["center"])
    lines = "<br/>".join(f"- {esc(n)};" for n in names[:-1]) + f"<br/>- {esc(names[-1])}."
    t = Table([[Paragraph("Kính gửi:", st["addressee"]), Paragraph(lines, st["addressee"])]],
              colWidths=[28 * mm, 110 * mm], hAlign="CENTER")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def recipient_lines(recipients: tuple[str, ...]) -> list[str]:
    """`- …;` one per line; the archive line `- Lưu: VT, …` closes the list with a full stop."""
    items = [r.strip().lstrip("-–").strip().rstrip(";.").strip() for r in recipients if r and r.strip()]
    archive = [r for r in items if r.lower().startswith("lưu")]
    items = [r for r in items if not r.lower().startswith("lưu")]
    items.append(archive[-1] if archive else "Lưu: VT")
    return [f"- {r};" for r in items[:-1]] + [f"- {items[-1]}."]


def signature_block(signer: Signer, recipients: tuple[str, ...], width: float) -> Flowable:
    st = styles()
    left = [Paragraph("Nơi nhận:", st["recipients_head"])]
    left += [Paragraph(esc(line), st["recipient"]) for line in recipient_lines(recipients)]
    right = [Paragraph(esc(line.upper()), st["sign"]) for line in signer.lines if line]
    right += [Spacer(1, 26 * mm), Paragraph(esc(signer.name), st["sign"])]
    t = Table([[left, right]], colWidths=[width * 0.5, width * 0.5])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 8), t])
