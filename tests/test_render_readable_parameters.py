"""The injected-parameters cell in plain text (analysis.render.translator): Cyrillic as
written, and every string still an exact, safe Python literal."""

from __future__ import annotations

import ast
import random
from pathlib import Path

import pytest

from analysis.render.translator import ReadableTranslator, python_literal

FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"

# what article text may hold: quotes of both kinds, backslashes, line breaks, a closing
# triple quote, code after it, format and control characters
HOSTILE = [
    "Тверская область",
    'Завод «Гомсельмаш» сказал: "Сделка — 12 млн"',
    "директор О'Брайен",
    "C:\\новости\\2019\\",
    "\\",
    '\\"',
    "первая строка\nвторая\r\nтретья\tс табуляцией",
    '"""; import os; os.system("echo взлом") #',
    "'''\"\"\"'''",
    "\x00\x1b[31m\x7f",
    "строка\u2028разделитель\u2029абзац",
    "невидимый\u200bпробел\u00a0и\ufeffBOM",
    "\ud800 одиночный суррогат",
    "😀 эмодзи и 中文",
    "",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_literal_reads_back_exactly(text: str) -> None:
    literal = python_literal(text)
    assert ast.literal_eval(literal) == text
    tree = ast.parse(f"region = {literal}")
    assert len(tree.body) == 1 and isinstance(tree.body[0], ast.Assign)  # nothing ran on
    assert isinstance(tree.body[0].value, ast.Constant)
    assert "\n" not in literal and "\r" not in literal  # one line of the cell


def test_random_text_reads_back_exactly() -> None:
    rng = random.Random(35)
    alphabet = "аБя ё\"'\\\n\r\t\x00\u2028\u200b{}#;😀"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        assert ast.literal_eval(python_literal(text)) == text


def test_cyrillic_is_written_as_it_is() -> None:
    assert python_literal("Смоленщина") == '"Смоленщина"'
    assert python_literal('«Белшина» "Бобруйск"') == '"«Белшина» \\"Бобруйск\\""'


def test_the_translator_writes_keys_values_and_other_types_readably() -> None:
    code = ReadableTranslator.codify({"region": "Кузбасс", "count": 2, "rates": {"руб": 1.5},
                                      "names": ["Минск", None], "flag": True})
    assert 'region = "Кузбасс"' in code
    assert '{"руб": 1.5}' in code and '["Минск", None]' in code
    namespace: dict[str, object] = {}
    exec(compile(code, "<injected>", "exec"), namespace)  # our own literals, checked above
    assert namespace["region"] == "Кузбасс" and namespace["names"] == ["Минск", None]
    assert namespace["flag"] is True and namespace["count"] == 2


@pytest.mark.slow
def test_executed_notebook_injects_readable_parameters() -> None:
    from analysis.render import execute as execute_mod

    region = 'Тверская "область"\\ \'эксп\'\n"""'
    nb = execute_mod.execute_notebook(FIXTURES / "prints_parameters.ipynb",
                                      {"region": region, "count": 1})
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1
    source = injected[0].source
    assert "Тверская" in source and "\\u04" not in source
    tree = ast.parse(source)
    values = {node.targets[0].id: ast.literal_eval(node.value)  # type: ignore[attr-defined]
              for node in tree.body if isinstance(node, ast.Assign)}
    assert values == {"region": region, "count": 1}
    shown = "".join(out.get("data", {}).get("text/html", "")
                    for cell in nb.cells for out in cell.get("outputs", []))
    assert "Тверская &quot;область&quot;" in shown  # the kernel received the exact value
