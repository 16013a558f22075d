"""Render spoken segments to Alexa SSML (escaped, calm night voice) and to plain text.

Text is XML-escaped (``&``, ``<``, ``>``) with one ``str.translate`` table: for any text XML can
hold, the same result as ``xml.sax.saxutils.escape`` (a test proves it), without that module's
imports of ``urllib.request``, ``ssl`` and ``email``, which cost about 15 ms of every Lambda cold
start. Characters XML cannot hold at all are dropped by the same table (a regular expression for
them took about 0.7 ms to compile at every cold start).
"""

from __future__ import annotations

from skill.dialog.values import FrozenValue

# Characters XML 1.0 forbids anywhere in a document: C0 controls but tab, CR and LF, U+FFFE and
# U+FFFF (dropped by the tables below), and lone surrogates (dropped by encoding to UTF-8, which
# cannot hold them; a table entry for each of the 2,048 cost a cold start about 0.2 ms). Slot
# values can carry them, and one would make the whole response unparsable, so they are dropped
# rather than escaped.
_NOT_XML = (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF)
_DROP_NOT_XML: dict[int, str | None] = dict.fromkeys(_NOT_XML)
_XML_ESCAPES = {**_DROP_NOT_XML, ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}
# Alexa accepts at most ten seconds in one <break>; longer pauses are chained.
MAX_BREAK_SECONDS = 10
# The night voice: a little slower and softer than Alexa's default, applied to every response.
NIGHT_RATE = "90%"
NIGHT_VOLUME = "soft"


class Pause(FrozenValue):
    """Silence of a whole number of seconds (chained into ≤ 10 s breaks when rendered)."""

    seconds: int


Segment = str | Pause


def break_tags(seconds: int) -> str:
    """``<break>`` tags totalling ``seconds``, none longer than Alexa's ten-second limit."""
    full, rest = divmod(max(seconds, 0), MAX_BREAK_SECONDS)
    lengths = [MAX_BREAK_SECONDS] * full + ([rest] if rest else [])
    return "".join(f'<break time="{length}s"/>' for length in lengths)


def without_non_xml(text: str) -> str:
    """``text`` without the characters XML cannot hold at all."""
    return _without_surrogates(text).translate(_DROP_NOT_XML)


def escape(text: str) -> str:
    """``text`` safe inside an SSML element: ``&``, ``<`` and ``>`` become entities, and
    characters XML cannot hold at all are dropped."""
    return _without_surrogates(text).translate(_XML_ESCAPES)


def _without_surrogates(text: str) -> str:
    return text.encode("utf-8", "ignore").decode("utf-8")


def to_ssml(segments: tuple[Segment, ...]) -> str:
    """A complete ``<speak>`` document; every text segment is XML-escaped."""
    body = " ".join(
        break_tags(part.seconds) if isinstance(part, Pause) else escape(part)
        for part in segments
        if part != ""
    )
    return f'<speak><prosody rate="{NIGHT_RATE}" volume="{NIGHT_VOLUME}">{body}</prosody></speak>'


def to_plain(segments: tuple[Segment, ...]) -> str:
    """Readable text for cards and the console; a pause shows as an ellipsis with its length."""
    return " ".join(
        f"[… {part.seconds} s …]" if isinstance(part, Pause) else part
        for part in segments
        if part != ""
    )
