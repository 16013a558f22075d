"""Name-free interaction: whether the skill could answer, with no speech and no state."""
