"""Causes and relief: overviews, and walks through their topics one at a time."""
