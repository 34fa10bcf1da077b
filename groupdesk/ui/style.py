"""The app's look: large, clear text and buttons for tired eyes on old laptops."""

STYLE_SHEET = """
QWidget { font-size: 11pt; }
QLabel#pageHeading { font-size: 18pt; font-weight: 600; padding: 4px 0 8px 0; }
QListWidget#sidebar { font-size: 12pt; padding-top: 6px; }
QListWidget#sidebar::item { padding: 9px 12px; }
QListWidget#sidebar::item:selected { background: #1f6f5c; color: white; }
QPushButton { padding: 6px 14px; }
QPushButton#primary { background: #1f6f5c; color: white; font-weight: 600; border-radius: 4px; }
QPushButton#primary:disabled { background: #9bb8b0; }
QPushButton#primary:focus { border: 2px solid #f2b134; }
QFrame#card { background: #f7faf9; border: 1px solid #cfdcd8; border-radius: 6px; }
QLabel#cardTitle { color: #35524a; font-weight: 600; }
QLabel#cardFigure { font-size: 20pt; font-weight: 600; }
"""
