"""Moving through what was said: yes, no, repeat, more, next, previous, start over, pause,
resume."""
