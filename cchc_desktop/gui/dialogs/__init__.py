"""Dialogs opened from the menus: the score import wizard, import history, the exchange centre."""
