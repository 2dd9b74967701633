"""The towns generated from GeoNames, as the gazetteers read them.

``regions_cities.csv`` is checked name by name; ``regions_towns.csv`` is every other Russian
town of GeoNames whose name is safe (made by scripts/build_towns.py, which leaves out the
names the hand list has, names two regions share, Belarusian towns' names, common words,
persons' names; the hand list wins where both name a town). A generated town is not read
in a case form that reads as something else too (`generated_town_forms`).
"""

from __future__ import annotations

from functools import cache

from analysis.entities.gazetteer import phrase_forms
from analysis.lang import analyzer

# a dictionary reading of a town's form as one of these says it is a person
_PERSON_TAGS = ("Name", "Surn", "Patr")


@cache  # both the region gazetteer and the town names ask for every town's forms
def generated_town_forms(town: str) -> tuple[str, ...]:
    """The case forms of a one-word generated town (normalised) but those that read as
    something else: «Заволжском» is the town Заволжск's instrumental, but «в Заволжском
    районе» names a district; «Калашникова» is a form of the town Калашниково, and a
    surname."""
    return tuple(sorted(form for (form,) in phrase_forms(town, same_number=True)
                        if not _misleading_form(form)))


def _misleading_form(form: str) -> bool:
    """Is this case form of a town also an adjective's, or (in the dictionary) a Russian
    person's name? (Foreign surnames that do not decline, «Шарье», are too rare to count.)"""
    for p in analyzer().parse(form):
        if p.tag.POS == "ADJF":
            return True
        in_dictionary = (len(p.methods_stack) == 1
                         and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer")
        if in_dictionary and "Fixd" not in p.tag and any(t in p.tag for t in _PERSON_TAGS):
            return True
    return False
