"""What every command handler gets, and the one place where errors become exit codes."""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from groupdesk.cli.terminal import guard_terminal, shown
from groupdesk.config import DataPaths, data_paths

if TYPE_CHECKING:
    from filelock import ReadWriteLock

    from groupdesk.errors import GroupDeskError
    from groupdesk.services.workspace import Workspace

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CliContext:
    """The data folder a command works on, opened when the command first asks for it."""

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        self._workspace: Workspace | None = None
        #: Whether this command has saved anything yet (then it is not started again when busy).
        self.committed = False
        #: Held while the command works on the folder, so a restore waits for it to finish.
        self._at_work: ReadWriteLock | None = None

    def workspace(self, *, require_group: bool = True) -> Workspace:
        """The open data folder; by default it must already hold a group."""
        if self._workspace is None:
            from groupdesk.errors import SetupError
            from groupdesk.services.folder_lock import hold_for_work
            from groupdesk.services.workspace import open_workspace

            if require_group and not self.paths.database.exists():
                raise SetupError(
                    f"No group in {self.paths.root}. Run `groupdesk init --name ...` "
                    "or `groupdesk demo` first."
                )
            if self._at_work is None:
                self._at_work = hold_for_work(self.paths)
            self._workspace = open_workspace(self.paths, before_upgrade=_say_and_back_up)
            from sqlalchemy import event

            event.listen(self._workspace.engine, "commit", self._note_commit)
        return self._workspace

    def _note_commit(self, _connection: object) -> None:
        self.committed = True

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None
        if self._at_work is not None:
            self._at_work.release()
            self._at_work.close()
            self._at_work = None


Handler = Callable[[argparse.Namespace, CliContext], int]


def _say_and_back_up(paths: DataPaths, old_revision: str | None) -> None:
    """Before a database an older GroupDesk made is changed: say so (a big group's backup
    takes minutes, and the command would be silent meanwhile), then back it up."""
    from groupdesk.services.backup import backup_before_upgrade

    notice(
        "bringing the group's records up to this version of GroupDesk; a backup of them is "
        "made first (a few minutes for a large group)…"
    )
    backup_before_upgrade(paths, old_revision)


def _json_default(value: Any) -> Any:
    from decimal import Decimal  # here: a quick command such as `check` does not need it

    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def print_json(data: Any) -> None:
    """Stable JSON on stdout: money as decimal strings, dates as ISO 8601, Unicode kept.

    Indented for a person at a terminal; compact for a pipe or file, which lets `json` use its
    C encoder (indenting is pure Python: 100,000 members took seconds longer).
    """
    indent = 2 if sys.stdout.isatty() else None
    # One write of one string: json.dump streams many small chunks, 6x slower for 10k rows.
    sys.stdout.write(
        json.dumps(data, default=_json_default, ensure_ascii=False, indent=indent) + "\n"
    )


def display_width(text: str) -> int:
    """Columns `text` takes in a terminal: wide (CJK) characters two, combining marks none."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def print_table(
    rows: Iterable[Iterable[Any]], headers: Iterable[str], *, locale: str | None = None
) -> None:
    """A plain aligned table for people (scripts use --json). With the group's `locale`, a day
    is written the group's way ('4 Dec 2026'), as on every page."""
    header = [str(h) for h in headers]
    body = [[_cell(cell, locale) for cell in row] for row in rows]
    widths = [
        max([display_width(h), *(display_width(r[i]) for r in body)]) for i, h in enumerate(header)
    ]
    for line in [header, *body]:
        cells = (cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(line))
        print("  ".join(cells).rstrip())


def _cell(value: Any, locale: str | None) -> str:
    if value is None:
        return ""
    if locale is not None and isinstance(value, date) and not isinstance(value, datetime):
        from groupdesk.services.wording import day_text

        return day_text(value, locale)
    return shown(str(value))


def group_locale(context: CliContext) -> str:
    """The group's locale, for writing days and numbers the group's way."""
    from groupdesk.services.settings import get_settings

    return get_settings(context.workspace().uow()).locale


def error(message: str) -> None:
    print(f"groupdesk: error: {shown(message)}", file=sys.stderr)


def notice(message: str) -> None:
    """Why a command is taking its time, on stderr (its output stays clean), not as an error."""
    print(f"groupdesk: {shown(message)}", file=sys.stderr, flush=True)


def confirm(question: str, *, yes: bool, doing: str) -> bool:
    """Ask before a step that replaces or erases records. With no terminal no one can answer
    (`echo n | groupdesk ...` is a script, not a person), so only `--yes` lets it go on."""
    from groupdesk.errors import GroupDeskError

    if yes:
        return True
    if not sys.stdin.isatty():
        raise GroupDeskError(
            f"{doing} needs --yes when no one can be asked (the input is not a terminal); "
            "nothing was changed."
        )
    try:
        answer = input(f"{question} Type yes to go on: ")
    except EOFError:
        answer = ""
    if answer.strip().casefold() != "yes":
        print("Nothing was changed.")
        return False
    return True


#: What the command line suggests for each remedy a service names (`groupdesk.errors.Remedy`);
#: `{subject}` is the record or folder it applies to.
REMEDIES = {
    "choose_data_folder": "choose another folder with --data-dir",
    "restore_backup": "groupdesk restore FILE, or choose another folder with --data-dir",
    "create_group": "groupdesk init",
    "restore_member": "groupdesk members restore {subject}",
    "unmerge_member": "groupdesk members unmerge {subject}",
    "list_conflicts": "groupdesk sync conflicts",
    "join_sync_folder": "groupdesk sync join {subject} --code CODE",
    "follow_group": "groupdesk sync move-to {subject}",
    "set_up_sync": "groupdesk sync init FOLDER, or groupdesk sync join FOLDER --code CODE",
    "allow_mass_delete": "groupdesk sync run --allow-mass-delete",
    "import_again": "the same command with --again, to import it once more",
}


def error_lines(problem: GroupDeskError, options: Mapping[str, str] | None = None) -> list[str]:
    """The error as the command line says it: the service's sentence, then what to type. A
    field is named by the command's option for it (`options`, field → `--joined`), else in
    words (`joined_on` → "Joined"; a one-word field is a word already)."""
    from groupdesk.errors import ValidationError

    if isinstance(problem, ValidationError):
        lines = [
            f"{_field_name(field, options or {})}: {message}"
            for field, message in problem.errors.items()
        ]
    else:
        lines = [str(problem)]
    remedy = problem.remedy
    if remedy is not None and remedy.action in REMEDIES:
        lines.append("try: " + REMEDIES[remedy.action].format(subject=remedy.subject))
    return lines


def _field_name(field: str, options: Mapping[str, str]) -> str:
    from groupdesk.services.wording import field_label

    return options.get(field) or (field_label(field) if "_" in field else field)


def run(args: argparse.Namespace) -> int:
    """Run the chosen handler; user-facing errors go to stderr with exit status 1."""
    from groupdesk.errors import GroupDeskError

    guard_terminal()
    try:
        context = CliContext(data_paths(args.data_dir))
    except GroupDeskError as problem:
        error(str(problem))
        return EXIT_ERROR
    try:
        return _run_waiting_for_writers(args, context)
    except GroupDeskError as problem:
        for line in error_lines(problem, getattr(args, "field_options", None)):
            error(line)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (`groupdesk members list | head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        error("interrupted; nothing was changed by the unfinished step")
        return EXIT_ERROR
    finally:
        context.close()


def _run_waiting_for_writers(args: argparse.Namespace, context: CliContext) -> int:
    """Run the handler; while another program holds the database's write lock and this
    command has saved nothing yet, start it again until that program is done (SQLite cannot
    make a transaction that has read wait for the lock: it says "database is locked" at once).
    A full disk, a read-only folder or a lock held too long becomes a sentence."""
    from groupdesk.services.faults import explain, wait_for_writers

    said = False

    def waiting() -> None:
        nonlocal said
        context.close()
        if not said:
            notice("waiting for another GroupDesk window or command to finish writing…")
            said = True

    try:
        return wait_for_writers(
            lambda: int(args.handler(args, context) or EXIT_OK),
            saved=lambda: context.committed,
            waiting=waiting,
        )
    except Exception as problem:  # only faults `explain` knows; anything else is a bug
        sentence = explain(problem, places=[context.paths.root], changed=context.committed)
        if sentence is None:
            raise
        raise sentence from problem
