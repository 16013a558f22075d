"""The diary in DynamoDB (on Lambda), through boto3's low-level client, one item per entry.

Why not ``ask-sdk-dynamodb-persistence-adapter``: it keeps all of a user's attributes in ONE
item and saves it whole (``PutItem`` of the entire attribute map). Two devices logging a cramp
at the same moment each read the diary, append, and save; the last save wins and the other
entry is silently lost. Here every entry is its own item with a unique sort key, written with
one ``PutItem`` that cannot overwrite another (``attribute_not_exists``), so concurrent writers
need no read-modify-write, no lock and no retry loop. A summary is one ``Query``.

Key schema (``table_spec`` spells it for the SAM template and the tests):

- ``pk`` (S, partition key): SHA-256 hex digest of the Alexa user ID (``Owner.user``). All of a
  user's diaries share a partition, so ``SkillDisabled``, which gives only the user ID, deletes
  them all with one ``Query``.
- ``sk`` (S, sort key): ``<person>#<when>#<random>``: ``Owner.person`` (a digest, or ``-`` for
  the per-user diary), the cramp's time as fixed-width ISO UTC (sorts as time does), and 12 hex
  digits of randomness. A period is ``sk BETWEEN <person>#<since> AND <person>#<until>``.
- ``expires_at`` (N): epoch seconds when the entry passes the retention limit: the table's TTL
  attribute. DynamoDB deletes expired items within days, so reads also filter them out.
- One more item per diary may sit beside the entries: ``<person>#!nudged`` (``at``: when the
  doctor nudge was last said). "!" sorts before any ISO time, so no period query meets it, while
  deleting a diary (``begins_with``) or a user (the partition) takes it too.
- ``at``, ``logged_at`` (S, ISO UTC), ``leg``, ``muscle`` (S, optional), ``duration_s``,
  ``cramps`` (N). Numbers are ints, sent as DynamoDB number strings and read back through
  ``Decimal``: a float never enters.

boto3 is imported, and the client created, on first use: a request that never touches the diary
pays nothing at cold start. Deletes are ``Query`` + ``BatchWriteItem`` (25 keys a batch, with
unprocessed keys retried a bounded number of times).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from skill.diary.entries import DiaryEntry, Leg, Owner, iso_utc, parse_iso_utc, utc_now
from skill.diary.store import DEFAULT_RETENTION_DAYS, Clock, StoreError

LOG = logging.getLogger(__name__)

PARTITION_KEY = "pk"
SORT_KEY = "sk"
TTL_ATTRIBUTE = "expires_at"
BATCH_SIZE = 25  # BatchWriteItem's limit
BATCH_ATTEMPTS = 5
_HIGHEST = "~"  # sorts after every ISO time and "#"
NUDGED_NOTE = "!nudged"  # sort key suffix of the nudge note: "!" sorts before every ISO time

Item = dict[str, dict[str, str]]


def table_spec(table: str) -> dict[str, Any]:
    """``CreateTable`` arguments for the diary table (what the SAM template declares too)."""
    return {
        "TableName": table,
        "AttributeDefinitions": [
            {"AttributeName": PARTITION_KEY, "AttributeType": "S"},
            {"AttributeName": SORT_KEY, "AttributeType": "S"},
        ],
        "KeySchema": [
            {"AttributeName": PARTITION_KEY, "KeyType": "HASH"},
            {"AttributeName": SORT_KEY, "KeyType": "RANGE"},
        ],
        "BillingMode": "PAY_PER_REQUEST",
    }


class DynamoDiaryStore:
    """``DiaryStore`` on the DynamoDB table ``table`` (see the module docstring for its keys)."""

    def __init__(
        self,
        table: str,
        *,
        retention_days: int = DEFAULT_RETENTION_DAYS,
        clock: Clock = utc_now,
        client: Any = None,
    ) -> None:
        self.table = table
        self.retention_days = retention_days
        self._clock = clock
        self._client: Any = client
        self._client_lock = threading.Lock()

    # -- plumbing ----------------------------------------------------------------------------

    def _dynamodb(self) -> Any:
        """The boto3 client, created once (boto3 imported here, never at module import)."""
        with self._client_lock:
            if self._client is None:
                import boto3  # noqa: PLC0415 - lazily: cold start of non-diary requests
                from botocore.config import Config  # noqa: PLC0415

                self._client = boto3.session.Session().client(
                    "dynamodb",
                    config=Config(
                        connect_timeout=2,
                        read_timeout=3,
                        retries={"max_attempts": 3, "mode": "standard"},
                    ),
                )
            return self._client

    @contextmanager
    def _calls(self, action: str) -> Iterator[Any]:
        """The client; any boto3 or botocore failure becomes ``StoreError``, logged without IDs."""
        try:
            yield self._dynamodb()
        except StoreError:
            raise
        except Exception as error:
            # botocore's ClientError / BotoCoreError, or anything else from the SDK: the module
            # never imports botocore at top level, so it cannot name the classes here.
            code = _error_code(error)
            LOG.error("diary %s failed on DynamoDB: %s", action, code)
            raise StoreError(f"the diary could not {action}: {code}") from error

    def _cutoff(self) -> datetime:
        return self._clock() - timedelta(days=self.retention_days)

    def _query(self, client: Any, owner: Owner, low: str, high: str) -> Iterator[Item]:
        arguments: dict[str, Any] = {
            "TableName": self.table,
            "KeyConditionExpression": "pk = :pk AND sk BETWEEN :low AND :high",
            "ExpressionAttributeValues": {
                ":pk": {"S": owner.user},
                ":low": {"S": low},
                ":high": {"S": high},
            },
            "ConsistentRead": True,
        }
        while True:
            page = client.query(**arguments)
            yield from page.get("Items", [])
            if "LastEvaluatedKey" not in page:
                return
            arguments["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def _all_keys(self, client: Any, owner: Owner, person: str | None) -> list[Item]:
        arguments: dict[str, Any] = {
            "TableName": self.table,
            "KeyConditionExpression": "pk = :pk",
            "ExpressionAttributeValues": {":pk": {"S": owner.user}},
            "ProjectionExpression": "pk, sk",
            "ConsistentRead": True,
        }
        if person is not None:
            arguments["KeyConditionExpression"] += " AND begins_with(sk, :person)"
            arguments["ExpressionAttributeValues"][":person"] = {"S": f"{person}#"}
        keys: list[Item] = []
        while True:
            page = client.query(**arguments)
            keys.extend(page.get("Items", []))
            if "LastEvaluatedKey" not in page:
                return keys
            arguments["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def _delete_keys(self, client: Any, keys: list[Item]) -> int:
        for start in range(0, len(keys), BATCH_SIZE):
            requests = [{"DeleteRequest": {"Key": key}} for key in keys[start : start + BATCH_SIZE]]
            for attempt in range(BATCH_ATTEMPTS):
                answer = client.batch_write_item(RequestItems={self.table: requests})
                requests = answer.get("UnprocessedItems", {}).get(self.table, [])
                if not requests:
                    break
                time.sleep(0.05 * 2**attempt)  # throttled: back off, then send what is left
            else:
                raise StoreError("the diary could not be deleted: ProvisionedThroughputExceeded")
        return sum(1 for key in keys if not key[SORT_KEY]["S"].endswith(f"#{NUDGED_NOTE}"))

    # -- DiaryStore --------------------------------------------------------------------------

    def add(self, owner: Owner, entry: DiaryEntry) -> None:
        with self._calls("save the entry") as client:
            client.put_item(
                TableName=self.table,
                Item=self._item(owner, entry),
                ConditionExpression="attribute_not_exists(sk)",
            )

    def replace(self, owner: Owner, entry: DiaryEntry) -> bool:
        with self._calls("save the entry") as client:
            try:
                client.put_item(
                    TableName=self.table,
                    Item=self._item(owner, entry),
                    ConditionExpression="attribute_exists(sk)",
                )
            except client.exceptions.ConditionalCheckFailedException:
                return False
        return True

    def last_nudged(self, owner: Owner) -> datetime | None:
        with self._calls("read the diary") as client:
            answer = client.get_item(
                TableName=self.table,
                Key=self._note_key(owner),
                ConsistentRead=True,
            )
        item = answer.get("Item")
        if item is None:
            return None
        at = parse_iso_utc(item["at"]["S"])
        return at if at >= self._cutoff() else None

    def mark_nudged(self, owner: Owner, at: datetime) -> None:
        item: Item = {
            **self._note_key(owner),
            "at": {"S": iso_utc(at)},
            TTL_ATTRIBUTE: {"N": str(_expiry(at, self.retention_days))},
        }
        with self._calls("save the note") as client:
            client.put_item(TableName=self.table, Item=item)

    def _note_key(self, owner: Owner) -> Item:
        return {
            PARTITION_KEY: {"S": owner.user},
            SORT_KEY: {"S": f"{owner.person}#{NUDGED_NOTE}"},
        }

    def _item(self, owner: Owner, entry: DiaryEntry) -> Item:
        item: Item = {
            PARTITION_KEY: {"S": owner.user},
            SORT_KEY: {"S": f"{owner.person}#{entry.entry_id}"},
            "at": {"S": iso_utc(entry.when)},
            "logged_at": {"S": iso_utc(entry.logged_at)},
            "cramps": {"N": str(int(entry.count))},
            TTL_ATTRIBUTE: {"N": str(_expiry(entry.when, self.retention_days))},
        }
        if entry.leg is not None:
            item["leg"] = {"S": str(entry.leg)}
        if entry.muscle is not None:
            item["muscle"] = {"S": entry.muscle}
        if entry.duration_seconds is not None:
            item["duration_s"] = {"N": str(int(entry.duration_seconds))}
        return item

    def list(
        self, owner: Owner, since: datetime | None = None, until: datetime | None = None
    ) -> Sequence[DiaryEntry]:
        cutoff = self._cutoff()
        low = cutoff if since is None else max(since, cutoff)
        high = _HIGHEST if until is None else iso_utc(until)
        with self._calls("read the diary") as client:
            person = owner.person
            items = list(self._query(client, owner, f"{person}#{iso_utc(low)}", f"{person}#{high}"))
        return tuple(_entry(item) for item in items)  # the key condition already applied ``low``

    def delete_last(self, owner: Owner) -> DiaryEntry | None:
        cutoff = self._cutoff()
        with self._calls("delete the last entry") as client:
            person = owner.person
            items = list(self._query(client, owner, f"{person}#{iso_utc(cutoff)}", f"{person}#~"))
            if not items:
                return None
            last = max(items, key=lambda item: (item["logged_at"]["S"], item[SORT_KEY]["S"]))
            answer = client.delete_item(
                TableName=self.table,
                Key={PARTITION_KEY: last[PARTITION_KEY], SORT_KEY: last[SORT_KEY]},
                ReturnValues="ALL_OLD",
            )
        return _entry(answer["Attributes"]) if "Attributes" in answer else None

    def delete_all(self, owner: Owner) -> int:
        with self._calls("delete the diary") as client:
            return self._delete_keys(client, self._all_keys(client, owner, owner.person))

    def delete_user(self, owner: Owner) -> int:
        with self._calls("delete the user's diaries") as client:
            return self._delete_keys(client, self._all_keys(client, owner, None))


def _expiry(when: datetime, retention_days: int) -> int:
    return int((when + timedelta(days=retention_days)).timestamp())


def _number(attribute: dict[str, str]) -> int:
    return int(Decimal(attribute["N"]))


def _entry(item: Item) -> DiaryEntry:
    return DiaryEntry(
        entry_id=item[SORT_KEY]["S"].split("#", 1)[1],
        when=parse_iso_utc(item["at"]["S"]),
        logged_at=parse_iso_utc(item["logged_at"]["S"]),
        leg=Leg(item["leg"]["S"]) if "leg" in item else None,
        muscle=item["muscle"]["S"] if "muscle" in item else None,
        duration_seconds=_number(item["duration_s"]) if "duration_s" in item else None,
        count=_number(item["cramps"]),
    )


def _error_code(error: Exception) -> str:
    response = getattr(error, "response", None)
    if isinstance(response, dict):
        code = response.get("Error", {}).get("Code")
        if isinstance(code, str) and code:
            return code
    return type(error).__name__
