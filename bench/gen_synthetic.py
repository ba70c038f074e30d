#!/usr/bin/env python3
"""Generate a synthetic gRPC service code base for benchmarking decouple.

    python3 bench/gen_synthetic.py --tus N --out DIR [--seed S] [--verify K]

Layout written under DIR (absolute paths everywhere):

    proto/*.proto            5 proto files: common + 4 domains, 8 services, 3-4 rpcs each
    gen/*.pb.{h,cc}          protoc --cpp_out / --grpc_out output (generated code)
    include/*.h              project headers (~1 per 10 TUs) incl. include/common_10pct.h
    src/svcK/*.cpp           N translation units
    compile_commands.json    one entry per TU ("directory", "file", "arguments", "output")
    synthetic.json           manifest: N, seed, TU-kind counts, the 10% header, the TU
                             that the benchmark runner touches for measurement (d), ...

TU kinds:
    channel  one per proto domain: stub accessors (grpc::CreateChannel + NewStub)
    server   one per service: ServerBuilder registering every impl of that service
    impl     gRPC service impls: class XImpl final : public pkg::X::Service, each rpc
             method calls 1-2 heads of cross-TU helper call chains
    chain    helper functions forming call chains of depth 2-5, each link in a
             different TU, declared in project headers; the last link makes a sync
             stub call (stub->Rpc(&ctx, req, &resp)), some with ctx.set_deadline(),
             some inside a retry lambda
    logic    plain business logic (sort/accumulate/transform with lambdas, ...)
    virt     implementations of 4 interfaces declared in include/iface_*.h; chain
             links call them through the interface (virtual dispatch); some
             implementations make RPCs themselves

Exactly round(N/10) TUs include include/common_10pct.h. The output is a pure
function of (N, seed, DIR). The last line printed is the absolute path of
include/common_10pct.h.
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from synthetic_emit import Emitter
from synthetic_plan import CLANG, GENERATOR_VERSION, MIN_TUS, Planner


class Gen(Planner, Emitter):
    pass


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def compile_args(out, relpath):
    src = os.path.join(out, relpath)
    obj = os.path.splitext(src)[0] + ".o"
    return src, obj, [CLANG, "-std=c++20", "-I", os.path.join(out, "include"),
                      "-I", os.path.join(out, "gen"), "-c", src, "-o", obj]


def verify(out, entries, k, jobs, seed):
    sample = random.Random(seed + 1).sample(entries, min(k, len(entries)))

    def run(e):
        args = list(e["arguments"])
        i = args.index("-c")
        args[i] = "-fsyntax-only"
        j = args.index("-o")
        del args[j:j + 2]
        p = subprocess.run(args, cwd=e["directory"], capture_output=True, text=True)
        return e["file"], p.returncode, p.stderr

    bad = 0
    with ThreadPoolExecutor(jobs) as ex:
        for f, rc, err in ex.map(run, sample):
            if rc != 0:
                bad += 1
                sys.stderr.write(f"verify: FAILED {f}\n{err[:4000]}\n")
    print(f"verify: {len(sample) - bad}/{len(sample)} sampled TUs parse with -fsyntax-only")
    return bad == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tus", type=int, default=200, help="number of translation units (default 200)")
    ap.add_argument("--out", required=True, help="output directory (code base root)")
    ap.add_argument("--seed", type=int, default=1, help="RNG seed (default 1)")
    ap.add_argument("--verify", type=int, default=0, metavar="K",
                    help="after generating, run clang -fsyntax-only on K sampled TUs")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1, help="parallelism for --verify")
    args = ap.parse_args()
    if args.tus < MIN_TUS:
        ap.error(f"--tus must be >= {MIN_TUS}")
    t0 = time.perf_counter()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    for sub in ("src", "include", "gen", "proto"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    for f in ("compile_commands.json", "synthetic.json"):
        if os.path.exists(os.path.join(out, f)):
            os.remove(os.path.join(out, f))

    g = Gen(args.tus, out, args.seed)
    g.plan()
    tu_text = {tu.tid: g.emit_tu(tu) for tu in g.tus}   # emitting adds includes; headers after
    for tu in g.tus:
        write(os.path.join(out, tu.relpath), tu_text[tu.tid])
    for name, text in g.emit_headers().items():
        write(os.path.join(out, "include", name), text)
    protos = g.emit_protos()
    for name, text in protos.items():
        write(os.path.join(out, "proto", name), text)

    plugin = shutil.which("grpc_cpp_plugin")
    if not plugin:
        sys.exit("gen_synthetic: grpc_cpp_plugin not found on PATH (apt install protobuf-compiler-grpc)")
    os.makedirs(os.path.join(out, "gen"), exist_ok=True)
    subprocess.run(["protoc", "-I", os.path.join(out, "proto"),
                    "--cpp_out=" + os.path.join(out, "gen"),
                    "--grpc_out=" + os.path.join(out, "gen"),
                    "--plugin=protoc-gen-grpc=" + plugin]
                   + [os.path.join(out, "proto", p) for p in sorted(protos)], check=True)

    entries = []
    for tu in g.tus:
        src, obj, argv = compile_args(out, tu.relpath)
        entries.append({"directory": out, "file": src, "arguments": argv, "output": obj})
    write(os.path.join(out, "compile_commands.json"), json.dumps(entries, indent=1) + "\n")

    common = os.path.join(out, "include", "common_10pct.h")
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "tus": args.tus,
        "seed": args.seed,
        "out": out,
        "tu_kinds": g.counts,
        "headers": len(os.listdir(os.path.join(out, "include"))),
        "services": [{"name": s.name, "package": s.pkg.lstrip(":").replace("::", "."), "rpcs": s.rpcs}
                     for s in g.services],
        "common_header": common,
        "common_header_includers": g.n_common,
        "touch_cpp": os.path.join(out, g.touch_tu.relpath),
        "stats": g.stats,
    }
    write(os.path.join(out, "synthetic.json"), json.dumps(manifest, indent=1) + "\n")
    dt = time.perf_counter() - t0
    print(f"generated {args.tus} TUs ({', '.join(f'{k}={v}' for k, v in g.counts.items())}), "
          f"{manifest['headers']} project headers, {g.stats['chains']} call chains, "
          f"{g.stats['stub_call_sites']} stub call sites in {dt:.2f}s -> {out}")
    print(f"common_10pct.h is included by {g.n_common}/{args.tus} TUs; touch TU for (d): {manifest['touch_cpp']}")
    if args.verify and not verify(out, entries, args.verify, args.j, args.seed):
        sys.exit(1)
    print(common)


if __name__ == "__main__":
    main()
