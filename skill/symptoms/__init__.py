"""Symptoms: a person describing what they feel hears the most urgent advice that fits first."""

from skill.capability import Capability, Route
from skill.names import Intent

CAPABILITY = Capability(
    "skill.symptoms",
    routes=(Route("SymptomIntentHandler", (Intent.SYMPTOM,)),),
    view_kinds=("triage",),
)
