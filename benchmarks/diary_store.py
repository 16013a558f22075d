"""The diary's request latency and write rate, against the stock DynamoDB persistence adapter.

Starts dynalite (DynamoDB's API, from ``make node-deps``) on loopback for the run. Latency: the
handler call alone, in process, for LogCrampIntent and DiarySummaryIntent through our Lambda
handler on SQLite (a temporary file) and on dynalite, and through the minimal skill with
``ask-sdk-dynamodb-persistence-adapter`` (``benchmarks/reference_diary_skill``) on the same
dynalite: it reads the user's one item and writes it back whole to log, and reads it to summarise.
Write rate: ``--writes`` entries per round, by 1 and by 16 threads at once, for ``--rounds``
rounds; the reference logs through its handler (read, append, save) and the last column counts
what survived.

    .venv/bin/python benchmarks/diary_store.py [--requests 200] [--writes 400] [--rounds 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from measure import ROOT, Summary, ms, print_table

from legcramp.envelopes import EnvelopeFactory
from legcramp.resolution import ResolutionStatus, SlotResolution
from skill.builder import make_lambda_handler
from skill.diary import DiaryStore, Owner, new_entry, open_store
from skill.settings import Settings
from tests.support.dynalite import (
    create_table,
    dynalite_skip_reason,
    dynamodb_client,
    local_aws_environment,
    running_dynalite,
)

REFERENCE_FILE = ROOT / "benchmarks" / "reference_diary_skill" / "lambda_function.py"
REFERENCE = "minimal skill + stock DynamoDB adapter"
Handler = Callable[[dict[str, Any], Any], dict[str, Any]]
LEFT = SlotResolution("left", ResolutionStatus.MATCH, "LEFT")
CALF = SlotResolution("calf", ResolutionStatus.MATCH, "CALF")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="timed requests per row")
    parser.add_argument("--writes", type=int, default=400, help="entries written per round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per write-rate row")
    args = parser.parse_args()
    reason = dynalite_skip_reason()
    if reason is not None:
        print(f"not run: {reason}")
        return 1
    print(f"Python {sys.version.split()[0]} ({sys.executable})")
    with tempfile.TemporaryDirectory(prefix="legcramp-diary-bench-") as temporary:
        scratch = Path(temporary)
        with running_dynalite(scratch / "dynalite.log") as endpoint:
            os.environ.update(local_aws_environment(endpoint, scratch))
            for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"):
                os.environ.pop(name, None)
            reference_table = reference_diary_table()
            os.environ["REFERENCE_TABLE"] = reference_table
            reference = load_reference()
            sqlite_url = f"sqlite:///{scratch / 'diary.db'}"
            dynamo_url = f"dynamodb://{create_table()}"
            latency_table(args.requests, reference, sqlite_url, dynamo_url)
            rate_table(args.writes, args.rounds, reference, sqlite_url, dynamo_url)
    return 0


def reference_diary_table() -> str:
    """The stock adapter's table: partition key ``id`` (its default), on demand."""
    name = f"reference-{uuid.uuid4().hex}"
    client = dynamodb_client()
    client.create_table(
        TableName=name,
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    client.get_waiter("table_exists").wait(TableName=name, WaiterConfig={"Delay": 0})
    return name


def load_reference() -> Handler:
    spec = importlib.util.spec_from_file_location("reference_diary_skill", REFERENCE_FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    handler: Handler = module.handler
    return handler


def ours(store_url: str) -> Handler:
    return make_lambda_handler(Settings(store=store_url))


def timed(handler: Handler, make_event: Callable[[], dict[str, Any]], requests: int) -> Summary:
    handler(make_event(), None)  # warm-up: connections, first import of the store
    samples = []
    for _ in range(requests):
        event = make_event()
        started = time.perf_counter()
        handler(event, None)
        samples.append(time.perf_counter() - started)
    return Summary.of(samples)


def latency_table(requests: int, reference: Handler, sqlite_url: str, dynamo_url: str) -> None:
    device = EnvelopeFactory(locale="en-US")

    def log() -> dict[str, Any]:
        return device.intent("LogCrampIntent", {"leg": LEFT, "muscle": CALF})

    def summary() -> dict[str, Any]:
        return device.intent("DiarySummaryIntent")

    measured: list[tuple[str, str, Summary]] = []
    for intent, make in (("LogCrampIntent", log), ("DiarySummaryIntent", summary)):
        base = timed(reference, make, requests)
        measured.append((intent, REFERENCE + ", dynalite", base))
        measured.append((intent, "ours, dynalite", timed(ours(dynamo_url), make, requests)))
        measured.append((intent, "ours, SQLite", timed(ours(sqlite_url), make, requests)))
    bases = {intent: summary for intent, label, summary in measured if label.startswith(REFERENCE)}
    print_table(
        f"Diary request latency in process (ms; handler call only; {requests} requests each, "
        "one user whose diary grows as it logs)",
        ["intent", "handler, store", "median", "p10-p90", "p99", "median ratio"],
        [
            [
                intent,
                label,
                ms(summary.median),
                f"{ms(summary.p10)}-{ms(summary.p90)}",
                ms(summary.p99),
                f"{summary.median / bases[intent].median:.3f}x",
            ]
            for intent, label, summary in measured
        ],
    )


def rate_table(
    writes: int, rounds: int, reference: Handler, sqlite_url: str, dynamo_url: str
) -> None:
    rows = []
    for concurrency in (1, 16):
        results: dict[str, tuple[list[float], list[int]]] = {}
        for _ in range(rounds):
            for label, run in (
                (REFERENCE + ", dynalite", lambda c: reference_writes(reference, writes, c)),
                ("ours, dynalite", lambda c: store_writes(open_store(dynamo_url), writes, c)),
                ("ours, SQLite", lambda c: store_writes(open_store(sqlite_url), writes, c)),
            ):
                rate, kept = run(concurrency)
                rates, keeps = results.setdefault(label, ([], []))
                rates.append(rate)
                keeps.append(kept)
        base = Summary.of(results[REFERENCE + ", dynalite"][0]).median
        for label, (rates, keeps) in results.items():
            summary = Summary.of(rates)
            rows.append(
                [
                    str(concurrency),
                    label,
                    f"{summary.median:.0f}",
                    f"{min(rates):.0f}-{max(rates):.0f}",
                    f"{summary.median / base:.2f}x",
                    f"{min(keeps)}/{writes}",
                ]
            )
    print_table(
        f"Diary writes per second ({writes} entries per round, {rounds} rounds; median and "
        "min-max over rounds)",
        ["threads", "writer, store", "writes/s", "min-max", "ratio", "entries kept (worst)"],
        rows,
    )


def _spread(count: int, concurrency: int, write: Callable[[int], None]) -> float:
    started = time.perf_counter()
    if concurrency == 1:
        for index in range(count):
            write(index)
    else:
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            list(pool.map(write, range(count)))
    return count / (time.perf_counter() - started)


def store_writes(store: DiaryStore, count: int, concurrency: int) -> tuple[float, int]:
    owner = Owner.from_alexa(f"amzn1.ask.account.bench-{uuid.uuid4().hex}")
    now = datetime.now(UTC)

    def write(_: int) -> None:
        store.add(owner, new_entry(now=now, leg="LEFT", muscle="CALF"))

    rate = _spread(count, concurrency, write)
    return rate, len(store.list(owner))


def reference_writes(reference: Handler, count: int, concurrency: int) -> tuple[float, int]:
    device = EnvelopeFactory(locale="en-US")
    events = [device.intent("LogCrampIntent") for _ in range(count)]

    def write(index: int) -> None:
        reference(events[index], None)

    rate = _spread(count, concurrency, write)
    launch = reference(device.launch(), None)
    speech = launch["response"]["outputSpeech"]["ssml"]
    kept = int(speech.split(". ")[1].split()[0])
    return rate, kept


if __name__ == "__main__":
    sys.exit(main())
