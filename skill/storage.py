"""The persistence seam: the store named by ``Settings.store`` as an ASK SDK persistence adapter.

The cramp diary's own stores (``skill.diary``) open the same ``DIARY_STORE``.

``sqlite:///path/to/file.db`` is the embedded store (the console and the self-hosted endpoint):
one SQLite file from the standard library, in WAL mode, with a schema version. A person's
attributes are kept under a SHA-256 digest of their Alexa user ID (and person ID, where Alexa
recognised the speaker), never under the raw IDs. The file is opened on first use, so a request
that never touches storage pays nothing for it.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_model import RequestEnvelope

if TYPE_CHECKING:
    import sqlite3

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
