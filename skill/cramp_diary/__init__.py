"""The cramp diary by voice: log a cramp, hear the pattern (and a card for the doctor), delete
entries, and forget a user who disables the skill. Storage lives in ``skill.diary``."""
