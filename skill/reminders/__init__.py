"""The bedtime stretch reminder (Alexa Reminders API), with the permission it needs."""

from skill.capability import Capability, Route
from skill.names import Intent

CAPABILITY = Capability(
    "skill.reminders",
    routes=(
        Route("SetReminderIntentHandler", (Intent.SET_REMINDER,)),
        Route("CancelReminderIntentHandler", (Intent.CANCEL_REMINDER,)),
        Route("ReminderStatusIntentHandler", (Intent.REMINDER_STATUS,)),
        Route("ConnectionsResponseHandler", request_type="Connections.Response"),
    ),
    view_kinds=(
        "reminder_set",
        "reminder_moved",
        "reminder_current",
        "reminder_ask_voice",
        "reminder_ask_card",
        "reminder_time",
        "reminder_denied",
        "reminder_unanswered",
        "reminder_cancelled",
        "reminder_none",
        "reminder_trouble",
    ),
)
