"""Topic questions through the real handler: each topic answers with its own first sentence."""

from __future__ import annotations

import pytest

from tests.conftest import Invoke
from tests.support.listener import Listener

# ---------------------------------------------------------------------------------------------
# Found by the listener trial


@pytest.mark.parametrize(
    ("words", "topic", "opening"),
    [
        ("does pickle juice help", "PICKLE_JUICE", "Pickle juice hasn't been tested"),
        ("do bananas help", "BANANAS", "Bananas haven't been shown"),
    ],
)
def test_each_home_remedy_gets_its_own_first_sentence_not_tonic_water(
    invoke: Invoke, words: str, topic: str, opening: str
) -> None:
    listener = Listener(invoke)
    listener.speaks(words)
    assert listener.view == f"topic:{topic}"
    assert listener.first.startswith(opening), listener.heard
    assert "tonic" not in listener.first.lower()
