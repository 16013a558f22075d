"""``legcramp model build|check`` through their argument parser."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from legcramp import cli
from legcramp.model import commands
from legcramp.model.layout import Layout


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="legcramp")
    commands.register(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(argv)


def run(*argv: str) -> int:
    args = parse(*argv)
    status: int = args.func(args)
    return status


def test_registered_in_the_cli() -> None:
    assert {"legcramp.model.commands", "legcramp.resolve_cmd"} <= set(cli.COMMAND_MODULES)


def test_check_passes_on_the_repository(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("model", "check") == 0
    assert capsys.readouterr().out == ""


def test_build_then_check_in_a_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    layout = Layout(tmp_path)
    shutil.copytree(Layout.repo().source_dir, layout.source_dir)
    assert run("model", "check", "--root", str(tmp_path)) == 1
    assert "interaction_model/en-US.json: missing" in capsys.readouterr().out

    assert run("model", "build", "--root", str(tmp_path)) == 0
    out = capsys.readouterr().out
    assert "wrote skill-package/interactionModels/custom/en-AU.json" in out
    assert run("model", "check", "--root", str(tmp_path)) == 0
    assert run("model", "build", "--root", str(tmp_path)) == 0
    assert capsys.readouterr().out.strip().endswith("up to date")


def test_a_broken_source_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    layout = Layout(tmp_path)
    shutil.copytree(Layout.repo().source_dir, layout.source_dir)
    override = layout.source_dir / "locales" / "en-GB.json"
    override.write_text('{"samples": {"NapIntent": {"add": ["zzz"]}}}', encoding="utf-8")
    assert run("model", "build", "--root", str(tmp_path)) == 1
    assert "unknown intent 'NapIntent'" in capsys.readouterr().err
    assert run("model", "check", "--root", str(tmp_path)) == 1
