"""A model file as the rules see it, with tolerant accessors for half-broken JSON."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from legcramp.model.findings import Finding, json_path

LANGUAGE_PATH = ("interactionModel", "languageModel")


@dataclass(frozen=True, slots=True)
class ModelFile:
    """One interaction-model file: where it is, its locale, and its parsed JSON (or the error)."""

    path: Path
    display: str
    data: Any
    error: str | None = None

    @classmethod
    def read(cls, path: Path, display: str) -> ModelFile:
        """Read and parse ``path``; a parse error is kept, not raised."""
        try:
            return cls(path, display, json.loads(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            return cls(path, display, None, str(error))

    @property
    def locale(self) -> str:
        """The locale the file name claims (``en-US.json`` → ``en-US``)."""
        return self.path.stem

    @property
    def language(self) -> dict[str, Any]:
        """``interactionModel.languageModel``, or an empty dict when it is not there."""
        model = self.data.get("interactionModel") if isinstance(self.data, dict) else None
        language = model.get("languageModel") if isinstance(model, dict) else None
        return language if isinstance(language, dict) else {}

    def finding(self, rule: str, message: str, *parts: str | int) -> Finding:
        """A finding in this file at ``interactionModel.languageModel`` + ``parts``."""
        return Finding(self.display, json_path(*LANGUAGE_PATH, *parts), rule, message)

    def intents(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """(index, intent) for every intent that is a JSON object."""
        yield from _objects(self.language.get("intents"))

    def types(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """(index, slot type) for every custom slot type that is a JSON object."""
        yield from _objects(self.language.get("types"))


def slots_of(intent: dict[str, Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(index, slot) for every slot of ``intent`` that is a JSON object."""
    yield from _objects(intent.get("slots"))


def strings(value: Any) -> Iterator[tuple[int, str]]:
    """(index, text) for every string in ``value`` when it is a list."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str):
                yield index, item


def _objects(value: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield index, item
