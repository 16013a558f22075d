"""Write the generated models (``interaction_model/``, skill-package copies); find stale ones."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from legcramp.model.layout import Layout
from legcramp.model.source import interaction_model, source_locales


def model_text(document: dict[str, Any]) -> str:
    """The one serialisation of a model file, so regenerating never churns the diff."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def expected_files(layout: Layout) -> dict[Path, str]:
    """Every generated file and the text it must hold: two identical copies per locale."""
    files: dict[Path, str] = {}
    for locale in source_locales(layout.source_dir):
        text = model_text(interaction_model(layout.source_dir, locale))
        files[layout.model_file(locale)] = text
        files[layout.ask_model_file(locale)] = text
    return files


def write_models(layout: Layout) -> tuple[Path, ...]:
    """Regenerate every model file; return the ones whose content changed."""
    changed = []
    for path, text in expected_files(layout).items():
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return tuple(changed)


def stale_models(layout: Layout) -> tuple[tuple[Path, str], ...]:
    """Files that differ from what the source generates, or that no locale accounts for."""
    expected = expected_files(layout)
    problems: list[tuple[Path, str]] = []
    for path, text in expected.items():
        if not path.is_file():
            problems.append((path, "missing: run `legcramp model build`"))
        elif path.read_text(encoding="utf-8") != text:
            problems.append(
                (path, "out of date with interaction_model/source: run `legcramp model build`")
            )
    for folder in (layout.model_dir, layout.ask_model_dir):
        for path in sorted(folder.glob("*.json")):
            if path not in expected:
                problems.append((path, "no source locale generates this file"))
    return tuple(problems)
