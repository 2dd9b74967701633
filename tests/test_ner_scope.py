"""Selective NER: which sentences natasha's NER reads, and that reading only those gives the
entities a reading of every sentence gives (texts written here, in the style of the news)."""

from __future__ import annotations

from analysis.entities import find_enterprises, find_entities, find_regions
from analysis.entities.nerscope import ner_scope

ARTICLE = (
    "Под Ярославлем начнут собирать белорусские электробусы\n"
    "Товарооборот региона с белорусскими партнёрами за год вырос почти на треть. "
    "Об этом на заседании правительства области рассказал губернатор Михаил Евраев. "
    "По его словам, сборку машин на площадке ООО «Волжские автобусы» начнут весной. "
    "Производство рассчитано на выпуск до двухсот машин в год.\n"
    "Гродненский облисполком поддержал проект и пообещал помочь с поставками комплектующих. "
    "Евраев добавил, что первые машины получат муниципальные перевозчики."
)


def read_sentences(text: str) -> list[str]:
    known = find_enterprises(text) + find_regions(text)
    return [text[a:b] for a, b in ner_scope().ranges(text, known=known)]


def test_a_sentence_without_an_unknown_name_is_not_read() -> None:
    text = "Товарооборот вырос на пять процентов. Поставки техники выросли вдвое."
    assert read_sentences(text) == []


def test_capitals_the_gazetteers_explain_are_no_reason_to_read() -> None:
    assert read_sentences("Минский тракторный завод увеличил поставки в Россию.") == []


def test_a_person_after_a_role_is_read() -> None:
    text = "Поставки выросли. Об этом сообщил губернатор области Иван Петров."
    assert read_sentences(text) == ["Об этом сообщил губернатор области Иван Петров."]


def test_an_organisation_opening_a_sentence_is_read() -> None:
    for text in ("Министерство промышленности края одобрило заявку.",
                 "Гродненский облисполком поддержал проект.",
                 "Росавтодор поддержал проект.", "Минтранс поддержал проект."):
        assert read_sentences(text) == [text], text


def test_neighbouring_chosen_sentences_are_read_as_one_run() -> None:
    text = "Иван Петров приехал в Минск. Сергей Сидоров встретил его. Погода была хорошей."
    known = find_enterprises(text) + find_regions(text)
    assert ner_scope().ranges(text, known=known) == [(0, text.index(" Погода"))]


def test_the_selective_reading_finds_the_people_and_organisations_of_a_full_reading() -> None:
    def people_and_orgs(everywhere: bool) -> list[tuple[int, int, str, str, str | None]]:
        return [(e.start, e.end, e.type, e.normal, e.role)
                for e in find_entities(ARTICLE, ner_everywhere=everywhere)
                if e.type in ("person", "organization")]

    selective = people_and_orgs(False)
    assert selective == people_and_orgs(True)
    assert any(t == "person" and n == "Михаил Евраев" and r for _, _, t, n, r in selective)
    assert any(t == "organization" and "облисполком" in n for _, _, t, n, _ in selective)


def test_less_than_the_whole_article_is_read() -> None:
    known = find_enterprises(ARTICLE) + find_regions(ARTICLE)
    read = sum(b - a for a, b in ner_scope().ranges(ARTICLE, known=known))
    assert read < 0.7 * len(ARTICLE)  # measured 0.62


def test_a_name_the_gazetteer_gives_at_a_sentence_start_is_no_reason_to_read() -> None:
    assert read_sentences("Минпромторг поддержал проект.") == []


def test_with_relevance_a_name_far_from_cues_roles_and_figures_is_not_read() -> None:
    from dataclasses import replace

    strict = replace(ner_scope(), relevance=True)
    text = ("Сборку тракторов начнут весной. Поставки выросли вдвое. Погода не помешала. "
            "Андрей Викторович, каким был год? "
            "Об этом сообщил губернатор Иван Петров.")
    known = find_enterprises(text) + find_regions(text)
    read = [text[a:b] for a, b in strict.ranges(text, known=known)]
    assert read == ["Об этом сообщил губернатор Иван Петров."]
    assert [text[a:b] for a, b in ner_scope().ranges(text, known=known)] == [
        text[text.index("Андрей"):]]  # relevance off: both names, one run
    near_cue = "Андрей Викторович, каким был год? Сборку тракторов начнут весной."
    known = find_enterprises(near_cue) + find_regions(near_cue)
    assert strict.ranges(near_cue, known=known) == [(0, near_cue.index(" Сборку"))]


# An interview whose question and answer the splitter leaves in one sentence.
INTERVIEW = ("— Что с обновлением техники? — Мы закупили двадцать тракторов. "
             "— А сервис? — Да, открыли свой пункт ремонта.")


def test_a_common_word_opening_an_interview_answer_is_no_reason_to_read() -> None:
    assert read_sentences(INTERVIEW) == []


def test_a_name_opening_an_interview_answer_is_read() -> None:
    text = "— Кто ведёт проект? — Кравцов, наш главный инженер, он и отвечает за сборку."
    assert read_sentences(text) == [text]


def test_a_capital_after_a_dash_outside_a_dialogue_is_read_as_before() -> None:
    # a dateline: «г. — В» is no turn of a dialogue, so the capital mid-sentence still counts
    text = "ПСКОВ, 3 марта 2024 г. — В области откроют сервисный центр техники."
    assert read_sentences(text) == [text]


def test_the_interview_reading_finds_the_entities_of_a_full_reading() -> None:
    text = ("Интервью с директором завода\n" + INTERVIEW + "\n"
            "— Кто поставляет узлы? — Кравцов, наш главный инженер, он и отвечает за сборку.")

    def people_and_orgs(everywhere: bool) -> list[tuple[int, int, str, str]]:
        return [(e.start, e.end, e.type, e.normal)
                for e in find_entities(text, ner_everywhere=everywhere)
                if e.type in ("person", "organization")]

    assert people_and_orgs(False) == people_and_orgs(True)
    assert any(t == "person" for _, _, t, _ in people_and_orgs(False))
