"""Garbled and non-Russian texts are not articles: listed in problems.csv with the reason.

A new user's French Latin-1 file was decoded as Windows-1251 and a damaged file came out
garbled; both counted in «Охват 12 статей» though they gave nothing (session 26).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PAGE, load_single

from analysis.ingest import load_corpus
from analysis.ingest.readable import judge
from analysis.tables.dataset import extract

RU = ("Минский тракторный завод и правительство Тверской области подписали соглашение о сборке "
      "тракторов «Беларус» на площадке в Твери. Объём инвестиций составит 1,2 млрд рублей, "
      "сообщили в пресс-службе губернатора.\n")
FR = ("Le président de la société a déclaré que les ventes à l'étranger ont augmenté de 12 % "
      "en un an. La production des usines de Minsk est destinée pour la plupart au marché russe, "
      "et le contrat sera signé à la fin de l'année.\n")
# a Russian article naming many foreign companies in Latin letters
NAMES = ("Совместное предприятие откроют в Смоленске\n"
         "В проекте участвуют Caterpillar Inc., John Deere, CLAAS KGaA, Siemens Energy, Bosch Rexroth, "
         "Schneider Electric и Minsk Tractor Works Holding. Партнёры вложат 2,4 млрд рублей, "
         "сообщила пресс-служба администрации Смоленской области.\n")
TABLE = "Товарооборот, млн долл.\n2021\t3 450,2\n2022\t4 120,7\n2023\t4 388,1\n2024\t4 902,5\n"


def test_cp1251_and_utf8_russian_are_read(tmp_path: Path) -> None:
    for codec in ("cp1251", "utf-8"):
        [a] = load_single(tmp_path / codec, "ru.txt", RU.encode(codec)).articles
        assert a.encoding == codec and a.text == RU.strip()


def test_a_latin1_french_file_is_not_russian(tmp_path: Path) -> None:
    c = load_single(tmp_path, "fr.txt", FR.encode("latin-1"))
    assert c.articles == []
    [p] = c.problems
    assert p.file == "fr.txt" and p.reason.startswith("not Russian text: it reads as French")


def test_utf8_russian_double_encoded_is_garbled(tmp_path: Path) -> None:
    mojibake = RU.encode("utf-8").decode("cp1251").encode("utf-8")  # «РњРёРЅСЃРєРёР№»
    c = load_single(tmp_path, "moji.txt", mojibake)
    assert c.articles == []
    [p] = c.problems
    assert p.reason.startswith("garbled text") and "UTF-8 read as Windows-1251" in p.reason
    assert "moji.txt" in p.reason and "re-save it as UTF-8" in p.reason


@pytest.mark.parametrize(("garble", "shown"), [
    (lambda t: t.encode("utf-8").decode("latin-1"), "UTF-8 read as Latin-1"),
    (lambda t: t.encode("cp1251").decode("latin-1"), "Windows-1251 read as Latin-1"),
])
def test_latin1_mojibake_with_latin_words_is_garbled(garble, shown) -> None:
    verdict = judge("Minsk Tractor Works, MTZ\n" + garble(RU * 2))
    assert (verdict.kind, verdict.detail.split(" («")[0]) == ("garbled", shown)


def test_russian_with_many_english_names_and_a_figures_table_are_kept(tmp_path: Path) -> None:
    (tmp_path / "names.txt").write_text(NAMES, encoding="utf-8")
    (tmp_path / "table.txt").write_text(TABLE, encoding="utf-8")
    c = load_corpus(tmp_path)
    assert sorted(a.file for a in c.articles) == ["names.txt", "table.txt"] and c.problems == []
    assert judge(NAMES).kind == "russian" and judge(TABLE).kind == "few letters"


def test_a_page_with_a_wrong_charset_is_read_in_the_one_that_gives_russian(tmp_path: Path) -> None:
    # declared windows-1252, saved in Windows-1251: «Ðîññèÿ» until the Cyrillic codecs are tried
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace("©", "(c)")
    [a] = load_single(tmp_path, "p.html", page.encode("cp1251")).articles
    assert a.encoding == "cp1251" and a.original == page
    assert a.title == "Минск и Казань договорились о сборке тракторов"


def test_the_skipped_files_are_listed_with_their_reasons_and_not_counted(tmp_path: Path) -> None:
    (tmp_path / "ru.txt").write_bytes(RU.encode("cp1251"))
    (tmp_path / "fr.txt").write_bytes(FR.encode("latin-1"))
    (tmp_path / "moji.txt").write_bytes(RU.encode("utf-8").decode("cp1251").encode("utf-8"))
    ds = extract(tmp_path, ner=False)
    assert list(ds.articles["file"]) == ["ru.txt"]
    reasons = dict(zip(ds.problems["file"], ds.problems["reason"], strict=True))
    assert reasons["fr.txt"].startswith("not Russian text")
    assert reasons["moji.txt"].startswith("garbled text")
