"""The advice data files of a locale, read and merged but not yet built into records, and the
disclaimer: the welcome needs only the disclaimer, so it does not pay for building the content
model (``skill.advice.catalog``) at a cold start, nor for parsing the content's data files.

Each locale has two kinds of data file, each layered over ``en`` (``en-GB`` over ``en``):
``data/<locale>.json`` holds the content (sections, topics, triage …), and
``data/values/<locale>.json`` the locale's values (emergency number, services, the word for a
doctor …), the disclaimer and the safety net, small enough to read at a launch."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from skill.locales import existing_layers, read_layers

DATA_DIR = Path(__file__).resolve().parent / "data"
VALUES_DIR = DATA_DIR / "values"


def data_layers(locale: str | None) -> tuple[Path, ...]:
    """Every data file for ``locale``'s fallback chain: the content's, most general first, then
    the values'. Merged, they are the whole content (``content.schema.json``)."""
    return existing_layers(DATA_DIR, locale) + value_layers(locale)


def value_layers(locale: str | None) -> tuple[Path, ...]:
    """The values-and-disclaimer files for ``locale``'s fallback chain, most general first."""
    return existing_layers(VALUES_DIR, locale)


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with the locale's ``{values}`` (emergency number, doctor …) filled in."""
    return text.format_map(values)


def disclaimer(locale: str | None) -> str:
    """The once-per-session general-information line for ``locale``."""
    return _value_text(locale, "disclaimer")


def safety_net(locale: str | None) -> str:
    """What a request that was not understood also hears: in an emergency, the number to call."""
    return _value_text(locale, "safety_net")


def _value_text(locale: str | None, key: str) -> str:
    raw = read_layers(value_layers(locale))
    return fill(raw[key], raw.get("values", {}))
