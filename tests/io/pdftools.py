"""Reading rendered PDFs back the way a reviewer would: poppler's pdftotext, pdfinfo, pdffonts."""
from __future__ import annotations

import re
import subprocess


def text(path, first: int | None = None, last: int | None = None, layout: bool = True) -> str:
    args = ["pdftotext"] + (["-layout"] if layout else [])
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run(args + [str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(path, first: int | None = None, last: int | None = None) -> str:
    """Text with all whitespace collapsed, so wrapped table cells read as one string."""
    return re.sub(r"\s+", " ", text(path, first, last, layout=False).replace("\u00a0", " "))


def page_sizes(path) -> list[tuple[int, int]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return [(round(float(w)), round(float(h)))
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out)]


def fonts(path) -> list[dict]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: emb/sub/uni are the 5th-3rd from the end
        rows.append({"name": parts[0], "emb": parts[-5], "line": line})
    return rows


def page_texts(path, pages: int) -> list[str]:
    return [text(path, n, n) for n in range(1, pages + 1)]


def first_line(page_text: str) -> str:
    return next((ln.strip() for ln in page_text.splitlines() if ln.strip()), "")


def column(path, first: int, last: int, x: float, width: float, height: float = 595) -> str:
    """Flattened text of one vertical strip (a table column) of each page: cells read whole."""
    out = []
    for n in range(first, last + 1):
        args = ["pdftotext", "-f", str(n), "-l", str(n), "-x", str(int(x)), "-y", "0", "-W", str(int(width)),
                "-H", str(int(height)), str(path), "-"]
        out.append(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    return re.sub(r"\s+", " ", " ".join(out))


def task_column(path, first: int, last: int) -> str:
    """The 'Nội dung khắc phục' column of the landscape task table (30 mm margin + 5 % STT, 39 % wide)."""
    left = 30 * 72 / 25.4
    width = 842 - left - 15 * 72 / 25.4
    return column(path, first, last, left + width * 0.05 + 1, width * 0.39 - 2)
