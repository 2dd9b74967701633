"""How fast briefings are built: our renderer vs the naive CLI chain, a cold build, a no-op build.

    .venv/bin/python benchmarks/build.py [--notebook notebooks/briefing.ipynb] [--repeat 1]

Measures, in one run, with the tools in the venv this script runs from:

1. one briefing (execute + HTML + PDF) on the same notebook and parameters
   - naive: `papermill NB out.ipynb -p ...` → `jupyter nbconvert --to html out.ipynb`
     → `weasyprint out.html out.pdf`, three separate commands;
   - ours, cold: `briefing render NB -p ...`, one command (what a user types);
   - ours, in a build: `render.render` in a process that has rendered once already (what
     each job costs inside `briefing build`'s worker pool);
   target: ≤ 40 % of the naive chain.
   Both chains read the same, already warm extraction cache: this compares rendering.
2. the whole default set (reports.toml), cold: empty output folder and empty extraction
   cache; target ≤ 30 s.
3. the same build again with nothing changed; target ≤ 1 s.

Every figure is wall-clock time of whole commands (interpreter start-up included). The
machine's load average is printed: other work on a 2-core machine skews everything.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PARAMS = {"corpus": "seeds", "lang": "ru"}

TARGET_RATIO = 0.40
TARGET_COLD = 30.0
TARGET_NOOP = 1.0


def timed(cmd: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return seconds


class CpuMeter:
    """CPU seconds used by a command's whole process tree, by kind of process.

    On a shared 2-core machine wall-clock time mostly measures the neighbours; CPU time
    says what the build itself costs (÷ 2 cores ≈ its wall time on an idle machine).
    Sampled every 50 ms with psutil (if installed), so a process's last moments are missed.
    """

    def __init__(self) -> None:
        try:
            import psutil  # noqa: F401
        except ImportError:
            self.available = False
        else:
            self.available = True
        self.seen: dict[int, tuple[str, float]] = {}

    def run(self, cmd: list[str], env: dict[str, str]) -> float:
        import threading

        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        done = threading.Event()
        sampler = threading.Thread(target=self._sample, args=(proc.pid, done), daemon=True)
        if self.available:
            sampler.start()
        out, err = proc.communicate()
        seconds = time.perf_counter() - start
        done.set()
        if self.available:
            sampler.join()
        if proc.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{out}\n{err}")
        return seconds

    def _sample(self, pid: int, done) -> None:
        import psutil

        while not done.is_set():
            try:
                root = psutil.Process(pid)
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                procs = []
            for p in procs:
                try:
                    t = p.cpu_times()
                    kind = self._kind(p.cmdline())
                except psutil.Error:
                    continue
                self.seen[p.pid] = (kind, t.user + t.system)
            time.sleep(0.05)

    @staticmethod
    def _kind(cmdline: list[str]) -> str:
        text = " ".join(cmdline)
        if "ipykernel" in text:
            return "kernels"
        if "forkserver" in text or "resource_tracker" in text:
            return "workers"
        return "parent"

    def totals(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for kind, cpu in self.seen.values():
            out[kind] = out.get(kind, 0.0) + cpu
        out["total"] = sum(out.values())
        return out


def naive_chain(notebook: Path, work: Path, env: dict[str, str]) -> dict[str, float]:
    out = work / "naive"
    out.mkdir(parents=True, exist_ok=True)
    params = [a for k, v in PARAMS.items() for a in ("-p", k, v)]
    steps = {
        "papermill": [str(BIN / "papermill"), str(notebook), str(out / "out.ipynb"), *params,
                      "--no-progress-bar"],
        "nbconvert": [str(BIN / "jupyter"), "nbconvert", "--to", "html", str(out / "out.ipynb")],
        "weasyprint": [str(BIN / "weasyprint"), str(out / "out.html"), str(out / "out.pdf")],
    }
    figures = {name: timed(cmd, env) for name, cmd in steps.items()}
    figures["total"] = sum(figures.values())
    return figures


def ours_cold(notebook: Path, work: Path, env: dict[str, str]) -> float:
    params = [a for k, v in PARAMS.items() for a in ("-p", k, v)]
    return timed([str(BIN / "briefing"), "render", str(notebook), *params,
                  "--format", "html,pdf", "--out", str(work / "ours")], env)


def ours_in_build(notebook: Path, work: Path, env: dict[str, str]) -> float:
    """render.render's second call in one process (with a kernel pool that keeps a spare,
    as a build worker's): a build worker's cost per job."""
    probe = (
        "import json, sys, time\n"
        "from pathlib import Path\n"
        "from analysis import render\n"
        f"nb, params, out = Path({str(notebook)!r}), {PARAMS!r}, Path({str(work / 'warm')!r})\n"
        "pool = render.KernelPool(keep_warm=True)\n"
        "render.render(nb, params, ('html', 'pdf'), out, pool=pool)\n"
        "t = time.perf_counter()\n"
        "render.render(nb, params, ('html', 'pdf'), out, pool=pool)\n"
        "print(json.dumps(time.perf_counter() - t))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"in-process render failed:\n{result.stderr}")
    return float(result.stdout.strip().splitlines()[-1])


def build_cmd(out: Path, jobs: int | None) -> list[str]:
    cmd = [str(BIN / "briefing"), "build", "--config", str(ROOT / "reports.toml"),
           "--out", str(out)]
    return cmd + (["--jobs", str(jobs)] if jobs else [])


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notebook", type=Path, default=ROOT / "notebooks" / "briefing.ipynb")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each one-briefing measurement (the best is kept)")
    parser.add_argument("--jobs", type=int, default=None, help="passed to briefing build")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args(argv)
    notebook = args.notebook.resolve()

    work = Path(tempfile.mkdtemp(prefix="bench-build-"))
    try:
        env = {**os.environ, "BRIEFING_CACHE": str(work / "cache-warm"),
               "PYTHONWARNINGS": "ignore"}
        print(f"load average before: {', '.join(f'{x:.2f}' for x in os.getloadavg())} "
              f"on {os.cpu_count()} cores")
        # Warm the extraction cache that both one-briefing chains read.
        timed([sys.executable, "-c", "from analysis.tables import dataset; dataset.cached('seeds')"], env)

        naive = min((naive_chain(notebook, work, env) for _ in range(args.repeat)),
                    key=lambda f: f["total"])
        cold = min(ours_cold(notebook, work, env) for _ in range(args.repeat))
        warm = min(ours_in_build(notebook, work, env) for _ in range(args.repeat))

        # The whole default set, cold: nothing in the output folder, nothing cached.
        cold_env = {**env, "BRIEFING_CACHE": str(work / "cache-cold")}
        out = work / "reports"
        meter = CpuMeter()
        cold_build = meter.run(build_cmd(out, args.jobs), cold_env)
        cpu = meter.totals() if meter.available else {}
        manifest = json.loads((out / ".build-manifest.json").read_text(encoding="utf-8"))
        n_jobs = len(manifest["jobs"])
        noop = timed(build_cmd(out, args.jobs), cold_env)
        noop_py = timed([sys.executable, "-m", "analysis", *build_cmd(out, args.jobs)[1:]],
                        cold_env)
        print(f"load average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print()
    print(f"one briefing: {notebook.relative_to(ROOT)} with "
          + " ".join(f"{k}={v}" for k, v in PARAMS.items()))
    print(f"  naive chain            {naive['total']:6.2f} s  (papermill {naive['papermill']:.2f}"
          f" + nbconvert {naive['nbconvert']:.2f} + weasyprint {naive['weasyprint']:.2f})")
    r_cold, r_warm = cold / naive["total"], warm / naive["total"]
    print(f"  briefing render        {cold:6.2f} s  = {r_cold:5.1%} of naive  "
          f"(target ≤ {TARGET_RATIO:.0%}: {verdict(r_cold <= TARGET_RATIO)})")
    print(f"  per job inside a build {warm:6.2f} s  = {r_warm:5.1%} of naive  "
          f"(target ≤ {TARGET_RATIO:.0%}: {verdict(r_warm <= TARGET_RATIO)})")
    print(f"default set, cold ({n_jobs} jobs)  {cold_build:6.2f} s  "
          f"(target ≤ {TARGET_COLD:.0f} s: {verdict(cold_build <= TARGET_COLD)})")
    if cpu:
        cores = os.cpu_count() or 1
        print(f"  CPU used by the build: {cpu['total']:.1f} s ("
              + ", ".join(f"{k} {v:.1f}" for k, v in sorted(cpu.items()) if k != "total")
              + f") → ≈ {cpu['total'] / cores:.1f} s on {cores} idle cores")
    print(f"no-op rebuild (briefing build)     {noop:6.2f} s  "
          f"(target ≤ {TARGET_NOOP:.0f} s: {verdict(noop <= TARGET_NOOP)})")
    print(f"no-op rebuild (python -m analysis) {noop_py:6.2f} s")
    if args.json:
        print(json.dumps({"naive": naive, "render_cold": cold, "render_in_build": warm,
                          "ratio_cold": r_cold, "ratio_in_build": r_warm,
                          "default_set_cold": cold_build, "jobs": n_jobs, "cpu": cpu, "noop": noop,
                          "noop_python_m": noop_py}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
