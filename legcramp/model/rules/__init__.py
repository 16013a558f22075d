"""The validator's rules: checks 1-18 and 34-37 of alexa-rules.md §10, and project cross-checks."""
