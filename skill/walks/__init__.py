"""Causes and relief: overviews, and walks through their topics one at a time."""

from skill.capability import Capability, Route
from skill.names import Intent

CAPABILITY = Capability(
    "skill.walks",
    routes=(
        Route("CausesIntentHandler", (Intent.CAUSES,)),
        Route("ReliefIntentHandler", (Intent.RELIEF,)),
    ),
    view_kinds=(
        "causes",
        "relief",
        "causes_more",
        "relief_more",
        "walk",
        "walk_end",
    ),
)
