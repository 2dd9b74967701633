"""Whose rubles a bare «рублей» told in the first person is: the speaker's side.

A Belarusian official's «у нас в области вложено …», quoted in a Russian outlet, counts
Belarusian rubles; a Russian buyer's «закупаем … на …», quoted on a Belarusian site, counts
Russian ones. The speaker is named by the sentence's attribution («— говорит директор …»,
«— сообщил директор «Псковского торга»») or introduced before («— сказал он»). A Belarusian
speaker's sale with no word setting it at home is left to the article's reading, and in a
Belarusian article «внутри страны» sets a price at home even after Russian rubles named.
Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_a_belarusian_official_introduced_before_counts_his_rubles(tmp_path: Path) -> None:
    text = ("Псковщина и Витебщина: круглый стол\n"
            "Первый заместитель председателя Витебского облисполкома Иван Петров рассказал о "
            "кооперации. «У нас в области в обновление фермы за год вложено 640 млрд рублей», "
            "— сказал он.\n")
    got = facts_by_surface(tmp_path, text, published="2013-03-20", source="Псковская лента",
                           url="https://pskov-lenta.ru/news/1")
    assert got["640 млрд рублей"].amount.currency == "BYR"


def test_a_russian_buyer_quoted_on_a_belarusian_site_counts_russian_rubles(
        tmp_path: Path) -> None:
    text = ("Молочка из Лиды идёт в Псков\n"
            "«Каждый квартал мы закупаем у лидчан сыров на 12 млн рублей», — сообщил "
            "коммерческий директор «Псковского торга» Антон Сидоров.\n")
    got = facts_by_surface(tmp_path, text, published="2022-06-01", source="Лидская газета",
                           url="https://lida-gazeta.by/news/2")
    assert got["12 млн рублей"].amount.currency == "RUB"


def test_a_reply_after_the_attribution_in_one_sentence(tmp_path: Path) -> None:
    text = ("Насосы из Бобруйска\n"
            "— Россия даёт нам половину заказов, — говорит директор «Бобруйскагромаша» Олег "
            "Кузнецов. — За год выручка выросла до 95 млн рублей, в этом ждём больше.\n")
    got = facts_by_surface(tmp_path, text, published="2023-04-01", source="Машиностроение",
                           url="https://mash-review.ru/a/3")
    assert got["95 млн рублей"].amount.currency == "BYN"


def test_a_belarusian_speakers_sale_at_a_fair_in_russia_is_left_to_the_article(
        tmp_path: Path) -> None:
    text = ("Белорусская ярмарка в Твери\n"
            "За три дня белорусские производители продали товаров на 9 млн рублей.\n"
            "«В следующем году рассчитываем продать на 12 млн рублей», — сказал представитель "
            "посольства Республики Беларусь.\n")
    got = facts_by_surface(tmp_path, text, published="2019-09-10", source="Тверь сегодня",
                           url="https://tver-today.ru/a/4")
    assert got["12 млн рублей"].amount.currency == "RUB"


def test_at_home_after_named_russian_rubles_on_a_belarusian_site(tmp_path: Path) -> None:
    text = ("Кирпич из Гродно\n"
            "В Смоленске тысяча кирпичей стоит 14 000 российских рублей, внутри страны "
            "завод отпускает её по 420 рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2021-05-05", source="Гродзенская праўда",
                           url="https://grodnonews.by/a/5")
    assert got["420 рублей"].amount.currency == "BYN"


def test_the_belarusian_side_paying_counts_its_rubles_in_a_russian_outlet(
        tmp_path: Path) -> None:
    text = ("Оптика из Минска\n"
            "Российский партнёр вложил в сервисный центр 40 млн рублей. Белорусская сторона, "
            "со своей стороны, направила на новые станки в Минске 75 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2014-06-02", source="Оптика сегодня",
                           url="https://optika-today.ru/a/6")
    assert got["40 млн рублей"].amount.currency == "RUB"
    assert got["75 млрд рублей"].amount.currency == "BYR"


def test_a_belarusian_ministry_allocating_after_named_russian_rubles(tmp_path: Path) -> None:
    text = ("Совместный фильм\n"
            "Российский фонд дал на картину 50 млн российских рублей. Министерство культуры "
            "Беларуси выделило 2,5 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2022-03-01", source="Кино сегодня",
                           url="https://kino-segodnya.by/a/7")
    assert got["2,5 млн рублей"].amount.currency == "BYN"


def test_a_belarusian_makers_gate_price_after_a_moscow_price(tmp_path: Path) -> None:
    text = ("Огурцы к празднику\n"
            "На рынке в Москве килограмм огурцов стоит 250–300 российских рублей, белорусский "
            "производитель отпускает его по 4–5 рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2023-03-01", source="Агроновости",
                           url="https://agronews.by/a/8")
    assert got["4–5 рублей"].amount.currency == "BYN"


_TRANSCRIPT = ("Круглый стол «Гомель – Брянск». Стенограмма\n"
               "ВЕДУЩИЙ (Ольга Иванова): Слово гомельской стороне.\n"
               "СЕРГЕЙ КОЗЛОВ (комитет экономики Гомельского облисполкома): У нас в области "
               "предприятия вложили в станки 1,9 млрд рублей.\n"
               "ВЕДУЩИЙ: А поддержка экспорта?\n"
               "КОЗЛОВ: У нас лимит льготных кредитов по области — 30 млн рублей.\n"
               "НИНА ОРЛОВА (департамент экономики Брянской области): Мы выделили экспортёрам "
               "займов на 90 млн рублей.\n")


def test_a_transcripts_speaker_labels_tell_whose_rubles(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _TRANSCRIPT, published="2021-10-05",
                           source="Брянский экспортный центр", url="https://export32.ru/a/9")
    assert got["1,9 млрд рублей"].amount.currency == "BYN"
    assert got["30 млн рублей"].amount.currency == "BYN"
    assert got["90 млн рублей"].amount.currency == "RUB"
