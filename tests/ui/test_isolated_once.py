"""A name the GUI isolates and puts into a translated sentence is isolated once: each Arabic
translation isolates its placeholders too, so `tr("Edit {name}").format(name=isolate(x))`
showed ⁨⁨x⁩⁩ unless put through `wording.isolated_once`. The Arabic every-page walk
(test_right_to_left) sees what the pages and dialogs show; this reads the code, for the
sentences said only after an action (a status line, the undo bar)."""

from __future__ import annotations

import ast
from pathlib import Path

import groupdesk.ui

UI = Path(groupdesk.ui.__file__).parent


def _calls_named(node: ast.AST, name: str) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name


def filled_twice(source: str) -> list[int]:
    """Lines of `source` where a `.format(...)` given an `isolate(...)` value is not the
    argument of `isolated_once(...)`."""
    tree = ast.parse(source)
    once = {
        id(argument)
        for node in ast.walk(tree)
        if _calls_named(node, "isolated_once")
        for argument in node.args  # type: ignore[attr-defined]
    }
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and any(_calls_named(keyword.value, "isolate") for keyword in node.keywords)
        and id(node) not in once
    ]


def test_every_template_filled_with_an_isolated_name_is_isolated_once() -> None:
    found = [
        f"{path.relative_to(UI)}:{line}"
        for path in sorted(UI.rglob("*.py"))
        for line in filled_twice(path.read_text(encoding="utf-8"))
    ]
    assert not found


def test_the_check_names_a_template_filled_without_it() -> None:
    assert filled_twice('t = self.tr("Edit {name}").format(name=isolate(x))\n') == [1]
    assert not filled_twice('t = isolated_once(self.tr("Edit {n}").format(n=isolate(x)))\n')
