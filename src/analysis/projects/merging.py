"""The project being built from mentions, and the rules that merge mentions and projects.

`Project` gathers the mentions of one project (`add`) and other rows found to be the same
project (`absorb`); `merge_into` says which project a mention continues (step 5 of the
register, see `analysis.projects.register`), and `consolidate` merges the rows that ended up
describing one project once every article is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from analysis.entities import enterprise_info, find_regions, town_name
from analysis.projects.agreements import signs
from analysis.projects.cues import words
from analysis.projects.design_steps import design_joins_its_making
from analysis.projects.localisation import Localisation, later_localisation
from analysis.projects.maker_partner import maker_meets_partner
from analysis.projects.mention import Mention
from analysis.projects.project_index import ProjectIndex
from analysis.projects.stance import stronger_halt
from analysis.projects.timelines import later_timeline
from analysis.vocab import SIGNED_RANK, STATUS_RANK

if TYPE_CHECKING:
    from analysis.ingest import Article

# Kinds that one facility can be called by: a dealer centre with a service zone is a service
# centre, «совместное производство» of a joint venture is the venture.
ALIKE = ({"other", "service_center"}, {"joint_development", "joint_venture"})
_SPECIFIC = ("joint_venture", "service_center")
# Kinds of project that make something: the parts they make on site are theirs.
_MAKES_THINGS = ("assembly", "joint_venture", "joint_development")
# Within one article, the weaker name of a facility or venture joins the stronger one.
_SAME_FACILITY = (("other", "service_center"), ("joint_development", "joint_venture"))


class Evidence(NamedTuple):
    """A sentence that mentions a project (clean-text offsets into `article.text`)."""

    article: Article
    start: int
    end: int


class Investment(NamedTuple):
    """The investment figure tied to a project."""

    value: float
    currency: str
    # «Общий объём инвестиций в проект оценивается в 8,6 млрд»: the project's whole cost,
    # which outranks a part told before it (the shareholders' own contribution)
    total: bool = False
    # «Дополнительно инвестировали 420 млн рублей» after «Вложили тогда 350 млн»: it adds
    additional: bool = False


def better_investment(held: Investment | None, new: Investment | None) -> Investment | None:
    """The figure a project keeps: the first told, unless a later one is its total; a sum
    told as additional in the same currency adds to it (350 + 420 млн руб. invested)."""
    if held is not None and new is not None and new.additional and new.currency == held.currency:
        return held._replace(value=held.value + new.value)
    if held is None or (new is not None and new.total and not held.total):
        return new
    return held


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
    investment: Investment | None = None
    localisation: Localisation | None = None  # how deep, and the target (its own evidence)
    evidence: list[Evidence] = field(default_factory=list)
    generic: bool = True  # every mention was a bare «производство» cue
    title_only: bool = False  # opened by a title and named nowhere else
    location: str = ""  # where within the region, or where in Belarus (no region)
    cited: set[tuple[str, int, int]] = field(default_factory=set, repr=False)  # evidence keys
    placed: bool = False  # a sentence named its place (else the region is the article's)
    cancelled_in: str | None = None  # the article that cancelled it («проект отменили»)
    # told halted («приостановило сборку»: suspended, «линия закрыта»: closed; "" none): a
    # project with no stage; a closing outranks a pause (`stronger_halt`)
    halted: str = ""
    announced: bool = False  # told announced («о котором объявляли»): kept with no stage
    trial: bool = False  # its first items told under test: not running yet
    resumed: bool = False  # told restarted after a pause («линию перезапустили»): running again

    def add(self, m: Mention, article: Article) -> None:
        """Take in a mention of this project (one from another article than the one that
        cancelled it tells it again)."""
        if self.cancelled_in is not None and article.article_id != self.cancelled_in:
            self.cancelled_in = None
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
        if not self.product or (m.product_key and not self.product_key):
            self.product = m.product or self.product
        self.product_key |= m.product_key
        if not self._maker_at_home(m, article):
            self.progress(m.status, m.timeline, signs(m))
        ev = Evidence(article=article, start=m.sentence.start, end=m.sentence.end)
        if (cite := (article.article_id, ev.start, ev.end)) not in self.cited:
            self.cited.add(cite)
            self.evidence.append(ev)

    def _maker_at_home(self, m: Mention, article: Article) -> bool:
        """«"Амкодор" планирует начать сборку в Новосибирске. … "Амкодор" выпускает более 120
        моделей»: a present-tense sentence of the same article that names only Belarusian
        makers and no place or town, and points back at nothing, tells what the maker does at
        home; it does not make the planned project run (another article may tell it running)."""
        if m.status != "operating" or self.status not in ("planned", "agreed") or not m.enterprises \
                or m.placed or m.location or m.reference or m.new_site:
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
        self.product_key |= p.product_key
        self.product = self.product or p.product
        self.generic = self.generic and p.generic
        self.halted, self.trial = stronger_halt(self.halted, p.halted), self.trial or p.trial
        self.resumed = self.resumed or p.resumed
        self.halted = "" if self.resumed else self.halted
        self.announced = self.announced or p.announced
        self.progress(p.status, p.timeline, p.signed)
        self.investment = better_investment(self.investment, p.investment)
        self.localisation = later_localisation(self.localisation, p.localisation)
        for e in p.evidence:
            if (cite := (e.article.article_id, e.start, e.end)) not in self.cited:
                self.cited.add(cite)
                self.evidence.append(e)

    def progress(self, status: str, timeline: str | None, signed: bool = False) -> None:
        """The furthest status along (`signed`: an `agreed` that is an agreement signed or
        reached, further along than a plan), and the timeline that ends last."""
        if _rank(status, signed) > _rank(self.status, self.signed):
            self.status, self.signed = status, signed and status == "agreed"
        self.timeline = later_timeline(timeline, self.timeline)

    @property
    def paused(self) -> bool:
        """Told halted, suspended or closed (`halted`): a row with no stage (``unknown``)."""
        return bool(self.halted)

    def articles(self) -> set[str]:
        """The ids of the articles that mention the project."""
        return {e.article.article_id for e in self.evidence}


def _rank(status: str, signed: bool) -> int:
    return SIGNED_RANK if signed and status == "agreed" else STATUS_RANK[status]


def _other_makers(a: set[str], b: set[str]) -> bool:
    """Different Belarusian makers on the two sides («кабины для тракторов МТЗ» and «для
    самосвалов МАЗ» of one Russian firm): different projects although a partner is shared."""
    info = enterprise_info()
    ma = {f for f in a if info.get(f, {}).get("country") == "BY"}
    mb = {f for f in b if info.get(f, {}).get("country") == "BY"}
    return bool(ma and mb and not ma & mb)


def _other_towns(a: str, b: str) -> bool:
    """Two locations («Сургут, Нижневартовск» and «Тюмень») that share no town."""
    return bool(a and b) and not {t.strip() for t in a.split(",")} & {t.strip() for t in b.split(",")}


def _capital_or(location: str) -> str:
    """`location` when it is its region's capital, else "-" (no town): a maker told with no
    town may be in the capital, whose adjective is the region's too («на брянской площадке» —
    «в Брянске изготавливают кабины»), not in another town («в Тутаеве»)."""
    places = find_regions(location) if location else []
    return location if places and places[0].role == "capital" else "-"


def _same_across(a: Project | Mention, b: Project | Mention) -> bool:
    """Across articles: the same firms, or shared firms making a compatible product;
    without firms on either side, mostly the same product words («электробусы»)."""
    if not a.enterprises and not b.enterprises:
        ka, kb = a.product_key, b.product_key
        return bool(ka and kb) and len(ka & kb) >= 0.5 * min(len(ka), len(kb))
    return bool(a.enterprises & b.enterprises) and not _other_makers(
        a.enterprises, b.enterprises) and (
        a.enterprises == b.enterprises or compatible(a.product_key, b.product_key))


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
    if m.reference and not m.enterprises and last and (last.kind == m.kind or last_recent) \
            and (last.kind == m.kind or not (m.placed and last.placed)
                 or m.region == last.region):
        # «Сегодня она стала хабом…», «В этом году здесь собрано…»; not «СП открыло в
        # Набережных Челнах сервисный центр» after the venture in Борисов: another kind in
        # another place is another project
        return last
    if not m.placed and last is not None and last_recent and last.placed and last.kind == m.kind \
            and last.region != m.region and not _other_makers(m.enterprises, last.enterprises):
        # «Совместное предприятие в Борисове … СП учредили ОАО «…» и самарское ООО «…»»: the
        # next sentence, of the same kind and naming no place, tells the project just placed
        return last
    here = [p for p in reversed(article_projects) if p.kind == m.kind and p.region == m.region]
    if not m.placed:  # the article's main region was a guess: a project placed elsewhere fits
        here += [p for p in reversed(article_projects) if p.kind == m.kind and p.placed
                 and p.region != m.region]
    # «центр БелАЗа в Белове» … «в Ленинске-Кузнецком открылась мастерская»: another town
    # of the region is another site, not the project told again
    here = [p for p in here if not _other_towns(p.location, m.location)]
    for p in here:  # within an article, shared firms are enough
        if m.enterprises & p.enterprises and not _other_makers(m.enterprises, p.enterprises):
            return p
    for p in here:  # «В Самарской области соберут автобусы» … «АвтоВАЗ и МАЗ … о сборке»
        # («планируют собрать ещё 12 машин» names no firm: those read ahead do not count)
        if not (p.enterprises and m.enterprises and not m.borrowed) \
                and compatible(p.product_key, m.product_key):
            return p
    return projects.first(m.kind, m.region, lambda p: _same_across(p, m))


def consolidate(projects: list[Project]) -> list[Project]:
    """Merge rows that ended up describing one project.

    * same region and kind, same firms: a headline without firms opens a row that its body
      later names («В Челябинской области запустили производство…» … «по технологиям
      БМЗ»), when an earlier article already holds that project;
    * a row made only of bare production cues joins the specific project of its article
      («Амкодор откроет производство» is the component plant of the body; «Серийный выпуск
      … в 2026 году» is the jointly developed engine's) when firms and product agree.
    """
    kept = ProjectIndex()  # absorbing changes neither kind nor region: no refiling
    for p in projects:
        into = kept.first(p.kind, p.region, lambda q, p=p: _same_across(q, p))
        if into is None:
            kept.append(p)
        else:
            into.absorb(p)
    out = kept.all
    for p in [p for p in out if p.generic]:
        into = next((q for q in out if q is not p and not q.generic and q.region == p.region
                     and p.enterprises <= q.enterprises
                     and compatible(p.product_key, q.product_key)
                     and p.articles() & q.articles()), None)
        if into is None and p.enterprises:
            # «…начат выпуск комплектующих» — «…начало выпуск топливных баков»: a bare
            # production row of the same firms joins the article's only specific project
            cands = [q for q in out if q is not p and not q.generic and q.region == p.region
                     and q.enterprises & p.enterprises and p.articles() & q.articles()]
            into = cands[0] if len(cands) == 1 else None
        if into is not None:
            into.absorb(p)
            out.remove(p)
    for p in [p for p in out if p.title_only]:
        # ««Белшина» и «Кордиант» создают новую шину» — the lead says what it is: a joint
        # development; a headline row of the same firms and place is that project
        into = [q for q in out if q is not p and not q.title_only
                and (q.region == p.region or not p.placed)
                and p.enterprises and p.enterprises <= q.enterprises
                and p.articles() == q.articles()]
        if len(into) > 1:  # «СП … строит цех»: of several rows of its firms, the venture
            into = [q for q in into if q.kind == p.kind]
        if len(into) == 1 and (into[0].kind != p.kind or into[0].region != p.region):
            into[0].absorb(p)
            out.remove(p)
            continue
        # «Белорусские лифты мы теперь собираем сами»: a headline without firms restates the
        # article's one project of its kind (or the like kind) and place
        same = [q for q in out if q is not p and not q.title_only and not p.enterprises
                and p.region in (q.region, None) and p.articles() == q.articles()
                and (q.kind == p.kind or {q.kind, p.kind} in ALIKE)]
        if len(same) == 1:
            same[0].absorb(p)
            out.remove(p)
    makers_of: dict[str, list[Project]] = {}  # article → its making projects, in order
    for q in out:
        if q.kind in _MAKES_THINGS:
            for a in q.articles():
                makers_of.setdefault(a, []).append(q)
    for p in [p for p in out if p.kind == "component_production"]:
        # «передают нам документацию на узлы, которые мы будем варить сами», «планируется
        # организовать сварку и окраску кузовов»: parts made by no firm beyond those of the
        # article's assembly or venture in its place are a step of what that project makes
        # (its localisation), not a parts project of their own; a parts plant with a firm of
        # its own stays apart (looked up by article: linear on large corpora)
        arts = p.articles()
        into = next((q for q in makers_of.get(min(arts), ())
                     if (q.region == p.region or not p.placed)
                     and not _other_towns(q.location or _capital_or(p.location), p.location)
                     and p.enterprises <= q.enterprises and arts <= q.articles()), None) \
            if arts else None
        if into is not None:
            into.absorb(p)
            out.remove(p)
    design_joins_its_making(out)
    maker_meets_partner(out, compatible)
    info = enterprise_info()

    def belarusian(names: set[str]) -> bool:
        return any(info.get(f, {}).get("country") == "BY" for f in names)

    for p in [p for p in out if p.enterprises and not belarusian(p.enterprises)]:
        # «заложен сборочный корпус … Инвестором выступает ООО «Днепр-Техника»» beside
        # «сборка погрузчиков «Амкодор»» in one place: a partner's row with no maker and the
        # article's one row of that kind and place with a maker only are one project
        into = [q for q in out if q is not p and q.kind == p.kind and q.region == p.region
                and q.enterprises and all(info.get(f, {}).get("country") == "BY"
                                          for f in q.enterprises)
                and p.articles() == q.articles()]
        if len(into) == 1:
            into[0].absorb(p)
            out.remove(p)
    for p in [p for p in out if p.kind == "assembly" and p.enterprises]:
        # «СП … строит в Гомеле цех … сборку выполнят в Гомеле», «совместный проект … сборка
        # в корпус — в Зеленограде»: what a joint project's firms assemble where it is, told
        # in its article, is that project's work (one firm more makes it another project);
        # a row placed by the article's main region alone fits the project placed elsewhere
        into = [q for q in out if q.kind.startswith("joint") and (q.region == p.region
                                                                  or not p.placed)
                and not _other_towns(q.location, p.location)
                and p.enterprises <= q.enterprises and p.articles() == q.articles()]
        if len(into) == 1:
            into[0].absorb(p)
            out.remove(p)
    for p in [p for p in out if p.kind == "assembly" and not p.enterprises and p.location]:
        # «В Ельце заработал участок по производству гидроцилиндров … Штоки, гильзы пока
        # делают в Гомеле, сборку и испытания — в Ельце»: a firm-less assembly in the very
        # town of the article's one parts plant assembles that plant's product
        into = [q for q in out if q.kind == "component_production" and q.enterprises
                and q.region == p.region and q.location == p.location
                and p.articles() == q.articles()]
        if len(into) == 1:
            into[0].absorb(p)
            out.remove(p)
    for weak, strong in _SAME_FACILITY:
        # one facility or venture named two ways in one article: «дилерский центр … с сервисной
        # зоной» is a service centre; «совместное производство» of the venture is the venture
        for p in [p for p in out if p.kind == weak]:
            into = next((q for q in out if q.kind == strong and q.region == p.region
                         and p.enterprises <= q.enterprises and p.articles() <= q.articles()),
                        None)
            if into is not None:
                into.absorb(p)
                out.remove(p)
    for p in out:  # evidence in publication order
        p.evidence.sort(key=lambda e: (e.article.published or date.max, e.article.article_id,
                                       e.start))
    return out
