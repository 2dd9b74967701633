"""Session 28 (reg28prec, issue 11): false rows read from round 41's dev part and the older
study parts, on sentences written here.

* A further site told by reference («аналогичный участок», «такой же цех … и в …») is no site
  when its sentence retells it with «якобы», offers it and declines it, or calls it untrue:
  the report rules that drop a kind cue drop the added site too.
* An offer («обратился с предложением», «предлагали») the next sentence answers by denying work
  of its kind («… открывать сервисный центр не планируют») is declined, with no contrast word.
* A dealer in apposition after a firm's name («ООО «…», дилер МТЗ») says who the firm is.
"""

from __future__ import annotations

from conftest import register_of


def _sites(rows: list[dict]) -> list[tuple]:
    return sorted((r["region"] if isinstance(r["region"], str) else None, r["kind"]) for r in rows)


# ------------------------------------------------------ a further site retold or declined


def test_a_further_site_told_with_yakoby_is_no_site():
    rows = register_of(
        "Под Тверью соберут погрузчики «Амкодор»\n"
        "В Твери ООО «Тверьспецмаш» начало сборку фронтальных погрузчиков «Амкодор».\n"
        "По словам одного из дилеров, такой же цех якобы откроется и в Ярославской области.")
    assert _sites(rows) == [("Тверская область", "assembly")], rows


def test_a_further_site_offered_and_declined_is_no_site():
    rows = register_of(
        "Под Тверью соберут погрузчики «Амкодор»\n"
        "В Твери ООО «Тверьспецмаш» начало сборку фронтальных погрузчиков «Амкодор».\n"
        "Ярославские власти предлагали разместить такой же цех и в Рыбинске, но в компании "
        "назвали это нецелесообразным.")
    assert _sites(rows) == [("Тверская область", "assembly")], rows


def test_a_further_site_told_plainly_stays():
    rows = register_of(
        "Под Тверью соберут погрузчики «Амкодор»\n"
        "В Твери ООО «Тверьспецмаш» начало сборку фронтальных погрузчиков «Амкодор».\n"
        "Аналогичный цех в следующем году появится и в Ярославской области.")
    assert ("Ярославская область", "assembly") in _sites(rows), rows


# ---------------------------------------------------- an offer the next sentence turns down


def _kinds_read(text: str) -> list[list[str | None]]:
    """The kinds of each sentence's mentions, as the reader gives them."""
    from datetime import date

    from conftest import make_article

    from analysis.entities import find_entities
    from analysis.projects.reader import ArticleReader

    article = make_article("t", text, date(2024, 5, 1))
    reader = ArticleReader(article, find_entities(article, ner=False))
    return [[m.kind for m in reader.mentions(i)] for i in range(len(reader.sents))]


def test_an_offer_answered_by_a_denial_of_its_kind_is_no_project():
    kinds = _kinds_read(
        "Летом владельцы мастерской в Рыльске обратились на завод «Гомсельмаш» с предложением "
        "придать ей статус официального сервисного центра. Осенью на заводе ответили, что "
        "открывать сервисный центр в районе не планируют.")
    assert "service_center" not in kinds[0], kinds


def test_an_offer_answered_by_something_else_stays():
    kinds = _kinds_read(
        "Летом владельцы мастерской в Рыльске обратились на завод «Гомсельмаш» с предложением "
        "придать ей статус официального сервисного центра. Осенью на заводе ответили, что "
        "договор подпишут в декабре.")
    assert "service_center" in kinds[0], kinds


# ------------------------------------------------------------- a dealer in apposition


def test_a_dealer_in_apposition_after_a_firm_is_no_project():
    kinds = _kinds_read(
        "Призы победителям вручило тверское ООО «Агроснабсервис», дилер Минского тракторного "
        "завода.")
    assert "other" not in kinds[0], kinds


def test_a_dealer_centre_a_firm_opens_stays():
    kinds = _kinds_read(
        "ООО «Агроснабсервис» открыло в Твери дилерский центр Минского тракторного завода с "
        "сервисной зоной.")
    assert kinds[0], kinds


# ------------------------------------------------------------ a row that names nothing


def test_a_row_naming_only_its_cue_joins_the_project_of_its_place():
    rows = register_of(
        "«Амкодор» расширяет сборку погрузчиков\n"
        "Фронтальные погрузчики «Амкодор» с ковшами местного изготовления собирают в Тульской и "
        "Калужской областях, сообщил директор торгового дома «Амкодор-Русь».\n"
        "В Алексине сборку ведёт ООО «Тулспецтехника», в Калужской области — предприятие в "
        "Кирове.")
    tula = [r for r in rows if r["region"] == "Тульская область"]
    assert len(tula) == 1 and "Тулспецтехника" in tula[0]["enterprises"], rows
    assert "Амкодор" in tula[0]["enterprises"], rows


# ------------------------------------------------- goods made at home and delivered


def test_goods_assembled_at_the_makers_home_and_delivered_are_no_project():
    rows = register_of(
        "Новые троллейбусы для Уфы\n"
        "На маршруты Уфы вышли 12 троллейбусов «Белкоммунмаш». Все машины собраны в Минске и "
        "пришли в Уфу по железной дороге.")
    assert rows == [], rows


def test_a_place_the_goods_are_sent_to_is_no_site():
    from analysis.entities import find_entities
    from analysis.projects.cues import tokens
    from analysis.projects.location import shipped_to

    text = "Готовые кабины прислали в Ульяновск в начале месяца."
    place = next(e for e in find_entities(text) if e.type == "region")
    assert shipped_to(text, tokens(text, 0, len(text)), place)


# ------------------------------------------------------ a facility the goods are handed to


def test_a_facility_a_thing_is_handed_over_to_is_no_project():
    kinds = _kinds_read(
        "Первый опытный комбайн в конце года планируют передать в сервисный центр "
        "«Гомсельмаша» для испытаний.")
    assert "service_center" not in kinds[0], kinds


def test_a_facility_where_the_work_is_done_stays():
    kinds = _kinds_read(
        "ООО «Агросервис» открыло в Курске сервисный центр «Гомсельмаша», куда хозяйства "
        "передают комбайны на ремонт.")
    assert "service_center" in kinds[0], kinds


# ------------------------------------------------------ how quickly goods go together


def test_how_quickly_goods_go_together_is_no_project():
    kinds = _kinds_read(
        "ОАО «Лидский завод металлоконструкций» отправило в Тверскую область 50 навесов.\n"
        "— Навес удобен: он собирается из готовых секций за два часа, — рассказывает директор "
        "предприятия.")
    assert "assembly" not in kinds[1], kinds


def test_a_placed_reflexive_assembly_stays():
    kinds = _kinds_read("Тракторы «Беларус» собираются в Елабуге из минских машинокомплектов.")
    assert "assembly" in kinds[0], kinds


# --------------------------------------------- a plan the next sentence calls talk only


def test_a_plan_the_next_sentence_calls_talk_only_is_no_project():
    kinds = _kinds_read(
        "В Унече рассчитывают наладить сборку прицепов «Бобруйскагромаш». Там пока не "
        "продвинулись дальше разговоров с возможными инвесторами.")
    assert "assembly" not in kinds[0], kinds


def test_a_plan_followed_by_other_news_stays():
    kinds = _kinds_read(
        "В Унече рассчитывают наладить сборку прицепов «Бобруйскагромаш». Там уже подобрали "
        "площадку бывшего завода.")
    assert "assembly" in kinds[0], kinds


# ----------------------------------------------- a row placed by a partner's home alone


def _project(article, region, firms, placed, start):
    from analysis.projects.merging import Evidence, Project

    return Project(region=region, kind="component_production", enterprises=set(firms),
                   product="детали", product_key={"детали"}, status="agreed", placed=placed,
                   evidence=[Evidence(article=article, start=start, end=start + 5)])


def test_a_row_placed_by_its_partners_home_joins_the_placed_row_of_its_firms():
    from datetime import date

    from conftest import make_article

    from analysis.projects.unnamed_rows import unplaced_rows_join

    article = make_article("t", "Заголовок.\nТекст статьи о деталях.", date(2024, 5, 1))
    home = _project(article, "Республика Татарстан", ["КАМАЗ"], False, 0)
    site = _project(article, None, ["КАМАЗ", "Борисовский завод пластмассовых изделий"], True, 11)
    out = [home, site]
    unplaced_rows_join(out)
    assert out == [site] and site.evidence[-1].start == 0


def test_a_row_placed_by_the_article_alone_stays():
    from datetime import date

    from conftest import make_article

    from analysis.projects.unnamed_rows import unplaced_rows_join

    article = make_article("t", "Заголовок.\nТекст статьи о деталях.", date(2024, 5, 1))
    other = _project(article, "Ростовская область", ["Гомсельмаш"], False, 0)
    site = _project(article, "Краснодарский край", ["Гомсельмаш", "КубаньАгроСборка"], True, 11)
    out = [other, site]
    unplaced_rows_join(out)
    assert out == [other, site]


# ------------------------------------------ «совместный» with a noun of its own before «с»


def test_joint_projects_with_enterprises_are_no_venture():
    kinds = _kinds_read(
        "На форуме в Казани делегация области представила совместные проекты с "
        "белорусскими предприятиями.")
    assert "joint_venture" not in kinds[0], kinds


def test_a_venture_joint_with_a_firm_stays():
    kinds = _kinds_read(
        "В Казани зарегистрировано совместное с ОАО «МАЗ» предприятие по сборке автобусов.")
    assert "joint_venture" in kinds[0], kinds


# --------------------------------------------------- where a venture's goods are shipped


def test_where_a_ventures_goods_go_is_no_project():
    kinds = _kinds_read(
        "Насосы СП будут поставляться на сборочные линии «Ростсельмаша» и КАМАЗа.")
    assert "joint_venture" not in kinds[0], kinds


def test_a_named_venture_shipping_stays():
    kinds = _kinds_read(
        "СП «Гомсельмаш-Юг» в Ростове собирает комбайны и поставляет их хозяйствам края.")
    assert "joint_venture" in kinds[0] or "assembly" in kinds[0], kinds
