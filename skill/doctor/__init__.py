"""When to see a doctor: emergency and same-day signs first, then ordinary appointments."""

from skill.capability import Capability
from skill.doctor.handlers import SeeDoctorIntentHandler
from skill.doctor.views import (
    DoctorAppointment,
    DoctorAppointmentMore,
    DoctorUrgent,
    DoctorUrgentMore,
)

CAPABILITY = Capability(
    name="doctor",
    handlers=(SeeDoctorIntentHandler(),),
    views=(DoctorUrgent, DoctorUrgentMore, DoctorAppointment, DoctorAppointmentMore),
)
