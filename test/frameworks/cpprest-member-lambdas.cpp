// Lambdas written inside the same class's member functions are told apart
// (each lambda is identified by its location), so two handlers registered
// in a constructor keep their own calls.
//
// RUN: %check_both %s coupling-sync-call-in-request-path
#include <cpprest/http_client.h>
#include <cpprest/http_listener.h>

using namespace web::http;
using namespace web::http::client;
using namespace web::http::experimental::listener;

class Api {
public:
  explicit Api(const utility::string_t &url) : listener_(url) {
    listener_.support(methods::GET, [](http_request request) {
      http_client pricing(U("http://pricing.internal"));
      request.reply(pricing.request(methods::GET, U("/price")).get().status_code());
      // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: started asynchronously and then waited for HTTP call to pricing.internal in the request path of HTTP Api::Api::(lambda at cpprest-member-lambdas.cpp:[[@LINE-3]]){{.*}} [coupling-sync-call-in-request-path]
    });
    listener_.support(methods::POST, [](http_request request) {
      http_client payments(U("http://payments.internal"));
      request.reply(payments.request(methods::POST, U("/charge")).get().status_code());
      // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: started asynchronously and then waited for HTTP call to payments.internal in the request path of HTTP Api::Api::(lambda at cpprest-member-lambdas.cpp:[[@LINE-3]]){{.*}} [coupling-sync-call-in-request-path]
    });
  }

private:
  http_listener listener_;
};
