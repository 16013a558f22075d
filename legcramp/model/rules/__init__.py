"""The validator's rules: platform-rules checks 1-18 and 34-37, and project cross-checks."""
