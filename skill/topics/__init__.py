"""Topics: one answer each, with a longer follow-up and tips where the content has them."""
