"""(b0) of the benchmark: the same from-scratch index without shared headers.

decouple index precompiles the leading #include lines that TUs with the same
flags share (driver/SharedHeaders). Correctness first: the shards (as
`decouple index --dump` prints them) and the findings (`decouple check
--format json`) of the two index directories must be identical.
"""

import os
import shutil
import subprocess


def dumps(decouple, index_dir):
    """shard file name -> its JSON dump."""
    shards = os.path.join(index_dir, "shards")
    out = {}
    for root, _, files in os.walk(shards):
        for f in sorted(files):
            if f.endswith(".shard"):
                p = os.path.join(root, f)
                out[os.path.relpath(p, shards)] = subprocess.run(
                    [decouple, "index", "--dump", p], capture_output=True, text=True,
                    check=True).stdout
    return out


def findings(decouple, work, index_dir):
    p = subprocess.run([decouple, "check", "-p", work, "--index-dir", index_dir,
                        "--progress", "none", "--format", "json", "--no-shared-headers"],
                       capture_output=True, text=True)
    return p.returncode, p.stdout


def compare(decouple, work, with_dir, without_dir):
    """Problems found comparing the two index directories ([] when identical)."""
    problems = []
    a, b = dumps(decouple, with_dir), dumps(decouple, without_dir)
    if sorted(a) != sorted(b):
        problems.append(f"shared headers: shard sets differ ({len(a)} vs {len(b)} shards)")
    differ = [k for k in a if k in b and a[k] != b[k]]
    if differ:
        problems.append(f"shared headers: {len(differ)} shard(s) differ, e.g. {differ[0]}")
    fa, fb = findings(decouple, work, with_dir), findings(decouple, work, without_dir)
    if fa != fb:
        problems.append("shared headers: the findings differ")
    return problems, {"shards_compared": len(a), "shards_differing": len(differ),
                      "findings_identical": fa == fb, "findings_rc": fa[0]}


def run(run_decouple, decouple, work, j, logdir):
    """Runs (b0) into WORK/.decouple-plain; returns (run, comparison, problems)."""
    plain = os.path.join(work, ".decouple-plain")
    shutil.rmtree(plain, ignore_errors=True)
    b0 = run_decouple("b0", [decouple, "index", "-p", work, "-j", str(j), "--stats=json",
                             "--index-dir", plain, "--no-shared-headers"], "stdout", logdir)
    problems, cmp = compare(decouple, work, os.path.join(work, ".decouple"), plain)
    return b0, cmp, problems
