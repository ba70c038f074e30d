// Every Payments client gets a socket with a 250 ms receive timeout.
#include "clients.h"
#include <thrift/protocol/TBinaryProtocol.h>
#include <thrift/transport/TBufferTransports.h>
#include <thrift/transport/TSocket.h>

using namespace apache::thrift;

std::unique_ptr<shop::PaymentsClient> connectPayments() {
  auto socket = std::make_shared<transport::TSocket>("payments.internal", 9090);
  socket->setRecvTimeout(250);
  auto framed = std::make_shared<transport::TFramedTransport>(socket);
  framed->open();
  return std::make_unique<shop::PaymentsClient>(
      std::make_shared<protocol::TBinaryProtocol>(framed));
}
