"""Utterance text as Alexa hears it: normalised words, and the request wrapped around it.

The resolver and the example-phrase rule (check 34) both compare what people say with the
samples, so both use these functions: lower case, no punctuation, acronyms written "d. v. t."
or typed "DVT" alike, digits as words, apostrophes and filler words ("um", "please") dropped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "spoken_forms.json"
_ACRONYM_LETTER = re.compile(r"\b([a-z])\.\s*(?=[a-z]\.)")
_NOT_WORD = re.compile(r"[^\w'\s]|_")
# A letter name with a number written on ("K2", "b12"): said as two words, "k two".
_LETTERS_THEN_NUMBER = re.compile(r"\b([a-z]+)(\d+)\b")
_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class SpokenForms:
    """The words that wrap a request ("alexa, ask … to") and the words that carry no meaning.

    ``slot_lead_words`` may come before a slot value without being part of it ("my statins");
    ``suffixes`` are stripped to compare word stems ("cramping", "cramps" → "cramp").
    """

    wake_words: frozenset[str]
    launch_words: frozenset[str]
    connectors: frozenset[str]
    suffix_connectors: frozenset[str]
    fillers: frozenset[str]
    slot_lead_words: frozenset[str]
    suffixes: tuple[str, ...]
    numbers: dict[str, str]


@cache
def spoken_forms() -> SpokenForms:
    """The spoken forms, read once from ``spoken_forms.json``."""
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    return SpokenForms(
        wake_words=frozenset(raw["wake_words"]),
        launch_words=frozenset(raw["launch_words"]),
        connectors=frozenset(raw["connectors"]),
        suffix_connectors=frozenset(raw["suffix_connectors"]),
        fillers=frozenset(raw["fillers"]),
        slot_lead_words=frozenset(raw["slot_lead_words"]),
        suffixes=tuple(raw["suffixes"]),
        numbers=dict(raw["numbers"]),
    )


def clean(text: str) -> str:
    """Lower-case words separated by single spaces; apostrophes kept, other punctuation gone."""
    text = text.lower().replace("\u2019", "'").replace("&", " and ")
    text = _ACRONYM_LETTER.sub(r"\1", text)
    text = _NOT_WORD.sub(" ", text)
    text = _LETTERS_THEN_NUMBER.sub(r"\1 \2", text)
    numbers = spoken_forms().numbers
    words = (numbers.get(word, word) for word in text.split())
    return " ".join(word.strip("'") for word in words if word.strip("'"))


@cache  # pure, and called for the same samples each time a model is indexed
def key_words(text: str) -> tuple[str, ...]:
    """The words compared when matching: :func:`clean`, without apostrophes or filler words."""
    fillers = spoken_forms().fillers
    words = (word.replace("'", "") for word in clean(text).split())
    return tuple(word for word in words if word and word not in fillers)


def key(text: str) -> str:
    """:func:`key_words` joined by spaces: the form samples and utterances are compared in."""
    return " ".join(key_words(text))


@cache
def stem(word: str) -> str:
    """``word`` without its first matching inflection suffix, keeping a stem of 3+ letters."""
    for suffix in spoken_forms().suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def sample_key(sample: str) -> str:
    """A sample in key form, its ``{slot}`` placeholders kept as they are."""
    parts = _SLOT.split(sample)
    out = []
    for index, part in enumerate(parts):
        out.append(f"{{{part}}}" if index % 2 else key(part))
    return " ".join(piece for piece in out if piece)


def slot_names(sample: str) -> tuple[str, ...]:
    """The slot names a sample places with ``{name}``, in order."""
    return tuple(_SLOT.findall(sample))


def strip_carrier(text: str, invocation: str) -> str:
    """``text`` (already :func:`clean`) without "alexa, ask <name> to" or "… using <name>".

    "alexa, open leg cramp helper" leaves nothing: that is a launch, not an utterance.
    """
    forms = spoken_forms()
    words = text.split()
    name = clean(invocation).split()
    while words and words[0] in forms.wake_words:
        words = words[1:]
    while words and words[-1] in forms.wake_words:  # "goodnight alexa"
        words = words[:-1]
    if words and words[0] in forms.launch_words and words[1 : 1 + len(name)] == name:
        words = words[1 + len(name) :]
        if words and words[0] in forms.connectors:
            words = words[1:]
    elif words[: len(name)] == name:
        words = words[len(name) :]
    cut = len(words) - len(name) - 1
    if cut >= 0 and words[cut] in forms.suffix_connectors and words[cut + 1 :] == name:
        words = words[:cut]
    return " ".join(words)
