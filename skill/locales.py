"""Locale fallback chains and layered data files (``en-GB`` over ``en``) for content and speech."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

DEFAULT_LOCALE = "en"
# The locales the skill is published in (one interaction model each).
SHIPPED_LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")
_LOCALE_FORM = re.compile(r"^(?P<language>[a-z]{2})(?:-[A-Z]{2})?$")
JSON = ".json"


def locale_chain(locale: str | None) -> tuple[str, ...]:
    """The locales to try, most specific first: ``en-GB`` → (``en-GB``, ``en``).

    Anything that is not a well-formed ``ll`` or ``ll-CC`` tag (request data is untrusted) falls
    straight back to the default.
    """
    match = _LOCALE_FORM.match(locale or "")
    if match is None:
        return (DEFAULT_LOCALE,)
    chain = [locale or DEFAULT_LOCALE, match["language"], DEFAULT_LOCALE]
    return tuple(dict.fromkeys(chain))


@cache
def _available(directory: Path) -> frozenset[str]:
    """The locales that have a data file in ``directory`` (listed once per process; ``os``
    rather than ``Path.glob``, which costs a cold start about ten times as much)."""
    try:
        names = os.listdir(directory)
    except FileNotFoundError:
        return frozenset()
    return frozenset(name[: -len(JSON)] for name in names if name.endswith(JSON))


# Bounded: the locale comes from the request, so it can be anything well-formed.
@lru_cache(maxsize=256)
def existing_layers(directory: Path, locale: str | None) -> tuple[Path, ...]:
    """The data files in ``directory`` for ``locale``'s chain, most general first."""
    available = _available(directory)
    names = (name for name in reversed(locale_chain(locale)) if name in available)
    return tuple(directory / f"{name}.json" for name in names)


def merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """Deep-merge ``override`` over ``base``: objects merge key by key, anything else replaces.

    Objects are what JSON parses them into, ``dict``; checking for ``dict`` rather than the
    abstract ``Mapping`` spares a cold start a slow ABC check on every value."""
    merged = dict(base)
    if not merged:  # the first layer: nothing to merge into
        return dict(override)
    for key, value in override.items():
        current = merged.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            merged[key] = merge(current, value)
        else:
            merged[key] = value
    return merged


@cache
def read_layers(layers: tuple[Path, ...]) -> dict[str, Any]:
    """Read and merge the JSON files in ``layers`` (most general first), once per process. The
    result is shared with every caller and the files' cached contents: read it, never change
    it."""
    merged: dict[str, Any] = {}
    for path in layers:
        merged = merge(merged, _read(path))
    return merged


@cache
def _read(path: Path) -> dict[str, Any]:
    """One data file, parsed once per process (``en`` is under every English locale)."""
    found: dict[str, Any] = json.loads(path.read_bytes())  # UTF-8, as JSON must be
    return found
