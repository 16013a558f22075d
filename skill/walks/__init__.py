"""Causes and relief: overviews, and walks through their topics one at a time."""

from skill.capability import Capability
from skill.walks.handlers import CausesIntentHandler, ReliefIntentHandler
from skill.walks.views import (
    CausesMore,
    CausesOverview,
    ReliefMore,
    ReliefOverview,
    WalkEnd,
    WalkStop,
)

CAPABILITY = Capability(
    name="walks",
    handlers=(CausesIntentHandler(), ReliefIntentHandler()),
    views=(CausesOverview, CausesMore, ReliefOverview, ReliefMore, WalkStop, WalkEnd),
)
