"""The guided bedtime stretch routine: counted holds, next and back, pause and resume."""
