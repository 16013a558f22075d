"""Alexa's SSML rules: well-formed, one <speak> root, known tags and values."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator

AMAZON_NS = "urn:x-amazon-ssml"
MAX_BREAK_MS = 10_000
MAX_AUDIO_TAGS = 5

_STRENGTHS = {"none", "x-weak", "weak", "medium", "strong", "x-strong"}
_INTERPRET_AS = {
    "characters",
    "spell-out",
    "cardinal",
    "number",
    "ordinal",
    "digits",
    "fraction",
    "unit",
    "date",
    "time",
    "telephone",
    "address",
    "interjection",
    "expletive",
}
_DATE_FORMATS = {"mdy", "dmy", "ymd", "md", "dm", "ym", "my", "d", "m", "y"}
_TIME = re.compile(r"^(?P<n>\d+(?:\.\d+)?)(?P<unit>s|ms)$")
_PERCENT = re.compile(r"^(?P<sign>[+-]?)(?P<n>\d+(?:\.\d+)?)%$")
_DECIBELS = re.compile(r"^[+-]\d+(?:\.\d+)?dB$")


def _break_time(value: str) -> bool:
    match = _TIME.match(value)
    if match is None:
        return False
    milliseconds = float(match["n"]) * (1000 if match["unit"] == "s" else 1)
    return milliseconds <= MAX_BREAK_MS


def _rate(value: str) -> bool:
    match = _PERCENT.match(value)
    if match is not None:
        return not match["sign"] and float(match["n"]) >= 20
    return value in {"x-slow", "slow", "medium", "fast", "x-fast"}


def _pitch(value: str) -> bool:
    match = _PERCENT.match(value)
    if match is not None:
        signed = float(match["n"]) * (-1 if match["sign"] == "-" else 1)
        return -33.3 <= signed <= 50
    return value in {"x-low", "low", "medium", "high", "x-high"}


def _volume(value: str) -> bool:
    return bool(_DECIBELS.match(value)) or value in {
        "silent",
        "x-soft",
        "soft",
        "medium",
        "loud",
        "x-loud",
    }


def _one_of(*allowed: str) -> Callable[[str], bool]:
    return lambda value: value in allowed


def _any(value: str) -> bool:
    return bool(value)


_AMAZON = f"{{{AMAZON_NS}}}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# tag → attribute → predicate on its value.
ALLOWED: dict[str, dict[str, Callable[[str], bool]]] = {
    "speak": {},
    "p": {},
    "s": {},
    "break": {"strength": _STRENGTHS.__contains__, "time": _break_time},
    "emphasis": {"level": _one_of("strong", "moderate", "reduced")},
    "prosody": {
        "rate": _rate,
        "pitch": _pitch,
        "volume": _volume,
        f"{_AMAZON}max-duration": _break_time,
    },
    "say-as": {"interpret-as": _INTERPRET_AS.__contains__, "format": _DATE_FORMATS.__contains__},
    "sub": {"alias": _any},
    "phoneme": {"alphabet": _one_of("ipa", "x-sampa"), "ph": _any},
    "lang": {_XML_LANG: _any},
    "w": {"role": _one_of("amazon:VB", "amazon:VBD", "amazon:NN", "amazon:SENSE_1")},
    "voice": {"name": _any},
    "audio": {"src": lambda v: v.startswith(("https://", "soundbank://"))},
    f"{_AMAZON}effect": {"name": _one_of("whispered")},
    f"{_AMAZON}emotion": {
        "name": _one_of("excited", "disappointed"),
        "intensity": _one_of("low", "medium", "high"),
    },
    f"{_AMAZON}domain": {"name": _one_of("conversational", "long-form", "music", "news", "fun")},
}


def parse(ssml: str) -> ET.Element:
    """Parse SSML, declaring the ``amazon:`` prefix Alexa lets documents use undeclared."""
    declared = ssml.replace("<speak>", f'<speak xmlns:amazon="{AMAZON_NS}">', 1)
    return ET.fromstring(declared)


def ssml_errors(ssml: str) -> list[str]:
    """Every way ``ssml`` breaks Alexa's rules; empty when it is valid."""
    try:
        root = parse(ssml)
    except ET.ParseError as error:
        return [f"SSML is not well-formed XML: {error}"]
    if root.tag != "speak":
        return [f"SSML root is <{root.tag}>, not <speak>"]
    errors = list(_element_errors(root))
    audio = sum(1 for element in root.iter() if element.tag == "audio")
    if audio > MAX_AUDIO_TAGS:
        errors.append(f"{audio} <audio> tags (at most {MAX_AUDIO_TAGS})")
    return errors


def _element_errors(root: ET.Element) -> Iterator[str]:
    for element in root.iter():
        name = element.tag.replace(_AMAZON, "amazon:")
        rules = ALLOWED.get(element.tag)
        if rules is None:
            yield f"<{name}> is not an Alexa SSML tag"
            continue
        if element is not root and element.tag == "speak":
            yield "nested <speak>"
        for attribute, value in element.attrib.items():
            check = rules.get(attribute)
            if check is None:
                yield f"<{name}> has no attribute {attribute!r}"
            elif not check(value):
                yield f"<{name} {attribute}={value!r}> is not an allowed value"
        dated = element.attrib.get("interpret-as") == "date"
        if element.tag == "say-as" and "format" in element.attrib and not dated:
            yield "<say-as format> is allowed only with interpret-as='date'"


def spoken_text(ssml: str) -> str:
    """The words of an SSML document, tags removed and white space folded."""
    try:
        root = parse(ssml)
    except ET.ParseError:
        return ssml
    return " ".join("".join(root.itertext()).split())
