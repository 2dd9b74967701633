"""A byline's separator that natasha's tagger takes for an organisation.

Found by blind round 24 (session 19): a regional paper's byline «Название · дата» made the
tagger return «·» as an ORG span; the register's partner naming then found no word in it and
the whole extraction stopped with an IndexError. A span with no letter is never a name.
"""

from __future__ import annotations

from pathlib import Path

from conftest import dataset_of

BYLINE_ARTICLE = (
    "Завод под Быховом: кредит получен, цех монтируется\n"
    "Могилёвские ведомости · 17 сентября 2024\n"
    "Быховский консервный завод получил кредит Банка развития на 12 млн рублей. "
    "Оборудование для нового цеха поставит российская компания «Агромаш», монтаж ведут её "
    "наладчики.")


def test_a_byline_separator_is_no_entity_and_the_extraction_finishes(tmp_path: Path) -> None:
    ds = dataset_of(tmp_path / "corpus", {"bykhov.txt": BYLINE_ARTICLE}, ner=True)
    surfaces = ds.entities["surface"].tolist()
    assert all(any(ch.isalpha() for ch in s) for s in surfaces), surfaces
    assert "Агромаш" in surfaces
    assert len(ds.amounts) == 1  # the credit, read in full despite the byline
