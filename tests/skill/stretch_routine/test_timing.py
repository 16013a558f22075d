from __future__ import annotations

import pytest

from skill.speech.catalog import speech_catalog
from skill.speech.ssml import MAX_BREAK_SECONDS, Pause
from skill.stretch_routine.timing import counted_hold

SPEECH = speech_catalog("en-US")


@pytest.mark.parametrize("seconds", [5, 10, 20, 30, 45, 60])
def test_a_hold_is_counted_in_pauses_of_at_most_ten_seconds(seconds: int) -> None:
    segments = counted_hold(SPEECH, seconds)
    pauses = [s.seconds for s in segments if isinstance(s, Pause)]
    assert sum(pauses) == seconds
    assert max(pauses) <= MAX_BREAK_SECONDS
    counts = [s for s in segments if isinstance(s, str) and s.endswith("seconds.")]
    assert counts == [SPEECH.text("routine.count", seconds=n) for n in range(10, seconds, 10)]
    assert segments[0] == SPEECH.text("routine.hold")
    assert segments[-1] == SPEECH.text("routine.release")
