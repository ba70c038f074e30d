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


class Gen:
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

    # ------------------------------------------------------------------ emit helpers
    @staticmethod
    def as_int(ret, call):
        if ret == "int64_t":
            return call
        if ret == "bool":
            return f"({call} ? 1 : 0)"
        return f"({call}.ok() ? 1 : -1)"

    @staticmethod
    def ret_stmt(ret):
        if ret == "int64_t":
            return "return acc;"
        if ret == "bool":
            return "return acc >= 0;"
        return ('return acc >= 0 ? ::grpc::Status::OK\n'
                '                  : ::grpc::Status(::grpc::StatusCode::FAILED_PRECONDITION, "negative balance");')

    @staticmethod
    def empty_key_value(ret):
        return {"int64_t": "0", "bool": "false",
                "::grpc::Status": '::grpc::Status(::grpc::StatusCode::INVALID_ARGUMENT, "empty key")'}[ret]

    @staticmethod
    def fail_value(ret):
        return {"int64_t": "-1", "bool": "false", "::grpc::Status": "status"}[ret]

    def stub_call(self, tu, rpc, fail, indent="  "):
        """Sync stub call using key, amount, acc, notes (pointer) from the scope."""
        svc, method, variant = rpc
        tu.includes.add(svc.rt_header)
        self.stats["stub_call_sites"] += 1
        p = svc.pkg
        L = [
            "{",
            f"  {p}::{method}Request req;",
            "  req.set_id(key);",
            "  req.set_value(acc);",
            f'  req.add_tags("{tu.relpath}");',
            "  req.set_flag(amount % 2 == 0);",
            "  req.mutable_budget()->set_units(acc);",
            f"  {p}::{method}Response resp;",
        ]
        ms = 50 + 50 * (hash_int(tu.tid, method) % 10)
        if variant == 0:      # plain call through the accessor
            L += ["  ::grpc::ClientContext ctx;",
                  f"  ::grpc::Status status = {svc.stub_fn}()->{method}(&ctx, req, &resp);"]
        elif variant == 1:    # deadline + metadata
            self.stats["stub_calls_with_deadline"] += 1
            L += ["  ::grpc::ClientContext ctx;",
                  f"  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds({ms}));",
                  '  ctx.AddMetadata("x-request-id", key);',
                  f"  ::grpc::Status status = {svc.stub_fn}()->{method}(&ctx, req, &resp);"]
        elif variant == 2:    # stub in a local, deadline
            self.stats["stub_calls_with_deadline"] += 1
            L += [f"  auto* stub = {svc.stub_fn}();",
                  "  ::grpc::ClientContext ctx;",
                  f"  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds({ms}));",
                  f"  ::grpc::Status status = stub->{method}(&ctx, req, &resp);"]
        else:                 # retry lambda with per-attempt deadline
            self.stats["stub_calls_with_deadline"] += 1
            self.stats["stub_calls_in_lambda"] += 1
            L += [f"  auto* stub = {svc.stub_fn}();",
                  "  auto attempt = [&](int n) -> ::grpc::Status {",
                  "    ::grpc::ClientContext ctx;",
                  f"    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds({ms} * (n + 1)));",
                  f"    return stub->{method}(&ctx, req, &resp);",
                  "  };",
                  "  ::grpc::Status status = attempt(0);",
                  "  for (int n = 1; n < 3 && !status.ok() &&",
                  "                  status.error_code() == ::grpc::StatusCode::UNAVAILABLE; ++n) {",
                  "    status = attempt(n);",
                  "  }"]
        L += ["  if (!status.ok()) {",
              "    notes->push_back(status.error_message());",
              f"    return {fail};",
              "  }",
              "  acc += resp.total();",
              "  for (const auto& item : resp.items()) acc += item.qty() * item.price_cents();",
              "}"]
        return "".join(f"{indent}{l}\n" for l in L)

    def virt_call(self, tu, iface, factory, indent="  "):
        self.stats["virtual_call_sites"] += 1
        body = {
            "RiskPolicy": [f"std::unique_ptr<::acme::iface::RiskPolicy> policy = {factory}();",
                           'if (!policy->Allow(key, acc)) notes->push_back("denied by policy");',
                           "acc += policy->Score(acc);"],
            "Pricer": [f"std::unique_ptr<::acme::iface::Pricer> pricer = {factory}();",
                       "acc += pricer->Price(key, amount % 17 + 1);",
                       'if (pricer->Currency() != "USD") notes->push_back(pricer->Currency());'],
            "Notifier": [f"std::unique_ptr<::acme::iface::Notifier> notifier = {factory}();",
                         'if (!notifier->Notify("ledger." + key, acc)) notes->push_back("notify failed");',
                         "acc += notifier->Pending();"],
            "Store": [f"std::unique_ptr<::acme::iface::Store> store = {factory}();",
                      "if (!store->Put(key, acc)) notes->push_back(\"store full\");",
                      "acc += store->Get(key);"],
        }[iface]
        return f"{indent}{{\n" + "".join(f"{indent}  {l}\n" for l in body) + f"{indent}}}\n"

    def filler(self, tu):
        """File-local helpers (anonymous namespace) used by every TU."""
        w = ", ".join(str(self.rng.randint(1, 997)) for _ in range(16))
        clamp = ("  v = ::acme::common::ClampAmount(v);\n" if tu.common else "")
        return (
            "namespace {\n\n"
            f"constexpr int64_t kWeights[16] = {{{w}}};\n\n"
            "int64_t Mix(int64_t a, int64_t b) {\n"
            "  int64_t v = a * 31 + (b ^ (a >> 3));\n"
            + clamp +
            "  return v % 1000003;\n"
            "}\n\n"
            "int64_t Weight(int64_t v) {\n"
            "  return kWeights[static_cast<std::size_t>(v) & 15u];\n"
            "}\n\n"
            "}  // namespace\n\n")

    # ------------------------------------------------------------------ emit TUs
    def emit_chain_fn(self, tu, f):
        ret = f["ret"]
        out = [f"{ret} {f['name']}(const std::string& key, int64_t amount, std::vector<std::string>* notes) {{",
               "  int64_t acc = Mix(amount, Weight(amount));",
               "  if (key.empty()) {",
               f'    notes->push_back("{f["name"]}: empty key");',
               f"    return {self.empty_key_value(ret)};",
               "  }"]
        text = "\n".join(out) + "\n"
        if f["logic"]:
            text += f"  acc += {f['logic'][0]}({{amount, acc, static_cast<int64_t>(key.size())}}, {f['label'] % 7 + 1});\n"
        if f["virt"]:
            text += self.virt_call(tu, f["virt"][0], f["virt"][1])
        text += ("  for (int i = 0; i < 4; ++i) {\n"
                 f"    acc = Mix(acc, Weight(acc + i)) + {f['label']};\n"
                 "    if (acc % 11 == 0) break;\n"
                 "  }\n")
        if f["next"]:
            nx = f["next"]
            call = f'{nx["qname"]}(key + "/{f["label"]}", acc % 1000, notes)'
            text += f"  acc += {self.as_int(nx['ret'], call)};\n"
        if f["rpc"]:
            text += self.stub_call(tu, f["rpc"], self.fail_value(f["ret"]))
        text += f"  {self.ret_stmt(ret)}\n}}\n\n"
        return text

    def logic_body(self, f):
        k = f["k"]
        t = f["template"]
        if t == 0:
            b = ["std::vector<int64_t> sorted(values.begin(), values.end());",
                 "std::sort(sorted.begin(), sorted.end(), [bias](int64_t a, int64_t b) { return (a ^ bias) < (b ^ bias); });",
                 "int64_t acc = std::accumulate(sorted.begin(), sorted.end(), int64_t{0},",
                 f"                              [](int64_t s, int64_t v) {{ return s + v % {97 + k}; }});"]
        elif t == 1:
            b = ["std::map<int64_t, int> buckets;",
                 f"for (int64_t v : values) ++buckets[v % {k}];",
                 "int64_t acc = 0;",
                 "for (const auto& [bucket, count] : buckets) acc = std::max<int64_t>(acc, bucket * count);",
                 "acc -= bias;"]
        elif t == 2:
            b = [f"auto scale = [factor = bias % {k} + 1](int64_t v) {{ return v * factor; }};",
                 "std::vector<int64_t> scaled;",
                 "scaled.reserve(values.size());",
                 "std::transform(values.begin(), values.end(), std::back_inserter(scaled), scale);",
                 "int64_t acc = std::count_if(scaled.begin(), scaled.end(), [](int64_t v) { return v % 2 == 0; });",
                 "for (int64_t v : scaled) acc += Weight(v);"]
        elif t == 3:
            b = ["std::string digest;",
                 "for (int64_t v : values) {",
                 f"  digest += std::to_string(v % {1000 + k});",
                 "  digest.push_back(':');",
                 "}",
                 "int64_t acc = static_cast<int64_t>(std::hash<std::string>{}(digest) % 100000) + bias;"]
        elif t == 4:
            b = ["int64_t acc = 0;",
                 "for (std::size_t i = 0; i < values.size(); ++i) {",
                 "  switch ((values[i] + static_cast<int64_t>(i)) % 4) {",
                 "    case 0: acc += values[i]; break;",
                 "    case 1: acc -= bias; break;",
                 "    case 2: acc = acc * 3 / 2; break;",
                 "    default: acc ^= values[i]; break;",
                 "  }",
                 "}"]
        else:
            b = ["std::unordered_map<int64_t, int64_t> last_seen;",
                 "int64_t acc = 0;",
                 "std::function<int64_t(int64_t)> decay = [&](int64_t v) { return v <= 1 ? v : decay(v / 2) + 1; };",
                 "for (std::size_t i = 0; i < values.size(); ++i) {",
                 f"  auto [it, inserted] = last_seen.emplace(values[i] % {k}, static_cast<int64_t>(i));",
                 "  if (!inserted) acc += decay(static_cast<int64_t>(i) - it->second);",
                 "}",
                 "acc += bias;"]
        if f["callee"]:
            b.append(f"acc += {f['callee'][0]}({{acc, bias}}, {k});")
        b.append("return Mix(acc, Weight(bias));")
        return "".join(f"  {l}\n" for l in b)

    def emit_logic_tu(self, tu):
        text = ""
        for f in tu.funcs:
            text += (f"int64_t {f['name']}(const std::vector<int64_t>& values, int64_t bias) {{\n"
                     + self.logic_body(f) + "}\n\n")
        return text

    def emit_virt_tu(self, tu):
        iface = tu.extra["iface"]
        cls = tu.extra["cls"]
        w = tu.extra["weights"]
        rpc = tu.extra["rpc"]
        I = f"::acme::iface::{iface}"
        if iface == "RiskPolicy":
            methods = (
                "  bool Allow(const std::string& key, int64_t amount) const override {\n"
                f"    if (key.size() > {w[0]}u) return false;\n"
                f"    return Mix(amount, {w[1]}) % {w[2]} != 0;\n"
                "  }\n"
                "  int64_t Score(int64_t amount) const override {\n"
                "    auto penalty = [this](int64_t v) { return v / (threshold_ + 1); };\n"
                "    return penalty(amount) + Weight(amount);\n"
                "  }\n")
            members = f"  int64_t threshold_ = {w[3]};\n"
        elif iface == "Pricer":
            methods = (
                "  int64_t Price(const std::string& sku, int64_t qty) const override {\n"
                f"    int64_t unit = {w[0]} + static_cast<int64_t>(sku.size()) * {w[1]};\n"
                f"    if (qty > {w[2]}) unit -= unit / 10;\n"
                "    return Mix(unit * qty, Weight(qty));\n"
                "  }\n"
                "  std::string Currency() const override { return currency_; }\n")
            members = f'  std::string currency_ = "{["USD", "EUR", "GBP", "JPY"][w[3] % 4]}";\n'
        elif iface == "Notifier":
            rpc_text = ""
            if rpc:
                rpc_text = ("    const std::string& key = topic;\n"
                            "    int64_t acc = amount;\n"
                            "    std::vector<std::string>* notes = &log_;\n"
                            + self.stub_call(tu, rpc, "false", indent="    "))
            methods = (
                "  bool Notify(const std::string& topic, int64_t amount) override {\n"
                f"    if (queue_.size() > {w[0]}u) queue_.erase(queue_.begin());\n"
                "    queue_.push_back(topic + \":\" + std::to_string(Mix(amount, Weight(amount))));\n"
                + rpc_text +
                "    return true;\n"
                "  }\n"
                "  int Pending() const override { return static_cast<int>(queue_.size()); }\n")
            members = "  std::vector<std::string> queue_;\n  std::vector<std::string> log_;\n"
        else:
            rpc_text = ""
            if rpc:
                rpc_text = ("    int64_t amount = value;\n"
                            "    int64_t acc = value;\n"
                            "    std::vector<std::string>* notes = &log_;\n"
                            + self.stub_call(tu, rpc, "false", indent="    "))
            methods = (
                "  bool Put(const std::string& key, int64_t value) override {\n"
                f"    if (data_.size() >= {w[0] * 10}u) return false;\n"
                + rpc_text +
                "    data_[key] = Mix(value, Weight(value));\n"
                "    return true;\n"
                "  }\n"
                "  int64_t Get(const std::string& key) const override {\n"
                "    auto it = data_.find(key);\n"
                f"    return it == data_.end() ? {w[1]} : it->second;\n"
                "  }\n")
            members = "  std::unordered_map<std::string, int64_t> data_;\n  std::vector<std::string> log_;\n"
        return (f"class {cls} final : public {I} {{\n public:\n"
                + methods + "\n private:\n" + members + "};\n\n"
                f"std::unique_ptr<{I}> {tu.extra['factory']}() {{\n"
                f"  return std::make_unique<{cls}>();\n}}\n\n")

    def emit_impl_tu(self, tu):
        s = tu.extra["svc"]
        cls = tu.extra["cls"]
        p = s.pkg
        decls = ""
        for m in tu.extra["methods"]:
            r = m["rpc"]
            decls += (f"  ::grpc::Status {r}(::grpc::ServerContext* context, const {p}::{r}Request* request,\n"
                      f"      {p}::{r}Response* response) override;\n")
        text = (f"class {cls} final : public {p}::{s.name}::Service {{\n public:\n"
                f"  {cls}();\n" + decls +
                "\n private:\n"
                "  std::unique_ptr<::acme::iface::Pricer> pricer_;\n"
                "  std::atomic<int64_t> calls_{0};\n};\n\n"
                f"{cls}::{cls}() : pricer_({tu.extra['pricer']}()) {{}}\n\n")
        for m in tu.extra["methods"]:
            r = m["rpc"]
            body = [
                "if (context->IsCancelled()) {",
                '  return ::grpc::Status(::grpc::StatusCode::CANCELLED, "client cancelled");',
                "}",
                "calls_.fetch_add(1, std::memory_order_relaxed);",
                "const std::string& key = request->id();",
                "const int64_t amount = request->value();",
                "std::vector<std::string> note_buf;",
                "std::vector<std::string>* notes = &note_buf;",
                "std::for_each(request->tags().begin(), request->tags().end(),",
                "              [notes](const std::string& tag) { if (!tag.empty()) notes->push_back(tag); });",
                "int64_t acc = Mix(amount, Weight(amount));",
            ]
            for h in m["heads"]:
                body.append(f"acc += {self.as_int(h['ret'], h['qname'] + '(key, amount, notes)')};")
            if m["logic"]:
                body.append(f"acc += {m['logic'][0]}({{acc, amount}}, {len(r)});")
            text += (f"::grpc::Status {cls}::{r}(::grpc::ServerContext* context, const {p}::{r}Request* request,\n"
                     f"    {p}::{r}Response* response) {{\n" + "".join(f"  {l}\n" for l in body))
            if m["direct"]:
                text += self.stub_call(tu, m["direct"], "status")
            text += ("  response->set_status(note_buf.empty() ? \"ok\" : note_buf.back());\n"
                     "  response->set_total(acc);\n"
                     "  auto* item = response->add_items();\n"
                     "  item->set_sku(key);\n"
                     "  item->set_qty(amount);\n"
                     "  item->set_price_cents(pricer_->Price(key, amount));\n"
                     "  return ::grpc::Status::OK;\n}\n\n")
        text += (f"std::unique_ptr<::grpc::Service> {tu.extra['factory']}() {{\n"
                 f"  return std::make_unique<{cls}>();\n}}\n\n")
        tu.system_includes.add("grpcpp/grpcpp.h")
        return text

    def emit_server_tu(self, tu):
        s = tu.extra["svc"]
        facts = "".join(f"  services.push_back({ns_of(t)}::{t.extra['factory']}());\n"
                        for t in self.impls[s.idx])
        tu.system_includes.add("grpcpp/grpcpp.h")
        return (f"int Run{s.name}Server(const std::string& address, int threads) {{\n"
                "  std::vector<std::unique_ptr<::grpc::Service>> services;\n" + facts +
                "  ::grpc::ServerBuilder builder;\n"
                "  builder.AddListeningPort(address, ::grpc::InsecureServerCredentials());\n"
                "  builder.SetMaxReceiveMessageSize(static_cast<int>(Mix(threads, Weight(threads)) % 4096 + 4096) * 1024);\n"
                "  for (auto& service : services) builder.RegisterService(service.get());\n"
                "  std::unique_ptr<::grpc::Server> server = builder.BuildAndStart();\n"
                "  if (!server) return 1;\n"
                "  server->Wait();\n"
                "  return 0;\n}\n\n")

    def emit_channel_tu(self, tu):
        domain = tu.extra["domain"]
        tu.system_includes.add("grpcpp/grpcpp.h")
        text = ("namespace {\n\n"
                "std::string Target(const std::string& name) {\n"
                '  const int64_t port = 50000 + Mix(static_cast<int64_t>(name.size()), Weight(7)) % 1000;\n'
                '  return "dns:///" + name + ".svc.cluster.local:" + std::to_string(port);\n'
                "}\n\n"
                "std::shared_ptr<::grpc::Channel> Channel() {\n"
                f'  static std::shared_ptr<::grpc::Channel> channel = ::grpc::CreateChannel(Target("{domain}"), ::grpc::InsecureChannelCredentials());\n'
                "  return channel;\n}\n\n}  // namespace\n\n")
        for s in self.services:
            if s.domain != domain:
                continue
            text += (f"{s.pkg}::{s.name}::Stub* {s.name}Stub() {{\n"
                     f"  static std::unique_ptr<{s.pkg}::{s.name}::Stub> stub = {s.pkg}::{s.name}::NewStub(Channel());\n"
                     "  return stub.get();\n}\n\n")
        return text

    def emit_tu(self, tu):
        kind = tu.kind
        if kind == "chain":
            body = "".join(self.emit_chain_fn(tu, f) for f in tu.funcs)
        elif kind == "logic":
            body = self.emit_logic_tu(tu)
        elif kind == "virt":
            body = self.emit_virt_tu(tu)
        elif kind == "impl":
            body = self.emit_impl_tu(tu)
        elif kind == "server":
            body = self.emit_server_tu(tu)
        else:
            body = self.emit_channel_tu(tu)
        ns = "acme::rt" if kind == "channel" else f"acme::svc{tu.svc_dir}"
        filler = self.filler(tu)
        head = (f"// Synthetic TU {tu.tid} ({kind}) -- generated by bench/gen_synthetic.py, seed {self.seed}.\n"
                + "".join(f'#include "{h}"\n' for h in sorted(tu.includes))
                + "\n"
                + "".join(f"#include <{h}>\n" for h in sorted(tu.system_includes))
                + "".join(f"#include <{h}>\n" for h in STD_INCLUDES)
                + "\n")
        return head + f"namespace {ns} {{\n\n" + filler + body + f"}}  // namespace {ns}\n"

    # ------------------------------------------------------------------ headers
    def emit_headers(self):
        H = {}
        guard_std = ("#include <cstdint>\n#include <memory>\n#include <string>\n#include <vector>\n\n")
        # interfaces
        for name, (hdr, decl, _) in IFACES.items():
            H[hdr] = ("#pragma once\n\n" + guard_std +
                      f"namespace acme::iface {{\n\nclass {name} {{\n public:\n"
                      f"  virtual ~{name}() = default;\n" + decl + f"}};\n\n}}  // namespace acme::iface\n")
        # stub accessors
        for domain, _ in DOMAINS:
            decls = "".join(f"{s.pkg}::{s.name}::Stub* {s.name}Stub();\n"
                            for s in self.services if s.domain == domain)
            H[f"rt_{domain}.h"] = (f'#pragma once\n\n#include "{domain}.grpc.pb.h"\n\n'
                                   f"namespace acme::rt {{\n\n{decls}\n}}  // namespace acme::rt\n")
        # service impl factories + server entry points
        for s in self.services:
            decls = "".join(f"std::unique_ptr<::grpc::Service> {t.extra['factory']}();\n"
                            for t in self.impls[s.idx])
            H[f"svc{s.idx}_services.h"] = (
                "#pragma once\n\n" + guard_std +
                "namespace grpc {\nclass Service;\n}  // namespace grpc\n\n"
                f"namespace acme::svc{s.idx} {{\n\n{decls}"
                f"int Run{s.name}Server(const std::string& address, int threads);\n\n"
                f"}}  // namespace acme::svc{s.idx}\n")
        # library headers
        groups = {}
        for t in self.tus:
            if t.kind in ("chain", "logic", "virt"):
                groups.setdefault(t.header, []).append(t)
        for hdr, tus in groups.items():
            extra_inc = set()
            decls = ""
            for t in tus:
                if t.kind == "chain":
                    for f in t.funcs:
                        decls += f"{f['ret']} {f['name']}(const std::string& key, int64_t amount, std::vector<std::string>* notes);\n"
                elif t.kind == "logic":
                    for f in t.funcs:
                        decls += f"int64_t {f['name']}(const std::vector<int64_t>& values, int64_t bias);\n"
                else:
                    iface = t.extra["iface"]
                    extra_inc.add(IFACES[iface][0])
                    decls += f"std::unique_ptr<::acme::iface::{iface}> {t.extra['factory']}();\n"
            k = tus[0].svc_dir
            H[hdr] = ("#pragma once\n\n" + guard_std + "#include <grpcpp/support/status.h>\n"
                      + "".join(f'#include "{h}"\n' for h in sorted(extra_inc))
                      + f"\nnamespace acme::svc{k} {{\n\n{decls}\n}}  // namespace acme::svc{k}\n")
        H["common_10pct.h"] = (
            "#pragma once\n\n// Included by exactly ~10% of the TUs (benchmark measurement (e)).\n\n"
            "#include <algorithm>\n#include <cstdint>\n#include <string_view>\n\n"
            "namespace acme::common {\n\n"
            "inline constexpr int64_t kMaxAmount = 1'000'000'000;\n\n"
            "inline int64_t ClampAmount(int64_t v) {\n"
            "  return std::clamp<int64_t>(v, -kMaxAmount, kMaxAmount);\n}\n\n"
            "template <typename T>\nT SaturatingAdd(T a, T b) {\n"
            "  T r{};\n  return __builtin_add_overflow(a, b, &r) ? (a < 0 ? T(-kMaxAmount) : T(kMaxAmount)) : r;\n}\n\n"
            "inline bool IsReservedKey(std::string_view key) { return key.starts_with(\"sys/\"); }\n\n"
            "}  // namespace acme::common\n")
        return H

    def emit_protos(self):
        P = {"common.proto": (
            'syntax = "proto3";\n\npackage acme.common.v1;\n\n'
            "message Item {\n  string sku = 1;\n  int64 qty = 2;\n  int64 price_cents = 3;\n}\n\n"
            "message Money {\n  string currency = 1;\n  int64 units = 2;\n  int32 nanos = 3;\n}\n")}
        for domain, _ in DOMAINS:
            text = f'syntax = "proto3";\n\npackage acme.{domain}.v1;\n\nimport "common.proto";\n\n'
            for s in self.services:
                if s.domain != domain:
                    continue
                for r in s.rpcs:
                    text += (f"message {r}Request {{\n  string id = 1;\n  int64 value = 2;\n"
                             "  repeated string tags = 3;\n  bool flag = 4;\n"
                             "  acme.common.v1.Money budget = 5;\n}\n\n"
                             f"message {r}Response {{\n  string status = 1;\n  int64 total = 2;\n"
                             "  repeated acme.common.v1.Item items = 3;\n}\n\n")
            for s in self.services:
                if s.domain != domain:
                    continue
                text += f"service {s.name} {{\n"
                for r in s.rpcs:
                    text += f"  rpc {r}({r}Request) returns ({r}Response);\n"
                text += "}\n\n"
            P[f"{domain}.proto"] = text
        return P


def hash_int(*parts):
    """Deterministic small hash (Python's str hash is salted per process)."""
    h = 2166136261
    for ch in "|".join(map(str, parts)).encode():
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


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
