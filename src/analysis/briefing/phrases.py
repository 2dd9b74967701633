"""Pieces of text the sections share: an amount with its conversion, who trades, the
filters in words, a chart's unit. Every word comes from the label table."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

import pandas as pd

from analysis.briefing import selection
from analysis.briefing.chart_values import ChartValues, chart_values
from analysis.briefing.citations import Citations
from analysis.briefing.figrows import disagreeing, ids, shown_beside, statements
from analysis.briefing.formatting import (
    Html,
    as_text,
    count_phrase,
    esc,
    fmt_converted,
    fmt_money,
    isblank,
)
from analysis.briefing.labels import LABELS, flag_reason, region_name, t
from analysis.briefing.names import names
from analysis.briefing.oblasts import figure_oblast
from analysis.briefing.rows import (
    halt_of_its_project,
    has_region,
    is_target,
    kind_label_key,
    level_label_key,
    level_qualifier,
    pair_abroad,
    year_of,
)
from analysis.briefing.state import BriefingState
from analysis.entities import names_russia_alone, names_states_money, names_union_state_money
from analysis.lang import calendar
from analysis.money.fx import ROUGH_PATTERN
from analysis.projects import names_a_product
from analysis.vocab import BELARUS_OBLAST, FLOW_OTHER, QUALIFIERS, REGIONAL_OBLAST, TRADE_METRICS

# Conversion sources a converted value names (the package table is the default, said once
# in the method note).
FLAGGED_ORIGINS = ("ecb", "user", "ecb_user")


class Phrases(BriefingState):
    """Text pieces built from one row or from the briefing's parameters."""

    def empty(self, key: str) -> Html:
        """The paragraph a section shows when it has nothing (`key`: an ``empty.*`` label)."""
        return Html(f'<p class="empty">{esc(t(key, self.lang))}</p>')

    def heading(self, key: str, level: int = 2) -> Html:
        return Html(f"<h{level}>{esc(t(f'h.{key}', self.lang))}</h{level}>")

    def years_text(self) -> str:
        if not self.year_from and not self.year_to:
            return t("all_years", self.lang)
        if self.year_from and self.year_to:
            return f"{self.year_from}–{self.year_to}" if self.year_from != self.year_to \
                else str(self.year_from)
        if self.year_from:
            return t("years.from", self.lang, year=self.year_from)
        return t("years.to", self.lang, year=self.year_to)

    def filters_text(self) -> str:
        parts = []
        if self.region:
            parts.append(f"{t('p.region', self.lang).lower()}: {region_name(self.region, self.lang)}")
        if self.by_year:
            parts.append(f"{t('p.years', self.lang).lower()}: {self.years_text()}")
        return "; ".join(parts) or t("all_regions", self.lang)

    def amount_text(self, row: Mapping[str, Any]) -> str:
        """An amount as reported («свыше $50 млрд»), escaped. A plan's «до» («увеличить
        производство до $25 млрд») is the level aimed at, not a ceiling: "target $25 bn"."""
        if is_target(row):
            return esc(f"{t(level_label_key(row), self.lang)} " + fmt_money(
                row.get("value"), row.get("currency"), self.lang, level_qualifier(row)))
        return esc(fmt_money(row.get("value"), row.get("currency"), self.lang,
                             row.get("qualifier") or "exact", row.get("value_high")))

    def money(self, row: Mapping[str, Any], with_conversion: bool = True) -> str:
        """An amount as reported, with its conversion when the currency differs."""
        text = self.amount_text(row)
        if not with_conversion:
            return text
        conv = self.conversion(row)
        return f"{text} ({esc(conv)})" if conv else text

    def money_with_notes(self, row: Mapping[str, Any]) -> str:
        """«свыше 100 млрд руб. (Смоленская область; ≈ $1,2 млрд по …)»: the region (unless
        the whole briefing is about it) and the conversion in one parenthesis."""
        text = self.amount_text(row)
        notes = []
        reg = row.get("region")
        if has_region(row) and str(reg) != self.region:
            notes.append(region_name(reg, self.lang))
        conv = self.conversion(row)
        if conv:
            notes.append(conv)
        if bool(row.get("forecast")):
            notes.append(t("mark.forecast", self.lang))
        if (halt := halt_of_its_project(row, self.projects)) is not None:
            notes.append(t("mark.project_halt", self.lang, halt=t(f"h.{halt}", self.lang)))
        return f"{text} ({esc('; '.join(notes))})" if notes else text

    def conversion(self, row: Mapping[str, Any]) -> str:
        """«≈ $1,2 млрд по среднегодовому курсу 2024 г.»; "" when no conversion is needed.
        A rate from beyond the package table says where it came from («курсы ЕЦБ»)."""
        same = str(row.get("currency") or "").upper() == self.currency
        year = row.get("fx_year")
        if isblank(year):
            year = year_of(row)
        origin = row.get("fx_origin")
        file = PurePath(self.rates_file).name
        if origin == "ecb" and self.rates_file and file in self.rates_tables(row):
            origin = "ecb_user"  # the ECB cross went through the analyst's own rate
        source = t(f"fx.src.{origin}", self.lang, file=file) if origin in FLAGGED_ORIGINS else ""
        if rough := ROUGH_PATTERN.search(str(row.get("fx_note") or "")):
            # a rate rounded by its source («1.0» BYN per dollar, 2014): how rough (new user 35)
            rounded = t("fx.rough", self.lang, pct=rough.group(1))
            source = f"{source}; {rounded}" if source else rounded
        if not same and isblank(row.get("converted_value")) and not isblank(year) \
                and not isblank(row.get("value")) and (latest := selection.at_latest_rate(
                    float(row["value"]), str(row.get("currency") or ""), self.currency, int(year),
                    self.rates)) is not None:
            # «нет курса за 2026 г.; по последнему известному курсу (2025 г.) ≈ $3,5 млн»
            return t("conv.no_rate_latest", self.lang, year=int(year), rate_year=latest[1],
                     amount=fmt_money(latest[0], self.currency, self.lang, decimals=1))
        return fmt_converted(row.get("converted_value"), self.currency, year, self.lang,
                             same_currency=same, source=source)

    @staticmethod
    def rates_tables(row: Mapping[str, Any]) -> list[str]:
        """The rates tables a row's conversion used, as the conversion recorded them
        (`fx_tables`: a file's name, the ECB's, the package table's)."""
        from analysis.money import TABLES_SEPARATOR

        tables = row.get("fx_tables")
        return [] if isblank(tables) else str(tables).split(TABLES_SEPARATOR)

    def year_cell(self, row: Mapping[str, Any]) -> str:
        """A table's year cell, never blank: the figure's year; else the year its conversion
        used (the publication year), marked as such; else «год не указан». Escaped."""
        y = year_of(row)
        if y is not None:
            return str(y)
        if row.get("year_source") == "span":  # «на 2026–2029 годы»: the quote gives the years
            return esc(t("year_span", self.lang))
        used = row.get("fx_year")
        if not isblank(used):
            return (f'{int(used)}<span class="sub inferred">'
                    f'{esc(t("year.publication", self.lang))}</span>')
        if row.get("year_source") == "earlier":  # «Напомним, ранее …»: earlier news
            return esc(t("year_earlier", self.lang))
        return esc(t("year_unknown", self.lang))

    def year_period_cell(self, row: Mapping[str, Any]) -> str:
        """A table's year cell with the figure's period under it («2026» over «январь–
        сентябрь»): a part of a year never reads as the whole year. Escaped."""
        return self.year_cell(row) + self.period_sub(row)

    def period_sub(self, row: Mapping[str, Any]) -> str:
        """The figure's period as a cell's second line ("" when it has none)."""
        period = row.get("period")
        if isblank(period) or not str(period):
            return ""
        return f'<span class="sub">{esc(self.period_words(str(period)))}</span>'

    def year_note(self, rows: pd.DataFrame) -> str:
        """The note under a table whose year cells include publication years ("" if none)."""
        for r in rows.to_dict("records"):
            if year_of(r) is None and not isblank(r.get("fx_year")) and r.get("year_source") != "span":
                return f'<p class="table-note">{esc(t("year.publication_note", self.lang))}</p>'
        return ""

    def scope(self, row: Mapping[str, Any]) -> str:
        """The region a figure is about, or Russia–Belarus, escaped; a trade figure of the
        two countries together with the rest of the world says so (its scope, `rows.pair_abroad`);
        one Belarusian oblast's names the oblast: «Могилёвская область — Россия», «Смоленская
        область — Могилёвская область» (`briefing.oblasts`)."""
        if pair_abroad(row):
            return esc(t("pair_abroad", self.lang))
        scope = row.get("scope")
        if scope in (BELARUS_OBLAST, REGIONAL_OBLAST):
            oblast = figure_oblast(row, self.mention_index, self.article_titles)
            name = t("oblast.unnamed", self.lang) if oblast is None else \
                oblast.nom if self.lang == "ru" else oblast.en
            if scope == BELARUS_OBLAST:
                # (an oblast's own investment is no trade with Russia: «Гомельская область
                # (Беларусь)»)
                return esc(t("oblast.with_russia" if row.get("metric") in TRADE_METRICS
                             else "oblast.own", self.lang, oblast=name))
            return esc(t("oblast.with_region", self.lang, oblast=name,
                         region=region_name(row.get("region"), self.lang)))
        return esc(self.region_label(row))

    def region_label(self, row: Mapping[str, Any]) -> str:
        """A figure's region as the tables name it (plain text): a trade figure with no
        region is Russia–Belarus, unless its flow is with third countries (newuser42 F4); an
        investment or a credit with no region is «регион не назван» (a plant's own, a bank's
        loan to a firm), unless the two states give it as states (newuser42 F9)."""
        if has_region(row):
            return region_name(row.get("region"), self.lang)
        if row.get("metric") in TRADE_METRICS:
            third = as_text(row.get("flow")).strip() == FLOW_OTHER
            return t("no_region.third_markets" if third else "no_region", self.lang)
        told = [self.mention_index.get(m) or {}
                for m in ids(row.get("mention_ids")) or ids(row.get("mention_id"))]
        if any(names_union_state_money(as_text(m.get("sentence"))) for m in told):
            return t("no_region.union_state", self.lang)  # the Union State's own programmes
        if any(names_states_money(as_text(m.get("sentence"))) for m in told):
            return t("no_region", self.lang)  # the two states' own credit
        if told and all(names_russia_alone(as_text(m.get("sentence"))) or names_russia_alone(
                as_text(m.get("context_sentence"))) for m in told):
            # «В целом по России банк профинансировал … на 3,2 млрд» (or the sentence it goes
            # on from: «… объём такого кредитования вырастет до 4 млрд»): the whole country
            return t("no_region.russia_alone", self.lang)
        return t("no_region.money", self.lang)

    def project_name(self, row: Mapping[str, Any]) -> str:
        """A project's product (else its enterprises, else its id), escaped. A label that
        names no product («сборка», «сервисный центр») gives way to the enterprises."""
        label = as_text(row.get("product"))
        ents = self.enterprise_list(row)
        if self.lang == "ru":
            product = label.strip() if not ents or names_a_product(label) else ""
        elif not ents:  # nothing else to go by: a transliteration if there is no gloss
            product = names().product(label, self.lang)
        else:  # the enterprises rather than a transliteration («Servisnyy tsentr gruppy»);
            # the goods in known words rather than the enterprises (newuser39's Tula pumps)
            product = (names().english_product(label, lenient=True) or "") \
                if names_a_product(label) else ""
        kind = kind_label_key(row)
        if not product and ents and kind != "k.other":
            # «Сервисный центр МТЗ»: a project the text names only by its firm is told by
            # what it is and whose (new user 40), not by the firm's name alone
            product = t("project.by_firms", self.lang, kind=t(kind, self.lang), firms=ents)
        name = (product or ents or as_text(row.get("project_id"))).strip()
        # the register quotes the text's own words ("собирать БЕЛАЗы"): start them like a name
        return esc(name[:1].upper() + name[1:])

    def enterprise_list(self, row: Mapping[str, Any]) -> str:
        """A project's enterprises, comma-separated, named in the briefing's language."""
        return names().enterprises(as_text(row.get("enterprises")), self.lang)

    def trade_subject(self, trade: Mapping[str, Any]) -> str:
        """Who trades: Russia and Belarus, this briefing's region, or a named region (kept
        in the nominative, in parentheses, so Russian grammar never breaks)."""
        reg = trade.get("region")
        if not has_region(trade):
            return t("trade.who.national", self.lang)
        if str(reg) == self.region:
            return t("trade.who.own_region", self.lang)
        return t("trade.who.region", self.lang, region=esc(region_name(reg, self.lang)))

    def when_text(self, row: Mapping[str, Any]) -> str:
        """The period of a figure in words: «за январь–август 2025 г.», «с начала 2024 г.»
        ("" for a whole year)."""
        period = row.get("period")
        if isblank(period) or not str(period):
            return ""
        y = year_of(row)
        key = f"period.{period}"
        if key in LABELS and y is not None:
            return t(key, self.lang, year=y)
        words = self.period_words(str(period))
        if y is None:
            return t("period.no_year", self.lang, period=words)
        return t("period.any", self.lang, period=words, year=y)

    def period_words(self, period: str) -> str:
        """A period as the figures table writes it («январь–август», «I полугодие», «9
        месяцев»), in the briefing's language ("Jan–Aug", "H1", "9 months" in English; as
        written when it is not one of these)."""
        if self.lang == "ru":
            return period
        cal = calendar()
        words = period.replace("-", "–").split()
        months = [cal.month(w) for w in period.replace("–", " ").replace("-", " ").split()]
        if months and all(months):
            return "–".join(m.en for m in months if m is not None)
        if len(words) == 2 and words[0] in cal.roman:
            unit = {cal.quarter_word: "period.quarter", cal.half_word: "period.half"}.get(words[1])
            if unit:
                return t(unit, self.lang, n=cal.roman.index(words[0]) + 1)
        if len(words) == 2 and words[0].isdigit() and words[1].startswith("месяц"):
            return t("period.months", self.lang, n=int(words[0]))
        return period

    def trade_sentence(self, trade: Mapping[str, Any]) -> str:
        """«По итогам 2024 г. товарооборот России и Беларуси превысил $50 млрд (…)[1].», or
        «За январь–август 2025 г. …» for part of a year; a conflict adds what the other
        sources say («; по другим данным — $49,8 млрд[3]»)."""
        y = year_of(trade)
        q = trade.get("qualifier") or "exact"
        # the qualifier goes into the verb («превысил»), so the amount is written bare
        amount = esc(fmt_money(trade["value"], trade["currency"], self.lang,
                               "range" if q == "range" else "exact", trade.get("value_high")))
        verb = t(f"verb.{q}" if q in QUALIFIERS else "verb.exact", self.lang)
        conv = self.conversion(trade)
        conv = f" ({esc(conv)})" if conv else ""
        when = self.when_text(trade)
        if when:
            s = t("trade.in_period", self.lang, when=when, who=self.trade_subject(trade),
                  verb=verb, amount=amount, conv=conv)
        else:
            s = t("trade.in_year" if y else "trade.latest", self.lang, year=y,
                  who=self.trade_subject(trade), verb=verb, amount=amount, conv=conv)
        others_said = disagreeing(trade)
        if others_said:
            mark = Citations.mark(self.mention_cites(statements(trade)[0].mention_ids)) \
                or self.cite(trade)
            others = " / ".join(self.statement_text(st, trade) for st in others_said)
            return s[0].upper() + s[1:] + mark + t("conflict.others", self.lang, others=others) + "."
        return s[0].upper() + s[1:] + self.cite(trade) + "."

    def statement_text(self, said: Any, row: Mapping[str, Any]) -> str:
        """One statement of a figure with its citations: «свыше $50 млрд[1,4]», «от $54 до 55
        млрд[2]» (a range's top read from its mention), escaped."""
        high = None
        if said.qualifier == "range" and said.mention_ids:
            high = self.mention_index.get(said.mention_ids[0], {}).get("value_high")
        text = esc(fmt_money(said.value, row.get("currency"), self.lang, said.qualifier, high))
        return text + Citations.mark(self.mention_cites(said.mention_ids))

    def figure_amount(self, row: Mapping[str, Any]) -> str:
        """A figure's amount cell: its value, or, where the sources conflict, every statement
        side by side with the value («$50 млрд[3] / $51 млрд[7]»: those that cannot be true with
        it, `figrows.disagreeing`; a forecast's other statements: `figrows.shown_beside`); a
        forecast and a flag marked. Escaped."""
        others = shown_beside(row)
        if others:
            text = " / ".join(self.statement_text(st, row) for st in [statements(row)[0], *others])
        else:
            text = self.amount_text(row)
        return text + self.figure_marks(row)

    def figure_marks(self, row: Mapping[str, Any]) -> str:
        """The marks after a figure: «прогноз», and why a flagged one is left out of the
        charts and the lead. Escaped."""
        marks = ""
        if bool(row.get("forecast")):
            marks += f' <span class="tag forecast">{esc(t("mark.forecast", self.lang))}</span>'
        if not bool(row.get("plausible", True)):
            why = flag_reason(str(row.get("reason") or ""), self.lang)
            marks += (f'<span class="flag">{esc(t("mark.flagged", self.lang))}: '
                      f"{esc(why)}</span>")
        return marks

    def sources_count(self, row: Mapping[str, Any]) -> str:
        """How many independent articles give a figure (1 for a single amount)."""
        n = row.get("n_sources")
        return "1" if isblank(n) else str(int(n))

    def status_phrase(self) -> str:
        """«действует — 1, в работе — 2», escaped."""
        return ", ".join(f"{esc(t(key, self.lang))} — {n}" for key, n in self.status_counts())

    def projects_where(self, key: str, plural_key: str) -> str:
        """Where the projects are: «в 3 регионах России» (`key`), or, when some have no
        Russian region (Belarus's or the Union State's as a whole), the two counted apart:
        «: 11 в 3 регионах России и 1 в Беларуси …» (`key`_split, after a colon), with the
        separator to append it after the count. "" with no region at all."""
        named = [str(r) for r in self.projects["region"] if not isblank(r) and str(r)]
        if not named:
            return ""
        where = count_phrase(len(set(named)), plural_key, self.lang)
        n_by = len(self.projects) - len(named)
        if not n_by:
            return " " + t(key, self.lang, regions=where)
        return ": " + t(f"{key}_split", self.lang, regions=where, n_ru=len(named), n_by=n_by)

    def chart_values(self, rows: pd.DataFrame, at_own_rate: bool = False) -> ChartValues:
        """What a chart of `rows` plots (`briefing.chart_values`; `at_own_rate`: drawn in the
        sources' currency, other currencies at their own year's rate, as the money chart
        says in its note)."""
        return chart_values(rows, self.currency, self.lang,
                            into=self._at_own_rate if at_own_rate else None)

    def _at_own_rate(self, row: Mapping[str, Any], currency: str) -> float | None:
        """A row's sum in `currency` at the annual average rate of its own year (the year
        its conversion used, else its figure's or publication's), None without such a rate."""
        year = row.get("fx_year")
        year = year_of(row) if isblank(year) else year
        if isblank(year) or isblank(row.get("value")):
            return None
        rates = self.rates if self.rates is not None else selection.default_rates()
        found = rates.convert(float(row["value"]), str(row.get("currency") or ""), currency,
                              int(year)).conversion.value
        return None if found is None else float(found)

    def conversion_note(self, converted: bool) -> str:
        return t("note.converted", self.lang) if converted else ""
