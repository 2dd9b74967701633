"""What a new analyst (session 42) found in the briefings of their own folder: third-country
trade from an article that names Minsk once entered a Russia–Belarus briefing, its region cell
«Россия — Беларусь» (F4); a budget for «the programme» the lead tells (buying Belarusian
machines) was set apart as naming no Belarus, and its «в 2025 году» read as the publication's
year (F5); an intergovernmental credit was «регион не назван», lumped with a sum whose region
is lost (F9); «увеличить … до 4 млрд» printed a bare «до» where «довести до 50 млрд» printed
«цель:» (F10); a corpus path with a typo got no hint and the list of every parameter (F12);
an up-to-date render listed its files as if it had written them (F13). Texts written here, in
the style of regional news and wires; no real article."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from conftest import briefing_of, facts_by_surface

from analysis.briefing.rows import is_target, level_label_key, level_reached
from analysis.render.exceptions import ParameterError
from analysis.render.params import check_params

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "briefing.ipynb"
UNRELATED = "Беларусь рядом не названа"


def meta(name: str, published: str) -> str:
    """A metadata.csv dating one file."""
    return f"file,title,source,url,published\n{name},,Тест,,{published}\n"


def plain(html: object) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", str(html))).replace("\u00a0", " ")


def row_of(table: str, amount: str) -> str:
    at = table.index(amount)
    return table[max(0, at - 90):at + 60]


# --- F4: trade with a third country, in an article not about Belarus ----------------------------

OIL = ("Поставки российского подсолнечного масла в Индию выросли на треть\n"
       "За январь–сентябрь 2025 года Россия экспортировала в Индию 1,9 млн тонн подсолнечного "
       "масла на 2,1 млрд долларов, следует из данных таможни.\n"
       "Участники масложировой выставки, прошедшей весной в Минске, ожидают, что спрос в Азии "
       "сохранится.\n")

TURNOVER = ("Товарооборот двух стран растёт\n"
            "По итогам 2024 года товарооборот России и Беларуси составил 52 млрд долларов, "
            "сообщили в правительстве Союзного государства.\n")


def test_f4_third_country_trade_of_an_article_not_about_belarus_is_left_out(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"oil.txt": OIL, "turnover.txt": TURNOVER,
                               "metadata.csv": meta("oil.txt", "2025-10-20")}, lang="ru")
    tables = plain(b.trade_table()) + plain(b.trade_table(partial=True)) + plain(b.lead())
    assert "52 млрд" in tables  # the two countries' turnover stays
    assert "2,1 млрд" not in tables and "2.1" not in tables
    assert "Индию" not in plain(b.sources())  # nothing cites the article
    en = briefing_of(tmp_path / "en", {"oil.txt": OIL, "turnover.txt": TURNOVER}, lang="en")
    assert "$2.1 bn" not in plain(en.trade_table())


def test_f4_a_third_country_figure_is_never_labelled_russia_belarus(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"oil.txt": OIL}, lang="ru")
    row = {"metric": "export", "flow": "other", "region": None, "scope": "national"}
    assert b.region_label(row) == "все рынки или третьи страны"
    assert b.region_label({**row, "flow": "RU→BY"}) == "Россия — Беларусь"


# --- F5: a budget for the programme the lead tells ---------------------------------------------

SUBSIDY = ("Курские хозяйства смогут купить белорусские комбайны дешевле\n\n"
           "В Курской области начинается программа льготной покупки зерноуборочных комбайнов "
           "«Гомсельмаш» белорусского производства. Скидка составит 12 процентов от цены "
           "завода.\n\n"
           "Скидка на одну машину составит до 2,2 млн рублей. Разницу заводу возмещает областной "
           "бюджет. Всего средств, заложенных на программу в 2026 году, — 260 млн рублей.\n")


def test_f5_a_year_in_the_clause_of_the_money_allotted_is_stated(tmp_path: Path) -> None:
    fact = facts_by_surface(tmp_path, SUBSIDY, published="2026-02-10")["260 млн рублей"]
    assert (fact.year, fact.year_source) == (2026, "stated")


def test_f5_the_programme_the_lead_tells_links_its_budget_to_belarus(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"kursk.txt": SUBSIDY, "metadata.csv": meta("kursk.txt", "2026-02-10")},
                    lang="ru")
    table = plain(b.money_table())
    row = row_of(table, "260 млн руб.")
    assert UNRELATED not in row and "по дате публикации" not in row
    assert "2026" in row


def test_f5_a_programme_with_a_name_of_its_own_stays_the_authoritys(tmp_path: Path) -> None:
    # the same lead, but the money is for another programme, named: no link by the lead
    other = SUBSIDY.replace("на программу в 2026 году", "на программу ремонта дорог в 2026 году")
    b = briefing_of(tmp_path, {"roads.txt": other, "metadata.csv": meta("roads.txt", "2026-02-10")},
                    lang="ru")
    assert UNRELATED in row_of(plain(b.money_table()), "260 млн руб.")


# --- F9: the two states' credit is «Россия — Беларусь» -----------------------------------------

STATE_CREDIT = ("Минфин согласовал новый транш\n"
                "Россия в 2026 году предоставит Беларуси 15 млрд рублей в рамках "
                "межгосударственного кредита на проекты импортозамещения, сообщили в Минфине.\n"
                "Кроме того, вложения в новый склад запчастей составили 40 млн рублей.\n")


def test_f9_an_intergovernmental_credit_is_the_two_countries_not_an_unknown_region(
        tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"credit.txt": STATE_CREDIT,
                               "metadata.csv": meta("credit.txt", "2026-03-02")}, lang="ru")
    table = plain(b.money_table())
    assert "Россия — Беларусь 15 млрд руб." in table
    by_region = plain(b.money_by_region())
    # its own group, not lumped with a sum whose region the text does not give
    assert "Россия — Беларусь 1 кредит: 15 млрд руб." in by_region
    assert by_region.index("Россия — Беларусь") < by_region.index("регион не назван")
    assert "регион не назван 1 инвестиции: 40 млн руб." in by_region


# --- F10: a verb that takes a total to a level: «цель:» ----------------------------------------

def _row(sentence: str, surface: str, metric: str = "financing") -> dict:
    return {"qualifier": "up_to", "forecast": True, "metric": metric, "sentence": sentence,
            "surface": surface}


@pytest.mark.parametrize(("sentence", "surface", "reached"), [
    ("В 2027 году компания планирует увеличить портфель лизинга до 3 млрд рублей.",
     "до 3 млрд рублей", True),
    ("Фонд намерен нарастить объём займов до 900 млн рублей.", "до 900 млн рублей", True),
    ("К 2027 году портфель планируют довести до 5 млрд рублей.", "до 5 млрд рублей", True),
    ("Банк выдаст заводу кредит до 500 млн рублей.", "до 500 млн рублей", False),
])
def test_f10_a_total_taken_to_a_level_is_a_target(sentence: str, surface: str, reached: bool) -> None:
    row = _row(sentence, surface)
    assert level_reached(row) is reached
    assert is_target(row) is reached
    if reached:
        assert level_label_key(row) == "q.target"


LEASING = ("Лизинговая компания подвела итоги года\n"
           "Саратовская лизинговая компания «Волгализинг» за 2025 год профинансировала поставку "
           "тракторов «Беларус» на 1,8 млрд рублей.\n"
           "В 2026 году компания планирует увеличить портфель по белорусской технике до 3 млрд "
           "рублей.\n")


def test_f10_the_briefing_says_target_not_a_bare_up_to(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"lease.txt": LEASING, "metadata.csv": meta("lease.txt", "2026-01-20")},
                    lang="ru")
    table, lead = plain(b.money_table()), plain(b.money_summary())
    assert "цель: 3 млрд руб." in table and "до 3 млрд" not in table
    assert "до 3 млрд" not in lead


# --- F12: a corpus folder with a typo ---------------------------------------------------------

def test_f12_a_missing_corpus_names_the_near_folder_and_lists_no_parameters(tmp_path: Path) -> None:
    (tmp_path / "articles_march").mkdir()
    typo = str(tmp_path / "articles_mrach")
    with pytest.raises(ParameterError) as info:
        check_params(NOTEBOOK, {"corpus": typo})
    message = str(info.value)
    assert f"did you mean {tmp_path / 'articles_march'}?" in message
    assert "Valid parameters" not in message


def test_f12_a_far_name_gets_no_guess_and_a_name_slip_keeps_the_list(tmp_path: Path) -> None:
    (tmp_path / "articles_march").mkdir()
    with pytest.raises(ParameterError) as info:
        check_params(NOTEBOOK, {"corpus": str(tmp_path / "zzz")})
    assert "did you mean" not in str(info.value)
    with pytest.raises(ParameterError) as info:
        check_params(NOTEBOOK, {"corpus": str(tmp_path / "zzz"), "regoin": "Курская"})
    assert "Valid parameters of briefing.ipynb" in str(info.value)


# --- F13: an up-to-date render says so first, and keeps its files -------------------------------

def test_f13_an_up_to_date_render_leads_with_it_and_names_the_files_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    render_module = importlib.import_module("analysis.render.render")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "lease.txt").write_text(LEASING, encoding="utf-8")
    out = tmp_path / "reports"
    runs: list[Path] = []

    def fake_render(notebook, params, formats, out_dir, pool):  # no kernel: the file it would write
        Path(out_dir).mkdir(exist_ok=True)
        html = Path(out_dir) / "briefing--test.html"
        html.write_text(f"html {len(runs)}", encoding="utf-8")
        runs.append(html)
        return render_module.RenderResult(notebook=Path(notebook), params=dict(params),
                                          outputs={"html": html}, seconds=0.0)

    monkeypatch.setattr(render_module, "render", fake_render)

    def run() -> int:
        return render_module.run_render_command(NOTEBOOK, [("corpus", str(corpus))], "html", out)

    assert run() == 0
    capsys.readouterr()
    assert run() == 0 and len(runs) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("up to date: briefing.ipynb")
    assert lines[1:] == [f"kept  html  {runs[0]}"]
