"""money stage."""
