"""keys show, keys export, keys trust (package.md: keys are exchanged once, compared by phone)."""
from __future__ import annotations

import sys

from .output import say


def cmd_show(ctx, args):
    from ..services import keys
    doc = keys.show_key(ctx.db)
    u = doc["unit"]
    lines = [ctx.t("Đơn vị: ", "Unit: ") + f"{u['name']} ({u['code']})",
             ctx.t("Dấu vân tay khóa của máy này: ", "This computer's key fingerprint: ") + doc["fingerprint"]]
    if doc["trusted"]:
        lines.append(ctx.t("Khóa đã tin cậy:", "Trusted keys:"))
        lines += [f"  {k['unit']}: {k['fingerprint']}" for k in doc["trusted"]]
    return doc, "\n".join(lines)


def cmd_export(ctx, args):
    from ..services import keys
    doc = keys.export_public_key(ctx.db, args.out)
    return doc, ctx.t(f"Đã ghi tệp khóa {doc['path']} và mã QR {doc['qr']}.\n"
                      f"Dấu vân tay để đọc qua điện thoại: {doc['fingerprint']}",
                      f"Wrote the key file {doc['path']} and the QR code {doc['qr']}.\n"
                      f"Fingerprint to read over the phone: {doc['fingerprint']}")


def _asker(t):
    return lambda info: _ask(info, t)


def _ask(info, t=lambda vi, en: vi) -> bool:
    u = info["unit"]
    say(t(f"Khóa của {u['name']} ({u['code']}).\nDấu vân tay: {info['fingerprint']}\n"
          "Hãy gọi điện cho người gửi và so từng nhóm ký tự.",
          f"Key of {u['name']} ({u['code']}).\nFingerprint: {info['fingerprint']}\n"
          "Phone the sender and compare each group of characters."))
    sys.stderr.write(t("Có tin cậy khóa này không? Có/Không [c/K]: ", "Trust this key? Yes/No [y/N]: "))
    sys.stderr.flush()
    answer = (sys.stdin.readline() or "").strip().lower()
    return answer in ("c", "co", "có", "y", "yes")


def cmd_trust(ctx, args):
    from ..services import keys
    doc = keys.trust_key(ctx.db, args.file, yes=args.yes or ctx.json, confirm=_asker(ctx.t))
    who = f"{doc['unit']['name']} ({doc['unit']['code']})"
    if ctx.lang == "en":
        verb = "was already trusted" if doc["already_trusted"] else "is now trusted"
        return doc, f"The key of {who} {verb}: {doc['fingerprint']}"
    verb = "đã được tin cậy từ trước" if doc["already_trusted"] else "đã được tin cậy"
    return doc, f"Khóa của {who} {verb}: {doc['fingerprint']}"


def register(reg):
    g = "khóa ký của máy này và khóa tin cậy"
    reg.command("keys", "show", cmd_show, "xem khóa của máy này và các khóa đã tin cậy", g)
    p = reg.command("keys", "export", cmd_export, "ghi khóa công khai ra tệp (kèm mã QR)", g)
    p.add_argument("--out", required=True)
    p = reg.command("keys", "trust", cmd_trust, "tin cậy khóa của máy khác (so dấu vân tay)", g)
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="không hỏi xác nhận")
