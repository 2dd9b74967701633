"""The localization project register: cues, mentions, partners, timelines, merging.

How a row comes about (rules as data: ``data/project_cues.csv``, ``data/project_words.csv``)
------------------------------------------------------------------------------------------
1. **Mentions.** Every sentence (cut at paragraph breaks too) is scanned on lemmas for *kind
   cues* («сборка», «комплектующие», «сервисный центр», «совместная разработка», «совместное
   предприятие», «торгово-производственная компания»…) and *status cues* (signed, approved →
   agreed; intends / will / discusses → planned; builds / creates / «идёт работа» →
   in_progress; operates / produces / opened → operating); the status cue nearest the kind
   cue wins, on the kind cue's own side of a contrast («сборка … уже работает, а сервисный
   центр … строится»: the centre is under way), «будет открыт» is planned. A sentence gives
   one mention per kind: a joint venture absorbs a joint development, joint kinds absorb
   assembly and component cues, components absorb «производство комплектующих», «хаб»/«дилер»
   count only when nothing more specific is there. A bare «производство»/«выпуск» counts only
   where localisation is spoken of or something is set up with a Russian side. Trade
   («поставки комплектующих», «в структуре импорта»), counts («более 20 сборочных
   производств»), closed or denied projects («свернут», «опровергло») are not projects. A
   hyphenated compound matches by its head («дилерско-сервисный центр»); «разработка» counts
   as joint only where a Belarusian and a Russian side are named. A sentence that lists
   projects clause by clause («…, а в Курской области …») is read clause by clause; an
   elliptic clause («…, а грузовики — в Ростовской области») takes the previous clause's
   kind. Not projects either: a dealer that only sells («дилерский центр по продаже»),
   dealers in the plural, machines sent away for repair («уходят в капитальный ремонт»),
   parts delivered («будут поставляться», «поставки на … сборку»), anything sited abroad («в
   Ташкенте»).
2. **Who.** Enterprises (type ``enterprise``) of the sentence, except the site of another
   thing («на базе Центра технической поддержки «БелАЗ»»); else those of the neighbouring
   sentences of the paragraph; «Стороны договорились» takes the previous sentence's. For a
   joint kind whose only named side follows «с/совместно с», the other side is the nearest
   earlier enterprise of the other country. A daughter company («Гомсельмаш-Юг») brings its
   parent; «Инвестором проекта выступает …» adds a party to the project; a sentence opening
   with a pronoun («Его создали завод и компания «…»») adds its firms to the last project.
   Partners the gazetteer cannot list: institutes and universities by rule («… университет …
   (ТУСУР)» → ТУСУР, else the nominative name), and, when `entities` holds the NER's
   organisations (`find_entities(article, ner=True)`), those organisations — except
   authorities, agencies, funds, banks, media, forums, places and sites
   (``nonpartner``/``site_before`` in data/project_words.csv); names lose legal forms and
   quotes («ООО «Агродорснаб»» → Агродорснаб). Two Belarusian makers each with its own
   product («сборку автобусов МАЗ и погрузчиков «Амкодор»», «кабин для тракторов МТЗ и
   самосвалов МАЗ») or listed after «с» with a Russian public side are one project each;
   projects of different Belarusian makers never merge through a shared Russian partner.
   «предприятие, созданное <firm> и <party>» is a joint venture. The site of a Belarusian
   firm («на площадке ОАО «Могилевтрансмаш»») places a project in Belarus. Service of
   delivered machines («обслуживание машин будет выполнять …» in delivery news, no facility)
   and the assembly of a prototype within a development are no projects of their own; nor is
   service a firm takes on with no facility («сервисное обслуживание возьмёт на себя
   дилерская сеть «…»»: part of the project whose goods it serves).
3. **Where.** A Russian region named in the sentence (name, adjective, capital or town); if
   only a Belarusian place is named (a Belarusian adjective only before a site: «на
   гродненской площадке»), the project is in Belarus (no region); a news-agency dateline
   («Минск, 30 июня (БЕЛТА) –») is no place; else the
   article's dominant Russian region (most mentions; «Москва» counts only after a locative
   preposition, as it often stands for the government); else the home region of the
   Russian partner (КАМАЗ → Республика Татарстан). A coordinated list of regions («в
   Саратовской и Воронежской областях и в Мордовии», «в Самаре и Пензе, на Урале — в
   Челябинске») gives one project per region (`analysis.projects.enumeration`), unless it
   names no firm and only vague goods («белорусские предприятия собирают технику в Курской,
   Ульяновской и Тульской областях»: a review recalling a sector, no project at all). «в Беларуси»,
   «на белорусской площадке» place a project in Belarus; a place after «из» is where a firm
   comes from; a place inside a firm's name («Волжский металлокаркас») is none; a Belarusian
   site named later («Производство размещено в Минске») overrides a region the article only
   suggested. The `location` column says where: the towns named («Сургут, Нижневартовск»), or,
   for a project in Belarus (empty region), the Belarusian place.
4. **Keep or drop.** Without an enterprise a mention is kept only when it is located (a
   region, «в регионе», «здесь», «в Грамотеино»), continues the last project («Она…»,
   «Предприятие…») or is tied to a named programme nearby, so «Беларусь и Россия будут
   вместе производить…» is not a project. A row whose text gives it no stage at all
   (status unknown) is dropped: «узлы отправляли на ремонт в Кузбасс» is no project; so is
   a Belarusian plant's own upgrade told with no Russian side («запущена линия сварки»), and
   a project a later sentence cancels («проект официально отменили», `cancellation.cancellation`).
5. **Merge.** Within an article, mentions of the same region and kind with shared firms are
   one project, and a mention without firms joins the article's project of that kind and
   place unless their products differ («электробусы» are not «перронные автобусы»).
   Across articles: same region and kind and the same firms, or shared firms with a
   compatible product (KAMAZ's autocomponents are not Belshina's tyres for KAMAZ); a row
   with no firm that names a project's goods and town again («с запуском сборки тракторов в
   Димитровграде») is that project (`analysis.projects.named_again`). A
   sentence without a kind cue continues a project when it names its firm, or gives a date
   and points back at it. Rows made only of bare production cues join their article's
   specific project. A further site in a region of its own («Вторая площадка появится в
   …: «…» организует сборку») takes the maker last told beside its own partner, and a joint
   venture's own company («Неман-НН») does not go along (`analysis.projects.further_sites`).
   A headline that opened a project without firms takes the firms of
   the lead; within an article, a dealer centre and a service centre of the same firms are
   one service centre, a joint development and a joint venture of the same firms one
   venture, and a title restating the lead under another kind joins it; the assembly of
   goods an article's parts project makes, by its firms and in its place, is that project,
   the goods one a kind of the other too («гидронасосы» — «Первые насосы тульской сборки
   ожидаются …»: its timeline is the project's). Merged status is
   the furthest along: operating > in_progress > an agreement signed or reached about the
   project («подписали соглашение о создании … Выпуск планируется в 2026 году» is agreed,
   `analysis.projects.agreements`) > planned > any other agreed (an approval, a resident
   status, a purchase contract, an agreement to extend what is there).
6. **Money and time.** An investment figure (a `Fact` of `analysis.money.describe`) joins the project of its
   sentence or of the previous sentence of its paragraph; a sum told as additional
   («Дополнительно инвестировали 420 млн») adds to the figure of the article's one project,
   wherever the answer stands in an interview. Timelines are normalised to
   ``YYYY``, ``YYYY-H1|H2``, ``YYYY-Q1..Q4``, ``YYYY-MM`` or ``YYYY-spring|summer|autumn|
   winter`` (a season stays a season: autumn is not a quarter), relative years resolved
   from the publication date; a date next to «подписано»/«открыт» is an event, not a
   timeline; a merged project keeps the timeline that ends last.

Modules
-------
This module holds the entry point, the reading of each article in order, money (6) and the
rows; the steps before live in `analysis.projects.cues` (the rule tables, lemmas, cue
matching), `analysis.projects.reader` (1-4: one sentence's mentions, `Mention` in
`analysis.projects.mention`), `analysis.projects.kinds` (the kind rules, in order),
`analysis.projects.products` (product phrases and labels, one maker per project),
`analysis.projects.partners` (partners the gazetteer lacks, the NER's organisations),
`analysis.projects.context` (what a sentence borrows from the sentences around it: the firm
«холдинга» or an interview's «мы» stands for, sites announced before, the kind a list points
back at) and `analysis.projects.timelines` (timeline normalisation); merging (5) is
`analysis.projects.merging` (mentions into projects) and `analysis.projects.consolidation`
(rows into one once every article is read). Where word windows fail, the dependency tree decides
(`analysis.projects.syntax` parses, `analysis.projects.relations` reads; word lists in
``data/project_syntax.csv``): which of several regions a trigger's clause governs and the
coordinated list it stands in, a list of origins after «из» (the firm's adjective is then
the site), which firms belong to which of two triggers' clauses, a trigger that is what
delivered goods are for («отгрузит оборудование для производства»: no project) and kits
delivered for assembly («поставляет машинокомплекты для сборки»: the assembly, at the
delivery verb's stage). Only sentences that ask such a question are parsed.

Speed: a sentence is tokenised only when a rule reads it (`ReadSentence.toks`, lazy); one
with no word any rule starts from is passed over with one cached look-up a word
(`ReadSentence.may_matter`, built from the cue and word tables); the cues a word may start
are looked up once per word (`cue_starts`); earlier projects are found by kind and region
(`ProjectIndex`), not by a scan of every project. The output is byte-identical to the plain
reading on every gold set (`benchmarks/register_guard.py`); the rates are
`benchmarks/register_speed.py`'s.
"""

from analysis.projects.investments import InvestmentFigure, investment_figures
from analysis.projects.labels import names_a_product
from analysis.projects.product_search import better_product
from analysis.projects.products import product_label
from analysis.projects.reading import ProjectReading, empty_reading, read_projects
from analysis.projects.register import (
    PROJECT_COLUMNS,
    build_register,
    project_table,
    registered_projects,
)

__all__ = ["PROJECT_COLUMNS", "InvestmentFigure", "ProjectReading", "better_product", "build_register",
           "empty_reading", "investment_figures", "names_a_product", "product_label", "project_table",
           "read_projects", "registered_projects"]
