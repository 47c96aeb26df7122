"""Periodic progress report of a plan (Báo cáo định kỳ: Q1, H1, 9M, Y) in the decree's report form."""
from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from .header import addressees, letterhead, signature_block, title_block
from .model import ProgressDoc
from .pages import build, text_width
from .plan_pdf import body_paragraphs
from .styles import PORTRAIT, styles
from .tables import cell, ruled_table


def progress_story(doc: ProgressDoc) -> list[Flowable]:
    st = styles()
    width = text_width(PORTRAIT)
    story: list[Flowable] = [letterhead(doc.letterhead, width)]
    story += title_block("BÁO CÁO", doc.subject)
    if doc.addressees:
        story.append(addressees(doc.addressees))
    story += body_paragraphs(doc.intro)
    story.append(Paragraph("I. KẾT QUẢ THỰC HIỆN", st["heading"]))
    story += body_paragraphs(doc.summary)
    # 11 pt cells: six columns must fit the portrait text width without breaking office names
    rows = [[cell(t.stt, "cell_s_center"), cell(t.content, "cell_s"), cell("; ".join(t.lead), "cell_s"),
             cell(t.deadline, "cell_s_center"), cell(t.status_label, "cell_s_center"), cell(t.progress, "cell_s")]
            for t in doc.tasks]
    story.append(ruled_table(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng",
                              "Kết quả thực hiện"], rows, (0.07, 0.29, 0.19, 0.14, 0.12, 0.19), width,
                             head_style="cell_s_head"))
    story.append(Paragraph("II. KHÓ KHĂN, VƯỚNG MẮC", st["heading"]))
    story += body_paragraphs(doc.difficulties)
    story.append(Paragraph("III. ĐỀ XUẤT, KIẾN NGHỊ", st["heading"]))
    story += body_paragraphs(doc.proposals)
    story.append(signature_block(doc.signer, doc.recipients, width))
    return story


def render_progress_pdf(doc: ProgressDoc, out: Path, hooks=None) -> int:
    return build(out, progress_story(doc), title=f"Báo cáo {doc.period_label}", footer_hash=doc.data_hash,
                 footer_on_portrait=True, hooks=hooks)
