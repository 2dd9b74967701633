"""Russia–Belarus industrial cooperation briefings from Russian-language news.

Data flows one way: files → articles (corpus) → mentions (amounts, entities)
→ facts and projects → tables (dataset) → notebooks → HTML/PDF (report, build).
"""

__version__ = "0.1.0"
