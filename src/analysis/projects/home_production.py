"""A Belarusian maker's own production at home is no Russia–Belarus project.

«Продукция, произведённая в Белоруссии, … для самосвалов МАЗ и погрузчиков «Амкодор» заводской
сборки»: a row placed in Belarus whose every firm is Belarusian and whose text names no
Russian place or firm tells what the maker makes at home, as it always has. `belarusian_only`
drops such a row told as an upgrade («запущена линия»); an assembly or
parts production already working is the same: a Russian side is what makes a project ours.
A plan or a works being built in Belarus (a new plant may serve a Russian partner the
article names later) is left alone, unless the row names no firm at all and nothing Russian
(`no_side_named`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from analysis.entities import (
    enterprise_info,
    find_regions,
    is_russian_region,
    names_belarusian_side,
    norm_word,
)
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import WORD, tokens, word_info, words
from analysis.projects.labels import names_a_product
from analysis.projects.location import shipped_to
from analysis.projects.places import customers_at
from analysis.projects.product_search import better_product
from analysis.projects.products import product_label
from analysis.projects.work_site import client_home
from analysis.vocab import MADE_KINDS

if TYPE_CHECKING:
    from analysis.entities import Entity
    from analysis.projects.cues import Token
    from analysis.projects.merging import Project

_RUSSIAN_SIDE = lazy_compile(r"(?i)росси|рф\b")
_PARTY_SPAN = 2  # words from «российский» to the party it describes («российских заказчиков»)


def home_production(p: Project) -> bool:
    """Is `p` an operating assembly or parts production placed in Belarus, with Belarusian
    firms only and no Russian region or Russian party («российских заказчиков») named in its
    evidence?"""
    if p.region is not None or p.kind not in MADE_KINDS or p.status != "operating":
        return False
    info = enterprise_info()
    if not p.enterprises or any(info.get(f, {}).get("country") != "BY" for f in p.enterprises):
        return False
    return not _russian_side_told(p)


def russian_parts_only(p: Project) -> bool:
    """Is `p` a parts production in a Russian region whose firms are none of them Belarusian,
    whose evidence names its customers as Russian («Предприятие выпускает детали для дорожной
    техники российских производителей» in a list of a region's employers) and names no
    Belarusian side? A Russian firm's parts for Russian makers are no Russia–Belarus project,
    whoever else the article tells of (parts «к этим машинам» of a Belarusian licence name no
    Russian customer and stay)."""
    if p.region is None or p.kind != "component_production" or not p.enterprises:
        return False
    info = enterprise_info()
    if any(info.get(f, {}).get("country") == "BY" for f in p.enterprises):
        return False
    told = [e.article.text[e.start:e.end] for e in p.evidence]
    return any(_russian_party(t) for t in told) and not any(names_belarusian_side(t) for t in told)


def no_side_named(p: Project) -> bool:
    """Is `p` placed in Belarus with no firm at all and no Russian side in its evidence
    («БЖД и китайская корпорация наладят сборку путевых машин в Беларуси», «создание полного
    цикла производства батарей в Союзном государстве»)? Nothing in it is Russian: no
    Russia–Belarus project («при участии смоленских инвесторов» is a Russian side; a joint
    development or venture has its second side even unnamed)."""
    if p.region is not None or p.enterprises or p.kind.startswith("joint"):
        return False  # (a joint project has its second side even unnamed: a Union State
        # programme's development)
    return not _russian_side_told(p)


def nothing_named(p: Project, label: Callable[[str], str] = product_label) -> bool:
    """Does `p` name neither a firm nor a product («зарплаты на сборочных производствах
    региона», «переоснащение литейного производства», «чтобы в регионе появилась сервисная
    площадка»)? A generic word (``label_no_product``: «производство», «площадка», «регион»)
    with no party is a passing word, no project anyone could tell apart. Belarusian goods
    named («центр по ремонту белорусской техники») tell it apart."""
    if p.enterprises:
        return False
    told = [e.article.text[e.start:e.end] for e in p.evidence]
    return not names_a_product(better_product(label(p.product), told)) \
        and not any(_belarusian_goods(t) for t in told)


def _belarusian_goods(text: str) -> bool:
    """«белорусской техники», «белорусских тракторов»: «белорусский» before a goods noun
    (``product_heads``, ``product_vague``) within two words."""
    goods = words("product_heads") | words("product_vague")
    lemmas = [word_info(m.group()).analysis.lemma for m in WORD.finditer(text)]
    return any(w == "белорусский" and not goods.isdisjoint(lemmas[k + 1:k + 1 + _PARTY_SPAN])
               for k, w in enumerate(lemmas))


def _russian_side_told(p: Project) -> bool:
    """Does `p`'s evidence name a Russian region or a Russian party («российских
    заказчиков»)?"""
    told = [e.article.text[e.start:e.end] for e in p.evidence]
    return any(_russian_site(t) for t in told) or any(_russian_party(t) for t in told)


def _russian_site(text: str) -> bool:
    """Does `text` (one sentence) name a Russian region that is not only where the goods go
    («первые машины пойдут в Омскую область»: `shipped_to`), where the customers are
    («передадут агрохолдингу в Белгородской области»: `customers_at`) or a client's («для
    Омской области»: `work_site.client_home`)? (session 31)"""
    ru = [r for r in find_regions(text) if is_russian_region(r.normal)]
    if not ru:
        return False
    toks = tokens(text, 0, len(text))
    markets = {id(r) for r in customers_at(text, toks, ru)}
    return any(id(r) not in markets and not shipped_to(text, toks, r)
               and not client_home(toks, r) and not _move_target(text, toks, r) for r in ru)


_MOVE_SPAN = 4  # words from a move verb to the place it would send the work to
_CLAUSE_BREAK = lazy_compile(r"[,;:—–()]")


def _move_target(text: str, toks: list[Token], r: Entity) -> bool:
    """«Переносить их сборку в Петербург … смысла нет»: a place a move verb (``moved_verbs``)
    of the same clause sends the work to, a few words on, is where the maker's own production
    might go, no site of it (round 63); a move that happened gave its project the new region
    (`moved_project`), so no Belarusian home production is left to read."""
    k = next((k for k, t in enumerate(toks) if t.start >= r.start), len(toks))
    return any(toks[j].lemma in words("moved_verbs")
               and not _CLAUSE_BREAK.search(text, toks[j].end, r.start)
               for j in range(max(0, k - _MOVE_SPAN - 1), k))


def _russian_party(text: str) -> bool:
    """«для российских заказчиков», «с российским партнёром»: a Russian side told by its
    adjective (not «приравнивается к российской», which describes goods)."""
    party = words("parties") | words("project_roles") | words("generic_head") | words("customers")
    lemmas = [word_info(m.group()).analysis.lemma for m in WORD.finditer(text)]
    return any(w == "российский" and not party.isdisjoint(lemmas[k + 1:k + 1 + _PARTY_SPAN])
               for k, w in enumerate(lemmas))


def belarusian_only(p: Project) -> bool:
    """A Belarusian plant's own upgrade in Belarus («на головном заводе в Гомеле запущена
    линия», «модернизация цеха») is no Russia–Belarus project: placed in Belarus, every firm
    Belarusian, told as an upgrade (``upgrade`` in data/project_words.csv) and with no Russian
    side named. A new plant in Belarus stays a project. A dealer or hub («other») of a
    Belarusian maker placed in Belarus with only Belarusian firms is none either."""
    if p.region is not None or not p.location or p.kind.startswith("joint"):
        return False  # a joint project has a second side even where «мы» names it
    info = enterprise_info()
    if any(info.get(f, {}).get("country") != "BY" for f in p.enterprises):
        return False  # a Russian or unknown partner
    if p.kind == "other":
        return True  # «директора дилера … на заводах «Амкодора» в Минске»: no facility of ours
    told = [e.article.text[e.start:e.end] for e in p.evidence]
    return not any(_RUSSIAN_SIDE.search(t) for t in told) and any(
        norm_word(w) in words("upgrade") for t in told for w in WORD.findall(t))


_DISOWN_REACH = 4  # words from «белорусского партнёра» to «нет» («… у нас нет»)


def disowned_by_article(p: Project) -> bool:
    """Is `p` a row of non-Belarusian firms only whose article says its firm has no Belarusian
    side («Белорусских комплектующих у нас нет и белорусского партнёра нет, хотя многие так
    думают», «без белорусского участия»)? A Russian plant's own line for Belarusian tractors is
    no Russia–Belarus project (round 63); a row with a Belarusian firm stays."""
    if not p.enterprises:
        return False
    info = enterprise_info()
    if any(info.get(f, {}).get("country") == "BY" for f in p.enterprises):
        return False
    texts = {id(e.article): e.article.text for e in p.evidence}
    return any(_disowns_side(t) for t in texts.values())


def _disowns_side(text: str) -> bool:
    """«белорусского партнёра нет», «без белорусского участия» anywhere in `text`."""
    if "белорусск" not in text.lower():
        return False  # (most articles: no scan word by word)
    heads = words("disowned_side")
    lemmas = [word_info(m.group()).analysis.lemma for m in WORD.finditer(text)]
    written = [m.group().lower() for m in WORD.finditer(text)]
    for k, w in enumerate(lemmas):
        if w != "белорусский" or heads.isdisjoint(lemmas[k + 1:k + 2]):
            continue
        if (k > 0 and written[k - 1] == "без") or "нет" in written[k + 2:k + 2 + _DISOWN_REACH]:
            return True
    return False

