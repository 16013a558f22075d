"""Bytecode for the target Python, so a cold start on Lambda's read-only disk does not recompile.

The ``.pyc`` files use unchecked-hash invalidation: the interpreter loads them without looking at
the source's timestamp (which unzipping does not preserve) or hashing the source. They carry no
build time and the compiler runs with a fixed hash seed, so the same sources give the same bytes.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from legcramp.packaging.target import LambdaTarget, find_interpreter, interpreter_version

# Where Lambda unpacks the code: tracebacks then name the files as they are on the function.
LAMBDA_TASK_ROOT = "/var/task"

_COMPILE = """
import compileall, py_compile, sys
ok = compileall.compile_dir(
    sys.argv[1], ddir=sys.argv[2], quiet=1, workers=1,
    invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
)
sys.exit(0 if ok else 1)
"""


class BytecodeError(Exception):
    """The target interpreter failed to compile a shipped module."""


@dataclass(frozen=True, slots=True)
class BytecodePlan:
    """Whether bytecode will be shipped, with which interpreter, and why not when it will not."""

    interpreter: Path | None
    reason: str

    @property
    def enabled(self) -> bool:
        """True when an interpreter for the target Python was found."""
        return self.interpreter is not None


def plan_bytecode(
    target: LambdaTarget, wanted: bool = True, interpreter: Path | None = None
) -> BytecodePlan:
    """Choose how bytecode is made for ``target``: only CPython of the same minor version can."""
    if not wanted:
        return BytecodePlan(None, "bytecode not requested")
    if interpreter is not None:
        version = interpreter_version(interpreter)
        if version != target.python:
            return BytecodePlan(None, f"{interpreter} is Python {version}, not {target.python}")
        return BytecodePlan(interpreter, f"compiled by {interpreter}")
    found = find_interpreter(target.python)
    if found is None:
        return BytecodePlan(
            None,
            f"no Python {target.python} on this machine (looked for python{target.python} on PATH"
            " and in pyenv), so the zip has no bytecode and Lambda compiles every module at each"
            " cold start",
        )
    return BytecodePlan(found, f"compiled by {found}")


def compile_tree(folder: Path, interpreter: Path) -> int:
    """Write ``__pycache__/*.pyc`` for every module under ``folder``; returns how many."""
    environment = {"PATH": os.environ.get("PATH", ""), "PYTHONHASHSEED": "0"}
    completed = subprocess.run(
        [str(interpreter), "-s", "-S", "-c", _COMPILE, str(folder), LAMBDA_TASK_ROOT],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    if completed.returncode != 0:
        raise BytecodeError(
            f"{interpreter} could not compile the package:\n{completed.stdout}{completed.stderr}"
        )
    return sum(1 for _ in folder.rglob("__pycache__/*.pyc"))
