"""The guided stretch routine as timed speech: instruction, a counted hold, release."""

from __future__ import annotations

from skill.advice.models import StretchStep
from skill.speech.catalog import SpeechCatalog
from skill.speech.ssml import MAX_BREAK_SECONDS, Pause, Segment


def counted_hold(speech: SpeechCatalog, seconds: int) -> tuple[Segment, ...]:
    """A hold of ``seconds``: a pause of at most ten seconds, then the count so far, and so on."""
    segments: list[Segment] = [speech.text("routine.hold")]
    elapsed = 0
    while elapsed < seconds:
        chunk = min(MAX_BREAK_SECONDS, seconds - elapsed)
        elapsed += chunk
        segments.append(Pause(chunk))
        if elapsed < seconds:
            segments.append(speech.text("routine.count", seconds=elapsed))
    segments.append(speech.text("routine.release"))
    return tuple(segments)


def step_segments(
    speech: SpeechCatalog, steps: tuple[StretchStep, ...], index: int
) -> tuple[Segment, ...]:
    """Step ``index`` of ``steps``: its heading, the instruction and the counted hold."""
    step = steps[index]
    heading = speech.text("routine.step", position=index + 1, total=len(steps), name=step.name)
    return (heading, step.instruction, *counted_hold(speech, step.hold_seconds))
