"""A cramp happening now: the stretch first."""

from skill.capability import Capability
from skill.cramp_now.handlers import CrampNowIntentHandler
from skill.cramp_now.views import CrampNow, CrampNowMore

CAPABILITY = Capability(
    name="cramp_now", handlers=(CrampNowIntentHandler(),), views=(CrampNow, CrampNowMore)
)
