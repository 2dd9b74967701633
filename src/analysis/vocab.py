"""The project's domain words, defined once: metrics, kinds, statuses, currencies, languages.

Every stage imports its vocabulary from here; labels for people live in
`data/labels.json` (keys ``m.<metric>``, ``k.<kind>``, ``s.<status>``).
"""

from __future__ import annotations

# What a money figure measures, in the order that breaks ties between equally close cues
# (`analysis.money.metric`).
METRICS = ("credit", "trade_turnover", "export", "import", "investment", "agreements",
           "production", "financing", "other")
TRADE_METRICS = ("trade_turnover", "export", "import")
MONEY_METRICS = ("investment", "credit", "financing")
# Sums of signed agreements and of output (a plant's production, a production target): shown
# in the money briefing apart from investment, credit and financing, never added to them.
DEAL_METRICS = ("agreements", "production")
# What a money figure is about (`analysis.figures.scope`): Russia–Belarus as a whole, one
# Russian region, or Russia and Belarus together as one side of trade with third countries
# («Беларусь и Россия импортировали автокомпоненты на $19 млрд»: what the pair bought abroad),
# one Belarusian oblast's trade with Russia («товарооборот Могилевской области с Российской
# Федерацией»), or a Russian region's trade with one Belarusian oblast (not with all Belarus).
NATIONAL, REGIONAL, PAIR_ABROAD = "national", "regional", "pair_abroad"
BELARUS_OBLAST, REGIONAL_OBLAST = "belarus_oblast", "regional_oblast"
# a Russian federal district's trade («по Уральскому федеральному округу — 3,3 млрд»)
FEDERAL_DISTRICT = "federal_district"
# several Russian regions named together as the market of one figure («поставило в
# Смоленскую, Брянскую и Псковскую области техники на …», «инвестиции в оба объекта» on
# sites in two regions): no one region's figure, and not the two countries'
SEVERAL_REGIONS = "several_regions"
FIGURE_SCOPES = (NATIONAL, REGIONAL, PAIR_ABROAD, BELARUS_OBLAST, REGIONAL_OBLAST, FEDERAL_DISTRICT,
                 SEVERAL_REGIONS)
# The scopes whose figures are no part of a whole's series (the two countries', or a Russian
# region's with all of Belarus): kept out of the national series, the lead and its chart.
APART_SCOPES = (PAIR_ABROAD, BELARUS_OBLAST, REGIONAL_OBLAST, FEDERAL_DISTRICT, SEVERAL_REGIONS)
# Which way an export or import figure's goods go (`analysis.money.flow`): from Belarus into
# Russia, from Russia into Belarus, or a flow with a third country or the world (None: between
# the two, not told). Turnover has none.
FLOW_OTHER = "other"
FLOWS = ("BY→RU", "RU→BY", FLOW_OTHER)
# the metrics that carry a flow
FLOW_METRICS = ("export", "import")
# Figures tied to a place (a plant, a programme) rather than to a country's trade: their
# region may come from the previous sentence or the lead.
LOCAL_METRICS = frozenset({"investment", "production", "financing", "agreements", "other"})

# How an amount is qualified in the text («около», «свыше», «до», «от … до»). A lower bound
# is `over` when the figure is more than the number («свыше», «более», «превысил») and
# `at_least` when it may be the number itself («не менее», «не ниже», «как минимум»). «Почти»,
# «без малого» are `almost`: near the number and just under it (session 35: «почти 900 млн» is
# no «около 900 млн»).
QUALIFIERS = ("exact", "approx", "almost", "over", "at_least", "under", "up_to", "range")
# The qualifiers of a number near the figure, as rounded as «около» («почти 900 млн» restating
# «896 млн»).
APPROXIMATE = frozenset({"approx", "almost"})
# Both lower bounds: the figure is the number or above it, with no top told.
LOWER_BOUNDS = frozenset({"over", "at_least"})
# The gold sets write every lower bound `over` (tests/gold: «не менее 2 млрд» is `over`) and
# «почти» `approx`: the reading a mention's qualifier is compared with gold in.
GOLD_QUALIFIER = {"at_least": "over", "almost": "approx"}

# ISO 4217 codes a briefing can be converted into (and the parser reports).
CURRENCIES = ("USD", "RUB", "EUR", "BYN", "CNY")

# What a localization project is, and how far it has come.
KINDS = ("assembly", "component_production", "service_center", "joint_development",
         "joint_venture", "other")
MADE_KINDS = ("assembly", "component_production")  # kinds where something is made on the site
# How far along, for the furthest status of a project told several times. An `agreed` that
# is an agreement signed or reached about the project (analysis.projects.agreements) ranks
# SIGNED_RANK, above a plan: «подписали соглашение о создании … Выпуск планируется в 2026
# году» is agreed (issue 11); an approval or a resident status («одобрил», «резидент») ranks
# below it.
STATUS_RANK = {"unknown": 0, "agreed": 1, "planned": 2, "in_progress": 4, "operating": 5}
SIGNED_RANK = 3
# Display order in briefings: running and being built first, then what is signed, then
# what is only announced.
STATUSES = ("operating", "in_progress", "agreed", "planned", "unknown")

# A project told halted (`analysis.projects.stance.told_halted`): suspended («приостановлена»,
# «заморожена») or closed («закрыта», «прекращена», «закрыли»); its status stays `unknown`
# (the gold's convention, tests/gold/README.md), the halt is the register's `halted`. A project
# told by one article and given up in a later one («стороны окончательно отказались от
# проекта») is cancelled (`analysis.projects.cancelled_later`).
HALTS = ("suspended", "closed", "cancelled")
SUSPENDED, CLOSED, CANCELLED = HALTS

# Languages a briefing is written in (quotations stay in Russian).
LANGS = ("ru", "en")
