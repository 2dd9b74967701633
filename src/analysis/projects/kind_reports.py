"""Kind cues of what the text retells without vouching for it: a claim it distances itself from
(«якобы»), a report the next sentence refutes, an offer the other side declined. The kind
rules (`analysis.projects.kinds.KIND_RULES`) drop them.

* `not_hearsay`: «сообщил, что завод якобы рассматривает возможность открыть сборочную
  площадку»: a clause with «якобы» retells a claim;
* `not_refuted`: «…якобы планирует построить завод. Однако в компании заявили, что таких
  планов нет», «В управлении уточнили, что таких планов у города нет»: the next sentence
  refutes the report;
* `not_declined_offer`: «Российские партнёры предлагали организовать сборку прицепов в
  Ярославле, но на заводе считают это преждевременным»: what one side offered and the other
  declined is no project;
* `not_called_untrue`: «Кто писал, что завод будет собирать здесь трактора, — это неправда»:
  a claim the text calls untrue, in its sentence or at the opening of the next;
* `not_unconfirmed`: «По слухам, МАЗ может наладить сборку …», «Писали, что …», «…, но в компании это не
  подтверждают», «В компании информацию не подтвердили» (the next sentence): a report given as
  rumour or said to be unconfirmed;
* `not_undecided`: «обсуждается возможность организовать сборку …, однако окончательное решение
  пока не принято»: a possibility whose sentence says no decision was taken is no project
  (a plan «намечено на 2026 год, однако решение не принято» stays one: no possibility);
* `not_plan_denied_next`: «Обсуждалась возможность организовать сборку в Пскове. Однако в
  компании уточнили: «Собирать их в России мы не планируем»»: a plan talked of, the next
  sentence opening with a contrast denies work of the same kind.

`retold_at(ctx, pos)` asks the same of a sentence with no kind cue left that adds a site to
the project last told («аналогичный участок якобы может появиться и в …», «предлагали открыть
такой же участок и в …, но … считают это преждевременным»): a site retold, refuted or declined
is no further site.

Word lists are data (data/project_words.csv): ``reported_claim``, ``claim_pointer``,
``premature``, ``offer``, ``declined``, ``untrue``, ``hearsay``, ``confirm``, ``possibility``,
``undecided``.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.projects.cues import Cue, CueHit, cue_hits, words
from analysis.projects.kind_negation import outside_clauses_of
from analysis.projects.stance import denied

if TYPE_CHECKING:
    from analysis.projects.cues import Token
    from analysis.projects.kind_context import KindContext

_CONTRAST = frozenset({"однако", "но"})
_ABSENT_SPAN = 3  # words from the claim's noun to «нет» («планов у города нет»)
# «…, но на заводе считают …», «…; однако …»: a contrast opening a clause of its own
_CONTRAST_CLAUSE = lazy_compile(r"[,;]\s+(?:но|однако)\s")


def not_hearsay(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«сообщил, что белорусский завод якобы рассматривает возможность открыть сборочную
    площадку»: a clause with «якобы» retells a claim the writer does not vouch for; its kind
    cues are dropped (clauses end at punctuation)."""
    return outside_clauses_of(ctx, kinds, "якобы")


def not_refuted(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Портал написал, что «Гомсельмаш» планирует построить в Брянске завод. Однако в
    компании заявили, что таких планов нет», «…БЕЛАЗ откроет в Находке сервисный центр.
    Однако представитель холдинга назвал эту информацию преждевременной»: a next sentence that
    opens with «Однако» or «Но», or points back at the report with a demonstrative («таких
    планов»), names the report (``reported_claim``) and denies it (a denial, «нет» after the
    report's word, or ``premature``) refutes the sentence's project. («Но второй цех строить
    не будут» names no report: the project stays.)"""
    after = ctx.following_sentence
    if after is None or not ctx.around_has(after, words("reported_claim")):
        return kinds
    toks = ctx.following
    claim = words("reported_claim")
    # («В управлении уточнили, что таких планов у города нет»: a demonstrative before the
    # claim's noun points back at the report as «Однако» does)
    pointed = any(t.lemma in words("claim_pointer") and u.lemma in claim for t, u in pairwise(toks))
    if not toks or (toks[0].word not in _CONTRAST and not pointed):
        return kinds
    # «таких планов нет», «такой информации нет», «таких планов у города нет»: the claim said
    # not to exist (a holder «у …» may stand between)
    absent = any(t.lemma in claim and any(u.word == "нет" for u in toks[k + 1:k + 1 + _ABSENT_SPAN])
                 for k, t in enumerate(toks))
    premature = any(t.lemma in words("premature") for t in toks)
    return [] if absent or premature or denied(toks, ctx.text) else kinds


def _declines(toks: list[Token]) -> bool:
    """Does a clause (its words `toks`) decline: «считают это преждевременным», «отказались»?"""
    refusal = words("declined") | words("premature")
    return any(t.lemma in refusal for t in toks)


def not_declined_offer(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Российские партнёры предлагали организовать сборку прицепов прямо в Ярославле, но на
    заводе считают это преждевременным»: kind cues after an offer (``offer``) are dropped when
    a contrast clause after them, or a next sentence opening with «Но»/«Однако», declines it
    (``declined``, ``premature``). An offer accepted («предложили … и завод согласился») stays."""
    toks, text = ctx.toks, ctx.text
    offers = [k for k, t in enumerate(toks) if t.lemma in words("offer")]
    if not offers:
        return kinds
    first = offers[0]
    cut = _CONTRAST_CLAUSE.search(text, toks[first].end, ctx.end)
    if cut is not None:
        declined = _declines([t for t in toks if t.start >= cut.end()])
        end = cut.start()
    else:
        after = ctx.following
        # («обратилось … с предложением открыть сервисный центр. Ответ пришёл в сентябре: …
        # открывать сервисный центр в районе не планируют»: the answer denies the offer's work)
        declined = bool(after) and ((after[0].word in _CONTRAST and _declines(after))
                                    or _denies_offered(ctx, kinds, after))
        end = ctx.end
    if not declined:
        return kinds
    return [h for h in kinds if not (h.first > first and toks[h.first].start < end)]


def _denies_offered(ctx: KindContext, kinds: list[CueHit], after: list[Token]) -> bool:
    """Does the next sentence (`after`) deny work of a kind the offer's sentence names
    (a denial, `stance.denied`, beside a kind cue of the same value)?"""
    offered = {h.cue.value for h in kinds}
    return bool(offered) and denied(after, ctx.text) and any(
        h.cue.field == "kind" and h.cue.value in offered for h in cue_hits(after))


_UNTRUE_OPENING = 4  # words from the next sentence's start to «неправда» («Нет, это неправда»)
_RUNNING = frozenset({"operating", "in_progress"})


def _untrue_at(toks: list[Token]) -> int | None:
    """Where `toks` call something untrue (``untrue``: «неправда»; «не соответствует
    действительности»), else None."""
    for k, t in enumerate(toks):
        if t.lemma in words("untrue") or (
                t.lemma == "действительность" and any(u.word == "не" for u in toks[max(0, k - 3):k])):
            return k
    return None


def not_called_untrue(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Кстати, кто писал, что МТЗ будет в Орске трактора собирать, — это неправда, там только
    сервис»: the kind cues before a word calling the claim untrue are dropped (the service
    told after it stays); a next sentence opening «Это неправда», «Нет, это неправда» refutes
    every cue of the sentence."""
    k = _untrue_at(ctx.toks)
    if k is not None:
        return [h for h in kinds if h.first > k]
    after = ctx.following[:_UNTRUE_OPENING] if ctx.around_has(
        ctx.following_sentence, words("untrue")) else []
    return [] if after and _untrue_at(after) is not None else kinds


def not_plan_denied_next(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«В комитете напомнили, что обсуждалась возможность организовать сборку аппаратов на
    одном из местных предприятий. Однако директор уточнил: «Собирать их в России мы не
    планируем»»: a project not told running (no operating or in-progress cue in its
    sentence) whose next sentence opens with «Однако» or «Но» and denies work of its kind
    (a denial, `stance.denied`, and a kind cue of that value) is refuted. («Но второй цех
    строить не будут» names no kind: the project stays; a running line is not undone by a
    plan denied.)"""
    # (the next sentence is tokenised only when it holds a contrast word)
    if not ctx.around_has(ctx.following_sentence, _CONTRAST, forms=True):
        return kinds
    after = ctx.following
    if not after or after[0].word not in _CONTRAST or not denied(after, ctx.text):
        return kinds
    if any(h.cue.field == "status" and h.cue.value in _RUNNING for h in cue_hits(ctx.toks)):
        return kinds
    refuted = {h.cue.value for h in cue_hits(after) if h.cue.field == "kind"}
    return [h for h in kinds if h.cue.value not in refuted]


_SOURCE_SPAN = 2  # words from «по» to the hearsay noun («по неподтверждённым данным»)
_CONFIRM_SPAN = 3  # words from «подтверждение» to «нет» («подтверждения этой информации нет»)


def _from_hearsay(toks: list[Token]) -> bool:
    """«По слухам, …», «по неподтверждённым данным …»: «по» and a word of hearsay
    (``hearsay``) give the sentence's source as rumour; so does a sentence opening on a verb of
    saying in the plural with no subject, then «что» («Писали, что …», «Говорят, что …»:
    ``hearsay_opening``, session 34)."""
    hearsay = words("hearsay")
    if len(toks) > 1 and toks[0].lemma in words("hearsay_opening") and "plur" in toks[0].tags \
            and toks[0].pos == "VERB" and toks[1].word == "что":
        return True
    return any(t.word == "по" and any(u.lemma in hearsay for u in toks[k + 1:k + 1 + _SOURCE_SPAN])
               for k, t in enumerate(toks))


def _unconfirmed(toks: list[Token]) -> int | None:
    """Where `toks` say a claim is not confirmed («это не подтверждают», «информацию не
    подтвердили», «подтверждения этой информации нет»): a negated verb of confirming
    (``confirm``) or its noun before «нет», with a word that points at the claim (``this`` or
    ``reported_claim``) in the sentence; else None."""
    confirm, claim = words("confirm"), words("reported_claim") | {"это"}
    if claim.isdisjoint(t.lemma for t in toks) and claim.isdisjoint(t.word for t in toks):
        return None
    for k, t in enumerate(toks):
        if t.lemma not in confirm:
            continue
        if t.pos == "NOUN" and any(u.word == "нет" for u in toks[k + 1:k + 1 + _CONFIRM_SPAN]):
            return k
        if t.pos != "NOUN" and any(u.word == "не" for u in toks[max(0, k - 2):k]):
            return k
    return None


def not_unconfirmed(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«По слухам, МАЗ может наладить сборку автобусов в Туле», «По неподтверждённым данным,
    завод планирует …», «…, но в компании это не подтверждают», «Как пишут каналы, … . В
    компании информацию не подтвердили»: a report given as rumour, or one the text says is
    not confirmed (in a contrast clause after it, or in the next sentence), is no project."""
    toks = ctx.toks
    if _from_hearsay(toks):
        return []
    cut = _CONTRAST_CLAUSE.search(ctx.text, toks[0].end, ctx.end) if toks else None
    if cut is not None and _unconfirmed([t for t in toks if t.start >= cut.end()]) is not None:
        return [h for h in kinds if toks[h.first].start >= cut.end()]
    if not ctx.around_has(ctx.following_sentence, words("confirm")):
        return kinds
    return [] if _unconfirmed(ctx.following) is not None else kinds


_UNDECIDED_REACH = 6  # words from «решение» to its «не принято» («по нему ещё не принято»)


def not_undecided(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«На одном из заводов обсуждается возможность организовать сборку …, однако
    окончательное решение пока не принято», «рассматривает возможность создать склад …, но
    решение пока не принято»: the kind cues after a possibility (``possibility``) in a
    sentence that says no decision (``undecided``, then «не» and a state of deciding,
    ``undecided_states``, within a few words) was taken tell no project (rounds 7, 27;
    session 30's new user). A partner or a site not found or not chosen leaves the matter
    as open («…, однако партнёр пока не найден», «ни площадка, ни сроки не определены»), and
    the next sentence may say it («Решение пока не принято.»: session 31, first looks of
    rounds 28, 29 and 40)."""
    toks = ctx.toks
    at = next((k for k, t in enumerate(toks) if t.lemma in words("possibility")), None)
    if at is None:
        return kinds
    told_next = ctx.around_has(ctx.following_sentence, words("undecided")) \
        and _no_decision(ctx.following)
    if not (_no_decision(toks) or told_next):
        return kinds
    return [h for h in kinds if h.first < at]


def _no_decision(toks: list[Token]) -> bool:
    """Does a decision, partner or site word (``undecided``) stand with «не» and a state of
    deciding (``undecided_states``: «принят…», «найден», «определены», «выбрана», «нашли»)
    after it (a few words on)?"""
    undecided, states = words("undecided"), words("undecided_states")
    for k, t in enumerate(toks):
        if t.lemma not in undecided:
            continue
        near = toks[k + 1:k + 1 + _UNDECIDED_REACH]
        if any(a.word == "не" and (b.lemma in states or b.word in states)
               for a, b in pairwise(near)):
            return True
    return False


# a would-be cue at one word: what the report rules would drop there
_PROBE = Cue(field="kind", value="", words=("",), max_gap=0, grammemes=frozenset(), strong=True)
_SITE_REPORTS = (not_hearsay, not_refuted, not_declined_offer, not_called_untrue,
                 not_unconfirmed)


def retold_at(ctx: KindContext, pos: int) -> bool:
    """Is the word at offset `pos` (a further site's place) in a stretch the report rules
    drop: a claim with «якобы», a report the next sentence refutes, an offer declined, a
    claim called untrue? («Источник рассказал, что аналогичный участок якобы может появиться
    и в Курганской области»: no further site.)"""
    at = next((k for k, t in enumerate(ctx.toks) if t.start <= pos < t.end or t.start >= pos), None)
    if at is None:
        return False
    probe = [CueHit(cue=_PROBE, first=at, last=at)]
    return any(not rule(ctx, probe) for rule in _SITE_REPORTS)
