"""The night screen: what each answer shows on a device with a screen (APL).

Views call these builders; ``skill.respond`` sends the screen only where the device renders APL.
The document itself (``documents/night.json``) is read on first access of the ``Screen``'s
document, which ``respond`` makes only for such a device: a voice-only request never reads it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from skill.advice.models import Passage, Source, StretchStep, Tier
from skill.dialog.conversation import Conversation
from skill.dialog.effects import Screen
from skill.speech.ssml import MAX_BREAK_SECONDS

DOCUMENTS = Path(__file__).resolve().parent / "documents"
TOKEN = "night"
# How fast the night voice speaks (Alexa's ~150 words a minute at the 90% prosody rate), to start
# the visible countdown when the spoken hold starts.
WORDS_PER_SECOND = 2.25
# A headline longer than this (a triage answer) is set a size smaller, so that all of it shows.
LONG_HEADLINE = 90
# The diary chart: one bar a night for the last four weeks, drawn in the document's "cramps"
# graphic, whose drawing area is CHART_WIDTH by CHART_HEIGHT with its axis at the bottom.
CHART_NIGHTS = 28
CHART_WIDTH = 280
CHART_HEIGHT = 100
_CHART_BASE = 98  # bars stand on the axis line (drawn at 99, 2 units thick)
_CHART_TOP = 8


class Touch(StrEnum):
    """The screen's buttons: each sends its value as the UserEvent's argument."""

    NEXT = "next"
    BACK = "back"
    PAUSE = "pause"
    REPEAT = "repeat"
    RESUME = "resume"


class LazyDocument(Mapping[str, object]):
    """An APL document read from ``documents/NAME.json`` on first access (once per process)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def _loaded(self) -> Mapping[str, object]:
        return _document(self.name)

    def __getitem__(self, key: str) -> object:
        return self._loaded()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())


@cache
def _document(name: str) -> Mapping[str, object]:
    loaded: dict[str, object] = json.loads((DOCUMENTS / f"{name}.json").read_text("utf-8"))
    return loaded


def _screen(
    talk: Conversation,
    *,
    label: str,
    headline: str,
    body: str = "",
    sources: Sequence[Source] = (),
    buttons: Sequence[Touch] = (Touch.REPEAT,),
    urgent: bool = False,
    hold: int = 0,
    commands: tuple[Mapping[str, object], ...] = (),
    chart: Mapping[str, object] | None = None,
) -> Screen:
    names = ", ".join(dict.fromkeys(source.name for source in sources))
    night: dict[str, object] = {
        "label": label,
        "headline": headline,
        "body": body,
        "sources": talk.speech.text("screen.sources", names=names) if names else "",
        "urgent": urgent,
        "long": len(headline) > LONG_HEADLINE,
        "hold": hold,
        "buttons": [
            {"command": b.value, "label": talk.speech.text(f"screen.button.{b.value}")}
            for b in buttons
        ],
    }
    if chart is not None:  # the document shows the chart only where the data has one
        night["chart"] = chart
    return Screen(TOKEN, LazyDocument("night"), {"night": night}, commands)


def first_sentence(text: str) -> str:
    """The action a passage leads with: its first sentence."""
    head, dot, _ = text.partition(". ")
    return head + dot.strip()


def cramp_now(talk: Conversation, passage: Passage) -> Screen:
    """The action in large type; the rest of the passage below it."""
    action = first_sentence(passage.speech)
    return _screen(
        talk,
        label=talk.speech.text("screen.label.cramp_now"),
        headline=action,
        body=passage.speech.removeprefix(action).strip(),
        sources=passage.sources,
    )


def stretch(
    talk: Conversation,
    steps: Sequence[StretchStep],
    position: int,
    spoken_before: str,
    sources: Sequence[Source] = (),
) -> Screen:
    """The stretch, its instruction, and a countdown of its hold that follows the spoken one."""
    hold = steps[position].hold_seconds
    return _step(
        talk,
        steps,
        position,
        "screen.label.stretch",
        sources,
        buttons=(Touch.BACK, Touch.PAUSE, Touch.REPEAT, Touch.NEXT),
        hold=hold,
        commands=countdown(talk, hold, spoken_before),
    )


def paused(
    talk: Conversation,
    steps: Sequence[StretchStep],
    position: int,
    sources: Sequence[Source] = (),
) -> Screen:
    """The stretch routine on hold: which stretch, that it is paused, and one button that
    carries on (the same route as saying "resume"); no countdown runs."""
    return _step(talk, steps, position, "screen.label.paused", sources, buttons=(Touch.RESUME,))


def _step(
    talk: Conversation,
    steps: Sequence[StretchStep],
    position: int,
    label_key: str,
    sources: Sequence[Source],
    **shown: Any,
) -> Screen:
    step = steps[position]
    label = talk.speech.text(label_key, position=position + 1, total=len(steps))
    return _screen(
        talk, label=label, headline=step.name, body=step.instruction, sources=sources, **shown
    )


def countdown(
    talk: Conversation, seconds: int, spoken_before: str
) -> tuple[Mapping[str, object], ...]:
    """APL commands that count the hold down a second at a time, in the spoken hold's chunks.

    The spoken hold (``skill.stretch_routine.timing.counted_hold``) is silence of at most ten
    seconds, then the count so far ("10 seconds."), and so on. The screen waits while the words
    before the hold are spoken (estimated from their length), counts down through each silence,
    and holds still while each count is spoken.
    """
    commands: list[Mapping[str, object]] = [_idle(_speaking_ms(spoken_before))]
    elapsed = 0
    while elapsed < seconds:
        chunk = min(MAX_BREAK_SECONDS, seconds - elapsed)
        commands.append(
            {
                "type": "Sequential",
                "repeatCount": chunk - 1,
                "commands": [
                    _idle(1000),
                    {
                        "type": "SetValue",
                        "componentId": "countdown",
                        "property": "left",
                        "value": "${left - 1}",
                    },
                ],
            }
        )
        elapsed += chunk
        if elapsed < seconds:
            said = talk.speech.text("routine.count", seconds=elapsed)
            commands.append(_idle(_speaking_ms(said)))
    return tuple(commands)


def _idle(milliseconds: int) -> Mapping[str, object]:
    return {"type": "Idle", "delay": milliseconds}


def _speaking_ms(text: str) -> int:
    return round(len(text.split()) / WORDS_PER_SECOND * 1000)


def triage(talk: Conversation, tiers: Sequence[tuple[Tier, Passage]]) -> Screen:
    """The most urgent tier first, in high contrast; the next tiers below it."""
    (first, passage), *rest = tiers
    body = "\n\n".join(
        talk.speech.text(
            "screen.then_tier", tier=talk.speech.text(f"screen.tier.{tier.value}"), text=p.speech
        )
        for tier, p in rest
    )
    return _screen(
        talk,
        label=talk.speech.text(f"screen.tier.{first.value}"),
        headline=passage.speech,
        body=body,
        sources=tuple(s for _, p in tiers for s in p.sources),
        urgent=first is Tier.EMERGENCY,
    )


def topic(talk: Conversation, title: str, spoken: str, passage: Passage) -> Screen:
    """A topic's answer with its sources."""
    return _screen(
        talk,
        label=talk.speech.text("screen.label.topic"),
        headline=title,
        body=spoken,
        sources=passage.sources,
    )


def chart_bars(counts: Sequence[int]) -> str:
    """The AVG path of one bar a night, the tallest night reaching the top; ``M0,0`` (nothing
    drawn) for nights without cramps."""
    tallest = max(counts, default=0)
    if tallest <= 0:
        return "M0,0"
    slot = CHART_WIDTH / len(counts)
    width = slot * 0.7
    bars = []
    for night, count in enumerate(counts):
        if count > 0:
            top = _CHART_BASE - (_CHART_BASE - _CHART_TOP) * count / tallest
            left = night * slot + (slot - width) / 2
            bars.append(f"M{left:.1f},{top:.1f} h{width:.1f} V{_CHART_BASE} h-{width:.1f} Z")
    return " ".join(bars)


def diary_chart(talk: Conversation, counts: Sequence[int], headline: str, body: str = "") -> Screen:
    """The diary summary: what was said, over a bar chart of cramps per night (``counts``,
    oldest first, normally ``CHART_NIGHTS`` of them from ``skill.diary.summary.nightly_counts``)."""
    chart = {
        "bars": chart_bars(counts),
        "start": talk.speech.text("screen.chart.start"),
        "end": talk.speech.text("screen.chart.end"),
    }
    label = talk.speech.text("screen.label.diary")
    return _screen(talk, label=label, headline=headline, body=body, chart=chart)
