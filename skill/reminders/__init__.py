"""The bedtime stretch reminder (Alexa Reminders API), with the permission it needs."""

from skill.capability import Capability
from skill.reminders.handlers import (
    CancelReminderIntentHandler,
    ConnectionsResponseHandler,
    ReminderStatusIntentHandler,
    SetReminderIntentHandler,
)
from skill.reminders.views import VIEWS

CAPABILITY = Capability(
    name="reminders",
    handlers=(
        SetReminderIntentHandler(),
        CancelReminderIntentHandler(),
        ReminderStatusIntentHandler(),
        ConnectionsResponseHandler(),
    ),
    views=VIEWS,
)
