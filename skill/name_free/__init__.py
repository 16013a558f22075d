"""Name-free interaction: whether the skill could answer, with no speech and no state."""

from skill.capability import Capability
from skill.name_free.handlers import CanFulfillIntentRequestHandler

CAPABILITY = Capability(name="name_free", handlers=(CanFulfillIntentRequestHandler(),))
