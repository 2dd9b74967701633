"""The records of reading: a sentence as the reader sees it, and a project mention.

`ArticleReader` (`analysis.projects.reader`) turns each `ReadSentence` of an article into
`Mention`s; the register (`analysis.projects.register`) merges mentions into projects.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.projects.cards import card_sentences
from analysis.projects.cues import WORD, Token, may_matter, tokens, word_info

if TYPE_CHECKING:
    from analysis.ingest import Article

_NEWLINE = lazy_compile(r"\n")
_LINE_SPLIT = lazy_compile(r"(\n)")
_HASHTAGS = lazy_compile(r"\s*(?:#\w[\w-]*[\s,.;]*)+")  # «#МТЗ #Гомсельмаш #СП #сервис»


@dataclass
class ReadSentence:
    """A sentence cut at paragraph breaks too (clean-text offsets of `text`); its tokens are
    read on first use, since most sentences are passed over before any rule reads them."""

    start: int
    end: int
    paragraph: int  # index of the paragraph (line) it stands in
    # the whole clean text of the article (shared, not copied: the offsets point into it)
    text: str = field(compare=False, repr=False)
    _toks: list[Token] | None = field(default=None, compare=False, repr=False)
    _lemmas: frozenset[str] | None = field(default=None, compare=False, repr=False)
    _words: frozenset[str] | None = field(default=None, compare=False, repr=False)

    @property
    def toks(self) -> list[Token]:
        """The words of the sentence with their lemmas (tokenised once, on first use)."""
        if self._toks is None:
            self._toks = tokens(self.text, self.start, self.end)
        return self._toks

    @property
    def tokenised(self) -> bool:
        """Whether the tokens were read (a sentence passed over never is)."""
        return self._toks is not None

    @property
    def lemmas(self) -> frozenset[str]:
        """The lemmas of the sentence, as a set (so a rule asks «any lemma in S?» once)."""
        if self._lemmas is None:
            self._lemmas, self._words = self._sets()
        return self._lemmas

    @property
    def words(self) -> frozenset[str]:
        """The words of the sentence (lower case, ё as е), as a set."""
        if self._words is None:
            self._lemmas, self._words = self._sets()
        return self._words

    def _sets(self) -> tuple[frozenset[str], frozenset[str]]:
        """The lemmas and the words, from the tokens when they were read, else from the words'
        cached analyses (the same words and analyses `tokens` gives, without a token each:
        a neighbour sentence asked «any lemma in S?» by several rules is read once)."""
        if self._toks is not None:
            return (frozenset(t.lemma for t in self._toks), frozenset(t.word for t in self._toks))
        infos = [word_info(w) for w in WORD.findall(self.text, self.start, self.end)]
        return frozenset(i.analysis.lemma for i in infos), frozenset(i.word for i in infos)

    def has_lemma_in(self, lemmas: frozenset[str], forms: bool = False) -> bool:
        """Does some word of the sentence have its lemma (`forms`: or its lower-case form)
        in `lemmas`? Answered without tokenising the sentence when it was not read yet (its
        sets are read once, then every question is a set look-up)."""
        return not lemmas.isdisjoint(self.lemmas) or (forms and not lemmas.isdisjoint(self.words))

    def may_matter(self) -> bool:
        """False when no word of the sentence can start a cue or be a word the reader's first
        check looks for (`analysis.projects.cues.may_matter`): such a sentence gives no
        mention, and its tokens need not be read for that. A line of hashtags
        («#МТЗ #Гомсельмаш #СП #сервис» under a channel's post) tags the post, it tells nothing."""
        if _HASHTAGS.fullmatch(self.text, self.start, self.end):
            return False
        if self._toks is not None:
            return any(may_matter(t.word) for t in self._toks)
        # (map, not a generator: the screen runs on every sentence of every article)
        return any(map(may_matter, WORD.findall(self.text, self.start, self.end)))


@dataclass
class Mention:
    """What one sentence says of one project."""

    sentence: ReadSentence
    kind: str | None  # None: no kind cue, can only continue a project
    status: str
    enterprises: set[str]
    region: str | None
    product: str = ""
    product_key: set[str] = field(default_factory=set)
    timeline: str | None = None
    reference: bool = False  # points back at the project last talked about
    generic: bool = False  # a bare production cue («открыть производство», «выпуск»)
    anchored: bool = True  # names a firm, a place or a programme (not only «предприятия…»)
    location: str = ""  # the town or Belarusian place said («Лида», «Сургут, Нижневартовск»)
    placed: bool = False  # the sentence names the place (not the article's main region)
    another: bool = False  # adds a site to the project last told («ещё один … в Оренбурге»)
    # «центр в Мурманске продолжит…», «линию там монтируют» after a project elsewhere: a
    # sentence pointing back names a place of its own, another site of the maker last told
    new_site: bool = False
    # «В 2021 году проект официально отменили»: a denial pointing back cancels the project
    # last told (`reference`: it names «проект»; else it must share a firm with it)
    cancels: bool = False
    # «Проект сборки белорусских погрузчиков …, о котором объявили, отменили»: a cancelled
    # project of its own that names no firm: it is not the project last told, and the
    # sentences after it («Соглашение расторгнуто») tell of it, not of that one
    cancels_own: bool = False
    # «Минпром опроверг информацию о строительстве совместного с «КАМАЗом» завода в Тверской
    # области»: a project denied; the article's later plans of its firms there are the
    # denied plan told again (a rumour's details), not a project (`kind` None, no row)
    denies: bool = False
    # «До конца года планируют собрать ещё 12 машин. … получил автобусы МАЗ»: the sentence
    # names no firm of its own; its `enterprises` were read ahead, from the sentence after
    borrowed: bool = False
    # «Соглашение с ООО «…» мы подписали в сентябре. Первые сеялки соберём в Омске весной»:
    # a plan that names no firm of its own, right after a sentence that tells an agreement
    # signed with its firms, is what was agreed (`agreements.signed_before`)
    signed_before: bool = False
    # «с августа приостановило сборку», «линия закрыта»: the project is told halted
    # (`stance.SUSPENDED` or `stance.CLOSED`, "" for none): a row with no stage
    halted: str = ""
    # «проект сборки …, о котором объявляли в 2022 году», «…, так и не было запущено»: a
    # project told announced, with no stage (or never started): a row of its own, `unknown`
    announced: bool = False
    # «первые машины сейчас проходят обкатку»: the first items under test (not running yet)
    trial: bool = False
    # «Вторая площадка появится в Самарской области: … «АвтоСоюз-Сборка» организует сборку»:
    # the sentence adds a site to those told (`enumeration.another_site`), under a kind of its own
    adds_site: bool = False
    # «как её удалось запустить снова», «в 2024 году линию перезапустили»: told restarted
    # after a pause (`stance.told_resumed`): the pause is over
    resumed: bool = False
    # «Кабины сваривают в Светлогорске» on ОАО «Светлогорский механический завод»: the
    # article's plant named after the town of a firmless mention (`town_plant`), its firm
    # when the mention opens a project of its own (it continues none)
    town_plant: str = ""

    @property
    def paused(self) -> bool:
        """Told halted, suspended or closed (`halted`): a project with no stage."""
        return bool(self.halted)


def read_sentences(article: Article) -> list[ReadSentence]:
    """The article's sentences, cut at paragraph breaks too (titles have no final full stop);
    a card's heading and field lines are one (`cards`)."""
    text = article.text
    para_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    out = []
    for s in article.sentences:
        pos = s.start
        for piece in _LINE_SPLIT.split(text[s.start:s.end]):
            if piece.strip() and piece != "\n":
                a = pos + len(piece) - len(piece.lstrip())
                b = pos + len(piece.rstrip())
                para = bisect_right(para_starts, a) - 1  # paragraph starts indexed once
                out.append(ReadSentence(start=a, end=b, paragraph=para, text=text))
            pos += len(piece)
    # a heading over «Поле: значение» lines is one project told field by field
    return card_sentences(text, out, lambda s: s.start, lambda s: s.end, lambda s: s.paragraph,
                          lambda a, b: ReadSentence(start=a.start, end=b.end,
                                                    paragraph=a.paragraph, text=text))
