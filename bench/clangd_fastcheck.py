#!/usr/bin/env python3
"""What the coupling checks add to clangd's main-file AST build (issue 14,
item 2), by clangd's own measure: `decouple-clangd --check=FILE
--check-tidy-time=GLOB` builds the AST with no check and with each check
alone (medians of 5 builds each, retried while the baseline is unstable)
and prints "<check> = N%". clangd's FastCheckFilter calls a check fast
under 8%.

  clangd_fastcheck.py --build BUILD [--work DIR] [--repeats N]
                      [--checks GLOB] [--files a.cpp,b.cpp] [--tus 2000]
                      [--setups own,big] [--edit]

Two setups, each over the example's files (examples/, copied to DIR and
indexed there):
  own    the example's own index (20 TUs)
  big    the example's index merged with a 2,000-TU index written by
         decouple-gen-index (never parsed), pointed at by the IndexDir option
Per file and setup it reports, over the repeats, the median and spread of
the largest per-check figure (what one check costs: the shared per-TU pass
and its own run) and of their sum (an upper bound of all checks together:
the shared pass is counted once per check). With --edit each file gets a
function appended first (undone after), as an editor's unsaved change: its
summary then differs from its shard and every build relinks the program
with it. The DECOUPLE_TRACE_INDEX log
says whether each build reused the linked program. Prints `uptime` before
and after: on a shared machine, say so.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIGURE = re.compile(r"^\S+\s+(coupling-[\w-]+) = (-?\d+)%", re.M)


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode not in (0, 1):
        sys.exit(f"clangd_fastcheck.py: error: {' '.join(cmd)} failed:\n{r.stderr[-2000:]}")
    return r


def uptime():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def setup(args):
    work = os.path.abspath(args.work)
    ex = os.path.join(work, "examples")
    if not os.path.exists(os.path.join(ex, "build", ".decouple", "manifest.bin")):
        shutil.rmtree(ex, ignore_errors=True)
        # Without a build directory the checkout may hold (scripts/run-example.sh
        # makes examples/build): its compile database names the checkout's
        # files, and clangd would check files the index does not have.
        shutil.copytree(os.path.join(HERE, "..", "examples"), ex,
                        ignore=shutil.ignore_patterns("build"))
        run(["cmake", "-S", ex, "-B", os.path.join(ex, "build"), "-G", "Ninja"])
        run(["cmake", "--build", os.path.join(ex, "build"), "--target", "example_protos"])
        run([os.path.join(args.build, "bin", "decouple"), "index", "-p",
             os.path.join(ex, "build"), "--progress", "none"])
    env = dict(os.environ, DECOUPLE_TOOL_VERSION="clangd-fastcheck")
    merged = os.path.join(work, f"merged-{args.tus}")
    if not os.path.exists(os.path.join(merged, "manifest.bin")):
        synth = os.path.join(work, f"synth-{args.tus}")
        shutil.rmtree(synth, ignore_errors=True)
        run([os.path.join(args.build, "bin", "decouple-gen-index"), "--tus",
             str(args.tus), "--out", synth], env=env)
        run([os.path.join(args.build, "bin", "decouple"), "merge",
             os.path.join(ex, "build", ".decouple"),
             os.path.join(synth, "build", ".decouple"), "--into", merged,
             "-o", os.devnull], env=env)
    return ex, merged


def clangd_config(ex, index_dir):
    """The example's .clangd, with IndexDir set when given."""
    text = open(os.path.join(HERE, "..", "examples", ".clangd")).read()
    if index_dir:
        text = text.replace("    FastCheckFilter: Loose\n",
                            "    FastCheckFilter: Loose\n    CheckOptions:\n"
                            f"      IndexDir: {index_dir}\n")
    open(os.path.join(ex, ".clangd"), "w").write(text)


def measure(args, ex, rel):
    env = dict(os.environ, DECOUPLE_TRACE_INDEX="1")
    # Not run(): clangd's --check also exercises its own tweaks, and exits
    # non-zero when one of those fails on the file; the figures still hold.
    r = subprocess.run([os.path.join(args.build, "bin", "decouple-clangd"),
                        f"--check={rel}", f"--check-tidy-time={args.checks}"],
                       cwd=ex, env=env, capture_output=True, text=True)
    figures = {c: int(v) for c, v in FIGURE.findall(r.stderr)}
    if not figures:
        sys.exit(f"clangd_fastcheck.py: error: no figures for {rel}:\n{r.stderr[-2000:]}")
    reused = r.stderr.count("linked program reused")
    relinked = r.stderr.count("linked program relinked")
    return max(figures.values()), sum(figures.values()), reused, relinked


def spread(xs):
    return f"{statistics.median(xs):.0f}% ({min(xs)}..{max(xs)})"


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", required=True, help="decouple's build directory")
    p.add_argument("--work", default="/tmp/decouple-clangd-fastcheck")
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--checks", default="coupling-*")
    p.add_argument("--files", default="", help="comma-separated, relative to examples/")
    p.add_argument("--tus", type=int, default=2000)
    p.add_argument("--setups", default="own,big", help="own, big or both")
    p.add_argument("--edit", action="store_true",
                   help="measure each file with an unsaved-to-the-index edit "
                        "(a function appended), so that its summary differs "
                        "from its shard and each build relinks the program")
    args = p.parse_args()
    args.build = os.path.abspath(args.build)
    print("uptime at start:", uptime())
    ex, merged = setup(args)
    files = [f for f in args.files.split(",") if f] or sorted(
        os.path.relpath(f, ex) for f in (e["file"] for e in __import__("json").load(
            open(os.path.join(ex, "build", "compile_commands.json")))))
    print(f"checks {args.checks!r}, {args.repeats} repeats; figure = clangd's "
          "added fraction of the main-file AST build; median (min..max)")
    print(f"| file | index | largest check | sum of checks | builds reusing / relinking the program |")
    print("|---|---|---|---|---|")
    setups = {"own": ("own", ""), "big": (f"+{args.tus} TUs", merged)}
    for key in args.setups.split(","):
        setup_name, index_dir = setups[key]
        clangd_config(ex, index_dir)
        for rel in files:
            path = os.path.join(ex, rel)
            text = open(path).read()
            if args.edit:
                open(path, "w").write(text + "\nvoid decoupleBenchEdit() {}\n")
            try:
                rows = [measure(args, ex, rel) for _ in range(args.repeats)]
            finally:
                open(path, "w").write(text)
            print(f"| {rel} | {setup_name} | {spread([r[0] for r in rows])} | "
                  f"{spread([r[1] for r in rows])} | "
                  f"{sum(r[2] for r in rows)} / {sum(r[3] for r in rows)} |",
                  flush=True)
    clangd_config(ex, "")
    print("uptime at end:", uptime())


if __name__ == "__main__":
    main()
