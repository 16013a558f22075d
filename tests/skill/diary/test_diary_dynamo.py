"""What only the DynamoDB store has: the item layout (keys, TTL, numbers) and lazy boto3."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import boto3
import pytest
from diary_support import FakeClock, dynamodb_client

from skill.diary import Owner, StoreError, new_entry
from skill.diary.dynamo_store import PARTITION_KEY, SORT_KEY, TTL_ATTRIBUTE, DynamoDiaryStore

REPO_ROOT = Path(__file__).resolve().parents[3]


def test_one_item_per_entry_keyed_by_digests_with_a_ttl(
    dynamo_table: str, clock: FakeClock
) -> None:
    owner = Owner.from_alexa("amzn1.ask.account.ALICE", "amzn1.ask.person.ME")
    store = DynamoDiaryStore(dynamo_table, retention_days=400, clock=clock)
    entry = new_entry(now=clock(), leg="RIGHT", duration_seconds=75, count=3)
    store.add(owner, entry)
    store.add(owner, new_entry(now=clock()))

    items = dynamodb_client().scan(TableName=dynamo_table)["Items"]

    assert len(items) == 2
    (item,) = [item for item in items if "leg" in item]
    assert item[PARTITION_KEY] == {"S": owner.user}
    assert item[SORT_KEY] == {"S": f"{owner.person}#{entry.entry_id}"}
    expires = entry.when + timedelta(days=400)
    assert item[TTL_ATTRIBUTE] == {"N": str(int(expires.timestamp()))}
    assert (item["cramps"], item["duration_s"]) == ({"N": "3"}, {"N": "75"})
    assert "amzn1" not in repr(items)


def test_many_entries_list_and_delete_across_batches(
    dynamo_table: str, clock: FakeClock
) -> None:
    owner = Owner.from_alexa("amzn1.ask.account.ALICE")
    store = DynamoDiaryStore(dynamo_table, clock=clock)
    for minutes in range(60):  # more than one BatchWriteItem (25)
        store.add(owner, new_entry(now=clock(), when=clock() - timedelta(minutes=minutes)))

    assert len(store.list(owner)) == 60
    assert store.delete_all(owner) == 60
    assert dynamodb_client().scan(TableName=dynamo_table)["Count"] == 0


def test_opening_the_dynamodb_store_does_not_import_boto3() -> None:
    code = (
        "import skill.diary as d; "
        "s = d.open_store('dynamodb://diary', retention_days=400); "
        "print(type(s).__name__)"
    )
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )

    assert done.stdout.strip() == "DynamoDiaryStore"
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "skill.diary.dynamo_store" in imported  # the import-time log is really being read
    assert not {name for name in imported if name.split(".")[0] in {"boto3", "botocore"}}


def test_throttling_becomes_store_error_logged_without_ids(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    from botocore.stub import Stubber  # noqa: PLC0415

    client = boto3.session.Session(
        aws_access_key_id="testing", aws_secret_access_key="testing", region_name="us-east-1"
    ).client("dynamodb")
    owner = Owner.from_alexa("amzn1.ask.account.ALICE")
    store = DynamoDiaryStore("diary", clock=clock, client=client)
    with Stubber(client) as stub:
        stub.add_client_error(
            "put_item", "ProvisionedThroughputExceededException", http_status_code=400
        )
        with pytest.raises(StoreError, match="ProvisionedThroughputExceededException"):
            store.add(owner, new_entry(now=clock()))

    assert "ProvisionedThroughputExceededException" in caplog.text
    assert owner.user not in caplog.text
