"""The dim night screen (APL) for devices with a screen, and its touch buttons."""

from skill.capability import Capability
from skill.night_screen.handlers import UserEventHandler

CAPABILITY = Capability(name="night_screen", handlers=(UserEventHandler(),))
