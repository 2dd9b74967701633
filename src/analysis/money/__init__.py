"""Money: amounts in text, what each measures (metric, year, period, region), conversion.

Modules: `grammar` (the vocabulary, data/money_ru.json, and the core pattern), `amounts`
(`find_amounts`), `implied` (implied currencies), `scope` (an amount in its sentence),
`metric`, `goods` (what a trade figure covers), `year`, `period`, `period_label` (one label
per span of months, for figures), `carry` (the time a figure takes from earlier sentences;
an interview's question, «за тот же период», «тогда же», a list's lead: `question_time`,
`same_period`, `then_time`, `list_time`), `context` (national words, forecasts, datelines,
Belarusian rubles: data/money_context_ru.json), `region` (regional or national), `facts` (`Fact`,
`describe`: the article read as a whole), `tableblocks`, `tablelabels` and `tabular` (tables
flattened into text: the bare numbers of a table block read as money,
data/money_tables_ru.json), `table` (`amounts_frame`), `fx` (conversion).
"""

from analysis.money.amounts import Amount, find_amounts
from analysis.money.facts import YEAR_SOURCES, Fact, FactSentence, describe
from analysis.money.fx import Conversion, Rates, convert_frame
from analysis.money.goods import counted_goods
from analysis.money.grammar import parse_number
from analysis.money.layers import (
    TABLES_SEPARATOR,
    LayeredRates,
    RatesFileError,
    SourcedConversion,
    convert_amounts,
    rates_file_problems,
)
from analysis.money.period_label import canonical_period
from analysis.money.project_money import tells_project_cost
from analysis.money.table import (
    AMOUNT_COLUMNS,
    amount_rows,
    amounts_frame,
    amounts_frame_of_rows,
    amounts_table_of_rows,
)
from analysis.money.together import REGIONS_JOIN

__all__ = [
    "AMOUNT_COLUMNS",
    "REGIONS_JOIN",
    "TABLES_SEPARATOR",
    "YEAR_SOURCES",
    "Amount",
    "Conversion",
    "Fact",
    "FactSentence",
    "LayeredRates",
    "Rates",
    "RatesFileError",
    "SourcedConversion",
    "amount_rows",
    "amounts_frame",
    "amounts_frame_of_rows",
    "amounts_table_of_rows",
    "canonical_period",
    "convert_amounts",
    "convert_frame",
    "counted_goods",
    "describe",
    "find_amounts",
    "parse_number",
    "rates_file_problems",
    "tells_project_cost",
]
