"""Name-free interaction: whether the skill could answer, with no speech and no state."""

from skill.capability import Capability, Route

CAPABILITY = Capability(
    "skill.name_free",
    routes=(Route("CanFulfillIntentRequestHandler", request_type="CanFulfillIntentRequest"),),
)
