from __future__ import annotations

import pytest

from skill.locales import SHIPPED_LOCALES
from skill.speech.catalog import speech_catalog


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
