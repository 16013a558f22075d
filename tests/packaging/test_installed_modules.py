"""What ``pip install .`` ships imports with the runtime dependencies alone: no test support."""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

SHIPPED = ("skill", "legcramp")
# Import names of the packages in pyproject's [project] dependencies (and what they bring along).
RUNTIME = frozenset(
    {
        "ask_sdk_core",
        "ask_sdk_model",
        "ask_sdk_runtime",
        "ask_sdk_webservice_support",
        "flask",
        "flask_ask_sdk",
        "werkzeug",
        "cryptography",
        "jsonschema",
        "referencing",
        "rapidfuzz",
        "gunicorn",
        "certifi",
        "boto3",
        "botocore",
    }
)


def _modules() -> list[Path]:
    return sorted(p for package in SHIPPED for p in (REPO_ROOT / package).rglob("*.py"))


def _import_roots(path: Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_a_shipped_module_needs_only_runtime_dependencies(path: Path) -> None:
    allowed = RUNTIME | set(SHIPPED) | set(sys.stdlib_module_names)
    foreign = _import_roots(path) - allowed
    assert not foreign, f"{path} imports {sorted(foreign)}, which `pip install .` does not install"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_every_shipped_module_imports(path: Path) -> None:
    parts = path.relative_to(REPO_ROOT).with_suffix("").parts
    name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
    assert importlib.import_module(name).__name__ == name


def test_the_check_sees_a_test_only_import(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("import hypothesis\nfrom tests.support import pki\nfrom . import x\n")
    assert _import_roots(probe) == {"hypothesis", "tests"}
