"""Briefings: the state of one briefing and its sections, formatting, labels, citations, charts."""

from analysis.briefing.document import Briefing

__all__ = ["Briefing"]
