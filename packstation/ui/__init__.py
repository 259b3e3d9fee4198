"""PySide6 user interface: the station window, supervisor review, settings. The only place Qt lives (with app.py)."""
