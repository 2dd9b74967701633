"""Money: amounts in text, what each measures (metric, year, period, region), conversion."""

from analysis.money.amounts import Amount, find_amounts, parse_number
from analysis.money.facts import AMOUNT_COLUMNS, Fact, amounts_frame, describe
from analysis.money.fx import Conversion, Rates, convert_frame
from analysis.money.layers import (
    LayeredRates,
    RatesFileError,
    SourcedConversion,
    convert_amounts,
    rates_file_problems,
)

__all__ = ["AMOUNT_COLUMNS", "Amount", "Conversion", "Fact", "LayeredRates", "Rates",
           "RatesFileError", "SourcedConversion", "amounts_frame", "convert_amounts",
           "convert_frame", "describe", "find_amounts", "parse_number", "rates_file_problems"]
