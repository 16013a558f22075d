"""Runtime dependencies: pinned in ``lambda/requirements.txt``, fetched as wheels for the target.

Wheels are kept in a wheelhouse (one folder per target), so after the first build every later one
installs with ``--no-index`` and needs no network.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from email.parser import HeaderParser
from pathlib import Path

from legcramp.packaging.target import LambdaTarget

_PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[A-Za-z0-9.+!_-]+)$")


class DependencyError(Exception):
    """The requirements are not fully pinned, or pip could not provide them for the target."""


def normalize_name(name: str) -> str:
    """A name as PEP 503 compares it (``Charset_Normalizer`` → ``charset-normalizer``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(requirements: Path) -> dict[str, str]:
    """``{normalized name: version}`` from a requirements file of ``name==version`` lines."""
    pins: dict[str, str] = {}
    for number, raw in enumerate(requirements.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = _PIN.match(line)
        if match is None:
            raise DependencyError(
                f"{requirements}:{number}: {line!r} is not pinned as name==version"
            )
        pins[normalize_name(match["name"])] = match["version"]
    if not pins:
        raise DependencyError(f"{requirements} pins no dependency")
    return pins


def default_wheelhouse(target: LambdaTarget) -> Path:
    """Per-user cache of wheels for ``target`` (under ``$XDG_CACHE_HOME`` or ``~/.cache``)."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "legcramp" / "wheelhouse" / target.label


def _platform_options(target: LambdaTarget) -> list[str]:
    return [
        "--only-binary=:all:",
        "--platform",
        target.pip_platform,
        "--implementation",
        "cp",
        "--python-version",
        target.python,
    ]


def _pip(arguments: list[str]) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    return subprocess.run(
        [sys.executable, "-m", "pip", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )


def fetch_wheels(
    requirements: Path,
    target: LambdaTarget,
    wheelhouse: Path,
    log: Callable[[str], None] = print,
) -> None:
    """Make sure ``wheelhouse`` holds every wheel the pins need; go online only if it does not."""
    wheelhouse.mkdir(parents=True, exist_ok=True)
    common = [
        "download",
        "--quiet",
        *_platform_options(target),
        "-r",
        str(requirements),
        "-d",
        str(wheelhouse),
    ]
    offline = _pip([*common, "--no-index", "--find-links", str(wheelhouse)])
    if offline.returncode == 0:
        return
    log(f"fetching wheels for {target.label} into {wheelhouse}")
    online = _pip(common)
    if online.returncode != 0:
        raise DependencyError(
            f"pip could not download wheels for {target.label}:\n{online.stderr.strip()}"
        )


def install_wheels(
    requirements: Path, target: LambdaTarget, wheelhouse: Path, destination: Path
) -> dict[str, str]:
    """Install the pinned wheels into ``destination`` from the wheelhouse, with no network.

    Returns the installed distributions; fails if they differ from the pins (an unpinned
    transitive dependency or a version pip chose differently).
    """
    completed = _pip(
        [
            "install",
            "--quiet",
            "--no-compile",
            "--no-index",
            "--find-links",
            str(wheelhouse),
            *_platform_options(target),
            "--target",
            str(destination),
            "-r",
            str(requirements),
        ]
    )
    if completed.returncode != 0:
        raise DependencyError(f"pip install for {target.label} failed:\n{completed.stderr.strip()}")
    _drop_scripts(destination)
    installed = installed_distributions(destination)
    pins = read_pins(requirements)
    if installed != pins:
        unpinned = sorted(set(installed) - set(pins))
        differing = sorted(name for name in pins if installed.get(name) != pins[name])
        raise DependencyError(
            f"{requirements} does not match what pip installed: "
            f"unpinned {unpinned}, missing or different {differing}"
        )
    return installed


def installed_distributions(folder: Path) -> dict[str, str]:
    """``{normalized name: version}`` of each ``*.dist-info`` in ``folder``."""
    found = {}
    for dist_info in folder.glob("*.dist-info"):
        headers = HeaderParser().parsestr((dist_info / "METADATA").read_text(encoding="utf-8"))
        found[normalize_name(str(headers["Name"]))] = str(headers["Version"])
    return found


def _drop_scripts(destination: Path) -> None:
    """Remove console scripts: Lambda never runs them, and their shebang names this machine.

    Each ``RECORD`` loses its lines for them, so it still lists exactly the files shipped.
    """
    scripts = destination / "bin"
    if not scripts.is_dir():
        return
    shutil.rmtree(scripts)
    for record in destination.glob("*.dist-info/RECORD"):
        lines = record.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [line for line in lines if not _points_into(line, "bin/")]
        if kept != lines:
            record.write_text("".join(kept), encoding="utf-8")


def _points_into(record_line: str, folder: str) -> bool:
    path = record_line.split(",", 1)[0]
    return path.lstrip("./").startswith(folder) and path.startswith("..")
