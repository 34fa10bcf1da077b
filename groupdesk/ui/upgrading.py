"""Bringing a group's records up to this version of GroupDesk before the first window opens.

A database made by an older version is backed up and then changed (`workspace.open_workspace`,
`backup.backup_before_upgrade`). That took about 10 s at 10,000 members and a minute and a half
at 100,000 (a 3.7 GB file), on the GUI thread before any window: nothing showed, and a volunteer
would think the app had not started and start it again. Now the work runs on a thread of its
own while a small window says what is happening; a database GroupDesk cannot open (one from a
newer version, a file that is not a database) is refused in a message box, not on a terminal
nobody sees.
"""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressDialog

from groupdesk import db
from groupdesk.config import DataPaths
from groupdesk.errors import GroupDeskError


class _Done(QObject):
    """Emitted from the worker; Qt queues it to the GUI thread, whose loop it ends."""

    finished = Signal()


def needs_upgrade(paths: DataPaths) -> bool:
    """Whether opening `paths` would change its database first (or refuse it): an existing
    file not at this version's schema, or one SQLite cannot read."""
    if not paths.database.exists():  # a first start: the new database has nothing to keep
        return False
    try:
        return db.needs_upgrade(paths.database)
    except sqlite3.DatabaseError:
        return True


def bring_up_to_date(paths: DataPaths) -> bool:
    """Upgrade the database of `paths` if it needs it, off the GUI thread, a window showing
    meanwhile. False when it cannot be opened (the reason was shown); other errors are raised
    on the GUI thread, as if the work had run there."""
    if not needs_upgrade(paths):
        return True
    from groupdesk.services.workspace import open_workspace

    failure: list[BaseException] = []
    done = _Done()

    def work() -> None:
        try:
            open_workspace(paths).close()
        except BaseException as problem:  # handed to the GUI thread, which says or raises it
            failure.append(problem)
        finally:
            done.finished.emit()

    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog = _progress_dialog()
    worker = threading.Thread(target=work, name="groupdesk-upgrade")
    worker.start()
    loop.exec()
    worker.join()
    dialog.blockSignals(True)
    dialog.reset()
    dialog.close()
    dialog.deleteLater()
    if not failure:
        return True
    if isinstance(failure[0], GroupDeskError):
        _refuse(failure[0])
        return False
    raise failure[0]


def _progress_dialog() -> QProgressDialog:
    label = QApplication.translate(
        "Upgrading",
        "This version of GroupDesk brings your group's records up to date. A backup of "
        "them is made first, so nothing can be lost.\n\nFor a large group this takes a few "
        "minutes; please leave GroupDesk open.",
    )
    dialog = QProgressDialog("", "", 0, 0)
    text = QLabel(label)
    text.setWordWrap(True)  # one long line otherwise, as wide as the screen
    dialog.setLabel(text)
    text.setFixedWidth(440)
    dialog.setWindowTitle(QApplication.translate("Upgrading", "Updating GroupDesk"))
    dialog.setAccessibleName(QApplication.translate("Upgrading", "Updating GroupDesk"))
    dialog.setCancelButton(None)
    dialog.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
    # Closing it (Esc) would hide it while the work goes on: it comes back.
    dialog.canceled.connect(dialog.show)
    dialog.resize(dialog.sizeHint())  # as narrow as its text, not Qt's first guess
    dialog.setMinimumDuration(400)  # a small group's upgrade is over before it would show
    dialog.setValue(0)  # re-arms the show timer with that duration (Qt's default is 4 s)
    return dialog


def _refuse(problem: GroupDeskError) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QApplication.translate("Upgrading", "GroupDesk cannot open this group"),
        str(problem),
        QMessageBox.StandardButton.Close,
    )
    box.setAccessibleName(QApplication.translate("Upgrading", "GroupDesk cannot open this group"))
    box.exec()
