#!/usr/bin/env python3
"""Runs one coupling check over a test file and FileChecks the result.

  check_coupling.py --mode both|cli|tidy [tool paths] FILE CHECK_ID
                    [--extra OTHER.cpp ...] [--flags=-DX ...] [--config FILE]

Like clang-tidy's check_clang_tidy.py: the expectations live in FILE as
`// CHECK-MESSAGES: :[[@LINE-1]]:3: warning: ... [check-id]` under the line
that must fire, and every other warning is an error (-implicit-check-not).
`both` runs the decouple CLI and the clang-tidy plugin over the same
compile database and holds both to the same expectations; -CLI and -TIDY
suffixed prefixes are for lines only one front door prints. With --extra,
the program has more TUs: the CLI links them all, and clang-tidy sees them
through the persisted index that `decouple index` writes first.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DIAG = re.compile(r"^\S+:\d+:\d+: (warning|error|note): ")
# A finding at severity note (the CLI's weaker kinds) still names its check.
NOTE_FINDING = re.compile(r": note: .*\[coupling-[a-z-]+\]$")


def is_note(line):
    return ": note: " in line and not NOTE_FINDING.search(line)


def run(cmd, allowed=(0,), **kw):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True, **kw)
    if p.returncode not in allowed:
        sys.stderr.write(f"command failed ({p.returncode}): {' '.join(cmd)}\n"
                         f"{p.stdout}\n{p.stderr}\n")
        sys.exit(1)
    return p


def filecheck(args, source, output, mode):
    text = open(source).read()
    prefixes = [p for p in ("CHECK-MESSAGES", "CHECK-NOTES",
                            f"CHECK-MESSAGES-{mode.upper()}",
                            f"CHECK-NOTES-{mode.upper()}")
                if re.search(re.escape(p) + r"(-NOT|-NEXT|-SAME|-DAG)?:", text)]
    # Only findings in the file under test count, with the notes that follow
    # them (a witness path's notes may point into other files).
    lines, keep = [], False
    for l in output.splitlines():
        if not DIAG.match(l):
            continue
        if not is_note(l):
            keep = l.startswith(os.path.abspath(source) + ":")
        if keep:
            lines.append(l)
    if not any("CHECK-NOTES" in p for p in prefixes):
        lines = [l for l in lines if not is_note(l)]
    if not prefixes:  # a pure negative test: nothing may fire
        if lines:
            sys.stderr.write(f"--- {mode} output (expected none) ---\n" +
                             "\n".join(lines) + "\n")
            sys.exit(1)
        return
    with tempfile.NamedTemporaryFile("w", suffix=".msgs", delete=False) as fh:
        fh.write("\n".join(lines) + "\n")
        msgs = fh.name
    cmd = [args.filecheck, source, "--input-file", msgs,
           "--check-prefixes=" + ",".join(prefixes),
           "--implicit-check-not={{warning|error}}:",
           "--implicit-check-not=note: {{.*}}[coupling-", "--allow-empty"]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    os.unlink(msgs)
    if p.returncode != 0:
        sys.stderr.write(f"--- {mode} output ---\n" + "\n".join(lines) + "\n")
        sys.stderr.write(p.stderr)
        sys.exit(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=["both", "cli", "tidy"], default="both")
    for tool in ("decouple", "plugin", "clang-tidy", "filecheck", "clangxx"):
        ap.add_argument("--" + tool, required=True)
    ap.add_argument("file")
    ap.add_argument("check")
    ap.add_argument("--extra", nargs="*", default=[])
    ap.add_argument("--flags", action="append", default=[])
    ap.add_argument("--config")
    args = ap.parse_args()

    source = os.path.abspath(args.file)
    files = [source] + [os.path.abspath(f) for f in args.extra]
    work = tempfile.mkdtemp(prefix="decouple-check-")
    try:
        entries = [{"directory": work, "file": f,
                    "arguments": [args.clangxx, "-std=c++20",
                                  "-I" + os.path.join(HERE, "Inputs")] +
                                 args.flags + ["-c", f, "-o", os.path.basename(f) + ".o"]}
                   for f in files]
        with open(os.path.join(work, "compile_commands.json"), "w") as fh:
            json.dump(entries, fh)
        config = ["--config", os.path.abspath(args.config)] if args.config else []
        if args.mode in ("both", "cli"):
            p = run([args.decouple, "check", "-p", work, "--checks", args.check,
                     "--progress", "none", "-j", "2", source] + config, allowed=(0, 1))
            filecheck(args, source, p.stdout, "cli")
        if args.mode in ("both", "tidy"):
            tidy_config = []
            if args.extra:
                run([args.decouple, "index", "-p", work, "--progress", "none",
                     "-j", "2"] + config)
                tidy_config = ["--config={CheckOptions: {IndexDir: '%s'}}"
                               % os.path.join(work, ".decouple")]
            p = run([args.clang_tidy, "--load=" + args.plugin,
                     "-checks=-*," + args.check, "-p", work, source] + tidy_config,
                    allowed=(0, 1))
            filecheck(args, source, p.stdout, "tidy")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
