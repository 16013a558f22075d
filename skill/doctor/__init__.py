"""When to see a doctor: emergency and same-day signs first, then ordinary appointments."""

from skill.capability import Capability, Route
from skill.names import Intent

CAPABILITY = Capability(
    "skill.doctor",
    routes=(Route("SeeDoctorIntentHandler", (Intent.SEE_DOCTOR,)),),
    view_kinds=(
        "doctor",
        "doctor_more",
        "doctor_appointment",
        "doctor_appointment_more",
    ),
)
