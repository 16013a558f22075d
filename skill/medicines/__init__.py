"""Medicines: what a medicine has to do with cramps, and never an instruction to stop it."""

from skill.capability import Capability, Route
from skill.names import Intent

CAPABILITY = Capability(
    "skill.medicines",
    routes=(Route("MedicineIntentHandler", (Intent.MEDICINE,)),),
    view_kinds=(
        "medicine",
        "medicine_more",
        "medicine_symptom",
    ),
)
