#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafka.h>

namespace notify {
// A hand-written client for a Notifications service.
struct [[clang::annotate("decouple::rpc_client")]] Notifications {
  bool Send(const std::string &what);
};
} // namespace notify

std::unique_ptr<testsvc::Payments::Stub> payments;
rd_kafka_t *producer;
notify::Notifications notifications;

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *server, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(server->deadline());
    grpc::Status s = payments->Charge(&ctx, *req, resp);
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-placed"), RD_KAFKA_V_END);
    // REGRESSION notifications.Send("order-placed");
    return s;
  }
};
