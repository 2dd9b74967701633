"""The stage a clause gives its project: the status cue nearest the kind cue, and denials.

* `status_near`: «будет открыт», «будет подписано» are plans; a status inside a «который …»
  clause describes the object, not the project;
* `works_on_site`: «ведётся проектирование завода, который будет выпускать …» is in progress,
  «открылся центр, где будут заниматься сервисом» is operating;
* `denied`: «не будут создавать СП», «опровергло информацию о создании»;
* cancellations of the project last told are `analysis.projects.cancellation`'s.

Word lists are data (``data/project_words.csv``: modal, denial, denial_forms, negatable,
closure, talk).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.projects.cues import CueHit, Token, cue_hits, words
from analysis.projects.idle_sites import work_ceased
from analysis.projects.mention import Mention
from analysis.projects.timelines import normalize_timeline
from analysis.vocab import CANCELLED, CLOSED, SUSPENDED

if TYPE_CHECKING:
    from collections.abc import Sequence

    from analysis.entities import Entity
    from analysis.projects.mention import ReadSentence

_CLOSURE_SPAN = 4  # words from a denial verb to the closure it denies («опровергли слухи о закрытии»)
CLAUSE_MARK = lazy_compile(r"[,;:—–]")  # what ends a clause between two words


def status_near(statuses: list[CueHit], toks: list[Token], i: int) -> str:
    """The status cue nearest the kind cue at token `i` (the verb usually comes first: on a
    tie the left one), not inside a «который …» or «где …» clause (``relative``) that
    describes the object («договор о создании центра, где будут обслуживать …»)."""
    relative = words("relative")

    def clause(k: int) -> bool:
        return k > i and any(t.lemma in relative for t in toks[i:k])

    # «начало производства — вторая половина 2026 года»: the noun «начало» with a genitive
    # is the start's date, not the verb («завод начало производство»)
    statuses = [h for h in statuses if not start_noun(toks, h.first)]
    statuses = [h for h in statuses if not clause(h.first)] or statuses
    if not statuses:
        return "unknown"
    # «Сборку ведёт совместное предприятие»: «вести» alone (works under way) is a word of the
    # longer cue «сборка … вести» (the assembly runs) right before the kind cue, its
    # predicate; a cue inside such a longer one says less (one further off may be another
    # clause's: «сборку ведёт завод, а каркасы начинает варить …»)
    statuses = [h for h in statuses if not any(
        o.first <= h.first and h.last <= o.last and o.last - o.first > h.last - h.first
        and i - 1 <= o.last < i for o in statuses)]
    # a cue whose words enclose the kind cue («переговоры о сборке … ведутся») is the nearest
    near = min(statuses, key=lambda h: (0 if h.first < i < h.last else abs(h.first - i)
                                        + (h.first > i) * 0.5, -len(h.cue.words)))
    k = near.first
    if near.cue.value in ("agreed", "operating") and any(
            (t.lemma == "быть" and ("futr" in t.tags or t.pos == "INFN"))
            or t.lemma in words("modal") for t in toks[max(0, k - 3):k]):
        return "planned"  # «будет открыт», «будет подписано», «могут быть собраны»
    return near.cue.value


def start_noun(toks: list[Token], k: int) -> bool:
    """Token `k` is «начало» followed by a genitive («начало сборки», «начало выпуска»): the
    noun, the start told with its date, not the verb «начало (выпуск)»."""
    return toks[k].word == "начало" and k + 1 < len(toks) and "gent" in toks[k + 1].tags


_MONEY_OBJECT_SPAN = 5  # words from a status verb to its money object («открыл холдингу «…» кредитную линию»)


def lender_act(toks: list[Token], k: int, text: str) -> bool:
    """«Газпромбанк открыл белорусскому холдингу «Амкодор» кредитную линию … для строительства
    завода», «открыл счёт»: the status verb ending at token `k` has a money object
    (``money_objects``) in its clause within a few words; it tells the lender's act, not the
    project's stage."""
    money = words("money_objects")
    for j in range(k + 1, min(len(toks), k + 1 + _MONEY_OBJECT_SPAN)):
        if CLAUSE_MARK.search(text, toks[j - 1].end, toks[j].start):
            return False
        if toks[j].lemma in money:
            return True
    return False


_SITE_SPAN = 8  # words from a works cue to the «который» of the site it works on


_TEST_SPAN = 3  # words from «проходить» to its test («проходят опытную эксплуатацию»)


def on_trial(toks: list[Token], mentions: list[Mention]) -> list[Mention]:
    """«Первые две машины собраны в марте, сейчас они проходят обкатку», «первые мачты проходят
    испытания»: the first or trial items (``trial_items``) being tested (``trial_tests``
    after «проходить», present tense) say the project is not running yet: a running stage the
    sentence's verbs gave («собраны») is works under way, and so is the project they continue
    (`Mention.trial`)."""
    if not mentions:
        return mentions  # (most sentences: nothing to mark, no scan)
    tests, items = words("trial_tests"), words("trial_items")
    tested = any(t.lemma == "проходить" and "pres" in t.tags
                 and not tests.isdisjoint(u.lemma for u in toks[k + 1:k + 1 + _TEST_SPAN])
                 for k, t in enumerate(toks))
    if not (tested and not items.isdisjoint(t.lemma for t in toks)) and not trial_made(toks):
        return mentions
    return [replace(m, status="in_progress" if m.status == "operating" else m.status, trial=True)
            for m in mentions]


def trial_made(toks: list[Token]) -> bool:
    """«Опытный образец собирается в Минске», «пробную партию собрали в марте», «прототип
    собирают»: trial items (``trial_made_items``) made (``trial_made_verbs``) are not a
    running line yet; a series named beside them («серийный выпуск», ``serial``) is."""
    lemmas = {t.lemma for t in toks}
    return not words("trial_made_items").isdisjoint(lemmas) \
        and not words("trial_made_verbs").isdisjoint(lemmas) and words("serial").isdisjoint(lemmas)


def works_on_site(statuses: list[CueHit], toks: list[Token], i: int, status: str) -> str:
    """«идёт монтаж линии, на которой будут изготавливать рамы», «ведётся проектирование
    завода, который будет выпускать валы»: a kind cue in a relative clause (``relative``)
    about a site whose works are under way takes the works' status, not the clause's future."""
    if status != "planned":
        return status
    rel = next((k for k in range(i - 1, -1, -1) if toks[k].lemma in words("relative")), None)
    if rel is None:
        return status
    works = [h for h in statuses
             if h.cue.value == "in_progress" and h.last < rel and rel - h.last <= _SITE_SPAN]
    if works:
        return "in_progress"
    # «в Тюмени открылся дилерский центр, где будут заниматься сервисом»: a site opened (a
    # past-tense opening verb) is running; the clause's future tells what it is for
    opened = [h for h in statuses if h.cue.value == "operating" and "past" in h.cue.grammemes
              and h.last < rel and rel - h.last <= _SITE_SPAN]
    return "operating" if opened else status


_SPEECH_OPENERS = ("«", '"', "“", "„", "—", "–")  # what opens a quotation after a colon


def _speech_after(toks: list[Token], n: int, text: str | None) -> bool:
    """«В холдинге это опровергли: «Мы планируем открыть…»»: a denial verb followed by a
    colon and a quotation denies what was said before; the speech after it is the speaker's
    own word. A colon followed by plain words explains the denial («От сборки … решено
    отказаться: подходящего партнера там не нашли»): the denial stands."""
    if text is None or n + 1 >= len(toks):
        return False
    between = text[toks[n].end:toks[n + 1].start]
    if toks[n].word in words("closed_states"):
        # «Выпуск … был прекращен: партнер переориентировался …»: a closing and its reason
        # tell a closed project (still a project), not a plan dropped
        return ":" in between
    return ":" in between and any(q in between for q in _SPEECH_OPENERS)


def _other_verb_negated(toks: list[Token], n: int) -> bool:
    """«решение … принимать не будут»: the negated auxiliary «быть» goes with an infinitive
    that is no project verb (before or right after it), so no plan is denied. A kind verb
    («не будут собирать прицепы») is a project verb: the plan is denied (round 63)."""
    aux = next((k for k in range(n + 1, min(len(toks), n + 3)) if toks[k].lemma == "быть"), None)
    if aux is None or any(u.lemma in words("negatable") and u.lemma != "быть"
                          for u in toks[n + 1:n + 3]):
        return False
    infinitives = [u for u in (toks[n - 1:n] + toks[aux + 1:aux + 3]) if u.pos == "INFN"]
    kept = words("negatable") | words("set_up")
    return bool(infinitives) and not any(
        u.lemma in kept or any(h.cue.field == "kind" for h in cue_hits([u])) for u in infinitives)


def _apart(a: Token, b: Token, text: str | None) -> bool:
    """«инвестор не раскрывается — планируется»: a punctuation mark between the negation and
    the verb puts the verb in another clause."""
    return text is not None and any(ch in ",;:—–()" for ch in text[a.end:b.start])


def _closure_denied(toks: list[Token], n: int) -> bool:
    """«опровергли слухи о закрытии сборки»: denying a closure confirms the project."""
    return any(u.lemma in words("closure") for u in toks[n + 1:n + 1 + _CLOSURE_SPAN])


_DECLINE_SPAN = 3  # words between «отказаться» and what is declined («от подробностей в компании отказались»)


def declines_to_speak(toks: list[Token], n: int, text: str | None = None) -> bool:
    """«сроки комментировать отказались», «от комментариев отказались», «отказался назвать
    партнёра»: «отказаться» with a word of speech (``declined_speech``) beside it declines to
    speak, it drops no project. A word of speech past a punctuation mark is in another
    clause: «… решено отказаться, сообщили в мэрии» attributes the report (`text`, the
    article's, shows the marks)."""
    if not toks[n].lemma.startswith("отказ"):
        return False
    speech = words("declined_speech")
    return any(u.lemma in speech and not (_apart(u, toks[n], text) if u.start < toks[n].start
                                          else _apart(toks[n], u, text))
               for u in toks[max(0, n - _DECLINE_SPAN):n + 1 + _DECLINE_SPAN])


def _no_talk(toks: list[Token], n: int) -> bool:
    """«о локальном производстве здесь речи нет», «речь не идёт о сборке»: «речь» (``talk``)
    with «нет» or «не» within two words; «речь идёт не только о …» denies nothing."""
    if toks[n].lemma not in words("talk"):
        return False
    return any(u.word in ("не", "нет") and not (k + 1 < len(toks) and toks[k + 1].word == "только")
               for k, u in enumerate(toks[max(0, n - 2):n + 3], start=max(0, n - 2)))


def denied(toks: list[Token], text: str | None = None, closed_kept: bool = False) -> bool:
    """«не будут создавать СП», «опровергло информацию о создании», «переговоров … не
    ведётся», «о производстве речи нет»: a denial (`text`, the article's, tells a denial
    that introduces speech). `closed_kept`: a closed state (``closed_states``: «линия
    закрыта», «выпуск прекращён») tells a closed project (`closed_state_told`), no denial."""
    denial, forms, negatable = words("denial"), words("denial_forms"), words("negatable")
    kept = words("closed_states") if closed_kept else frozenset()
    said, lemmas = {t.word for t in toks}, {t.lemma for t in toks}
    if words("talk").isdisjoint(lemmas) and denial.isdisjoint(lemmas) and forms.isdisjoint(said) \
            and "не" not in said and "нет" not in said:
        return False  # (most sentences: no word a denial is told with, no scan token by token)
    for n, t in enumerate(toks):
        if t.word in kept or ceases_work(toks, n) or t.word in words("closed") or (
                closed_kept and t.lemma in words("cease")):
            continue  # («СП … прекращает работу», «… ликвидируется»: a closing, `told_halted`)
        if _no_talk(toks, n):
            return True
        if (t.lemma in denial or t.word in forms) and not _speech_after(toks, n, text) \
                and not (t.lemma in denial and _closure_denied(toks, n)) \
                and not declines_to_speak(toks, n, text):
            return True
        if t.word not in ("не", "нет") or (n + 1 < len(toks) and toks[n + 1].word == "только"):
            continue  # «не только …, но и …» negates nothing
        if any(u.lemma in negatable and not _apart(t, u, text) for u in toks[n + 1:n + 3]) \
                and not _other_verb_negated(toks, n):
            return True
    return False


def denial(sent: ReadSentence, hits: list[CueHit], firms: list[Entity],
           regions: list[Entity]) -> Mention | None:
    """«Министерство опровергло информацию о строительстве совместного с ПАО «КАМАЗ» завода в
    Тверской области»: a denied sentence with a kind cue denies a project of its firms
    (`firms`: the sentence's enterprises) in its Russian region (`regions`, the first one
    named); the merge keeps it to drop the article's later plans of that project. None: no
    project named (no kind cue, no firm or no region)."""
    if not firms or not regions or not any(h.cue.field == "kind" for h in hits):
        return None
    return Mention(sentence=sent, kind=None, status="unknown",
                   enterprises={e.normal for e in firms}, region=regions[0].normal,
                   denies=True)


def told_announced(sent: ReadSentence) -> bool:
    """«проект сборки …, о котором объявляли в 2022 году» (``announced``): a project told
    announced is one, even where the text gives it no stage."""
    return not words("announced").isdisjoint(sent.lemmas)


_SILENT_SPAN = 6  # words from «с тех пор» to its negation («с тех пор о проекте не сообщалось»)


def never_started(toks: list[Token]) -> bool:
    """«так и не было запущено», «так и не начали»: what was announced never started (no
    stage; a denial only where nothing was announced: «цех … так и не открылся»); «с тех
    пор о проекте не сообщалось», «но с тех пор ничего не слышно»: nothing was told of it
    since it was announced, no stage either."""
    return any(a.word == "так" and b.word == "и" and c.word == "не"
               for a, b, c in zip(toks, toks[1:], toks[2:], strict=False)) or any(
        a.word == "с" and b.word == "тех" and c.word == "пор"
        and any(t.word in ("не", "ничего") for t in toks[k + 3:k + 3 + _SILENT_SPAN])
        for k, (a, b, c) in enumerate(zip(toks, toks[1:], toks[2:], strict=False)))


def never_started_told(toks: list[Token], sents: Sequence[ReadSentence], idx: int) -> bool:
    """`never_started` in sentence `idx` (`toks`) or in the next one of its paragraph
    («… объявили о создании в Минске участка … Однако участок так и не был запущен»)."""
    return never_started(toks) or (
        idx + 1 < len(sents) and sents[idx + 1].paragraph == sents[idx].paragraph
        and never_started(sents[idx + 1].toks))


# A project's halt (`told_halted`) is `vocab.SUSPENDED` or `vocab.CLOSED`; "" for none.


_HALT_RANK = {"": 0, SUSPENDED: 1, CLOSED: 2, CANCELLED: 3}


def stronger_halt(a: str, b: str) -> str:
    """Of two halts told of one project, the further one: cancelled over closed over suspended
    over none («приостановлена с марта», later «линия закрыта»: closed)."""
    return max(a, b, key=_HALT_RANK.__getitem__)


def told_halted(sent: ReadSentence) -> str:
    """How the sentence tells its project stopped: «в 2022 году участок закрыли» (a past
    closing, ``closed``), «Линия … закрыта в прошлом году», «выпуск прекращён» (a closed
    state, ``closed_states``) are `CLOSED`; «с августа приостановило сборку», «заморожена»
    (``pause``) `SUSPENDED`; "" when it tells no halt. A closing negated («Проект не закрыт,
    он заморожен») is none. Either way the project is still a project, with no stage
    (``unknown``): the halt is told in a field of its own (issue 11)."""
    toks = sent.toks
    closing = words("closed") | words("closed_states")
    # (the word scans only where the sentence's sets hold a word they look for)
    if not closing.isdisjoint(sent.words) and any(
            t.word in closing and not (k and toks[k - 1].word == "не") for k, t in enumerate(toks)):
        return CLOSED
    if not words("cease").isdisjoint(sent.lemmas) and (any(
            ceases_work(toks, k) for k in range(len(toks))) or work_ceased(toks, cue_hits(toks))):
        return CLOSED  # («завод прекратил деятельность», «сборку прекратили в 2015 году»)
    return SUSPENDED if not words("pause").isdisjoint(sent.lemmas) else ""


def halt_told(toks: list[Token]) -> bool:
    """«Выпуск … приостановлен», «линию законсервировали», «производство … прекращено»: the
    clause tells a line stopped (``pause``, ``closed``, ``closed_states``), not negated."""
    closing = words("closed") | words("closed_states")
    return any((t.word in closing or t.lemma in words("pause")) and not (k and toks[k - 1].word == "не")
               for k, t in enumerate(toks))


def ceases_work(toks: list[Token], k: int) -> bool:
    """«СП … прекращает работу», «завод прекратил деятельность»: token `k` is a ``cease``
    verb, not negated, with a ``cease_work`` noun right after it: a working enterprise closes."""
    return (toks[k].lemma in words("cease") and k + 1 < len(toks)
            and toks[k + 1].lemma in words("cease_work") and not (k and toks[k - 1].word == "не"))


def closed_state_told(toks: list[Token], hits: list[CueHit]) -> bool:
    """«Линия по сборке погрузчиков … закрыта», «сборка … прекращена»: a closed state
    (``closed_states``) told of a kind cue's project is a closed project, not a denial; so
    is an enterprise that ceases work («СП … прекращает работу»)."""
    return any(h.cue.field == "kind" for h in hits) and (not words("closed_states").isdisjoint(
        t.word for t in toks) or any(ceases_work(toks, k) for k in range(len(toks)))
        or work_ceased(toks, hits))  # («сборку … прекратили»: idle_sites)


def tells_resumption(sent: ReadSentence) -> bool:
    """Does the sentence name a resuming (``resume``: «возобновить», «перезапуск»)?"""
    return any(t.lemma in words("resume") for t in sent.toks)


def resumption_timeline(sent: ReadSentence, published: date | None) -> str | None:
    """«…, возобновить её планируется в 2026 году», «возобновление сборки ожидается во втором
    полугодии», «Возобновить проект стороны намерены не раньше 2027 года»: the date of the
    clause of a word of resuming (``resume``), else one told after that word; None when the
    sentence tells no resumption (its dates are the halt's own: «приостановлена с марта 2024
    года») or the resumption's own clause gives no date («приостановленную в 2023 году сборку
    планируют возобновить»: 2023 is the halt's)."""
    at = next((t for t in sent.toks if t.lemma in words("resume")), None)
    if at is None:
        return None
    begin = max((m.end() for m in CLAUSE_MARK.finditer(sent.text, sent.start, at.start)),
                default=sent.start)
    stop = CLAUSE_MARK.search(sent.text, at.end, sent.end)
    own = normalize_timeline(sent.text[begin:stop.start() if stop else sent.end], published)
    return own or normalize_timeline(sent.text[at.start:sent.end], published)


def told_resumed(sent: ReadSentence) -> bool:
    """«линию перезапустили», «сборку возобновили» (``resumed``: past forms), «удалось
    запустить снова», «вновь заработала» (``again`` with a ``resume_launch`` verb): a project
    told stopped is running again; its pause is over. A restart in the future tense («Когда
    линия заработает снова, в компании не говорят») has not happened: the pause goes on."""
    if not words("resumed").isdisjoint(sent.words):
        return True
    return not words("again").isdisjoint(sent.words) and any(
        t.lemma in words("resume_launch") and "futr" not in t.tags for t in sent.toks)
