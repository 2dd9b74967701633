"""What a cached table or a rendered briefing depends on: the code version and the corpus.

One recipe each, standard library only: `briefing build` decides a no-op rebuild with them
and must not pay for pandas or the extraction modules.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]
# Package files that cannot change an extracted table or a rendered briefing: editing them
# must not invalidate every cached table and force a rebuild of every briefing.
CODE_HASH_EXCLUDE_DIRS = frozenset({"build", "__pycache__"})
CODE_HASH_EXCLUDE_FILES = frozenset({"cli.py", "__main__.py"})


def code_version(package_dir: Path = PACKAGE_DIR) -> str:
    """Hash of the package's code, data tables and templates."""
    digest = hashlib.sha256()
    for path in sorted(package_dir.rglob("*")):
        rel = path.relative_to(package_dir)
        if (not path.is_file() or path.suffix in {".pyc", ".pyo"}
                or CODE_HASH_EXCLUDE_DIRS.intersection(rel.parts[:-1])
                or rel.as_posix() in CODE_HASH_EXCLUDE_FILES):
            continue
        digest.update(rel.as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def corpus_fingerprint(corpus_dir: str | Path) -> str:
    """Hash of every file in the corpus folder (names and bytes)."""
    root = Path(corpus_dir)
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]
