"""``legcramp package``: build the Lambda zip and, with ``--check``, prove it answers on its own."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from legcramp.contract import check_response
from legcramp.packaging.archive import PackageTooLargeError, describe
from legcramp.packaging.build import BuildRequest, build_package
from legcramp.packaging.bytecode import BytecodeError, plan_bytecode
from legcramp.packaging.dependencies import DependencyError, default_wheelhouse
from legcramp.packaging.deployment_check import check_zip
from legcramp.packaging.layout import LayoutError, project_root, skill_layout
from legcramp.packaging.scenarios import deployment_scenarios, model_locales
from legcramp.packaging.target import (
    ARCHITECTURES,
    PYTHON_VERSIONS,
    LambdaTarget,
    find_interpreter,
    running_python,
)

DEFAULT_OUT = Path("dist/lambda.zip")


def register(subparsers: Any) -> None:
    """Add the ``package`` sub-command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "package",
        help="build the AWS Lambda zip (reproducible, with bytecode for the target Python)",
        description=(
            "Build the zip AWS Lambda runs: lambda_function.py, the skill package and the pinned "
            "runtime wheels for the chosen runtime and architecture. The same inputs give the "
            "same bytes; packages over Lambda's size limits are refused."
        ),
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"where to write the zip (default: {DEFAULT_OUT})",
    )
    parser.add_argument(
        "--python",
        choices=PYTHON_VERSIONS,
        default=PYTHON_VERSIONS[0],
        help="the Lambda runtime's Python version (default: %(default)s)",
    )
    parser.add_argument(
        "--arch",
        choices=ARCHITECTURES,
        default=ARCHITECTURES[0],
        help="the Lambda function's architecture (default: %(default)s)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="then unpack the zip read-only and answer a request of each kind "
        "from a bare interpreter, checking every response",
    )
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="ship sources only (Lambda then compiles at every cold start)",
    )
    parser.add_argument(
        "--wheelhouse",
        type=Path,
        default=None,
        help="folder caching the target's wheels (default: a per-user cache)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build (and optionally check) the package; return the exit status."""
    target = LambdaTarget(python=args.python, arch=args.arch)
    root = project_root()
    plan = plan_bytecode(target, wanted=not args.no_bytecode)
    request = BuildRequest(
        layout=skill_layout(root),
        requirements=root / "lambda" / "requirements.txt",
        target=target,
        out=args.out,
        wheelhouse=args.wheelhouse or default_wheelhouse(target),
        bytecode=plan,
    )
    try:
        result = build_package(request, log=_tell)
    except (DependencyError, LayoutError, BytecodeError, PackageTooLargeError) as error:
        _tell(f"legcramp package: {error}")
        return 1
    print(f"built for {target.runtime} on {target.arch}: {describe(result.archive)}")
    if plan.enabled:
        print(f"bytecode: {result.compiled_modules} modules {plan.reason}")
    else:
        print(f"bytecode: none; {plan.reason}")
    if not args.check:
        return 0
    return _check(args.out, target, root)


def _check(archive: Path, target: LambdaTarget, root: Path) -> int:
    interpreter = find_interpreter(target.python)
    python = target.python
    if interpreter is None:
        interpreter, python = Path(sys.executable), running_python()
        _tell(f"no Python {target.python} here: checking with Python {python} instead")
    scenarios = deployment_scenarios(model_locales(root) or None)
    report = check_zip(archive, scenarios, interpreter, python, check_response)
    print("\n".join(report.lines()))
    print("deployment check passed" if report.ok else "deployment check FAILED")
    return 0 if report.ok else 1


def _tell(message: str) -> None:
    print(message, file=sys.stderr)
