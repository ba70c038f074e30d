#!/usr/bin/env python3
"""decouple benchmark runner (normally invoked through bench/run.sh).

    bench/run.sh [--tus N] [-j J] [--decouple PATH] [--work DIR] [--seed S]
                 [--regen] [--floor-only] [--reuse-floor]

Measures, all at the same -j, on a synthetic gRPC code base (bench/gen_synthetic.py):
  (a) parse floor: clang++-22 -fsyntax-only over every TU, J at a time
  (b) decouple index -p DIR -j J --stats=json  from scratch (DIR/.decouple deleted)
  (b0) the same with --no-shared-headers into DIR/.decouple-plain; its shards and
      findings must equal (b)'s (bench/shared_headers.py)
  (c) the same again, nothing changed
  (d) the same after appending a comment line to one .cpp
  (e) the same after appending a comment line to include/common_10pct.h (~10% of TUs)
  (f) decouple check -p DIR --stats=json  with the index up to date (link + analysis)
  (g) peak decouple worker RSS (max_worker_rss_kb) vs peak clang RSS from (a)
Prints a Markdown table and writes DIR/results.json (+ results.md, floor.json, logs/).
See bench/README.md.
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import parse_floor  # noqa: E402
import shared_headers  # noqa: E402

CLANG = "/usr/bin/clang++-22"
INDEX_KEYS = ["tus", "reextracted", "up_to_date", "failed", "functions", "edges",
              "unresolved_indirect", "seconds", "max_worker_rss_kb"]
CHECK_KEYS = ["link_seconds", "analysis_seconds", "seconds"]


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def default_decouple():
    for rel in ("build/driver/decouple", "build/bin/decouple"):
        p = os.path.join(REPO, rel)
        if os.path.isfile(p) and os.access(p, os.X_OK):
            return p
    return os.path.join(REPO, "build/driver/decouple")


def machine_info():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem_kb = None
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem_kb = int(line.split()[1])
    except OSError:
        pass
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    clang = subprocess.run([CLANG, "--version"], capture_output=True, text=True).stdout.splitlines()
    git = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True)
    return {"nproc": nproc, "cpu_model": cpu,
            "mem_gib": round(mem_kb / 1048576, 1) if mem_kb else None,
            "kernel": platform.release(), "python": platform.python_version(),
            "clang": clang[0] if clang else "?",
            "decouple_git": git.stdout.strip() if git.returncode == 0 else None}


def last_json(text):
    """json.loads of the last line that starts with '{'."""
    for line in reversed(text.splitlines()):
        if line.lstrip().startswith("{"):
            return json.loads(line)
    raise ValueError("no line starting with '{'")


def run_decouple(label, argv, stream, logdir):
    """Run one decouple command, wall-timed. stream: where the stats JSON is ('stdout'/'stderr')."""
    out_path = os.path.join(logdir, f"{label}.stdout")
    err_path = os.path.join(logdir, f"{label}.stderr")
    log(f"({label}) {' '.join(argv)}")
    load = os.getloadavg()
    with open(out_path, "w") as out, open(err_path, "w") as err:
        t0, c0 = time.perf_counter(), os.times()
        p = subprocess.run(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        wall, c1 = time.perf_counter() - t0, os.times()
    cpu = (c1.children_user - c0.children_user) + (c1.children_system - c0.children_system)
    res = {"argv": argv, "rc": p.returncode, "wall_seconds": wall, "cpu_seconds": cpu,
           "stats": None, "error": None,
           "stdout_log": out_path, "stderr_log": err_path, "loadavg_before": load}
    with open(out_path if stream == "stdout" else err_path, errors="replace") as f:
        text = f.read()
    try:
        res["stats"] = last_json(text)
    except ValueError as e:
        res["error"] = f"no stats JSON on {stream}: {e}"
    # decouple exits 1 for "findings, or a budget exceeded" (normal for check) and
    # 2 for usage/input errors. A run counts as measured if it printed its stats
    # and did not exit >= 2 (or die from a signal).
    if p.returncode not in (0, 1):
        res["error"] = f"exit status {p.returncode}" + (f"; {res['error']}" if res["error"] else "")
    if res["error"]:
        with open(err_path, errors="replace") as f:
            tail = f.read()[-2000:]
        log(f"({label}) ERROR: {res['error']}\n{tail}")
    else:
        log(f"({label}) {wall:.2f}s  {json.dumps(res['stats'])}")
    return res


def append_comment(path, what):
    stamp = datetime.datetime.now().isoformat(timespec="microseconds")
    with open(path, "a") as f:
        f.write(f"// decouple bench: touched for ({what}) at {stamp}\n")


def stat(run, key):
    if run and run.get("stats") and key in run["stats"]:
        return run["stats"][key]
    return None


def fmt_s(x):
    return "—" if x is None else f"{x:.2f}"


def fmt_ratio(x, pct=False):
    if x is None:
        return "—"
    return f"{100 * x:.1f}%" if pct else f"{x:.2f}×"


def verdict(value, limit, stretch=None):
    if value is None:
        return "—"
    if stretch is not None and value <= stretch:
        return "PASS (stretch)"
    return "PASS" if value <= limit else "FAIL"


def ensure_codebase(work, n, seed, regen):
    manifest_path = os.path.join(work, "synthetic.json")
    if not regen and os.path.exists(manifest_path) and os.path.exists(os.path.join(work, "compile_commands.json")):
        with open(manifest_path) as f:
            m = json.load(f)
        if m.get("tus") == n and m.get("seed") == seed and m.get("out") == work:
            log(f"reusing generated code base in {work} (N={n}, seed={seed})")
            return m, None
    log(f"generating N={n} seed={seed} into {work}")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, os.path.join(HERE, "gen_synthetic.py"), "--tus", str(n),
                    "--out", work, "--seed", str(seed)], check=True, stdout=sys.stderr)
    gen_s = time.perf_counter() - t0
    shutil.rmtree(os.path.join(work, ".decouple"), ignore_errors=True)
    if os.path.exists(os.path.join(work, "floor.json")):
        os.remove(os.path.join(work, "floor.json"))     # stale for the new code base
    with open(manifest_path) as f:
        return json.load(f), gen_s


def measure_floor(work, j, reuse):
    path = os.path.join(work, "floor.json")
    if reuse and os.path.exists(path):
        with open(path) as f:
            floor = json.load(f)
        if floor.get("j") == j and floor.get("tus") and not floor.get("failed"):
            log(f"(a) REUSING parse floor from {path} (measured {floor.get('date')})")
            floor["reused"] = True
            return floor
    log(f"(a) parse floor: clang -fsyntax-only over all TUs, -j{j}")
    load_before = os.getloadavg()
    floor = parse_floor.measure(work, j, progress=True)
    floor["loadavg_before"] = load_before
    floor["loadavg_after"] = os.getloadavg()
    # CPU actually obtained vs. what J parallel clangs could use: < ~0.9 means other load.
    floor["cpu_utilization"] = floor["cpu_seconds_total"] / (
        floor["wall_seconds"] * min(j, os.cpu_count() or j))
    floor["date"] = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    floor["reused"] = False
    with open(path, "w") as f:
        json.dump(floor, f, indent=1)
    log(f"(a) {floor['wall_seconds']:.2f}s wall, {floor['cpu_seconds_total']:.1f}s cpu, "
        f"peak RSS {floor['peak_rss_kb'] / 1024:.0f} MiB, failed {floor['failed']}, "
        f"cpu utilization {floor['cpu_utilization']:.2f}")
    if floor["failed"]:
        for x in floor["failures"]:
            log(f"FAILED {x['file']}\n{x['stderr']}")
        raise SystemExit("bench: the parse floor had failures; the synthetic code base is broken")
    return floor


def build_report(r):
    n, j = r["n"], r["j"]
    a = r["a"]["wall_seconds"]
    runs = r.get("runs", {})
    b, c, d, e, f = (runs.get(k) for k in "bcdef")
    b0 = runs.get("b0")
    wb0 = b0["wall_seconds"] if b0 and not b0["error"] else None
    wb = b["wall_seconds"] if b and not b["error"] else None
    wc = c["wall_seconds"] if c and not c["error"] else None
    wd = d["wall_seconds"] if d and not d["error"] else None
    we = e["wall_seconds"] if e and not e["error"] else None
    one = r["one_tu_parse_seconds"]
    d_budget = one + 0.5
    link = stat(f, "link_seconds")
    ana = stat(f, "analysis_seconds")
    la = link + ana if link is not None and ana is not None else None
    g = r.get("g", {})
    m = r["machine"]
    ratios = {
        "b_over_a": wb / a if wb is not None else None,
        "b0_over_a": wb0 / a if wb0 is not None else None,
        "c_over_b": wc / wb if wc is not None and wb else None,
        "d_over_budget": wd / d_budget if wd is not None else None,
        "e_over_a": we / a if we is not None else None,
        "f_link_plus_analysis_seconds": la,
        "g_rss_ratio": g.get("ratio"),
    }
    r["ratios"] = ratios
    r["d_budget_seconds"] = d_budget
    f_note = "" if n >= 2000 else f" (target is for N=2000; N={n})"
    common_n = r["codebase"]["common_header_includers"]
    L = []
    L.append(f"## decouple benchmark — N={n} TUs, -j{j}")
    L.append("")
    L.append(f"- date: {r['date']}")
    L.append(f"- machine: nproc={m['nproc']}, CPU: {m['cpu_model']}, RAM {m['mem_gib']} GiB, "
             f"kernel {m['kernel']}")
    L.append(f"- compiler: {m['clang']}")
    if r["decouple"]:
        L.append(f"- decouple: `{r['decouple']}`" + (f" (git {m['decouple_git']})" if m['decouple_git'] else ""))
    L.append(f"- code base: `{r['work']}` (seed {r['seed']}; "
             + ", ".join(f"{k}={v}" for k, v in r["codebase"]["tu_kinds"].items()) + ")")
    util = r["a"].get("cpu_utilization")
    if util is not None and util < 0.9:
        L.append(f"- WARNING: during (a) clang got only {util:.0%} of {min(j, m['nproc'])} cores "
                 f"(load average before/after {r['a']['loadavg_before'][0]:.1f}/"
                 f"{r['a']['loadavg_after'][0]:.1f}): the machine was busy, the floor is inflated")
    if r["a"].get("reused"):
        L.append(f"- NOTE: (a) reused from an earlier run ({r['a'].get('date')}), --reuse-floor")
    L.append("")
    L.append("| | measurement | wall s | ratio | target | result |")
    L.append("|---|---|---:|---:|---|---|")
    L.append(f"| (a) | parse floor: `clang++-22 -fsyntax-only`, {r['a']['tus']} TUs, -j{j} "
             f"(cpu {r['a']['cpu_seconds_total']:.0f} s) | {a:.2f} | 1.00× | — | |")
    if r.get("floor_only"):
        L.append(f"| | one TU alone (`{os.path.relpath(r['touch_cpp'], r['work'])}`) | {one:.2f} | | | |")
    else:
        L.append(f"| (b) | `index` from scratch (cpu {b.get('cpu_seconds', 0) if b else 0:.0f} s, "
                 f"cpu ratio {(b.get('cpu_seconds', 0) if b else 0) / r['a']['cpu_seconds_total']:.2f}×) | {fmt_s(wb)} | (b)/(a) = {fmt_ratio(ratios['b_over_a'])} "
                 f"| ≤ 1.0× (stretch 0.8×) | {verdict(ratios['b_over_a'], 1.0, 0.8)} |")
        sh = stat(b, "shared_headers") or {}
        L.append(f"| (b) | … of which shared headers: {sh.get('built', 0)} PCH(s) built, "
                 f"{sh.get('tus', 0)} TUs on them, {sh.get('fallbacks', 0)} parsed again without | | | ≤ 0.25× | "
                 f"{verdict(ratios['b_over_a'], 0.25)} |")
        L.append(f"| (b0) | `index --no-shared-headers` from scratch (cpu {b0.get('cpu_seconds', 0) if b0 else 0:.0f} s, "
                 f"cpu ratio {(b0.get('cpu_seconds', 0) if b0 else 0) / r['a']['cpu_seconds_total']:.2f}×) | {fmt_s(wb0)} | (b0)/(a) = "
                 f"{fmt_ratio(ratios['b0_over_a'])} | (b) = (b0) | "
                 f"{'identical' if r.get('shared_headers', {}).get('findings_identical') and not r.get('shared_headers', {}).get('shards_differing') else 'DIFFER'}"
                 f" ({r.get('shared_headers', {}).get('shards_compared', 0)} shards, findings) |")
        L.append(f"| (c) | `index`, nothing changed | {fmt_s(wc)} | (c)/(b) = {fmt_ratio(ratios['c_over_b'], pct=True)} "
                 f"| ≤ 2% | {verdict(ratios['c_over_b'], 0.02)} |")
        L.append(f"| (d) | `index` after touching 1 .cpp | {fmt_s(wd)} | (d)/({one:.2f} s + 0.5 s) = "
                 f"{fmt_ratio(ratios['d_over_budget'])} | ≤ 1 TU parse + 0.5 s = {d_budget:.2f} s "
                 f"| {verdict(ratios['d_over_budget'], 1.0)} |")
        L.append(f"| (e) | `index` after touching `common_10pct.h` ({common_n} TUs include it) | {fmt_s(we)} "
                 f"| (e)/(a) = {fmt_ratio(ratios['e_over_a'])} | (info) | |")
        fw = f["wall_seconds"] if f and not f["error"] else None
        L.append(f"| (f) | `check`: link {fmt_s(link)} s + analysis {fmt_s(ana)} s (wall {fmt_s(fw)} s) "
                 f"| {fmt_s(la)} | — | < 1 s at N=2000{f_note} | {verdict(la, 0.999999)} |")
        gr = g.get("ratio")
        wk = g.get("worker_rss_kb")
        L.append(f"| (g) | peak worker RSS {('—' if wk is None else f'{wk / 1024:.0f} MiB')} vs peak clang RSS "
                 f"{r['a']['peak_rss_kb'] / 1024:.0f} MiB | | {fmt_ratio(gr)} | ≤ 1.3× | {verdict(gr, 1.3)} |")
        L.append("")
        L.append(f"One TU's parse time for (d): `clang++-22 -fsyntax-only` on "
                 f"`{os.path.relpath(r['touch_cpp'], r['work'])}` alone = {one:.2f} s.")
        L.append("")
        L.append("| run | " + " | ".join(INDEX_KEYS) + " | expected reextracted | rc |")
        L.append("|---|" + "---:|" * len(INDEX_KEYS) + "---:|---:|")
        expect = {"b": n, "b0": n, "c": 0, "d": 1, "e": common_n}
        for k in ["b", "b0", "c", "d", "e"]:
            run = runs.get(k)
            if not run:
                continue
            vals = []
            for key in INDEX_KEYS:
                v = stat(run, key)
                vals.append("—" if v is None else (f"{v:.2f}" if isinstance(v, float) else str(v)))
            L.append(f"| ({k}) | " + " | ".join(vals) + f" | {expect[k]} | {run['rc']} |")
        if f:
            L.append("")
            L.append("`check` stats: " + ", ".join(f"{k}={stat(f, k)}" for k in CHECK_KEYS)
                     + f", rc={f['rc']}")
        problems = r.get("problems", [])
        if problems:
            L.append("")
            L.append("**Problems:**")
            for p in problems:
                L.append(f"- {p}")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tus", type=int, default=500)
    ap.add_argument("-j", type=int, default=None, help="parallelism (default: nproc)")
    ap.add_argument("--decouple", default=None,
                    help="decouple binary (default: build/driver/decouple or build/bin/decouple)")
    ap.add_argument("--work", default=None,
                    help="code base / results directory (default: ${TMPDIR:-/tmp}/decouple-bench/nN)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--regen", action="store_true", help="regenerate the code base even if present")
    ap.add_argument("--floor-only", action="store_true", help="measure only (a) (no decouple needed)")
    ap.add_argument("--reuse-floor", action="store_true",
                    help="reuse (a) from WORK/floor.json if it was measured at the same -j")
    args = ap.parse_args()

    mach = machine_info()
    j = args.j or mach["nproc"]
    n = args.tus
    work = os.path.abspath(args.work or os.path.join(os.environ.get("TMPDIR", "/tmp"),
                                                     "decouple-bench", f"n{n}"))
    decouple = os.path.abspath(args.decouple) if args.decouple else default_decouple()
    if not args.floor_only and not (os.path.isfile(decouple) and os.access(decouple, os.X_OK)):
        sys.exit(f"bench: decouple binary not found / not executable: {decouple}\n"
                 f"       build it, pass --decouple PATH, or use --floor-only")
    os.makedirs(work, exist_ok=True)
    logdir = os.path.join(work, "logs")
    os.makedirs(logdir, exist_ok=True)

    manifest, gen_s = ensure_codebase(work, n, args.seed, args.regen)
    touch_cpp = manifest["touch_cpp"]
    header = manifest["common_header"]

    r = {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
         "loadavg_start": os.getloadavg(),
         "machine": mach, "n": n, "j": j, "seed": args.seed, "work": work,
         "decouple": None if args.floor_only else decouple, "floor_only": args.floor_only,
         "generation_seconds": gen_s,
         "codebase": {k: manifest[k] for k in ("tu_kinds", "headers", "common_header",
                                                "common_header_includers", "touch_cpp", "stats")},
         "touch_cpp": touch_cpp, "problems": []}

    floor = measure_floor(work, j, args.reuse_floor)
    r["a"] = {k: v for k, v in floor.items() if k != "per_tu"}

    one = parse_floor.measure(work, 1, only=[touch_cpp])
    r["one_tu_parse_seconds"] = one["wall_seconds"]
    log(f"one TU alone: {one['wall_seconds']:.2f}s ({os.path.relpath(touch_cpp, work)})")

    if not args.floor_only:
        index = [decouple, "index", "-p", work, "-j", str(j), "--stats=json"]
        check = [decouple, "check", "-p", work, "--stats=json"]
        runs = {}
        shutil.rmtree(os.path.join(work, ".decouple"), ignore_errors=True)
        runs["b"] = run_decouple("b", index, "stdout", logdir)
        runs["b0"], r["shared_headers"], bad = shared_headers.run(run_decouple, decouple, work, j, logdir)
        r["problems"] += bad
        runs["c"] = run_decouple("c", index, "stdout", logdir)
        append_comment(touch_cpp, "d")
        runs["d"] = run_decouple("d", index, "stdout", logdir)
        append_comment(header, "e")
        runs["e"] = run_decouple("e", index, "stdout", logdir)
        runs["f"] = run_decouple("f", check, "stderr", logdir)
        r["runs"] = runs

        rss = [stat(runs[k], "max_worker_rss_kb") for k in "bde"]
        rss = [x for x in rss if x is not None]
        worker = max(rss) if rss else None
        r["g"] = {"worker_rss_kb": worker, "clang_rss_kb": floor["peak_rss_kb"],
                  "ratio": worker / floor["peak_rss_kb"] if worker else None}

        for k, run in runs.items():
            if k != "f" and run["rc"] == 1 and not run["error"]:
                r["problems"].append(f"({k}) index exited with status 1 — see {run['stderr_log']}")
            if run["error"]:
                r["problems"].append(f"({k}) {run['error']} — see {run['stderr_log']}")
            keys = CHECK_KEYS if k == "f" else INDEX_KEYS
            missing = [x for x in keys if run["stats"] is not None and x not in run["stats"]]
            if missing:
                r["problems"].append(f"({k}) stats JSON lacks {', '.join(missing)}")
        expect = {"b": n, "b0": n, "c": 0, "d": 1, "e": manifest["common_header_includers"]}
        for k, want in expect.items():
            got = stat(runs[k], "reextracted")
            if got is not None and got != want:
                r["problems"].append(f"({k}) reextracted {got} TUs, expected {want}")
            if stat(runs[k], "failed"):
                r["problems"].append(f"({k}) {stat(runs[k], 'failed')} TUs failed")
            if stat(runs[k], "tus") not in (None, n):
                r["problems"].append(f"({k}) tus={stat(runs[k], 'tus')}, expected {n}")

    md = build_report(r)
    r["markdown"] = md
    with open(os.path.join(work, "results.json"), "w") as f:
        json.dump(r, f, indent=1)
        f.write("\n")
    with open(os.path.join(work, "results.md"), "w") as f:
        f.write(md)
    print(md)
    log(f"wrote {os.path.join(work, 'results.json')}")
    sys.exit(2 if r["problems"] and any("exit status" in p or "no stats" in p for p in r["problems"]) else 0)


if __name__ == "__main__":
    main()
