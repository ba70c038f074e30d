#!/usr/bin/env python3
"""Parse floor against `decouple index` over the bundled example system.

    python3 bench/examples.py [-j J] [--decouple PATH] [--build DIR]

Builds the example's compile database as scripts/run-example.sh does
(cmake -S examples -B DIR, target example_protos; default DIR examples/build),
then measures in one run, at the same -j:
  (a)  the parse floor: clang++-22 -fsyntax-only over every TU (bench/parse_floor.py)
  (b)  decouple index from scratch (DIR/.decouple deleted)
  (b0) the same with --no-shared-headers (DIR/.decouple-plain); shards and
       findings must equal (b)'s (bench/shared_headers.py)
Prints a Markdown table with CPU times and the load average before and after.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import parse_floor  # noqa: E402
import shared_headers  # noqa: E402


def timed(argv):
    t0 = time.perf_counter()
    before = os.times()
    p = subprocess.run(argv, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    stats = next((json.loads(l) for l in reversed(p.stdout.splitlines()) if l.startswith("{")), None)
    if p.returncode not in (0, 1) or stats is None:
        sys.exit(f"examples: {' '.join(argv)} failed ({p.returncode}):\n{p.stderr[-2000:]}")
    return time.perf_counter() - t0, cpu, stats


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-j", type=int, default=os.cpu_count())
    ap.add_argument("--decouple", default=os.path.join(REPO, "build", "bin", "decouple"))
    ap.add_argument("--build", default=os.path.join(REPO, "examples", "build"))
    args = ap.parse_args()
    build, dec, j = os.path.abspath(args.build), os.path.abspath(args.decouple), args.j
    subprocess.run(["cmake", "-S", os.path.join(REPO, "examples"), "-B", build, "-G", "Ninja"],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", build, "--target", "example_protos"], check=True,
                   stdout=subprocess.DEVNULL)
    load_start = os.getloadavg()
    floor = parse_floor.measure(build, j)
    if floor["failed"]:
        sys.exit("examples: the parse floor had failures")
    idx, plain = os.path.join(build, ".decouple"), os.path.join(build, ".decouple-plain")
    shutil.rmtree(idx, ignore_errors=True)
    shutil.rmtree(plain, ignore_errors=True)
    b = timed([dec, "index", "-p", build, "-j", str(j), "--stats=json", "--progress", "none"])
    b0 = timed([dec, "index", "-p", build, "-j", str(j), "--stats=json", "--progress", "none",
                "--index-dir", plain, "--no-shared-headers"])
    load_end = os.getloadavg()
    problems, cmp = shared_headers.compare(dec, build, idx, plain)
    a = floor["wall_seconds"]
    sh = b[2].get("shared_headers", {})
    print(f"## examples/: parse floor vs index, {floor['tus']} TUs, -j{j}\n")
    print(f"load average {load_start[0]:.2f} at the start, {load_end[0]:.2f} at the end\n")
    print("| | measurement | wall s | CPU s | wall ratio | CPU ratio |")
    print("|---|---|---:|---:|---:|---:|")
    print(f"| (a) | parse floor | {a:.2f} | {floor['cpu_seconds_total']:.2f} | 1.00× | 1.00× |")
    for k, (w, c, _) in (("b", b), ("b0", b0)):
        name = "`index` from scratch" if k == "b" else "`index --no-shared-headers` from scratch"
        print(f"| ({k}) | {name} | {w:.2f} | {c:.2f} | {w / a:.2f}× | {c / floor['cpu_seconds_total']:.2f}× |")
    print(f"\n(b): {sh.get('built', 0)} shared header(s) built, {sh.get('tus', 0)} TUs on them, "
          f"{sh.get('fallbacks', 0)} parsed again without. (b) against (b0): "
          f"{cmp['shards_compared']} shards, {cmp['shards_differing']} differing, findings "
          f"{'identical' if cmp['findings_identical'] else 'DIFFER'}.")
    for p in problems:
        print(f"- PROBLEM: {p}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
