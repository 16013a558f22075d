"""Symptoms: a person describing what they feel hears the most urgent advice that fits first."""

from skill.capability import Capability
from skill.symptoms.handlers import SymptomIntentHandler
from skill.symptoms.views import TriageAnswer

CAPABILITY = Capability(name="symptoms", handlers=(SymptomIntentHandler(),), views=(TriageAnswer,))
