"""Coordinated lists of places: one project per region.

«Сборочные площадки … работают в Саратовской и Воронежской областях и в Мордовии» names
three projects, one per region; «в Поволжье — в Самаре и Пензе, на Урале — в Челябинске»
names three more. A list is a run of Russian regions separated only by commas,
conjunctions, prepositions and a macro-region heading («на Урале — в …»), or «; также —». «из Московской
области в Тульскую» is no list: a bare preposition between two places is a move.
"""

from __future__ import annotations

from analysis.entities import Entity
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import word_info, words

# What may stand between two members of a list: a separator (comma or conjunction) first,
# then a preposition, possibly after a macro-region heading and a dash.
_SITE_OF = (r"\s*[—–-]?\s+(?:на|при)\s+(?:заводе|площадке|базе|предприятии|мощностях|территории)"
            r"\s+(?:[А-ЯЁ]{2,5}\s+)?«")
_LIST_GAP = lazy_compile(
    r"(?:\s+(?:област|кра[яеюйёи]|республик|округ)[а-яё]*)?"
    rf"(?:{_SITE_OF}[^»\n]{{1,40}}»)?[\s)]*(?:\([^()\n]{{0,40}}\)\s*)?(?:[,;]\s*(?:а\s+)?также\s*[—–-]?|,\s*так\s+и|,\s*в\s+том\s+числе|,\s*(?:а|и)?|и|а\s+также|или)\s*"
    r"(?:(?:в|во|на)\s+(?:[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?\s*[—–-]\s*(?:в|во|на)\s+)?)?")

# a list of sites opens with a locative preposition («в Якутии, Хакасии …»), possibly with
# a heading noun between («на территории Курской и Белгородской областей», «в республиках
# Татарстан и Башкортостан», «в трёх регионах — Липецкой, Тамбовской и Воронежской
# областях», «в городах Самара и Тольятти»)
_LOCATIVE_BEFORE = lazy_compile(
    r"(?i)(?:^|\W)(?:в|во|на)\s+(?:(?:[а-яё]+\s+)?(?:территори|регион|город|област|субъект|"
    r"площадк|предприяти|завод|мощност|росси|республик|краях|округах)[а-яё]*\s*[:—–-]?\s*)?$")
_HEADING_SPAN = 40  # characters before a list searched for its preposition
# «обслуживается в сервисных центрах дилера (Екатеринбург, Челябинск, Пермь)»: towns in
# brackets after a located site noun are the sites
_BRACKETED_AFTER_SITE = lazy_compile(r"(?i)(?:^|\W)(?:в|во|на)\s+[^()\n.;:]{0,60}\(\s*$")
_BRACKET_SPAN = 80


# «Татарстан (Набережные Челны), Башкортостан (Уфа)»: a region and its town in brackets
_TOWN_IN_BRACKETS = lazy_compile(r"\s*\(\s*")
# «ООО «ЛипецкАвто» (Липецк) и ООО «ОрёлМаш» (Орёл)»: plants listed each with its town
_PLANT_GAP = lazy_compile(r"\s*\)\s*(?:,\s*(?:а\s+также\s+|и\s+)?|и\s+|а\s+также\s+)"
                        r"(?:[А-ЯЁ]{2,5}\s+)?«[^»\n]{1,40}»\s*\(\s*")
_TOWN_OF_PLANT = lazy_compile(r"»\s*\(\s*$")


def listed_regions(ru: list[Entity], anchor: int, text: str) -> list[str]:
    """The regions (official names, in order) of the coordinated list that holds the Russian
    region nearest `anchor`; [] when that region stands alone."""
    if len(ru) < 2:
        return []
    ents = sorted(ru, key=lambda e: e.start)
    runs: list[list[Entity]] = [[ents[0]]]
    for e in ents[1:]:
        prev = runs[-1][-1]
        if prev.end <= e.start and (_LIST_GAP.fullmatch(text, prev.end, e.start)
                                    or _PLANT_GAP.fullmatch(text, prev.end, e.start) or (
                _TOWN_IN_BRACKETS.fullmatch(text, prev.end, e.start) and prev.normal == e.normal)):
            runs[-1].append(e)
        else:
            runs.append([e])
    nearest = min(ents, key=lambda e: abs(e.start - anchor))
    run = next(r for r in runs if any(e is nearest for e in r))
    if not _sites(run, text):
        # «Помимо Омска, сборочные участки работают в Брянске и Ростове»: the place nearest
        # the cue is no site; the one list of sites in the sentence is
        lists = [r for r in runs if len({e.normal for e in r}) > 1 and _sites(r, text)]
        if _sites([nearest], text) or len(lists) != 1:
            return []  # «его получили Ярославль и Кострома»: buyers, not sites
        run = lists[0]
    names = list(dict.fromkeys(e.normal for e in run))
    return names if len(names) > 1 else []


# «в Брянске (ООО «Брянсксельмаш»)», «в Казани на заводе «ТатАгроСборка»»: a member's own
# firm right after it; «ООО «ЛипецкАвто» (Липецк)»: right before it
_FIRM_AFTER_MEMBER = lazy_compile(rf"\s*\(\s*(?:[А-ЯЁ]{{2,5}}\s+)?«?|{_SITE_OF}?")
_FIRM_BEFORE_MEMBER = lazy_compile(r"»?\s*\(\s*")


def member_firms(listed: list[str], ru: list[Entity], firms: list[Entity],
                 text: str) -> dict[str, set[str]]:
    """The firms each member of a distributed list (`listed`: regions in order; `ru`: the
    sentence's Russian places) names as its own plant; {} unless every member names one
    and they differ (one firm for the whole list is the list's, not a member's)."""
    own: dict[str, set[str]] = {r: set() for r in listed}
    for e in ru:
        if e.normal not in own:
            continue
        for f in firms:
            if (f.start >= e.end and _FIRM_AFTER_MEMBER.fullmatch(text, e.end, f.start)) or (
                    f.end <= e.start and _FIRM_BEFORE_MEMBER.fullmatch(text, f.end, e.start)):
                own[e.normal].add(f.normal)
    sets = [frozenset(v) for v in own.values()]
    if not all(sets) or len(set(sets)) < len(sets):
        return {}
    return own


# «размещение сборки завод обсуждает с Новгородской и Тверской областями»: the regions
# themselves the other side of talks or an agreement on the project, each a site (as one
# region after «с» is)
_WITH_REGIONS = lazy_compile(r"(?i)(?:^|\W)со?\s+$")
_REGION_NOUN = lazy_compile(r"(?i)(?:^|\s)(?:област|кра[яеюйёи]|республик)[а-яё]*")


def _with_regions(run: list[Entity], text: str) -> bool:
    """A run right after «с» whose members are regions (a region noun closes the run or
    stands in its last member), not towns."""
    start, end = run[0].start, run[-1].end
    return bool(_WITH_REGIONS.search(text, max(0, start - 4), start)) and bool(
        _REGION_NOUN.search(run[-1].surface) or _REGION_NOUN.match(text, end))


def _sites(run: list[Entity], text: str) -> bool:
    """Does the run of places open with a locative preposition (or a heading after one), or
    stand in the genitive after a site noun («предприятия Оренбургской и Самарской областей»)?"""
    start = run[0].start
    return bool(_LOCATIVE_BEFORE.search(text, max(0, start - _HEADING_SPAN), start)
                or _BRACKETED_AFTER_SITE.search(text, max(0, start - _BRACKET_SPAN), start)
                or _TOWN_OF_PLANT.search(text, max(0, start - 4), start)
                or _after_site_head(run, text) or _subject_of_set_up(run, text)
                or _after_a_heading(run, text) or _with_regions(run, text))


# «Регионы, где собирают технику «Амкодор»: Курская, Орловская и Брянская области.»: a list
# after a colon that a heading of places opens, closing the sentence
_HEADING_COLON = lazy_compile(r"(?i)(?:регион|област|кра[яеёи]|город|площадк|центр|станци|пункт|"
                            r"участк|адрес)[а-яё]*[^.:;\n]{0,60}:\s*$")
_LIST_CLOSES = lazy_compile(r"\s*(?:(?:област|кра[яеёи]|республик)[а-яё]*)?\s*(?:[.;]|$)")


def _after_a_heading(run: list[Entity], text: str) -> bool:
    start = run[0].start
    return bool(_HEADING_COLON.search(text, max(0, start - 100), start)
                and _LIST_CLOSES.match(text, run[-1].end))


# what may stand before a list that is a clause's subject: the start of a line or sentence,
# or a clause break
_CLAUSE_OPENS = lazy_compile(r"(?:^|[.!?:;,—–]\s+|\n)\s*$")
_NEXT_WORD = lazy_compile(r"[\s)]*(?:(?:област|кра[яеюйёи]|республик)[а-яё]*\s+)?([а-яё-]+)")


def _subject_of_set_up(run: list[Entity], text: str) -> bool:
    """«Смоленская и Брянская области начнут сборку …», «Татарстан и Башкирия наладят
    выпуск …»: a list opening its clause right before a verb that sets up or makes something
    is the subject: each member its own site («… получили тракторы»: buyers, no list)."""
    start, end = run[0].start, run[-1].end
    if not _CLAUSE_OPENS.search(text, max(0, start - 3), start):
        return False
    verb = _NEXT_WORD.match(text, end)
    if verb is None:
        return False
    lemma = word_info(verb.group(1)).analysis.lemma
    return lemma in words("set_up") or lemma in words("made")


_WORD_BEFORE = lazy_compile(r"(?:^|[^а-яёА-ЯЁ-])([а-яё-]+)\s+$")
_GENITIVE_END = lazy_compile(r"(?:ой|ей|ого|его)$|(?:областей|краёв|краев|республик)$")


def _after_site_head(run: list[Entity], text: str) -> bool:
    """«ведут предприятия Оренбургской и Самарской областей», «на заводах Курской и
    Орловской областей»: the list in the genitive right after a site noun, or after the
    noun of the regions' authorities («с правительствами Калужской и Тульской областей»)."""
    before = _WORD_BEFORE.search(text, max(0, run[0].start - 30), run[0].start)
    if before is None:
        return False
    lemma = word_info(before.group(1)).analysis.lemma
    # («подписал соглашения о сборке … с правительствами Калужской и Тульской областей»: the
    # regions' own authorities a project is agreed with, each region its site)
    if lemma not in words("list_site_heads") and lemma not in words("list_authority_heads"):
        return False
    return all(_GENITIVE_END.search(text[e.start:e.end].split()[-1].lower()) for e in run[-1:])


def another_site(words_: list[str], lemmas: list[str], site_words: frozenset[str]) -> bool:
    """«Ещё один участок заработает в Оренбурге», «к ним добавится центр в Тюмени»: the
    sentence adds a site to the list the article has been giving (`words_`, `lemmas`: the
    sentence's words and lemmas; `site_words`: the lemmas that add one)."""
    if "один" not in lemmas and "такой" not in lemmas and site_words.isdisjoint(lemmas) \
            and words("ordinal").isdisjoint(lemmas):
        return False  # the usual sentence: none of the words that add a site
    more = any(w in ("еще", "ещё") and "один" in lemmas[k + 1:k + 3] for k, w in enumerate(words_))
    # «Второй центр группа откроет в Купино», «Третья сервисная площадка …»: an ordinal
    # before a facility noun, opening the sentence, counts the sites («оснащение цеха для
    # второй площадки» tells of the site, it adds none)
    more = more or any(w in words("ordinal") and not words("facility").isdisjoint(lemmas[k + 1:k + 3])
                       for k, w in enumerate(lemmas[:2]))
    same = any(w == "такой" and words_[k + 1:k + 2] == ["же"] for k, w in enumerate(lemmas))
    return more or same or any(lemma in site_words for lemma in lemmas)
