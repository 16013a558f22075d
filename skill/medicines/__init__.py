"""Medicines: what a medicine has to do with cramps, and never an instruction to stop it."""

from skill.capability import Capability
from skill.medicines.handlers import MedicineIntentHandler
from skill.medicines.views import MedicineAnswer, MedicineMore, MedicineWithSymptom

CAPABILITY = Capability(
    name="medicines",
    handlers=(MedicineIntentHandler(),),
    views=(MedicineAnswer, MedicineMore, MedicineWithSymptom),
)
