"""`groupdesk sync ...`: set up, run and review sync through a shared folder or an
S3-compatible object store (`s3://BUCKET/PREFIX --endpoint URL`)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from groupdesk.cli.context import CliContext, group_locale, print_json, print_table
from groupdesk.cli.options import add_force_option, passphrase_option, record_option

if TYPE_CHECKING:
    from groupdesk.services.sync.keys import RecoverySheet
    from groupdesk.services.sync.store_location import StoreLocation
    from groupdesk.services.workspace import Workspace

#: Where the store's access key id and secret may come from, besides a file or a prompt.
KEY_ID_VARIABLE = "GROUPDESK_S3_KEY_ID"
SECRET_VARIABLE = "GROUPDESK_S3_SECRET"


def register(subparsers: Any) -> None:
    sync = subparsers.add_parser("sync", help="share records with the group's other laptops")
    commands = sync.add_subparsers(dest="sync_command", metavar="SYNC_COMMAND", required=True)

    init = commands.add_parser(
        "init", help="make FOLDER (or s3://BUCKET/PREFIX) the group's new place to sync"
    )
    init.add_argument("folder", metavar="FOLDER|s3://BUCKET/PREFIX")
    _add_store_options(init)
    init.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="also keep the key in the folder, locked with the passphrase in file F",
    )
    init.add_argument("--name", help="this laptop's name, e.g. \"Ana's laptop\"")
    init.add_argument(
        "--recovery-sheet", type=Path, metavar="FILE", help="write the sheet here (.pdf or text)"
    )
    add_force_option(init)
    init.set_defaults(handler=run_init)

    join = commands.add_parser(
        "join", help="join the group's existing sync folder (or s3://BUCKET/PREFIX)"
    )
    join.add_argument("folder", metavar="FOLDER|s3://BUCKET/PREFIX")
    _add_store_options(join)
    how = join.add_mutually_exclusive_group(required=True)
    how.add_argument("--code", help="the join code from the first laptop or recovery sheet")
    how.add_argument("--passphrase-file", type=Path, metavar="F", help="the group passphrase")
    join.add_argument("--name", help="this laptop's name, e.g. \"Sam's laptop\"")
    join.add_argument(
        "--merge-own-records",
        action="store_true",
        help="this laptop holds records of its own: add them to the group's (and take the "
        "group's settings); without it, joining such a laptop says what it would do and stops",
    )
    join.set_defaults(handler=run_join)

    move = commands.add_parser(
        "move-to",
        help="move the group to another FOLDER or s3://BUCKET/PREFIX, nothing lost: the other "
        "laptops follow at their next sync",
    )
    move.add_argument("folder", metavar="FOLDER|s3://BUCKET/PREFIX")
    _add_store_options(move)
    move.set_defaults(handler=run_move_to)

    run = commands.add_parser(
        "run",
        help="sync now: read what is new, send what is new",
        description="Sync now: read what is new, send what is new. Exit status 1 when the "
        "folder or object store cannot be reached, is too slow or refuses (said on stderr; "
        "nothing is lost, the next run tries again). For an object store, "
        "GROUPDESK_STORE_TIMEOUT (seconds to wait for an answer, default 20) and "
        "GROUPDESK_STORE_ATTEMPTS (tries of each request, default 4) may be set.",
    )
    run.add_argument(
        "folder",
        nargs="?",
        metavar="FOLDER",
        help="sync through this folder of the group this once, e.g. a USB stick "
        "(default: this laptop's sync folder)",
    )
    run.add_argument(
        "--remember",
        action="store_true",
        help="make FOLDER this laptop's sync folder from now on",
    )
    run.add_argument(
        "--allow-mass-delete",
        action="store_true",
        help="apply an import even if it deletes more than half of a table's records",
    )
    run.add_argument(
        "--clock-is-right",
        action="store_true",
        help="send even though the other laptops' clocks say this computer's clock is wrong",
    )
    run.add_argument("--json", action="store_true", help="print the result as JSON")
    run.set_defaults(handler=run_run)

    status = commands.add_parser("status", help="the sync folder, laptops seen, what waits")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=run_status)

    conflicts = commands.add_parser("conflicts", help="list conflicts to review")
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=run_conflicts)

    resolve = commands.add_parser("resolve", help="decide a conflict")
    resolve.add_argument("id", type=int, metavar="ID")
    decision = resolve.add_mutually_exclusive_group(required=True)
    decision.add_argument(
        "--keep",
        choices=("mine", "theirs", "deleted"),
        help="mine: the value in effect now, whichever laptop it came from; theirs: the value "
        "kept aside; deleted: a record deleted while changed elsewhere stays deleted",
    )
    decision.add_argument(
        "--restore",
        action="store_true",
        help="bring back a record deleted while changed elsewhere, with the change",
    )
    resolve.set_defaults(handler=run_resolve)

    sheet = commands.add_parser("recovery-sheet", help="print the recovery sheet with the code")
    sheet.add_argument(
        "--out", type=Path, metavar="FILE", help="write it to FILE (.pdf to print, else text)"
    )
    add_force_option(sheet)
    sheet.set_defaults(handler=run_recovery_sheet)

    history = commands.add_parser("history", help="who changed a record, when, old → new")
    history.add_argument("table", help="e.g. members")
    history.add_argument("row_id", metavar="ID")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=run_history)


def _add_store_options(parser: Any) -> None:
    store = parser.add_argument_group(
        "object store",
        "for s3://BUCKET/PREFIX: the access key id and secret come from --credentials-file, "
        f"else from {KEY_ID_VARIABLE} and {SECRET_VARIABLE}, else from a prompt (never from "
        "the command line); the secret is kept in this computer's keyring",
    )
    store.add_argument("--endpoint", metavar="URL", help="the store, e.g. https://s3.example.org")
    store.add_argument("--region", default="", help="the store's region (default us-east-1)")
    store.add_argument(
        "--ca-bundle", type=Path, metavar="FILE", help="trust this CA (a self-hosted store)"
    )
    store.add_argument(
        "--insecure-http",
        action="store_true",
        help="allow plain http:// to a store on another computer (names and key id unprotected)",
    )
    store.add_argument(
        "--credentials-file",
        type=Path,
        metavar="F",
        help="file F holds the access key id on its first line and the secret on its second",
    )


def _store_target(args: argparse.Namespace) -> tuple[StoreLocation, str] | None:
    """The store named on the command line and its secret, or None for a folder."""
    from groupdesk.errors import ValidationError
    from groupdesk.services.sync.store_location import is_store_url, parse_store

    if not is_store_url(args.folder):
        if args.endpoint or args.credentials_file:
            raise ValidationError.single(
                "endpoint", "--endpoint and --credentials-file are for an s3:// store"
            )
        return None
    if not args.endpoint:
        raise ValidationError.single("endpoint", "give the store's address with --endpoint URL")
    key_id, secret = _credentials(args.credentials_file)
    location = parse_store(
        args.folder,
        endpoint=args.endpoint,
        key_id=key_id,
        region=args.region,
        ca_bundle=str(args.ca_bundle.resolve()) if args.ca_bundle else None,
        insecure=args.insecure_http,
    )
    return location, secret


def _credentials(path: Path | None) -> tuple[str, str]:
    """(key id, secret) from the file, else the environment, else a prompt."""
    import getpass
    import os
    import sys

    from groupdesk.errors import ValidationError

    if path is not None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as problem:
            raise ValidationError.single(
                "credentials-file", f"{path} cannot be read ({problem.strerror})"
            ) from None
        if len(lines) < 2 or not lines[0].strip() or not lines[1].strip():
            raise ValidationError.single(
                "credentials-file",
                f"{path} must hold the access key id on its first line and the secret on its "
                "second",
            )
        return lines[0].strip(), lines[1].strip()
    key_id, secret = os.environ.get(KEY_ID_VARIABLE, ""), os.environ.get(SECRET_VARIABLE, "")
    if key_id and secret:
        return key_id, secret
    if not sys.stdin.isatty():
        raise ValidationError.single(
            "credentials-file",
            "give the store's access key id and secret with --credentials-file, or in "
            f"{KEY_ID_VARIABLE} and {SECRET_VARIABLE}",
        )
    key_id = key_id or input("Access key id: ").strip()
    return key_id, secret or getpass.getpass("Secret (not shown): ").strip()


def _print_report(report: Any) -> None:
    import sys

    print(report.summary())
    for problem in report.problems:
        print(f"  could not read {problem.name}: {problem.reason}", file=sys.stderr)
    for warning in report.warnings:
        print(f"  warning: {warning}", file=sys.stderr)


def run_init(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.output_files import check_output_path
    from groupdesk.services.sync.setup import init_folder, init_store, recovery_sheet

    if args.recovery_sheet:
        check_output_path(
            args.recovery_sheet, data_paths=context.paths, force=args.force, field="recovery_sheet"
        )
    workspace = context.workspace()
    target = _store_target(args)
    passphrase = passphrase_option(args.passphrase_file)
    if target is None:
        result = init_folder(
            workspace, folder=Path(args.folder), passphrase=passphrase, name=args.name
        )
        print(f"Made {result.where} the group's sync folder.")
    else:
        location, secret = target
        result = init_store(
            workspace, location=location, secret=secret, passphrase=passphrase, name=args.name
        )
        print(f"Made {result.where} at {location.endpoint} the group's place to sync.")
    print(f"Join code (type it on each other laptop): {result.join_code}")
    print(
        "Keep this code safe, away from the laptops (print the recovery sheet: groupdesk sync "
        "recovery-sheet). If every copy of the code is lost, the sync folder cannot be opened "
        "again; each laptop's own records are not lost."
    )
    if args.recovery_sheet:
        _save_sheet(workspace, recovery_sheet(workspace), args.recovery_sheet)
    _print_report(result.report)
    return 0


def run_join(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.sync.setup import join_folder, join_store

    workspace = context.workspace(require_group=False)
    target = _store_target(args)
    how: dict[str, Any] = {
        "code": args.code,
        "passphrase": passphrase_option(args.passphrase_file),
        "name": args.name,
        "merge_own_records": args.merge_own_records,
    }
    if target is None:
        result = join_folder(workspace, folder=Path(args.folder), **how)
        print(f"Joined the sync folder {result.where} as {result.device_name!r}.")
    else:
        result = join_store(workspace, location=target[0], secret=target[1], **how)
        print(f"Joined {result.where} at {target[0].endpoint} as {result.device_name!r}.")
    _print_report(result.report)
    return 1 if result.report.stopped else 0


def run_move_to(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.sync.setup import move_to
    from groupdesk.services.sync.store_location import StoreAccess

    workspace = context.workspace()
    target = _store_target(args)
    if target is None:
        result = move_to(workspace, folder=Path(args.folder))
    else:
        result = move_to(workspace, access=StoreAccess(*target))
    where = result.where if target is None else f"{result.where} at {target[0].endpoint}"
    if result.moved:
        print(
            f"Moved the group to {where}. The other laptops follow it there at their next "
            "sync (a laptop without the store's key is told how)."
        )
    else:
        print(f"The group had moved to {where}: this laptop syncs there now.")
    _print_report(result.report)
    return 0


def run_run(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.errors import ValidationError
    from groupdesk.services.sync.engine import run_sync
    from groupdesk.services.sync.store_location import is_store_url

    if args.remember and args.folder is None:
        raise ValidationError.single("remember", "name the FOLDER to remember")
    if args.folder is not None and is_store_url(args.folder):
        raise ValidationError.single(
            "folder",
            "sync run takes a folder to sync through once; a laptop that syncs through an "
            "object store uses it without naming it (groupdesk sync run), and the group "
            "moves to a store with groupdesk sync move-to s3://BUCKET/PREFIX --endpoint URL",
        )

    report = run_sync(
        context.workspace(),
        folder_path=None if args.folder is None else Path(args.folder),
        allow_mass_delete=args.allow_mass_delete,
        clock_is_right=args.clock_is_right,
        remember_folder=args.remember,
    )
    if args.json:
        print_json(report.to_json())
    else:
        _print_report(report)
    import sys

    if report.clock_refused:
        print(
            "  If this computer's date and time are right, send anyway: "
            "groupdesk sync run --clock-is-right",
            file=sys.stderr,
        )
    if report.stopped:
        print(f"groupdesk: error: {report.stopped}", file=sys.stderr)
        return 1
    return 0


def run_status(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.sync.status import sync_status

    status = sync_status(context.workspace())
    if args.json:
        print_json(status.as_dict())
        return 0
    if not status.set_up:
        print("Not set up to sync. Use `groupdesk sync init FOLDER` or `groupdesk sync join`.")
        return 0
    if status.endpoint:
        print(f"Syncs through: the object store {status.folder} at {status.endpoint}")
    else:
        print(f"Syncs through: the folder {status.folder}")
    print(f"This laptop: {status.device_name} ({status.device_id})")
    locale = group_locale(context)
    if status.last_report:
        when = _when(status.last_report.get("finished_at"), locale)
        print(f"Last sync:   {when}: {status.last_report['summary']}")
    print(f"Conflicts to review: {status.open_conflicts}")
    if status.pending_attachments:
        print(f"Attached files not arrived yet: {status.pending_attachments}")
    if status.devices:
        print()
        print_table(
            (
                (
                    d.name or d.device_id,
                    d.app_version,
                    _when(d.last_sync_at, locale),
                    _when(d.last_read_at, locale),
                )
                for d in status.devices
            ),
            ("laptop", "app", "last synced", "last read here"),
        )
    return 0


def _when(value: Any, locale: str) -> str:
    from groupdesk.services.wording import moment_text

    return moment_text(value, locale)


def run_conflicts(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.sync.conflicts import list_conflicts

    conflicts = list_conflicts(context.workspace().uow())
    if args.json:
        print_json([c.as_dict() for c in conflicts])
        return 0
    if not conflicts:
        print("No conflicts to review.")
        return 0
    values = [c for c in conflicts if c.kind == "value"]
    if values:
        print_table(
            (
                (
                    c.id,
                    c.record,
                    c.field,
                    f"{c.mine!r} from {c.mine_device}",
                    f"{c.theirs!r} from {c.theirs_device}",
                )
                for c in values
            ),
            ("id", "record", "field", "in effect", "kept aside"),
        )
        print(
            "Decide: groupdesk sync resolve ID --keep mine (the value in effect) "
            "or --keep theirs (the value kept aside)."
        )
    deletions = [c for c in conflicts if c.kind == "deleted"]
    for conflict in deletions:
        print(f"{conflict.id}: {conflict.summary()}")
    if deletions:
        print("Decide: groupdesk sync resolve ID --restore, or --keep deleted.")
    return 0


def run_resolve(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.sync.conflicts import Choice, resolve_conflict

    keep: Choice = "restore" if args.restore else args.keep
    chosen = resolve_conflict(context.workspace().uow(), conflict_id=args.id, keep=keep)
    if chosen.kind == "deleted":
        done = "Restored" if keep == "restore" else "Kept deleted"
        print(f"{done} {chosen.record}; other laptops get the decision at their next sync.")
        return 0
    value = chosen.mine if keep == "mine" else chosen.theirs
    print(
        f"Kept {value!r} for {chosen.field} of {chosen.record}; other laptops get the decision "
        "at their next sync."
    )
    return 0


def run_recovery_sheet(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.output_files import check_output_path
    from groupdesk.services.sync.setup import recovery_sheet

    if args.out:
        check_output_path(args.out, data_paths=context.paths, force=args.force)
    workspace = context.workspace()
    sheet = recovery_sheet(workspace)
    if args.out:
        _save_sheet(workspace, sheet, args.out)
    else:
        print(sheet.text())
    return 0


def _save_sheet(workspace: Workspace, sheet: RecoverySheet, path: Path) -> None:
    from groupdesk.reports.recovery_sheet import save_recovery_sheet
    from groupdesk.services.settings import get_settings

    save_recovery_sheet(sheet, path, paper_size=get_settings(workspace.uow()).paper_size)
    print(f"Wrote the recovery sheet to {path}")


def run_history(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.history import record_history
    from groupdesk.services.settings import get_settings
    from groupdesk.services.wording import day_text, field_label, value_text

    # The record's own changes, old → new (`members show` tells the story with related rows).
    row_id = record_option(context, args.table, args.row_id)
    entries = [
        entry
        for entry in record_history(context.workspace().uow(), table=args.table, row_id=row_id)
        if entry.row_id == row_id
    ]
    if args.json:
        print_json(
            [
                {
                    "at": e.at,
                    "device_id": e.device_id,
                    "device_name": e.device_name,
                    "created": e.created,
                    "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in e.changes],
                }
                for e in entries
            ]
        )
        return 0
    locale = get_settings(context.workspace().uow()).locale

    def day(found: date) -> str:
        return day_text(found, locale)

    for entry in entries:
        print(entry.describe(locale))
        for change in entry.changes:
            print(
                f"    {field_label(change.field)}: {value_text(change.old, day)}"
                f" → {value_text(change.new, day)}"
            )
    return 0
