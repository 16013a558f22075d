"""Medicines: what a medicine has to do with cramps, and never an instruction to stop it."""
