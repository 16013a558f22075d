"""A cramp happening now: the stretch first."""

from skill.capability import Capability, Route
from skill.names import Intent

CAPABILITY = Capability(
    "skill.cramp_now",
    routes=(Route("CrampNowIntentHandler", (Intent.CRAMP_NOW, Intent.THIGH_SIDE)),),
    view_kinds=(
        "cramp_now",
        "cramp_now_more",
    ),
)
