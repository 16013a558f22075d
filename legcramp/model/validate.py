"""``legcramp validate``: every model file, the manifest, and the cross-checks, as findings."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass

from legcramp.model.findings import Finding
from legcramp.model.generate import stale_models
from legcramp.model.layout import Layout
from legcramp.model.rules import contract, invocation, manifest, prompts, samples, shape
from legcramp.model.rules.contract import ContentSchemas, ContentSource
from legcramp.model.rules.document import ModelFile
from legcramp.model.rules.manifest import Manifest
from legcramp.model.rules.slot_values import check_slot_values
from legcramp.model.source import SourceError

# Checks 2-18, each run on every model file, in the order of the platform-rules checklist.
MODEL_RULES: tuple[Callable[[ModelFile], Iterable[Finding]], ...] = (
    shape.check_shape,
    invocation.check_invocation_form,
    invocation.check_invocation_words,
    invocation.check_invocation_forbidden,
    invocation.check_invocation_periods,
    shape.check_intent_names,
    shape.check_required_builtins,
    shape.check_limits,
    shape.check_type_names,
    shape.check_slot_types,
    shape.check_slot_names,
    samples.check_sample_slots,
    samples.check_sample_characters,
    samples.check_duplicate_samples,
    samples.check_search_query_carriers,
    check_slot_values,
    prompts.check_prompts,
)


@dataclass(frozen=True, slots=True)
class ProjectFacts:
    """What the models are checked against beyond themselves; None skips that cross-check."""

    handled_intents: Collection[str] | None = None
    topic_ids: Collection[str] | None = None
    handles_can_fulfill: bool = True
    content: ContentSource | None = None
    content_schemas: ContentSchemas | None = None


def model_files(layout: Layout) -> list[ModelFile]:
    """Every model file: ``interaction_model/*.json`` and the skill-package copies."""
    paths = sorted(layout.model_dir.glob("*.json")) + sorted(layout.ask_model_dir.glob("*.json"))
    return [ModelFile.read(path, layout.display(path)) for path in paths]


def validate(layout: Layout, facts: ProjectFacts) -> list[Finding]:
    """All findings for the project at ``layout``, sorted by file, path and rule."""
    return sorted(set(_findings(layout, facts)))


def _findings(layout: Layout, facts: ProjectFacts) -> Iterator[Finding]:
    models = model_files(layout)
    for model in models:
        for rule in MODEL_RULES:
            yield from rule(model)
    ask_models = {m.locale: m for m in models if m.path.parent == layout.ask_model_dir}
    by_locale = {m.locale: m for m in models if m.path.parent == layout.model_dir}
    by_locale.update(ask_models)
    parsed = [model for model in models if model.error is None]
    document = Manifest.read(layout.manifest, layout.display(layout.manifest))
    present = document if layout.manifest.is_file() else None
    yield from manifest.check_model_locations(models, present, ask_models)
    if present is not None:
        yield from manifest.check_manifest_version(present)
        yield from manifest.check_example_phrases(present, by_locale)
        yield from manifest.check_endpoint(present)
        yield from manifest.check_can_fulfill(present, set(by_locale), facts.handles_can_fulfill)
        yield from manifest.check_health_policy(present)
    if facts.handled_intents is not None:
        yield from contract.check_handlers(parsed, facts.handled_intents)
    if facts.topic_ids is not None:
        yield from contract.check_topic_ids(parsed, facts.topic_ids)
        if facts.content is not None:
            yield from contract.check_content(sorted(by_locale), facts.content, facts.topic_ids)
    if facts.content is not None and facts.content_schemas is not None:
        yield from contract.check_content_schema(
            sorted(by_locale), facts.content, facts.content_schemas
        )
    yield from _generated(layout)


def _generated(layout: Layout) -> Iterator[Finding]:
    """The committed models are what the source generates now (when there is a source)."""
    if not layout.source_dir.is_dir():
        return
    try:
        stale = stale_models(layout)
    except (SourceError, ValueError, KeyError) as error:
        yield Finding(layout.display(layout.source_dir), "$", "GENERATED", str(error))
        return
    for path, problem in stale:
        yield Finding(layout.display(path), "$", "GENERATED", problem)
