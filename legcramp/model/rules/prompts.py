"""Dialog prompts: platform-rules check 18 (prompt IDs exist; SSML variations are valid)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from legcramp.model.findings import Finding, json_path
from legcramp.model.rules.document import ModelFile
from legcramp.ssml_rules import ssml_errors


def check_prompts(model: ModelFile) -> Iterator[Finding]:
    """Check 18: each prompt ID a dialog refers to exists; each SSML variation is valid SSML."""
    root = model.data if isinstance(model.data, dict) else {}
    interaction = root.get("interactionModel")
    if not isinstance(interaction, dict):
        return
    prompts = interaction.get("prompts")
    prompts = prompts if isinstance(prompts, list) else []
    known = {prompt.get("id") for prompt in prompts if isinstance(prompt, dict)}
    for where, prompt_id in _referenced_prompts(interaction.get("dialog")):
        if prompt_id not in known:
            yield Finding(
                model.display,
                json_path("interactionModel", "dialog", *where),
                "R18",
                f"prompt {prompt_id!r} is not defined in prompts",
            )
    for index, prompt in enumerate(prompts):
        variations = prompt.get("variations") if isinstance(prompt, dict) else None
        for v_index, variation in enumerate(variations if isinstance(variations, list) else []):
            if isinstance(variation, dict) and variation.get("type") == "SSML":
                for problem in ssml_errors(str(variation.get("value", ""))):
                    yield Finding(
                        model.display,
                        json_path(
                            "interactionModel", "prompts", index, "variations", v_index, "value"
                        ),
                        "R18",
                        f"invalid SSML (check 27): {problem}",
                    )


def _referenced_prompts(dialog: Any) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(JSON path under ``dialog``, prompt ID) for every prompt a dialog intent or slot uses."""
    intents = dialog.get("intents") if isinstance(dialog, dict) else None
    for index, intent in enumerate(intents if isinstance(intents, list) else []):
        if not isinstance(intent, dict):
            continue
        yield from _prompt_ids(intent.get("prompts"), ("intents", index, "prompts"))
        slots = intent.get("slots")
        for s_index, slot in enumerate(slots if isinstance(slots, list) else []):
            if isinstance(slot, dict):
                where = ("intents", index, "slots", s_index, "prompts")
                yield from _prompt_ids(slot.get("prompts"), where)
                validations = slot.get("validations")
                for v_index, rule in enumerate(
                    validations if isinstance(validations, list) else []
                ):
                    if isinstance(rule, dict) and isinstance(rule.get("prompt"), str):
                        where_v = (
                            "intents",
                            index,
                            "slots",
                            s_index,
                            "validations",
                            v_index,
                            "prompt",
                        )
                        yield where_v, rule["prompt"]


def _prompt_ids(
    prompts: Any, where: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(prompts, dict):
        for kind, prompt_id in prompts.items():
            if isinstance(prompt_id, str):
                yield (*where, kind), prompt_id
