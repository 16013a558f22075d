"""The session's frame: launch, help, fallback, stop, session end, and the catch-alls."""
