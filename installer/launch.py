"""The script PyInstaller freezes into both executables (cchc-desktop and cchc)."""
import sys

from cchc_desktop.launcher import frozen_main

if __name__ == "__main__":
    sys.exit(frozen_main())
