#!/usr/bin/env python3
"""Benchmark of the HTML map page at scale (docs/performance.md, "Map page").

Generates a contract-conforming map JSON (docs/map-format.md) with N services
(default 300), about 1000 edges (sync calls of all three modes, topics,
datastores, externals), puts it into the page with the same renderMapHtml the
CLI uses (build/bin/map-page-render), opens it in headless chromium and
reads the page's own timings from the DOM: data-layout-ms (the dagre layout
alone) and data-ready-ms (performance.now() at layout stop: parse, scripts,
element creation and layout since navigation start). Also the wall time of
the whole chromium run. Not a timed test: it prints numbers.

  python3 bench/map_page_bench.py [--services 300] [--runs 3] [--build build]
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time


def make_map(services, seed=7):
    rnd = random.Random(seed)
    names = [f"Svc{i:03d}" for i in range(services)]
    topics = [f"topic:events.{i}" for i in range(services // 6)]
    stores = [f"{t}:{'db' if t != 'redis' else 'cache'}{i}" for i, t in
              zip(range(services // 5), ["sqlite", "mongodb", "redis", "postgres"] * services)]
    externals = [f"api{i}.example.com" for i in range(services // 30)]
    nodes, edges, findings = [], {}, []

    def edge(kind, a, b, mode=None, access=None):
        key = f"{kind}:{a}->{b}" + (f":{mode}" if mode else "")
        if key in edges or a == b:
            return None
        site = {"file": f"{a.lower()}/client.cpp", "line": rnd.randint(10, 900), "column": 5,
                "function": f"{a}Impl::Handle", "via": "Call", "findings": []}
        e = {"id": key, "from": a, "to": b, "kind": kind, "via": ["Call"],
             "otel": {"client": a, "server": b,
                      "connection_type": {"sync": "unset", "async": "messaging_system",
                                          "datastore": "database"}[kind]},
             "sites": [site]}
        if mode:
            e["mode"] = mode
        if access:
            e["access"] = access
        edges[key] = e
        return e

    # Sync calls between tiers, as real systems are layered (edge, API,
    # domain, platform...): each service calls 2-3 services one or two tiers
    # down; 3% of calls go back up and make cycles.
    tiers = 8
    tier = [i * tiers // services for i in range(services)]
    by_tier = [[n for i, n in enumerate(names) if tier[i] == t] for t in range(tiers)]
    for i, a in enumerate(names):
        for _ in range(rnd.choice([2, 3, 3, 4])):
            if tier[i] == tiers - 1:
                break
            down = rnd.random() >= 0.03 or tier[i] == 0
            t = min(tiers - 1, tier[i] + rnd.choice([1, 1, 2])) if down else rnd.randrange(tier[i])
            e = edge("sync", a, rnd.choice(by_tier[t]), rnd.choice(["blocking", "blocking", "awaited", "async-joined"]))
            if e and e["mode"] == "blocking" and rnd.random() < 0.3:
                fp = f"fp{len(findings)}"
                e["sites"][0]["findings"].append(fp)
                findings.append({"fingerprint": fp, "check": "coupling-sync-call-in-request-path",
                                 "severity": "warning", "file": e["sites"][0]["file"],
                                 "line": e["sites"][0]["line"], "column": 5, "service": a,
                                 "message": f"{a} waits on {e['to']} while handling a request"})
    for t in topics:
        for a in rnd.sample(names, 2):
            edge("async", a, t)
        for b in rnd.sample(names, 3):
            edge("async", t, b)
    for s in stores:
        for a in rnd.sample(names, rnd.choice([1, 1, 2])):
            edge("datastore", a, s, access=rnd.choice(["read", "write", "read-write"]))
    for x in externals:
        for a in rnd.sample(names, 3):
            edge("sync", a, x, "blocking")
    fan = {n: {"syncFanIn": 0, "syncFanOut": 0, "asyncFanIn": 0, "asyncFanOut": 0} for n in names}
    for e in edges.values():
        k = e["kind"] if e["kind"] in ("sync", "async") else None
        if k and e["from"] in fan:
            fan[e["from"]][k + "FanOut"] += 1
        if k and e["to"] in fan:
            fan[e["to"]][k + "FanIn"] += 1
    for n in names:
        nodes.append({"id": n, "kind": "service", "name": n, "nameSource": "idl", "technology": "grpc",
                      "entryPoints": [{"protocol": "grpc", "name": "Handle", "file": f"{n.lower()}/server.cpp",
                                       "line": 20, "function": f"{n}Impl::Handle", "availability": 0.99}],
                      "stats": {**fan[n],
                                "ownsDatastores": [], "sharesDatastores": [],
                                "longestSyncChain": [n], "cycles": []}})
    nodes += [{"id": t, "kind": "topic", "name": t[6:], "nameSource": "config", "technology": "kafka"} for t in topics]
    nodes += [{"id": s, "kind": "datastore", "name": s.split(":", 1)[1], "nameSource": "config",
               "technology": s.split(":", 1)[0]} for s in stores]
    nodes += [{"id": x, "kind": "external", "name": x, "nameSource": "url", "technology": "http"} for x in externals]
    nodes.sort(key=lambda n: n["id"])
    return {"format": "decouple-map", "version": 1, "tool": {"name": "decouple", "version": "bench"},
            "settings": {"hopAvailability": 0.999}, "nodes": nodes,
            "edges": sorted(edges.values(), key=lambda e: e["id"]), "cycles": [],
            "findings": sorted(findings, key=lambda f: (f["file"], f["line"]))}


# The same layout in node (elkjs from web/map/node_modules, the page's
# options for a large map): its CPU time does not depend on what else the
# machine runs, unlike the browser's wall-clock figures.
ELK_CPU = r"""
const ELK = require(process.argv[1] + '/node_modules/elkjs/lib/elk.bundled.js');
const m = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const graph = {id: 'root', layoutOptions: {'algorithm': 'layered', 'elk.direction': 'RIGHT',
    'elk.layered.thoroughness': 1, 'elk.layered.nodePlacement.strategy': 'SIMPLE', 'elk.edgeRouting': 'POLYLINE', 'elk.spacing.nodeNode': 10,
    'elk.layered.spacing.nodeNodeBetweenLayers': 50, 'elk.layered.spacing.edgeNodeBetweenLayers': 4,
    'elk.spacing.edgeNode': 4, 'elk.spacing.edgeEdge': 2, 'elk.layered.spacing.edgeEdgeBetweenLayers': 2},
  children: m.nodes.map((n) => ({id: n.id, width: Math.min(280, 30 + (n.name || n.id).length * 7.2), height: 46})),
  edges: m.edges.map((e) => ({id: e.id, sources: [e.from], targets: [e.to]}))};
const cpu = process.cpuUsage(), t = performance.now();
new ELK().layout(graph).then(() => {
  const c = process.cpuUsage(cpu);
  console.log(`elkjs in node: ${((c.user + c.system) / 1000).toFixed(0)} ms CPU, ${(performance.now() - t).toFixed(0)} ms wall`);
});
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--services", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--build", default=os.path.join(os.path.dirname(__file__), "..", "build"))
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--keep", help="also write the page here")
    args = ap.parse_args()
    render = os.path.join(args.build, "bin", "map-page-render")
    if not os.path.exists(render) or not os.path.exists(args.chromium):
        sys.exit(f"needs {render} (ninja -C build map-page map-page-render) and {args.chromium}")
    work = tempfile.mkdtemp(prefix="map-page-bench-")
    try:
        m = make_map(args.services)
        kinds = {}
        for n in m["nodes"]:
            kinds[n["kind"]] = kinds.get(n["kind"], 0) + 1
        print(f"map: {len(m['nodes'])} nodes {kinds}, {len(m['edges'])} edges, {len(m['findings'])} findings")
        src, page = os.path.join(work, "map.json"), os.path.join(work, "map.html")
        with open(src, "w") as f:
            json.dump(m, f)
        subprocess.run([render, src, "-o", page], check=True)
        if args.keep:
            shutil.copy(page, args.keep)
        print(f"page: {os.path.getsize(page) // 1024} KiB")
        web_map = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "web", "map")
        for _ in range(args.runs):
            subprocess.run(["node", "-e", ELK_CPU, web_map, src], check=True)
        for run in range(args.runs):
            profile = os.path.join(work, f"profile{run}")
            start = time.monotonic()
            dom = subprocess.run([args.chromium, "--headless", "--no-sandbox", "--disable-gpu",
                                  "--disable-background-networking", f"--user-data-dir={profile}",
                                  "--window-size=1600,900", "--dump-dom", "file://" + page],
                                 capture_output=True, text=True, check=True).stdout
            wall = time.monotonic() - start
            body = re.search(r"<body[^>]*>", dom).group(0)
            got = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', body))
            if got.get("ready") != "true":
                sys.exit(f"run {run}: the page did not finish: {body}")
            print(f"run {run + 1}: layout {got['layout-ms']} ms, ready (navigation start to layout stop) "
                  f"{got['ready-ms']} ms, chromium wall {wall:.2f} s, "
                  f"load average {os.getloadavg()[0]:.1f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
