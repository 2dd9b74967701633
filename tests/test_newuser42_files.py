"""newuser42's file and render findings (session 42). The pages and texts are written for
these tests.

F2: a page listing several news items (an RSS feed exported to HTML, a news list: repeated
`<div class="item">` blocks, each with its own headline and date, cut by `<hr>`) is several
articles, `file` and `file#2`, each with its own headline and date; a page of one article with
related teasers beside it stays one article; a `.txt` digest is cut at «* * *» when a headline
follows it.
F3: money put into a site («Инвестиции в центр составили …») takes the region of the sentence
that opened the site («В Курске открылся … центр»), past a sentence naming the regions it serves.
S4: a render says in one line how many articles it read, from how many files (a file that gave
several named), and how many files gave none or were left aside.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import facts_by_surface

from analysis.ingest import load_corpus
from analysis.render.render import read_line
from analysis.tables.skipped import ArticlesRead, articles_read


def _item(title: str, day: str, link: str, body: str) -> str:
    return (f'<div class="item">\n<h3 class="title">{title}</h3>\n<div class="pubDate">{day}</div>\n'
            f'<div class="link">{link}</div>\n<div class="description"><p>{body}</p></div>\n</div>\n')


LIST_PAGE = (
    '<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8"><title>Лента новостей</title>'
    '<meta property="og:site_name" content="Промвестник"></head><body>\n'
    "<h2>Новости сотрудничества (экспорт ленты)</h2>\n"
    + _item("Смоленские дорожники получили белорусские катки",
            "Mon, 02 Mar 2026 10:00:00 +0300", "https://promvestnik.example/2026/03/02/katki",
            "Подрядчики Смоленской области получили партию дорожных катков «Амкодор». По "
            "словам руководителя областного управления, техника будет работать на ремонте "
            "трасс регионального значения. Контракт на поставку обошелся в 86 млн рублей.")
    + "<hr>\n"
    + _item("В Орле открыли склад запчастей МТЗ",
            "Thu, 05 Mar 2026 15:20:00 +0300", "https://promvestnik.example/2026/03/05/orel",
            "В Орле открылся региональный склад запасных частей Минского тракторного завода. "
            "Склад будет снабжать дилеров Орловской, Курской и Тульской областей. Вложения в "
            "склад составили 140 млн рублей.")
    + "</body></html>\n")


def test_f2_a_news_list_page_is_an_article_per_item(tmp_path: Path) -> None:
    (tmp_path / "lenta.html").write_text(LIST_PAGE, encoding="utf-8")
    corpus = load_corpus(tmp_path, today=date(2026, 6, 1))
    got = [(a.article_id, a.title, a.published, a.source) for a in corpus.articles]
    assert got == [
        ("lenta", "Смоленские дорожники получили белорусские катки", date(2026, 3, 2), "Промвестник"),
        ("lenta#2", "В Орле открыли склад запчастей МТЗ", date(2026, 3, 5), "Промвестник")]
    second = corpus.articles[1]
    assert second.text.startswith("В Орле открыли склад запчастей МТЗ\nThu, 05 Mar 2026")
    assert "https://" not in second.text  # the item's address is no text of it
    start = second.text.index("140 млн")  # offsets still point into the page
    s, e = second.original_span(start, start + 7)
    assert second.original[s:e] == "140 млн"


def test_f2_an_article_with_teasers_beside_it_stays_one(tmp_path: Path) -> None:
    body = " ".join(["Белорусский холдинг расширяет сборку техники в российских регионах, "
                     "сообщили в пресс-службе предприятия."] * 12)
    teaser = ('<div class="item"><h4>{}</h4><time>01.03.2026</time><p>Коротко.</p></div>')
    page = ("<html><head><title>Сборка техники</title></head><body><article><h1>Сборка "
            f"техники</h1><time>03.03.2026</time><p>{body}</p></article><aside>"
            + teaser.format("Другая новость") + teaser.format("Ещё одна") + "</aside></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    corpus = load_corpus(tmp_path, today=date(2026, 6, 1))
    assert [a.article_id for a in corpus.articles] == ["page"]


def test_f2_a_txt_digest_is_cut_at_an_asterism_before_a_headline(tmp_path: Path) -> None:
    first = ("Брянские аграрии закупили комбайны\n" + "Хозяйства Брянской области получили "
             "новые комбайны «Палессе» по программе обновления парка техники. " * 3)
    second = ("Калужский завод начал выпуск кабин\n" + "Предприятие в Калуге начало выпуск "
              "кабин для белорусских тракторов, сообщили в правительстве региона. " * 3)
    (tmp_path / "digest.txt").write_text(f"{first}\n* * *\n{second}\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, today=date(2026, 6, 1))
    assert [a.title for a in corpus.articles] == ["Брянские аграрии закупили комбайны",
                                                  "Калужский завод начал выпуск кабин"]


def test_f3_money_put_into_a_site_takes_the_region_it_was_opened_in(tmp_path: Path) -> None:
    text = ("Белорусский холдинг расширяет сервисную сеть\n"
            "В Липецке открылся сервисный центр холдинга «Амкодор». Центр будет обслуживать "
            "дорожную технику подрядчиков Липецкой и Тамбовской областей. Инвестиции в центр "
            "составили 60 млн рублей.\n")
    fact = facts_by_surface(tmp_path, text, published="2026-04-02")["60 млн рублей"]
    assert fact.region == "Липецкая область"


def test_f3_money_into_a_site_named_nowhere_before_keeps_no_region(tmp_path: Path) -> None:
    text = ("Белорусский холдинг расширяет сервисную сеть\n"
            "Холдинг «Амкодор» будет обслуживать технику подрядчиков Липецкой и Тамбовской "
            "областей. Инвестиции в центр составили 60 млн рублей.\n")
    fact = facts_by_surface(tmp_path, text, published="2026-04-02")["60 млн рублей"]
    assert fact.region is None


def test_s4_the_render_says_how_many_articles_it_read(tmp_path: Path) -> None:
    (tmp_path / "lenta.html").write_text(LIST_PAGE, encoding="utf-8")
    (tmp_path / "one.txt").write_text("Заголовок новости\nТекст новости о поставках техники "
                                      "в Смоленскую область.\n", encoding="utf-8")

    class Tables:
        articles = None

    import pandas as pd

    corpus = load_corpus(tmp_path, today=date(2026, 6, 1))
    Tables.articles = pd.DataFrame({"file": [a.file for a in corpus.articles]})
    read = articles_read(Tables)
    assert read == ArticlesRead(3, 2, (("lenta.html", 2),))
    assert read_line(read, 0, 1) == ("read 3 article(s) from 2 file(s) (several from one file: "
                                     "lenta.html: 2); 1 file(s) left aside")
    assert read_line(ArticlesRead(5, 5, ()), 1, 0) == (
        "read 5 article(s) from 5 file(s); 1 file(s) gave no article")
