// RUN: rm -rf %t && mkdir -p %t
// RUN: thrift --gen cpp -o %t %S/Inputs/thrift/shop.thrift
// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%t/gen-cpp
// The oneway call is still a call to Audit, started and not waited for:
// RUN: %mkcdb %t/cdb -I%t/gen-cpp -- %s
// RUN: %decouple index -p %t/cdb --progress none
// RUN: %decouple index --dump %t/cdb/.decouple/shards/*.shard | FileCheck %s --check-prefix=SITE
//
// A oneway Thrift method: the generated client declares send_record but no
// recv_record (rules: "unless_class_has_method": "recv_{name}"). The request
// is written and the call returns; no reply comes, so the handler does not
// wait on Audit. A two-way call (charge has recv_charge) is blocking.
//
//   audit.record("placed");   // oneway: sends and returns, waits for nothing
//
// SITE: "callee": "shop::AuditClient::record",
// SITE: "mode": "async-detached",
// SITE: "rule": "thrift-client-oneway",
#include "Audit.h"
#include "Orders.h"
#include "Payments.h"
#include <thrift/protocol/TBinaryProtocol.h>
#include <thrift/transport/TSocket.h>

using namespace apache::thrift;

std::shared_ptr<protocol::TProtocol> Connect(const std::string &host) {
  return std::make_shared<protocol::TBinaryProtocol>(
      std::make_shared<transport::TSocket>(host, 9090));
}

shop::AuditClient audit(Connect("audit.internal"));
shop::PaymentsClient payments(Connect("payments.internal"));

class OrdersHandler : public shop::OrdersIf {
public:
  void place(shop::Order &_return, const shop::Order &order) override {
    if (!payments.charge(order.id, order.amount))
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking Thrift call Payments.charge in the request path of Thrift Orders.place{{.*}} [coupling-sync-call-in-request-path]
      throw shop::Declined();
    // oneway: the request is written and the call returns; no reply comes.
    audit.record("placed " + order.id);
    _return = order;
  }
  bool cancel(const std::string &id) override {
    audit.record("cancelled " + id);
    return true;
  }
};
