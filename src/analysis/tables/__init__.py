"""The tables every briefing reads: extraction, writing, the on-disk cache."""
