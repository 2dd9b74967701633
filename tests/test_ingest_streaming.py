"""The loader reads a corpus in two passes without holding every file's paragraphs: the
taglines are found a file at a time (`TaglineFinder`) and a text file's paragraphs are cut
again from its text when its articles are built. Both must give what holding everything gave:
the same taglines as the whole-corpus rule, the same paragraphs, hence the same articles."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.ingest import load_corpus
from analysis.ingest.chrome import TaglineFinder, detect_taglines
from analysis.ingest.reading import read_file
from analysis.ingest.segments import Para, Segment
from analysis.ingest.walk import walk_corpus

ROOT = Path(__file__).resolve().parents[1]
TAGLINE_LIMIT = 120  # the finder's longest tagline (chrome._MAX_TAGLINE), restated as the rule


def whole_corpus_taglines(files: Sequence[Sequence[Para]]) -> set[str]:
    """The tagline rule as it read a corpus held whole (every opener with the set of its
    second lines), for lines that never resemble another line (a line resembles itself: a
    headline printed twice says nothing of site chrome)."""
    openers: dict[str, set[str]] = {}
    for paras in files:
        if len(paras) >= 2 and paras[0].text != paras[1].text:
            openers.setdefault(paras[0].text, set()).add(paras[1].text)
    return {line for line, seconds in openers.items()
            if len(line) <= TAGLINE_LIMIT and len(seconds) >= 2
            and (line.endswith((".", "!")) or sum(not s.endswith((".", "…")) for s in seconds) >= 2)}


def para(text: str) -> Para:
    return Para(text, (Segment(0, 0, len(text)),))


# Lines with no word in common (the rule ignores an opener its second line repeats): slogans
# with and without a final period, headlines, lead sentences, and one opener too long.
LINES = [
    "Новости Союзного государства.", "Читайте нас в мессенджерах!", "Главное за неделю",
    "Минский тракторный завод расширяет сборку", "Гомсельмаш открыл сервисный центр",
    "Товарооборот вырос на девять процентов.", "Поставки комбайнов продолжатся весной…",
    "Белорусские грузовики соберут под Калугой", "Кредит одобрен банком развития.",
    "Экспорт молочной продукции " + "очень " * 30 + "большой.",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(LINES), max_size=4), max_size=12))
def test_taglines_told_a_file_at_a_time_are_those_of_the_whole_corpus(files: list[list[str]]) -> None:
    paragraphs = [[para(line) for line in lines] for lines in files]
    finder = TaglineFinder()
    for paras in paragraphs:
        finder.add(paras)
    assert finder.taglines() == whole_corpus_taglines(paragraphs)
    assert detect_taglines(paragraphs) == whole_corpus_taglines(paragraphs)


def test_a_repeated_headline_under_one_opener_is_no_tagline_but_two_different_ones_are() -> None:
    finder = TaglineFinder()
    finder.add([para("Главное за неделю"), para("Гомсельмаш открыл сервисный центр")])
    finder.add([para("Главное за неделю"), para("Гомсельмаш открыл сервисный центр")])
    assert finder.taglines() == set()  # one second line twice: a copy, not a tagline
    finder.add([para("Главное за неделю"), para("Кредит одобрен банком развития")])
    assert finder.taglines() == {"Главное за неделю"}


def corpus_files(folder: Path) -> list:
    return [f for f in walk_corpus(folder).files if f.rel.endswith((".txt", ".html", ".htm"))]


def test_a_text_file_kept_compact_cuts_the_same_paragraphs_again_and_a_page_keeps_its_own() -> None:
    kinds = set()
    for folder in (ROOT / "seeds", ROOT / "tests/fixtures/corpora/messy_trade"):
        for f in corpus_files(folder):
            try:
                read = read_file(f)
            except Exception:  # unreadable fixture files are the loader's problems, not this test's
                continue
            compact = read.compact()
            kinds.add(read.kind)
            assert compact.paragraphs() == read.paragraphs(), f.rel
            assert (compact.paras is None) == (read.kind != "html"), f.rel
    assert kinds == {"text", "html"}


def test_the_fixture_corpora_taglines_read_a_file_at_a_time_are_the_whole_corpus_ones() -> None:
    for folder in (ROOT / "seeds", ROOT / "tests/fixtures/corpora/messy_trade"):
        paragraphs = []
        for f in corpus_files(folder):
            try:
                paragraphs.append(read_file(f).paragraphs())
            except Exception:
                continue
        finder = TaglineFinder()
        for paras in paragraphs:
            finder.add(paras)
        assert finder.taglines() == detect_taglines(paragraphs)


def write_wires(folder: Path, n: int) -> Path:
    """`n` wire files that open with one agency's slogan (a tagline the loader must drop)."""
    folder.mkdir()
    for i in range(n):
        (folder / f"wire{i:03d}.txt").write_text(
            f"Новости Союзного государства.\nЗавод номер {i} начал сборку тракторов\n"
            f"Вложения составят {i + 10} млн рублей, сообщили в администрации.\n", encoding="utf-8")
    return folder


def test_a_slogan_opening_every_wire_is_dropped_from_each_article(tmp_path: Path) -> None:
    corpus = load_corpus(write_wires(tmp_path / "c", 5))
    assert len(corpus.articles) == 5
    for article in corpus.articles:
        assert not article.text.startswith("Новости Союзного государства")
        assert article.title.startswith("Завод номер")
        start, end = article.original_span(0, len(article.title))
        assert article.original[start:end] == article.title
