"""Session 45 (speed45b): the region readers' look-ups made cheaper, each reading the same as
before.

- `Gazetteer._match_at` no longer compares a name's first two words (the table's key and the
  index by the next word already say they stand) nor runs the gap test of a one-word name, and
  `_case_ok` reads a one-word name's capital with no generator:
  every scan of both gazetteers is the former one's, on written sentences and on generated
  joins of the names' own words (case, quotes, gaps of punctuation, line breaks, hyphens).
- `firm_town_regions` and `subsidiary_regions` read their gates in the stretch cut once, by
  ``in`` and ``map`` (no bounded ``str.find``, no generator): the regions read are the former
  gates' on written stretches and generated ones.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.entities import RegionMention
from analysis.entities.enterprises import enterprises_gazetteer
from analysis.entities.gazetteer import Gazetteer, GazetteerEntry, GazetteerName
from analysis.entities.regions import regions_gazetteer
from analysis.lang import fold_case, fold_yo
from analysis.money import firm_town, subsidiary

SENTENCES = [
    "Поставки в Брянскую область выросли, а в Санкт-Петербург — нет.",
    "Кемеровской области — Кузбасса и Республики Саха (Якутия) это тоже касается.",
    "В Республике Татарстан и в республике Беларусь; Республика, Татарстан.",
    "Новый производственный комплекс станет центром обслуживания техники Кузбасса.",
    "В Минске также предложили Москве создать «горячие списки» товаров.",
    "Москва и Минск заключили около 60 межрегиональных соглашений.",
    "Нижний\nНовгород и Нижнем  Новгороде, Нижнего\u00a0Новгорода, нижний новгород.",
    "ОАО «Гомсельмаш» и «БелАЗ», МАЗом, БЕЛАЗ-ХОЛДИНГ, завод «Атлант» и атлант.",
    "Российско-белорусский форум прошёл в г. Королеве, во Владимире и в Орле.",
    "Ханты-Мансийском автономном округе — Югре, ХМАО-Югре открыли центры.",
    "ООО «Брянсксельмаш» получило кредит; брянсксельмаш, БРЯНСКСЕЛЬМАША.",
    "«Заволжье» и индустриальный парк «Тверь», Тверь и Смоленская обл.",
]


def _former_match_at(self: Gazetteer, text: str, toks: list[re.Match[str]], words: list[str],
                     norms: list[str], i: int) -> GazetteerName | None:
    """`Gazetteer._match_at` as it read before session 45 (every word compared, every gap)."""
    options = self._names_by_next().get(norms[i])
    if options is None:
        return None
    names = options.get(norms[i + 1]) if i + 1 < len(norms) else None
    for name in options[None] if names is None else names:
        key, entry = name
        n = len(key)
        if tuple(norms[i:i + n]) != key:
            continue
        if any(text[toks[j].end():toks[j + 1].start()].strip(" \t\u00a0")
               for j in range(i, i + n - 1)):
            continue
        if entry.quoted and ((start := toks[i].start()) == 0
                             or text[start - 1] not in "«\"“„'"):
            continue
        if entry.unquoted and (start := toks[i].start()) > 0 and text[start - 1] in "«\"“„'":
            continue
        if _former_case_ok(words[i:i + n], entry):
            return name
    return None


def _former_case_ok(words: list[str], entry: GazetteerEntry) -> bool:
    """`Gazetteer._case_ok` as it read before session 45."""
    if entry.exact:
        head = words[0][: len(entry.exact)]
        return head == entry.exact or head == entry.exact.upper()
    if entry.capitalised:
        named = words[1:] if len(words) > 1 and words[0].lower() in ("в", "во", "на") else words
        return any(w[:1].isupper() for w in named)
    return True


def _same_scans(text: str) -> None:
    for gazetteer in (regions_gazetteer(), enterprises_gazetteer()):
        now = gazetteer.scan(text)
        with pytest.MonkeyPatch.context() as m:
            m.setattr(Gazetteer, "_match_at", _former_match_at)
            former = gazetteer.scan(text)
        assert now == former, text


def test_scans_equal_the_former_look_up_on_written_sentences() -> None:
    found = 0
    for text in SENTENCES:
        for a in range(0, len(text), 5):
            _same_scans(text[a:])
        found += len(regions_gazetteer().scan(text))
    assert found > 20  # (the sentences name regions: the look-up is exercised)


def _name_words() -> list[str]:
    """Words of the gazetteers' names of two words and more (their forms as keyed), and a few
    written forms with capitals."""
    words: set[str] = set()
    for gazetteer in (regions_gazetteer(), enterprises_gazetteer()):
        for first, names in sorted(gazetteer._table.items())[::97]:
            for name in names[:4]:
                words.update(name.words)
            words.add(first)
    return sorted(words)


_WORDS = _name_words()
_GAPS = [" ", "  ", "\u00a0", "\n", ", ", " — ", " («", "» ", "-", " (", ") ", "\t", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS),
                          st.sampled_from(["lower", "title", "upper"])), min_size=1, max_size=7))
def test_scans_equal_the_former_look_up_on_generated_joins(parts) -> None:
    text = "".join(getattr(w, case)() + gap for w, gap, case in parts)
    _same_scans(text)


# -------------------------------------------------------------------------- the two gates
def _former_firm_town_regions(folded: str, start: int, end: int) -> list[RegionMention]:
    """`firm_town_regions` as it read before session 45."""
    if folded.find("ск", start, end) < 0 and folded.find("цк", start, end) < 0:
        return []
    if (stems := firm_town._noun_stems()) is not None:
        stretch = folded[start:end]
        if not any(stem in stretch for stem in stems):
            return []
    return [RegionMention(start=m.start(1), normal=region)
            for m in firm_town._firm_town().finditer(folded, start, end)
            if (region := firm_town._region_of_adjective(m.group(1))) is not None]


def _former_subsidiary_regions(text: str, folded: str, start: int,
                               end: int) -> list[RegionMention]:
    """`subsidiary_regions` as it read before session 45."""
    stretch = folded[start:end]
    if "ё" in stretch:
        stretch = fold_yo(stretch)
    if not any(stem in stretch for stem in subsidiary._stems()):
        return []
    homes = subsidiary._subsidiaries()
    return [RegionMention(start=start + e.start, normal=homes[e.normal])
            for e in enterprises_gazetteer().scan(text[start:end]) if e.normal in homes]


GATE_SENTENCES = [
    "Череповецкий канатно-метизный завод нарастил поставки в Минск.",
    "Череповецкий канатно-метизный завод нарастил поставки.",  # («цк», no «ск»)
    "екатеринбургская компания «УралДронТех» подписала контракт на 5 млн долларов.",
    "Смоленский льнокомбинат и брянское предприятие обсудили поставки.",
    "Кировский завод и Брестский завод договорились о кооперации.",
    "Российское сборочное предприятие холдинга «Гомсельмаш» ООО «Брянсксельмаш» получило кредит.",
    "ООО «МТЗ-Татарстан» и «Брянсксельмашём» назвали завод по-другому.",
    "Ничего о фирмах здесь не сказано, сказка, цкк.",
    "",
]


def _check_gates(text: str) -> None:
    folded = fold_case(text)
    for start in range(0, len(text) + 1, 3):
        for end in {start, start + 7, start + 30, len(text)}:
            end = min(end, len(text))
            assert firm_town.firm_town_regions(folded, start, end) == _former_firm_town_regions(
                folded, start, end), (text, start, end)
            assert subsidiary.subsidiary_regions(text, folded, start, end) == \
                _former_subsidiary_regions(text, folded, start, end), (text, start, end)


def test_gates_read_as_before_on_written_stretches() -> None:
    for text in GATE_SENTENCES:
        _check_gates(text)
    text = GATE_SENTENCES[0]
    assert firm_town.firm_town_regions(fold_case(text), 0, len(text))
    text = GATE_SENTENCES[1]
    assert firm_town.firm_town_regions(fold_case(text), 0, len(text))
    text = GATE_SENTENCES[5]
    assert subsidiary.subsidiary_regions(text, fold_case(text), 0, len(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["ск", "цк", "завод", "компани", "брянсксельм", "мтз-татарст",
                                 "Череповецкий ", "ё", "Ё", " ", "предприяти", "фирм", "а",
                                 "Брянсксельмаш", "МТЗ-Татарстан", "«", "ский ", "\u0130"]),
                max_size=12))
def test_gates_read_as_before_on_generated_stretches(parts) -> None:
    _check_gates("".join(parts))
