"""The PySide6 face of CCHC Desktop: the only layer that imports Qt."""
