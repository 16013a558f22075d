"""The ``legcramp`` command: one sub-command per module, each registering its own parser."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each module has ``register(subparsers)``, which adds its sub-commands with a ``func`` default
# taking the parsed arguments and returning an exit status.
COMMAND_MODULES: tuple[str, ...] = (
    "legcramp.console",
    "legcramp.diary_cmd",
    "legcramp.package",
    "legcramp.serve",
    "legcramp.model.commands",
    "legcramp.resolve_cmd",
    "legcramp.safety",
    "legcramp.screens",
)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="legcramp",
        description="Leg Cramp Helper developer console and tools.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one ``legcramp`` sub-command and return its exit status."""
    args = build_parser().parse_args(argv)
    try:
        status: int = args.func(args)
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        sys.stderr.close()
        return 0
    return status


if __name__ == "__main__":
    sys.exit(main())
