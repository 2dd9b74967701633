"""Sites told one after another in one article (issue 11, session 23): a further site in a
region of its own names its own Russian partner and takes the maker last told
(«Вторая площадка появится в Самарской области: … «АвтоСоюз-Сборка» организует сборку»),
and a joint venture's own company («Неман-НН», a maker's brand and a place) stays at the
venture's site: its makers go on to the next site, its name does not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from analysis.entities import enterprise_info, enterprise_parent
from analysis.projects.cues import Token, words
from analysis.projects.mention import Mention
from analysis.projects.merging import Project

__all__ = [
    "belarusian_makers",
    "maker_joins_added_site",
    "plant_noun_subject",
    "told_elsewhere",
    "venture_companies",
    "venture_stays_home",
]


def belarusian_makers(firms: set[str]) -> set[str]:
    """The Belarusian makers among `firms`."""
    info = enterprise_info()
    return {f for f in firms if info.get(f, {}).get("country") == "BY"}


def plant_noun_subject(toks: list[Token]) -> bool:
    """«В следующем году предприятие рассчитывает открыть аналогичные центры в …»: a plant's
    noun (``plant_site``: «завод», «предприятие»; not «компания», which may be the dealer's)
    in the nominative, not in the plural, stands as the sentence's subject: the maker told
    acts itself."""
    heads = words("plant_site")
    return any(t.lemma in heads and "nomn" in t.tags and "plur" not in t.tags
               and not (k and toks[k - 1].pos in ("ADJF", "PRTF")) for k, t in enumerate(toks))


def venture_companies(firms: set[str]) -> set[str]:
    """The companies among `firms` named after a listed maker and a tail («Неман-НН»,
    «Амкодор-Пермь»: a venture or daughter the list does not know, at home at its own site)."""
    info = enterprise_info()
    return {f for f in firms if f not in info and enterprise_parent(f) is not None}


def told_elsewhere(m: Mention, last: Project | None) -> bool:
    """Whether `m` borrows its firms from the project last told (it names none of its own, or
    adds a site to a list) and is placed in another region than that project."""
    return (m.reference or m.another) and m.placed and last is not None \
        and m.region not in (last.region, None)


def maker_joins_added_site(m: Mention, last: Project | None,
                           makers: Callable[[Project], set[str]]) -> Mention | None:
    """«Вторая площадка появится в Самарской области: … «АвтоСоюз-Сборка» организует сборку»:
    a sentence adding a site in another region, naming only a Russian partner, is a further
    site of the maker last told (`makers(last)`); None when it is not such a sentence."""
    if not (m.adds_site and m.placed and last is not None and m.region not in (last.region, None)
            and m.enterprises and not belarusian_makers(m.enterprises)):
        return None
    found = makers(last)
    return replace(m, enterprises=m.enterprises | found) if found else None


def venture_stays_home(m: Mention, last: Project | None, elsewhere: bool) -> Mention:
    """«СП «Неман-НН» в Нижегородской области … Вторая площадка появится в Самарской области:
    партнёр организует сборку»: a mention told elsewhere (`elsewhere`, `told_elsewhere`) after
    a joint venture loses the venture's own company, not its makers."""
    if not elsewhere or last is None or last.kind != "joint_venture" or m.kind == "joint_venture":
        return m
    ventures = venture_companies(m.enterprises)
    if not ventures or not m.enterprises - ventures:
        return m
    return replace(m, enterprises=m.enterprises - ventures)
