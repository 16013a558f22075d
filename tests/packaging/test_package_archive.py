"""The reproducible zip writer and Lambda's size limits."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from legcramp.packaging.archive import (
    UNZIPPED_LIMIT,
    ZIPPED_LIMIT,
    PackageTooLargeError,
    describe,
    write_zip,
)


def make_tree(folder: Path) -> Path:
    (folder / "pkg" / "data").mkdir(parents=True)
    (folder / "lambda_function.py").write_text("handler = None\n", encoding="utf-8")
    (folder / "pkg" / "__init__.py").write_text("", encoding="utf-8")
    (folder / "pkg" / "data" / "en.json").write_text('{"a": 1}', encoding="utf-8")
    return folder


def test_lambda_limits_are_50_mib_zipped_and_250_mib_unzipped() -> None:
    assert ZIPPED_LIMIT == 50 * 1024 * 1024
    assert UNZIPPED_LIMIT == 250 * 1024 * 1024


def test_bytes_do_not_depend_on_file_times_modes_or_creation_order(tmp_path: Path) -> None:
    first = write_zip(make_tree(tmp_path / "one"), tmp_path / "one.zip")
    second_tree = tmp_path / "two"
    second_tree.mkdir()
    (second_tree / "pkg" / "data").mkdir(parents=True)  # created in another order
    (second_tree / "pkg" / "data" / "en.json").write_text('{"a": 1}', encoding="utf-8")
    (second_tree / "pkg" / "__init__.py").write_text("", encoding="utf-8")
    (second_tree / "lambda_function.py").write_text("handler = None\n", encoding="utf-8")
    os.utime(second_tree / "lambda_function.py", (1_000_000_000, 1_000_000_000))
    os.chmod(second_tree / "pkg" / "__init__.py", 0o600)

    second = write_zip(second_tree, tmp_path / "two.zip")

    assert first.path.read_bytes() == second.path.read_bytes()


def test_a_changed_file_changes_the_bytes(tmp_path: Path) -> None:
    tree = make_tree(tmp_path / "tree")
    before = write_zip(tree, tmp_path / "before.zip").path.read_bytes()
    (tree / "pkg" / "data" / "en.json").write_text('{"a": 2}', encoding="utf-8")

    assert write_zip(tree, tmp_path / "after.zip").path.read_bytes() != before


def test_stats_count_files_and_sizes(tmp_path: Path) -> None:
    stats = write_zip(make_tree(tmp_path / "tree"), tmp_path / "out" / "lambda.zip")

    assert stats.files == 3
    assert stats.unzipped_bytes == len("handler = None\n") + len('{"a": 1}')
    assert stats.zipped_bytes == stats.path.stat().st_size
    with zipfile.ZipFile(stats.path) as archive:
        assert archive.namelist() == ["lambda_function.py", "pkg/__init__.py", "pkg/data/en.json"]
    assert "MiB zipped (limit 50 MiB)" in describe(stats)


def test_too_large_unzipped_is_refused_before_writing(tmp_path: Path) -> None:
    out = tmp_path / "lambda.zip"

    with pytest.raises(PackageTooLargeError, match="unzipped"):
        write_zip(make_tree(tmp_path / "tree"), out, unzipped_limit=10)

    assert not out.exists()


def test_too_large_zipped_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    tree = make_tree(tmp_path / "tree")
    (tree / "noise.bin").write_bytes(os.urandom(4096))
    out = tmp_path / "lambda.zip"

    with pytest.raises(PackageTooLargeError, match="zipped"):
        write_zip(tree, out, zipped_limit=4096)

    assert list(tmp_path.glob("lambda.zip*")) == []
