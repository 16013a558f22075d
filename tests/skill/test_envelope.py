"""Reading envelopes: timestamps read like the SDK reads them, without importing dateutil."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import LaunchRequest, RequestEnvelope

from skill.envelope import IsoTimestampSerializer

REPO_ROOT = Path(__file__).resolve().parents[2]

TIMES = [
    "2026-11-29T14:02:34Z",
    "2026-11-29T14:02:34.123Z",
    "2026-11-29T14:02:34+00:00",
    "2026-11-29T09:02:34-05:00",
    "2026-11-29T14:02:34",
    "2026-11-29",
    "Sun, 29 Nov 2026 14:02:34 GMT",  # not ISO 8601: the SDK's own reader takes it
]


@pytest.mark.parametrize("text", TIMES)
def test_a_time_reads_as_the_sdk_reads_it(text: str) -> None:
    ours = IsoTimestampSerializer().deserialize(json.dumps(text), datetime)
    sdk = DefaultSerializer().deserialize(json.dumps(text), datetime)
    assert ours == sdk
    assert ours.utcoffset() == sdk.utcoffset()


def test_a_date_reads_as_a_date() -> None:
    assert IsoTimestampSerializer().deserialize('"2026-11-29"', date) == date(2026, 11, 29)


def test_a_time_no_reader_understands_is_refused_as_the_sdk_refuses_it() -> None:
    with pytest.raises(SerializationException):
        DefaultSerializer().deserialize('"the night before last"', datetime)
    with pytest.raises(SerializationException):
        IsoTimestampSerializer().deserialize('"the night before last"', datetime)


def test_an_envelope_timestamp_is_read_into_the_request() -> None:
    body = {
        "version": "1.0",
        "request": {
            "type": "LaunchRequest",
            "requestId": "amzn1.echo-api.request.1",
            "timestamp": "2026-11-29T14:02:34Z",
            "locale": "en-GB",
        },
    }
    envelope = IsoTimestampSerializer().deserialize(json.dumps(body), RequestEnvelope)
    assert isinstance(envelope.request, LaunchRequest)
    assert envelope.request.timestamp == datetime.fromisoformat("2026-11-29T14:02:34+00:00")


_PROBE = """
import sys
sys.path.insert(0, "lambda")
import lambda_function
from legcramp.envelopes import EnvelopeFactory
lambda_function.handler(EnvelopeFactory().launch(), None)
print(sorted(m for m in sys.modules if m.startswith("dateutil.parser")))
"""


def test_a_launch_never_imports_dateutils_parser() -> None:
    """Proves the SDK still calls the override (it names it privately): otherwise the SDK's
    reader would import ``dateutil.parser`` for the request's timestamp."""
    found = subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=REPO_ROOT, env={"LOG_LEVEL": "WARNING", "PATH": ""}, capture_output=True, text=True,
        check=True, timeout=120,
    )  # fmt: skip
    assert found.stdout.splitlines()[-1] == "[]"
