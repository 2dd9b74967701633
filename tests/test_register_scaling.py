"""The register's cost on a huge article grows linearly with its length.

Sentence–entity membership is found by sorted offsets, paragraph starts are indexed once and
investment figures are bucketed by sentence, so four times the text costs about four times
the time, not sixteen. Measured as a ratio between two sizes in one run (CPU time, best of
three), not as an absolute time.
"""

from __future__ import annotations

from datetime import date

from conftest import best_cpu_seconds, make_article

from analysis.entities import find_entities
from analysis.projects import build_register

PARAGRAPH = ("В {town} компания «Техмаш-{n}» собирает погрузчики «Амкодор» из машинокомплектов. "
             "За год там собрали {n} машин, а в следующем году выпуск вырастет.")
TOWNS = ["Самаре", "Казани", "Перми", "Уфе", "Тюмени", "Омске", "Туле", "Рязани"]


def huge_article(paragraphs: int):
    text = "Сборка погрузчиков в регионах\n" + "\n".join(
        PARAGRAPH.format(town=TOWNS[i % len(TOWNS)], n=i) for i in range(paragraphs))
    return make_article("huge", text, date(2024, 5, 1))


def cpu_seconds(paragraphs: int) -> float:
    article = huge_article(paragraphs)
    ents = {article.article_id: find_entities(article, ner=False)}
    return best_cpu_seconds(lambda: build_register([article], entities=ents, facts={}))


def test_register_cost_grows_linearly_with_article_length():
    cpu_seconds(20)  # warm the caches (morphology, cue tables)
    small, large = cpu_seconds(400), cpu_seconds(1600)
    ratio = large / small
    print(f"\n400 paragraphs {small:.3f}s, 1600 paragraphs {large:.3f}s, ratio {ratio:.1f}")
    # linear: ~4 (measured 3.9 on a quiet machine, up to 6.8 on a loaded one; 8.9 before the
    # bisect sweep); quadratic: ~16. The margin absorbs noise on a shared machine.
    assert ratio < 7.5, ratio
