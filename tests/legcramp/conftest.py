"""Fixtures of the ``legcramp`` tests."""

from __future__ import annotations

import argparse
from collections.abc import Callable

import pytest

from legcramp import resolve_cmd


@pytest.fixture
def resolve_cli() -> Callable[..., int]:
    """``legcramp ARGV...`` with only ``resolve_cmd``'s sub-commands registered: returns the exit
    status of ``resolve``, ``nlu-eval`` or ``nlu-calibrate``."""

    def run(*argv: str) -> int:
        parser = argparse.ArgumentParser(prog="legcramp")
        resolve_cmd.register(parser.add_subparsers(dest="command", required=True))
        args = parser.parse_args(argv)
        status: int = args.func(args)
        return status

    return run
