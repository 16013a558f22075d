"""When to see a doctor: emergency and same-day signs first, then ordinary appointments."""
