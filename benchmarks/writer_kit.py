"""Write the kit a blind round's money writers are given into a folder.

    python3 benchmarks/writer_kit.py DIR [--seeds-readme PATH]      (or: make writer-kit DIR=…)

The kit is three files, made afresh from the repository each time (so it follows the
conventions as `tests/gold/README.md` states them when it is made):

- ``conventions.md``: the file format (its field names and words from `gold_format`), the
  meaning of every field (the seeds' reference annotation, ``../shared/gold/README.md`` beside
  the clone: its money table and what is no money), and the conventions the project has
  settled: the opening of `tests/gold/README.md` and its sections whose heading starts with
  one of `CONVENTION_HEADINGS` (the walks through a round's dev part, the metric studies and
  the register's sections stay out);
- ``used_genres.txt``: the `genre` of every article of every gold file under `tests/gold/`,
  sorted, one a line (genre strings only: nothing else of any file, held-aside thirds included,
  is read out);
- ``gold_format.py``: a copy of the format checker (standard library only), which the writers
  run on their file: ``python3 gold_format.py round.jsonl --used used_genres.txt``.

Needs only the standard library.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gold_format  # (beside this script)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
GOLD_README = GOLD / "README.md"
SEEDS_README = Path("shared") / "gold" / "README.md"  # beside the clone
# The sections of tests/gold/README.md that state conventions a writer follows (its opening,
# before the first section, is taken too).
CONVENTION_HEADINGS = ("## Conventions settled", "## `flow`", "## Guarantees",
                       "## The lead's decisions")
SEEDS_MONEY_SECTION = "## seed_gold_amounts.jsonl"
KIT_FILES = ("conventions.md", "used_genres.txt", "gold_format.py")

_HEADING = re.compile(r"^#{2,3} ", re.MULTILINE)


def clone_roots(root: Path = ROOT) -> list[Path]:
    """The clone and, for a git worktree, the main clone it was made from: `../shared` lies
    beside the main clone."""
    roots = [root]
    git = root / ".git"
    if git.is_file():  # a worktree: «gitdir: <main>/.git/worktrees/<name>»
        gitdir = Path(git.read_text(encoding="utf-8").split(":", 1)[1].strip())
        common = gitdir / "commondir"
        if common.is_file():
            roots.append((gitdir / common.read_text(encoding="utf-8").strip()).resolve().parent)
    return roots


def find_seeds_readme(root: Path = ROOT) -> Path | None:
    """``../shared/gold/README.md`` beside the clone (or beside its main clone)."""
    return next((p for r in clone_roots(root) if (p := r.parent / SEEDS_README).is_file()), None)


def sections(markdown: str) -> list[str]:
    """`markdown` cut before every second- and third-level heading; the first piece is what
    stands before the first heading."""
    starts = [0, *(m.start() for m in _HEADING.finditer(markdown))]
    return [markdown[a:b] for a, b in zip(starts, [*starts[1:], len(markdown)], strict=True)]


def settled_conventions(readme: str) -> str:
    """The opening of `tests/gold/README.md` (its title left out) and its sections of
    conventions, in the README's order."""
    first, *rest = sections(readme)
    opening = first.split("\n", 1)[1] if first.startswith("# ") else first
    kept = [s for s in rest if s.startswith(CONVENTION_HEADINGS)]
    return "\n".join(part.strip("\n") + "\n" for part in [opening, *kept])


def field_meanings(seeds_readme: str) -> str:
    """The money section of the seeds' reference annotation, its heading left out."""
    found = [s for s in sections(seeds_readme) if s.startswith(SEEDS_MONEY_SECTION)]
    if not found:
        raise SystemExit(f"no «{SEEDS_MONEY_SECTION}» section in the seeds' README")
    return found[0].split("\n", 1)[1].strip("\n") + "\n"


def _words(values: tuple[str, ...]) -> str:
    return "|".join(values)


def _fields() -> str:
    """The bullet naming every field, wrapped."""
    g = gold_format
    text = (f"Article fields: {', '.join(f'`{k}`' for k in g.ARTICLE_KEYS)}; amount fields: "
            f"{', '.join(f'`{k}`' for k in g.AMOUNT_KEYS)}, and `flow` where the metric is "
            f"{' or '.join(f'`{m}`' for m in g.FLOW_METRICS)}. Every article's text has at least "
            f"{g.MIN_WORDS} words.")
    return textwrap.fill(text, width=96, initial_indent="- ", subsequent_indent="  ")


def file_format() -> str:
    """How a round's file is written: its fields and words from `gold_format`."""
    g = gold_format
    return f"""## File format: one JSON object per line (one article)
```
{{"id": "r70m01", "genre": "snake_case_genre_description", "published": "2023-11-14" or null,
 "url": "https://…" (may carry a date like /2019/04/03/ or /20230817/), "source": "outlet name",
 "text": "full article text, paragraphs separated by \\n",
 "not_money": ["exact substrings of the text that look like money but are not", …],
 "amounts": [ {{amount}}, … ]}}
```
Each amount:
```
{{"surface": "exact substring of text",
 "occurrence": 1,   # which raw substring match of surface in text (1-based)
 "value": 36800000000.0, "value_low": null, "value_high": null,   # range: value = low end, both set
 "currency": "{_words(g.CURRENCIES)}", "implied_currency": false,
 "qualifier": "{_words(g.QUALIFIERS)}",
 "metric": "{_words(g.METRICS)}",
 "flow": "{_words(g.FLOWS)}",      # ONLY on {' and '.join(g.FLOW_METRICS)} amounts; omit the key otherwise
 "year": 2023 or null, "period": "январь–сентябрь" or null, "forecast": false,
 "region": "Смоленская область" or null,
     # a Russian federal subject, nominative; null for Russia–Belarus as a whole
 "context": null or "the exact sentence (substring of text) that supplied an inherited metric/scope/year",
 "classes": ["short_snake_case_labels_of_what_makes_this_hard", …]}}
```
{_fields()}
- `value` is the figure the surface writes, in currency units («1,2 млрд» is `1200000000.0`); a
  figure told with a minus («минус 43,6 млн», «–300 млн») is negative.
- `period`: a span of months only, without the year: «январь–сентябрь», «январь–июнь», «I квартал»,
  «IV квартал», «I полугодие», «II полугодие», «9 месяцев», «4 месяца», «с начала года», a month
  «сентябрь». Use an en dash. Never put a year in `period`. A whole calendar year is `period` null
  with `year` set.
- `occurrence` counts raw substring matches of `surface` in `text` (Python `str.find` from the
  start, each search one character after the last match), 1 for the first.
- `published`: ISO date or null. In about a third of articles make it null and let the date come
  from the URL, a dateline («МИНСК, 3 апреля –») or a date line in the text.
- `genre`: one no earlier round used (`used_genres.txt`).

Check your file before you hand it in: `python3 gold_format.py round.jsonl --used
used_genres.txt` prints one line per problem (file, article id, amount, field) and exits 0 when
there is none.
"""


def conventions(gold_readme: str, seeds_readme: str) -> str:
    """The whole of `conventions.md`."""
    return "\n".join([
        "# Money gold: field meanings and conventions (writers' kit)\n",
        "You write a blind round of Russian-language news articles with hand annotation of every "
        "money\namount. You read NO code of the project. This file is all you need.\n",
        file_format(),
        "## Field meanings (from the seeds' reference annotation)\n",
        field_meanings(seeds_readme),
        "(`period_note` and `scope` belong to the seeds' format only; in your file use `period`, "
        "`forecast` and\n`region` as above.) In news articles also no money: decree and case "
        "numbers, hectares, exchange\nrates and rate tickers, stock index points, interest and "
        "coupon rates.\n",
        "# Conventions the project has settled (follow them; where they are silent, decide and "
        "write your decision in your notes)\n",
        settled_conventions(gold_readme),
    ])


def used_genres(gold: Path = GOLD) -> list[str]:
    """Every `genre` of every article of the gold files under `gold`, sorted, each once (only
    the genre is taken from a line)."""
    genres: set[str] = set()
    for path in sorted(gold.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                case = json.loads(line)
            except json.JSONDecodeError:
                continue
            genre = case.get("genre") if isinstance(case, dict) else None
            if isinstance(genre, str) and genre.strip():
                genres.add(genre.strip())
    return sorted(genres)


def write_kit(out: Path, seeds_readme: Path, gold: Path = GOLD) -> list[Path]:
    """Write the kit's files into `out`; their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / name for name in KIT_FILES]
    paths[0].write_text(conventions((gold / "README.md").read_text(encoding="utf-8"),
                                    seeds_readme.read_text(encoding="utf-8")), encoding="utf-8")
    paths[1].write_text("".join(f"{g}\n" for g in used_genres(gold)), encoding="utf-8")
    shutil.copyfile(Path(gold_format.__file__), paths[2])
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder the kit is written into")
    parser.add_argument("--seeds-readme", type=Path,
                        help="the seeds' reference annotation (default: ../shared/gold/README.md)")
    args = parser.parse_args(argv)
    seeds = args.seeds_readme or find_seeds_readme()
    if seeds is None or not seeds.is_file():
        print(f"the seeds' reference annotation ({SEEDS_README} beside the clone) is not found: "
              "give it with --seeds-readme", file=sys.stderr)
        return 2
    for path in write_kit(args.out, seeds):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
