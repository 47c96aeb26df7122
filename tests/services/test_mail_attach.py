"""«Gửi qua e-mail»: the package is attached by xdg-email (Linux) or Simple MAPI (Windows) when the
system has them; otherwise a mailto: link and the officer attaches the file shown to them."""
from __future__ import annotations

import shutil
import stat
import sys
from pathlib import Path

import pytest

from cchc_desktop.services import mail_attach as ma

SUBJECT = "Gói dữ liệu CCHC số 3"
BODY = "Kính gửi Sở Nội vụ gói dữ liệu cchc-DNO-003.cchc."


@pytest.fixture
def package(tmp_path) -> Path:
    p = tmp_path / "cchc-DNO-003.cchc"
    p.write_bytes(b"PK")
    return p


def test_linux_with_xdg_email_attaches_the_file(package, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/xdg-email" if name == "xdg-email" else None)
    plan = ma.plan_mail(package, SUBJECT, BODY, system="Linux")
    assert plan.strategy == "xdg-email" and plan.attaches
    assert plan.command == ["/usr/bin/xdg-email", "--utf8", "--attach", str(package.resolve()),
                            "--subject", SUBJECT, "--body", BODY]
    with_to = ma.plan_mail(package, SUBJECT, BODY, to="vanthu@sonv.gov.vn", system="Linux")
    assert with_to.command[-1] == "vanthu@sonv.gov.vn"


def test_linux_without_xdg_email_falls_back_to_mailto(package, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    plan = ma.plan_mail(package, SUBJECT, BODY, system="Linux")
    assert plan.strategy == "mailto" and not plan.attaches and not ma.send(plan)
    assert plan.url.startswith("mailto:?subject=G%C3%B3i%20d%E1%BB%AF") and "&body=K%C3%ADnh" in plan.url


def test_windows_uses_mapi_when_mapi32_is_there_else_mailto(package, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: "C:/xdg-email.exe")  # never used on Windows
    assert ma.plan_mail(package, SUBJECT, BODY, system="Windows", has_mapi=lambda: True).strategy == "mapi"
    assert ma.plan_mail(package, SUBJECT, BODY, system="Windows", has_mapi=lambda: False).strategy == "mailto"
    monkeypatch.setattr(ma.platform, "system", lambda: "Windows")
    monkeypatch.setattr(ma, "mapi_available", lambda: False)
    assert ma.plan_mail(package, SUBJECT, BODY).strategy == "mailto"


def test_macos_has_no_portable_attachment(package, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: "/opt/homebrew/bin/xdg-email")
    assert ma.plan_mail(package, SUBJECT, BODY, system="Darwin").strategy == "mailto"


@pytest.mark.parametrize("wide", [True, False])
def test_mapi_message_carries_the_file_subject_and_body(package, wide):
    plan = ma.MailPlan("mapi", str(package), SUBJECT, BODY)
    msg, attachment = ma.mapi_message(plan, wide)
    assert msg.nFileCount == 1 and msg.nRecipCount == 0
    path = msg.lpFiles[0].lpszPathName
    assert (path if wide else path.decode("utf-8")) == str(package)
    assert msg.lpFiles[0].nPosition == 0xFFFFFFFF
    assert (msg.lpszSubject if wide else msg.lpszSubject.decode("utf-8")) == SUBJECT


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for xdg-email")
def test_send_runs_xdg_email_and_reports_its_failure(package, tmp_path, monkeypatch):
    log = tmp_path / "args.txt"
    fake = tmp_path / "xdg-email"
    fake.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{log}"\nexit "${{FAKE_EXIT:-0}}"\n')
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(shutil, "which", lambda name: str(fake))
    plan = ma.plan_mail(package, SUBJECT, BODY, system="Linux")
    assert ma.send(plan) is True
    assert log.read_text(encoding="utf-8").splitlines()[:3] == ["--utf8", "--attach", str(package.resolve())]
    monkeypatch.setenv("FAKE_EXIT", "3")                               # e.g. no mail program configured
    assert ma.send(plan) is False


def test_mapi_is_unavailable_off_windows():
    if sys.platform != "win32":
        assert ma.mapi_available() is False
