"""Translated labels of domain codes (criterion kinds, task statuses, bands)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(kind: str) -> str:
    labels = {
        "scored": QCoreApplication.translate("Labels", "Scored"),
        "survey": QCoreApplication.translate("Labels", "Survey (ĐTXHH)"),
        "bonus": QCoreApplication.translate("Labels", "Bonus points"),
        "penalty": QCoreApplication.translate("Labels", "Penalty points"),
    }
    return labels.get(kind, kind)


STATUS_CODES = ("not_started", "in_progress", "done", "overdue", "failed")


def status_label(status: str) -> str:
    labels = {
        "not_started": QCoreApplication.translate("Labels", "Not started"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "done": QCoreApplication.translate("Labels", "Done"),
        "overdue": QCoreApplication.translate("Labels", "Overdue"),
        "failed": QCoreApplication.translate("Labels", "Could not be done"),
    }
    return labels.get(status, status)


def band_label(band: str | None) -> str:
    """Bands come from the domain in Vietnamese (they are printed that way)."""
    if not band:
        return ""
    labels = {
        "Tốt": QCoreApplication.translate("Labels", "Good"),
        "Khá": QCoreApplication.translate("Labels", "Fairly good"),
        "Trung bình": QCoreApplication.translate("Labels", "Average"),
        "Yếu": QCoreApplication.translate("Labels", "Weak"),
    }
    return labels.get(band, band)


def state_label(state: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "self_assessed": QCoreApplication.translate("Labels", "Self-assessed (locked)"),
        "sent": QCoreApplication.translate("Labels", "Sent to the province"),
        "returned": QCoreApplication.translate("Labels", "Returned for explanation"),
        "explained": QCoreApplication.translate("Labels", "Explained"),
        "appraised": QCoreApplication.translate("Labels", "Appraised"),
        "published": QCoreApplication.translate("Labels", "Published"),
    }
    return labels.get(state, state)
