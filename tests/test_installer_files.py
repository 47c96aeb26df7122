"""Static checks of the Windows installer inputs, which cannot be built on the Linux CI.

Each check is a way the Windows build or install has broken for others: a BOM-less script read
as ANSI (garbled Vietnamese in the wizard), an uninstall that deletes the officer's data, a
version resource PyInstaller cannot evaluate, an icon file that is not a valid .ico.
"""
from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
BOM = b"\xef\xbb\xbf"


def _iss() -> str:
    return (INSTALLER / "cchc_desktop.iss").read_bytes().decode("utf-8-sig")


def _sections(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out.setdefault(current, [])
        elif line and not line.startswith(";") and current:
            out[current].append(line)
    return out


def test_inno_files_are_utf8_with_bom_so_vietnamese_survives_any_inno_6():
    # Inno Setup before 6.3 reads a BOM-less script as ANSI.
    for name in ("cchc_desktop.iss", "Vietnamese.isl"):
        data = (INSTALLER / name).read_bytes()
        assert data.startswith(BOM), name
        data.decode("utf-8")
    assert "Tiếng Việt" in (INSTALLER / "Vietnamese.isl").read_bytes().decode("utf-8-sig")


def test_powershell_build_script_is_plain_ascii():
    # Windows PowerShell 5.1 reads a BOM-less .ps1 in the ANSI code page.
    (INSTALLER / "build.ps1").read_bytes().decode("ascii")


def test_install_is_per_user_and_uninstall_keeps_the_data():
    sections = _sections(_iss())
    setup = dict(line.split("=", 1) for line in sections["Setup"] if "=" in line)
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{localappdata}\\Programs")
    assert "UninstallDelete" not in sections
    # InstallDelete may only clear the program's own library folder, never a data folder.
    for line in sections.get("InstallDelete", []):
        assert '"{app}\\_internal"' in line, line


def test_every_local_file_the_script_names_exists_or_is_built_by_build_ps1():
    text = _iss()
    build = (INSTALLER / "build.ps1").read_text()
    for name in re.findall(r'(?:SetupIconFile=|MessagesFile: ")([^"\n]+)', text):
        for part in name.split(","):
            if part.startswith("compiler:"):
                continue
            produced = part == "cchc.ico" and "make_icon.py" in build
            assert (INSTALLER / part).exists() or produced, part
    # Both languages officers can pick, and the version the build passes in.
    assert re.search(r'Name: "vi"; MessagesFile: "[^"]*Vietnamese\.isl"', text)
    assert re.search(r'Name: "en"; MessagesFile: "compiler:Default\.isl"', text)
    for define in ("AppVersion", "AppVersionNumeric"):
        assert f"/D{define}=" in build and f"#ifndef {define}" in text


def test_version_resource_evaluates_like_pyinstaller_reads_it(tmp_path):
    out = tmp_path / "version_info.txt"
    subprocess.run([sys.executable, str(INSTALLER / "make_version_info.py"), "--out", str(out)], check=True)
    version = re.search(r'__version__\s*=\s*"([^"]+)"', (ROOT / "cchc_desktop" / "__init__.py").read_text()).group(1)
    strings: dict[str, str] = {}

    def record(name, value):
        strings[name] = value

    def keep(*args, **kwargs):
        return (args, kwargs)

    namespace = {n: keep for n in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
                                   "VarFileInfo", "VarStruct")}
    namespace["StringStruct"] = record
    # PyInstaller evaluates the file as one Python expression with these names bound.
    root = eval(out.read_text(encoding="utf-8"), namespace)  # noqa: S307 - our own generated file
    fixed = root[1]["ffi"][1]
    assert len(fixed["filevers"]) == 4 and all(isinstance(n, int) for n in fixed["filevers"])
    assert strings["ProductVersion"] == version and strings["FileVersion"] == version
    assert strings["OriginalFilename"] == "cchc-desktop.exe"
    assert "Chỉ số cải cách hành chính" in strings["FileDescription"]


def test_application_icon_is_a_real_multi_size_ico(tmp_path):
    ico = tmp_path / "cchc.ico"
    subprocess.run([sys.executable, str(INSTALLER / "make_icon.py"), "--out", str(ico)], check=True,
                   env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        w, h = struct.unpack_from("<BB", data, 6 + 16 * i)
        size, offset = struct.unpack_from("<II", data, 6 + 16 * i + 8)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + size <= len(data)
        sizes.add(w or 256)
    assert {16, 32, 48, 256} <= sizes
