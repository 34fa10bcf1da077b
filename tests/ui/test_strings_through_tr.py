"""Every sentence the screens show goes through tr(): a scan of groupdesk/ui for string literals
handed to a widget (a label, a title, a tooltip, a choice, a file dialog's filter) as they are.

A literal that lupdate never sees is never translated, and the Spanish-UI test only finds the
ones on the pages and dialogs it opens; this one reads the code, so it finds them everywhere."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "groupdesk" / "ui"

#: Calls that show text, and where the text is: the positions of their text arguments.
TEXT_AT: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(
        (
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setStatusTip",
            "setWhatsThis",
            "setPlaceholderText",
            "setAccessibleName",
            "setAccessibleDescription",
            "setTitle",
            "setLabelText",
            "setInformativeText",
            "setDetailedText",
            "setSpecialValueText",
            "setSuffix",
            "setPrefix",
            "setCancelButtonText",
            "showMessage",
            "addButton",
            "addItem",  # (text, data): the data is no one's to read
            "addAction",
            "addMenu",
            "addSection",
            "addRow",
            "QLabel",
            "QPushButton",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
            "QAction",
            "QToolButton",
            "QMenu",
            "QCommandLinkButton",
            "QListWidgetItem",
            "QTableWidgetItem",
            "QStandardItem",
        ),
        (0,),
    ),
    "QProgressDialog": (0, 1),
    "addTab": (1,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemText": (1,),
    "insertItem": (1,),
    "insertTab": (2,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "addItems": (0,),
    "question": (1, 2),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
}
TEXT_KEYWORDS = {"text", "title", "caption", "filter", "label", "labelText", "toolTip"}

#: Literals shown as they are, with the reason (file, the literal's text as written).
ALLOWED: dict[tuple[str, str], str] = {
    ("main_window.py", "GroupDesk"): "the app's name, the same in every language",
    ("main_window.py", " — GroupDesk"): "the group's name and the app's, no words between",
    ("grants/grant_dialog.py", "GBP"): "an example currency code (ISO 4217), not a word",
    ("meetings/series_dialog.py", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10"): "RFC 5545 syntax",
    ("meetings/tab.py", "https://"): "how a web link starts, in any language",
    ("reports/page.py", "A4"): "a paper size's name (ISO 216), the same in every language",
    ("sync/setup_dialog.py", "https://s3.example.org"): "an example address",
    ("sync/setup_dialog.py", "us-east-1"): "an example storage region code",
}


def _words(text: str) -> bool:
    """Whether `text` holds anything to translate: letters outside markup tags."""
    return any(char.isalpha() for char in re.sub(r"<[^>]*>", "", text))


def _literals(node: ast.expr) -> list[str]:
    """The literal text that `node` shows as written: a string, an f-string's fixed parts, the
    parts of a sum or either branch of a condition; a call (tr(), translate()) shows none."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [part.value for part in node.values if isinstance(part, ast.Constant)]
    if isinstance(node, ast.BinOp):
        return _literals(node.left) + _literals(node.right)
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return [text for item in node.elts for text in _literals(item)]
    return []


def untranslated(path: Path, relative: str) -> list[str]:
    """Each literal with words that a call in `path` shows without tr(), not allowed."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        if name not in TEXT_AT:
            continue
        shown = [node.args[i] for i in TEXT_AT[name] if i < len(node.args)]
        shown += [kw.value for kw in node.keywords if kw.arg in TEXT_KEYWORDS]
        for argument in shown:
            for text in _literals(argument):
                if _words(text) and (relative, text) not in ALLOWED:
                    found.append(f"{relative}:{node.lineno}: {name}({text!r})")
    return found


def test_no_literal_reaches_a_widget_without_tr() -> None:
    found = [
        problem
        for path in sorted(UI.rglob("*.py"))
        for problem in untranslated(path, path.relative_to(UI).as_posix())
    ]
    assert not found, "wrap these in self.tr() (or allow one with its reason):\n" + "\n".join(found)


def test_the_scan_finds_a_literal_planted_in_a_widget_call(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text(
        "def build(self, label, box):\n"
        "    label.setText('Saved')\n"
        "    box.setToolTip(f'{self.count} members')\n"
        "    box.addItem(self.tr('Active'), 'active')\n"  # the data is no one's to read
        "    label.setText(self.tr('Saved') + ' …')\n"
    )
    assert untranslated(planted, "planted.py") == [
        "planted.py:2: setText('Saved')",
        "planted.py:3: setToolTip(' members')",
    ]


def test_every_allowed_literal_is_still_in_its_file() -> None:
    """An allowance outlives nothing: one whose literal left its file is taken out."""
    for file, text in ALLOWED:
        assert text in (UI / file).read_text(encoding="utf-8"), (file, text)
