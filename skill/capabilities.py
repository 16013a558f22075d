"""Every capability's registration, in dispatch order: its routes (each handler by name, with
the request type and intents it answers) and the stored kinds of its views.

Adding a capability: a folder under ``skill/`` with its handlers, views and templates, and one
entry here. Nothing here imports a capability's folder: the router imports its ``handlers``
module on the first request it admits, and the view registry its ``views`` module on the first
stored view of its kinds (about 2 ms of cold start saved against importing thirteen packages to
read their registrations). The order of this tuple, then of each capability's routes, is the
dispatch order.
"""

from skill.capability import ANY_REQUEST, Capability, Route
from skill.names import Intent

CAPABILITIES: tuple[Capability, ...] = (
    # a request type of its own; before the session's catch-alls
    Capability(
        "skill.name_free",
        routes=(Route("CanFulfillIntentRequestHandler", request_type="CanFulfillIntentRequest"),),
    ),
    Capability(
        "skill.symptoms",
        routes=(Route("SymptomIntentHandler", (Intent.SYMPTOM,)),),
        view_kinds=("triage", "what_you_feel"),
    ),
    Capability(
        "skill.medicines",
        routes=(Route("MedicineIntentHandler", (Intent.MEDICINE,)),),
        view_kinds=(
            "medicine",
            "medicine_more",
            "medicine_symptom",
            "medicine_concern",
        ),
    ),
    Capability(
        "skill.cramp_now",
        routes=(Route("CrampNowIntentHandler", (Intent.CRAMP_NOW, Intent.THIGH_SIDE)),),
        view_kinds=(
            "cramp_now",
            "cramp_now_more",
        ),
    ),
    Capability(
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
    ),
    Capability(
        "skill.topics",
        routes=(Route("TopicIntentHandler", (Intent.TOPIC,)),),
        view_kinds=(
            "topic",
            "topic_more",
            "topic_tips",
            "topic_tips_more",
            "ask_topic",
        ),
    ),
    Capability(
        "skill.doctor",
        routes=(
            Route("SeeDoctorIntentHandler", (Intent.SEE_DOCTOR,)),
            Route("DoctorVisitIntentHandler", (Intent.DOCTOR_VISIT, Intent.CONTACT_DOCTOR)),
            Route("DiaryLimitsIntentHandler", (Intent.DIARY_LIMITS,)),
        ),
        view_kinds=(
            "doctor",
            "doctor_more",
            "doctor_appointment",
            "doctor_appointment_more",
            "doctor_visit",
            "doctor_visit_more",
            "doctor_contact",
            "diary_limits",
        ),
    ),
    Capability(
        "skill.stretch_routine",
        routes=(Route("StretchIntentHandler", (Intent.STRETCH,)),),
        view_kinds=(
            "routine",
            "paused",
        ),
    ),
    # its SkillDisabled handler must come before the catch-alls
    Capability(
        "skill.cramp_diary",
        routes=(
            Route("LogCrampIntentHandler", (Intent.LOG_CRAMP, Intent.LEG_SIDE)),
            Route("DiarySummaryIntentHandler", (Intent.DIARY_SUMMARY,)),
            Route("DeleteDiaryIntentHandler", (Intent.DELETE_DIARY,)),
            Route("SkillDisabledEventHandler", request_type="AlexaSkillEvent.SkillDisabled"),
        ),
        view_kinds=(
            "diary_logged",
            "diary_leg_added",
            "diary_length_added",
            "diary_refused",
            "diary_unavailable",
            "diary_summary",
            "diary_empty",
            "diary_ask_scope",
            "diary_confirm_delete",
            "diary_deleted",
            "diary_deleted_last",
        ),
    ),
    Capability(
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
    ),
    Capability(
        "skill.night_screen",
        routes=(Route("UserEventHandler", request_type="Alexa.Presentation.APL.UserEvent"),),
    ),
    Capability(
        "skill.navigation",
        routes=(
            Route("YesIntentHandler", (Intent.YES,)),
            Route("NoIntentHandler", (Intent.NO,)),
            Route("RepeatIntentHandler", (Intent.REPEAT,)),
            Route("MoreIntentHandler", (Intent.MORE,)),
            Route("NextIntentHandler", (Intent.NEXT,)),
            Route("PreviousIntentHandler", (Intent.PREVIOUS,)),
            Route("StartOverIntentHandler", (Intent.START_OVER,)),
            Route("PauseIntentHandler", (Intent.PAUSE,)),
            Route("ResumeIntentHandler", (Intent.RESUME,)),
        ),
        view_kinds=(
            "no_list",
            "no_more",
        ),
    ),
    # last: it ends with the catch-alls for unknown intents and request types
    Capability(
        "skill.session",
        routes=(
            Route("LaunchRequestHandler", request_type="LaunchRequest"),
            Route("HelpIntentHandler", (Intent.HELP,)),
            Route("FallbackIntentHandler", (Intent.FALLBACK,)),
            Route("StopIntentHandler", (Intent.STOP, Intent.CANCEL, Intent.NAVIGATE_HOME)),
            Route("SessionEndedRequestHandler", request_type="SessionEndedRequest"),
            # The catch-alls: they answer whatever no handler before them took, so they come last.
            Route("UnknownIntentHandler"),
            Route("UnknownRequestHandler", request_type=ANY_REQUEST),
        ),
        view_kinds=(
            "launch",
            "help",
            "fallback",
            "goodbye",
        ),
    ),
)
