from __future__ import annotations

from xml.sax.saxutils import escape as reference_escape

import pytest

from legcramp.ssml_rules import spoken_text, ssml_errors
from skill.speech.ssml import MAX_BREAK_SECONDS, Pause, break_tags, escape, to_plain, to_ssml


def test_dynamic_text_is_escaped_into_valid_ssml() -> None:
    ssml = to_ssml(("A & B < C > D", 'quotes " and \' stay text'))
    assert ssml_errors(ssml) == []
    assert spoken_text(ssml) == "A & B < C > D quotes \" and ' stay text"


@pytest.mark.parametrize("text", ["A & B", "<5 minutes>", "&amp; already", "plain", "ünïcödé & <>"])
def test_escaping_matches_the_standard_library(text: str) -> None:
    assert escape(text) == reference_escape(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("calf\x00 cramp\x1f", "calf cramp"),
        ("tab\tnew\nline\rstay", "tab\tnew\nline\rstay"),
        ("lone \ud800 and \udfff surrogates", "lone  and  surrogates"),
        ("a pair \U0001f9b5 stays", "a pair \U0001f9b5 stays"),
        ("not \ufffe\uffff characters", "not  characters"),
    ],
)
def test_characters_xml_cannot_hold_are_dropped(text: str, kept: str) -> None:
    assert escape(text) == reference_escape(kept)
    assert ssml_errors(to_ssml((text,))) == []


def test_markup_in_text_is_spoken_not_obeyed() -> None:
    ssml = to_ssml(('<break time="60s"/> <audio src="http://x"/>',))
    assert ssml_errors(ssml) == []
    assert "<audio" not in ssml.replace("&lt;audio", "")


@pytest.mark.parametrize(("seconds", "breaks"), [(0, []), (7, [7]), (10, [10]), (25, [10, 10, 5])])
def test_long_pauses_are_chained_breaks_of_at_most_ten_seconds(
    seconds: int, breaks: list[int]
) -> None:
    tags = break_tags(seconds)
    assert tags == "".join(f'<break time="{n}s"/>' for n in breaks)
    assert all(n <= MAX_BREAK_SECONDS for n in breaks)


def test_every_response_gets_the_calm_night_voice() -> None:
    ssml = to_ssml(("Hello.", Pause(12), "Again."))
    assert ssml.startswith('<speak><prosody rate="90%" volume="soft">')
    assert ssml.endswith("</prosody></speak>")
    assert ssml_errors(ssml) == []


def test_plain_text_shows_pauses_for_the_console_and_cards() -> None:
    assert to_plain(("Hold.", Pause(30), "Relax.")) == "Hold. [… 30 s …] Relax."
