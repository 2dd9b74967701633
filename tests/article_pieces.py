"""Hypothesis strategies for whole article texts built from the pieces real news pages are made
of: headlines, bylines and datelines with odd separators, site chrome, amounts in every format,
quotes and brackets (balanced or not), lists, flattened tables, Latin look-alikes, emoji,
zero-width and non-breaking spaces, very long and empty lines, lone punctuation lines, numbers
glued to words. Every text here is written for these tests (own words, news style).

Used by tests/test_fuzz_perarticle.py; scripts/mutate_corpora.py mutates the gold texts instead.
"""

from __future__ import annotations

import html

from hypothesis import strategies as st

MAKERS = ("Минский тракторный завод", "МАЗ", "БЕЛАЗ", "«Гомсельмаш»", "Бобруйскагромаш",
          "ОАО «Амкодор»", "Белшина", "МТЗ", "«Могилёвлифтмаш»", "Гродненский завод автоприцепов")
PARTNERS = ("ООО «Агромаш»", "смоленская компания «Техносоюз»", "АО «Брянсксельмаш»",
            "ярославское ООО «Волга-Сервис»", "компания «Урал Трак»", "«Кузбасс-Агро»",
            "Фонд развития промышленности")
# names as pages from abroad write them (Chinese, Greek, Armenian, full-width Latin), and glued
# to a sign that lost its neighbour in copying («潍柴/», «ΑΒΓ+»)
FOREIGN = ("潍柴", "三一重工", "徐工", "ΔΕΗ", "Ωμέγα", "ＳＡＮＹ", "ＢＹＤ", "Զանգեզուր", "თბილისი", "ª", "É",
           "Škoda", "Ülker", "ЎЎ", "Қазақ")
GLUE = ("", "", "/", "+", "&", "’", "‑", "|", "·", "-")
REGIONS = ("Смоленской области", "Брянской области", "Кемеровской области", "Татарстане",
           "Кузбассе", "Псковской области", "Амурской области", "Москве", "Санкт-Петербурге")
BY_PLACES = ("Минске", "Гомеле", "Могилёве", "Бресте", "Витебской области", "Гродно")
SOURCES = ("БелТА", "Могилёвские ведомости", "ТАСС", "Интерфакс-Запад", "Смоленская газета",
           "Деловой Минск", "regnum.ru", "Пресс-служба МТЗ")
DATES = ("17 сентября 2024", "03.04.2023", "2024-11-05", "12 марта 2024 года, 14:35", "вчера",
         "5 мая", "2019 г.", "31.12.2025 23:59")
SEPARATORS = (" · ", " | ", " • ", " — ", " / ", "·", "|", " – ", " ", " :: ", " ▪ ", "  ")
MONTHS = ("январе", "январе–сентябре", "I квартале", "первом полугодии", "2023 году", "прошлом году")

AMOUNTS = (
    "1,2 млрд долларов", "$1.2 bn", "1 200 000 руб.", "12,5 млн BYN", "€300–350", "$10–12 за тонну",
    "от двух до трёх миллиардов рублей", "два-три миллиарда", "2-х млрд рублей",
    "1 (одного) миллиона рублей", "минус 43,6 млн долларов", "98 тыс. рублей против примерно 90 тысяч",
    "1 404,6 рубля", "12 500 руб. (двенадцать тысяч пятьсот рублей)", "около $392 млн",
    "свыше 70 тыс.", "0,5 трлн рублей", "2 с половиной миллиарда", "USD 15 млн", "15 млн USD",
    "7,3 млрд рублей таможенных платежей", "100 тыс. – 500 тыс. рублей", "миллионов на триста",
    "3 млрд руб", "4.5 млн евро", "₽2,1 млрд", "1 млрд. 200 млн. рублей", "5 000 000,00 BYN",
    "9,8%", "на 12%", "сто двадцать миллионов", "1,45 млрд", "–300 млн", "+15,3%", "$", "млн",
    "1 000 000 000 000 000 000 рублей", "0,0 млн", "0 рублей", "1e9 рублей", "½ млрд",
)
VERBS = ("составил", "составит", "вырос на", "сократился до", "превысил", "достиг",
         "оценивается в", "может составить", "составил около")
METRICS = ("Товарооборот", "Экспорт", "Импорт", "Объём инвестиций", "Кредит", "Выручка",
           "Стоимость проекта", "Объём поставок", "Заём")


def _sentence_amount(d: st.DrawFn) -> str:
    metric, verb, amount = d(st.sampled_from(METRICS)), d(st.sampled_from(VERBS)), d(st.sampled_from(AMOUNTS))
    place = d(st.sampled_from(REGIONS))
    when = d(st.sampled_from(MONTHS))
    return d(st.sampled_from((
        f"{metric} {place} с Беларусью в {when} {verb} {amount}.",
        f"{metric} {verb} {amount}, сообщили в правительстве региона.",
        f"По итогам года — {amount}.",
        f"{amount} — {metric.lower()} за {when}",
        f"В {when} {metric.lower()} {verb} {amount} ({amount}).",
        f"«{metric} {verb} {amount}», — сказал губернатор.",
        f"{metric}: {amount}; годом ранее — {amount}.",
        f"Было {amount}, стало {amount}.",
    )))


def _partner(d: st.DrawFn) -> str:
    if d(st.integers(0, 3)):
        return d(st.sampled_from(PARTNERS))
    name = d(st.sampled_from(FOREIGN)) + d(st.sampled_from(GLUE))
    return d(st.sampled_from((name, f"компания {name}", f"ООО «{name}»", f"«{name}»")))


def _sentence_project(d: st.DrawFn) -> str:
    maker, partner = d(st.sampled_from(MAKERS)), _partner(d)
    place, by = d(st.sampled_from(REGIONS)), d(st.sampled_from(BY_PLACES))
    return d(st.sampled_from((
        f"{maker} и {partner} откроют сборку тракторов в {place}.",
        f"В {place} начнут собирать технику {maker}, соглашение подписано в {by}.",
        f"Сервисный центр {maker} заработал в {place}; партнёр — {partner}.",
        f"{partner} наладит выпуск кабин для {maker} — совместное производство.",
        f"Директор {maker} Иван Петров: «Локализация превысит 60 процентов».",
        f"Дилер {maker} в {place} — {partner}.",
        f"{maker} · {partner} · {place}",
        f"Партнёром стала {partner}, сообщили в пресс-службе.",
        f"По данным {partner}, поставки выросли.",
        f"Генеральный директор {partner} Иван Петров рассказал о сборке.",
    )))


def _headline(d: st.DrawFn) -> str:
    maker, place = d(st.sampled_from(MAKERS)), d(st.sampled_from(REGIONS))
    return d(st.sampled_from((
        f"{maker} соберёт тракторы в {place}",
        f"ЭКСКЛЮЗИВ | {maker}: сборка в {place}",
        f"Товарооборот вырос на 12% — {place}",
        f"{d(st.sampled_from(AMOUNTS))} на модернизацию",
        "Главное",
        f"{place.upper()}",
    )))


def _byline(d: st.DrawFn) -> str:
    source, date, sep = d(st.sampled_from(SOURCES)), d(st.sampled_from(DATES)), d(st.sampled_from(SEPARATORS))
    return d(st.sampled_from((
        f"{source}{sep}{date}",
        f"{date}{sep}{source}",
        f"Автор: Иван Петров{sep}{source}{sep}{date}",
        f"{d(st.sampled_from(BY_PLACES)).upper()}, {date}{sep}{source}.",
        f"МИНСК, 17 сен — {source}.",
        f"{sep.strip() or '·'}",
        f"Фото: {source}{sep}{date}",
    )))


CHROME = (
    "Подписывайтесь на наш канал в Telegram", "Читайте также:", "Главная / Экономика / Новости",
    "© 2024 Все права защищены", "Поделиться", "Реклама", "18+", "Комментарии (0)",
    "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "Теги: МТЗ, Смоленск, сборка",
    "Главная » Новости » Экономика", "ВКонтакте | Одноклассники | Telegram",
    "Источник: БелТА", "Фото из открытых источников", "Предыдущая новость | Следующая новость",
)
LONE = ("—", "·", "***", "...", "«", "»", ")", "(", "|", "•", "–", "-", "/", "\"", "„", "“", ":",
        "* * *", "…", "№", "%", "$", "₽", "€", "\u200b", "\u00a0", "\t", " ", "🚜", "1.", "I.")
ODD_CHARS = ("\u200b", "\u200c", "\u200d", "\ufeff", "\u00a0", "\u202f", "\u2009", "\u2060", "\u00ad",
             "🚜", "📈", "🇧🇾", "🇷🇺", "👉", "✅", "\t", "  ", "·", "|", "•", "—", "/", "«", "»", "„",
             "“", "\"", "(", ")", "[", "]", "…", "№", "\u0301", "\r")
# Latin letters that look like Cyrillic ones (the scanner folds some of them, the tagger none)
LOOKALIKES = str.maketrans("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX")


def _list_block(d: st.DrawFn) -> str:
    bullet = d(st.sampled_from(("• ", "- ", "— ", "1) ", "* ", "▪ ", "", "· ")))
    lead = d(st.sampled_from(("На что пойдут деньги в 2024 году:", "РЕГИОНЫ (товарооборот, янв.–июнь)",
                              "Главное:", "")))
    items = [f"{bullet}{d(st.sampled_from(AMOUNTS))} — {d(st.sampled_from(REGIONS))}"
             for _ in range(d(st.integers(1, 4)))]
    total = d(st.sampled_from(("", f"Итого: {d(st.sampled_from(AMOUNTS))}")))
    return "\n".join(x for x in (lead, *items, total) if x)


def _table_block(d: st.DrawFn) -> str:
    cell = d(st.sampled_from(("\t", " | ", "|", "  ", " ; ")))
    header = cell.join(("Регион", "2023", "2024", "Изм., %"))
    unit = d(st.sampled_from(("(млн долл. США)", "тыс. руб.", "", "млрд рублей:")))
    rows = []
    for _ in range(d(st.integers(1, 4))):
        numbers = d(st.lists(st.sampled_from(("1,2", "41,6", "–", "", "1 404,6", "(28,1)", "n/a", "0",
                                                "100,0", "12.5", "—", "х")), min_size=1, max_size=4))
        label = d(st.sampled_from(("Брянская", "Смоленская", "Итого", "", "в т.ч.")))
        rows.append(cell.join((label, *numbers)))
    return "\n".join(x for x in (unit, header, *rows) if x)


def _quoted(d: st.DrawFn) -> str:
    opening, closing = d(st.sampled_from((("«", "»"), ("\"", "\""), ("„", "“"), ("«", ""), ("", "»"),
                                          ("“", "”"), ("«", "„"), ("(", ""), ("[", "]"))))
    return f"{opening}{d(st.sampled_from(MAKERS))} {d(st.sampled_from(('поставит', 'и', '')))}{closing}" \
           f" {d(st.sampled_from(AMOUNTS))}"


def _glued(d: st.DrawFn) -> str:
    amount = d(st.sampled_from(AMOUNTS)).replace(" ", "")
    return d(st.sampled_from((f"на{amount}в2024году", f"выросна12%до{amount}", f"МТЗ-{amount}",
                              f"{d(st.sampled_from(REGIONS))}{amount}", f"2024г.{amount}руб.")))


def _line(d: st.DrawFn) -> str:
    kind = d(st.sampled_from(("amount", "amount", "project", "project", "byline", "chrome", "lone",
                              "list", "table", "quote", "glued", "empty", "long", "random")))
    if kind == "amount":
        return " ".join(_sentence_amount(d) for _ in range(d(st.integers(1, 3))))
    if kind == "project":
        return " ".join(_sentence_project(d) for _ in range(d(st.integers(1, 3))))
    if kind == "byline":
        return _byline(d)
    if kind == "chrome":
        return d(st.sampled_from(CHROME))
    if kind == "lone":
        return d(st.sampled_from(LONE))
    if kind == "list":
        return _list_block(d)
    if kind == "table":
        return _table_block(d)
    if kind == "quote":
        return _quoted(d)
    if kind == "glued":
        return _glued(d)
    if kind == "empty":
        return ""
    if kind == "long":
        return " ".join([_sentence_amount(d), _sentence_project(d)] * d(st.integers(20, 120)))
    return d(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))


def _sprinkle(d: st.DrawFn, text: str) -> str:
    """Odd characters put in at drawn places, and some letters swapped for Latin look-alikes."""
    chars = list(text)
    for _ in range(d(st.integers(0, 6))):
        if not chars:
            break
        at = d(st.integers(0, len(chars)))
        chars.insert(at, d(st.sampled_from(ODD_CHARS)))
    text = "".join(chars)
    if text and d(st.booleans()):
        start = d(st.integers(0, len(text) - 1))
        end = d(st.integers(start, min(len(text), start + 200)))
        text = text[:start] + text[start:end].translate(LOOKALIKES) + text[end:]
    return text


@st.composite
def article_texts(d: st.DrawFn) -> str:
    """One news file's text: a headline, maybe a byline, and lines of every kind."""
    head = [_headline(d)]
    if d(st.booleans()):
        head.append(_byline(d))
    body = [_line(d) for _ in range(d(st.integers(0, 8)))]
    text = "\n".join((*head, *body))
    if d(st.booleans()):
        text = _sprinkle(d, text)
    return text


def _html_line(d: st.DrawFn, line: str) -> str:
    text = html.escape(line, quote=False) if d(st.integers(0, 4)) else line  # now and then unescaped
    if "\t" in line or "|" in line:
        cells = "".join(f"<td>{html.escape(c)}</td>" for c in line.replace("|", "\t").split("\t"))
        return f"<table><tr>{cells}</tr></table>"
    return d(st.sampled_from((f"<p>{text}</p>", f"<p>{text}</p>", f"<li>{text}</li>", f"{text}<br>",
                              f"<div><span>{text}</span></div>", f"<blockquote>{text}</blockquote>",
                              f"<p><b>{text}</b></p>", f"<h2>{text}</h2>", f"<p>{text}")))


@st.composite
def article_files(d: st.DrawFn) -> tuple[str, str]:
    """(suffix, content) of one corpus file: a plain text file or, now and then, an HTML page
    with navigation and a footer around the same kind of text."""
    text = d(article_texts())
    if d(st.integers(0, 3)):
        return ".txt", text
    head, *body = text.split("\n")
    links = d(st.lists(st.sampled_from(CHROME), max_size=4))
    chrome = "".join(f"<a href='/x'>{html.escape(c)}</a> " for c in links)
    page = (f"<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'><title>{html.escape(head)}</title>"
            f"</head><body><nav>{chrome}</nav><article><h1>{html.escape(head)}</h1>"
            + "".join(_html_line(d, line) for line in body)
            + f"</article><footer>{chrome}</footer></body></html>")
    return ".html", page
