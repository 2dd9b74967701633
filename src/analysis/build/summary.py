"""What a build tells: one outcome per job, printed as a plain table for the CI log."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from analysis.build.reportset import Job

STATUSES = ("built", "skipped", "failed")
_COLUMNS = ("job", "status", "seconds", "outputs")


@dataclass
class Outcome:
    job: Job
    status: str  # built | skipped | failed
    seconds: float = 0.0
    outputs: dict[str, str] = field(default_factory=dict)  # format -> file name in out
    cell: Any = None
    error: str | None = None


def _short(file: str, job: str) -> str:
    """An output named after its job as its extension alone («.html» for «<job>.html»): the
    name is the job's, printed once in the row; a corpus's job names run to 70 characters,
    and the row repeated them three times (newuser39's 330-character lines)."""
    return file[len(job):] if file.startswith(job + ".") else file


def print_summary(outcomes: Sequence[Outcome], seconds: float, stream: TextIO | None = None,
                  ) -> None:
    """A plain table on stdout — what a CI log shows — then one line per failure."""
    stream = stream or sys.stdout
    rows = [_COLUMNS]
    for o in outcomes:
        pages = [_short(o.outputs[k], o.job.name) for k in sorted(o.outputs)
                 if "/" not in o.outputs[k]]
        tables = len(o.outputs) - len(pages)  # the CSV/XLSX downloads under tables/
        files = ", ".join(pages + ([f"+{tables} tables"] if tables else [])) or "-"
        secs = f"{o.seconds:.1f}" if o.status != "skipped" else "-"
        rows.append((o.job.name, o.status, secs, files))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for i, r in enumerate(rows):
        print(f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:>{widths[2]}}  {r[3]}", file=stream)
        if i == 0:
            print("-" * (sum(widths) + 6 + max(len(x[3]) for x in rows)), file=stream)
    if any(r[3].startswith(".") for r in rows[1:]):
        print("(outputs: .html stands for <job>.html in the output folder, and so on)", file=stream)
    counts = {s: sum(o.status == s for o in outcomes) for s in STATUSES}
    print(f"{len(outcomes)} job(s): {counts['built']} built, {counts['skipped']} skipped "
          f"(up to date), {counts['failed']} failed in {seconds:.1f} s", file=stream)
    for o in outcomes:
        if o.status == "failed":
            where = f"cell {o.cell}" if o.cell is not None else "before execution"
            error = str(o.error).strip().replace("\n", "\n    ")
            print(f"FAILED {o.job.name} ({o.job.notebook_rel}), {where}: {error}", file=stream)
    stream.flush()
