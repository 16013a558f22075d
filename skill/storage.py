"""The persistence seam: the store named by ``Settings.store`` as an ASK SDK persistence adapter,
and how a request reaches the cramp diary (``DiaryAccess``).

The cramp diary's own stores (``skill.diary``) open the same ``DIARY_STORE``.

``sqlite:///path/to/file.db`` is the embedded store (the console and the self-hosted endpoint):
one SQLite file from the standard library, in WAL mode, with a schema version. A person's
attributes are kept under a SHA-256 digest of their Alexa user ID (and person ID, where Alexa
recognised the speaker), never under the raw IDs. The file is opened on first use, so a request
that never touches storage pays nothing for it.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import RequestEnvelope

from skill.settings import Settings

if TYPE_CHECKING:
    import sqlite3

    from skill.diary.entries import Owner
    from skill.diary.store import DiaryStore

SQLITE_SCHEME = "sqlite:///"
DYNAMODB_SCHEME = "dynamodb://"


class StoreConfigurationError(ValueError):
    """``DIARY_STORE`` names a store this build cannot open."""


def persistence_adapter(store: str | None) -> AbstractPersistenceAdapter | None:
    """The adapter for ``store``; ``None`` (no store configured) wires none."""
    if store is None:
        return None
    if store.startswith(SQLITE_SCHEME):
        return SqliteAttributes(Path(store.removeprefix(SQLITE_SCHEME)))
    if store.startswith(DYNAMODB_SCHEME):
        # The diary keeps one item per entry in that table (skill.diary.dynamo_store); no
        # capability keeps per-person attributes on Lambda yet, so no attributes adapter is wired.
        return None
    raise StoreConfigurationError(f"unsupported store {store.split(':', 1)[0]!r}")


SKILL_DISABLED = "AlexaSkillEvent.SkillDisabled"


def owner_key(envelope: RequestEnvelope) -> str:
    """The diary's owner digests (``skill.diary.Owner``): one record per recognised person on a
    shared device, else per user; never the raw IDs."""
    from skill.diary.entries import Owner  # noqa: PLC0415  (only requests that touch storage)

    system = getattr(envelope.context, "system", None)
    user = getattr(getattr(system, "user", None), "user_id", None) or ""
    person = getattr(getattr(system, "person", None), "person_id", None)
    owner = Owner.from_alexa(user, person)  # raises ValueError when the request names no user
    return f"{owner.user}/{owner.person}"


def user_prefix(envelope: RequestEnvelope) -> str:
    """What every ``owner_key`` of this request's user starts with (the account's and each
    recognised person's): the digest of the user ID and the separator."""
    return owner_key(envelope).split("/", 1)[0] + "/"


class SqliteAttributes(AbstractPersistenceAdapter):
    """Persistent attributes in one SQLite file, one row per person."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        with self._lock:
            if self._connection is None:
                import sqlite3  # noqa: PLC0415  (opened on first use, not at cold start)

                self.path.parent.mkdir(parents=True, exist_ok=True)
                connection = sqlite3.connect(self.path, timeout=5, check_same_thread=False)
                connection.execute("PRAGMA journal_mode=WAL")
                # The file's user_version belongs to the diary's schema (skill.diary), which
                # shares the file; this table is created if missing and versioned by its name.
                connection.execute(
                    "CREATE TABLE IF NOT EXISTS attributes_v1"
                    " (owner TEXT PRIMARY KEY, data TEXT NOT NULL)"
                )
                connection.commit()
                self._connection = connection
            return self._connection

    def get_attributes(self, request_envelope: RequestEnvelope) -> dict[str, Any]:
        """The stored attributes of this request's person (empty when none)."""
        query = "SELECT data FROM attributes_v1 WHERE owner = ?"
        row = self._db().execute(query, (owner_key(request_envelope),)).fetchone()
        loaded = json.loads(row[0]) if row else {}
        return loaded if isinstance(loaded, dict) else {}

    def save_attributes(
        self, request_envelope: RequestEnvelope, attributes: dict[str, Any]
    ) -> None:
        """Replace this person's attributes."""
        db = self._db()
        with db:
            db.execute(
                "INSERT INTO attributes_v1 (owner, data) VALUES (?, ?)"
                " ON CONFLICT(owner) DO UPDATE SET data = excluded.data",
                (owner_key(request_envelope), json.dumps(attributes)),
            )

    def delete_attributes(self, request_envelope: RequestEnvelope) -> None:
        """Forget this person's attributes. ``AlexaSkillEvent.SkillDisabled`` names only the
        user, and means forget the user: every row of that user goes, each person's too."""
        db = self._db()
        with db:
            if getattr(request_envelope.request, "object_type", None) == SKILL_DISABLED:
                prefix = user_prefix(request_envelope)
                db.execute(
                    "DELETE FROM attributes_v1 WHERE substr(owner, 1, ?) = ?",
                    (len(prefix), prefix),
                )
            else:
                key = owner_key(request_envelope)
                db.execute("DELETE FROM attributes_v1 WHERE owner = ?", (key,))


# How a request reaches the diary: the builder makes one DiaryAccess per skill and an
# interceptor hands it to every request; nothing here opens a file or imports boto3 until a
# handler asks for the store.

logger = logging.getLogger(__name__)

ACCESS_KEY = "diary"
Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class NoStore(Exception):  # noqa: N818 - reads as what it is: there is no store
    """This deployment keeps no diary (``DIARY_STORE`` is unset on Lambda)."""


class DiaryAccess:
    """The diary store of one skill instance, opened on first use, and its clock and zone."""

    def __init__(self, settings: Settings, clock: Clock = _utc_now) -> None:
        self._url = settings.store
        self._retention_days = settings.retention_days
        self._zone_name = settings.time_zone
        self.clock = clock
        self._store: DiaryStore | None = None
        self._zone: tzinfo | None = None
        self._lock = threading.Lock()

    @property
    def configured(self) -> bool:
        """Whether a store is configured at all."""
        return self._url is not None

    def store(self) -> DiaryStore:
        """The store (opened once; opening does no I/O). Raises ``NoStore`` when none is set."""
        if self._url is None:
            raise NoStore
        with self._lock:
            if self._store is None:
                from skill.diary.store import open_store  # noqa: PLC0415 - diary requests only

                self._store = open_store(
                    self._url, retention_days=self._retention_days, clock=self.clock
                )
            return self._store

    @property
    def zone(self) -> tzinfo:
        """The zone nights and spoken times are counted in (UTC if the name is unknown)."""
        if self._zone is None:
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # noqa: PLC0415

            try:
                self._zone = ZoneInfo(self._zone_name)
            except (ZoneInfoNotFoundError, ValueError):
                logger.warning("unknown DIARY_TIME_ZONE; diary nights are counted in UTC")
                self._zone = UTC
        return self._zone


class DiaryAccessInterceptor(AbstractRequestInterceptor):
    """Puts the skill's ``DiaryAccess`` into every request's attributes (no I/O)."""

    def __init__(self, access: DiaryAccess) -> None:
        self.access = access

    def process(self, handler_input: HandlerInput) -> None:
        handler_input.attributes_manager.request_attributes[ACCESS_KEY] = self.access


def diary_access(handler_input: HandlerInput) -> DiaryAccess:
    """This request's ``DiaryAccess`` (left by the interceptor)."""
    found = handler_input.attributes_manager.request_attributes.get(ACCESS_KEY)
    if not isinstance(found, DiaryAccess):
        raise LookupError("the diary interceptor did not run for this request")
    return found


def owner_of(handler_input: HandlerInput, *, person: bool = True) -> Owner:
    """Whose diary this request is about: the recognised person where Alexa names one (and
    ``person`` is true), else the account. Raises ``ValueError`` without a user ID."""
    from skill.diary.entries import Owner  # noqa: PLC0415 - hashlib only for diary requests

    system = getattr(handler_input.request_envelope.context, "system", None)
    user = getattr(getattr(system, "user", None), "user_id", None)
    person_id = getattr(getattr(system, "person", None), "person_id", None) if person else None
    return Owner.from_alexa(user if isinstance(user, str) else "", person_id)
