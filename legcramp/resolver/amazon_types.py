"""Amazon's built-in slot types the diary uses, as the offline resolver hears them.

Alexa fills ``AMAZON.NUMBER``, ``AMAZON.DURATION``, ``AMAZON.DATE`` and ``AMAZON.TIME`` with a
normalised value (``2``, ``PT5M``, ``2025-03-09`` or ``2025-W11``, ``03:00``) and no entity
resolution. Each type here is a ``Lexicon`` whose entity ID is that value, so the resolver can
place and fill these slots like custom ones. Relative dates ("last night", "this week") are
read against ``today`` (the console's clock). Only the phrasings people use for a cramp diary
are covered, not everything Alexa understands.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta

from legcramp.model.lexicon import Entity, Lexicon, Mention
from legcramp.model.utterances import key_words
from skill.names import DATE_SLOT_TYPE, DURATION_SLOT_TYPE, NUMBER_SLOT_TYPE, TIME_SLOT_TYPE

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DURATION_UNITS = {"second": "S", "seconds": "S", "minute": "M", "minutes": "M", "mins": "M",
                   "min": "M", "hour": "H", "hours": "H"}  # fmt: skip
_DATE_UNITS = {"day": "D", "days": "D", "week": "W", "weeks": "W"}
_APPROXIMATELY = ("about", "around", "roughly", "maybe", "for", "almost", "nearly")
NIGHT_HOURS_END = 6  # "at six" and earlier is the morning's small hours; "at seven" on, the evening
_LONGEST = 6  # words in the longest phrase read here ("about twenty five minutes or so")

Reader = Callable[[Sequence[str], date], str | None]


def number(words: Sequence[str]) -> int | None:
    """"two", "twenty five", "forty" (digits arrive as words); None for anything else."""
    if len(words) == 1:
        word = words[0]
        return _UNITS.get(word, _TENS.get(word))
    if len(words) == 2 and words[0] in _TENS and words[1] in _UNITS and _UNITS[words[1]] < 10:
        return _TENS[words[0]] + _UNITS[words[1]]
    return None


def _count(words: Sequence[str], today: date) -> str | None:
    if tuple(words) in (("a", "couple"), ("a", "couple", "of"), ("couple", "of")):
        return "2"
    value = number(words)
    return None if value is None else str(value)


def _duration(words: Sequence[str], today: date) -> str | None:
    words = list(words)
    while words and words[0] in _APPROXIMATELY:
        words = words[1:]
    if tuple(words) == ("half", "an", "hour"):
        return "PT30M"
    if tuple(words[-4:]) == ("quarter", "of", "an", "hour") and words[:-4] in ([], ["a"]):
        return "PT15M"
    if tuple(words) == ("three", "quarters", "of", "an", "hour"):
        return "PT45M"
    if words and words[-1] == "fortnight" and (len(words) == 1 or words[:-1] in (["a"], ["the"])):
        return "P2W"
    if len(words) >= 2 and words[-1] in _DATE_UNITS:
        many = 1 if words[:-1] in (["a"], ["one"]) else number(words[:-1])
        return None if many is None else f"P{many}{_DATE_UNITS[words[-1]]}"
    if len(words) < 2 or words[-1] not in _DURATION_UNITS:
        return None
    amount = 1 if words[:-1] in (["a"], ["an"]) else number(words[:-1])
    if amount is None:
        return None
    return f"PT{amount}{_DURATION_UNITS[words[-1]]}"


def _date(words: Sequence[str], today: date) -> str | None:
    phrase = " ".join(words)
    days = {
        "today": 0, "tonight": 0, "this morning": 0, "this evening": 0, "earlier tonight": 0,
        "yesterday": 1, "last night": 1, "yesterday evening": 1, "yesterday morning": 1,
        "the night before last": 2, "the day before yesterday": 2, "tomorrow": -1,
        "tomorrow night": -1,
    }  # fmt: skip
    if phrase in days:
        return (today - timedelta(days=days[phrase])).isoformat()
    if len(words) >= 3 and words[-1] == "ago" and words[-2] in ("nights", "days"):
        back = number(words[:-2])
        return None if back is None else (today - timedelta(days=back)).isoformat()
    weeks = {"this week": 0, "the past week": 0, "the last week": 0, "last week": 1}
    if phrase in weeks:
        year, week, _ = (today - timedelta(weeks=weeks[phrase])).isocalendar()
        return f"{year}-W{week:02d}"
    if phrase in ("this month", "the past month", "the last month"):
        return f"{today.year}-{today.month:02d}"
    if phrase == "last month":
        last = today.replace(day=1) - timedelta(days=1)
        return f"{last.year}-{last.month:02d}"
    if phrase == "this year":
        return str(today.year)
    named = [word for word in words if word not in ("on", "last", "night")]
    if len(named) == 1 and named[0] in _WEEKDAYS and len(words) <= 3:
        back = (today.weekday() - _WEEKDAYS.index(named[0])) % 7 or 7
        return (today - timedelta(days=back)).isoformat()
    return None


def _time(words: Sequence[str], today: date) -> str | None:
    said_at = bool(words) and words[0] == "at"
    words = [word for word in words if word not in ("at", "around", "about")]
    phrase = " ".join(words)
    hour = number(words) if said_at else None
    if hour is not None and 1 <= hour <= 12:
        # "At about two", said of a night's cramp: the small hours up to six, else the evening.
        return _clock(words, evening=NIGHT_HOURS_END < hour < 12)
    fixed = {"midnight": "00:00", "noon": "12:00", "midday": "12:00",
             "in the night": "NI", "during the night": "NI", "in the middle of the night": "NI"}
    if phrase in fixed:
        return fixed[phrase]
    for suffix, evening in (("am", False), ("in the morning", False), ("this morning", False),
                            ("oclock", None),
                            ("pm", True), ("at night", True), ("in the evening", True)):
        tail = suffix.split()
        if len(words) > len(tail) and words[-len(tail):] == tail:
            return _clock(words[: -len(tail)], evening)
    return None  # fmt: skip


def _clock(words: Sequence[str], evening: bool | None) -> str | None:
    minutes: int | None = 0
    hour: int | None
    if len(words) >= 2 and number(words[1:]) is not None and number(words[:1]) is not None:
        hour, minutes = number(words[:1]), number(words[1:])
    else:
        hour = number(words)
    if hour is None or minutes is None or not 1 <= hour <= 12 or not 0 <= minutes < 60:
        return None
    if evening is True and hour != 12:
        hour += 12
    elif evening is False and hour == 12:
        hour = 0
    elif evening is None and hour == 12:
        hour = 0  # "twelve o'clock" at night
    return f"{hour:02d}:{minutes:02d}"


READERS: Mapping[str, Reader] = {
    NUMBER_SLOT_TYPE: _count,
    DURATION_SLOT_TYPE: _duration,
    DATE_SLOT_TYPE: _date,
    TIME_SLOT_TYPE: _time,
}
VOCABULARY = (
    *_UNITS, *_TENS, *_WEEKDAYS, *_DURATION_UNITS, *_APPROXIMATELY, "half", "couple", "ago",
    "today", "tonight", "yesterday", "tomorrow", "last", "night", "nights", "days", "week",
    "month", "year", "past", "morning", "evening", "midnight", "noon", "am", "pm", "oclock",
    "before", "earlier", "middle", "during",
)  # fmt: skip


# Words around a number that make it someone's age ("my mother is eighty eight", "aged ninety",
# "eighty five years old"), which Alexa would not tag as a count of cramps.
_AGE_BEFORE = frozenset({"is", "im", "i'm", "am", "aged", "turned", "hes", "shes", "he's", "she's"})
_AGE_AFTER = frozenset({"year", "years", "yr", "yrs"})


class BuiltinLexicon(Lexicon):
    """One Amazon built-in slot type: its phrases read to Alexa's normalised values."""

    def __init__(self, reader: Reader, today: Callable[[], date] = date.today) -> None:
        super().__init__({})
        self._reader = reader
        self._today = today

    def phrases(self) -> tuple[str, ...]:
        return VOCABULARY

    def get(self, phrase: str) -> Entity | None:
        return self.lookup(phrase)

    def lookup(self, heard: str) -> Entity | None:
        value = self._reader(key_words(heard), self._today())
        return None if value is None else Entity(id=value, canonical=value)

    def find_all(self, words: Sequence[str]) -> tuple[Mention, ...]:
        """Longest readable phrases first, none overlapping, in word order."""
        taken = [False] * len(words)
        found: list[Mention] = []
        today = self._today()
        for size in range(min(_LONGEST, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                end = start + size
                if any(taken[start:end]):
                    continue
                value = self._reader(words[start:end], today)
                if value is not None:
                    found.append(Mention(start, end, Entity(value, value)))
                    taken[start:end] = [True] * size
        return tuple(sorted(found, key=lambda mention: mention.start))

    def find(self, words: Sequence[str]) -> Mention | None:
        found = self.find_all(words)
        return max(found, key=lambda m: m.end - m.start) if found else None


class CountLexicon(BuiltinLexicon):
    """``AMAZON.NUMBER`` as a count of cramps: a number said as someone's age is not one."""

    def find_all(self, words: Sequence[str]) -> tuple[Mention, ...]:
        return tuple(
            mention
            for mention in super().find_all(words)
            if not (mention.start > 0 and words[mention.start - 1] in _AGE_BEFORE)
            and not (mention.end < len(words) and words[mention.end] in _AGE_AFTER)
        )


def builtin_lexicons(today: Callable[[], date] = date.today) -> dict[str, Lexicon]:
    """A lexicon for each built-in type the diary's intents use."""
    return {
        name: (CountLexicon if name == NUMBER_SLOT_TYPE else BuiltinLexicon)(reader, today)
        for name, reader in READERS.items()
    }
