"""The remediation plan as the decree prints it: portrait body, then landscape appendices."""
from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from .appendix import appendix_flowables
from .header import letterhead, signature_block, title_block
from .model import PlanDoc
from .pages import build, landscape_section, text_width
from .styles import LANDSCAPE, PORTRAIT, esc, styles


def body_paragraphs(lines, style="body") -> list[Flowable]:
    st = styles()[style]
    return [Paragraph(esc(line), st) for line in lines]


def plan_story(doc: PlanDoc) -> list[Flowable]:
    st = styles()
    width = text_width(PORTRAIT)
    story: list[Flowable] = [letterhead(doc.letterhead, width)]
    story += title_block(doc.kind_title, doc.subject)
    story += body_paragraphs(doc.bases) + body_paragraphs(doc.intro)
    if doc.purpose or doc.requirements:
        story.append(Paragraph("I. MỤC ĐÍCH, YÊU CẦU", st["heading"]))
        story.append(Paragraph("1. Mục đích", st["subheading"]))
        story += body_paragraphs(doc.purpose)
        story.append(Paragraph("2. Yêu cầu", st["subheading"]))
        story += body_paragraphs(doc.requirements)
    story.append(Paragraph("II. NHIỆM VỤ, GIẢI PHÁP", st["heading"]))
    story += body_paragraphs(doc.tasks_intro) + body_paragraphs(doc.deductions)
    if doc.appendices and not any("kèm theo" in line.lower() for line in doc.tasks_intro):
        story.append(Paragraph("<i>(Có Phụ lục kèm theo)</i>", st["body"]))
    story.append(Paragraph("III. TỔ CHỨC THỰC HIỆN", st["heading"]))
    story += body_paragraphs(doc.organisation) + body_paragraphs(doc.closing)
    story.append(signature_block(doc.signer, doc.recipients, width))
    wide = text_width(LANDSCAPE)
    for n, ap in enumerate(doc.appendices):
        story += landscape_section()
        story += appendix_flowables(ap, n, len(doc.appendices), wide)
    return story


def render_plan_pdf(doc: PlanDoc, out: Path, hooks=None) -> int:
    """Writes the PDF; returns the number of pages."""
    return build(out, plan_story(doc), title=f"{doc.kind_title} {doc.letterhead.number}",
                 footer_hash=doc.data_hash, qr_payload=doc.qr_payload, hooks=hooks)
