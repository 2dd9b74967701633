"""What a figure is about: its `scope`, one of `analysis.vocab.FIGURE_SCOPES`.

- `belarus_oblast`: a trade metric, no Russian region, and one Belarusian oblast is the
  trading side (`oblast_side`): «товарооборот Могилевской области с Российской Федерацией
  составил $3,6 млрд» is the oblast's trade with Russia, not the two countries'; or an
  investment, credit, financing or production of no Russian region that one Belarusian
  oblast tells of itself, naming no Russia (`entities.oblasts.oblast_own_money`: «Инвестиции
  в основной капитал по области составили 2,3 млрд белорусских рублей»): the oblast's own;
- `regional_oblast`: a Russian region's trade with one Belarusian oblast («товарооборот
  Смоленской области с Витебской областью»; «со Смоленской областью объем взаимной торговли
  составил $186,3 млн» in an article on Mogilev oblast's trade), not its trade with all of
  Belarus: the region's figure still, but never its whole trade with Belarus;
- `regional`: the mention names a Russian region — unless it is a trade figure whose own
  sentence makes the whole of Russia (or the two countries) its side and names no region
  («Для сравнения: товарооборот всей России с Беларусью за январь–сентябрь составил 20,4 млрд
  долларов» in an article on one region: `entities.names_russia_whole`): that is `national`,
  and the figure keeps no region (`mentions.with_areas`), so it is never a statement of the
  region's figure nor in conflict with it — figures of different scope never conflict;
- `pair_abroad`: no region, a trade metric, and a sentence that makes Russia and Belarus
  together the one side of an import or export («Беларусь и Россия импортировали
  автокомпоненты на сумму свыше $19 млрд»: `entities.names_pair_trading_abroad`, phrases in
  `data/belarus_side_ru.json`): what the two countries bought or sold abroad, not trade
  between them;
- `federal_district`: no region, a trade metric (or investment, credit, financing,
  production, agreements: a lessor's machines handed over to a district's farms, session
  37), and the sentence names one Russian federal district («В целом по Уральскому
  федеральному округу у нас 3,3 млрд долларов»), or the figure goes on about one in the very
  next sentence, naming no place of its own («Для сравнения: в 2021 году этот показатель не
  дотягивал до 2,4 млрд»): several regions' trade together, no one region's and not the two
  countries'; the district's name is the figure's region (`mention_scopes`' areas; the
  amounts table keeps no region, as the gold writers do);
- `several_regions`: no region, and the money stage found several Russian regions the
  figure is spread over, told together (the amounts table's `regions` column,
  `analysis.money.together`: «поставило в Смоленскую, Брянскую и Псковскую области
  сельхозтехники на 21 млн рублей»; «Инвестиции в оба объекта …» on sites in two regions):
  kept out of the national series and out of each of those regions' own; the regions,
  «; »-joined, are the figure's region (its area), as a district's name is;
- `national`: Russia–Belarus as a whole.

A mention's scope is decided here once (`mention_scope`, called by `mentions.prepare`);
everything after reads it: plausibility bounds per scope (`bounds_usd` in
`data/figure_rules.json`), the median rule's series, the consolidated figures, the series a
chart plots, the downloads and the briefing's label. The scope is part of consolidation's key
(`analysis.figures.consolidate`): a figure's mentions share its scope (a pair's imports are
never a source of a Russia–Belarus trade figure, nor in conflict with one), and the figure
carries it in its `scope` column.
"""

from __future__ import annotations

from analysis.entities import names_pair_trading_abroad, names_russia_whole
from analysis.entities.federal_districts import federal_district_in
from analysis.entities.oblasts import (
    names_country_side,
    names_the_sides,
    oblast_named,
    oblast_own_money,
    trading_oblast,
)
from analysis.figures.consolidate import FIGURE_COLUMNS
from analysis.lazypattern import lazy_compile
from analysis.vocab import (
    BELARUS_OBLAST,
    FEDERAL_DISTRICT,
    MONEY_METRICS,
    NATIONAL,
    PAIR_ABROAD,
    REGIONAL,
    REGIONAL_OBLAST,
    SEVERAL_REGIONS,
    TRADE_METRICS,
)

__all__ = ["FIGURE_COLUMNS", "mention_scope", "mention_scopes", "oblast_side"]

# a place named in a sentence: it then goes on about no district of the sentence before
_PLACE_WORDS = lazy_compile(r"(?i)(?<!\w)(?:росси|рф(?!\w)|беларус|белорусс|республик|стран|област|кра[йяею]"
                            r"|регион|округ)")
# «товарооборот области с Псковщиной», «экспорт области в Смоленскую область»: a bare «области»
# (no adjective before it) as a trade's side, the other side after «с», «в», «на»
_BARE_OBLAST_SIDE = lazy_compile(r"(?i)(?:товарооборот\w*|торговл\w*|экспорт\w*|импорт\w*|поставк\w*)"
                                 r"[ \u00a0]+области[ \u00a0]+(?:со?|в|во|на)[ \u00a0]+[А-ЯЁ]"
                                 # «импорт топлива из Российской Федерации в область»: Russia
                                 # the one side, a bare «область» (no adjective) the other
                                 r"|(?:импорт\w*|ввоз\w*|поставк\w*|закупк\w*)[^.;\n]{0,80}?"
                                 r"[ \u00a0]из[ \u00a0]+(?:Росси\w*|РФ|Российской[ \u00a0]+Федерации)"
                                 r"[ \u00a0]+в[ \u00a0]+область(?!\w)")
# the money an oblast spends or makes at home (a trade figure is a side's, read by `oblast_side`)
_OWN_MONEY_METRICS = frozenset((*MONEY_METRICS, "production"))
# money told of a Russian federal district with no region of its own: the district's figure
# (newuser37 a08, session 37), as a district's trade is
_DISTRICT_MONEY = frozenset((*MONEY_METRICS, "production", "agreements"))
_NEXT_SENTENCE_GAP = 3  # characters between one sentence's end and the next one's start


def oblast_side(sentence: object, heading: object = None) -> bool:
    """Whether one Belarusian oblast is the Belarusian side of a trade figure: the sentence
    writes it as the side («товарооборот Могилевской области с …») and names no Belarus as
    a whole beside it; or the sentence names no Belarusian side at all (no country, no other
    oblast: «В этом году планируется выйти на показатель $3,9 млрд», «Объем экспорта услуг в
    эти регионы составил 48,9 млн рублей») in an article whose heading writes an oblast as
    the side («Могилевская область наращивает торговлю с Москвой …»), or names one oblast
    and the sentence calls the traders «стороны» (session 35)."""
    if names_country_side(sentence):
        return False
    if trading_oblast(sentence) is not None:
        return True
    if isinstance(sentence, str) and _BARE_OBLAST_SIDE.search(sentence) and oblast_named(heading) is not None:
        # «товарооборот области с Псковщиной» under «Витебщина и Псковщина: …»: the oblast
        # the article is about trades with the Russian region, a pair's figure
        return True
    named = oblast_named(sentence)
    if names_the_sides(sentence) and (told := oblast_named(heading)) is not None and named in (None, told):
        # «В 2024 году стороны рассчитывают увеличить взаимные поставки …» under «Витебщина и
        # Псковщина: итоги девяти месяцев»: the parties are the oblast and its partner
        return True
    oblast = trading_oblast(heading)
    if oblast is None:
        return False
    return named is None or named == oblast


def mention_scope(region: object, metric: object, sentence: object,
                  heading: object = None, listed: object = None) -> str:
    """The scope of one mention (see the module docstring); `heading`: its article's title;
    `listed`: the regions the money stage found it spread over (its `regions` cell)."""
    regional = isinstance(region, str) and bool(region)
    if not regional and isinstance(listed, str) and listed:
        return SEVERAL_REGIONS
    if metric in TRADE_METRICS and oblast_side(sentence, heading):
        return REGIONAL_OBLAST if regional else BELARUS_OBLAST
    if regional and metric in TRADE_METRICS and isinstance(sentence, str) and names_russia_whole(sentence):
        return NATIONAL  # (the whole country's trade told beside a region's: no region's)
    if regional:
        return REGIONAL
    if metric in _OWN_MONEY_METRICS and oblast_own_money(sentence, heading) is not None:
        return BELARUS_OBLAST  # («Инвестиции в основной капитал по области …»: the oblast's own)
    if metric in TRADE_METRICS and isinstance(sentence, str) and names_pair_trading_abroad(sentence):
        return PAIR_ABROAD
    if (metric in TRADE_METRICS or metric in _DISTRICT_MONEY) and federal_district_in(
            sentence) is not None:
        # («передала в лизинг сельхозпредприятиям Центрального федерального округа 412
        # тракторов на 1,85 млрд»: money told of a district is the district's, as its trade is)
        return FEDERAL_DISTRICT
    return NATIONAL


def mention_scopes(regions: list, metrics: list, sentences: list, article_ids: list,
                   sentence_starts: list, sentence_ends: list,
                   titles: dict, listed: list | None = None) -> tuple[list[str], list[str | None]]:
    """The scope of each mention (`mention_scope`; rows in file order, an article's
    together) and its area: the federal district a `federal_district` mention is about, the
    regions a `several_regions` one is spread over (`listed`: the amounts' `regions` column),
    else None. A national trade mention whose sentence names no place and comes right after a
    district's mention of its article goes on about that district."""
    scopes: list[str] = []
    areas: list[str | None] = []
    last: tuple[object, object, str] | None = None  # (article, sentence end, district)
    for region, metric, sentence, aid, start, end, told in zip(
            regions, metrics, sentences, article_ids, sentence_starts, sentence_ends,
            listed if listed is not None else [None] * len(regions), strict=True):
        scope = mention_scope(region, metric, sentence, titles.get(str(aid)), told)
        area = federal_district_in(sentence) if scope == FEDERAL_DISTRICT else (
            str(told) if scope == SEVERAL_REGIONS else None)
        if (scope == NATIONAL and metric in TRADE_METRICS and last is not None and last[0] == aid
                and _next_sentence(last[1], start) and isinstance(sentence, str)
                and not _PLACE_WORDS.search(sentence)):
            scope, area = FEDERAL_DISTRICT, last[2]
        if area is not None:
            last = (aid, end, area)
        scopes.append(scope)
        areas.append(area)
    return scopes, areas


def _next_sentence(end: object, start: object) -> bool:
    """Does a sentence starting at `start` follow at once (or be) one ending at `end`?"""
    try:
        return -1 <= int(start) - int(end) <= _NEXT_SENTENCE_GAP or int(start) < int(end)
    except (TypeError, ValueError):
        return False
