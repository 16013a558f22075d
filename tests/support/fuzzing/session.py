"""Session attributes as untrusted input: the skill's own state, near misses of it, and anything.

The skill keeps two attributes, ``view`` (e.g. ``walk:causes:3``) and ``disclaimed`` (``true``).
They come back from the device on the next request, so they can be stale (from another locale or
an older release), tampered with, or of any JSON type at all.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from skill.advice.catalog import load_content
from skill.advice.models import Content, Topics
from skill.builder import VIEWS
from skill.dialog.views import View
from skill.names import Attr

Json = dict[str, Any]

# JSON as Alexa could carry it back: no NaN or infinities (they are not JSON).
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
# A stored view longer than this is refused outright (skill.dialog.views).
_HUGE = 100_000


def all_views(content: Content) -> tuple[View, ...]:
    """Every view ``content`` can show, from every registered capability."""
    return VIEWS.every(content)


def valid_views(content: Content | None = None) -> st.SearchStrategy[str]:
    """The stored form of a view the skill really writes."""
    views = all_views(content or load_content(None))
    return st.sampled_from([view.encode() for view in views])


@st.composite
def near_miss_views(draw: st.DrawFn, content: Content | None = None) -> str:
    """A stored view that is almost right: out of range, unknown, misspelt, extended or huge."""
    content = content or load_content(None)
    walk = draw(st.sampled_from(sorted(content.walks)))
    walk_length = len(content.walks[walk])
    steps = len(content.routine.steps)
    valid = draw(valid_views(content))
    beyond = draw(st.integers(min_value=0, max_value=10**6))
    return draw(
        st.sampled_from(
            [
                f"walk:{walk.value}:{walk_length + beyond}",
                f"routine:{steps + beyond}",
                f"paused:{steps + beyond}",
                f"walk:{walk.value}:-1",
                f"walk:{walk.value}:٣",  # a digit, but not an ASCII one
                f"walk:{walk.value}",
                f"walk:{walk.value}:1:2",
                "walk:nowhere:0",
                "walk_end",
                "topic:NOT_A_TOPIC",
                f"topic:{Topics.MINERALS.lower()}",
                "topic",
                "routine",
                valid.upper(),
                f" {valid}",
                f"{valid}:",
                valid.replace(":", "::"),
                valid * 20,
                "launch" * (_HUGE // 6),
                "<speak>hacked</speak>",
                "",
            ]
        )
    )


def view_values(content: Content | None = None) -> st.SearchStrategy[object]:
    """What can come back as ``view``: valid, near misses, strings and other JSON."""
    return st.one_of(
        valid_views(content), near_miss_views(content), st.text(max_size=70), json_values
    )


def disclaimed_values() -> st.SearchStrategy[object]:
    """What can come back as ``disclaimed``: the booleans, strings that look like them, anything."""
    return st.one_of(
        st.booleans(),
        st.sampled_from(["true", "false", "True", "yes", "1", ""]),
        json_values,
    )


@st.composite
def session_attributes(draw: st.DrawFn, content: Content | None = None) -> Json:
    """Session attributes: the skill's own keys (any value, or absent) among arbitrary others."""
    attributes: Json = draw(st.dictionaries(st.text(max_size=10), json_values, max_size=3))
    if draw(st.booleans()):
        attributes[Attr.VIEW] = draw(view_values(content))
    if draw(st.booleans()):
        attributes[Attr.DISCLAIMED] = draw(disclaimed_values())
    return attributes
