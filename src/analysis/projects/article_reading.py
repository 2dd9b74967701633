"""The reading of one article into the register's projects (`ArticleReading`, run by
`analysis.projects.register.registered_projects` on every article in publication order): each
project mention of the article merged into its project or opening a new one, with what the
reading remembers from sentence to sentence (the project in focus, the headline's projects, the
parties named before a project, the sites a sentence listed, the denials); each investment
figure tied to its project; a localisation share tied to the projects it is told of."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.entities import enterprise_info
from analysis.ingest import headline_sentence
from analysis.projects.agreements import signs
from analysis.projects.beside import site_named_beside
from analysis.projects.cancelled_later import cancel_of
from analysis.projects.further_sites import (
    maker_joins_added_site,
    plant_noun_subject,
    told_elsewhere,
    venture_stays_home,
)
from analysis.projects.headline_lead import headline_project
from analysis.projects.investments import (
    InvestmentFigure,
    answers_project_question,
    kinds_named,
    names_project,
    sites_named,
)
from analysis.projects.localisation import may_tell_localisation, tie_localisation, told_rows
from analysis.projects.localisation_answers import answers_localisation, asks_localisation
from analysis.projects.location import points_there
from analysis.projects.mention import Mention
from analysis.projects.merging import (
    ALIKE,
    Investment,
    Project,
    ProjectIndex,
    also_other_line,
    better_investment,
    goes_on_in_paragraph,
    merge_into,
)
from analysis.projects.respective_partners import respective_rows
from analysis.vocab import MADE_KINDS

if TYPE_CHECKING:
    from analysis.ingest import Article
    from analysis.projects.mention import ReadSentence
    from analysis.projects.reader import ArticleReader
    from analysis.projects.reading import CachedReader

__all__ = ["ArticleReading"]


# «Инвестиции в проект составят…» up to this many sentences after the project still names it
_NAMES_IT_WITHIN = 3
# «…о сборке в Сарапуле. В 2018 году выделили участок. Стороны отказались от проекта»:
# a cancellation reaches the project told up to this many sentences before
_CANCELS_WITHIN = 3
# «Участниками проекта стали …» names the parties of the project told up to this many
# sentences after it (a sentence or two on the money may stand between)
_PARTIES_WITHIN = 4


class ArticleReading:
    """The reading of one article into the register's projects: what it remembers from
    sentence to sentence (the project in focus, the headline's projects)."""

    def __init__(self, projects: ProjectIndex, article: Article,
                 reader: ArticleReader | CachedReader) -> None:
        self.projects = projects  # every project so far (shared across articles)
        self.article = article
        self.sents = reader.sents
        self.reader = reader
        self.here: list[Project] = []  # this article's projects
        self.headline: list[Project] = []  # opened by the title
        self.last: Project | None = None  # the project last talked about
        self.last_sent = -10  # the sentence it was last talked about in
        # the project told last, a firmless one too, and its sentence («Подрядчик заключил
        # договор с …. … в Смоленске собирались строить совместный завод. … его расторгли»):
        # what a cancellation reaches back to
        self.told: tuple[Project | None, int] = (None, -10)
        self.split_from_last: list[Project] = []  # the projects of that sentence
        self.denied: list[Mention] = []  # projects the article denies (`Mention.denies`)
        # the parties a sentence with no kind cue named before any project was told
        # («Участниками проекта стали … и …»), and that sentence
        self.parties: tuple[set[str], int] | None = None
        # the last sentence that listed sites of one kind, its projects in order of the places
        # (what a «Партнёрами выступают соответственно …» sentence after it pairs its firms with)
        self.listed: tuple[list[Project], int] | None = None
        self.told_after_title = False  # a sentence after the headline has told a project
        # the headline's sentence: 0, or the one under a date line that opens the text
        # («28 ноября 2025 г.» over the headline: the headline's project is still the title's)
        self.title = headline_sentence(article.text, self.sents)

    def run(self, figures: list[InvestmentFigure]) -> None:
        """Every mention of the article, in order, into the projects; each investment
        figure to its project."""
        sents = self.sents
        figures = sorted(figures, key=lambda f: f.position)
        positions = [f.position for f in figures]
        depth = may_tell_localisation(sents[0].text) if sents else False
        localised = False  # the sentence before told localisation («Этот показатель …» goes on)
        # the projects the last localisation figure joined, and its sentence: a later one of
        # the paragraph goes on about them («… сейчас составляет 42%. … «Наша задача —
        # довести локализацию до 65% к 2028 году», — подчеркнул он»; new user, session 24)
        tied: tuple[list[Project], int] = ([], -10)
        asked = -1  # the last question naming localisation with no percent («Какой уровень …?»)
        for idx, sent in enumerate(sents):
            adjacent = (idx - 1 in (self.last_sent, self._firmless_told())
                        and sents[idx - 1].paragraph == sent.paragraph) or self._halt_told_next(idx)
            sites: list[Project] = []
            for m in self.reader.mentions(idx, adjacent):
                self._take(m, idx)
                if m.kind is not None and m.placed and self.told[1] == idx \
                        and self.told[0] is not None and self.told[0] not in sites:
                    sites.append(self.told[0])
            if len(sites) > 1 and len({p.kind for p in sites}) == 1 \
                    and len({p.region for p in sites}) == len(sites):
                self.listed = (sites, idx)
            # the figures of this sentence, by sorted positions (linear on huge articles)
            for fig in figures[bisect_left(positions, sent.start):bisect_left(positions, sent.end)]:
                self._tie_investment(fig, idx)
            if depth or localised:
                answered = answers_localisation(sents, asked, idx)
                rows = told_rows(idx, sents, self.last, self.last_sent, self.split_from_last)
                if not rows and answered and self.last is not None:
                    rows = [self.last]  # «— Около 38%.»: the interview's project in focus
                if not rows and tied[1] >= 0 and sents[tied[1]].paragraph == sent.paragraph:
                    rows = tied[0]
                if not rows and len(self.here) == 1 and self.here[0].status != "unknown":
                    # «… а к 2025 году стороны намерены довести его до 50%» paragraphs after
                    # the one project the article has told so far: that project's (newuser32)
                    rows = list(self.here)
                localised = tie_localisation(rows, sent, self.article, localised, answered)
                if localised and rows:
                    tied = (rows, idx)
                if asks_localisation(sent):
                    asked = idx

    def _take(self, m: Mention, idx: int) -> None:
        """Merge mention `m` of sentence `idx` into its project, or open a new one."""
        last, by_town = self.last, False
        if pairs := respective_rows(m, idx, self.listed):
            # «Партнёрами выступают соответственно …» after sites listed: each its own firm
            for p, firm in pairs:
                p.add(replace(m, enterprises={firm}), self.article)
            return
        if m.denies:
            self.denied.append(m)
            if last is not None and last.paused and last.status == "unknown" \
                    and last.region == m.region and last.enterprises & m.enterprises:
                # «Проект сборки … закрыт. … окончательно свёрнут»: a halted project wound up
                last.cancel(*cancel_of(m, self.article))
            return
        if m.status not in ("operating", "in_progress") and any(
                d.region == m.region and d.enterprises & m.enterprises for d in self.denied):
            # «Ранее источники утверждали, что МАЗ и КАМАЗ вложат в предприятие в Твери …»
            # after the denial: the denied plan told again; nothing after it continues a project
            self.last = None
            return
        if m.cancels_own:  # another project cancelled: the next sentences tell of it
            self.last, self.told = None, (None, idx)
            return
        if m.cancels:
            # «В 2021 году проект официально отменили»: the project just told is off
            told, told_sent = self.told
            if told is not None and told_sent > self.last_sent and m.reference:
                last, last_sent = told, told_sent  # a firmless project told after the last
            else:
                last_sent = self.last_sent
            # («В 2012 году «Белпоршень» и «Волга-Мотор» создавали участок …, но проект был
            # свёрнут» after the plant's new project with another partner: a partner the
            # project lacks tells another project's end)
            if last is not None and idx - last_sent <= _CANCELS_WITHIN and (
                    m.reference or m.enterprises & last.enterprises) \
                    and not (last.enterprises and m.enterprises - last.enterprises):
                last.cancel(*cancel_of(m, self.article))
            return
        elsewhere = told_elsewhere(m, last)
        if m.another and last is not None and m.region not in (last.region, None):
            # «к ним добавится центр в Тюмени»: the last project's kind and firms, a new place;
            # «предприятие рассчитывает открыть аналогичные центры в …»: a plant's noun
            # as the subject, the maker's new sites (its partner at the last site stays there)
            makers = self._makers(last) if not m.enterprises and plant_noun_subject(
                m.sentence.toks) else set()
            m = replace(m, kind=last.kind, enterprises=m.enterprises | (makers or last.enterprises),
                        product=last.product, product_key=set(last.product_key),
                        reference=False)
        elif m.another:
            if "проект" in m.sentence.lemmas:  # «Ещё один проект готовится в Арзамасе»: the
                self.last = None  # sentences after it tell that one, not the last project
            return
        elif m.new_site and last is not None and m.region not in (last.region, None) \
                and not m.enterprises and (makers := self._makers(last)):
            # «До конца года центр в Мурманске продолжит…» after the new centre in Архангельск:
            # a site of the same maker (the partner of the last site does not go along)
            m = replace(m, kind=m.kind or last.kind, enterprises=makers, reference=False,
                        product=m.product if m.product_key else last.product,
                        product_key=m.product_key or set(last.product_key))
        elif (added := maker_joins_added_site(m, last, self._makers)) is not None:
            m = added  # «Вторая площадка появится в …: «…» организует сборку»: the maker too
        m = venture_stays_home(m, last, elsewhere)  # «Неман-НН» stays in Nizhny Novgorod
        if m.kind is not None and not m.placed and (site := self._site_of(m.enterprises, m.kind)):
            # «…обсуждают создание в Орше производства жгутов. Решение о регистрации СП
            # стороны примут…»: a sentence that names no place continues its firms' site
            # told earlier in the article, not the article's main region (a guess)
            m = replace(m, region=site.region, location=site.location)
        elif m.kind is not None and not m.placed and last is not None and last.placed \
                and last.region is None and idx - self.last_sent == 1 and m.enterprises \
                and m.enterprises <= last.enterprises and {m.kind, last.kind} == set(MADE_KINDS):
            # «…организацию на площадке БАТЭ в Борисове производства свечей. Стержни
            # предоставит российская сторона, корпуса и окончательную сборку выполнит
            # белорусское предприятие»: the next sentence, naming no place, shares out the
            # work of the project just placed in Belarus; its assembly is that project's
            m = replace(m, kind=last.kind, region=None, location=last.location, placed=True)
        elif m.kind is not None and not m.placed and last is not None and last.placed \
                and last.region is not None and points_there(m.sentence):
            # «В Рубцовске работает сервисный центр … Дилер планирует наладить в нём сборку»:
            # the new project is at the site of the one last told
            m = replace(m, region=last.region, location=last.location, placed=True)
        if (own := site_named_beside(m, self.here)) is not None:
            # «Сервисный центр и склад в Аксае …» after the centre placed in Михайловск: the
            # place's own warehouse told again (projects/beside.py)
            m = replace(m, kind=own.kind, product=own.product, product_key=set(own.product_key))
        if m.kind is not None and not m.enterprises and not self.here and self.parties \
                and idx - self.parties[1] <= _PARTIES_WITHIN:
            # «Участниками проекта стали ОАО «…» и ООО «…». … На первом этапе в Коврове
            # монтируется линия»: the first project told names no firm; it is the parties'
            m = replace(m, enterprises=set(self.parties[0]))
        p = merge_into(self.projects, m, self.here, self.last, idx - self.last_sent <= 1) or (
            self.last if goes_on_in_paragraph(m, self.last, 0 <= self.last_sent < idx and self.sents[
                self.last_sent].paragraph == m.sentence.paragraph) else None)
        if m.kind is None and m.reference and m.enterprises and self._firmless_told() == idx - 1 \
                and not any(q.enterprises & m.enterprises for q in self.here):
            # «В Жлобине намерены совместно разработать ограждение. Партнёром выступит
            # екатеринбургское ООО «…»»: a party named right after a project told with no
            # firm joins that project, not the one last told with firms
            p = self.told[0]
        if p is None:  # the headline's project told again by the lead
            p = headline_project(m, idx, self.here, self.headline,
                                 idx > self.title and not self.told_after_title, self.title)
        if p is None:
            if m.kind is None:
                if len(m.enterprises) > 1 and not self.here:
                    self.parties = (set(m.enterprises), idx)
                return
            if m.reference and not m.anchored and self.last is None:
                return  # «Белорусские предприятия готовы…»: nothing to point back at
            if m.reference and self.last and not m.enterprises:
                # «Теперь центр планирует заняться и сборкой»: the centre's firms
                m.enterprises = set(self.last.enterprises)
                p = merge_into(self.projects, m, self.here, None, False)
            if m.town_plant and not m.enterprises and p is None:
                # «Кабины сваривают в Светлогорске»: a firmless project that continues none
                # is the work of the article's plant named after its town (it stays out of
                # focus: what points back after it points where it pointed before)
                m, by_town = replace(m, enterprises={m.town_plant}), True
                p = merge_into(self.projects, m, self.here, None, False)
        if p is None:
            p = Project(region=m.region, kind=m.kind,
                        also_line=any(also_other_line(q, m) for q in self.here))
            self.projects.append(p)
            if idx == self.title:
                self.headline.append(p)
                p.title_only = p.title_opened = True
        elif idx > self.title:
            p.title_only = False
        p.add(m, self.article)
        self.projects.refile(p)  # its kind or region may have changed
        if p not in self.here:
            self.here.append(p)
        if m.kind is None and m.reference and p is self.last:
            # «Первые машины должны сойти с конвейера в 2026 году» after «сборке тракторов МТЗ
            # и комбайнов «Лидсельмаш»»: it continues both projects
            for q in self.split_from_last:
                if q is not p and q.kind == p.kind and q.region == p.region:
                    q.progress(m.status, m.timeline, signs(m))
        self.told = (p, idx)
        self.told_after_title = self.told_after_title or idx > self.title
        if (p.enterprises and not by_town) or self.last is None:
            if self.last_sent != idx:
                self.split_from_last = []
            self.split_from_last.append(p)
            self.last, self.last_sent = p, idx

    def _halt_told_next(self, idx: int) -> bool:
        """Is sentence `idx` a halt told one sentence after the project's own, in its
        paragraph, the sentence between telling nothing of a project («… с 2013 года собирали
        тракторы МТЗ. Цех работал, поставлял машины хозяйствам края. Но с весны прошлого года
        сборка поставлена на паузу»)? It halts that project, as one right after it does."""
        sents, between = self.sents, idx - 1
        if self.last_sent != idx - 2 or self.last_sent < 0 \
                or not sents[self.last_sent].paragraph == sents[between].paragraph == sents[idx].paragraph \
                or self.reader.mentions(between, True):
            return False
        halts = self.reader.mentions(idx, True)
        return bool(halts) and all(m.kind is None and m.halted for m in halts)

    def _firmless_told(self) -> int:
        """The sentence that last told a project naming no firm (the project told last), or
        -10 when the project told last names one."""
        told, at = self.told
        return at if told is not None and not told.enterprises else -10

    def _site_of(self, firms: set[str], kind: str) -> Project | None:
        """The latest project of this article of `kind` (or a like kind), placed by a
        sentence of its own and naming every one of `firms` (None: no such project). Of
        another kind it is another project («СП в Лиде» … «сборку мы будем расширять здесь»)."""
        if not firms:
            return None
        return next((p for p in reversed(self.here) if p.placed and firms <= p.enterprises
                     and (p.kind == kind or {p.kind, kind} in ALIKE)), None)

    def _makers(self, last: Project) -> set[str]:
        """The Belarusian makers of `last`, else of the article's latest project naming one."""
        info = enterprise_info()
        for p in [last, *reversed(self.here)]:
            makers = {f for f in p.enterprises if info.get(f, {}).get("country") == "BY"}
            if makers:
                return makers
        return set()

    def _site_told(self, sent: ReadSentence) -> list[Project]:
        """«В строительство и оснащение центра … вложили 380 млн рублей» a paragraph after the
        centre was told: the staged projects of the article whose own sentences name the site
        the money goes into (`sites_named`)."""
        sites = sites_named(sent.text[sent.start:sent.end])
        if not sites:
            return []
        aid = self.article.article_id
        return [p for p in self.here if p.status != "unknown" and any(
            e.article.article_id == aid and sites & sites_named(e.article.text[e.start:e.end])
            for e in p.evidence)]

    def _tie_investment(self, fig: InvestmentFigure, idx: int) -> None:
        """An investment figure in sentence `idx` joins the project of its sentence or of the
        previous sentence of its paragraph; a sentence naming «проект» reaches a bit further;
        elsewhere a sentence naming a kind joins the article's one project of that kind."""
        sent, last = self.sents[idx], self.last
        if not sent.start <= fig.position < sent.end:
            return
        names_it = last is not None and idx - self.last_sent <= _NAMES_IT_WITHIN \
            and (names_project(sent) or answers_project_question(self.sents, idx))
        # a row opened by this very sentence with no stage of its own («Белорусская сторона
        # вложила в сборочную площадку 1,2 млрд», the firm borrowed from an answer before)
        # is no project to hold the money
        stageless = last is not None and self.last_sent == idx and last.status == "unknown" \
            and not last.paused and len(last.evidence) == 1
        # «Дополнительно инвестировали 420 млн» answers later in an interview about the one
        # project of the article: the sum added can be to no other project
        added_to_the_one = last is not None and fig.additional and last.investment is not None \
            and all(p is last or (p.region == last.region and p.enterprises & last.enterprises)
                    for p in self.here)  # (a title's row of the same firms there is this project too)
        if last is None or stageless or not (self.last_sent == idx or names_it or added_to_the_one
                                             or (self.last_sent >= 0 and self.sents[
                                                 self.last_sent].paragraph == sent.paragraph)):
            # paragraphs after the assembly was told, the money's object names the article's
            # one project of its kind; «Общая стоимость проекта оценивается в 6,4 млрд» (a
            # whole, «проект» in the singular) is the cost of the project the article is on
            kinds = kinds_named(sent)
            named = [p for p in self.here if p.kind in kinds and p.status != "unknown"] \
                if kinds else [last] if last is not None and not stageless and fig.total \
                and names_project(sent) else self._site_told(sent)
            if len(named) != 1 or named[0].investment is not None:
                if not stageless:
                    return
            else:
                last = named[0]
        last.investment = better_investment(last.investment, Investment(
            value=fig.value, currency=fig.currency, total=fig.total, additional=fig.additional,
            planned=fig.planned, published=self.article.published))
        last.add(Mention(sentence=sent, kind=last.kind, status="unknown", enterprises=set(),
                         region=last.region, generic=True), self.article)
        self.projects.refile(last)
        self.last, self.last_sent = last, idx  # the figure keeps the project in focus
