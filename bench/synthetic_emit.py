"""Emitting the synthetic code base's text: TUs, project headers, protos.

Part of bench/gen_synthetic.py (its docstring describes the layout).
"""

from synthetic_plan import DOMAINS, IFACES, STD_INCLUDES, hash_int, ns_of


class Emitter:
    """The text of each TU, header and proto; mixed into gen_synthetic.Gen."""

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
