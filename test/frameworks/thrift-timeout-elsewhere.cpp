// RUN: rm -rf %t && mkdir -p %t
// RUN: thrift --gen cpp -o %t %S/Inputs/thrift/shop.thrift
// RUN: %check_both %s coupling-missing-deadline --extra %S/Inputs/thrift-timeouts/clients.cpp --flags=-I%t/gen-cpp --flags=-I%S/Inputs/thrift-timeouts
// RUN: %mkcdb %t/cdb -I%t/gen-cpp -I%S/Inputs/thrift-timeouts -- %s %S/Inputs/thrift-timeouts/clients.cpp
// RUN: %decouple index -p %t/cdb --progress none
// RUN: %decouple index --dump %t/cdb/.decouple/shards/thrift-timeout-elsewhere.cpp.*.shard | FileCheck %s --check-prefix=CALL
// RUN: %decouple index --dump %t/cdb/.decouple/shards/clients.cpp.*.shard | FileCheck %s --check-prefix=TIMEOUT
//
// The handler is like thrift-untimed-transport.cpp's, but its clients come from
// a factory in another TU, clients.cpp, that sets a receive timeout on
// every socket. The program sets a Thrift transport timeout, so the calls'
// deadline is not missing. (Which socket reaches which client is not
// followed: with any timeout in the program, Thrift deadlines are unknown,
// docs/limits.md.) No expectation lines: nothing may be reported.
//
// CALL: "callee": "shop::PaymentsClient::charge",
// CALL-NEXT: "deadline": "on-transport",
// TIMEOUT: "callee": "apache::thrift::transport::TSocket::setRecvTimeout",
// TIMEOUT: "kind": "transport-timeout",
#include "Orders.h"
#include "clients.h"

class OrdersHandler : public shop::OrdersIf {
public:
  void place(shop::Order &_return, const shop::Order &order) override {
    if (!connectPayments()->charge(order.id, order.amount))
      throw shop::Declined();
    _return = order;
  }
  bool cancel(const std::string &) override { return false; }
};
