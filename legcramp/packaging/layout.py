"""Which of the project's files go into the Lambda zip, and where they land in it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

HANDLER_MODULE = "lambda_function"
HANDLER = f"{HANDLER_MODULE}.handler"

# Never shipped: caches and editor files anywhere; type-checker markers mean nothing on Lambda.
_SKIPPED_DIRS = frozenset({"__pycache__"})
_SKIPPED_SUFFIXES = frozenset({".pyc", ".pyo"})
_SKIPPED_NAMES = frozenset({"py.typed"})


class LayoutError(Exception):
    """The sources cannot be packaged as they are (missing handler, a symlink, a name clash)."""


@dataclass(frozen=True, slots=True)
class CodeLayout:
    """A skill's code: one handler module for the zip root, plus package folders beside it.

    ``excluded`` lists folders (as zip paths, e.g. ``skill/web``) that stay out of the zip.
    """

    handler_module: Path
    packages: tuple[Path, ...] = ()
    excluded: tuple[str, ...] = ()


def project_root() -> Path:
    """The repository this ``legcramp`` checkout belongs to."""
    return Path(__file__).resolve().parents[2]


def skill_layout(root: Path) -> CodeLayout:
    """Leg Cramp Helper's Lambda code: the handler and ``skill/`` without the web endpoint."""
    return CodeLayout(
        handler_module=root / "lambda" / f"{HANDLER_MODULE}.py",
        packages=(root / "skill",),
        excluded=("skill/web",),
    )


def layout_files(layout: CodeLayout) -> Iterator[tuple[Path, PurePosixPath]]:
    """Each file to ship, with its path inside the zip."""
    if not layout.handler_module.is_file():
        raise LayoutError(f"handler module {layout.handler_module} does not exist")
    yield layout.handler_module, PurePosixPath(f"{HANDLER_MODULE}.py")
    excluded = {PurePosixPath(path) for path in layout.excluded}
    for package in layout.packages:
        if not (package / "__init__.py").is_file():
            raise LayoutError(f"{package} is not a Python package (no __init__.py)")
        yield from _package_files(package, PurePosixPath(package.name), excluded)


def _package_files(
    folder: Path, zip_folder: PurePosixPath, excluded: set[PurePosixPath]
) -> Iterator[tuple[Path, PurePosixPath]]:
    for entry in sorted(folder.iterdir()):
        zip_path = zip_folder / entry.name
        if entry.name.startswith(".") or zip_path in excluded:
            continue
        if entry.is_symlink():
            raise LayoutError(f"{entry} is a symbolic link; the zip holds only regular files")
        if entry.is_dir():
            if entry.name not in _SKIPPED_DIRS:
                yield from _package_files(entry, zip_path, excluded)
        elif entry.suffix not in _SKIPPED_SUFFIXES and entry.name not in _SKIPPED_NAMES:
            yield entry, zip_path


def copy_layout(layout: CodeLayout, staging: Path) -> list[PurePosixPath]:
    """Copy the layout's files into ``staging``; refuse to overwrite a dependency's file."""
    copied = []
    for source, zip_path in layout_files(layout):
        destination = staging.joinpath(*zip_path.parts)
        if destination.exists():
            raise LayoutError(f"{zip_path} is both in the project and in a dependency")
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        copied.append(zip_path)
    return copied
