"""Running `cchc` in-process as a shell would, for the CLI tests: (exit status, stdout, stderr)."""
from __future__ import annotations

from cchc_desktop.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_on(capsys, db, *argv):
    """`cchc --db <that database> …`"""
    return run(capsys, "--db", db.path, *argv)
