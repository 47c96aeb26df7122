"""`make bench`: every figure next to a baseline measured in the same run, printed as ONE table.

Each case runs in its own subprocess; its peak memory is that process's own ru_maxrss
(os.wait4 returns the rusage of exactly that child — RUSAGE_CHILDREN would give the maximum over
all children so far). The machine is shared and noisy: read the ratios, not the seconds.

    .venv/bin/python benchmarks/run.py [--data DIR] [--only CASE,...] [--markdown]

The province database is generated once per GENERATOR_VERSION into benchmarks/.data/ (~35 s).
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
PY = sys.executable
CCHC = str(Path(PY).with_name("cchc"))
TIMEOUT = 240


def ensure_data(data: Path) -> dict:
    import generate

    from cchc_desktop.store.engine import head_revision
    meta_path = data / "meta.json"
    if meta_path.exists():  # rebuilt when the generator or the schema changed
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("version") == generate.GENERATOR_VERSION and meta.get("schema") == head_revision() \
                and (data / "year.sqlite3").exists():
            return meta
    print(f"generating the province database in {data} …", file=sys.stderr)
    meta = generate.build(data, log=lambda m: print(m, file=sys.stderr))
    # a one-year installation for the package case (the full database would be five years)
    one = generate.build(data / "one-year", n_years=1, big_plan_tasks=0, workbook=False,
                         log=lambda m: print(m, file=sys.stderr))
    shutil.move(one["db"], data / "year.sqlite3")
    shutil.rmtree(data / "one-year", ignore_errors=True)
    meta["schema"] = head_revision()
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    return meta


def spawn(args: list[str], env=None, wait_line: str | None = None) -> dict:
    """Run a child; returns wall seconds (to `wait_line` if given), its JSON result, peak MB."""
    t0 = time.perf_counter()
    p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, cwd=ROOT)
    marked, result, lines = None, None, []
    for line in p.stdout:
        lines.append(line)
        if wait_line and marked is None and line.startswith(wait_line):
            marked = time.perf_counter() - t0
        if line.startswith("RESULT "):
            result = json.loads(line[7:])
    err = p.stderr.read()
    _pid, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    if p.returncode != 0 and result is None:
        raise RuntimeError(f"{' '.join(args[:4])} failed ({p.returncode}):\n{err[-2000:]}")
    return {"wall": wall, "mark": marked, "result": result, "mb": usage.ru_maxrss / 1024, "out": "".join(lines)}


def timed_command(args: list[str]) -> tuple[float, float]:
    """(wall seconds, peak MB) of a command whose output is read from a pipe in large binary
    chunks and dropped: `spawn` splits its output into text lines in Python, and while it did that
    for the 1.5 MB of `scores show --json`, the child stood blocked on a full pipe."""
    t0 = time.perf_counter()
    p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    while p.stdout.read(1 << 20):
        pass
    _pid, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.stdout.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(args[:6])} failed")
    return wall, usage.ru_maxrss / 1024


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))] if xs else float("nan")


class Table:
    def __init__(self):
        self.rows: list[tuple] = []

    def add(self, what, value, unit, base, base_what, goal, mb=None, mb_goal=400, note=""):
        ratio = value / base if base else float("nan")
        ok = goal(value, ratio) if goal else True
        mem_ok = mb is None or mb < mb_goal
        self.rows.append((what, value, unit, base, base_what, ratio, getattr(goal, "text", ""), mb, mem_ok,
                          "ok" if (ok and mem_ok) else "MISS", note))

    def lines(self) -> list[str]:
        head = ("Measure", "Value", "Baseline (same run)", "Ratio", "Goal", "Peak MB", "", "Note")
        out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for what, v, unit, b, bw, r, goal, mb, _mem_ok, ok, note in self.rows:
            fmt = (lambda x: f"{x * 1000:.1f} ms") if unit == "ms" else (lambda x: f"{x:.2f} s")
            out.append(f"| {what} | {fmt(v)} | {fmt(b)} {bw} | {r:.2f}× | {goal} | "
                       f"{'' if mb is None else f'{mb:.0f}'} | {ok} | {note} |")
        return out


def goal(text, fn):
    fn.text = text
    return fn


def gui_env(home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_RUNTIME_DIR=str(home / "run"), HOME=str(home))
    (home / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def run_gui_cases(table: Table, meta: dict, data: Path, work: Path) -> None:
    bare_runs, app_runs = [], []
    db = work / "gui.sqlite3"
    shutil.copy(data / "province.sqlite3", db)
    for n in range(3):  # interleaved so both see the same machine load
        bare_runs.append(spawn([PY, str(HERE / "gui_probe.py"), "bare"], gui_env(work / f"home-b{n}"), "PAINTED"))
        app_runs.append(spawn([PY, str(HERE / "gui_probe.py"), "app", str(db)], gui_env(work / f"home-a{n}"),
                              "PAINTED"))
    bare = min(r["mark"] for r in bare_runs)
    app = min(r["mark"] for r in app_runs)
    bare_mb, app_mb = max(r["mb"] for r in bare_runs), max(r["mb"] for r in app_runs)
    table.add("GUI cold start → first paint (province db)", app, "s", bare, "bare 4-tab window",
              goal("≤ 1.5×", lambda v, r: r <= 1.5), app_mb, 300, "best of 3; peak MB goal < 300")
    res = app_runs[0]["result"] or {}
    if "error" in res:
        table.rows.append((f"GUI switching: {res['error']}",) + (0,) * 10)
        return
    bare_tabs = [x for r in bare_runs for x in r["result"]["tabs"]]
    base = p95(bare_tabs)
    for key, label in (("units", "switch unit (Chấm điểm tab)"), ("years", "switch year (Chấm điểm tab)"),
                       ("tabs", "switch tab (after a context change)")):
        per_run = [(r["result"] or {}).get(key, []) for r in app_runs]
        xs = [x for run in per_run for x in run]
        note = f"{len(xs)} switches, median {sorted(xs)[len(xs) // 2] * 1000:.0f} ms, max {max(xs) * 1000:.0f} ms"
        if key == "units":
            # a run's first unit switch builds the tree from the province's empty page (and compiles
            # its first queries): what no later switch does, so shown apart
            later = [x for run in per_run for x in run[1:]]
            note += (f"; first switch of each run {', '.join(f'{run[0] * 1000:.0f}' for run in per_run if run)} ms,"
                     f" p95 of the others {p95(later) * 1000:.0f} ms")
        table.add(f"{label}, p95", p95(xs), "ms", base, "bare tab switch p95",
                  goal("< 50 ms", lambda v, r: v < 0.05), note=note)


def run_cli_cases(table: Table, meta: dict, data: Path) -> None:
    db = str(data / "province.sqlite3")
    year = str(meta["current_year"] - 1)
    # interleaved, so that both see the same machine load (one batch after the other let a busy
    # spell of a shared machine fall on one side only), best of 5
    helps, shows = [], []
    for _ in range(5):
        helps.append(timed_command([CCHC, "--help"]))
        shows.append(timed_command([CCHC, "--db", db, "--json", "scores", "show", "--year", year]))
    help_t, help_mb = min(w for w, _ in helps), max(mb for _, mb in helps)
    show_t, show_mb = min(w for w, _ in shows), max(mb for _, mb in shows)
    table.add("cchc scores show --json (all 200 units)", show_t, "s", help_t, "cchc --help",
              goal("≤ 2×", lambda v, r: r <= 2), show_mb, note=f"best of 5, interleaved; --help peak {help_mb:.0f} MB")


CASES = (("import", "import 200-unit results workbook", "calamine reading its cells", "≤ 3×",
          lambda v, r: r <= 3),
         ("import_per_unit", "import 200-unit per-unit workbook (200 sheets × 40)", "calamine reading its cells",
          "≤ 3×", lambda v, r: r <= 3),
         ("draft", "draft a plan from a unit's deductions", "sqlite3 reading its scores", "",
          None),
         ("plan_pdf", "render a 300-task plan PDF", "reportlab alone, same cells", "< 2 s",
          lambda v, r: v < 2),
         ("ranking_pdf", "render the province ranking PDF", "reportlab alone, 200 rows", "",
          None),
         ("package", "package export + import, full year", "zip+json of the same tables", "< 10 s",
          lambda v, r: v < 10))


def run_service_cases(table: Table, data: Path, work: Path, only) -> None:
    for key, label, base_what, goal_text, fn in CASES:
        if only and key not in only and not (key.startswith("import") and "import" in only):   # both imports
            continue
        r = spawn([PY, str(HERE / "cases.py"), key, str(data), str(work / key)])
        res = r["result"]
        table.add(label, res["value"], "s", res["base"], base_what, goal(goal_text, fn) if fn else None,
                  r["mb"], note=res.get("note", ""))


def machine() -> str:
    model = next((ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo") if ln.startswith("model name")), "?")
    mem = next((int(ln.split()[1]) for ln in open("/proc/meminfo") if ln.startswith("MemTotal")), 0)
    return (f"{time.strftime('%Y-%m-%d %H:%M')} — {os.cpu_count()} CPUs ({model}), {mem / 1048576:.0f} GB RAM, "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=HERE / ".data")
    ap.add_argument("--only", default="", help="comma list: gui, cli, import, draft, plan_pdf, ranking_pdf, package")
    args = ap.parse_args()
    only = {x for x in args.only.split(",") if x}
    started = time.perf_counter()
    # An installed app (pip, PyInstaller) runs from compiled bytecode, as do its libraries here;
    # with PYTHONDONTWRITEBYTECODE set (some shells and CI do) every child would otherwise
    # recompile our sources on each start and the start-up figures would measure the compiler.
    compileall.compile_dir(str(ROOT / "cchc_desktop"), quiet=1)
    meta = ensure_data(args.data)
    work = Path(tempfile.mkdtemp(prefix="cchc-bench-"))
    table = Table()
    try:
        if not only or "gui" in only:
            run_gui_cases(table, meta, args.data, work)
        if not only or "cli" in only:
            run_cli_cases(table, meta, args.data)
        run_service_cases(table, args.data, work, only)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"CCHC Desktop benchmarks — {machine()}")
    print(f"data: {meta['units']} units, years {meta['years'][0]}–{meta['years'][-1]} "
          f"({len(meta['years']) - 1} scored), {meta['leaves']} leaf criteria of 87, seed {meta['seed']}")
    print("\n".join(table.lines()))
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
