"""One build: wheels for the target, the skill's code, bytecode, then the reproducible zip."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from legcramp.packaging.archive import ArchiveStats, write_zip
from legcramp.packaging.bytecode import BytecodePlan, compile_tree
from legcramp.packaging.dependencies import fetch_wheels, install_wheels
from legcramp.packaging.layout import CodeLayout, copy_layout
from legcramp.packaging.target import LambdaTarget


@dataclass(frozen=True, slots=True)
class BuildRequest:
    """Everything a build depends on; the same request gives the same zip bytes."""

    layout: CodeLayout
    requirements: Path
    target: LambdaTarget
    out: Path
    wheelhouse: Path
    bytecode: BytecodePlan


@dataclass(frozen=True, slots=True)
class BuildResult:
    """The zip written, the distributions in it and how many modules got bytecode."""

    archive: ArchiveStats
    distributions: dict[str, str]
    compiled_modules: int


def build_package(request: BuildRequest, log: Callable[[str], None] = print) -> BuildResult:
    """Build the Lambda zip described by ``request`` (staged in a temporary folder)."""
    fetch_wheels(request.requirements, request.target, request.wheelhouse, log)
    with tempfile.TemporaryDirectory(prefix="legcramp-package-") as scratch:
        staging = Path(scratch) / "task"
        staging.mkdir()
        distributions = install_wheels(
            request.requirements, request.target, request.wheelhouse, staging
        )
        copy_layout(request.layout, staging)
        compiled = 0
        if request.bytecode.interpreter is not None:
            compiled = compile_tree(staging, request.bytecode.interpreter)
        archive = write_zip(staging, request.out)
    return BuildResult(archive, distributions, compiled)
