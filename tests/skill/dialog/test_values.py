"""Frozen values: fields from annotations across bases, defaults, equality, hashing, no changes."""

from __future__ import annotations

from typing import ClassVar

import pytest

from skill.advice.models import Topics
from skill.dialog.values import FrozenValue, constants
from skill.topics.views import TopicAnswer, TopicMore


class Base(FrozenValue):
    kind: ClassVar[str] = "base"
    first: int


class Child(Base):
    second: str
    third: tuple[str, ...] = ()


class Sibling(Base):
    second: str
    third: tuple[str, ...] = ()


def test_fields_come_from_every_base_in_order_and_class_settings_are_not_fields() -> None:
    assert Child.__value_fields__ == ("first", "second", "third")
    assert Child(1, "a") == Child(first=1, second="a", third=())
    assert Child(1, "a", ("x",)).third == ("x",)
    assert repr(Child(1, "a")) == "Child(first=1, second='a', third=())"


def test_equal_only_to_the_same_class_with_the_same_values() -> None:
    assert Child(1, "a") != Child(2, "a")
    assert Child(1, "a") != Sibling(1, "a")
    assert len({Child(1, "a"), Child(1, "a"), Sibling(1, "a")}) == 2
    assert TopicAnswer(Topics.QUININE) != TopicMore(Topics.QUININE)


class Charted(FrozenValue):
    first: int
    chart: tuple[int, ...] = ()
    __value_uncompared__ = frozenset({"chart"})


def test_an_uncompared_field_does_not_make_two_values_differ() -> None:
    assert Charted(1, (3, 4)) == Charted(1) and hash(Charted(1, (3, 4))) == hash(Charted(1))
    assert Charted(1) != Charted(2)


def test_a_value_cannot_change() -> None:
    value = Child(1, "a")
    with pytest.raises(AttributeError, match="frozen"):
        value.first = 2  # type: ignore[misc]
    with pytest.raises(AttributeError, match="frozen"):
        del value.second
    assert value.first == 1


def test_wrong_arguments_are_refused() -> None:
    with pytest.raises(TypeError, match="missing 'second'"):
        Child(1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected or repeated 'first'"):
        Child(1, "a", first=2)  # type: ignore[misc]
    with pytest.raises(TypeError, match="takes 3 values"):
        Child(1, "a", (), 4)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="follows"):

        class Broken(FrozenValue):  # a default before a required field
            first: int = 0
            second: str  # type: ignore[misc]


def test_an_unknown_keyword_is_refused_and_keywords_fill_any_field() -> None:
    with pytest.raises(TypeError, match="unexpected or repeated 'fourth'"):
        Child(1, "a", fourth=4)  # type: ignore[call-arg]
    assert Child(second="b", first=2) == Child(2, "b")


def test_replace_makes_a_changed_copy_and_leaves_the_original() -> None:
    value = Child(1, "a", ("x",))
    assert value.replace(second="b") == Child(1, "b", ("x",))
    assert value == Child(1, "a", ("x",))
    with pytest.raises(TypeError, match="no field 'fourth'"):
        value.replace(fourth=4)


def test_constants_are_a_class_s_upper_case_values_in_order() -> None:
    class Colours:
        """Not a member."""

        RED = "red"
        BLUE = "blue"
        lower = "not a member"

    assert constants(Colours) == ("red", "blue")
