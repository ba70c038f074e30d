// RUN: rm -rf %t && mkdir -p %t
// RUN: thrift --gen cpp -o %t %S/Inputs/thrift/shop.thrift
// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%t/gen-cpp
// The site names the implementation the interface call reaches:
// RUN: %mkcdb %t/cdb -I%t/gen-cpp -- %s
// RUN: %decouple index -p %t/cdb --progress none
// RUN: %decouple index --dump %t/cdb/.decouple/shards/*.shard | FileCheck %s --check-prefix=SITE
// And no finding ever sits in the generated code (gen-cpp/):
// RUN: not %decouple check -p %t/cdb --checks='coupling-*' > %t/all.txt
// RUN: FileCheck %s --check-prefix=WHERE < %t/all.txt
// WHERE-NOT: gen-cpp{{.*}}: warning:
// WHERE: thrift-interface.cpp:[[#@LINE+29]]:{{.*}} warning: blocking Thrift call Payments.charge
// WHERE-NOT: gen-cpp{{.*}}: warning:
// The witness names the implementation the interface call reaches; the
// call through InventoryIf (implemented in-process by FakeInventory) is no
// finding and names no implementation:
// RUN: FileCheck %s --check-prefix=IMPL < %t/all.txt
// IMPL: note: calls shop::PaymentsIf::charge, which dispatches to shop::PaymentsClient::charge (generated)
// IMPL-NOT: dispatches to {{.*}}Inventory
//
// Findings sit where the project's code makes the call: through the
// generated interface (std::shared_ptr<PaymentsIf>), whose implementation in
// this program is the generated PaymentsClient, the finding is on the
// project's call through the interface, never on a line in gen-cpp/.
#include "Inventory.h"
#include "Orders.h"
#include "Payments.h"
#include <thrift/protocol/TBinaryProtocol.h>
#include <thrift/transport/TSocket.h>

using namespace apache::thrift;

std::shared_ptr<shop::PaymentsIf> payments =
    std::make_shared<shop::PaymentsClient>(
        std::make_shared<protocol::TBinaryProtocol>(
            std::make_shared<transport::TSocket>("payments.internal", 9090)));

class OrdersHandler : public shop::OrdersIf {
public:
  void place(shop::Order &_return, const shop::Order &order) override {
    if (!payments->charge(order.id, order.amount))
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking Thrift call Payments.charge in the request path of Thrift Orders.place{{.*}} [coupling-sync-call-in-request-path]
    // SITE: "callee": "shop::PaymentsClient::charge"
    // SITE: "line": [[@LINE-3]]
    // SITE: "rule": "thrift-client-call"
      throw shop::Declined();
    _return = order;
  }
  // Through an interface the project implements itself (FakeInventory):
  // the call may be local, and the virtual fan-out follows it instead.
  bool cancel(const std::string &id) override {
    return inventory->stock(id) > 0;
  }
  std::shared_ptr<shop::InventoryIf> inventory;
};

class FakeInventory : public shop::InventoryIf {
public:
  int32_t stock(const std::string &) override { return 1; }
  void reserve(shop::Order &_return, const std::string &) override {}
};
