#!/usr/bin/env python3
"""Precision and recall of decouple against hand-written ground truth.

  run.py [--decouple BIN] [--work DIR] [--checkouts DIR] [-j N] [SYSTEM[/LABEL]...]
  run.py --score-only --work DIR SYSTEM/LABEL     # re-score saved map.json/check.json

For each input (a system of bench/accuracy/<system>/system.json at one of its
"inputs"), it writes a compile database for the fetched checkout
(make_cdb.py), runs `decouple map --format json` and `decouple check --format
json`, and scores them against <system>/<label>/edges.tsv and findings.tsv:

  edges.tsv     from <TAB> to <TAB> kind <TAB> via <TAB> file:line <TAB> reason
  findings.tsv  check <TAB> file:line <TAB> reason

An edge matches on (from, to, kind); a finding on (check, file, line), with
paths relative to the system's root. '#' starts a comment line. The checkout
of input LABEL of SYSTEM is CHECKOUTS/<system>-<label> (fetch it with the
commands in docs/accuracy.md). It prints a Markdown table per input, then
every false positive and false negative; exit 0, or 2 on a missing checkout
or a failed decouple run.
"""
import argparse
import json
import os
import subprocess
import sys

import make_cdb

HERE = make_cdb.HERE
KINDS = ("sync", "async", "datastore")


def read_tsv(path, width):
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path) as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != width:
                sys.exit(f"{path}:{n}: expected {width} tab-separated cells, "
                         f"got {len(cells)}")
            rows.append(cells)
    return rows


def load_truth(system, label):
    base = os.path.join(HERE, system, label)
    edges = {(r[0], r[1], r[2]): {"via": r[3], "at": r[4], "reason": r[5]}
             for r in read_tsv(os.path.join(base, "edges.tsv"), 6)}
    findings = {}
    for check, at, reason in read_tsv(os.path.join(base, "findings.tsv"), 3):
        file, line = at.rsplit(":", 1)
        findings[(check, file, int(line))] = {"reason": reason}
    return edges, findings


def relative(path, root):
    path = os.path.normpath(path)
    return os.path.relpath(path, root) if os.path.isabs(path) else path


def found_edges(map_json):
    out = {}
    for e in map_json["edges"]:
        key = (e["from"], e["to"], e["kind"])
        site = e["sites"][0] if e["sites"] else {}
        out.setdefault(key, {"via": ",".join(e.get("via", [])),
                             "at": f"{site.get('file')}:{site.get('line')}",
                             "mode": e.get("mode")})
    return out


def found_findings(check_json, root):
    out = {}
    for f in check_json["findings"]:
        loc = f["location"]
        key = (f["check"], relative(loc["file"], root), loc["line"])
        out.setdefault(key, {"message": f["message"]})
    return out


def score(truth, found):
    tp = sorted(set(truth) & set(found))
    fp = sorted(set(found) - set(truth))
    fn = sorted(set(truth) - set(found))
    p = len(tp) / (len(tp) + len(fp)) if tp or fp else None
    r = len(tp) / (len(tp) + len(fn)) if tp or fn else None
    f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return {"tp": len(tp), "fp": fp, "fn": fn, "p": p, "r": r, "f1": f1}


def fmt(x):
    return "-" if x is None else f"{x:.2f}"


def row(name, s):
    return (f"| {name} | {s['tp']} | {len(s['fp'])} | {len(s['fn'])} | "
            f"{fmt(s['p'])} | {fmt(s['r'])} | {fmt(s['f1'])} |")


def report(title, truth, found):
    (t_edges, t_find), (f_edges, f_find) = truth, found
    lines = [f"### {title}", "",
             "| what | TP | FP | FN | P | R | F1 |", "|---|---|---|---|---|---|---|"]
    misses = []
    for kind in KINDS:
        s = score({k: v for k, v in t_edges.items() if k[2] == kind},
                  {k: v for k, v in f_edges.items() if k[2] == kind})
        lines.append(row(f"{kind} edges", s))
    s = score(t_edges, f_edges)
    lines.append(row("**all edges**", s))
    for k in s["fp"]:
        misses.append(f"- FP edge {k[2]} {k[0]} -> {k[1]} (via {f_edges[k]['via']}) "
                      f"at {f_edges[k]['at']}")
    for k in s["fn"]:
        misses.append(f"- FN edge {k[2]} {k[0]} -> {k[1]} (via {t_edges[k]['via']}) "
                      f"at {t_edges[k]['at']}: {t_edges[k]['reason']}")
    for check in sorted({k[0] for k in t_find} | {k[0] for k in f_find}):
        s = score({k: v for k, v in t_find.items() if k[0] == check},
                  {k: v for k, v in f_find.items() if k[0] == check})
        lines.append(row(check, s))
    s = score(t_find, f_find)
    lines.append(row("**all findings**", s))
    for k in s["fp"]:
        misses.append(f"- FP {k[0]} at {k[1]}:{k[2]}: {f_find[k]['message']}")
    for k in s["fn"]:
        misses.append(f"- FN {k[0]} at {k[1]}:{k[2]}: {t_find[k]['reason']}")
    if misses:
        lines += ["", "False positives and negatives:", ""] + misses
    return "\n".join(lines) + "\n"


def inputs(selected):
    systems = sorted(d for d in os.listdir(HERE)
                     if os.path.isfile(os.path.join(HERE, d, "system.json")))
    for system in systems:
        with open(os.path.join(HERE, system, "system.json")) as fh:
            spec = json.load(fh)
        for inp in spec["inputs"]:
            name = f"{system}/{inp['label']}"
            if not selected or name in selected or system in selected:
                yield system, inp, spec


def run_decouple(args, system, label, checkout, work):
    info = make_cdb.make(os.path.join(HERE, system), checkout, work, label)
    common = ["-p", info["build"], "-j", str(args.j), "--progress", "none",
              "--project-root", info["root"], "--format", "json"]
    config = os.path.join(HERE, system, "decouple.json")
    if os.path.exists(config):
        common += ["--config", config]
    for cmd, out in (("map", "map.json"), ("check", "check.json")):
        with open(os.path.join(work, cmd + ".log"), "w") as log:
            rc = subprocess.run([args.decouple, cmd] + common +
                                ["-o", os.path.join(work, out)], stderr=log).returncode
        if rc not in (0, 1):
            sys.exit(f"decouple {cmd} exited {rc}; see {work}/{cmd}.log")
    return info["root"]


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    repo = make_cdb.REPO
    ap.add_argument("--decouple", default=os.path.join(repo, "build", "bin", "decouple"))
    ap.add_argument("--work", default=os.path.join(
        os.environ.get("TMPDIR", "/tmp"), "decouple-accuracy"))
    ap.add_argument("--checkouts", default=os.path.join(
        os.environ.get("TMPDIR", "/tmp"), "decouple-accuracy", "src"))
    ap.add_argument("-j", type=int, default=1)
    ap.add_argument("--score-only", action="store_true",
                    help="score the map.json/check.json already in the work dir")
    ap.add_argument("inputs", nargs="*", help="SYSTEM or SYSTEM/LABEL (default: all)")
    args = ap.parse_args()
    chosen = list(inputs(args.inputs))
    if not chosen:
        sys.exit(f"run.py: no input matches {' '.join(args.inputs)}")
    for system, inp, spec in chosen:
        label = inp["label"]
        checkout = os.path.join(args.checkouts, f"{system}-{label}")
        work = os.path.join(args.work, f"{system}-{label}")
        root = os.path.join(checkout, spec.get("root", "."))
        if not os.path.isdir(root):
            print(f"run.py: no checkout at {checkout}; fetch it with:\n"
                  f"  git clone {inp['url']} {checkout} && "
                  f"git -C {checkout} checkout {inp['commit']}", file=sys.stderr)
            sys.exit(2)
        if not args.score_only:
            run_decouple(args, system, label, checkout, work)
        with open(os.path.join(work, "map.json")) as fh:
            map_json = json.load(fh)
        with open(os.path.join(work, "check.json")) as fh:
            check_json = json.load(fh)
        root = os.path.abspath(root)
        found = (found_edges(map_json), found_findings(check_json, root))
        title = f"{system} @ {label} ({inp['commit'][:12]})"
        print(report(title, load_truth(system, label), found))


if __name__ == "__main__":
    main()
