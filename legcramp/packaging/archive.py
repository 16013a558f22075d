"""A reproducible zip within Lambda's size limits.

Entries are sorted by path and carry one fixed date and fixed permissions, and there are no folder
entries, so the bytes depend only on the files' paths and contents (and zlib's version).
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

MIB = 1024 * 1024
# Lambda's quotas: a zip uploaded directly, and everything unpacked (all layers included).
ZIPPED_LIMIT = 50 * MIB
UNZIPPED_LIMIT = 250 * MIB

FIXED_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can hold
_FILE_MODE = 0o100644  # a regular file, rw-r--r--
_UNIX = 3  # "made by" system, so unzip tools apply the mode above


class PackageTooLargeError(Exception):
    """The package is over one of Lambda's size limits."""


@dataclass(frozen=True, slots=True)
class ArchiveStats:
    """What was written: the zip, its size, the size unpacked and the number of files."""

    path: Path
    zipped_bytes: int
    unzipped_bytes: int
    files: int


def write_zip(
    folder: Path,
    out: Path,
    *,
    zipped_limit: int = ZIPPED_LIMIT,
    unzipped_limit: int = UNZIPPED_LIMIT,
) -> ArchiveStats:
    """Zip every file under ``folder`` into ``out``; refuse (writing nothing) if over a limit."""
    files = sorted(
        (path.relative_to(folder).as_posix(), path) for path in folder.rglob("*") if path.is_file()
    )
    unzipped = sum(path.stat().st_size for _, path in files)
    if unzipped > unzipped_limit:
        raise PackageTooLargeError(
            f"{unzipped / MIB:.1f} MiB unzipped is over the {unzipped_limit / MIB:g} MiB limit"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    with zipfile.ZipFile(partial, "w") as archive:
        for name, path in files:
            entry = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            entry.create_system = _UNIX
            entry.external_attr = _FILE_MODE << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, path.read_bytes(), compresslevel=9)
    zipped = partial.stat().st_size
    if zipped > zipped_limit:
        partial.unlink()
        raise PackageTooLargeError(
            f"{zipped / MIB:.1f} MiB zipped is over the {zipped_limit / MIB:g} MiB limit"
        )
    os.replace(partial, out)
    return ArchiveStats(out, zipped, unzipped, len(files))


def describe(stats: ArchiveStats) -> str:
    """One line for people: path, sizes against the limits, number of files."""
    return (
        f"{stats.path}: {stats.zipped_bytes / MIB:.2f} MiB zipped "
        f"(limit {ZIPPED_LIMIT // MIB} MiB), {stats.unzipped_bytes / MIB:.2f} MiB unzipped "
        f"(limit {UNZIPPED_LIMIT // MIB} MiB), {stats.files} files"
    )
