"""Built-in slot types the offline resolver must fill: ``AMAZON.TIME`` as spoken clock times.

Alexa resolves "nine thirty p.m." in an ``AMAZON.TIME`` slot to ``21:30``. The offline resolver
gets the same from a generated value list in the shape of a custom ``types[]`` entry: every five
minutes of the twelve-hour clock, said as "nine", "nine o'clock", "nine thirty", "nine oh five",
"half past nine", "quarter past/to", each bare or with "a m", "p m", "in the morning", "in the
evening" or "at night". A bare time is taken as the evening for six to eleven and as the
afternoon for one to five (the console's guess for a bedtime reminder; Alexa decides for itself).
"""

from __future__ import annotations

from functools import cache
from typing import Any

TIME_TYPE = "AMAZON.TIME"
_NUMBERS = (  # index = number; 0 is "twelve" on the clock face
    "twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty",
)
_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty"}
_MORNING = ("a m", "am", "in the morning")
_EVENING = ("p m", "pm", "in the evening", "at night")


def _minutes(minute: int) -> str:
    if minute < 10:
        return f"oh {_NUMBERS[minute]}"
    if minute < 20:
        return _NUMBERS[minute]
    tens, ones = divmod(minute, 10)
    return _TENS[tens * 10] + (f" {_NUMBERS[ones]}" if ones else "")


def _said(hour12: int, minute: int) -> list[str]:
    """The ways to say ``hour12:minute`` without a part of the day."""
    name = _NUMBERS[hour12]
    forms = [name, f"{name} o'clock"] if minute == 0 else [f"{name} {_minutes(minute)}"]
    following = _NUMBERS[hour12 % 12 + 1]
    forms += {15: [f"quarter past {name}"], 30: [f"half past {name}"]}.get(minute, [])
    forms += [f"quarter to {following}"] if minute == 45 else []
    return forms


@cache
def time_type() -> dict[str, Any]:
    """``AMAZON.TIME`` as a ``types[]`` entry whose IDs are ``HH:MM``."""
    values: dict[str, list[str]] = {}
    for hour12 in range(1, 13):
        for minute in range(0, 60, 5):
            morning = hour12 % 12
            evening = morning + 12
            bare = evening if 1 <= hour12 <= 11 else 12  # twelve alone is noon
            for hour, parts in ((morning, _MORNING), (evening, _EVENING), (bare, ("",))):
                phrases = values.setdefault(f"{hour:02d}:{minute:02d}", [])
                for form in _said(hour12, minute):
                    phrases.extend(f"{form} {part}".strip() for part in parts)
    return {
        "name": TIME_TYPE,
        "values": [
            {"id": value_id, "name": {"value": phrases[0], "synonyms": phrases[1:]}}
            for value_id, phrases in sorted(values.items())
        ],
    }


def builtin_types() -> tuple[dict[str, Any], ...]:
    """Every built-in slot type the resolver fills, as ``types[]`` entries."""
    return (time_type(),)
