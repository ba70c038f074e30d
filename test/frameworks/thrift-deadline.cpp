// RUN: rm -rf %t && mkdir -p %t
// RUN: thrift --gen cpp -o %t %S/Inputs/thrift/shop.thrift
// RUN: %check_both %s coupling-missing-deadline --flags=-I%t/gen-cpp
// Both calls are recorded with their deadline on the transport, and the
// timeout as a transport-timeout site:
// RUN: %mkcdb %t/cdb -I%t/gen-cpp -- %s
// RUN: %decouple index -p %t/cdb --progress none
// RUN: %decouple index --dump %t/cdb/.decouple/shards/*.shard | FileCheck %s --check-prefix=SITE
//
// Known limit (docs/limits.md, "Thrift deadlines are per program, not per
// socket"): a Thrift client's timeout lives on the TSocket, which reaches
// the client only through constructor arguments (socket -> transport ->
// protocol -> client), and nothing links an object to the objects it was
// built from. A program that sets no TSocket timeout at all has its Thrift
// calls reported (thrift-untimed-transport.cpp); this one sets one in
// place(), so cancel() below, with no receive timeout, is not reported.
// This test pins that; it fails when the socket's timeout is followed.
//
//   auto socket = std::make_shared<TSocket>("payments.internal", 9090);
//   socket->setRecvTimeout(200);             // deadline on the socket
//   shop::PaymentsClient client(std::make_shared<TBinaryProtocol>(
//       std::make_shared<TFramedTransport>(socket)));
//   client.charge(id, 1);                    // should read: 200 ms
//
// SITE: "callee": "apache::thrift::transport::TSocket::setRecvTimeout",
// SITE: "kind": "transport-timeout",
// SITE: "callee": "shop::PaymentsClient::charge",
// SITE-NEXT: "deadline": "on-transport",
// SITE: "callee": "shop::PaymentsClient::charge",
// SITE-NEXT: "deadline": "on-transport",
#include "Orders.h"
#include "Payments.h"
#include <thrift/protocol/TBinaryProtocol.h>
#include <thrift/transport/TBufferTransports.h>
#include <thrift/transport/TSocket.h>

using namespace apache::thrift;

class OrdersHandler : public shop::OrdersIf {
public:
  void place(shop::Order &_return, const shop::Order &order) override {
    auto socket = std::make_shared<transport::TSocket>("payments.internal", 9090);
    socket->setRecvTimeout(200);
    auto framed = std::make_shared<transport::TFramedTransport>(socket);
    shop::PaymentsClient client(std::make_shared<protocol::TBinaryProtocol>(framed));
    framed->open();
    if (!client.charge(order.id, order.amount))
      throw shop::Declined();
    _return = order;
  }
  bool cancel(const std::string &id) override {
    // No receive timeout: waits as long as Payments hangs.
    auto socket = std::make_shared<transport::TSocket>("payments.internal", 9090);
    auto framed = std::make_shared<transport::TFramedTransport>(socket);
    shop::PaymentsClient client(std::make_shared<protocol::TBinaryProtocol>(framed));
    framed->open();
    return client.charge(id, -1);
  }
};
