"""``open_store``: the ``DIARY_STORE`` setting and the default file."""

from __future__ import annotations

from pathlib import Path

import pytest

from skill.diary import default_sqlite_path, open_store
from skill.diary.dynamo_store import DynamoDiaryStore
from skill.diary.sqlite_store import SqliteDiaryStore


def test_none_means_sqlite_in_the_users_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    store = open_store(None, retention_days=30)

    assert isinstance(store, SqliteDiaryStore)
    assert store.path == tmp_path / "data" / "leg-cramp-helper" / "diary.db"
    assert store.retention_days == 30


def test_without_xdg_data_home_the_file_is_under_local_share(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))

    assert default_sqlite_path() == tmp_path / ".local/share/leg-cramp-helper/diary.db"


def test_a_sqlite_url_names_the_file(tmp_path: Path) -> None:
    store = open_store(f"sqlite://{tmp_path}/my diary.db", retention_days=400)

    assert isinstance(store, SqliteDiaryStore)
    assert store.path == tmp_path / "my diary.db"
    assert not store.path.exists()  # opened lazily


def test_a_dynamodb_url_names_the_table() -> None:
    store = open_store("dynamodb://LegCrampDiary", retention_days=400)

    assert isinstance(store, DynamoDiaryStore)
    assert (store.table, store.retention_days) == ("LegCrampDiary", 400)


@pytest.mark.parametrize(
    "url", ["postgres://db", "dynamodb://", "dynamodb://a/b", "sqlite://", "diary.db"]
)
def test_anything_else_is_a_configuration_error(url: str) -> None:
    with pytest.raises(ValueError, match="DIARY_STORE"):
        open_store(url, retention_days=400)


def test_retention_must_be_positive() -> None:
    with pytest.raises(ValueError, match="retention"):
        open_store(None, retention_days=0)
