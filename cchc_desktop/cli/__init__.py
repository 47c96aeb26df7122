"""`cchc`: the headless twin of the desktop app (spec/cli.md). Same services as the GUI.

Command modules are `cchc_desktop/cli/cmd_*.py`; each defines `register(reg)` and adds its
commands with `reg.command(group, name, func, help)`. A command function takes `(ctx, args)`
and returns `(json_document, text_for_people)`.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import pkgutil
import re
import sys
from pathlib import Path

from .. import __version__
from ..services.errors import CchcError, UsageError
from . import output


class VnArgumentParser(argparse.ArgumentParser):
    """Usage errors exit with status 1 (not argparse's 2) and a Vietnamese message."""

    def error(self, message):
        raise UsageError(f"Lệnh không hợp lệ: {message}. Xem hướng dẫn: {self.prog} --help",
                         en=f"Invalid command: {message}. See the help: {self.prog} --help")


class Context:
    def __init__(self, args):
        self.args = args
        self.json = args.json
        self.lang = args.lang
        self._db = None

    def t(self, vi: str, en: str) -> str:
        """A text for people in the chosen language (--lang): Vietnamese unless `en` was asked for."""
        return en if self.lang == "en" else vi

    @property
    def db_path(self) -> Path:
        if self.args.db:
            return Path(self.args.db)
        from ..paths import default_db_path  # platformdirs: only when no --db was given
        return default_db_path()

    @property
    def db(self):
        if self._db is None:
            from ..store.engine import Database, is_server_url
            if is_server_url(self.args.db):
                self._db = Database.open(self.args.db)
            else:
                self._db = self._open_file(Database)
        return self._db

    def _open_file(self, Database):
        """Start-up checks (services.startup) turn locked / read-only / full / newer / corrupt into exit 5."""
        from ..services import startup
        from ..services.errors import DatabaseProblem
        startup.raise_if_blocked(self.db_path, deep=False)
        try:
            return Database.open(self.db_path)
        except DatabaseProblem:
            startup.raise_if_blocked(self.db_path)  # the clearer message with its recovery path
            raise

    def read_quickly(self, use):
        """use(fetch) on a read-only sqlite3 connection when the file can be read as it is
        (store.quick_read: no SQLAlchemy import, no migration check, nothing written); None when it
        cannot — then the command opens the database the full way (self.db)."""
        if self._db is not None or (self.args.db is not None and "://" in self.args.db):
            return None
        import sqlite3
        from ..store import quick_read
        with quick_read.connect(self.db_path) as conn:
            if conn is None:
                return None
            try:
                return use(quick_read.fetcher(conn))
            except sqlite3.Error:
                return None  # e.g. a damaged page: the full open reports it properly

    def close(self):
        if self._db is not None:
            self._db.close()


class Registry:
    def __init__(self, parser: argparse.ArgumentParser):
        self.sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=VnArgumentParser)
        self.groups: dict[str, argparse._SubParsersAction] = {}

    def group(self, name: str, help: str):
        if name not in self.groups:
            p = self.sub.add_parser(name, help=help)
            self.groups[name] = p.add_subparsers(dest="subcommand", metavar="LỆNH_CON",
                                                 parser_class=VnArgumentParser)
            self.groups[name].required = True
        return self.groups[name]

    def command(self, group: str | None, name: str, func, help: str, group_help: str = "") -> argparse.ArgumentParser:
        target = self.group(group, group_help or group) if group else self.sub
        p = target.add_parser(name, help=help, description=help)
        p.set_defaults(func=func)
        return p


# reg.command(<group or None>, <name>, ...) as written in the cmd_* modules
_REGISTRATION = re.compile(r"""reg\.command\(\s*(None|"[^"]*"|'[^']*'|[^,()]+)\s*,\s*("[^"]*"|'[^']*'|[^,()]+)""")
_GLOBAL_WITH_VALUE = ("--db", "--lang")


def _command_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("cmd_"))


def _command_of(argv: list[str]) -> str | None:
    """The command (group) word of argv, None when there is none (`cchc`, `cchc --help`)."""
    skip = False
    for a in argv:
        if skip:
            skip = False
        elif a in _GLOBAL_WITH_VALUE:
            skip = True
        elif a.startswith("-"):
            if a in ("-h", "--help", "--version"):
                return None
        else:
            return a
    return None


def _modules_for(command: str | None) -> list[str]:
    """The cmd_* modules registering `command` (a group, or a top-level command), found by reading
    their reg.command(...) calls instead of importing all of them (a tenth of a second of every call).
    Every module when there is no command, the source cannot be read, or a registration is not
    written with literal names — then nothing can be missed."""
    if command is None:
        return _command_modules()
    try:  # the sources, listed plainly (pkgutil would import inspect, ast and dis for this)
        here = Path(__file__).parent
        sources = {f[:-3]: (here / f).read_text(encoding="utf-8") for f in sorted(os.listdir(here))
                   if f.startswith("cmd_") and f.endswith(".py")}
    except OSError:
        sources = {}
    if not sources:  # e.g. a frozen build without sources
        return _command_modules()
    mods = list(sources)
    wanted = []
    for mod, source in sources.items():
        for group, name in _REGISTRATION.findall(source):
            token = name if group == "None" else group
            if token[:1] not in "\"'":
                return mods
            if token[1:-1] == command:
                wanted.append(mod)
                break
    return wanted or mods


def build_parser(command: str | None = None, lang: str = "vi") -> argparse.ArgumentParser:
    """The parser with every command, or with only the modules that register `command`;
    help texts in English for lang "en"."""
    parser = VnArgumentParser(prog="cchc", description="CCHC Desktop — quản lý Chỉ số cải cách hành chính "
                              "(dòng lệnh). Kết quả JSON với --json.")
    parser.add_argument("--db", help="tệp cơ sở dữ liệu (mặc định: $CCHC_DB hoặc thư mục dữ liệu người dùng)")
    parser.add_argument("--lang", choices=["vi", "en"], default=os.environ.get("CCHC_LANG", "vi"),
                        help="ngôn ngữ thông báo")
    parser.add_argument("--json", action="store_true", help="in đúng một tài liệu JSON ra stdout")
    parser.add_argument("--version", action="version", version=f"cchc {__version__}")
    reg = Registry(parser)
    for mod in _modules_for(command):
        importlib.import_module(f"{__name__}.{mod}").register(reg)
    if lang == "en":
        from .help_en import to_english
        to_english(parser)
    return parser


def _parse(argv: list[str], lang: str = "vi") -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    """Parse with only the command's modules; any usage error is re-checked by the full parser,
    so the message (e.g. the list of valid commands) is the one it always was."""
    command = _command_of(argv)
    parser = build_parser(command, lang)
    try:
        return parser, parser.parse_args(argv)
    except UsageError:
        if command is None:
            raise
    parser = build_parser(None, lang)
    return parser, parser.parse_args(argv)


def _split_json_flag(argv: list[str]) -> tuple[list[str], bool]:
    """`--json` is accepted before the command and after its arguments."""
    rest = [a for a in argv if a != "--json"]
    return rest, len(rest) != len(argv)


def _lang_of(argv: list[str]) -> str:
    """--lang as given (or $CCHC_LANG), known before parsing so that usage errors speak it too."""
    lang = os.environ.get("CCHC_LANG", "vi")
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif a.startswith("--lang="):
            lang = a.split("=", 1)[1]
        elif not a.startswith("-") and (i == 0 or argv[i - 1] not in _GLOBAL_WITH_VALUE):
            break  # the command word: later --lang belongs to no one
    return "en" if lang == "en" else "vi"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    argv, want_json = _split_json_flag(argv)
    lang = _lang_of(argv)
    en = lang == "en"
    logging.getLogger("alembic").setLevel(logging.WARNING)
    ctx = None
    try:
        # With --json, stdout carries only the JSON document: --help text goes to stderr.
        with contextlib.redirect_stdout(sys.stderr) if want_json else contextlib.nullcontext():
            parser, args = _parse(argv, lang)
        args.json = args.json or want_json
        if not getattr(args, "func", None):
            parser.print_help(sys.stderr)
            if want_json:
                output.emit_json({"ok": False, "error": "Missing command; see cchc --help." if en else
                                  "Thiếu lệnh; xem cchc --help.", "exit_code": 1})
            return 1
        ctx = Context(args)
        lang, en = ctx.lang, ctx.lang == "en"
        doc, text = args.func(ctx, args)
        if ctx.json:
            output.emit_json(doc)
        elif text:
            sys.stdout.write(text.rstrip("\n") + "\n")
        return int(getattr(args, "exit_code", 0) or 0)
    except CchcError as exc:
        output.say(("Error: " if en else "Lỗi: ") + exc.located(lang))
        if want_json:
            output.emit_json({"ok": False, "error": exc.text(lang), "file": exc.file, "sheet": exc.sheet,
                              "cell": exc.cell, "exit_code": exc.exit_code, "details": exc.details})
        return exc.exit_code
    except KeyboardInterrupt:
        output.say("Stopped as asked; no half-done change was written." if en else
                   "Đã dừng theo yêu cầu; không có thay đổi dở dang nào được ghi.")
        return 130
    except SystemExit as exc:  # --help / --version
        code = int(exc.code or 0) if isinstance(exc.code, int) else 0
        if want_json:
            output.emit_json({"ok": code == 0, "help": True, "exit_code": code})
        return code
    except Exception as exc:  # never a traceback for a user; keep it in the log for support
        from ..paths import log_current_exception
        log = log_current_exception()
        output.say(f"Unexpected error: {exc.__class__.__name__}: {exc}. The technical details were written to {log}."
                   if en else
                   f"Lỗi không mong đợi: {exc.__class__.__name__}: {exc}. Chi tiết kỹ thuật đã ghi vào {log}.")
        if want_json:
            output.emit_json({"ok": False, "error": str(exc), "exit_code": 2})
        return 2
    finally:
        if ctx is not None:
            ctx.close()
