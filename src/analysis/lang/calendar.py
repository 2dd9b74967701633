"""The calendar of Russian news: months, quarters, halves, seasons, relative years.

The words are data (`data/calendar_ru.json`); this module only indexes them. Every stage
that reads or writes a month, a quarter or «в прошлом году» asks here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Month:
    """One month and the words news uses for it."""

    number: int  # 1..12
    nominative: str  # «январь»
    genitive: str  # «января»: dates («5 января»)
    prepositional: str  # «январе»: «в январе»
    stem: str  # shortest prefix shared by every case form («январ», «ма»)
    en: str  # "Jan"
    # «янв», «сент»: the abbreviations tables and captions write with a dot («янв.–июнь»)
    abbreviations: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, str, str]:
        """The case forms (nominative, genitive, prepositional), in that order."""
        return self.nominative, self.genitive, self.prepositional


@dataclass(frozen=True)
class Season:
    """A season as a word stem and the month it ends in."""

    stem: str  # «весн», «лет», «осен», «зим»
    en: str  # "spring"
    last_month: int  # the month it ends in (winter ends in February of the next year: 14)
    nominative: str = ""  # «осень»: the season's name for a reader


@dataclass(frozen=True)
class Calendar:
    """The calendar vocabulary of `data/calendar_ru.json`, indexed."""

    months: tuple[Month, ...]
    roman: tuple[str, ...]  # "I".."IV": quarters and halves as the news writes them
    ordinal_stems: dict[str, int]  # «перв» → 1 …: «первый квартал», «втором полугодии»
    quarter_word: str
    half_word: str
    seasons: tuple[Season, ...]
    relative_years: dict[str, int]  # lemma → offset from the publication year
    month_counts: dict[str, int]  # «девяти» → 9: «за девять месяцев»
    # (pattern, offset) of phrases that count from the figure in focus: «годом ранее» → -1
    focus_years: tuple[tuple[str, int], ...] = ()
    horizons: tuple[str, ...] = ()  # «в ближайшие два года»: spans that fix no year
    present_words: tuple[str, ...] = ()  # «сейчас», «теперь»: the moment of writing
    # «к уровню», «по сравнению с», «к соответствующему периоду»: a year after these is a
    # comparison base, not the figure's year
    comparison_bases: tuple[str, ...] = ()
    not_time_words: tuple[str, ...] = ()  # «вологод», «выгод»: «год» inside a word, no time
    since_words: tuple[str, ...] = ()  # «с», «начиная с» before «2023 года»: a lower bound
    recall_words: tuple[str, ...] = ()  # «Напомним, …»: the sentence tells of the past
    # «во второй половине», «в III квартале», «в конце» before «2025 года»: a part of the year
    year_part_words: tuple[str, ...] = ()
    # «запуск намечен на», «начнут выпуск в» before «2026 году»: a start set for that year
    start_words: tuple[str, ...] = ()
    # «прошлогодний результат», «прошлогодний объём»: nouns of a figure last year's adjective
    # dates (not «прошлогодний лидер рейтинга»)
    last_year_nouns: tuple[str, ...] = ()
    # «когда», «в котором», «тогда» after a comparison year: a clause telling that year's own
    # figure («к 2010 году, когда он равнялся 28,1 млрд»)
    base_clause_words: tuple[str, ...] = ()
    # «Дата:», «Sent:», «Опубликовано:» before a date alone on its line: it dates what follows
    date_line_labels: tuple[str, ...] = ()
    # «{count} лет (тому) назад»: a year counted back from the time of writing (`money.years_ago`)
    years_ago: str = ""
    # «с момента запуска … в»: a year the count runs from (`money.since_start`)
    since_start_words: tuple[str, ...] = ()

    def month(self, word: str) -> Month | None:
        """The month a word names in any case form («январе», «Мая», «март»), else None."""
        low = word.lower()
        for m in self.months:
            if low in m.forms or low.rstrip(".") in m.abbreviations:
                return m
        # «ма» is also the start of «март»: the longer stems are tried first
        for m in sorted(self.months, key=lambda m: -len(m.stem)):
            if low.startswith(m.stem) and not (m.number == 5 and low.startswith("март")):
                return m
        return None

    def month_number(self, word: str) -> int | None:
        """1..12 for a word naming a month (see `month`), else None."""
        m = self.month(word)
        return m.number if m else None

    def nominative(self, number: int) -> str:
        """«январь» for 1."""
        return self.months[number - 1].nominative

    def genitive(self, number: int) -> str:
        """«января» for 1."""
        return self.months[number - 1].genitive

    def en(self, number: int) -> str:
        """The English abbreviation ("Jan" for 1)."""
        return self.months[number - 1].en

    def relative_year(self, lemma: str) -> int | None:
        """Offset of a relative-year word's lemma («прошлый» → -1), else None."""
        return self.relative_years.get(lemma)


def _load(data: dict[str, Any]) -> Calendar:
    months = tuple(Month(i, **{k: m[k] for k in ("nominative", "genitive", "prepositional",
                                                    "stem", "en")},
                         abbreviations=tuple(m.get("abbreviations", ())))
                   for i, m in enumerate(data["months"], start=1))
    return Calendar(
        months=months, roman=tuple(data["roman"]), ordinal_stems=dict(data["ordinal_stems"]),
        quarter_word=data["quarter_word"], half_word=data["half_word"],
        seasons=tuple(Season(**s) for s in data["seasons"]),
        relative_years=dict(data["relative_years"]), month_counts=dict(data["month_counts"]),
        focus_years=tuple((rx, int(off)) for rx, off in data.get("focus_years", ())),
        horizons=tuple(data.get("horizons", ())),
        present_words=tuple(data.get("present_words", ())),
        comparison_bases=tuple(data.get("comparison_bases", ())),
        not_time_words=tuple(data.get("not_time_words", ())),
        since_words=tuple(data.get("since_words", ())),
        recall_words=tuple(data.get("recall_words", ())),
        year_part_words=tuple(data.get("year_part_words", ())),
        start_words=tuple(data.get("start_words", ())),
        last_year_nouns=tuple(data.get("last_year_nouns", ())),
        base_clause_words=tuple(data.get("base_clause_words", ())),
        date_line_labels=tuple(data.get("date_line_labels", ())),
        years_ago=data.get("years_ago", ""),
        since_start_words=tuple(data.get("since_start_words", ())))


@cache
def calendar() -> Calendar:
    """The Russian calendar vocabulary (read once per process)."""
    path = resources.files("analysis").joinpath("data", "calendar_ru.json")
    return _load(json.loads(path.read_text(encoding="utf-8")))
