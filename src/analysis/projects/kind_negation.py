"""Kind cues that a sentence negates or asks about rather than tells: the last kind rules
(`analysis.projects.kinds.KIND_RULES`), split from the other kind rules for size.

* `not_negated_noun`: «а не сборка из коробок», «не о совместных производствах»;
* `not_negated_verb`: «ничего не собирает и не ремонтирует»: a negated kind verb (and one
  after «а не только»: what the thing told goes beyond);
* `not_asked`: a clause with «ли» («собирается ли компания открывать сборку») asks;
* `not_question_topic`: «На вопрос о локализации производства в России ответили, что …»: what
  a question answered is about is asked, not told;
* `not_wished`: a clause with «бы» («завод хотел бы собирать прицепы», «где можно было бы
  организовать сервис») wishes or supposes;
* `not_just_talk`: «поддерживает идею создания производств», «разговоры о сборочной площадке
  идут», «рассмотрим сборку тягачей. Но это пока только идея» tell of talk, not a project;
* `not_founding_told`: «Его создали вместе с ООО «…»»: the pronoun is the project told
  before, and «создать вместе» founds it with a partner; no joint development of its own;
* `founding_participle`: «сервисный центр, созданный вместе с «…»»: the participle tells who
  founded the facility named beside it; no joint development of its own;
* `not_disowned`: «Белорусские предприятия в этом проекте не участвуют», «к России отношения
  не имеет» (in the sentence or the next): one side of ours is out, the project is not ours;
* `not_hedged`: «завод не исключает организацию сборки в России», «готово рассмотреть сборку»:
  a possibility or an offer, no plan;
* `not_denied_activity`: «сборкой и ремонтом не занимается», «собственного производства и
  монтажных бригад не имеет»: what a negated verb of doing or having governs is not done;
* `not_lacking` (`analysis.projects.kind_lacking`): «Ремонтной базы у компании нет»: the
  genitive with the predicate «нет» says the thing does not exist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit, Token
    from analysis.projects.kind_context import KindContext

_CLAUSE_CUT = lazy_compile(r"[,;:()«»\"—–?!]")  # where a clause ends
_PHRASE_BREAK = lazy_compile(r"[,;:()—–?!.]")  # where a verb's phrase ends (quotes go on: «Беларус»)
_NEGATED_SPAN = 3  # words from «не» to a kind cue («не о совместных производствах»)
_DISOWN_SPAN = 3  # words between «не» and «участвовать» / «отношение» and «иметь»
_DISOWN_WORDS = frozenset({"участвовать", "отношение", "участие"})
_VERB_FORMS = frozenset({"VERB", "INFN"})  # a negated verb, not «не производство»
_FOUNDED_FORMS = _VERB_FORMS | {"PRTS", "PRTF"}  # «Центры … созданы вместе с …»


def not_asked(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«На вопрос, собирается ли компания открывать ремонтную базу или сборку, директор
    ответил…», «Выставит ли завод заявку, неизвестно»: a clause with the particle «ли» asks,
    it tells nothing; its kind cues are dropped (clauses end at punctuation)."""
    return outside_clauses_of(ctx, kinds, "ли")


_QUESTION_HEAD = ("на", "вопрос")


def not_question_topic(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«На вопрос о локализации производства в России в компаниях ответили …», «Отвечая на
    вопрос о возможной сборке новой модели в России, …»: the phrase «о …» after «на вопрос»
    names what was asked, up to the clause's first verb or its end; its kind cues tell
    nothing (the answer after them may: «…, ответили, что сборку начнут весной» keeps
    «сборку»). «проработать вопрос о строительстве» (no «на») is a task set: kept."""
    toks, text = ctx.toks, ctx.text
    spans = []
    for k in range(len(toks) - 2):
        if (toks[k].word, toks[k + 1].word) != _QUESTION_HEAD or toks[k + 2].word not in ("о", "об"):
            continue
        j = k + 3
        while j < len(toks) and toks[j].pos not in _VERB_FORMS and not (
                j > k + 3 and _CLAUSE_CUT.search(text, toks[j - 1].end, toks[j].start)):
            j += 1
        spans.append((k + 3, j - 1))
    return [h for h in kinds if not any(a <= h.first <= b for a, b in spans)]


def not_wished(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Небольшой завод хотел бы собирать белорусские прицепы, но партнёра не нашёл»,
    «станет понятнее, где можно было бы организовать обслуживание техники»: the particle
    «бы» puts its clause in the conditional mood, a wish or a supposition, not a project
    that exists or was agreed; its kind cues are dropped (clauses end at punctuation, so
    «…, а сборку уже начали» after it still tells)."""
    return outside_clauses_of(ctx, kinds, "бы")


def wished_only(ctx: KindContext, hits: list[CueHit]) -> bool:
    """Do the sentence's kind cues all stand in clauses with «бы»? Such a sentence continues
    no project either («завод из Кургана хотел бы собирать прицепы» after a service centre
    told elsewhere is no second site of it)."""
    kinds = [h for h in hits if h.cue.field == "kind"]
    return bool(kinds) and not not_wished(ctx, kinds)


def outside_clauses_of(ctx: KindContext, kinds: list[CueHit], particle: str) -> list[CueHit]:
    """The hits of `kinds` that stand in no clause holding the word `particle`."""
    toks, text = ctx.toks, ctx.text
    asked = [k for k, t in enumerate(toks) if t.word == particle]
    if not asked:
        return kinds

    def cut(k: int) -> bool:  # punctuation between token k and the next one
        return bool(_CLAUSE_CUT.search(text, toks[k].end, toks[k + 1].start))

    spans = []
    for k in asked:
        first = next((j + 1 for j in range(k - 1, -1, -1) if cut(j)), 0)
        last = next((j for j in range(k, len(toks) - 1) if cut(j)), len(toks) - 1)
        spans.append((first, last))
    return [h for h in kinds if not any(a <= h.first <= b for a, b in spans)]


def not_negated_noun(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«соглашения на поставки, но не о совместных производствах»: «не» and a preposition
    right before a kind cue (adjectives between) say what the talk is not about; «производство,
    а не сборка из коробок»: a bare «не» before one of several kind cues says what the thing
    is not («Это не отвёрточная сборка» alone still tells of the project: kept)."""
    toks = ctx.toks

    def negated(h: CueHit) -> tuple[bool, bool]:  # (negated, through a preposition)
        k, prep = h.first - 1, False
        while k >= 0 and h.first - k <= _NEGATED_SPAN and toks[k].pos in ("PREP", "ADJF", "PRTF"):
            prep = prep or toks[k].pos == "PREP"
            k -= 1
        return k >= 0 and toks[k].word == "не", prep

    marks = [negated(h) for h in kinds]
    # (a cue in a negated cue's own phrase is negated with it: «не собирают технику из машинокомплектов»)
    denied = [h.first for h, (no, _) in zip(kinds, marks, strict=True) if no]
    marks = [(no or any(v < h.first and _one_phrase(ctx.text, toks, v, h.first) for v in denied), prep)
             for h, (no, prep) in zip(kinds, marks, strict=True)]
    told = any(not no for no, _ in marks)
    return [h for h, (no, prep) in zip(kinds, marks, strict=True) if not (no and (prep or told))]


_WITHOUT_SPAN = 6  # words from «без» to the kind cue it governs («без какой-либо переработки или сборки»)
_COORDINATORS = frozenset({"и", "или", "ни"})
_LITOTES_SPAN = 4  # words from a «не» to the «без» it cancels («не оставлять клиентов без …»)


def not_without(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«работает как торговая компания, без какой-либо переработки или сборки», «без местной
    сборки выиграть лот невозможно»: a kind noun governed by «без» (adjectives, pronouns and
    the coordinated nouns of its list between) is what is absent; its cue is dropped, the
    sentence's other cues stay (plain grammar: the preposition of absence). A negated verb
    before it denies the absence («не оставлять клиентов без обслуживания», «не обойтись без
    сборки»): the cue stays."""
    toks = ctx.toks

    def without(h: CueHit) -> bool:
        k = h.first - 1
        while k >= 0 and h.first - k <= _WITHOUT_SPAN and (
                toks[k].pos in ("ADJF", "PRTF", "NPRO") or toks[k].word in _COORDINATORS
                or (toks[k].pos == "NOUN" and "gent" in toks[k].tags)):
            k -= 1
        return k >= 0 and toks[k].word == "без" and h.first - k <= _WITHOUT_SPAN \
            and not any(t.word == "не" for t in toks[max(0, k - _LITOTES_SPAN):k])

    return [h for h in kinds if not without(h)]


def not_negated_verb(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«ничего не собирает и не ремонтирует», «сами машины здесь не выпускают»: a kind cue that
    is a verb right after «не» says the thing is not done; the cue is dropped (the sentence's
    other cues stay: «не собирает из комплектов, а выпускает целиком» keeps «выпускает»)."""
    toks = ctx.toks
    negated = [h.first for h in kinds if toks[h.first].pos in _VERB_FORMS and (
        (h.first > 0 and toks[h.first - 1].word == "не") or _rather_than(toks, h.first))]
    # (a cue in the negated verb's own phrase goes with it: «а не только собирают технику из
    # машинокомплектов» — the phrase ends at the next punctuation mark)
    return [h for h in kinds if h.first not in negated and not any(
        v < h.first and _one_phrase(ctx.text, toks, v, h.first) for v in negated)]


def _one_phrase(text: str, toks: list[Token], a: int, b: int) -> bool:
    """Are words `a` … `b` of the sentence one phrase (no punctuation mark between them)?"""
    return not _PHRASE_BREAK.search(text, toks[a].end, toks[b].start)


_RATHER_THAN = ("а", "не", "только")


def _rather_than(toks: list[Token], i: int) -> bool:
    """«строят собственное производство, а не только собирают технику из машинокомплектов»:
    the verb after «а не только» is what the thing told goes beyond, not what is done."""
    return i >= len(_RATHER_THAN) and tuple(
        t.word for t in toks[i - len(_RATHER_THAN):i]) == _RATHER_THAN


def not_just_talk(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Совет поддерживает идею создания совместных производств», «Разговоры о региональной
    сборочной площадке идут, но без конкретики», «Пока это на уровне разговоров»: a sentence
    that calls the thing an idea or talk (``talk_only``) tells no project; nor does one whose
    next sentence says so of it, pointing back («Рассмотрим сборку тягачей. Но это пока только
    идея», «… наладить выпуск опалубки. Здесь пока не продвинулись дальше разговоров»:
    ``talk_pointer``)."""
    talk = words("talk_only")
    if ctx.around_has(ctx.following_sentence, talk) and ctx.around_has(
            ctx.following_sentence, words("talk_pointer"), forms=True):
        return []
    return [] if any(t.lemma in talk for t in ctx.toks) else kinds


def _disowns(toks: list[Token]) -> bool:
    """«не участвуют», «никак не участвует», «отношения не имеет», «не имеет отношения»;
    «без участия белорусского завода», «без белорусского участия»: a side of ours
    (``our_side``) named beside «без участия» is left out."""
    for k, t in enumerate(toks):
        if t.lemma == "участвовать" and any(u.word == "не" for u in toks[max(0, k - 2):k]):
            return True
        if t.lemma == "участие" and any(u.word == "без" for u in toks[max(0, k - 2):k]) \
                and any(u.lemma in words("our_side")
                        for u in toks[max(0, k - 1):k + 1 + _DISOWN_SPAN]):
            return True
        if t.lemma == "отношение" and any(
                u.lemma == "иметь" and any(v.word == "не" for v in toks[max(0, j - 1):j])
                for j, u in enumerate(toks) if abs(j - k) <= _DISOWN_SPAN):
            return True
    return False


def not_disowned(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«На ГАЗе началась сборка двигателей … . Белорусские предприятия в этом проекте не
    участвуют», «Этот проект к России отношения не имеет: комбайны собирают в Костанае»: a
    side of ours said to take no part, in the sentence or the next, makes no project."""
    # (the next sentence is tokenised only when it has a word the check looks for)
    after = ctx.around_has(ctx.following_sentence, _DISOWN_WORDS) and _disowns(ctx.following)
    return [] if _disowns(ctx.toks) or after else kinds


_OBJECT_PRONOUNS = frozenset({"его", "её", "ее", "их"})
_FOUNDING_REACH = 2  # words from the opening pronoun to the founding verb («Его создали вместе»)


def not_founding_told(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«В Соколе начал работу сервисный центр «Амкодор». Его создали вместе с ООО «…»», «…
    открыл сервисные центры … . Центры в Тюмени и Сургуте созданы вместе с ООО «…»»: a
    sentence opening with an object pronoun, or with a facility noun (``facility``) as the
    subject, before a joint cue of founding («создать вместе») tells who founded the project
    before; the cue is dropped, so the sentence
    continues that project and adds its partner."""
    toks = ctx.toks
    if not toks:
        return kinds
    if toks[0].word in _OBJECT_PRONOUNS:
        reach = _FOUNDING_REACH
    elif toks[0].lemma in words("facility") and toks[0].pos == "NOUN":  # its first verb form
        reach = next((k for k, t in enumerate(toks) if t.pos in _FOUNDED_FORMS), 0)
    else:
        return kinds
    # («Его разработали вместе с …» tells a development of the thing: kept)
    return [h for h in kinds if not (h.cue.value == "joint_development"
                                     and 0 < h.first <= reach
                                     and toks[h.first].lemma in words("set_up"))]



def founding_participle(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Центр, созданный вместе с кузбасской компанией, провёл ремонт 38 самосвалов»,
    «Обслуживание ведут сервисные центры, созданные вместе с российскими партнёрами»: a joint
    cue of founding whose verb is a participle describes the facility another kind cue of the
    sentence names; the joint cue is dropped and the partner joins that facility's project
    («ведут совместную разработку» and «создали вместе» stay: no participle)."""
    toks = ctx.toks
    described = [h for h in kinds if h.cue.value == "joint_development"
                 and toks[h.first].lemma in words("set_up") and toks[h.first].pos == "PRTF"]
    if not described or len(described) == len(kinds):
        return kinds
    return [h for h in kinds if h not in described]


def not_hedged(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«завод «не исключает в будущем организацию сборки в России»», «резидент не исключает,
    что займётся и сборкой»: «не» before a word of ruling out (``hedge``) calls what follows a
    possibility, not a plan or a project; so does a readiness to consider («готово рассмотреть
    сборку», «готовы обсудить организацию сервиса»: ``ready_to`` before ``consider``), an
    offer; the kind cues after it are dropped («Сборка идёт, и завод не исключает расширения»
    keeps the assembly told before it)."""
    toks, hedge = ctx.toks, words("hedge")
    at = next((k for k, t in enumerate(toks[1:], start=1)
               if t.lemma in hedge and toks[k - 1].word == "не"), None)
    ready = next((k for k, t in enumerate(toks) if t.word in words("ready_to")
                  and any(u.lemma in words("consider") for u in toks[k + 1:k + 1 + _READY_REACH])),
                 None)
    at = min((k for k in (at, ready) if k is not None), default=None)
    return kinds if at is None else [h for h in kinds if h.first < at]


_READY_REACH = 3  # words from «готово» to its verb of considering («готово в будущем рассмотреть»)


_DENIED_CASES = frozenset({"ablt", "gent"})  # «заниматься ремонтом», «не иметь производства»


def not_denied_activity(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Камэлектроторг … держит на складе двигатели, но сборкой и ремонтом не занимается»,
    «сервисом компания не занимается», «Ремонтной базы дилер не имеет», «собственного
    производства и монтажных бригад не имеет»: a kind noun in the instrumental or the genitive
    in the clause of a negated verb of doing or having (``denied_activity``; «не» or «почти
    не» right before it) is the object that verb denies; its cue is dropped. Clauses end at
    punctuation, so «…, но ремонтом не занимается, а сборку начнёт» keeps the assembly."""
    toks, text = ctx.toks, ctx.text
    denied_verbs = words("denied_activity")

    def cut(k: int) -> bool:  # punctuation between token k and the next one
        return bool(_CLAUSE_CUT.search(text, toks[k].end, toks[k + 1].start))

    spans = []
    for k, t in enumerate(toks):
        if t.lemma in denied_verbs and k > 0 and toks[k - 1].word == "не":
            first = next((j + 1 for j in range(k - 1, -1, -1) if cut(j)), 0)
            last = next((j for j in range(k, len(toks) - 1) if cut(j)), len(toks) - 1)
            spans.append((first, last))
    if not spans:
        return kinds

    def denied(h: CueHit) -> bool:
        return any(a <= h.first <= b for a, b in spans) and any(
            toks[i].pos == "NOUN" and toks[i].tags & _DENIED_CASES
            for i in range(h.first, h.last + 1))

    return [h for h in kinds if not denied(h)]
