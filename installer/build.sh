#!/usr/bin/env bash
# Builds the Linux bundle: dist/cchc-desktop/ (PyInstaller one-folder, two executables),
# dist/cchc-desktop-<version>-linux-<arch>.tar.gz, then runs the frozen self-test.
#
#   bash installer/build.sh            (make dist calls this with PYTHON=.venv/bin/python)
#   SKIP_SELF_TEST=1 bash installer/build.sh
#
# Exit status: 0 built and self-test passed; 1 build failed; 3 built but the self-test failed
# (the tarball is still written, so the failure can be inspected).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

VERSION=$("$PYTHON" -c 'import re;print(re.search(r"__version__\s*=\s*\"([^\"]+)\"",open("cchc_desktop/__init__.py").read()).group(1))')
ARCH=$(uname -m)
BUNDLE=dist/cchc-desktop
TARBALL=dist/cchc-desktop-$VERSION-linux-$ARCH.tar.gz
started=$(date +%s)

if ! "$PYTHON" -c 'import PyInstaller' 2>/dev/null; then
	echo "build: installing PyInstaller (the 'dist' extra)"
	"$PYTHON" -m pip install --disable-pip-version-check -q 'pyinstaller>=6.6,<7'
fi

echo "build: CCHC Desktop $VERSION for linux-$ARCH"
"$PYTHON" installer/make_version_info.py >/dev/null
if [ -f resources/icons/cchc.svg ]; then
	"$PYTHON" installer/make_icon.py
else
	echo "build: warning: resources/icons/cchc.svg does not exist yet; no installer/cchc.ico" >&2
fi
# Screenshots of the user guide come from the app itself, so they never go stale.
if [ -f scripts/make_guide_screenshots.py ]; then
	"$PYTHON" scripts/make_guide_screenshots.py || echo "build: warning: guide screenshots not refreshed" >&2
fi

rm -rf "$BUNDLE" "$TARBALL"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
	--distpath dist --workpath build/pyinstaller installer/cchc_desktop.spec
# The console command is the same program under another name (launcher.frozen_main reads argv[0]).
ln -s cchc-desktop "$BUNDLE/cchc"

tar -C dist -czf "$TARBALL" cchc-desktop
built=$(date +%s)
echo "build: $(du -sh "$BUNDLE" | cut -f1) unpacked in $BUNDLE, $(du -h "$TARBALL" | cut -f1) packed in $TARBALL, $((built - started)) s"

if [ -n "${SKIP_SELF_TEST:-}" ]; then exit 0; fi
out=build/self-test
rm -rf "$out"
# The self-test must not find the developer's data: a clean HOME, as on a fresh PC.
if env -u CCHC_DB -u CCHC_PORTABLE_DIR HOME="$(mktemp -d)" XDG_DATA_HOME= XDG_CONFIG_HOME= \
	"$BUNDLE/cchc-desktop" --self-test --out "$out"; then
	echo "build: frozen self-test passed ($out)"
else
	echo "build: frozen self-test FAILED — see $out/ket-qua.txt" >&2
	exit 3
fi
