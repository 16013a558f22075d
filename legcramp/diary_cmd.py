"""``legcramp diary show | export --csv | delete``: the local diary, read and deleted from a shell.

The store is the one the console uses: ``DIARY_STORE`` when set, else the SQLite file in the
user's data folder (``skill.settings.local_store``). Whose diary is the console's: the one Alexa
user every ``legcramp chat`` run is (``legcramp.console.CONSOLE_USER_ID``), keyed by the same
digests the skill uses (``Owner.from_alexa``). ``--user-id`` and ``--person-id`` name another
account or a recognised voice (a diary kept by ``legcramp serve``), and ``delete --all-people``
deletes every diary of the account, each person's too, as ``SkillDisabled`` does.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TextIO

from legcramp.console import CONSOLE_USER_ID
from skill.diary import DiaryEntry, DiaryStore, Owner, StoreError, open_store
from skill.diary.sqlite_store import SqliteDiaryStore
from skill.settings import Settings, local_store

EXIT_FAILED = 1
CSV_COLUMNS = ("when_utc", "logged_at_utc", "leg", "muscle", "duration_seconds", "count")
_YES = frozenset({"y", "yes"})


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``diary`` with its ``show``, ``export`` and ``delete`` actions."""
    diary = subparsers.add_parser(
        "diary",
        help="show, export or delete the local cramp diary (the console's user)",
        description=(
            "The cramp diary on the local store: DIARY_STORE, else the console's SQLite file "
            "in the user's data folder. The diary is the console's user's unless --user-id "
            "(and --person-id) name another."
        ),
    )
    actions = diary.add_subparsers(dest="action", required=True, metavar="ACTION")
    show = actions.add_parser("show", help="every entry, oldest first, in DIARY_TIME_ZONE")
    _common(show)
    show.set_defaults(func=run_show)
    export = actions.add_parser("export", help="every entry as CSV (times in UTC)")
    export.add_argument(
        "--csv", action="store_true", required=True, help="CSV with a header line (the format)"
    )
    export.add_argument("--out", type=Path, help="write to FILE instead of standard output")
    _common(export)
    export.set_defaults(func=run_export)
    delete = actions.add_parser("delete", help="delete the diary (asks first unless --yes)")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    delete.add_argument(
        "--all-people",
        action="store_true",
        help="every diary of the account, each recognised person's too",
    )
    _common(delete)
    delete.set_defaults(func=run_delete)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store", help="a DIARY_STORE value (default: DIARY_STORE, else the console's file)"
    )
    parser.add_argument(
        "--user-id", default=CONSOLE_USER_ID, help="the Alexa user ID (default: the console's)"
    )
    parser.add_argument("--person-id", help="a recognised person's ID (default: the account's)")


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings.from_env(default_store=local_store())
    if args.store is None:
        return settings
    return settings.replace(store=args.store)


def _open(args: argparse.Namespace) -> tuple[DiaryStore, Owner, str]:
    settings = _settings(args)
    store = open_store(settings.store, retention_days=settings.retention_days)
    owner = Owner.from_alexa(args.user_id, args.person_id)
    return store, owner, settings.time_zone


def _absent(store: DiaryStore) -> Path | None:
    """The SQLite file a store would create on first use, when it does not exist yet (reading
    a diary must not create an empty one)."""
    if isinstance(store, SqliteDiaryStore) and not store.path.exists():
        return store.path
    return None


def _where(store: DiaryStore) -> str:
    if not isinstance(store, SqliteDiaryStore):
        return "the DynamoDB table"
    path = store.path  # ``sqlite:////abs`` reads as ``//abs``: shown with one slash
    return str(Path("/").joinpath(*path.parts[1:]) if path.is_absolute() else path)


def _entries(store: DiaryStore, owner: Owner) -> Sequence[DiaryEntry]:
    return () if _absent(store) is not None else store.list(owner)


def run_show(args: argparse.Namespace) -> int:
    """``legcramp diary show``: one aligned line per entry, then how many."""
    try:
        store, owner, zone_name = _open(args)
        entries = _entries(store, owner)
    except (StoreError, ValueError) as error:
        return _failed(error)
    zone = _zone(zone_name)
    print(f"diary at {_where(store)} ({len(entries)} entries, times in {zone_name})")
    if not entries:
        return 0
    rows = [[_local(entry, zone), _legs(entry), _seconds(entry), str(entry.count)]
            for entry in entries]  # fmt: skip
    _table(["when", "leg / muscle", "length", "cramps"], rows, sys.stdout)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """``legcramp diary export --csv``: a header line, then one line per entry."""
    try:
        store, owner, _ = _open(args)
        entries = _entries(store, owner)
    except (StoreError, ValueError) as error:
        return _failed(error)
    if args.out is None:
        _write_csv(entries, sys.stdout)
    else:
        with args.out.open("w", encoding="utf-8", newline="") as sink:
            _write_csv(entries, sink)
        print(f"wrote {len(entries)} entries to {args.out}", file=sys.stderr)
    return 0


def run_delete(args: argparse.Namespace) -> int:
    """``legcramp diary delete``: says what it will delete, asks, deletes in storage."""
    try:
        store, owner, _ = _open(args)
        if _absent(store) is not None:
            print(f"nothing to delete: there is no diary at {_where(store)}")
            return 0
        count = len(store.list(owner))
        print(f"the diary at {_where(store)} holds {count} entries")
        if args.all_people:
            print("--all-people: every recognised person's diary of this account goes too")
        if not args.yes and not _confirmed("delete it? [y/N] "):
            print("nothing deleted")
            return 0
        deleted = store.delete_user(owner) if args.all_people else store.delete_all(owner)
    except (StoreError, ValueError) as error:
        return _failed(error)
    print(f"deleted {deleted} entries")
    return 0


def _confirmed(prompt: str) -> bool:
    print(prompt, end="", flush=True)
    answer = sys.stdin.readline()
    if not answer.endswith("\n"):
        print()  # no more input: the prompt's line still ends
    return answer.strip().lower() in _YES


def _write_csv(entries: Sequence[DiaryEntry], sink: TextIO) -> None:
    writer = csv.writer(sink, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for entry in entries:
        writer.writerow(
            [
                _iso(entry.when),
                _iso(entry.logged_at),
                entry.leg or "",
                entry.muscle or "",
                "" if entry.duration_seconds is None else entry.duration_seconds,
                entry.count,
            ]
        )


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def _zone(name: str) -> tzinfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # noqa: PLC0415

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _local(entry: DiaryEntry, zone: tzinfo) -> str:
    return entry.when.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _legs(entry: DiaryEntry) -> str:
    parts = [part.lower().replace("_", " ") for part in (entry.leg, entry.muscle) if part]
    return " ".join(parts) or "-"


def _seconds(entry: DiaryEntry) -> str:
    if entry.duration_seconds is None:
        return "-"
    minutes, seconds = divmod(entry.duration_seconds, 60)
    return f"{minutes}m{seconds:02d}s" if minutes else f"{seconds}s"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO) -> None:
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    for row in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _failed(error: Exception) -> int:
    print(f"legcramp diary: {error}", file=sys.stderr)
    return EXIT_FAILED
