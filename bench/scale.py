#!/usr/bin/env python3
"""The link-and-analysis scale benchmark (issue 14, items 3 and 4).

    python3 bench/scale.py [--tus 2000,10000,30000,100000] [--work DIR]
                           [--bin build/bin] [--repeat 3]

For each size N it writes a synthetic program with bench/synth's generator
(decouple-gen-index: N one-line sources, a compile database and an index
whose shards hold generated summaries, nothing parsed), then measures, with
the index up to date:

  check   `decouple check -p DIR/build --stats=json -o /dev/null`: verify
          every TU's key, load the shards, link, analyse, report
  index   `decouple index -p DIR/build`: the no-change re-run

Each is run --repeat times; the table gives the fastest wall time (and
that run's CPU time), the
phases that run printed (index_seconds = verifying and loading the shards,
link_seconds, analysis_seconds) and the peak RSS (GNU time). Prints a
Markdown table; exit status 2 if a command failed.
"""

import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TOOL_VERSION = "synthetic-scale-1"  # the generator and decouple must agree


def timed(argv, env):
    """Runs argv under GNU time; returns (wall s, peak RSS KiB, stats json,
    CPU s). CPU time (user + system) is what to compare on a shared
    machine: wall time there includes waiting for a core."""
    start = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "%M %U %S"] + argv, env=env,
                       capture_output=True, text=True)
    wall = time.monotonic() - start
    err = p.stderr.strip().splitlines()
    last = err[-1].split() if err else []
    rss, cpu = (int(last[0]), float(last[1]) + float(last[2])) if len(last) == 3 else (0, 0.0)
    if p.returncode not in (0, 1):
        sys.exit(f"scale: {' '.join(argv)} exited {p.returncode}:\n" + "\n".join(err[-20:]))
    stats = {}
    for line in reversed((p.stdout + "\n" + p.stderr).splitlines()):
        if line.startswith("{"):
            stats = json.loads(line)
            break
    return wall, rss, stats, cpu


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tus", default="2000,10000,30000,100000")
    ap.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "decouple-scale"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bin"))
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    env = dict(os.environ, DECOUPLE_TOOL_VERSION=TOOL_VERSION)
    rows = []
    for n in [int(x) for x in a.tus.split(",")]:
        work = os.path.join(a.work, f"n{n}")
        subprocess.run(["rm", "-rf", work], check=True)
        print(f"scale: generating {n} TUs in {work}", file=sys.stderr)
        g0 = time.monotonic()
        subprocess.run([os.path.join(a.bin, "decouple-gen-index"), "--tus", str(n),
                        "--out", work], env=env, check=True, stdout=subprocess.DEVNULL)
        gen = time.monotonic() - g0
        build = os.path.join(work, "build")
        runs = {}
        for name, argv in [
            ("check", [os.path.join(a.bin, "decouple"), "check", "-p", build,
                       "--stats=json", "-o", "/dev/null", "--progress=none"]),
            ("index", [os.path.join(a.bin, "decouple"), "index", "-p", build,
                       "--stats=json", "--progress=none"]),
        ]:
            best = None
            for _ in range(a.repeat):
                r = timed(argv, env)
                if r[2].get("reextracted", 0) != 0:
                    sys.exit(f"scale: {name} at N={n} re-extracted TUs: the generated keys do not match")
                best = r if best is None or r[0] < best[0] else best
            runs[name] = best
            print(f"scale: N={n} {name} {best[0]:.2f} s, {best[1] / 1024:.0f} MiB", file=sys.stderr)
        st = runs["check"][2]
        rows.append((n, st.get("functions", 0), st.get("edges", 0), gen,
                     runs["check"][0], st.get("index_seconds", 0), st.get("link_seconds", 0),
                     st.get("analysis_seconds", 0), runs["check"][1] / 1024,
                     runs["index"][0], runs["index"][1] / 1024, runs["check"][3]))
        subprocess.run(["rm", "-rf", work], check=True)
    load = open("/proc/loadavg").read().split()[:3]
    print(f"Load average at the end: {' '.join(load)}; fastest of {a.repeat} runs.\n")
    print("| TUs | functions | edges | generate s | check wall s | check CPU s | verify+load s | link s | analysis s | check peak MiB | no-change index s | index peak MiB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]:.1f} | {r[4]:.2f} | {r[11]:.2f} | {r[5]:.2f} | {r[6]:.2f} | {r[7]:.2f} | {r[8]:.0f} | {r[9]:.2f} | {r[10]:.0f} |")


if __name__ == "__main__":
    main()
