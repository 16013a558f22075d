"""The cramp diary's storage and pure logic (issue 12): records, summaries, the nudge, and the
stores behind one ``DiaryStore`` interface. No Alexa handlers and no sentences live here.

Importing this package imports neither boto3 nor sqlite3's work: ``open_store`` picks the store
and each store connects on first use.
"""

from skill.diary.entries import DiaryEntry, Field, InvalidEntry, Leg, Owner, Problem, new_entry
from skill.diary.store import (
    DEFAULT_RETENTION_DAYS,
    DiaryStore,
    StoreError,
    default_sqlite_path,
    open_store,
)
from skill.diary.summary import (
    DiarySummary,
    NightPart,
    Nudge,
    NudgeReason,
    NudgeRules,
    Period,
    Trend,
    last_nights,
    nudge,
    nudge_window,
    summarise,
)

__all__ = [
    "DEFAULT_RETENTION_DAYS",
    "DiaryEntry",
    "DiaryStore",
    "DiarySummary",
    "Field",
    "InvalidEntry",
    "Leg",
    "NightPart",
    "Nudge",
    "NudgeReason",
    "NudgeRules",
    "Owner",
    "Period",
    "Problem",
    "StoreError",
    "Trend",
    "default_sqlite_path",
    "last_nights",
    "new_entry",
    "nudge",
    "nudge_window",
    "open_store",
    "summarise",
]
