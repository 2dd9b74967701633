"""Quality measurement: score the pipeline's tables against annotated gold sets.

Used by the test suite (thresholds) and by `benchmarks/quality.py` (the figures in the
README and the issue notes). Nothing here is used to render a briefing.
"""
