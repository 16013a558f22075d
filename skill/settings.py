"""The one settings object: read from the environment once, at start-up, by every entry point."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from skill.dialog.values import FrozenValue

SKILL_ID_ENV = "SKILL_ID"
LOG_LEVEL_ENV = "LOG_LEVEL"
STORE_ENV = "DIARY_STORE"
TRUST_ROOTS_ENV = "LEGCRAMP_TRUST_ROOTS"
CERT_DIR_ENV = "LEGCRAMP_CERT_DIR"
RETENTION_ENV = "DIARY_RETENTION_DAYS"
TIME_ZONE_ENV = "DIARY_TIME_ZONE"
API_TIMEOUT_ENV = "ALEXA_API_TIMEOUT_SECONDS"
DEFAULT_RETENTION_DAYS = 400
DEFAULT_TIME_ZONE = "UTC"
# Alexa waits 8 s for an answer and the function's timeout is 7 s. One request makes at most two
# calls that can each wait this long (the device's time zone, then the Reminders API), so both
# together stay well under either limit.
DEFAULT_API_TIMEOUT_SECONDS = 2.5


class Settings(FrozenValue):
    """What the Lambda handler, the web endpoint and the console are built from.

    ``store`` names the persistent store (``sqlite:///path/to/file.db``); ``None`` means no
    persistence adapter is wired. ``verify`` is deliberately not read from the environment:
    request verification can only be turned off in code or with ``legcramp serve --no-verify``,
    which insists on a loopback address. ``retention_days`` is how long diary entries are kept;
    ``time_zone`` (an IANA name) is the zone diary nights and spoken times are counted in.
    ``api_timeout_seconds`` bounds every call to Alexa's service APIs (reminders, time zone).
    """

    skill_id: str | None = None
    log_level: str = "INFO"
    store: str | None = None
    trust_roots: Path | None = None
    cert_dir: Path | None = None
    verify: bool = True
    retention_days: int = DEFAULT_RETENTION_DAYS
    time_zone: str = DEFAULT_TIME_ZONE
    api_timeout_seconds: float = DEFAULT_API_TIMEOUT_SECONDS

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] = os.environ, *, default_store: str | None = None
    ) -> Settings:
        """``SKILL_ID`` (requests for any other skill are rejected), ``LOG_LEVEL``,
        ``DIARY_STORE``, and for the web endpoint ``LEGCRAMP_TRUST_ROOTS`` (a PEM file of anchors
        used instead of the default roots) and ``LEGCRAMP_CERT_DIR`` (pre-fetched chains).
        ``default_store`` applies when ``DIARY_STORE`` is not set (Lambda has none).
        ``DIARY_RETENTION_DAYS`` (a whole number of days, at least 1) and ``DIARY_TIME_ZONE``
        (an IANA zone name) tune the diary, and ``ALEXA_API_TIMEOUT_SECONDS`` (a positive
        number) bounds service API calls; a malformed value is refused here, at start-up."""
        return cls(
            skill_id=environ.get(SKILL_ID_ENV) or None,
            log_level=environ.get(LOG_LEVEL_ENV, "INFO").upper(),
            store=environ.get(STORE_ENV) or default_store,
            trust_roots=_optional_path(environ.get(TRUST_ROOTS_ENV)),
            cert_dir=_optional_path(environ.get(CERT_DIR_ENV)),
            retention_days=_retention(environ.get(RETENTION_ENV)),
            time_zone=environ.get(TIME_ZONE_ENV) or DEFAULT_TIME_ZONE,
            api_timeout_seconds=_api_timeout(environ.get(API_TIMEOUT_ENV)),
        )


def local_store_path(environ: Mapping[str, str] = os.environ) -> Path:
    """The embedded default store of the console and the self-hosted endpoint: one SQLite file
    in the user's data folder (``$XDG_DATA_HOME``, else ``~/.local/share``)."""
    base = Path(environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "leg-cramp-helper" / "diary.db"


def local_store(environ: Mapping[str, str] = os.environ) -> str:
    """``local_store_path`` as a ``DIARY_STORE`` value."""
    return f"sqlite:///{local_store_path(environ)}"


def _retention(value: str | None) -> int:
    if not value:
        return DEFAULT_RETENTION_DAYS
    if not value.strip().isdigit() or int(value) < 1:
        raise ValueError(f"{RETENTION_ENV} must be a whole number of days, at least 1")
    return int(value)


def _api_timeout(value: str | None) -> float:
    if not value:
        return DEFAULT_API_TIMEOUT_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds <= 7:
        raise ValueError(f"{API_TIMEOUT_ENV} must be a number of seconds above 0, at most 7")
    return seconds


def _optional_path(value: str | None) -> Path | None:
    return Path(value) if value else None
