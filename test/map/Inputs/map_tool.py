"""Helpers for the map tests.

  map_tool.py validate <schema> <map.json>  validate against docs/map.schema.json
  map_tool.py same <a.json> <b.json>        equal maps (tool.version aside)
  map_tool.py readme <map.json>             every node and edge examples/README.md lists
  map_tool.py golden <map.json>             the map without tool.version, for goldens
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
    ("OrderService", "sqlite", "datastore", None, None),
    ("PaymentService", "OrderService", "sync", "blocking", "GetOrder"),
    ("PaymentService", "api.fraudshield.example", "sync", "blocking", None),
    ("InventoryService", "CatalogService", "sync", "blocking", "GetProduct"),
    ("CatalogService", "shipping.internal", "sync", "blocking", None),
    ("CatalogService", "InventoryService", "sync", "blocking", "GetStock"),
    ("notifications", "templates.internal", "sync", "awaited", None),
    ("notifications", "topic:receipt-previewed", "async", None, "receipt-previewed"),
]
README_NODES = {
    "OrderService": "service", "PaymentService": "service",
    "InventoryService": "service", "CatalogService": "service",
    "NotificationService": "service", "gateway": "service",
    "shipping.internal": "external", "api.fraudshield.example": "external",
    "templates.internal": "external", "sqlite": "datastore",
    "topic:order-placed": "topic", "topic:clickstream": "topic",
    "topic:receipt-previewed": "topic",
}


def readme(m):
    kinds = {n["id"]: n["kind"] for n in m["nodes"]}
    bad = 0
    for node, kind in sorted(README_NODES.items()):
        got = kinds.get(node)
        print(("ok" if got == kind else "MISSING") + f" node {node} {kind} (got {got})")
        bad += got != kind
    for f, t, k, mode, via in README_EDGES:
        hit = [e for e in m["edges"] if e["from"] == f and e["to"] == t and
               e["kind"] == k and e.get("mode") == mode and
               (via is None or via in e["via"])]
        print(("ok" if hit else "MISSING") + f" edge {f} -> {t} {k} {mode or ''} {via or ''}")
        bad += not hit
    print(f"readme: {bad} missing")
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
    if cmd == "readme":
        return readme(load(sys.argv[2]))
    if cmd == "golden":
        print(json.dumps(load(sys.argv[2]), indent=2, sort_keys=False))
        return 0
    sys.exit(f"unknown command {cmd}")


sys.exit(main())
