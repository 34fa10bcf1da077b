"""The self-test's window check fails when a page breaks while it is built, as a packaged app
that left a library's data out did (anyascii's tables, needed to show a Cyrillic name), instead
of printing a traceback and passing."""

from __future__ import annotations

from pathlib import Path

import anyascii
import pytest
from PySide6.QtWidgets import QApplication

from groupdesk.selftest import (
    CheckFailed,
    SelfTest,
    check_group,
    check_member,
    check_migrations,
    check_window,
)

pytestmark = pytest.mark.gui


def test_a_page_that_breaks_fails_the_window_check(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    test = SelfTest(tmp_path)
    for check in (check_migrations, check_group, check_member):  # the member: Анна 李雷 محمد Zoë
        check(test)

    def left_out(package: str, resource: str) -> bytes:
        raise ModuleNotFoundError(f"No module named {package!r}")

    monkeypatch.setattr(anyascii, "_blocks", {})
    monkeypatch.setattr(anyascii, "read_binary", left_out)
    with pytest.raises(CheckFailed, match="page failed: ModuleNotFoundError: No module named"):
        check_window(test)
