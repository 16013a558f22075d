"""The advice data files of a locale, read and merged but not yet built into records, and the
disclaimer taken straight from them: the welcome needs only the disclaimer, so it does not pay
for building the whole content model (``skill.advice.catalog``) at a cold start."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from skill.locales import existing_layers, read_layers

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_layers(locale: str | None) -> tuple[Path, ...]:
    """The data files for ``locale``'s fallback chain, most general first."""
    return existing_layers(DATA_DIR, locale)


@cache
def merged(layers: tuple[Path, ...]) -> Mapping[str, Any]:
    """The data files in ``layers`` merged (read once per process; never modified)."""
    return read_layers(layers)


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with the locale's ``{values}`` (emergency number, doctor …) filled in."""
    return text.format_map(values)


def disclaimer(locale: str | None) -> str:
    """The once-per-session general-information line for ``locale``."""
    raw = merged(data_layers(locale))
    return fill(raw["disclaimer"], raw.get("values", {}))
