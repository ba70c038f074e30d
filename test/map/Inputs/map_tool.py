"""Helpers for the map tests.

  map_tool.py validate <schema> <map.json>  validate against docs/map.schema.json
  map_tool.py same <a.json> <b.json>        equal maps (tool.version aside)
  map_tool.py readme <map.json>             every node and edge examples/README.md lists
  map_tool.py readme-dom <page.dom>         the same, in the HTML page's #test-inventory
  map_tool.py golden <map.json>             the map without tool.version, for goldens
  map_tool.py lines <map.json>              one line per node, edge, finding (FileCheck)
"""
import json
import sys


def load(path):
    with open(path) as f:
        m = json.load(f)
    m["tool"]["version"] = "<version>"
    return m


# examples/README.md's diagram and tables: (from, to, kind, mode, via).
README_EDGES = [
    ("gateway", "OrderService", "sync", "blocking", "PlaceOrder"),
    ("gateway", "OrderService", "sync", "blocking", "GetOrder"),
    ("gateway", "CatalogService", "sync", "blocking", "GetProduct"),
    ("gateway", "InventoryService", "sync", "blocking", "GetStock"),
    ("gateway", "PaymentService", "sync", "blocking", "ListPayments"),
    ("gateway", "topic:clickstream", "async", None, "clickstream"),
    ("OrderService", "InventoryService", "sync", "blocking", "Reserve"),
    ("OrderService", "PaymentService", "sync", "blocking", "Charge"),
    ("OrderService", "NotificationService", "sync", "blocking", "SendReceipt"),
    ("OrderService", "topic:order-placed", "async", None, "order-placed"),
    # CancelOrder's transactional outbox row names the topic the relay sends.
    ("OrderService", "topic:order-cancelled", "async", None, "order-cancelled"),
    # sqlite3_open's file (orders/main.cpp), carried to the member db_.
    ("OrderService", "sqlite:orders.db", "datastore", None, "orders"),
    ("OrderService", "sqlite:orders.db", "datastore", None, "outbox"),
    ("PaymentService", "OrderService", "sync", "blocking", "GetOrder"),
    # Method and path: CURLOPT_POSTFIELDS and CURLOPT_URL's path.
    ("PaymentService", "api.fraudshield.example", "sync", "blocking", "POST /v1/score"),
    ("InventoryService", "CatalogService", "sync", "blocking", "GetProduct"),
    ("CatalogService", "shipping.internal", "sync", "blocking", "GET /quote"),
    ("CatalogService", "InventoryService", "sync", "blocking", "GetStock"),
    # The receipt preview is named by examples/.decouple.json's "services";
    # the Beast request's verb and target give the via.
    ("notifications-web", "templates.internal", "sync", "awaited", "POST /render/receipt"),
    ("notifications-web", "topic:receipt-previewed", "async", None, "receipt-previewed"),
    # workers: named by its directory; rd_kafka_subscribe's partition list
    # (rd_kafka_topic_partition_list_add) names the topic it consumes.
    ("workers", "CatalogService", "sync", "blocking", "GetProduct"),
    ("topic:order-placed", "workers", "async", None, "order-placed"),
]
# What the README draws and the engine cannot see yet. When one appears,
# move it up.
KNOWN_GAPS = []
README_NODES = {
    "OrderService": "service", "PaymentService": "service",
    "InventoryService": "service", "CatalogService": "service",
    "NotificationService": "service", "gateway": "service",
    "shipping.internal": "external", "api.fraudshield.example": "external",
    "templates.internal": "external", "sqlite:orders.db": "datastore",
    "topic:order-placed": "topic", "topic:clickstream": "topic",
    "topic:receipt-previewed": "topic", "notifications-web": "service",
    "workers": "service", "topic:order-cancelled": "topic",
}


def readme(m):
    kinds = {n["id"]: n["kind"] for n in m["nodes"]}
    bad = 0
    for node, kind in sorted(README_NODES.items()):
        got = kinds.get(node)
        print(("ok" if got == kind else "MISSING") + f" node {node} {kind} (got {got})")
        bad += got != kind
    for node in sorted(set(kinds) - set(README_NODES)):  # e.g. a stray name
        print(f"EXTRA node {node} {kinds[node]}")
        bad += 1
    for f, t, k, mode, via in README_EDGES:
        hit = [e for e in m["edges"] if e["from"] == f and e["to"] == t and
               e["kind"] == k and e.get("mode") == mode and
               (via is None or via in e["via"])]
        print(("ok" if hit else "MISSING") + f" edge {f} -> {t} {k} {mode or ''} {via or ''}")
        bad += not hit
    for f, t, k, mode, via in KNOWN_GAPS:
        hit = [e for e in m["edges"] if e["from"] == f and e["to"] == t and
               e["kind"] == k and via in e["via"]]
        print(("GAP CLOSED (move it to README_EDGES)" if hit else "known gap") +
              f" edge {f} -> {t} {k}")
        bad += bool(hit)
    print(f"readme: {bad} missing")
    return 1 if bad else 0


def readme_dom(path):
    """Every README node (kind, laid out) and edge (kind, mode) in the DOM
    that chromium dumped for `#test=inventory`."""
    import html
    import re
    text = open(path).read()
    inv = re.search(r'<pre id="test-inventory">(.*?)</pre>', text, re.S)
    lines = set(html.unescape(inv.group(1)).splitlines()) if inv else set()
    bad = 0
    for node, kind in sorted(README_NODES.items()):
        hit = f"node {node} kind={kind} placed=true" in lines
        print(("ok" if hit else "MISSING") + f" page node {node} {kind}")
        bad += not hit
    for f, t, k, mode, _ in README_EDGES:
        want = f"edge {f} -> {t} kind={k}" + (f" mode={mode}" if mode else "")
        hit = want in lines
        print(("ok" if hit else "MISSING") + f" page {want}")
        bad += not hit
    print(f"page readme: {bad} missing")
    return 1 if bad else 0


def main():
    cmd = sys.argv[1]
    if cmd == "validate":
        import jsonschema
        schema = json.load(open(sys.argv[2]))
        m = json.load(open(sys.argv[3]))
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.Draft202012Validator(schema).validate(m)
        print(f"valid map: {len(m['nodes'])} nodes, {len(m['edges'])} edges")
        return 0
    if cmd == "same":
        a, b = load(sys.argv[2]), load(sys.argv[3])
        if a == b:
            print("same map")
            return 0
        for key in a:
            if a[key] != b.get(key):
                print(f"differs in {key}")
        return 1
    if cmd == "readme-dom":
        return readme_dom(sys.argv[2])
    if cmd == "readme":
        return readme(load(sys.argv[2]))
    if cmd == "lines":  # one compact line per node, edge and finding
        m = load(sys.argv[2])
        for key in ("settings", "cycles"):
            print(key, json.dumps(m[key], sort_keys=True))
        for key in ("nodes", "edges", "findings"):
            for x in m[key]:
                print(key[:-1], json.dumps(x, sort_keys=True))
        return 0
    if cmd == "golden":
        print(json.dumps(load(sys.argv[2]), indent=2, sort_keys=False))
        return 0
    sys.exit(f"unknown command {cmd}")


sys.exit(main())
