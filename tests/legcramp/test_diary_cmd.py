"""``legcramp diary show | export --csv | delete`` through ``main``, on the console's own diary:
entries logged by ``legcramp chat`` (real envelopes, the real handler) in a SQLite file in a
temporary data folder, and one run against DynamoDB's API (dynalite)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from legcramp.cli import main
from legcramp.console import CONSOLE_USER_ID
from skill.diary import Owner, new_entry
from skill.diary.dynamo_store import DynamoDiaryStore
from skill.diary.sqlite_store import SqliteDiaryStore
from tests.support.dynalite import aws_env, dynalite, dynamo_table

__all__ = ["aws_env", "dynalite", "dynamo_table"]  # fixtures used below

LOGGED = (
    "i had a cramp in my left hamstring last night\n"
    "i had a cramp in my foot that lasted ten minutes\n"
)


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The console's default store in a temporary data folder (no DIARY_STORE of the machine)."""
    for name in ("DIARY_STORE", "DIARY_TIME_ZONE", "DIARY_RETENTION_DAYS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "leg-cramp-helper" / "diary.db"


def _chat(lines: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = tmp_path / "script.txt"
    script.write_text(lines, encoding="utf-8")
    assert main(["chat", "--script", str(script)]) == 0
    assert capsys.readouterr().out.count("Logged in your diary") == lines.count("\n")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["diary", *argv]) == 0
    return capsys.readouterr().out


def test_show_lists_what_the_console_logged(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _chat(LOGGED, tmp_path, capsys)

    shown = _run(capsys, "show")

    assert f"diary at {data_home} (2 entries, times in UTC)" in shown
    assert "left thigh back" in shown
    assert "foot" in shown and "10m00s" in shown


def test_show_on_a_machine_with_no_diary_creates_none(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "(0 entries" in _run(capsys, "show")
    assert "nothing to delete" in _run(capsys, "delete", "--yes")
    assert not data_home.parent.exists()


def test_export_writes_csv_in_utc(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _chat(LOGGED, tmp_path, capsys)

    rows = list(csv.DictReader(io.StringIO(_run(capsys, "export", "--csv"))))
    out = tmp_path / "diary.csv"
    _run(capsys, "export", "--csv", "--out", str(out))

    assert [(r["leg"], r["muscle"], r["duration_seconds"]) for r in rows] == [
        ("LEFT", "THIGH_BACK", ""),
        ("", "FOOT", "600"),
    ]
    assert all(r["when_utc"].endswith("Z") and r["count"] == "1" for r in rows)
    assert list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))) == rows


def test_export_needs_the_csv_format(data_home: Path) -> None:
    with pytest.raises(SystemExit):
        main(["diary", "export"])


def test_delete_asks_first_and_keeps_the_diary_on_no(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    _chat(LOGGED, tmp_path, capsys)
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))

    said = _run(capsys, "delete")

    assert "holds 2 entries" in said and "delete it? [y/N]" in said
    assert "nothing deleted" in said
    assert "(2 entries" in _run(capsys, "show")


def test_delete_on_yes_deletes_in_storage(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    _chat(LOGGED, tmp_path, capsys)
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))

    assert "deleted 2 entries" in _run(capsys, "delete")
    assert "(0 entries" in _run(capsys, "show")
    assert SqliteDiaryStore(data_home).list(Owner.from_alexa(CONSOLE_USER_ID)) == ()


def test_delete_without_an_answer_deletes_nothing(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    _chat(LOGGED, tmp_path, capsys)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    assert "nothing deleted" in _run(capsys, "delete")
    assert "(2 entries" in _run(capsys, "show")


def test_a_person_diary_is_chosen_by_person_id_and_all_people_deletes_it_too(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _chat(LOGGED, tmp_path, capsys)
    person = "amzn1.ask.person.second-sleeper"
    now = datetime.now(UTC)
    store = SqliteDiaryStore(data_home)
    store.add(Owner.from_alexa(CONSOLE_USER_ID, person), new_entry(now=now, leg="RIGHT"))

    assert "(1 entries" in _run(capsys, "show", "--person-id", person)
    assert "deleted 2 entries" in _run(capsys, "delete", "--yes")
    assert "(1 entries" in _run(capsys, "show", "--person-id", person)
    assert "deleted 1 entries" in _run(capsys, "delete", "--yes", "--all-people")
    assert "(0 entries" in _run(capsys, "show", "--person-id", person)


def test_a_store_that_cannot_be_opened_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "diary.db"
    folder.mkdir()  # a folder where the diary's file should be

    assert main(["diary", "delete", "--yes", "--store", f"sqlite:///{folder}"]) == 1
    assert "legcramp diary: the diary could not" in capsys.readouterr().err
    assert main(["diary", "show", "--store", "ftp://nowhere"]) == 1
    assert "DIARY_STORE must be" in capsys.readouterr().err


def test_the_same_commands_work_on_dynamodb(
    dynamo_table: str, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = Owner.from_alexa(CONSOLE_USER_ID)
    when = datetime.now(UTC) - timedelta(hours=3)
    DynamoDiaryStore(dynamo_table).add(owner, new_entry(now=when, leg="BOTH", count=2))
    store = f"dynamodb://{dynamo_table}"

    assert "both" in _run(capsys, "show", "--store", store)
    assert "BOTH" in _run(capsys, "export", "--csv", "--store", store)
    assert "deleted 1 entries" in _run(capsys, "delete", "--yes", "--store", store)
    assert "(0 entries" in _run(capsys, "show", "--store", store)
