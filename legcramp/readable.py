"""Responses as a person would take them in: SSML turned into words, cards into text."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from legcramp.ssml_rules import spoken_text

_BREAK = re.compile(r'<break time="(\d+)s"/>')
_MARKS = re.compile(r"(?:⟨\d+⟩\s*)+")
_NUMBER = re.compile(r"\d+")


def _pause(marks: re.Match[str]) -> str:
    seconds = sum(int(n) for n in _NUMBER.findall(marks[0]))
    return f"[… {seconds} s …] "


def readable_speech(body: Mapping[str, Any]) -> str:
    """The output speech as text; consecutive timed pauses shown as one ``[… N s …]``."""
    speech = body.get("outputSpeech") or {}
    if speech.get("type") != "SSML":
        return str(speech.get("text", ""))
    marked = _BREAK.sub(lambda m: f" ⟨{m[1]}⟩ ", speech.get("ssml", ""))
    text = spoken_text(marked)
    return _MARKS.sub(_pause, text).strip()


def readable_card(body: Mapping[str, Any]) -> str:
    """The card's title and text, or an empty string when there is no card."""
    card = body.get("card") or {}
    if not card:
        return ""
    text = card.get("content") or card.get("text") or ""
    return f"{card.get('title', '')}\n{text}".strip()
