"""Cross-checks with the rest of the project: handlers, topic IDs, advice content and its schema."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from legcramp.model.findings import Finding, json_path
from legcramp.model.rules.document import ModelFile
from skill.locales import merge
from skill.names import TOPIC_SLOT_TYPE


class ContentSource(Protocol):
    """The advice content as the validator needs it, per locale."""

    def topics(self, locale: str) -> Collection[str]:
        """The topic IDs that have content in ``locale`` (raises if the content cannot load)."""
        ...

    def layers(self, locale: str) -> Sequence[tuple[str, Mapping[str, Any]]]:
        """(file shown in messages, raw JSON) of each data file ``locale`` reads, base first."""
        ...


@dataclass(frozen=True, slots=True)
class ContentSchemas:
    """The JSON Schemas for a merged locale's content and for a locale override file."""

    content: Mapping[str, Any]
    override: Mapping[str, Any] | None = None

    def validator(self, schema: Mapping[str, Any]) -> Draft202012Validator:
        """A validator for ``schema`` that resolves references between the two schemas."""
        resources = [
            (s["$id"], Resource.from_contents(s, default_specification=DRAFT202012))
            for s in (self.content, self.override)
            if s is not None and "$id" in s
        ]
        return Draft202012Validator(schema, registry=Registry().with_resources(resources))


def check_handlers(models: Iterable[ModelFile], handled: Collection[str]) -> Iterator[Finding]:
    """Every model intent has a handler, and every handled intent is in every model."""
    for model in models:
        names = set()
        for index, intent in model.intents():
            name = intent.get("name")
            names.add(name)
            if isinstance(name, str) and name not in handled:
                yield model.finding(
                    "HANDLERS", f"no handler answers {name}", "intents", index, "name"
                )
        for name in sorted(set(handled) - names):
            yield model.finding("HANDLERS", f"{name} is handled but not in this model", "intents")


def check_topic_ids(models: Iterable[ModelFile], topic_ids: Collection[str]) -> Iterator[Finding]:
    """The CrampTopic slot type's entity IDs are exactly the advice core's topic IDs."""
    for model in models:
        found = [(i, t) for i, t in model.types() if t.get("name") == TOPIC_SLOT_TYPE]
        if not found:
            yield model.finding("TOPICS", f"no {TOPIC_SLOT_TYPE} slot type", "types")
            continue
        index, slot_type = found[0]
        values = slot_type.get("values")
        ids = (
            {v.get("id") for v in values if isinstance(v, dict)}
            if isinstance(values, list)
            else set()
        )
        for missing in sorted(set(topic_ids) - ids):
            yield model.finding(
                "TOPICS",
                f"topic {missing} has no {TOPIC_SLOT_TYPE} value",
                "types",
                index,
                "values",
            )
        for extra in sorted(str(i) for i in ids - set(topic_ids)):
            yield model.finding(
                "TOPICS", f"{extra} is not a topic ID of the advice core", "types", index, "values"
            )


def check_content(
    locales: Iterable[str], content: ContentSource, topic_ids: Collection[str]
) -> Iterator[Finding]:
    """Every topic ID has advice content in every model locale."""
    for locale in locales:
        shown = _shown(content, locale)
        try:
            topics = set(content.topics(locale))
        except Exception as error:
            yield Finding(shown, "$", "CONTENT", f"content for {locale} does not load: {error!r}")
            continue
        for missing in sorted(set(topic_ids) - topics):
            yield Finding(
                shown,
                json_path("topics"),
                "CONTENT",
                f"topic {missing} has no content for {locale}",
            )


def check_content_schema(
    locales: Iterable[str], content: ContentSource, schemas: ContentSchemas
) -> Iterator[Finding]:
    """Each locale's merged content matches the content schema; each override its own schema."""
    whole = schemas.validator(schemas.content)
    partial = None if schemas.override is None else schemas.validator(schemas.override)
    checked: set[str] = set()
    for locale in locales:
        try:
            layers = content.layers(locale)
        except (OSError, ValueError) as failure:
            yield Finding(_shown(content, locale), "$", "SCHEMA", f"cannot read content: {failure}")
            continue
        if not layers:
            continue
        merged: dict[str, Any] = {}
        for _, document in layers:
            merged = merge(merged, document)
        for problem in whole.iter_errors(merged):
            path = tuple(problem.absolute_path)
            yield Finding(_owner(layers, path), json_path(*path), "SCHEMA", problem.message)
        for shown, document in layers[1:]:
            if partial is None or shown in checked:
                continue
            checked.add(shown)
            for problem in partial.iter_errors(document):
                path = tuple(problem.absolute_path)
                yield Finding(shown, json_path(*path), "SCHEMA", problem.message)


def _shown(content: ContentSource, locale: str) -> str:
    try:
        layers = content.layers(locale)
    except (OSError, ValueError):
        layers = ()
    return str(layers[-1][0]) if layers else f"content for {locale}"


def _owner(layers: Sequence[tuple[str, Mapping[str, Any]]], path: tuple[str | int, ...]) -> str:
    """The most specific layer that sets ``path`` (or its nearest parent): the one to fix."""
    for depth in range(len(path), -1, -1):
        for layer in layers[::-1]:
            if _has(layer[1], path[:depth]):
                return layer[0]
    return layers[-1][0]


def _has(document: Any, path: tuple[str | int, ...]) -> bool:
    node = document
    for part in path:
        if isinstance(node, str):
            return False
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return False
    return True
