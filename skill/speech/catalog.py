"""Speech templates per locale: dotted keys to plain-text sentences with ``{placeholders}``."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from string import Formatter
from types import MappingProxyType

from skill.capabilities import CAPABILITIES
from skill.locales import existing_layers, read_layers

SKILL_DIR = Path(__file__).resolve().parents[1]
LOCALE_DIR = SKILL_DIR / "speech" / "locale"
# The shared templates, then every registered capability's own (``skill/<capability>/locale/``,
# which may not exist): registering a capability is all it takes for its templates to be found.
# Taken from the registrations rather than by listing ``skill/``, which stats every entry there
# (about 2 ms of a cold start).
LOCALE_DIRS = (
    LOCALE_DIR,
    *(SKILL_DIR / capability.package.rpartition(".")[2] / "locale" for capability in CAPABILITIES),
)


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
        return frozenset(name for _, name, _, _ in Formatter().parse(self._templates[key]) if name)

    def text(self, key: str, **values: object) -> str:
        """Template ``key`` filled with ``values`` (plain text; the renderer escapes it)."""
        return self._templates[key].format(**values)


def speech_catalog(locale: str | None) -> SpeechCatalog:
    """The speech templates for ``locale``, following its fallback chain in every folder."""
    folders = dict.fromkeys(LOCALE_DIRS)
    return _load(tuple(existing_layers(directory, locale) for directory in folders))


@cache
def _load(folders: tuple[tuple[Path, ...], ...]) -> SpeechCatalog:
    templates: dict[str, str] = {}
    for layers in folders:
        found = read_layers(layers)
        taken = templates.keys() & found.keys()
        if taken:
            raise ValueError(f"speech keys defined twice ({layers[0].parent}): {sorted(taken)}")
        templates.update(found)
    return SpeechCatalog(templates)
