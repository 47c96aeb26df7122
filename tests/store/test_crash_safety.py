"""Crash safety: a score import killed at random moments leaves a sound database with all or none of it.

A child process imports a 30-unit per-unit workbook (built from the demo data with services.score_export);
the parent SIGKILLs it at random points. After each kill the file must open, pass integrity_check and hold
exactly the scores of before or after the import — never a mix.
"""
import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from cchc_desktop.store.engine import Database, sqlite_backup

KILLS = 8
UNITS = 30

# The zygote reads and parses the workbook once (8 s for 30 sheets on a slow PC), then forks one
# child per run: each child opens the database and runs the real import_scores transaction (backup,
# units, scores, import log, commit) with the parse memoised. The parent SIGKILLs that child.
ZYGOTE = """
import copy, os, sys
from cchc_desktop.store.engine import Database
from cchc_desktop.services import score_import
base, path = sys.argv[1], sys.argv[2]
wb = score_import.open_workbook(path)
score_import.open_workbook = lambda p: wb
real_parse, cache = score_import.parse_scores, []
def parse_once(*a, **k):
    if not cache:
        cache.append(real_parse(*a, **k))
    return copy.deepcopy(cache[0])
score_import.parse_scores = parse_once
db = Database.open(base, housekeeping=False)
score_import.import_scores(db, path, 2022, add_units=True, dry_run=True)  # fills the cache, writes nothing
db.close()
print("ready", flush=True)
for line in sys.stdin:
    target = line.strip()
    pid = os.fork()
    if pid == 0:
        db = Database.open(target)
        os.write(1, f"started {os.getpid()}\\n".encode())
        doc = score_import.import_scores(db, path, 2022, add_units=True)
        os._exit(0 if doc["ok"] else 3)
    _, status = os.waitpid(pid, 0)
    print(f"status {status}", flush=True)
"""

pytestmark = [pytest.mark.sqlite_file,
              pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")]


def _workbook(demo_db, out: Path) -> Path:
    """The demo's 8 district sheets with changed values, plus copies for 22 new districts."""
    from cchc_desktop.services import score_export
    score_export.export_scores(demo_db, 2022, out)
    wb = load_workbook(out)
    if "_cchc" in wb.sheetnames:
        del wb["_cchc"]
    originals = list(wb.worksheets)
    for i in range(UNITS - len(originals)):
        ws = wb.copy_worksheet(originals[i % len(originals)])
        ws.title = f"UBND huyện Thử Nghiệm {i + 1:02d}"
        ws["A2"] = f"Đơn vị: {ws.title}"
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=6):
            max_pts, self_cell = row[2].value, row[3]
            if isinstance(self_cell.value, (int, float)) and isinstance(max_pts, (int, float)) and max_pts > 0:
                self_cell.value = round(max_pts * random.Random(ws.title + str(self_cell.row)).choice([0, .25, .5, 1]), 2)
    wb.save(out)
    return out


def _state(path: Path) -> tuple[str, int]:
    """A digest of every score row (unit, criterion, layer, value): equal digests = equal data."""
    db = Database.open(path, housekeeping=False)
    try:
        with db.session() as s:
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            rows = s.execute(text(
                "select u.code, c.code, sc.layer, sc.value from score sc join assessment a on a.id = sc.assessment_id "
                "join unit u on u.id = a.unit_id join criterion c on c.id = sc.criterion_id "
                "order by 1, 2, 3")).all()
    finally:
        db.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest(), len(rows)


class Zygote:
    def __init__(self, base: Path, wb: Path):
        env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
        self.proc = subprocess.Popen([sys.executable, "-c", ZYGOTE, str(base), str(wb)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env)
        assert self.proc.stdout.readline().strip() == "ready"

    def run(self, db_path: Path, kill_after: float | None) -> tuple[str, float]:
        """Imports into db_path in a fresh child; SIGKILLs it after kill_after seconds (None: let it finish)."""
        self.proc.stdin.write(f"{db_path}\n")
        self.proc.stdin.flush()
        started = self.proc.stdout.readline().split()
        assert started[0] == "started", started
        t0 = time.monotonic()
        if kill_after is not None:
            time.sleep(kill_after)
            try:
                os.kill(int(started[1]), signal.SIGKILL)
            except ProcessLookupError:
                pass  # finished just before
        status = int(self.proc.stdout.readline().split()[1])
        took = time.monotonic() - t0
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            return "killed", took
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, status
        return "finished", took

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def test_killed_import_leaves_all_or_nothing(demo_db, tmp_path):
    wb = _workbook(demo_db, tmp_path / "30-don-vi.xlsx")
    demo_db.close()
    base = tmp_path / "truoc.sqlite3"
    sqlite_backup(demo_db.path, base)
    before = _state(base)

    zygote = Zygote(base, wb)
    try:
        reference = tmp_path / "tham-chieu.sqlite3"
        sqlite_backup(base, reference)
        outcome, import_seconds = zygote.run(reference, None)
        after = _state(reference)
        assert after != before and after[1] > before[1] + 20 * 100  # the import really adds thousands of rows

        rng = random.Random(20260101)
        outcomes = []
        for n in range(KILLS):
            victim = tmp_path / f"nan-nhan-{n}.sqlite3"
            sqlite_backup(base, victim)
            # Mostly inside the import's transaction; now and then just after its commit.
            outcome, _ = zygote.run(victim, rng.uniform(0.02, 1.1) * import_seconds)
            state = _state(victim)  # opens, integrity_check == ok
            assert state in (before, after), f"lần {n + 1}: dữ liệu dở dang sau khi bị ngắt"
            outcomes.append(outcome + "/" + ("after" if state == after else "before"))
    finally:
        zygote.close()
    print(f"crash-safety: {outcomes.count('killed/before') + outcomes.count('killed/after')} kills survived "
          f"of {KILLS}; import {import_seconds:.1f}s; outcomes {outcomes}")
    assert sum(o.startswith("killed") for o in outcomes) >= KILLS // 2
