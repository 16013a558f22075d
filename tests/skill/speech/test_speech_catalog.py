from __future__ import annotations

import pytest

from skill.locales import SHIPPED_LOCALES
from skill.speech.catalog import LOCALE_DIRS, SKILL_DIR, speech_catalog


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_every_template_renders_in_every_shipped_locale(locale: str) -> None:
    catalog = speech_catalog(locale)
    base = speech_catalog(None)
    assert catalog.keys == base.keys
    for key in catalog.keys:
        assert catalog.placeholders(key) == base.placeholders(key), key
        text = catalog.text(key, **{name: "x" for name in catalog.placeholders(key)})
        assert text.strip(), key


def test_questions_end_with_a_question_mark() -> None:
    catalog = speech_catalog("en-US")
    for key in catalog.keys:
        if key.endswith(("question", "reprompt")) or key == "topic.ask":
            assert catalog.text(key).endswith("?"), key


def test_a_missing_placeholder_is_an_error_not_a_silent_gap() -> None:
    with pytest.raises(KeyError):
        speech_catalog("en-US").text("topic.unknown")


def test_every_template_folder_under_skill_is_read() -> None:
    # The folders come from the capability registrations, not a listing of ``skill/``: a folder
    # with templates that no registered capability owns would never be spoken.
    on_disk = {path.parent.name for path in SKILL_DIR.glob("*/locale") if path.is_dir()}
    read = {path.parent.name for path in LOCALE_DIRS if path.is_dir()}
    assert on_disk == read
    assert "session" in read and "speech" in read
