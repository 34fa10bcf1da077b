"""Commands for the data folder as a whole: init, demo, backup, backup-safety, restore,
screenshot, gui (`check` has a module of its own)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from groupdesk.cli.context import EXIT_ERROR, EXIT_OK, CliContext, confirm
from groupdesk.cli.options import add_force_option


def register(subparsers: Any) -> None:
    gui = subparsers.add_parser("gui", help="start the GroupDesk window (the default)")
    gui.set_defaults(handler=run_gui)

    init = subparsers.add_parser("init", help="create your group in an empty data folder")
    init.add_argument("--name", required=True, help="the group's name")
    init.add_argument("--currency", default="EUR", help="ISO 4217 code (default EUR)")
    init.add_argument("--locale", default="en_GB", help="e.g. en_GB, fr_FR (default en_GB)")
    init.add_argument("--paper-size", default="A4", choices=("A4", "Letter"))
    init.add_argument("--financial-year-start", default="01-01", metavar="MM-DD")
    init.set_defaults(handler=run_init)

    demo = subparsers.add_parser("demo", help="fill an empty data folder with a demo group")
    demo.add_argument("--members", type=int, default=60, help="how many members (default 60)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same group")
    demo.set_defaults(handler=run_demo)

    backup = subparsers.add_parser("backup", help="write a backup file of everything")
    backup.add_argument(
        "--out", "--to", dest="out", metavar="FILE", type=Path, help="where (default: backups/)"
    )
    add_force_option(backup)
    backup.set_defaults(handler=run_backup)

    safety = subparsers.add_parser(
        "backup-safety", help="a second place for backup copies, and encrypting backups"
    )
    place = safety.add_mutually_exclusive_group()
    place.add_argument(
        "--second-place", type=Path, metavar="FOLDER", help="a USB stick, a cloud folder"
    )
    place.add_argument("--no-second-place", action="store_true", help="stop copying backups")
    sealing = safety.add_mutually_exclusive_group()
    sealing.add_argument(
        "--passphrase-file", type=Path, metavar="F", help="encrypt backups with this passphrase"
    )
    sealing.add_argument("--no-encryption", action="store_true", help="stop encrypting backups")
    safety.set_defaults(handler=run_backup_safety)

    restore = subparsers.add_parser("restore", help="replace the data with a backup file's")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.add_argument(
        "--passphrase-file", type=Path, metavar="F", help="an encrypted backup's passphrase"
    )
    restore.set_defaults(handler=run_restore)

    shot = subparsers.add_parser("screenshot", help="render a page offscreen to a PNG file")
    shot.add_argument("--page", required=True, help="dashboard, members, …, settings")
    shot.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    shot.add_argument("--width", type=int, default=1280)
    shot.add_argument("--height", type=int, default=800)
    add_force_option(shot)
    shot.set_defaults(handler=run_screenshot)


def run_gui(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.app import run_app

    return run_app(context.paths)


def run_init(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services import settings

    values = settings.new_group_values(
        name=args.name,
        currency=args.currency,
        locale=args.locale,
        paper_size=args.paper_size,
        financial_year_start=args.financial_year_start,
    )
    workspace = context.workspace(require_group=False)
    with workspace.uow() as uow:
        group = settings.insert_group(uow, values)
        uow.commit()
    print(f"Created {group.name!r} in {context.paths.root}")
    return 0


def run_demo(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.demo import make_demo

    workspace = context.workspace(require_group=False)
    # Immediate: a bulk write, with the bulk pragmas (`db.BULK_PRAGMAS`), so the statement
    # journals of the tables triggers keep stay in memory (at 100,000 members they spilled to
    # temporary files, gigabytes of them, for the 1.3 million attendance marks).
    summary = make_demo(workspace.uow(immediate=True), members=args.members, seed=args.seed)
    print(
        f"Made the demo group {summary.group_name!r} with {summary.members} members "
        f"in {context.paths.root}"
    )
    return 0


def run_backup(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.backup import default_backup_name, write_backup
    from groupdesk.services.output_files import check_output_path

    if args.out is not None:
        check_output_path(args.out, data_paths=context.paths, force=args.force)
    context.workspace()  # migrates an old database first, so the backup opens in this version
    target = args.out or context.paths.backups / default_backup_name(context.paths.backups)
    info = write_backup(context.paths, target)
    sealed = "encrypted" if info.encrypted else "not encrypted"
    print(
        f"Backed up {info.group_name!r} ({info.attachments} attachments) to {info.path} ({sealed})."
    )
    if info.copied_to is not None and info.copied_to != info.path:
        print(f"A copy is in the second place: {info.copied_to}")
    elif info.not_copied:
        print(info.not_copied)
    return EXIT_OK


def run_backup_safety(args: argparse.Namespace, context: CliContext) -> int:
    """Change what was asked, then say where the latest backup is and whether it is sealed."""
    from groupdesk.cli.options import passphrase_option
    from groupdesk.services import backup_safety as safety
    from groupdesk.services.backup_whereabouts import whereabouts

    workspace = context.workspace()
    if args.second_place is not None or args.no_second_place:
        safety.set_second_place(workspace.uow(), folder=args.second_place)
    if args.passphrase_file is not None or args.no_encryption:
        safety.set_backup_passphrase(
            workspace.uow(), passphrase=passphrase_option(args.passphrase_file)
        )
    where = whereabouts(context.paths)
    place = where.second_place
    print(f"Second place: {place}" if place else "Second place: none (backups stay on this laptop)")
    print(
        "Backups are encrypted (the passphrase is needed to restore them)."
        if where.encrypted
        else "Backups are not encrypted: anyone who gets a backup file can read members' details."
    )
    if where.latest is None:
        print("No backup yet.")
    elif where.copied:
        print(f"The latest backup ({where.latest.when}) is on this laptop and in {place}.")
    else:
        print(f"The latest backup ({where.latest.when}) is only on this laptop.")
    return EXIT_OK


def run_restore(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.folder_lock import LOCK_NAME, hold_data_folder

    # The lock an app window holds, held for the whole restore: no window opens mid-way.
    lock_file = context.paths.root / LOCK_NAME
    left_by_a_window = lock_file.exists()
    in_use = hold_data_folder(context.paths, doing="restoring a backup")
    try:
        return _restore(args, context)
    finally:
        in_use.release()
        if not left_by_a_window:
            lock_file.unlink(missing_ok=True)


def _restore(args: argparse.Namespace, context: CliContext) -> int:
    import sys

    from groupdesk.services.restore import plan_restore, restore_backup

    passphrase = _backup_passphrase(args)
    plan = plan_restore(context.paths, args.file, passphrase=passphrase)
    saved = plan.backup
    if plan.current is not None:
        here = plan.current
        print(f"Restoring {args.file} replaces the records on this laptop:")
        print(f"  now here:    {_records(here.group_name, here.members)}, last changed {here.when}")
        print(f"  the backup:  {_records(saved.group_name, saved.members)}, made {saved.when}")
        if plan.another_group:
            print("The backup is of another group.")
        print("The records here are backed up first, so this can be undone.")
        if not confirm("Restore it?", yes=args.yes, doing="Restoring a backup over these records"):
            return EXIT_ERROR
    restored = restore_backup(
        context.paths,
        args.file,
        passphrase=passphrase,
        waiting=lambda: print(
            "Waiting for another GroupDesk command on this folder to finish…", file=sys.stderr
        ),
    )
    print(f"Restored {saved.group_name!r} from {args.file} (made {saved.when}).")
    if restored.safety_copy is not None:
        print(f"The records it replaced are backed up in {restored.safety_copy.path}")
    if restored.damaged_moved_to is not None:
        print(
            "The database it replaced was too damaged to back up; it was moved to "
            f"{restored.damaged_moved_to}"
        )
    return EXIT_OK


def _backup_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase of an encrypted backup: from --passphrase-file, else asked (unseen)."""
    import getpass
    import sys

    from groupdesk.cli.options import passphrase_option
    from groupdesk.services.backup_format import is_sealed

    given = passphrase_option(args.passphrase_file)
    if given is None and is_sealed(args.file) and sys.stdin.isatty():
        return getpass.getpass(f"{args.file.name} is encrypted. Its passphrase: ")
    return given


def _records(group_name: str, members: int | None) -> str:
    from groupdesk.messages import english_plural

    counted = (
        "members not counted"
        if members is None
        else english_plural("%n member(s)", members, f"{members:,}")
    )
    return f"{group_name or '(unnamed group)'!r}, {counted}"


def run_screenshot(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.output_files import check_output_path
    from groupdesk.ui.screenshot import render_page

    check_output_path(args.out, data_paths=context.paths, force=args.force)
    context.workspace()
    render_page(context.paths, page=args.page, out=args.out, size=(args.width, args.height))
    print(f"Saved {args.out}")
    return 0
