#include <curl/curl.h>

#include "common/env.h"
#include "payments/payment_service.h"

int main() {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  payments::PaymentServiceImpl service(
      shop::Dial("ORDERS_ADDR", "orders:50051"));

  grpc::ServerBuilder builder;
  builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials());
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  server->Wait();
  curl_global_cleanup();
}
