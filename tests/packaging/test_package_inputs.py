"""What a build takes in: the target, the files to ship, the pins, the bytecode plan, the CLI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

from legcramp import package
from legcramp.packaging.bytecode import plan_bytecode
from legcramp.packaging.dependencies import (
    DependencyError,
    default_wheelhouse,
    fetch_wheels,
    install_wheels,
    normalize_name,
    read_pins,
)
from legcramp.packaging.layout import (
    CodeLayout,
    LayoutError,
    layout_files,
    project_root,
    skill_layout,
)
from legcramp.packaging.target import LambdaTarget, running_python

ROOT = project_root()


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    package.register(parser.add_subparsers())
    return parser.parse_args(["package", *argv])


def test_targets_map_to_lambda_runtimes_and_pip_platforms() -> None:
    arm = LambdaTarget(python="3.13", arch="arm64")

    assert (arm.runtime, arm.pip_platform, arm.abi) == (
        "python3.13",
        "manylinux2014_aarch64",
        "cp313",
    )
    assert LambdaTarget().pip_platform == "manylinux2014_x86_64"
    with pytest.raises(ValueError, match=r"3\.11"):
        LambdaTarget(python="3.11")


def test_the_cli_defaults_and_choices() -> None:
    default = parse()
    chosen = parse("--python", "3.13", "--arch", "arm64", "--check", "--out", "x.zip")

    assert (default.out, default.python, default.arch, default.check) == (
        Path("dist/lambda.zip"),
        "3.12",
        "x86_64",
        False,
    )
    assert (chosen.out, chosen.python, chosen.arch, chosen.check) == (
        Path("x.zip"),
        "3.13",
        "arm64",
        True,
    )
    with pytest.raises(SystemExit):
        parse("--python", "3.11")


def test_the_lambda_layout_ships_the_handler_and_skill_but_not_the_web_endpoint() -> None:
    shipped = {str(path) for _, path in layout_files(skill_layout(ROOT))}

    assert "lambda_function.py" in shipped
    assert "skill/__init__.py" in shipped
    assert not any(path.startswith("skill/web") for path in shipped)
    assert not any("__pycache__" in path or path.endswith(".pyc") for path in shipped)


def test_a_layout_refuses_symlinks_and_a_missing_handler(tmp_path: Path) -> None:
    package_dir = tmp_path / "pkg"
    package_dir.mkdir()
    (package_dir / "__init__.py").write_text("", encoding="utf-8")
    (package_dir / "link.py").symlink_to(package_dir / "__init__.py")
    handler = tmp_path / "lambda_function.py"
    handler.write_text("handler = None\n", encoding="utf-8")

    with pytest.raises(LayoutError, match="symbolic link"):
        list(layout_files(CodeLayout(handler, (package_dir,))))
    with pytest.raises(LayoutError, match="does not exist"):
        list(layout_files(CodeLayout(tmp_path / "missing.py")))


def test_the_lambda_requirements_pin_every_line() -> None:
    pins = read_pins(ROOT / "lambda" / "requirements.txt")

    assert pins["ask-sdk-core"]
    assert normalize_name("Charset_Normalizer") == "charset-normalizer"


def test_an_unpinned_requirement_is_refused(tmp_path: Path) -> None:
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("# runtime\nask-sdk-core==1.19.0\nrequests>=2\n", encoding="utf-8")

    with pytest.raises(DependencyError, match=r"requirements.txt:3: 'requests>=2' is not pinned"):
        read_pins(requirements)


def test_an_unpinned_transitive_dependency_is_refused(tmp_path: Path) -> None:
    target = LambdaTarget()
    wheelhouse = default_wheelhouse(target)
    fetch_wheels(ROOT / "lambda" / "requirements.txt", target, wheelhouse, log=lambda _: None)
    partial = tmp_path / "requirements.txt"
    partial.write_text("requests==2.34.2\n", encoding="utf-8")

    with pytest.raises(DependencyError, match=r"unpinned \['certifi', 'charset-normalizer'"):
        install_wheels(partial, target, wheelhouse, tmp_path / "task")


def test_bytecode_needs_the_target_python() -> None:
    here = Path(sys.executable)
    other = "3.13" if running_python() != "3.13" else "3.12"

    mismatched = plan_bytecode(LambdaTarget(python=other), interpreter=here)
    unwanted = plan_bytecode(LambdaTarget(), wanted=False)

    assert not mismatched.enabled
    assert f"not {other}" in mismatched.reason
    assert not unwanted.enabled
