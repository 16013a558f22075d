"""The committed model files are exactly what the source generates now."""

from __future__ import annotations

import shutil
from pathlib import Path

from legcramp.model.generate import expected_files, stale_models, write_models
from legcramp.model.layout import Layout

REPO = Layout.repo()


def test_committed_models_equal_the_generator_output() -> None:
    expected = expected_files(REPO)
    assert len(expected) == 10
    for path, text in expected.items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: legcramp model build"
    assert stale_models(REPO) == ()


def test_skill_package_copies_are_identical() -> None:
    for path in sorted(REPO.model_dir.glob("*.json")):
        copy = REPO.ask_model_file(path.stem)
        assert copy.read_bytes() == path.read_bytes()


def copy_source(tmp_path: Path) -> Layout:
    layout = Layout(tmp_path)
    shutil.copytree(REPO.source_dir, layout.source_dir)
    return layout


def test_build_writes_both_copies_then_nothing(tmp_path: Path) -> None:
    layout = copy_source(tmp_path)
    missing = [path for path, problem in stale_models(layout) if problem.startswith("missing")]
    assert sorted(path.name for path in missing) == sorted(
        2 * [f"{locale}.json" for locale in ("en-AU", "en-CA", "en-GB", "en-IN", "en-US")]
    )
    written = write_models(layout)
    assert len(written) == 10
    assert layout.ask_model_file("en-GB").read_text(encoding="utf-8") == layout.model_file(
        "en-GB"
    ).read_text(encoding="utf-8")
    assert write_models(layout) == ()
    assert stale_models(layout) == ()


def test_check_names_edited_and_unexpected_files(tmp_path: Path) -> None:
    layout = copy_source(tmp_path)
    write_models(layout)
    edited = layout.ask_model_file("en-IN")
    edited.write_text(edited.read_text(encoding="utf-8").replace("leg cramp helper", "leg helper"))
    stray = layout.model_dir / "en-NZ.json"
    stray.write_text("{}", encoding="utf-8")
    problems = dict(stale_models(layout))
    assert set(problems) == {edited, stray}
    assert "out of date" in problems[edited]
    assert "no source locale" in problems[stray]
