"""What a figure is, for the causes found in round 61's dev part (session 39, walk61money).
The texts are written for this test in the style of such pages and news.

- a news feed saved as fetched (RSS 2.0, Atom) is read item by item: each item's headline,
  date and lead are paragraphs (trafilatura finds no main text in a feed, so its news was
  lost), markup inside a lead (CDATA, escaped tags) dropped.
- «Курска», «Курской» are a city and a region, not the rate word «курс»: a figure after
  them is money.
- bare numbers in full digits listed before a money figure with no scale word, cut by commas
  and «и»/«или» («2 850 000, 2 990 000 и 3 130 000 руб.»), take its unit.
- a page that says once «суммы в тыс. руб., если не указано иное» gives its «Выручка: 846
  210.» items in that unit (a directory, a register): each item a one-row table led by the
  notice, its label (a money measure only) the metric, the notice the year.
- the Belarusian half of a bilingual release: its currency words («рублёў», «долараў ЗША»,
  «еўра», «расійскіх» / «беларускіх») and its trade words («экспарт», «кантракт») are read.
- which rubles a Belarusian site means: a bare ruble figure set after Russian rubles with
  «против» is the home one; «В российских рублях это …» opening the sentence, or a note in
  brackets closing the phrase («(цена организатора, российские рубли)») names them; the code
  BYN is the new ruble even in 2016, beside a sum told in the old.
- a level «с 1 декабря» told with no verb on a page of late November is the coming date
  (the nearest one), this year's; a date two months ahead or more is still last year's.
- «экспортно ориентированные предприятия» are a kind of firm, not an export: a budget's money
  «на поддержку» them is financing.
- a sentence with no figure that only compares the figure before («Это на 6% меньше, чем в
  2015 году, однако в IV квартале …») leaves the focus on that figure: the next figure takes
  its time, not the base year or the aside's quarter.
- a date alone on its line («Wed, 15 Feb 2017 10:12:00 +0300», «Дата: 12 октября 2016 г.,
  10:41», «> 11.10.2016») dates what follows it on a page with no date of its own: a feed's
  item, a message of a thread; «прошлого года», «в будущем году» are read against it.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface, load_gold_style

from analysis.ingest.feeds import feed_paragraphs, looks_like_feed
from analysis.money.item_dates import ItemDates

_FEED = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
         "<title>Минпромторг — новости сотрудничества</title>\n"
         "<link>https://example.ru/news/</link>\n"
         "<item>\n<title>Поставки тракторов из Белоруссии выросли</title>\n"
         "<pubDate>Tue, 14 Mar 2023 09:00:00 +0300</pubDate>\n"
         "<description>В прошлом году импорт белорусской техники в Россию составил "
         "1,8 млрд долларов.</description>\n</item>\n"
         "<item>\n<title>Новый кредит на модернизацию</title>\n"
         "<pubDate>Fri, 22 Dec 2023 17:45:00 +0300</pubDate>\n"
         "<description><![CDATA[<p>В будущем году <b>Минский моторный завод</b> получит "
         "кредит в 150 млн долларов.</p>]]></description>\n</item>\n"
         "</channel></rss>\n")


def test_a_feed_is_read_item_by_item() -> None:
    assert looks_like_feed(_FEED.encode())
    assert not looks_like_feed(b"<!DOCTYPE html><html><head><title>x</title></head></html>")
    paras = feed_paragraphs(_FEED)
    texts = [p.text for p in paras]
    assert texts[1] == "Поставки тракторов из Белоруссии выросли"
    assert texts[2] == "Tue, 14 Mar 2023 09:00:00 +0300"
    # the CDATA lead's markup is dropped, its text maps back into the source verbatim
    lead = next(p for p in paras if "млн" in p.text)
    assert lead.text == "В будущем году Минский моторный завод получит кредит в 150 млн долларов."
    for s in lead.segs:
        assert _FEED[s.orig_start:s.orig_end] == lead.text[s.clean_start:s.clean_start + s.length]


def test_a_feed_items_figures_take_the_items_own_date(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, _FEED)
    assert facts["1,8 млрд долларов"].metric == "import"
    assert facts["1,8 млрд долларов"].year == 2022  # «в прошлом году» of a March 2023 item
    assert facts["150 млн долларов"].year == 2024  # «в будущем году» of a December 2023 item


def test_date_lines_of_a_thread_and_a_feed() -> None:
    text = ("От: Петров Игорь\nДата: 12 октября 2016 г., 10:41\nТема: счёт\n"
            "Текст письма.\n> Дата: 11.10.2016\n> Ответ.\n2017-02-15T10:12:00+03:00\nЛид.")
    dates = ItemDates(text)
    assert dates.at(0) is None  # nothing dated before the first date line
    assert str(dates.at(text.index("Текст"))) == "2016-10-12"
    assert str(dates.at(text.index("Ответ"))) == "2016-10-11"
    assert str(dates.at(text.index("Лид"))) == "2017-02-15"
    # a date inside a sentence dates no part of the page
    assert not ItemDates("Договор подписан 12 октября 2016 г. в Минске.")


def test_a_stated_publication_date_dates_the_whole_text(tmp_path: Path) -> None:
    article = load_gold_style(tmp_path, "Дата: 12 октября 2016 г.\nВ прошлом году экспорт "
                              "составил 5 млн долларов.", published="2020-05-01")
    assert not ItemDates.of_undated(article, article.text)


def test_a_city_named_like_a_rate_word_is_no_rate() -> None:
    from analysis.money import find_amounts

    text = ("Источник финансирования: бюджет города Курска – 5 400 000,00 руб., субсидия "
            "из бюджета Курской области – 3 600 000,00 руб.")
    assert [a.value for a in find_amounts(text)] == [5_400_000.0, 3_600_000.0]
    assert find_amounts("Курс доллара на бирже – 92,5 руб.") == []  # the rate itself stays out


def test_a_list_closed_by_a_money_figure_takes_its_unit() -> None:
    from analysis.money import find_amounts

    offers = "Цена взята из трёх предложений (1 950 000, 2 040 000 и 2 110 000 руб.)."
    assert [(a.surface, a.value, a.implied_currency) for a in find_amounts(offers)] == [
        ("1 950 000", 1_950_000.0, True), ("2 040 000", 2_040_000.0, True),
        ("2 110 000 руб.", 2_110_000.0, False)]
    # a list of scaled figures stays `elided.py`'s, read only with «соответственно» (session 35)
    assert "4,5" not in {a.surface for a in find_amounts("Дилеры просят 4,2, 4,5 или 4,9 млн рублей.")}
    # years, model numbers and numbers of another order before the figure are no items
    assert len(find_amounts("В 2019, 2020 и 2021 годах выделяли по 3,1 млн рублей.")) == 1
    assert len(find_amounts("Модели 82, 92 и 1025 стоят по 3 100 000 руб.")) == 1
    assert len(find_amounts("Штрафы 15 000 и 2 100 000 руб. назначены разным компаниям.")) == 1


_DIRECTORY = ("Партнёры белорусских заводов в Брянской области\n"
              "Показатели – по бухгалтерской отчётности за 2022 год; суммы в тыс. руб., "
              "если не указано иное.\n"
              "ООО «Брянскагроснаб», г. Клинцы\n"
              "Дилер техники МТЗ. Выручка: 512 300. Закупки в Беларуси: ≈ 70% товаров.\n"
              "Численность персонала: 140. Оценка покупателей: 4,8 из 5.\n"
              "АО «Новозыбковский станкозавод»\n"
              "Станки и оснастка. Выручка: 981 450. Экспорт в РБ: 74 200.\n")


def test_bare_figures_under_a_unit_notice_are_money_in_its_unit(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, _DIRECTORY)
    assert facts["512 300"].amount.value == 512_300_000.0
    assert facts["512 300"].amount.currency == "RUB"
    assert facts["512 300"].year == 2022  # the notice's year
    assert facts["74 200"].metric == "export"
    assert facts["981 450"].metric == "other"  # a company's revenue
    # a count, a rating and a share are no items, whatever the notice says
    assert not {"140", "4,8", "70%"} & set(facts)


def test_a_unit_told_in_a_sentence_is_no_notice(tmp_path: Path) -> None:
    text = ("Выручка завода выросла до 12 млн рублей.\n"
            "Итоги года. Численность: 140. Выручка: 512 300.\n")
    assert "512 300" not in facts_by_surface(tmp_path, text)


def test_belarusian_language_currency_words() -> None:
    from analysis.money import find_amounts

    text = ("Кошт праекта – 312 млн расійскіх рублёў, укладанні – 4,5 млн долараў ЗША "
            "і 2 млн еўра, крэдыт – 18 млн беларускіх рублёў.")
    assert [(a.surface, a.currency) for a in find_amounts(text)] == [
        ("312 млн расійскіх рублёў", "RUB"), ("4,5 млн долараў ЗША", "USD"),
        ("2 млн еўра", "EUR"), ("18 млн беларускіх рублёў", "BYN")]


def test_belarusian_language_half_of_a_bilingual_release(tmp_path: Path) -> None:
    text = ("[БЕЛ]\nЭкспарт завода ў Расію склаў 12,6 млн долараў ЗША. Кошт кантракта – "
            "95 млн расійскіх рублёў.\n[РУС]\nЭкспорт завода в Россию составил 12,6 млн долларов "
            "США. Стоимость контракта – 95 млн российских рублей.")
    facts = facts_by_surface(tmp_path, text, url="https://zavod.example.by/press/2023-05-04")
    assert facts["12,6 млн долараў ЗША"].metric == "export"
    # named Russian rubles stay Russian on a Belarusian site, in either language
    assert facts["95 млн расійскіх рублёў"].amount.currency == "RUB"
    assert facts["95 млн расійскіх рублёў"].metric == "agreements"


def _currency_of(tmp_path: Path, text: str, surface: str, published: str) -> str:
    facts = facts_by_surface(tmp_path, text, url="https://gazeta.example.by/a/1", published=published)
    return facts[surface].amount.currency


def test_which_rubles_a_belarusian_site_means(tmp_path: Path) -> None:
    # the home price set after the Russian one with «против» is in the home rubles
    assert _currency_of(tmp_path / "a", "Сколько стоит тягач в России и дома: 14,2 млн российских "
                        "рублей против 410 тыс. рублей.", "410 тыс. рублей", "2024-03-01") == "BYN"
    # a sentence opening «В российских рублях это …» gives the bare figure its rubles
    assert _currency_of(tmp_path / "b", "Выручка за год – 96 млн рублей. В российских рублях это "
                        "примерно 2,7 млрд.", "примерно 2,7 млрд", "2024-03-01") == "RUB"
    # a note closing the phrase says which rubles («(цена организатора, российские рубли)»)
    assert _currency_of(tmp_path / "c", "Стенд на выставке в Казани – от 9 800 рублей за кв. м "
                        "(цена организатора, российские рубли).", "от 9 800 рублей", "2010-02-01") == "RUB"
    # the code BYN names the new rubles, even beside a sum in the old ones in 2016
    assert _currency_of(tmp_path / "d", "Цена с 1 сентября – 350 тыс. российских рублей (до "
                        "деноминации это было бы почти 110 млн белорусских, сейчас – около 11 тыс. "
                        "BYN).", "около 11 тыс. BYN", "2016-09-05") == "BYN"


def test_a_start_date_in_the_next_month_is_the_coming_one(tmp_path: Path) -> None:
    url = "https://gazeta.example.by/"
    coming = facts_by_surface(tmp_path / "a", "Тариф на электроэнергию с 1 марта – 0,31 рубля "
                              "за киловатт-час.", url=url, published="2024-02-20")
    assert coming["0,31 рубля"].year == 2024  # days ahead, not eleven months back
    back = facts_by_surface(tmp_path / "b", "Тариф на электроэнергию с 1 октября – 0,31 рубля "
                            "за киловатт-час.", url=url, published="2024-02-20")
    assert back["0,31 рубля"].year == 2023  # the last 1 October before the text


def test_export_oriented_firms_are_a_kind_of_firm(tmp_path: Path) -> None:
    text = ("В областном бюджете на следующий год на поддержку экспортно ориентированных "
            "предприятий предусмотрено 45 млн рублей.")
    facts = facts_by_surface(tmp_path, text, url="https://region.example.ru/a", published="2022-10-01")
    assert facts["45 млн рублей"].metric == "financing"


def test_a_comment_comparing_the_figure_does_not_move_the_focus(tmp_path: Path) -> None:
    text = ("По итогам прошлого года товарооборот края с Беларусью составил 412,5 млн долларов. "
            "Это на 8% больше, чем в 2019 году, хотя во втором квартале был спад. Экспорт края "
            "в республику – 150,2 млн долларов.")
    facts = facts_by_surface(tmp_path, text, url="https://krai.example.ru/a", published="2021-03-10")
    assert facts["150,2 млн долларов"].year == 2020  # the figure in focus, not the base year
    assert facts["150,2 млн долларов"].period is None  # nor the comment's quarter
