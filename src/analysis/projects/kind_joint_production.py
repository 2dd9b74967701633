"""Joint production between a named Belarusian maker and a named Russian firm is the maker's
goods localised: «Минский подшипниковый завод и сызранское ООО «…» подписали соглашение о
совместном производстве подшипников», ««Гомсельмаш» и Рубцовский машиностроительный завод
готовят совместный выпуск литых деталей», «ОАО «…» и владимирское ООО «…» начали совместный
выпуск двигателей». With both firms named, «совместный» tells who takes part, not a
development: the kind is that of the goods (parts: component production; else assembly).
A joint production being founded («создание совместного производства») is not touched.
Joint production with no named pair («совместно с белорусскими партнёрами») stays a joint
development (`jointly_is_joint_development`, below): a bare production word, two Belarusian
makers together or a design told with it; an assembly or parts cue beside «совместно» keeps
its kind."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.entities import is_russian_region
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import JOINT, cue_hits, words
from analysis.projects.firm_homes import home_country
from analysis.projects.joint_sides import referred_side_with_maker
from analysis.projects.kind_context import SIDES
from analysis.vocab import MADE_KINDS

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit
    from analysis.projects.kind_context import KindContext

_JOINT_KINDS = ("joint_development", "joint_venture")
_WITH_BEFORE = lazy_compile(r"(?i)(?:^|\s)со?\s+$")  # «с белорусскими партнёрами»
_FOUNDED_SPAN = 4  # words from «создание» to what it founds («создание в Гомеле совместного …»)
_GOODS_SPAN = 4  # words from the production word to the goods («производстве роликовых подшипников»)


def joint_production_is_localisation(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """A joint-development cue made of a production word («совместное производство»,
    «совместный выпуск») becomes the goods' kind where the sentence names a Belarusian and
    a Russian firm and no joint venture."""
    values = {h.cue.value for h in kinds}
    if "joint_venture" in values:
        return kinds
    production, founded, toks = words("production"), words("founded"), ctx.toks
    # («создание совместного производства» founds a joint plant, a venture in the making where
    # the text goes on to the venture — «решение о регистрации СП стороны примут осенью» —:
    # not the goods of a pair; with no venture told, «соглашение о создании в Копейске
    # совместного производства машин» is the pair's goods made there, as «совместное
    # производство» alone is)
    venture_told = ctx.around_has(ctx.following_sentence, words("venture_nouns"))
    joint = [h for h in kinds
             if h.cue.value == "joint_development" and not production.isdisjoint(h.cue.words)
             and not (venture_told and any(
                 t.lemma in founded for t in toks[max(0, h.first - _FOUNDED_SPAN):h.first]))]
    if not joint or not {"BY", "RU"} <= {ctx.country(e) for e in ctx.enterprises} | _partner_next(ctx):
        return kinds
    # the goods' own cue may be gone already (a part right after a production word is the
    # production's object, not a second project): ask the sentence's cues
    parts = [h.first for h in cue_hits(ctx.toks) if h.cue.value == "component_production"]

    def made(h: CueHit) -> str:
        return "component_production" if any(
            0 < p - h.last <= _GOODS_SPAN for p in parts) else "assembly"

    return [h._replace(cue=replace(h.cue, value=made(h))) if h in joint else h for h in kinds]


def _partner_next(ctx: KindContext) -> set[str]:
    """The sides of the firms the next sentence names as the partner («… договорились о
    создании в Ярославле совместного производства дорожной техники. Партнером холдинга
    выступит ярославская компания ООО «…»»: a named pair told in two sentences, newuser41 F6);
    empty when it names none so."""
    if not ctx.following_firms or not ctx.around_has(ctx.following_sentence, words("parties")):
        return set()
    places = list(ctx.following_places)
    return {ctx.info[e.normal].get("country") if e.normal in ctx.info
            else home_country(ctx.text, places, e) for e in ctx.following_firms} - {None}


def jointly_is_joint_development(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«наладить выпуск … совместно с белорусскими партнёрами» is joint production and
    «дорабатывают жатку вместе с конструкторами …: опытные образцы собирают» a design made
    together: such cues become a joint development. Not where a Russian firm assembles a
    named Belarusian maker's machines («Уралспецмаш» совместно с «Амкодором» собирает
    погрузчики): that is localisation, and the kind stays."""
    present = {h.cue.value for h in kinds}
    if not (present & set(MADE_KINDS) and not present & set(_JOINT_KINDS)):
        return kinds
    named = [ctx.info.get(e.normal, {}).get("country") for e in ctx.enterprises]
    # a side told by an adjective counts beside a named firm of the other: «совместно с ОАО
    # «МТЗ»…, омская компания отвечает за …», «совместно с ООО «…» … белорусские трансформаторы
    # комплектуются …» are a Belarusian maker's product localised, not a joint development
    # (not the partner of «совместно с белорусскими партнёрами»: that is joint production)
    said = {SIDES.get(e.normal) if e.type == "country" else "RU" for e in ctx.entities
            if e.role == "adjective" and (e.type == "country" or is_russian_region(e.normal))
            and not _WITH_BEFORE.search(ctx.text, max(0, e.start - 4), e.start)}
    localisation = ("BY" in named and (any(c != "BY" for c in named) or "RU" in said)) or (
        any(c != "BY" for c in named) and "BY" in said)
    if localisation or referred_side_with_maker(ctx) or words("jointly").isdisjoint(t.word for t in ctx.toks):
        return kinds
    # «вместе с местным инвестором … организация сборки погрузчиков», «совместно с КАМАЗом
    # запускаем линию по сборке двигателей»: «совместно» tells who takes part; what is
    # assembled, or parts made, keep their kind. A bare production word («наладить выпуск
    # сельхозтехники совместно с белорусскими партнёрами») is joint production, and a design
    # told with it (here or in the sentence after: «Не просто поставляем — разрабатываем
    # вместе») makes any a joint development.
    development = words("development")
    designed = not development.isdisjoint(t.lemma for t in ctx.toks) or (
        ctx.following_sentence is not None
        and not development.isdisjoint(t.lemma for t in ctx.following_sentence.toks))
    production, set_up = words("production"), words("set_up")

    def bare_production(h: CueHit) -> bool:
        """«выпуск», «наладить производство»: a production word, set up or not."""
        return bool(production & set(h.cue.words)) and set(h.cue.words) <= production | set_up

    # (two Belarusian makers together, «БелАЗ создаст … производство шин совместно с
    # «Белшиной»», have no Russian partner to localise for: a joint project of theirs)
    makers_only = len({e.normal for e in ctx.enterprises}) > 1 and all(c == "BY" for c in named)
    return [h._replace(cue=JOINT) if h.cue.value in MADE_KINDS
            and (designed or makers_only or bare_production(h)) else h for h in kinds]
