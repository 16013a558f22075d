"""The dim night screen (APL) for devices with a screen, and its touch buttons."""

from skill.capability import Capability, Route

CAPABILITY = Capability(
    "skill.night_screen",
    routes=(Route("UserEventHandler", request_type="Alexa.Presentation.APL.UserEvent"),),
)
