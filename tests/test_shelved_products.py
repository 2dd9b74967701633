"""`tables.derived.ShelvedProducts`: a register row's product chosen once, then read."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from analysis.projects import better_product
from analysis.tables.derived import ShelvedProducts
from analysis.tables.perarticle import ArticleCache


def _products(folder: Path, code: str = "v1") -> tuple[ShelvedProducts, list[tuple]]:
    cache = ArticleCache(folder, None)
    shelved = ShelvedProducts(SimpleNamespace(cache=cache), code)
    asked: list[tuple] = []

    def counting(label: str, sentences: list[str]) -> str:
        asked.append((label, tuple(sentences)))
        return better_product(label, sentences)

    shelved.choose = counting
    return shelved, asked


SENTENCES = ["В Твери наладят сборку пассажирских лифтов Могилевского завода."]


def test_a_product_is_chosen_once_and_read_after(tmp_path: Path) -> None:
    first, asked = _products(tmp_path)
    chosen = first("", SENTENCES)
    assert chosen == better_product("", SENTENCES)
    first.cache.close()
    again, asked_again = _products(tmp_path)  # a new process on the same cache folder
    assert again("", SENTENCES) == chosen
    assert asked == [("", tuple(SENTENCES))] and asked_again == []


def test_other_sentences_or_another_code_version_are_chosen_again(tmp_path: Path) -> None:
    first, _ = _products(tmp_path)
    first("", SENTENCES)
    first.cache.close()
    other, asked = _products(tmp_path)
    other("", [*SENTENCES, "Выпуск начнется в 2026 году."])
    other("предприятие", SENTENCES)  # another label that names no product
    other.cache.close()
    newer, asked_newer = _products(tmp_path, code="v2")
    newer("", SENTENCES)
    assert len(asked) == 2 and len(asked_newer) == 1


def test_a_label_that_names_a_product_is_kept_without_a_search(tmp_path: Path) -> None:
    shelved, asked = _products(tmp_path)
    assert shelved("тракторы", SENTENCES) == "тракторы"
    assert asked == []
