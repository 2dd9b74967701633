"""Module-level regular expressions compiled when first used (`analysis.lazypattern`), and the
library versions the start-up cache keys on, looked up once per process."""

from __future__ import annotations

import ast
import pickle
import re
import subprocess
import sys
from pathlib import Path

from analysis.entities import startup
from analysis.lazypattern import LazyPattern, compiled, lazy_compile

SRC = Path(__file__).resolve().parents[1] / "src"


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source = r"(?P<num>\d+(?:[.,]\d+)?)[ \u00a0]*(?P<scale>млн|млрд)"
    text = "выручка 12,5 млрд рублей, прибыль 300 млн"
    lazy, real = lazy_compile(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    assert lazy.pattern == real.pattern
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.search(text).group("scale") == "млрд"
    assert lazy.match(text) is None and real.match(text) is None
    assert lazy.fullmatch("7 МЛН").group("num") == "7"
    assert lazy.findall(text) == real.findall(text)
    assert lazy.sub("N", text) == real.sub("N", text)
    assert lazy.subn("N", text) == real.subn("N", text)
    assert lazy.split(text) == real.split(text)
    assert lazy.flags == real.flags and lazy.groups == real.groups
    assert lazy.groupindex == real.groupindex
    assert lazy == real and hash(lazy) == hash(real)


def test_a_lazy_pattern_compiles_once_and_only_when_used() -> None:
    lazy = lazy_compile(r"завод\w*")
    assert isinstance(lazy, LazyPattern)
    assert lazy._compiled is None  # made at import: nothing compiled yet
    assert lazy.pattern == r"завод\w*"  # the source needs no compiling either
    assert lazy._compiled is None
    first = lazy.search("на заводе")
    assert first is not None and first.group() == "заводе"
    made = lazy._compiled
    assert made is not None and compiled(lazy) is made
    assert lazy.search("заводы").group() == "заводы"
    assert lazy._compiled is made
    # after the first call the methods are the compiled pattern's own
    assert lazy.__dict__["search"] == made.search


def test_a_lazy_pattern_pickles_as_its_source() -> None:
    lazy = lazy_compile(r"\bСП\b", re.IGNORECASE)
    lazy.search("сп")  # compiled: still pickled as its source
    copy = pickle.loads(pickle.dumps(lazy))
    assert isinstance(copy, LazyPattern) and copy._compiled is None
    assert copy.search("совместное сп").group() == "сп"
    assert compiled(re.compile("x")).pattern == "x"


def _module_level_compiles(path: Path) -> list[int]:
    """Lines of `path` where a module-level assignment calls `re.compile`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = []
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Call):
            func = node.value.func
            if (isinstance(func, ast.Attribute) and func.attr == "compile"
                    and isinstance(func.value, ast.Name) and func.value.id == "re"):
                lines.append(node.lineno)
    return lines


def test_the_package_compiles_no_pattern_at_module_level() -> None:
    found = {str(p.relative_to(SRC)): lines for p in sorted((SRC / "analysis").rglob("*.py"))
             if (lines := _module_level_compiles(p))}
    assert found == {}, f"module-level re.compile (use lazypattern.lazy_compile): {found}"


def _compiles_anywhere(path: Path) -> list[int]:
    """Lines of `path` that call ``re.compile`` (in a function or a module-level expression)."""
    return [node.lineno for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "compile" and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"]


def test_the_package_compiles_every_pattern_through_the_store() -> None:
    # a pattern made at run time from data (a word list's alternation) goes through
    # `patternstore.compile_pattern`, a module's tuple of patterns through `lazy_compile`:
    # either way a process that adds one article reads its program instead of compiling it
    own = {"patternstore.py", "lazypattern.py"}
    found = {str(p.relative_to(SRC)): lines for p in sorted((SRC / "analysis").rglob("*.py"))
             if p.name not in own and (lines := _compiles_anywhere(p))}
    assert found == {}, f"re.compile outside the pattern store: {found}"


def test_importing_the_stage_packages_compiles_few_patterns() -> None:
    # a process that imports every stage compiles only the patterns its imports use
    probe = (
        "import re, sys\n"
        "made = []\n"
        "real = re._compile\n"
        "def counting(pattern, flags):\n"
        "    frame = sys._getframe(1)\n"
        "    while frame is not None and frame.f_globals.get('__name__') == 're':\n"
        "        frame = frame.f_back\n"
        "    if frame is not None and frame.f_globals.get('__name__', '').startswith('analysis'):\n"
        "        made.append(pattern)\n"
        "    return real(pattern, flags)\n"
        "re._compile = counting\n"
        "from analysis import entities, figures, ingest, money, projects\n"
        "from analysis.tables import dataset\n"
        "print(len(made))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(SRC), "PATH": ""})
    # ~370 module-level patterns: most wait until a text needs them (16 compiled by the
    # imports in session 17, 67 before the chrome, date and timeline tables were lazy)
    assert int(out.stdout.strip()) < 30


def test_library_versions_are_looked_up_once(monkeypatch) -> None:
    asked: list[str] = []
    real = startup.metadata.version

    def counting(name: str) -> str:
        asked.append(name)
        return real(name)

    startup.library_version.cache_clear()
    monkeypatch.setattr(startup.metadata, "version", counting)
    first = startup.source_key((), ("numpy", "no-such-library-anywhere"))
    again = startup.source_key((), ("numpy", "no-such-library-anywhere"))
    assert first == again
    assert asked == ["numpy", "no-such-library-anywhere"]
    assert startup.library_version("no-such-library-anywhere") == "absent"
    startup.library_version.cache_clear()
