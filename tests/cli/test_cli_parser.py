"""`cchc COMMAND …` builds its parser from the modules registering COMMAND only; what a user sees
(help, choices, usage errors) is what the parser with every command shows."""
from __future__ import annotations

import argparse
import contextlib
import io

import pytest

from cchc_desktop.cli import _command_of, _modules_for, build_parser, main


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _help(parser: argparse.ArgumentParser) -> str:
    return parser.format_help()


FULL = build_parser()


@pytest.mark.parametrize("command", sorted(_commands(FULL)))
def test_each_command_gets_the_same_parser_from_its_own_modules(command):
    lazy = _commands(build_parser(command))
    assert command in lazy
    full_cmd, lazy_cmd = _commands(FULL)[command], lazy[command]
    assert _help(lazy_cmd) == _help(full_cmd)
    subs = [a for a in full_cmd._actions if isinstance(a, argparse._SubParsersAction)]
    if subs:  # a group: every sub-command with the same options
        for name, sub in _commands(full_cmd).items():
            assert _help(_commands(lazy_cmd)[name]) == _help(sub), (command, name)
    assert len(_modules_for(command)) < len(_modules_for(None))


def test_command_word_skips_global_options():
    assert _command_of(["--db", "x.sqlite3", "--lang", "en", "--db=y", "scores", "show"]) == "scores"
    assert _command_of(["--help"]) is None and _command_of([]) is None


def test_unknown_command_lists_every_command_as_before(capsys):
    assert main(["khong-co"]) == 1
    err = capsys.readouterr().err
    assert "Lệnh không hợp lệ" in err
    for command in ("scores", "plan", "package", "demo", "units"):
        assert command in err


def test_top_level_help_still_lists_every_command():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--help"]) == 0
    for command in _commands(FULL):
        assert command in out.getvalue()
