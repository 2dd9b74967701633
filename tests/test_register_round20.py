"""The register's rules added after studying the round-20 dev part (issue 11), on texts written
here in the style of plant features, trade representatives' interviews, equipment trade press
and farm-show reports: a firm introduced by a quoted abbreviation after its legal form is named
by the bare abbreviation later."""

from __future__ import annotations

from conftest import register_of


def _rows(text: str) -> list[tuple]:
    return sorted((r["region"], r["kind"], r["status"]) for r in register_of(text))


# ------------------------------------------------- a quoted abbreviation used bare later


def test_a_quoted_abbreviation_names_its_firm_when_used_bare() -> None:
    """«(ОАО «ГЗЛО») … сервисные центры ГЗЛО планируется открыть в …»: the firm of each row."""
    rows = register_of("Литейщики идут в регионы\nГомельский завод литейного оборудования "
                       "(ОАО «ГЗЛО») подвел итоги года.\nВ будущем году сервисные центры ГЗЛО "
                       "планируется открыть в Брянской и Орловской областях.")
    assert sorted((r["region"], r["enterprises"]) for r in rows) == [
        ("Брянская область", "ГЗЛО"), ("Орловская область", "ГЗЛО")]


def test_a_quoted_word_name_is_not_taken_bare() -> None:
    """Control: a quoted name in words («Заря») is not sought bare (a common word too)."""
    rows = register_of("Сервис в Брянске\nОАО «Заря» и ООО «Брянсктехсервис» открыли в Брянске "
                       "сервисный центр.\nЗаря над заводом была красивой.")
    assert [r["region"] for r in rows] == ["Брянская область"]
