// The method a Cap'n Proto call names: the generated
// <Interface>::Client::<method>Request() stands for <method>, so the finding
// reads "Payments.charge" as the schema says.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: capnp compile -oc++:%t --src-prefix=%S/Inputs/capnp %S/Inputs/capnp/shop.capnp
// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%t --flags=-std=c++17
// (C++17: Cap'n Proto 0.9's blob.h does not compile as C++20.)
#include "shop.capnp.h"
#include <capnp/ez-rpc.h>
#include <httplib.h>

void Serve(httplib::Server &server, capnp::EzRpcClient &rpc) {
  server.Post("/orders", [&rpc](const httplib::Request &request, httplib::Response &response) {
    shop::Payments::Client payments = rpc.getMain<shop::Payments>();
    auto charge = payments.chargeRequest();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: started asynchronously and then waited for capnp call Payments.charge in the request path of HTTP POST /orders{{.*}} [coupling-sync-call-in-request-path]
    charge.setId(request.body);
    response.status = charge.send().wait(rpc.getWaitScope()).getOk() ? 200 : 402;
  });
}
