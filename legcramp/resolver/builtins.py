"""Phrasings of the Amazon built-in intents, kept as data in ``builtin_phrases.json``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from skill.names import INTENTS

_DATA = Path(__file__).resolve().parent / "builtin_phrases.json"


@cache
def builtin_phrases() -> Mapping[str, tuple[str, ...]]:
    """Built-in intent name → the phrasings Alexa resolves to it without samples of ours."""
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    known = set(INTENTS)
    phrases: dict[str, tuple[str, ...]] = {}
    for name, items in raw.items():
        if name.startswith("_"):
            continue
        if name not in known or not name.startswith("AMAZON."):
            raise ValueError(
                f"{_DATA.name}: {name!r} is not a built-in intent of skill.names.Intent"
            )
        phrases[name] = tuple(items)
    return MappingProxyType(phrases)
