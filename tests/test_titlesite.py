"""An HTML page's outlet from its <title>: «Заголовок — Гомельская правда» (ingest.titlesite)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.ingest.loader import load_corpus
from analysis.ingest.titlesite import site_in_title

HEADLINE = "Завод в Орше нарастил поставки тягачей в Россию"


@pytest.mark.parametrize(("title", "site"), [
    (f"{HEADLINE} — Оршанский вестник", "Оршанский вестник"),
    (f"{HEADLINE} | Витебские вести", "Витебские вести"),
    (f"{HEADLINE} - Новости Приднепровья", "Новости Приднепровья"),
    (f"Агентство «Запад» :: {HEADLINE}", "Агентство «Запад»"),
    (f"{HEADLINE} &mdash; Оршанский  вестник", "Оршанский вестник"),  # entity, doubled space
])
def test_the_name_beside_the_headline_is_the_outlet(title: str, site: str) -> None:
    page = f"<html><head><title>{title}</title></head><body></body></html>"
    assert site_in_title(page, HEADLINE) == site


@pytest.mark.parametrize("title", [
    HEADLINE,  # the headline alone
    f"{HEADLINE}: итоги года",  # a colon continues the headline
    f"{HEADLINE} — Новости — Витебская область — Оршанский вестник",  # a trail of sections
    f"{HEADLINE} — " + "очень длинное продолжение заголовка " * 3,  # a second headline
    "Совсем другой заголовок — Оршанский вестник",  # not beside this headline
    f"{HEADLINE}-2",  # an unspaced hyphen is part of a word
])
def test_no_outlet_when_the_title_does_not_name_one(title: str) -> None:
    page = f"<html><head><title>{title}</title></head><body></body></html>"
    assert site_in_title(page, HEADLINE) is None


def _page(title: str, extra_head: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>{extra_head}</head><body>"
            f"<article><h1>{HEADLINE}</h1><p>Орша, 14 марта 2024 года. Завод в прошлом году поставил "
            "в Россию 310 седельных тягачей на сумму 45 млн долларов, сообщили на предприятии. "
            "Это на 9% больше, чем годом ранее, и план на этот год ещё выше.</p>"
            "<p>В текущем году предприятие рассчитывает увеличить поставки до 60 млн долларов, "
            "прежде всего в Смоленскую и Брянскую области.</p></article></body></html>")


def test_the_articles_table_takes_the_outlet_from_the_title(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(_page(f"{HEADLINE} — Оршанский вестник"), encoding="utf-8")
    article = load_corpus(tmp_path).articles[0]
    assert article.title == HEADLINE
    assert article.source == "Оршанский вестник"


def test_the_pages_own_site_name_wins(tmp_path: Path) -> None:
    og = "<meta property='og:site_name' content='Вестник Орши'>"
    (tmp_path / "a.html").write_text(_page(f"{HEADLINE} — Оршанский вестник", og), encoding="utf-8")
    assert load_corpus(tmp_path).articles[0].source == "Вестник Орши"
