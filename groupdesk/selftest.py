"""`groupdesk --self-test`: does this installed copy work on this computer?

A volunteer (or the installer's CI) runs it after installing: in a temporary data folder it
makes a group, runs the migrations, writes and reads back a member with a non-Latin name, prints
a PDF with names in four scripts and reads the text back, seals and opens a sync file, checks
the keyring, makes the object store's client and opens a hidden window. Each check prints one
line; the last line says "self-test passed" or which checks failed. The user's own data folder
and keyring are never touched: nothing here reads `--data-dir`, and the sync key goes to a
store in memory.
"""

from __future__ import annotations

import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from groupdesk import __version__
from groupdesk.config import DataPaths
from groupdesk.messages import english_plural

if TYPE_CHECKING:
    from groupdesk.services.workspace import Workspace

#: Names a group's members write, one per script the PDF check covers (Latin, Cyrillic,
#: Arabic, CJK): each must come back out of the PDF as it went in.
PDF_NAMES = ("Zoë Łukasz Ñúñez", "Анна Петрова", "محمد علي", "李雷")
#: The member written and read back: letters from several scripts in one name.
MEMBER_NAME = "Анна 李雷 محمد Zoë"
#: The discard port: nothing listens on it, so the store check's one request is refused at once.
CLOSED_PORT = 9


class CheckFailed(Exception):
    """A check did not pass; the message is the sentence printed after its name."""


@dataclass
class SelfTest:
    """What the checks share: the temporary data folder and, once opened, its workspace."""

    folder: Path
    workspace: Workspace | None = None
    lines: list[str] = field(default_factory=list)

    @property
    def paths(self) -> DataPaths:
        return DataPaths(self.folder / "data")

    def opened(self) -> Workspace:
        if self.workspace is None:
            raise CheckFailed("not run: the temporary data folder could not be opened")
        return self.workspace


def check_migrations(test: SelfTest) -> str:
    from groupdesk import db
    from groupdesk.migrations import SCHEMA_HEAD
    from groupdesk.services.workspace import open_workspace

    test.workspace = open_workspace(test.paths)
    revision = db.current_revision(test.paths.database)
    if revision != SCHEMA_HEAD:
        raise CheckFailed(f"the database is at {revision}, not {SCHEMA_HEAD}")
    return f"a new database migrated to {SCHEMA_HEAD}"


def check_group(test: SelfTest) -> str:
    from groupdesk.services.settings import create_group

    group = create_group(test.opened().uow(), name="Self-test group")
    return f"made {group.name!r}"


def check_member(test: SelfTest) -> str:
    from groupdesk.services.members.records import add_member, get_member

    workspace = test.opened()
    written = add_member(workspace.uow(), values={"full_name": MEMBER_NAME})
    read = get_member(workspace.uow(), written.id).full_name
    if read != MEMBER_NAME:
        raise CheckFailed(f"wrote {MEMBER_NAME!r} but read back {read!r}")
    return f"wrote and read back {MEMBER_NAME!r}"


def check_pdf(test: SelfTest) -> str:
    from pypdf import PdfReader

    from groupdesk.reports.document import Letterhead, para, paragraph_styles, write_pdf
    from groupdesk.reports.text import FAMILIES, FONT_DIR

    wanted = [family.regular for family in FAMILIES] + [f.bold for f in FAMILIES if f.bold]
    missing = sorted({name for name in wanted if not (FONT_DIR / name).is_file()})
    if missing:
        raise CheckFailed(f"the fonts are missing from {FONT_DIR}: {', '.join(missing)}")
    out = test.folder / "names.pdf"
    body = paragraph_styles()["body"]
    pages = write_pdf(
        out,
        Letterhead("Self-test group", "Names", "today"),
        [para(name, body) for name in PDF_NAMES],
    )
    text = unicodedata.normalize("NFKC", PdfReader(out).pages[0].extract_text())
    # Right-to-left names are drawn in visual order, so they read back reversed.
    lost = [name for name in PDF_NAMES if name not in text and name[::-1] not in text]
    if pages != 1 or lost:
        raise CheckFailed(
            f"{english_plural('%n page(s)', pages)}; not read back: {', '.join(lost) or 'none'}"
        )
    return f"one page with {', '.join(PDF_NAMES)} printed and read back"


def check_sync(test: SelfTest) -> str:
    from groupdesk.services.sync import crypto, format
    from groupdesk.services.sync.keys import MemoryKeyStore
    from groupdesk.services.sync.setup import init_folder

    store = MemoryKeyStore()  # the throwaway group's key never goes to the user's keyring
    result = init_folder(test.opened(), folder=test.folder / "sync", store=store, name="self-test")
    files = sorted((test.folder / "sync").glob("changes/*/*.gdc"))
    if not files:
        raise CheckFailed("no sync file was written")
    key = store.keys[result.group_id]
    data = files[0].read_bytes()
    if MEMBER_NAME.encode("utf-8") in data:
        raise CheckFailed(f"{files[0].name} holds the member's name in plain text")
    _, body = format.decode(files[0].name, data, key, group_id=result.group_id)
    if not any(MEMBER_NAME in change.value for change in body.changes):
        raise CheckFailed(f"{files[0].name} opened, but the member's name is not in it")
    try:
        format.decode(files[0].name, data, crypto.new_group_key(), group_id=result.group_id)
    except format.SyncFileError:
        sealed = english_plural("%n file(s)", len(files))
        return f"{sealed} sealed; opened with the group key, refused with another"
    raise CheckFailed("a sync file opened with the wrong key")


def check_keyring(test: SelfTest) -> str:
    """The backend sync would keep the group's key in: refused as sync refuses it (none, or
    one that keeps passwords in a readable file), named when it is a real one."""
    import keyring

    from groupdesk.services.sync.keys import insecure_backends

    backend = keyring.get_keyring()
    refused = insecure_backends(backend)
    if refused:
        raise CheckFailed(
            f"no safe password store found ({', '.join(refused)}); on Linux install and unlock "
            "GNOME Keyring or KWallet: sync needs one to keep the group's key"
        )
    return f"{type(backend).__module__}.{type(backend).__name__}"


def check_store(test: SelfTest) -> str:
    """The object store's client, made and sent one request to a closed port on this computer:
    in a packaged app this finds the client or its S3 model left out. Nothing leaves it."""
    from importlib.metadata import version
    from importlib.util import find_spec

    from groupdesk.services.sync.store_location import StoreLocation
    from groupdesk.services.sync.transport_s3 import ObjectStore, StoreError

    if find_spec("boto3") is None:
        return "not installed (the 'store' extra): groups sync through folders only"
    endpoint = f"http://127.0.0.1:{CLOSED_PORT}"
    nowhere = StoreLocation(bucket="self-test", prefix="", endpoint=endpoint, key_id="self-test")
    try:
        ObjectStore(nowhere, "self-test", attempts=1, timeout=2).exists("groupdesk-sync.json")
    except StoreError:  # cannot be reached, as it should be: a missing model fails before
        return f"boto3 {version('boto3')} made its S3 client (a closed port answered no)"
    raise CheckFailed(f"something on this computer's port {CLOSED_PORT} answered as a store")


def check_window(test: SelfTest) -> str:
    if not _has_screen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from groupdesk.app import create_window
    from groupdesk.ui.collector import install_collector
    from groupdesk.ui.pages import PAGE_KEYS
    from groupdesk.ui.screenshot import quiet_offscreen_notice

    test.opened().close()  # the window opens the folder itself
    test.workspace = None
    quiet_offscreen_notice()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    install_collector(app)
    # An error in a slot reaches sys.excepthook, not the caller: keep each one to report it.
    errors: list[str] = []
    previous = sys.excepthook
    sys.excepthook = lambda kind, error, _: errors.append(f"{kind.__name__}: {error}")
    window = create_window(test.paths)
    try:
        # Every page built and fed, as a user clicking down the sidebar would see them: in a
        # packaged app this finds a module or Qt plugin the build left out.
        for key in PAGE_KEYS:
            window.show_page(key)
            app.processEvents()
            window.context.wait_for_background_work()
            app.processEvents()
            if errors:
                raise CheckFailed(f"the {key} page failed: {errors[0]}")
        return (
            f"the main window opened hidden on the {app.platformName()!r} screen, "
            f"its {len(PAGE_KEYS)} pages built"
        )
    finally:
        window.context.wait_for_background_work()
        window.context.workspace.close()
        window.deleteLater()
        app.processEvents()
        sys.excepthook = previous


def _has_screen() -> bool:
    """Windows and macOS always have one; elsewhere Qt needs X11 or Wayland."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


CHECKS: tuple[tuple[str, Callable[[SelfTest], str]], ...] = (
    ("migrations", check_migrations),
    ("group", check_group),
    ("member", check_member),
    ("pdf", check_pdf),
    ("sync", check_sync),
    ("keyring", check_keyring),
    ("store", check_store),
    ("window", check_window),
)


def run_self_test(out: Callable[[str], None] = print) -> bool:
    """Run every check in a temporary folder (removed afterwards); True if all passed."""
    out(f"GroupDesk {__version__} self-test on Python {sys.version.split()[0]}, {sys.platform}")
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="groupdesk-self-test-") as folder:
        test = SelfTest(Path(folder))
        out(f"ok      data folder: {test.paths.root} (temporary)")
        for name, check in CHECKS:
            try:
                detail = check(test)
            except CheckFailed as problem:
                failed.append(name)
                out(f"FAILED  {name}: {problem}")
            except Exception as problem:  # a check that breaks says how, then the rest run
                failed.append(name)
                out(f"FAILED  {name}: {type(problem).__name__}: {problem}")
            else:
                out(f"ok      {name}: {detail}")
        if test.workspace is not None:
            test.workspace.close()
    out(f"self-test FAILED: {', '.join(failed)}" if failed else "self-test passed")
    return not failed


def self_test_command() -> list[str]:
    """How to start this copy's self-test: the packaged app runs itself (on Windows its console
    twin, whose output can be read), a checkout its module."""
    if getattr(sys, "frozen", False):
        if sys.platform == "win32":
            return [str(Path(sys.executable).with_name("groupdesk-cli.exe")), "--self-test"]
        return [sys.executable, "--self-test"]
    return [sys.executable, "-m", "groupdesk", "--self-test"]
