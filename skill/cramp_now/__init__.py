"""A cramp happening now: the stretch first."""
