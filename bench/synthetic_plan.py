"""Planning the synthetic code base: its services, TUs and call chains.

Part of bench/gen_synthetic.py (its docstring describes the layout).
"""

import random


GENERATOR_VERSION = 1
CLANG = "/usr/bin/clang++-22"
MIN_TUS = 40

DOMAINS = [
    ("identity", [("UserService", "User"), ("AuthService", "Session")]),
    ("commerce", [("OrderService", "Order"), ("CartService", "Cart")]),
    ("billing", [("PaymentService", "Payment"), ("InvoiceService", "Invoice")]),
    ("logistics", [("InventoryService", "Stock"), ("ShippingService", "Shipment")]),
]
RPC_VERBS = ["Get", "List", "Create", "Update", "Delete", "Validate", "Search",
             "Reserve", "Cancel", "Refresh"]
FN_VERBS = ["Resolve", "Reconcile", "Compute", "Apply", "Validate", "Enrich",
            "Normalize", "Prepare", "Collect", "Merge", "Audit", "Route", "Check",
            "Project", "Settle", "Expand"]
FN_NOUNS = ["Quota", "Ledger", "Balance", "Profile", "Limits", "Discount", "Route",
            "Batch", "Window", "Token", "Manifest", "Allocation", "Credit", "Cohort",
            "Forecast", "Tariff"]
LOGIC_VERBS = ["Score", "Rank", "Bucket", "Digest", "Smooth", "Tally", "Weigh", "Fold"]
LOGIC_NOUNS = ["Samples", "Amounts", "Signals", "Deltas", "Events", "Weights"]
RET_TYPES = ["int64_t", "bool", "::grpc::Status"]

STD_INCLUDES = ["algorithm", "atomic", "chrono", "cstdint", "functional", "iterator",
                "map", "memory", "numeric", "string", "unordered_map", "vector"]

# interface name -> (header, declaration body, impl name prefixes)
IFACES = {
    "RiskPolicy": (
        "iface_risk_policy.h",
        "  virtual bool Allow(const std::string& key, int64_t amount) const = 0;\n"
        "  virtual int64_t Score(int64_t amount) const = 0;\n",
        ["Strict", "Lenient", "Tiered", "Geo", "Velocity"]),
    "Pricer": (
        "iface_pricer.h",
        "  virtual int64_t Price(const std::string& sku, int64_t qty) const = 0;\n"
        "  virtual std::string Currency() const = 0;\n",
        ["Flat", "Volume", "Regional", "Promo", "Contract"]),
    "Notifier": (
        "iface_notifier.h",
        "  virtual bool Notify(const std::string& topic, int64_t amount) = 0;\n"
        "  virtual int Pending() const = 0;\n",
        ["Email", "Sms", "Webhook", "Queue", "Audit"]),
    "Store": (
        "iface_store.h",
        "  virtual bool Put(const std::string& key, int64_t value) = 0;\n"
        "  virtual int64_t Get(const std::string& key) const = 0;\n",
        ["Memory", "Cached", "Sharded", "Journaled", "Replicated"]),
}
IFACE_NAMES = list(IFACES)


class Service:
    def __init__(self, idx, domain, name, noun, rpcs):
        self.idx = idx
        self.domain = domain
        self.name = name
        self.noun = noun
        self.rpcs = rpcs
        self.pkg = f"::acme::{domain}::v1"
        self.grpc_header = f"{domain}.grpc.pb.h"
        self.rt_header = f"rt_{domain}.h"
        self.stub_fn = f"::acme::rt::{name}Stub"


class TU:
    def __init__(self, tid, kind, svc_dir, relpath):
        self.tid = tid
        self.kind = kind
        self.svc_dir = svc_dir          # K in src/svcK
        self.relpath = relpath
        self.header = None              # own header (declarations of what it defines)
        self.includes = set()           # quoted project/generated includes
        self.system_includes = set()
        self.common = False             # includes common_10pct.h
        self.funcs = []                 # chain / logic function records
        self.extra = {}


def ns_of(tu):
    return f"::acme::svc{tu.svc_dir}"




def hash_int(*parts):
    """Deterministic small hash (Python's str hash is salted per process)."""
    h = 2166136261
    for ch in "|".join(map(str, parts)).encode():
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h



class Planner:
    """What the code base holds: services, TUs, call chains, interfaces."""
    def __init__(self, n, out, seed):
        self.n = n
        self.out = out
        self.seed = seed
        self.rng = random.Random(seed)
        self.fn_counter = 0
        self.stats = {"stub_call_sites": 0, "stub_calls_with_deadline": 0,
                      "stub_calls_in_lambda": 0, "virtual_call_sites": 0,
                      "chain_links": 0, "chains": 0, "logic_functions": 0,
                      "impl_methods": 0}

    # ------------------------------------------------------------------ plan
    def plan(self):
        rng = self.rng
        self.services = []
        for d, (domain, svcs) in enumerate(DOMAINS):
            for name, noun in svcs:
                k = rng.choice([3, 4])
                verbs = rng.sample(RPC_VERBS, k)
                self.services.append(Service(len(self.services), domain, name, noun,
                                             [v + noun for v in verbs]))
        n = self.n
        n_channel = len(DOMAINS)
        n_server = len(self.services)
        n_impl = max(8, round(0.10 * n))
        n_virt = max(4, round(0.08 * n))
        n_logic = max(4, round(0.15 * n))
        n_chain = n - n_channel - n_server - n_impl - n_virt - n_logic
        assert n_chain >= 8, "too few TUs"
        self.counts = {"channel": n_channel, "server": n_server, "impl": n_impl,
                       "virt": n_virt, "logic": n_logic, "chain": n_chain}

        self.tus = []

        def add(kind, svc_dir, name):
            tu = TU(len(self.tus), kind, svc_dir, f"src/svc{svc_dir}/{name}.cpp")
            self.tus.append(tu)
            return tu

        for d, (domain, _) in enumerate(DOMAINS):
            tu = add("channel", 2 * d, f"channel_{domain}")
            tu.extra["domain"] = domain
            tu.header = f"rt_{domain}.h"
        for s in self.services:
            tu = add("server", s.idx, "server")
            tu.extra["svc"] = s
            tu.header = f"svc{s.idx}_services.h"
        for i in range(n_impl):
            s = self.services[i % len(self.services)]
            tu = add("impl", s.idx, f"impl_{len(self.tus):04d}")
            tu.extra["svc"] = s
            tu.header = f"svc{s.idx}_services.h"
        lib = []
        for kind, cnt in (("virt", n_virt), ("logic", n_logic), ("chain", n_chain)):
            for i in range(cnt):
                k = rng.randrange(len(self.services))
                lib.append(add(kind, k, f"{kind}_{len(self.tus):04d}"))
        # ~10 library TUs per header, grouped by directory
        for k in range(len(self.services)):
            in_dir = [t for t in lib if t.svc_dir == k]
            for j, t in enumerate(in_dir):
                t.header = f"svc{k}_part{j // 10:02d}.h"

        # The TU touched for measurement (d): a chain TU, never includes common_10pct.h.
        chain_tus = [t for t in self.tus if t.kind == "chain"]
        self.touch_tu = chain_tus[len(chain_tus) // 2]
        n_common = round(self.n / 10)
        pool = [t for t in self.tus if t is not self.touch_tu]
        for t in rng.sample(pool, n_common):
            t.common = True
            t.includes.add("common_10pct.h")
        self.n_common = n_common

        for t in self.tus:
            svc = self.services[t.svc_dir]
            t.includes.add(svc.grpc_header)
            t.includes.add(t.header)

        self.plan_virt()
        self.plan_logic()
        self.plan_chains()
        self.plan_impls()

    def new_name(self, verbs, nouns):
        self.fn_counter += 1
        return f"{self.rng.choice(verbs)}{self.rng.choice(nouns)}_{self.fn_counter}"

    def plan_virt(self):
        rng = self.rng
        self.virt = {name: [] for name in IFACE_NAMES}   # iface -> [(factory, tu)]
        for i, t in enumerate([t for t in self.tus if t.kind == "virt"]):
            iface = IFACE_NAMES[i % len(IFACE_NAMES)]
            self.fn_counter += 1
            prefix = rng.choice(IFACES[iface][2])
            t.extra["iface"] = iface
            t.extra["cls"] = f"{prefix}{iface}_{self.fn_counter}"
            t.extra["factory"] = f"Make{iface}_{self.fn_counter}"
            t.extra["rpc"] = (self.pick_rpc(exclude=t.svc_dir)
                              if iface in ("Notifier", "Store") and rng.random() < 0.4 else None)
            t.extra["weights"] = [rng.randint(2, 97) for _ in range(4)]
            self.virt[iface].append((f"{ns_of(t)}::{t.extra['factory']}", t))

    def plan_logic(self):
        rng = self.rng
        self.logic = []   # (qualified name, tu)
        for t in [t for t in self.tus if t.kind == "logic"]:
            for _ in range(rng.randint(3, 5)):
                name = self.new_name(LOGIC_VERBS, LOGIC_NOUNS)
                callee = None
                if self.logic and rng.random() < 0.3:
                    cq, ct = rng.choice(self.logic)
                    if ct is not t:
                        callee = (cq, ct)
                        t.includes.add(ct.header)
                t.funcs.append({"name": name, "template": rng.randrange(6),
                                "k": rng.randint(3, 17), "callee": callee})
                self.logic.append((f"{ns_of(t)}::{name}", t))
        self.stats["logic_functions"] = len(self.logic)

    def pick_rpc(self, exclude=None):
        choices = [s for s in self.services if s.idx != exclude]
        s = self.rng.choice(choices)
        return (s, self.rng.choice(s.rpcs), self.rng.randrange(4))

    def plan_chains(self):
        rng = self.rng
        chain_tus = [t for t in self.tus if t.kind == "chain"]
        cap = {t.tid: rng.randint(3, 5) for t in chain_tus}
        avail = list(chain_tus)
        self.chains = []   # list of (owner service idx, [link records])
        while len(avail) >= 2:
            d = min(rng.randint(2, 5), len(avail))
            picks = rng.sample(avail, d)
            self.make_chain(picks)
            exhausted = False
            for t in picks:
                cap[t.tid] -= 1
                exhausted |= cap[t.tid] == 0
            if exhausted:
                avail = [t for t in avail if cap[t.tid] > 0]
        for t in chain_tus:    # every chain TU defines at least one link
            if not t.funcs:
                other = rng.choice([o for o in chain_tus if o is not t])
                self.make_chain([other, t])
        self.stats["chains"] = len(self.chains)

    def make_chain(self, tus):
        rng = self.rng
        owner = rng.randrange(len(self.services))
        links = []
        for depth, t in enumerate(tus):
            link = {"name": self.new_name(FN_VERBS, FN_NOUNS), "tu": t,
                    "ret": rng.choice(RET_TYPES), "next": None, "rpc": None,
                    "logic": None, "virt": None, "label": rng.randint(100, 999)}
            link["qname"] = f"{ns_of(t)}::{link['name']}"
            if rng.random() < 0.35:
                link["logic"] = rng.choice(self.logic)
                t.includes.add(link["logic"][1].header)
            if rng.random() < 0.25:
                iface = rng.choice(IFACE_NAMES)
                fq, ft = rng.choice(self.virt[iface])
                link["virt"] = (iface, fq)
                t.includes.add(ft.header)
            last = depth == len(tus) - 1
            if last or rng.random() < 0.12:
                link["rpc"] = self.pick_rpc(exclude=owner)
            links.append(link)
            t.funcs.append(link)
        for a, b in zip(links, links[1:]):
            a["next"] = b
            a["tu"].includes.add(b["tu"].header)
        self.chains.append((owner, links))
        self.stats["chain_links"] += len(links)

    def plan_impls(self):
        rng = self.rng
        self.impls = {s.idx: [] for s in self.services}
        methods_by_svc = {s.idx: [] for s in self.services}
        for t in [t for t in self.tus if t.kind == "impl"]:
            s = t.extra["svc"]
            self.fn_counter += 1
            t.extra["cls"] = f"{s.name}Impl{self.fn_counter}"
            t.extra["factory"] = f"Make{s.name}Impl{self.fn_counter}"
            t.extra["methods"] = []
            pricer_q, pricer_t = rng.choice(self.virt["Pricer"])
            t.extra["pricer"] = pricer_q
            t.includes.add(pricer_t.header)
            for rpc in s.rpcs:
                m = {"rpc": rpc, "heads": [], "logic": None, "direct": None}
                if rng.random() < 0.4:
                    m["logic"] = rng.choice(self.logic)
                    t.includes.add(m["logic"][1].header)
                if rng.random() < 0.15:
                    m["direct"] = self.pick_rpc(exclude=s.idx)
                t.extra["methods"].append(m)
                methods_by_svc[s.idx].append((t, m))
            self.impls[s.idx].append(t)
        self.stats["impl_methods"] = sum(len(v) for v in methods_by_svc.values())
        # Every chain head is called by a method of its owner service.
        rr = {k: 0 for k in methods_by_svc}
        for k in methods_by_svc:
            rng.shuffle(methods_by_svc[k])
        for owner, links in self.chains:
            lst = methods_by_svc[owner]
            t, m = lst[rr[owner] % len(lst)]
            rr[owner] += 1
            m["heads"].append(links[0])
            t.includes.add(links[0]["tu"].header)
        all_heads = [links[0] for _, links in self.chains]
        for k, lst in methods_by_svc.items():
            for t, m in lst:
                if not m["heads"]:
                    h = rng.choice(all_heads)
                    m["heads"].append(h)
                    t.includes.add(h["tu"].header)
