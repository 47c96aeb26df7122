"""«Gửi qua e-mail» with the package attached, where the platform allows it (package.md, Export).

- Linux and other Unix desktops: `xdg-email --attach FILE --subject S --body B` when xdg-email is on
  PATH (Thunderbird, Evolution and KMail honour --attach).
- Windows: Simple MAPI, MAPISendMailW (or the ANSI MAPISendMail on old systems) from mapi32.dll
  with the file as attachment and the compose dialog shown (Outlook, Thunderbird register it).
- Anywhere else, or when that fails: a mailto: link (no attachment possible) and the caller shows
  the file in the file manager, telling the officer to attach it.

Qt-free so the choice and the commands are unit-tested; the GUI only runs the plan.
"""
from __future__ import annotations

import platform
import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

XDG_EMAIL = "xdg-email"
MAPI_LOGON_UI, MAPI_DIALOG = 0x1, 0x8
MAPI_USER_ABORT = 1  # the officer closed the compose window: handled, not a failure
_WAIT = 4.0          # seconds to wait for a quick failure before assuming the mail program is open


@dataclass
class MailPlan:
    strategy: str                      # "xdg-email" | "mapi" | "mailto"
    path: str
    subject: str
    body: str
    command: list[str] = field(default_factory=list)
    url: str = ""

    @property
    def attaches(self) -> bool:
        return self.strategy != "mailto"


def mailto_url(subject: str, body: str, to: str = "") -> str:
    return f"mailto:{quote(to)}?subject={quote(subject)}&body={quote(body)}"


def mapi_available() -> bool:
    """mapi32.dll with a send function can be loaded (Windows with a mail client installed)."""
    try:
        import ctypes
        dll = ctypes.WinDLL("mapi32.dll")  # AttributeError off Windows
        return hasattr(dll, "MAPISendMailW") or hasattr(dll, "MAPISendMail")
    except (OSError, AttributeError, ImportError):
        return False


def plan_mail(path, subject: str, body: str, to: str = "", system: str | None = None,
              has_mapi=None) -> MailPlan:
    """The best way to open a message with `path` attached on this system."""
    path = str(Path(path).resolve())
    system = system or platform.system()
    url = mailto_url(subject, body, to)
    if system == "Windows":
        if (has_mapi or mapi_available)():
            return MailPlan("mapi", path, subject, body, url=url)
        return MailPlan("mailto", path, subject, body, url=url)
    tool = shutil.which(XDG_EMAIL)
    if system != "Darwin" and tool:
        command = [tool, "--utf8", "--attach", path, "--subject", subject, "--body", body]
        return MailPlan("xdg-email", path, subject, body, command=command + ([to] if to else []), url=url)
    return MailPlan("mailto", path, subject, body, url=url)


def send(plan: MailPlan) -> bool:
    """Open the message. True: the mail program has it with the file attached (as far as can be
    told); False: use the fallback (mailto + show the file)."""
    if plan.strategy == "xdg-email":
        return _run_xdg(plan.command)
    if plan.strategy == "mapi":
        return _run_mapi(plan)
    return False


def _run_xdg(command: list[str]) -> bool:
    try:
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:
        return False
    try:
        return proc.wait(timeout=_WAIT) == 0
    except subprocess.TimeoutExpired:
        return True  # still starting the mail program: it took the message


# ------------------------------------------------------------------ Simple MAPI (Windows)
def mapi_structures(wide: bool = True):
    """ctypes types of MapiFileDesc[W] and MapiMessage[W] (MAPI.h), built on any OS for tests."""
    import ctypes
    from ctypes import POINTER, Structure, c_ulong, c_void_p
    text = ctypes.c_wchar_p if wide else ctypes.c_char_p

    class MapiFileDesc(Structure):
        _fields_ = [("ulReserved", c_ulong), ("flFlags", c_ulong), ("nPosition", c_ulong),
                    ("lpszPathName", text), ("lpszFileName", text), ("lpFileType", c_void_p)]

    class MapiMessage(Structure):
        _fields_ = [("ulReserved", c_ulong), ("lpszSubject", text), ("lpszNoteText", text),
                    ("lpszMessageType", text), ("lpszDateReceived", text), ("lpszConversationID", text),
                    ("flFlags", c_ulong), ("lpOriginator", c_void_p), ("nRecipCount", c_ulong),
                    ("lpRecips", c_void_p), ("nFileCount", c_ulong), ("lpFiles", POINTER(MapiFileDesc))]
    return MapiFileDesc, MapiMessage


def mapi_message(plan: MailPlan, wide: bool = True):
    """(message, attachment) ready for MAPISendMail[W]; keep both alive during the call."""
    file_desc, message = mapi_structures(wide)
    enc = (lambda s: s) if wide else (lambda s: s.encode("mbcs" if platform.system() == "Windows" else "utf-8",
                                                          "replace"))
    attachment = file_desc(0, 0, 0xFFFFFFFF, enc(plan.path), enc(Path(plan.path).name), None)
    msg = message(0, enc(plan.subject), enc(plan.body), None, None, None, 0, None, 0, None, 1,
                  __import__("ctypes").pointer(attachment))
    return msg, attachment


def _run_mapi(plan: MailPlan) -> bool:
    import ctypes
    try:
        dll = ctypes.WinDLL("mapi32.dll")
    except (OSError, AttributeError):
        return False
    wide = hasattr(dll, "MAPISendMailW")
    func = dll.MAPISendMailW if wide else dll.MAPISendMail
    msg, attachment = mapi_message(plan, wide)
    result: list[int] = []

    def call():  # the compose window is modal to this call: keep the GUI thread free
        try:
            result.append(func(0, 0, ctypes.byref(msg), MAPI_LOGON_UI | MAPI_DIALOG, 0))
        except OSError:
            result.append(-1)
        _ = attachment  # referenced until the call returns
    worker = threading.Thread(target=call, name="mapi-send", daemon=True)
    worker.start()
    worker.join(_WAIT)
    if not result:
        return True  # the compose window is open
    return result[0] in (0, MAPI_USER_ABORT)
