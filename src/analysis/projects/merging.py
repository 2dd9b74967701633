"""The project being built from mentions, and the rules that merge mentions and projects.

`Project` gathers the mentions of one project (`add`) and other rows found to be the same
project (`absorb`); `merge_into` says which project a mention continues (step 5 of the
register, see `analysis.projects.register`); `analysis.projects.consolidation` merges the rows
that ended up describing one project once every article is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from analysis.entities import enterprise_info, town_name
from analysis.projects.agreements import signs
from analysis.projects.cues import words
from analysis.projects.held_investment import Investment, better_investment
from analysis.projects.labels import names_a_product
from analysis.projects.localisation import Localisation, later_localisation
from analysis.projects.mention import Mention
from analysis.projects.products import product_label, refines
from analysis.projects.project_index import ProjectIndex
from analysis.projects.stance import stronger_halt, tells_resumption
from analysis.projects.timelines import later_timeline
from analysis.projects.told_again import launch_told, venture_told_again, work_topic_first
from analysis.vocab import CANCELLED, MADE_KINDS, SIGNED_RANK, STATUS_RANK

if TYPE_CHECKING:
    from analysis.ingest import Article

# Kinds that one facility can be called by: a dealer centre with a service zone is a service
# centre, «совместное производство» of a joint venture is the venture.
ALIKE = ({"other", "service_center"}, {"joint_development", "joint_venture"})
_SPECIFIC = ("joint_venture", "service_center")


class Evidence(NamedTuple):
    """A sentence that mentions a project (clean-text offsets into `article.text`)."""

    article: Article
    start: int
    end: int


def _similar(x: str, y: str) -> bool:
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    return (len(short) >= 5 and short in long_) or (len(short) >= 6 and long_[:6] == short[:6])


def compatible(a: set[str], b: set[str]) -> bool:
    """No product on one side, or a shared product word («погрузчик» ~ «электропогрузчик»)."""
    return not a or not b or any(_similar(x, y) for x in a for y in b)


def more_specific(a: str, b: str) -> str:
    """Of two kinds naming one facility, the more specific (venture, service centre)."""
    return next((k for k in _SPECIFIC if k in (a, b)), b)


@dataclass(eq=False)
class Project:
    """A project as the register builds it (compared by identity)."""

    region: str | None
    kind: str
    enterprises: set[str] = field(default_factory=set)
    product: str = ""
    product_key: set[str] = field(default_factory=set)
    status: str = "unknown"
    signed: bool = False  # `agreed` by an agreement signed or reached (ranks above a plan)
    timeline: str | None = None
    # the latest publication year of an article that told the launch as its news, with no
    # year of its own («состоялся запуск серийной сборки»): `shown_timeline`
    launched: int | None = None
    investment: Investment | None = None
    localisation: Localisation | None = None  # how deep, and the target (its own evidence)
    evidence: list[Evidence] = field(default_factory=list)
    generic: bool = True  # every mention was a bare «производство» cue
    title_only: bool = False  # opened by a title and named nowhere else
    title_opened: bool = False  # opened by a title (other sentences may have told it since)
    location: str = ""  # where within the region, or where in Belarus (no region)
    cited: set[tuple[str, int, int]] = field(default_factory=set, repr=False)  # evidence keys
    placed: bool = False  # a sentence named its place (else the region is the article's)
    cancelled_in: str | None = None  # the article that cancelled it («проект отменили»)
    # the sentence that cancelled it and the year it tells (`cancel`): a project an earlier
    # article told stays in the register, cancelled (`analysis.projects.cancelled_later`)
    cancel_told: Evidence | None = field(default=None, repr=False)
    cancel_when: str | None = None
    # told halted («приостановило сборку»: suspended, «линия закрыта»: closed; "" none): a
    # project with no stage; a closing outranks a pause (`stronger_halt`)
    halted: str = ""
    announced: bool = False  # told announced («о котором объявляли»): kept with no stage
    trial: bool = False  # its first items told under test: not running yet
    resumed: bool = False  # told restarted after a pause («линию перезапустили»): running again
    # the date a sentence of resuming gives («возобновить … не раньше 2027 года»): the only
    # timeline a halted project shows (`shown_timeline`)
    resumption: str | None = None
    # the sentences that gave `timeline` and `resumption` (`shown_timeline_evidence`)
    timeline_told: Evidence | None = field(default=None, repr=False)
    resumption_told: Evidence | None = field(default=None, repr=False)
    also_line: bool = False  # opened as a second line beside a running one (`also_other_line`)

    def add(self, m: Mention, article: Article) -> None:
        """Take in a mention of this project (one from another article than the one that
        cancelled it tells it again)."""
        if self.cancelled_in is not None and article.article_id != self.cancelled_in:
            self.cancelled_in, self.cancel_told, self.cancel_when = None, None, None
        self.halted, self.trial = stronger_halt(self.halted, m.halted), self.trial or m.trial
        self.resumed = self.resumed or m.resumed
        self.halted = "" if self.resumed else self.halted  # a restart ends the halt told before
        self.announced = self.announced or m.announced
        if m.kind is not None:  # a sentence that only continues the project says no more
            self.generic = self.generic and m.generic
        if not (m.borrowed and m.kind == self.kind and self.enterprises):
            # firms read ahead from the next sentence join no project that has its own
            self.enterprises |= m.enterprises
        headline_only = all(e.start == 0 for e in self.evidence)  # told by the title alone
        if m.placed and (not self.placed or headline_only) and self.region is not None \
                and m.region is None and m.kind in (None, self.kind):
            # «Производство размещено в Минске»: a named Belarusian site overrides the
            # region the article's main region gave the project, or the region a headline
            # named («СП «…»: от стартеров до сервиса в Татарстане» — «СП в Борисове…»)
            self.region, self.location = None, m.location
        self.placed = self.placed or m.placed
        if m.region == self.region:  # a town of another place says nothing of this project
            self.location = self.location or m.location
        # («На площадке размещены склад, ремонтный цех и учебный класс» after the centre
        # that «будет обслуживать комбайны»: a sentence pointing back describes the site's
        # parts; the goods the project already names stay its product, new user 40)
        if not self.product or (m.product_key and not self.product_key and not (
                m.reference and names_a_product(product_label(self.product)))):
            self.product = m.product or self.product
        elif m.product and m.product_key > self.product_key and refines(m.product, self.product):
            self.product = m.product  # «партию погрузчиков», then «фронтальных погрузчиков»
        self.product_key |= m.product_key
        ev = Evidence(article=article, start=m.sentence.start, end=m.sentence.end)
        if not self._maker_at_home(m, article):
            if launch_told(m) and article.published is not None and m.timeline is None:
                self.launched = max(self.launched or 0, article.published.year)
            self.progress(m.status, m.timeline, signs(m), told=ev)
            if m.timeline is not None and tells_resumption(m.sentence):
                resumption = later_timeline(m.timeline, self.resumption)
                if resumption != self.resumption or self.resumption_told is None:
                    self.resumption_told = ev
                self.resumption = resumption
        if (cite := (article.article_id, ev.start, ev.end)) not in self.cited:
            self.cited.add(cite)
            self.evidence.append(ev)

    def _maker_at_home(self, m: Mention, article: Article) -> bool:
        """«"Амкодор" планирует начать сборку в Новосибирске. … "Амкодор" выпускает более 120
        моделей»: a present-tense sentence of the same article that names only Belarusian
        makers and no place or town, and points back at nothing, tells what the maker does at
        home; it does not make the planned project run (another article may tell it running)."""
        # («ОАО «Мотовело» — старейший производитель … в Беларуси, выпускает …»: the country
        # as a whole names no site of the project)
        country_only = m.region is None and m.location == BELARUS
        if m.status != "operating" or self.status not in ("planned", "agreed") or not m.enterprises \
                or ((m.placed or m.location) and not country_only) or m.reference or m.new_site:
            return False
        info = enterprise_info()
        return (any(e.article.article_id == article.article_id for e in self.evidence)
                and all(info.get(f, {}).get("country") == "BY" for f in m.enterprises)
                and not any(town_name(t.word) for t in m.sentence.toks)
                # «Предприятие собирает тракторы "Беларус"»: a sentence opening on the site
                # tells of the project's own plant
                and m.sentence.toks[0].lemma not in words("reference_start"))

    def absorb(self, p: Project) -> None:
        """Take in another row found to be this project."""
        self.enterprises |= p.enterprises
        if p.region == self.region:
            self.location = self.location or p.location
        # (for work that makes goods, a row whose phrase names what is made outranks a bare
        # cue word, «сборку» of a title, whichever row the merge keeps)
        if not self.product or (p.product_key and not self.product_key and self.kind in MADE_KINDS
                                and not names_a_product(product_label(self.product))):
            self.product = p.product or self.product
        self.product_key |= p.product_key
        self.generic = self.generic and p.generic
        self.halted, self.trial = stronger_halt(self.halted, p.halted), self.trial or p.trial
        self.resumed = self.resumed or p.resumed
        self.halted = "" if self.resumed else self.halted
        self.announced = self.announced or p.announced
        self.progress(p.status, p.timeline, p.signed, told=p.timeline_told)
        resumption = later_timeline(p.resumption, self.resumption)
        if resumption != self.resumption:
            self.resumption_told = p.resumption_told
        self.resumption = resumption
        if p.launched is not None:
            self.launched = max(self.launched or 0, p.launched)
        if p.cancel_told is not None and (self.cancel_told is None or _published(p.cancel_told)
                                          > _published(self.cancel_told)):
            self.cancel_told, self.cancel_when = p.cancel_told, p.cancel_when
        self.investment = better_investment(self.investment, p.investment)
        self.localisation = later_localisation(self.localisation, p.localisation)
        for e in p.evidence:
            if (cite := (e.article.article_id, e.start, e.end)) not in self.cited:
                self.cited.add(cite)
                self.evidence.append(e)

    def cancel(self, told: Evidence, when: str | None) -> None:
        """«Стороны окончательно отказались от проекта»: the sentence `told` cancels this
        project (in the year `when`, if known); the register drops it unless an earlier
        article told it (then it is listed cancelled: `cancelled_later`)."""
        self.cancelled_in = told.article.article_id
        self.cancel_told, self.cancel_when = told, when

    def progress(self, status: str, timeline: str | None, signed: bool = False,
                 told: Evidence | None = None) -> None:
        """The furthest status along (`signed`: an `agreed` that is an agreement signed or
        reached, further along than a plan), and the timeline that ends last (`told`: the
        sentence that gave `timeline`)."""
        if _rank(status, signed) > _rank(self.status, self.signed):
            self.status, self.signed = status, signed and status == "agreed"
        later = later_timeline(timeline, self.timeline)
        if timeline is not None and later == timeline and (
                later != self.timeline or self.timeline_told is None):
            self.timeline_told = told
        self.timeline = later

    @property
    def shown_timeline(self) -> str | None:
        """The timeline a row shows: a plan's plain year («запуск намечен на 2022 год») that a
        later article's launch news has passed («состоялся запуск», May 2024) is the launch's
        year, «2024-since» (newuser32 a03/a10); a halted project's is the date its resuming
        is told for, or the year it had run since, never a plan's date told for another step
        («выпуск первых машин запланирован на 2022 год», then «заморожен»: no resumption
        in 2022; newuser33 a08/a09); else `timeline`."""
        tl = self.timeline
        if self.halted == CANCELLED:
            return self.cancel_when
        if self.halted:
            return self.resumption or (tl if tl and tl.endswith("since") else None)
        if self.launched is not None and self.status == "operating" and tl and tl[:4].isdigit() \
                and not tl.endswith("since") and int(tl[:4]) <= self.launched:
            return f"{self.launched}-since"
        return tl

    @property
    def shown_timeline_evidence(self) -> Evidence | None:
        """The sentence that gives `shown_timeline` («Возобновить проект намерены не раньше
        2027 года» for a halted project's «2027»), so that a briefing cites it beside the
        date; None when no sentence of the row gives it (a launch year from the news's date)."""
        tl = self.shown_timeline
        if tl is None:
            return None
        if self.halted == CANCELLED:
            return self.cancel_told
        if self.halted and tl == self.resumption:
            return self.resumption_told
        return self.timeline_told if tl == self.timeline else None

    @property
    def paused(self) -> bool:
        """Told halted, suspended or closed (`halted`): a row with no stage (``unknown``)."""
        return bool(self.halted)

    def articles(self) -> set[str]:
        """The ids of the articles that mention the project."""
        return {e.article.article_id for e in self.evidence}


BELARUS = "Беларусь"  # the location of a project placed in Belarus with no town (`location_of`)


def _published(told: Evidence) -> date:
    """The publication date of the article of a sentence (an unknown one: the earliest)."""
    return told.article.published or date.min


def _rank(status: str, signed: bool) -> int:
    return SIGNED_RANK if signed and status == "agreed" else STATUS_RANK[status]


def other_makers(a: set[str], b: set[str]) -> bool:
    """Different Belarusian makers on the two sides («кабины для тракторов МТЗ» and «для
    самосвалов МАЗ» of one Russian firm): different projects although a partner is shared."""
    info = enterprise_info()
    ma = {f for f in a if info.get(f, {}).get("country") == "BY"}
    mb = {f for f in b if info.get(f, {}).get("country") == "BY"}
    return bool(ma and mb and not ma & mb)


def other_towns(a: str, b: str) -> bool:
    """Two locations («Сургут, Нижневартовск» and «Тюмень») that share no town."""
    return bool(a and b) and not {t.strip() for t in a.split(",")} & {t.strip() for t in b.split(",")}


def same_across(a: Project | Mention, b: Project | Mention) -> bool:
    """Across articles: the same firms, or shared firms making a compatible product;
    without firms on either side, mostly the same product words («электробусы»)."""
    if not a.enterprises and not b.enterprises:
        ka, kb = a.product_key, b.product_key
        return bool(ka and kb) and len(ka & kb) >= 0.5 * min(len(ka), len(kb))
    return bool(a.enterprises & b.enterprises) and not other_makers(
        a.enterprises, b.enterprises) and (
        a.enterprises == b.enterprises or compatible(a.product_key, b.product_key))


def also_other_line(p: Project, m: Mention) -> bool:
    """«Холдинг собирает на омской площадке зерноуборочные комбайны … там планируется освоить
    также сборку кормоуборочных комбайнов»: a plan told with «также» / «тоже» beside a line
    running or being set up, naming goods words of its own, is a second line of the same
    partners, not that line told again."""
    if p.status not in ("operating", "in_progress") or m.status not in ("planned", "agreed") \
            or not p.product_key or not m.product_key - p.product_key:
        return False
    toks, also = m.sentence.toks, words("also_line")
    # («… добавятся ещё четыре поста, а также участок ремонта»: «а также» lists, not a new line)
    return any(t.lemma in also and not (k and toks[k - 1].lemma in ("а", "и"))
               for k, t in enumerate(toks))


def goes_on_in_paragraph(m: Mention, last: Project | None, same_paragraph: bool) -> bool:
    """«В Ростовской области налажен выпуск дверных механизмов … Механизмы привода дверей
    делают на площадке в Батайске»: a later sentence (`same_paragraph`) of the paragraph that told the project
    last talked about, naming no firm, of its region and kind (making goods: a part's
    production or its assembly), goes on about it whatever its product words."""
    return same_paragraph and last is not None and m.kind is not None and not m.enterprises \
        and not (m.another or m.adds_site) and m.region == last.region \
        and not other_towns(last.location, m.location) \
        and (m.kind == last.kind or {m.kind, last.kind} <= set(MADE_KINDS))


def merge_into(projects: ProjectIndex, m: Mention, article_projects: list[Project],
               last: Project | None, last_recent: bool) -> Project | None:
    """The project this mention continues, or None for a new one. `article_projects`: the
    projects of the mention's article; `last`: the project last talked about (`last_recent`:
    in this sentence or the one before)."""
    if m.kind is None:  # no kind cue: only continues something already named
        if m.enterprises:
            p = next((p for p in reversed(article_projects) if p.enterprises & m.enterprises
                      and m.region in (p.region, None)), None)
            if p is not None:
                return p
            if not m.placed and last is not None and last_recent and not last.enterprises:
                return last  # «В Бресте заработало СП. СООО «…», учреждённое …, выпустило…»
        return last if m.reference else None
    # («СП «ЛазерТехМаш» зарегистрировано в …» after its founding: the venture's own name)
    own_name = m.kind == "joint_venture" == (last.kind if last else None) and last_recent \
        and len(m.enterprises) == 1 and m.sentence.toks[0].word.lower() in words("venture_nouns")
    if ((m.reference and not m.enterprises) or own_name or venture_told_again(m, last, last_recent)) \
            and last \
            and (last.kind == m.kind or last_recent) \
            and (not (m.placed and last.placed) or m.region == last.region
                 or (last.kind == m.kind and not m.adds_site and not m.halted)) \
            and not (m.placed and last.placed and (
                (last.kind != m.kind and other_towns(last.location, m.location))
                or (m.new_site and m.region != last.region))):
        # «Сегодня она стала хабом…», «В этом году здесь собрано…»; not «СП открыло в
        # Набережных Челнах сервисный центр» after the venture in Борисов: another kind in
        # another place is another project; so is the same kind in another place told as a
        # site added («повторить брянский опыт в Орловской и Курской областях»), a halt of a
        # site of its own elsewhere («завод остановил сборку в Рязани»), another kind in
        # another town («Сервисный центр завода в Барнауле …» after Рубцовск), or a new site
        # of its own («… в Дзержинске, — там будем собирать» after the work in Борисов)
        return last
    if last is not None and last_recent and last.kind == m.kind and last.region == m.region \
            and not other_towns(last.location, m.location) and work_topic_first(m):
        # «…, которые собирают в Людинове. Сборку ведёт ООО «…» из машинокомплектов …»: the
        # work just told, its doer named
        return last
    if not m.placed and last is not None and last_recent and last.placed and last.kind == m.kind \
            and last.region != m.region and not other_makers(m.enterprises, last.enterprises):
        # «Совместное предприятие в Борисове … СП учредили ОАО «…» и самарское ООО «…»»: the
        # next sentence, of the same kind and naming no place, tells the project just placed
        return last
    if m.placed and not words("resume").isdisjoint(t.lemma for t in m.sentence.toks):
        # «Возобновить выпуск сетки в Клинцах планируется в октябре» after the venture there
        # told halted: the restart of that project, not a new one of the kind its cue names
        halted = next((p for p in reversed(article_projects) if p.halted
                       and p.region == m.region and p.location and m.location
                       and not other_towns(p.location, m.location)), None)
        if halted is not None:
            return halted
    here = [p for p in reversed(article_projects) if p.kind == m.kind and p.region == m.region]
    if not m.placed:  # the article's main region was a guess: a project placed elsewhere fits
        here += [p for p in reversed(article_projects) if p.kind == m.kind and p.placed
                 and p.region != m.region]
    # «центр БелАЗа в Белове» … «в Ленинске-Кузнецком открылась мастерская»: another town
    # of the region is another site, not the project told again
    here = [p for p in here if not other_towns(p.location, m.location)]
    here = [p for p in here if not also_other_line(p, m)]
    for p in here:  # within an article, shared firms are enough
        if m.enterprises & p.enterprises and not other_makers(m.enterprises, p.enterprises):
            return p
    for p in here:  # «В Самарской области соберут автобусы» … «АвтоВАЗ и МАЗ … о сборке»
        # («планируют собрать ещё 12 машин» names no firm: those read ahead do not count)
        if not (p.enterprises and m.enterprises and not m.borrowed) \
                and compatible(p.product_key, m.product_key):
            return p
    across = projects.first(m.kind, m.region, lambda p: same_across(p, m))
    return None if across in article_projects and also_other_line(across, m) else across
