#!/usr/bin/env python3
"""Parse floor: clang -fsyntax-only over every TU of a compile database, J at a time.

    python3 bench/parse_floor.py -p DIR [-j J] [--only FILE ...] [--json OUT]

Each compile command is used exactly as written, except that `-c` becomes
`-fsyntax-only` and `-o OUT` is dropped. Processes are started with
posix_spawn and reaped with os.wait4, so the rusage (CPU time, ru_maxrss) of
each clang process is exact. Prints a one-line summary, and writes a JSON
object (wall seconds, peak RSS of any single clang process, per-TU times, ...)
to --json (or stdout with --json -).

Wall time is measured with time.perf_counter() from the first spawn to the
last reap. Exit status is 1 if any TU failed to parse.
"""

import argparse
import json
import os
import shlex
import sys
import tempfile
import time


def load_commands(db_dir):
    with open(os.path.join(db_dir, "compile_commands.json")) as f:
        entries = json.load(f)
    jobs = []
    for e in entries:
        args = list(e["arguments"]) if "arguments" in e else shlex.split(e["command"])
        directory = e.get("directory", db_dir)
        path = e["file"]
        if not os.path.isabs(path):
            path = os.path.normpath(os.path.join(directory, path))
        jobs.append({"file": path, "directory": directory, "argv": syntax_only(args)})
    return jobs


def syntax_only(args):
    """Replace `-c` by `-fsyntax-only` and drop the output (`-o X`, `-oX`)."""
    out = []
    i = 0
    replaced = False
    while i < len(args):
        a = args[i]
        if a == "-o":
            i += 2
            continue
        if a.startswith("-o") and len(a) > 2:
            i += 1
            continue
        if a == "-c":
            a = "-fsyntax-only"
            replaced = True
        out.append(a)
        i += 1
    if not replaced:
        out.insert(1, "-fsyntax-only")
    return out


def run(jobs, j, errdir, progress=False):
    """Run jobs J at a time. Returns (wall_seconds, results in job order)."""
    step = max(1, len(jobs) // 10)
    done = 0
    pending = list(enumerate(jobs))
    pending.reverse()
    running = {}       # pid -> (index, start time, stderr path)
    results = [None] * len(jobs)
    t0 = time.perf_counter()
    while pending or running:
        while pending and len(running) < j:
            idx, job = pending.pop()
            err = os.path.join(errdir, f"{idx}.err")
            # posix_spawn has no chdir action before Python 3.13; this process is
            # single-threaded, so changing our own cwd before spawning is safe.
            os.chdir(job["directory"])
            pid = os.posix_spawnp(
                job["argv"][0], job["argv"], os.environ,
                file_actions=[
                    (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                    (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
                    (os.POSIX_SPAWN_OPEN, 2, err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
                ])
            running[pid] = (idx, time.perf_counter(), err)
        pid, status, ru = os.wait4(-1, 0)
        now = time.perf_counter()
        if pid not in running:
            continue
        idx, start, err = running.pop(pid)
        rc = os.waitstatus_to_exitcode(status)
        stderr = ""
        if rc != 0:
            with open(err, errors="replace") as f:
                stderr = f.read(8000)
        os.unlink(err)
        results[idx] = {"file": jobs[idx]["file"], "rc": rc, "wall": now - start,
                        "cpu": ru.ru_utime + ru.ru_stime, "maxrss_kb": ru.ru_maxrss,
                        "stderr": stderr}
        done += 1
        if progress and (done % step == 0 or done == len(jobs)):
            print(f"[parse_floor] {done}/{len(jobs)} TUs, {now - t0:.0f}s", file=sys.stderr, flush=True)
    return time.perf_counter() - t0, results


def measure(db_dir, j, only=None, progress=False):
    jobs = load_commands(db_dir)
    if only:
        want = {os.path.realpath(p) for p in only}
        jobs = [x for x in jobs if os.path.realpath(x["file"]) in want]
        if len(jobs) != len(want):
            raise SystemExit(f"parse_floor: --only: {len(want) - len(jobs)} file(s) not in the compile database")
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="parse_floor.") as errdir:
        try:
            wall, results = run(jobs, j, os.path.abspath(errdir), progress)
        finally:
            os.chdir(cwd)
    failed = [r for r in results if r["rc"] != 0]
    peak = max(results, key=lambda r: r["maxrss_kb"])
    cpu = sum(r["cpu"] for r in results)
    return {
        "tus": len(results),
        "j": j,
        "wall_seconds": wall,
        "failed": len(failed),
        "failures": [{"file": r["file"], "rc": r["rc"], "stderr": r["stderr"]} for r in failed[:5]],
        "cpu_seconds_total": cpu,
        "mean_tu_wall_seconds": sum(r["wall"] for r in results) / len(results),
        "mean_tu_cpu_seconds": cpu / len(results),
        "max_tu_wall_seconds": max(r["wall"] for r in results),
        "peak_rss_kb": peak["maxrss_kb"],
        "peak_rss_file": peak["file"],
        "per_tu": [{"file": r["file"], "wall": round(r["wall"], 4), "cpu": round(r["cpu"], 4),
                    "maxrss_kb": r["maxrss_kb"], "rc": r["rc"]} for r in results],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-p", required=True, help="directory containing compile_commands.json")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--only", nargs="+", help="only these files (must be in the database)")
    ap.add_argument("--json", help="write the full result as JSON here ('-' = stdout)")
    args = ap.parse_args()
    res = measure(os.path.abspath(args.p), max(1, args.j), args.only, progress=True)
    summary = (f"parse floor: {res['tus']} TUs, -j{res['j']}: wall {res['wall_seconds']:.2f}s, "
               f"cpu {res['cpu_seconds_total']:.1f}s, mean/TU {res['mean_tu_wall_seconds']:.3f}s, "
               f"peak clang RSS {res['peak_rss_kb'] / 1024:.0f} MiB, failed {res['failed']}")
    print(summary, file=sys.stderr if args.json == "-" else sys.stdout)
    for f in res["failures"]:
        print(f"FAILED ({f['rc']}): {f['file']}\n{f['stderr']}", file=sys.stderr)
    if args.json == "-":
        json.dump(res, sys.stdout, indent=1)
        print()
    elif args.json:
        with open(args.json, "w") as f:
            json.dump(res, f, indent=1)
            f.write("\n")
    sys.exit(1 if res["failed"] else 0)


if __name__ == "__main__":
    main()
