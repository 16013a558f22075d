"""Speech templates per locale: dotted keys to plain-text sentences with ``{placeholders}``."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from string import Formatter
from types import MappingProxyType

from skill.locales import existing_layers, read_layers

LOCALE_DIR = Path(__file__).resolve().parent / "locale"


class SpeechCatalog:
    """The templates for one locale, after the fallback chain has been merged."""

    def __init__(self, templates: Mapping[str, str]) -> None:
        self._templates = MappingProxyType(dict(templates))

    @property
    def keys(self) -> frozenset[str]:
        """Every template key."""
        return frozenset(self._templates)

    def placeholders(self, key: str) -> frozenset[str]:
        """The ``{names}`` template ``key`` expects."""
        return frozenset(
            name for _, name, _, _ in Formatter().parse(self._templates[key]) if name
        )

    def text(self, key: str, **values: object) -> str:
        """Template ``key`` filled with ``values`` (plain text; the renderer escapes it)."""
        return self._templates[key].format(**values)


def speech_catalog(locale: str | None) -> SpeechCatalog:
    """The speech templates for ``locale``, following its fallback chain."""
    return _load(existing_layers(LOCALE_DIR, locale))


@cache
def _load(layers: tuple[Path, ...]) -> SpeechCatalog:
    return SpeechCatalog(read_layers(layers))
