"""What the diary costs requests that do not use it, and the console's memory across runs, each
checked in fresh interpreters."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from skill.speech.catalog import speech_catalog

ROOT = Path(__file__).resolve().parents[3]
SPEECH = speech_catalog("en-US")

_PROBE = """
import json, sys
sys.path.insert(0, "lambda")
import lambda_function
from legcramp.envelopes import EnvelopeFactory
factory = EnvelopeFactory()
lambda_function.handler(factory.launch(), None)
lambda_function.handler(factory.intent("CausesIntent"), None)
print(json.dumps({name: name in sys.modules for name in ("boto3", "botocore", "sqlite3")}))
"""


def test_launch_and_a_non_diary_request_import_neither_boto3_nor_sqlite3(tmp_path: Path) -> None:
    environ = {**os.environ, "DIARY_STORE": "dynamodb://diary", "AWS_DEFAULT_REGION": "us-east-1"}
    environ["LOG_LEVEL"] = "WARNING"
    found = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, env=environ, capture_output=True, text=True,
        check=True, timeout=120,
    )  # fmt: skip
    assert json.loads(found.stdout.strip().splitlines()[-1]) == {
        "boto3": False,
        "botocore": False,
        "sqlite3": False,
    }


def _chat(tmp_path: Path, lines: str) -> str:
    script = tmp_path / "script.txt"
    script.write_text(lines, encoding="utf-8")
    environ = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    environ.pop("DIARY_STORE", None)
    done = subprocess.run(
        [sys.executable, "-m", "legcramp.cli", "chat", "--script", str(script)],
        cwd=ROOT, env=environ, capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return done.stdout


def test_the_console_remembers_the_diary_across_runs(tmp_path: Path) -> None:
    first = _chat(tmp_path, "i had a cramp in my left hamstring last night\n")
    # The console keeps the real clock: in the small hours "last night" is the night still going,
    # which the diary names "earlier tonight".
    logged = r"Logged in your diary: a cramp in your left hamstring, (last night|earlier tonight)\."
    assert re.search(logged, first), first

    second = _chat(tmp_path, "how many cramps have i had this week\n")

    assert "[DiarySummaryIntent]" in second
    assert "you logged a cramp" in second
    assert (tmp_path / "data" / "leg-cramp-helper" / "diary.db").is_file()
