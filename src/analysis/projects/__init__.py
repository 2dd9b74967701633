"""projects stage."""
