"""Mutated copies of every dev gold text, seed and fixture corpus, extracted with the NER on:
which texts stop the extraction? (session 19, brief fuzz; a one-off, kept to be run again)

    python scripts/mutate_corpora.py [--copies 3] [--seed 19] [--batch 150] [--out DIR]

Each text is cut at random offsets, its sentences shuffled, its punctuation replaced, odd
characters (zero-width and non-breaking spaces, emoji, separators, quotes) put in, letters
swapped for Latin look-alikes or lines joined and split. The copies are written as corpus
folders (gold cases with their metadata.csv row) and read by `extract`, the analyst's
pipeline: an article the per-article step stopped on is a problem starting «the extraction
stopped» (a file the loader stopped on, «could not be parsed»); a stage after it that raises
stops the batch, and the batch's files are then extracted one at a time to name the file.
Held-aside gold sets are never read.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

from analysis.quality.gold import case_file, read_cases, write_corpus
from analysis.tables.dataset import extract

ROOT = Path(__file__).resolve().parents[1]
ODD = ("\u200b", "\u200c", "\u200d", "\ufeff", "\u00a0", "\u202f", "\u2009", "\u00ad", "\u0301",
       "🚜", "🇧🇾", "👉", "\t", "·", "|", "•", "—", "/", "«", "»", "„", "“", "\"", "(", ")", "…", "№",
       "\n", "\n\n", " ", "%", "$", "₽", "€", "-", "–", ":", ";", ",", ".")
PUNCT = re.compile(r"[.,;:!?«»\"()\[\]—–\-/|%$€₽…•·]")
LOOKALIKES = str.maketrans("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX")
SENTENCE_END = re.compile(r"(?<=[.!?…»])\s+")


def texts_to_mutate() -> list[dict]:
    """Cases {id, text, published, url, source, kind}: the dev gold sets, the seeds and the
    fixture corpora (never a `*_heldout*` file)."""
    out: list[dict] = []
    for path in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        if "heldout" in path.name:
            continue
        for case in read_cases(path):
            if case.get("text"):
                out.append({**case, "id": f"{path.stem}-{case['id']}", "kind": "case"})
    fixtures = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "corpora" / "messy_trade",
                ROOT / "tests" / "fixtures" / "figures", ROOT / "tests" / "fixtures" / "build" / "corpus",
                ROOT / "tests" / "fixtures" / "html_pages"]
    for folder in fixtures:
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() not in (".txt", ".html", ".htm") or "heldout" in str(path):
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            name = re.sub(r"[^0-9A-Za-z_.-]+", "_", str(path.relative_to(ROOT)))
            out.append({"id": name, "text": text, "kind": path.suffix.lower()})
    return out


def mutate(text: str, rng: random.Random) -> str:
    """One to four mutations, drawn."""
    for _ in range(rng.randint(1, 4)):
        how = rng.choice(("cut", "cut", "shuffle", "punct", "odd", "lookalike", "lines", "digits",
                          "duplicate"))
        if how == "cut" and text:
            a, b = sorted(rng.randint(0, len(text)) for _ in range(2))
            text = rng.choice((text[:b], text[a:], text[:a] + text[b:], text[a:b] or text))
        elif how == "shuffle":
            lines = text.split("\n")
            i = rng.randrange(len(lines))
            parts = SENTENCE_END.split(lines[i])
            rng.shuffle(parts)
            lines[i] = " ".join(parts)
            if rng.random() < 0.3:
                rng.shuffle(lines)
            text = "\n".join(lines)
        elif how == "punct":
            rate = rng.choice((0.05, 0.2, 0.6))
            text = PUNCT.sub(lambda m, rate=rate: rng.choice(ODD) if rng.random() < rate else m.group(), text)
        elif how == "odd":
            chars = list(text)
            for _ in range(rng.randint(1, 25)):
                chars.insert(rng.randint(0, len(chars)), rng.choice(ODD))
            text = "".join(chars)
        elif how == "lookalike" and text:
            a = rng.randrange(len(text))
            b = min(len(text), a + rng.randint(1, 400))
            text = text[:a] + text[a:b].translate(LOOKALIKES) + text[b:]
        elif how == "lines":
            text = text.replace("\n", " ") if rng.random() < 0.5 else re.sub(
                r"(?<=[ ,])", lambda m: "\n" if rng.random() < 0.08 else "", text)
        elif how == "digits":
            text = re.sub(r"\d", lambda m: rng.choice("0123456789 ,.") if rng.random() < 0.2 else m.group(),
                          text)
        elif how == "duplicate" and text:
            a = rng.randrange(len(text))
            text = text[:a] + text[a:a + rng.randint(1, 300)] * rng.randint(2, 20) + text[a:]
    return text


def write_batch(items: list[dict], folder: Path) -> Path:
    cases = [c for c in items if c["kind"] == "case"]
    write_corpus(cases, folder)
    for c in items:
        if c["kind"] != "case":
            (folder / f"{c['id']}").write_text(c["text"], encoding="utf-8")
    return folder


def file_of(c: dict) -> str:
    return case_file(c) if c["kind"] == "case" else c["id"]


def stops(items: list[dict], ner: bool) -> list[dict]:
    """What stopped: {file, where, error} for each article or batch the extraction stopped on."""
    with tempfile.TemporaryDirectory() as tmp:
        try:
            ds = extract(write_batch(items, Path(tmp) / "corpus"), ner=ner)
        except Exception as error:  # a stage after the per-article step: name the file
            if len(items) == 1:
                return [{"file": file_of(items[0]), "where": "extract",
                         "error": "".join(traceback.format_exception(error))[-1500:]}]
            return [s for c in items for s in stops([c], ner)]
        reasons = ds.problems["reason"]
        stopped = ds.problems[reasons.str.startswith("the extraction stopped") | reasons.str.startswith(
            "could not be parsed")]  # the step's safety net, and the loader's
        return [{"file": r.file, "where": "per-article" if r.reason.startswith("the") else "loader",
                 "error": r.reason} for r in stopped.itertuples()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=3, help="mutated copies of each text")
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--batch", type=int, default=150, help="files extracted together")
    ap.add_argument("--no-ner", action="store_true")
    ap.add_argument("--out", type=Path, help="keep the texts that stopped the extraction here")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    originals = texts_to_mutate()
    copies = [{**c, "id": f"{c['id']}~{k}", "text": mutate(c["text"], rng)}
              for c in originals for k in range(args.copies)]
    found: list[dict] = []
    for start in range(0, len(copies), args.batch):
        batch = copies[start:start + args.batch]
        found += stops(batch, not args.no_ner)
        print(f"{start + len(batch)}/{len(copies)} texts, {len(found)} stops", file=sys.stderr, flush=True)
    by_file = {file_of(c): c for c in copies}
    causes = collections.Counter(re.sub(r"\d+", "N", s["error"].strip().splitlines()[-1])[:160]
                                 for s in found)
    print(f"{len(originals)} texts, {len(copies)} mutated copies, {len(found)} stopped the extraction")
    for cause, n in causes.most_common():
        print(f"  {n} × {cause}")
    if args.out and found:
        if args.out.exists():
            shutil.rmtree(args.out)
        args.out.mkdir(parents=True)
        for i, s in enumerate(found):
            c = by_file.get(s["file"], {})
            (args.out / f"{i:03d}.json").write_text(json.dumps({**s, "text": c.get("text", "")},
                                                               ensure_ascii=False, indent=1))
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
