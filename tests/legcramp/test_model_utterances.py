"""Utterance normalisation shared by the resolver and the example-phrase rule."""

from __future__ import annotations

import pytest

from legcramp.model.utterances import clean, key, sample_key, slot_names, stem, strip_carrier

NAME = "leg cramp helper"


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("Why do my legs CRAMP at night?!", "why do my legs cramp at night"),
        ("could this be a D.V.T.", "could this be a dvt"),
        ("could this be a d. v. t.", "could this be a dvt"),
        ("should I go to A&E", "should i go to a and e"),
        ("it\u2019s been 10 minutes", "it's been ten minutes"),
        ("  'quoted'   words ", "quoted words"),
        ("can I take vitamin K2", "can i take vitamin k two"),
        ("is B12 any good", "is b twelve any good"),
    ],
)
def test_clean(raw: str, cleaned: str) -> None:
    assert clean(raw) == cleaned


def test_key_drops_apostrophes_and_fillers() -> None:
    assert key("Um, what's the cause, please?") == "whats the cause"
    assert key("um") == ""


def test_sample_key_keeps_slots() -> None:
    assert sample_key("Is it my {topic}?") == "is it my {topic}"
    assert slot_names("does {topic} help with {place}") == ("topic", "place")


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        (
            "alexa ask leg cramp helper why do my legs cramp at night",
            "why do my legs cramp at night",
        ),
        ("tell leg cramp helper to walk me through a stretch", "walk me through a stretch"),
        ("ask leg cramp helper about tonic water", "tonic water"),
        ("alexa open leg cramp helper", ""),
        ("walk me through a stretch using leg cramp helper", "walk me through a stretch"),
        ("alexa my calf is cramping", "my calf is cramping"),
        ("ask the weather why it rains", "ask the weather why it rains"),
    ],
)
def test_strip_carrier(said: str, heard: str) -> None:
    assert strip_carrier(clean(said), NAME) == heard


def test_stem() -> None:
    assert {stem(w) for w in ("cramping", "cramps", "cramped", "cramp")} == {"cramp"}
    assert {stem(w) for w in ("cause", "causes", "causing")} == {"caus"}
    assert {stem(w) for w in ("stretch", "stretches")} == {"stretch"}
    assert [stem(w) for w in ("is", "bus", "the")] == ["is", "bus", "the"]
