"""pymorphy3 (and natasha's pymorphy2) read their dictionaries with the C DAWG (`dawg2`, a
dependency since session 25): a parse costs ~5× less than with the pure-Python reader
(`DAWG-Python`, which they fall back on when `dawg` is missing), and every parse is the
same — a word's tags, lemma, score and the way it was found."""

from __future__ import annotations

import json
import subprocess
import sys

import pymorphy3.dawg

from analysis.lang import analyzer

# News-style sentences of our own, with the word shapes the rules meet: dictionary words,
# ё, hyphenated compounds, names, abbreviations, unknown words the predictors guess.
SENTENCES = (
    "Гомельский завод наладил выпуск комбайнов на площадке в Брянской области.",
    "В Ёлкине откроют дилерско-сервисный центр «Белагромаш-Сервис» к 2027 году.",
    "Минпромторг сообщил, что ООО «СмолТехМаш» получило заём на 45 млн рублей.",
    "Сборочное производство электробусов запустят по-белорусски быстро, обещал губернатор.",
    "Тракторостроители Кузбасса закупили кабины, колёса и гидроцилиндры у партнёров.",
)


def _words() -> list[str]:
    found: list[str] = []
    for sentence in SENTENCES:
        for raw in sentence.replace("«", " ").replace("»", " ").split():
            word = raw.strip(".,:;")
            found += [word, word.lower(), word.upper()]
    return found


_PARSES = """
import json, sys
if sys.argv[1] == "python":
    sys.modules["dawg"] = None  # `import dawg` fails: pymorphy falls back on DAWG-Python
import natasha, pymorphy3, pymorphy3_dicts_ru
words = json.loads(sys.stdin.read())
m3 = pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")
m2 = natasha.MorphVocab()
def rec(p):
    return [p.word, str(p.tag), p.normal_form, p.score, repr(p.methods_stack)]
print(json.dumps({
    "c_dawg": [pymorphy3.dawg.EXTENSION_AVAILABLE,
               sys.modules["pymorphy2.dawg"].EXTENSION_AVAILABLE],
    "pymorphy3": [[rec(p) for p in m3.parse(w)] for w in words],
    "pymorphy2": [[rec(p) for p in m2.parse(w)] for w in words],
    "inflected": [[rec(q) for q in (m3.parse(w)[0].inflect({"plur", "nomn"}),) if q]
                  for w in words]}))
"""


def _parses_with(reader: str) -> dict[str, list]:
    done = subprocess.run([sys.executable, "-c", _PARSES, reader], input=json.dumps(_words()),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_pymorphy_reads_its_dictionaries_with_the_c_dawg() -> None:
    assert pymorphy3.dawg.EXTENSION_AVAILABLE, "dawg2 is not installed (pyproject.toml)"
    import dawg  # the C extension

    assert isinstance(analyzer().dictionary.words, dawg.RecordDAWG)


def test_the_c_dawg_gives_every_parse_the_pure_python_reader_gives() -> None:
    c_dawg, python = _parses_with("c"), _parses_with("python")
    assert c_dawg.pop("c_dawg") == [True, True]
    assert python.pop("c_dawg") == [False, False]
    assert c_dawg == python
    # the lists are full: each word has its parses, the dictionary's among them
    assert all(c_dawg["pymorphy3"]) and len(c_dawg["pymorphy3"]) == len(_words())
    assert ["комбайнов", "NOUN,inan,masc plur,gent", "комбайн"] == \
        c_dawg["pymorphy3"][_words().index("комбайнов")][0][:3]
