"""``legcramp model build|check`` and ``legcramp validate``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from legcramp.model.generate import stale_models, write_models
from legcramp.model.layout import Layout
from legcramp.model.project import skill_facts
from legcramp.model.source import SourceError
from legcramp.model.validate import validate


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``model`` and ``validate`` sub-commands."""
    model = subparsers.add_parser(
        "model", help="generate the interaction models from interaction_model/source"
    )
    actions = model.add_subparsers(dest="action", required=True, metavar="ACTION")
    build = actions.add_parser("build", help="regenerate every locale's model file")
    build.set_defaults(func=run_build)
    check = actions.add_parser("check", help="exit 1 if a model file is stale")
    check.set_defaults(func=run_check)
    for parser in (build, check):
        parser.add_argument("--root", type=Path, default=None, help=argparse.SUPPRESS)

    validator = subparsers.add_parser(
        "validate",
        help="check the models and manifest against Alexa's rules and the skill",
        description="Checks 1-18 and 34-37 of the platform-rules checklist over every model "
        "file and skill-package/skill.json, plus cross-checks with the handlers and the advice "
        "content. One line per error; exit status 1 on any error.",
    )
    validator.add_argument("--root", type=Path, default=None, help=argparse.SUPPRESS)
    validator.set_defaults(func=run_validate)


def _layout(args: argparse.Namespace) -> Layout:
    root: Path | None = args.root
    return Layout.repo() if root is None else Layout(root.resolve())


def run_build(args: argparse.Namespace) -> int:
    """Regenerate the model files; print the ones that changed."""
    layout = _layout(args)
    try:
        changed = write_models(layout)
    except SourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for path in changed:
        print(f"wrote {layout.display(path)}")
    if not changed:
        print("interaction models are up to date")
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Exit 1 (naming each file) when a model file differs from what the source generates."""
    layout = _layout(args)
    try:
        stale = stale_models(layout)
    except SourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for path, problem in stale:
        print(f"{layout.display(path)}: {problem}")
    return 1 if stale else 0


def run_validate(args: argparse.Namespace) -> int:
    """Print one line per finding; exit 1 if there is any."""
    layout = _layout(args)
    facts, problems, notes = skill_facts(layout)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    findings = [*problems, *validate(layout, facts)]
    for finding in findings:
        print(finding)
    if findings:
        print(f"{len(findings)} error(s)", file=sys.stderr)
        return 1
    print("valid: every model, the manifest and the content files", file=sys.stderr)
    return 0
