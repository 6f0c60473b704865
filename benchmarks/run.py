"""lexcheck benchmarks, in one run: ``python benchmarks/run.py`` → a Markdown report on stdout.

What it measures (figures are the best of ``--repeat`` runs; CPU time is shown beside
wall time because a shared machine inflates wall time):

1. Parse throughput on a synthetic corpus, next to a bare regular-expression
   tokenising pass over the same text (the floor): Lark (the grammar, tree + builder),
   lexcheck's parse (line scanner fast path), and loading through the parse cache,
   cold (parse + store) and warm (read back).
2. Check time and peak RSS at 1k, 10k and 100k provisions (10, 100 and 1,000
   requirements), each size in its own process (``ru_maxrss``), with the growth factor
   between sizes.
3. The CLI end to end on the built-in Azerbaijan corpus (a subprocess: import time
   counts), with a cold and a warm parse cache; and a bill re-check (``lexcheck diff``).

Synthetic corpora are generated (seeded) under ``benchmarks/_corpus/`` on first use.
``--sizes 1000,10000`` runs fewer sizes; ``--markdown FILE`` also writes the report.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

# where the synthetic corpora are generated (``--corpora``; the per-size child processes inherit it)
CORPORA = Path(os.environ.get("LEXCHECK_BENCH_CORPORA") or HERE / "_corpus")
# A bare tokenising pass: strings, comments, newlines with indentation, words, other characters.
TOKEN = re.compile(r'"(?:[^"\\\n]++|\\.)*+"|#[^\n]*|\n[\t ]*|[^\s"#]+|\S')


# -- helpers -----------------------------------------------------------------------------------
def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    import lark
    import pydantic

    return {"nproc": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "system": f"{platform.system()} {platform.release()}", "lark": lark.__version__,
            "pydantic": pydantic.VERSION, "load": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def best(fn, repeat: int) -> tuple[float, float]:
    """(wall, cpu) seconds: the minimum of ``repeat`` runs (a variant pauses the collector itself, as lexcheck does)."""
    walls, cpus = [], []
    for _ in range(repeat):
        gc.collect()
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
        del result
    return min(walls), min(cpus)


def corpus(size: int) -> dict:
    folder = CORPORA / f"p{size}"
    marker = folder / "info.json"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        info = generate(folder, size, seed=2026)
        marker.write_text(json.dumps({k: str(v) if isinstance(v, Path) else v for k, v in info.items()}))
    info = json.loads(marker.read_text())
    return {**info, "corpus": folder / "corpus", "rules": folder / "rules"}


def lexcheck_cmd() -> list[str]:
    """The ``lexcheck`` script of this Python's environment (not a shim found on PATH, such
    as pyenv's, which would add its own start-up), else ``python -m lexcheck``."""
    script = Path(sys.executable).with_name("lexcheck")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "lexcheck"]


def timed_process(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.run(args, cwd=ROOT, env=env, capture_output=True)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stderr.decode()[-2000:]}")
    return wall


# -- 1. parse throughput -------------------------------------------------------------------------
def parse_throughput(size: int, repeat: int) -> list[tuple[str, float, float, float]]:
    from lexcheck import cache
    from lexcheck.legislation import LegislationBuilder, load_act, parse_act
    from lexcheck.gcpause import paused_gc
    from lexcheck.notation import build, parse_text, parser

    info = corpus(size)
    files = sorted(Path(info["corpus"]).glob("*.lex"))
    texts = [(p.read_text(encoding="utf-8"), str(p)) for p in files]
    mb = sum(len(t.encode()) for t, _ in texts) / 1e6
    parser("legislation")  # grammar built once per process, not part of throughput

    def regex():
        return [TOKEN.findall(t) for t, _ in texts]

    def lark():
        with paused_gc():
            return [build(LegislationBuilder(t, n), parse_text(t, n, "legislation")) for t, n in texts]

    def fast():
        with paused_gc():
            return [parse_act(t, n) for t, n in texts]

    saved = os.environ.get("LEXCHECK_CACHE_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["LEXCHECK_CACHE_DIR"] = tmp

        # every variant reads all the files with the collector paused, as load_corpus does
        def cold():
            shutil.rmtree(tmp, ignore_errors=True)
            with paused_gc():
                return [load_act(p) for p in files]

        def warm():
            with paused_gc():
                return [load_act(p) for p in files]

        variants = [("bare regex tokenising pass (floor)", regex),
                    ("Lark LALR with positions → model", lark),
                    ("lexcheck parse (line scanner, Lark fallback)", fast),
                    ("load, parse cache cold (parse + store)", cold),
                    ("load, parse cache warm", warm)]
        # interleaved rounds, so that a busy spell on a shared machine hits every variant alike
        walls: dict[str, list[float]] = {n: [] for n, _ in variants}
        cpus: dict[str, list[float]] = {n: [] for n, _ in variants}
        for _ in range(repeat):
            for name, fn in variants:
                if fn is warm:
                    assert all(cache.load(t, n) is not None for t, n in texts), "the cache is warm"
                w, c = best(fn, 1)
                walls[name].append(w)
                cpus[name].append(c)
        rows = [(name, min(walls[name]), min(cpus[name])) for name, _ in variants]
    if saved is not None:
        os.environ["LEXCHECK_CACHE_DIR"] = saved
    return [(name, mb, wall, cpu) for name, wall, cpu in rows]


# -- 2. check per size (child process) ------------------------------------------------------------
def child_check(size: int) -> None:
    """Run in a fresh process: load and check one size, print the figures as JSON."""
    os.environ["LEXCHECK_NO_CACHE"] = "1"  # the load figure is a parse
    info = corpus(size)
    from lexcheck.api import load_workspace

    w, c = time.perf_counter(), time.process_time()
    ws = load_workspace(info["corpus"], info["rules"])
    load_wall, load_cpu = time.perf_counter() - w, time.process_time() - c
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    runs = []
    for _ in range(3):  # the best of three checks: a busy spell on a shared machine is not the check's cost
        w, c = time.perf_counter(), time.process_time()
        report = ws.check()
        runs.append((time.perf_counter() - w, time.process_time() - c, report))
    assert all(r.findings == runs[0][2].findings for _, _, r in runs)
    check_wall, check_cpu = min(w for w, _, _ in runs), min(c for _, c, _ in runs)
    print(json.dumps({
        "provisions": ws.corpus.provision_count, "acts": len(ws.corpus.acts),
        "requirements": len(ws.pack.requirements), "mb": info["corpus_bytes"] / 1e6,
        "load_wall": load_wall, "load_cpu": load_cpu, "check_wall": check_wall,
        "check_cpu": check_cpu, "rss_loaded_mb": rss_loaded / 1024,
        "rss_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "summary": {s: n for s, n in report.summary.items() if n} if hasattr(report, "summary") else {},
    }))


def check_sizes(sizes: list[int]) -> list[dict]:
    rows = []
    for size in sizes:
        corpus(size)  # generate outside the measured process
        proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child-check", str(size)],
                              cwd=ROOT, capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"check at {size} failed:\n{proc.stderr[-3000:]}")
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return rows


# -- 3. CLI end to end ------------------------------------------------------------------------------
def cli_runs(repeat: int) -> list[tuple[str, float, float]]:
    """(what, best wall, median wall) for the CLI on the built-in Azerbaijan case."""
    base = {**os.environ, "NO_COLOR": "1"}
    base.pop("LEXCHECK_NO_CACHE", None)
    # Python's bytecode cache on, as in an installed package (pip compiles at install):
    # otherwise every run would compile lexcheck's sources, which no user's run does.
    base.pop("PYTHONDONTWRITEBYTECODE", None)
    bills = sorted((ROOT / "legislation" / "az" / "bills").glob("*.bill"))
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        env = {**base, "LEXCHECK_CACHE_DIR": str(Path(tmp) / "c")}

        def series(args: list[str], cold: bool) -> tuple[float, float]:
            times = []
            for _ in range(repeat):
                if cold:
                    shutil.rmtree(Path(tmp) / "c", ignore_errors=True)
                times.append(timed_process(args, env))
            return min(times), statistics.median(times)

        timed_process([sys.executable, "-c", "import lexcheck.cli, lexcheck.api, lexcheck.diff"], env)  # bytecode
        out.append(("python -c pass (the interpreter alone)", *series([sys.executable, "-c", "pass"], False)))
        out.append(("python -c 'import lexcheck.api' (every library a check imports)",
                    *series([sys.executable, "-c", "import lexcheck.api"], False)))
        out.append(("lexcheck --version (the command line alone)", *series(lexcheck_cmd() + ["--version"], False)))
        check = lexcheck_cmd() + ["check", "--fail-on", "never"]
        out.append(("lexcheck check — parse cache cold", *series(check, True)))
        timed_process(check, env)
        out.append(("lexcheck check — parse cache warm", *series(check, False)))
        if bills:
            diff = lexcheck_cmd() + ["diff", "--bill", str(bills[0].relative_to(ROOT))]
            out.append((f"lexcheck diff --bill {bills[0].name} — cache cold", *series(diff, True)))
            timed_process(diff, env)
            out.append((f"lexcheck diff --bill {bills[0].name} — cache warm", *series(diff, False)))
    return out


def in_process_recheck(repeat: int) -> tuple[float, float] | None:
    """Baseline and amended checks of the Azerbaijan corpus in one process (the diff's work)."""
    bills = sorted((ROOT / "legislation" / "az" / "bills").glob("*.bill"))
    if not bills:
        return None
    from lexcheck import load_workspace
    from lexcheck.amendments import apply, load_bills

    ws = load_workspace()
    bill = load_bills([bills[0]])

    def both():
        amended = ws.with_corpus(apply(ws.corpus, bill))
        return ws.check(), amended.check()

    return best(both, repeat)


# -- the report ------------------------------------------------------------------------------------
def report(sizes: list[int], repeat: int, cli_repeat: int = 5) -> str:
    m = machine()
    lines = ["### Machine", "",
             f"- {m['nproc']} CPU(s): {m['cpu']}; {m['system']}",
             f"- Python {m['python']}, lark {m['lark']}, pydantic {m['pydantic']}",
             f"- load average when the run started: {m['load']} (a shared machine inflates wall times; "
             "CPU time is shown beside them)", ""]

    size = 10_000 if 10_000 in sizes else sizes[-1]
    rows = parse_throughput(size, repeat)
    floor = rows[0][1] / rows[0][3]
    lines += [f"### Parse throughput ({size:,} provisions, {rows[0][1]:.1f} MB of notation)", "",
              "| pass | MB/s (wall) | MB/s (CPU) | × slower than the regex floor (CPU) |", "|---|---:|---:|---:|"]
    for name, mb, wall, cpu in rows:
        lines.append(f"| {name} | {mb / wall:.2f} | {mb / cpu:.2f} | {floor / (mb / cpu):.1f} |")
    by = {name: cpu for name, _, _, cpu in rows}
    lark_cpu = by["Lark LALR with positions → model"]
    fast_cpu = by["lexcheck parse (line scanner, Lark fallback)"]
    warm_cpu = by["load, parse cache warm"]
    lines += ["", f"Warm cache vs parsing (CPU): {fast_cpu / warm_cpu:.1f}× faster than lexcheck's parse, "
              f"{lark_cpu / warm_cpu:.1f}× faster than the Lark parse; lexcheck's parse is "
              f"{lark_cpu / fast_cpu:.1f}× faster than Lark.", ""]

    checks = check_sizes(sizes)
    lines += ["### Check per size (each in its own process)", "",
              "| provisions | acts | requirements | MB | load, no cache (s) | check (s, wall / CPU) | "
              "check growth | RSS after load (MB) | peak RSS (MB) |", "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    prev = None
    for row in checks:
        growth = f"{row['check_cpu'] / prev['check_cpu']:.1f}× for {row['provisions'] / prev['provisions']:.0f}×" \
            if prev else "–"
        lines.append(f"| {row['provisions']:,} | {row['acts']} | {row['requirements']:,} | {row['mb']:.1f} | "
                     f"{row['load_wall']:.2f} | {row['check_wall']:.2f} / {row['check_cpu']:.2f} | {growth} | "
                     f"{row['rss_loaded_mb']:.0f} | {row['rss_peak_mb']:.0f} |")
        prev = row
    lines += ["", "Statuses found: " + "; ".join(
        f"{r['provisions']:,}: " + ", ".join(f"{n} {s}" for s, n in r["summary"].items()) for r in checks), ""]

    lines += ["### The CLI on the Azerbaijan corpus (a new process each time; import time counts)", "",
              f"| command | best of {cli_repeat} (s) | median (s) |", "|---|---:|---:|"]
    for name, low, med in cli_runs(cli_repeat):
        lines.append(f"| {name} | {low:.2f} | {med:.2f} |")
    both = in_process_recheck(repeat)
    if both:
        lines += ["", f"In one process, baseline check + applying the bill + amended check: "
                      f"{both[0] * 1000:.0f} ms wall, {both[1] * 1000:.0f} ms CPU."]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="provision counts (comma-separated)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each parse and load variant; the best counts (default 3)")
    ap.add_argument("--markdown", type=Path, help="also write the report to this file")
    ap.add_argument("--cli-repeat", type=int, default=5, help="runs of each CLI command (default 5)")
    ap.add_argument("--corpora", type=Path, help="where to generate the synthetic corpora "
                                                 "(default benchmarks/_corpus)")
    ap.add_argument("--child-check", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_check:
        child_check(args.child_check)
        return
    if args.corpora is not None:
        global CORPORA
        CORPORA = args.corpora.resolve()
        os.environ["LEXCHECK_BENCH_CORPORA"] = str(CORPORA)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    with tempfile.TemporaryDirectory() as own_cache:  # never the user's parse cache
        os.environ["LEXCHECK_CACHE_DIR"] = own_cache
        os.environ.pop("LEXCHECK_NO_CACHE", None)
        text = report(sizes, args.repeat, args.cli_repeat)
    print(text, end="")
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
