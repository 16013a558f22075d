"""The Lambda runtime a package is built for, and an interpreter on this machine that matches it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PYTHON_VERSIONS: tuple[str, ...] = ("3.12", "3.13")
ARCHITECTURES: tuple[str, ...] = ("x86_64", "arm64")

# pip platform tags for Lambda's Amazon Linux 2023 images (glibc 2.34), where manylinux2014 runs.
_PIP_PLATFORMS = {"x86_64": "manylinux2014_x86_64", "arm64": "manylinux2014_aarch64"}


@dataclass(frozen=True, slots=True)
class LambdaTarget:
    """A Lambda runtime (``python3.12``) on one instruction set (``x86_64`` or ``arm64``)."""

    python: str = "3.12"
    arch: str = "x86_64"

    def __post_init__(self) -> None:
        if self.python not in PYTHON_VERSIONS:
            raise ValueError(f"unsupported Lambda Python {self.python!r}: use {PYTHON_VERSIONS}")
        if self.arch not in ARCHITECTURES:
            raise ValueError(f"unsupported Lambda architecture {self.arch!r}: use {ARCHITECTURES}")

    @property
    def runtime(self) -> str:
        """The Lambda runtime identifier, e.g. ``python3.12``."""
        return f"python{self.python}"

    @property
    def pip_platform(self) -> str:
        """The ``pip --platform`` tag whose wheels run on this target."""
        return _PIP_PLATFORMS[self.arch]

    @property
    def abi(self) -> str:
        """The CPython ABI tag, e.g. ``cp312``."""
        return "cp" + self.python.replace(".", "")

    @property
    def label(self) -> str:
        """A short name for messages and cache folders, e.g. ``python3.12-x86_64``."""
        return f"{self.runtime}-{self.arch}"


def find_interpreter(version: str) -> Path | None:
    """An executable CPython ``version`` (``"3.12"``) on this machine, or None.

    Looks on ``PATH`` first, then in pyenv's versions folder (pyenv's shims on ``PATH`` only work
    for the selected version). Each candidate is asked for its version, so a stale shim is skipped.
    """
    candidates: list[Path] = []
    on_path = shutil.which(f"python{version}")
    if on_path:
        candidates.append(Path(on_path))
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    installed = pyenv_root.glob(f"versions/{version}.*/bin/python{version}")
    candidates.extend(sorted(installed, reverse=True))
    for candidate in candidates:
        if interpreter_version(candidate) == version:
            return candidate
    return None


def running_python() -> str:
    """``"major.minor"`` of the interpreter running this code."""
    return f"{sys.version_info.major}.{sys.version_info.minor}"


def interpreter_version(interpreter: Path) -> str | None:
    """``"major.minor"`` of a CPython executable, or None when it does not run."""
    try:
        completed = subprocess.run(
            [
                str(interpreter),
                "-I",
                "-S",
                "-c",
                "import sys; print(sys.implementation.name, '%d.%d' % sys.version_info[:2])",
            ],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    name, _, version = completed.stdout.strip().partition(" ")
    if completed.returncode != 0 or name != "cpython":
        return None
    return version
