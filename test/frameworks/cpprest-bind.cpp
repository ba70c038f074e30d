// A handler passed as std::bind(&Class::method, this, _1) is the bound
// member function: handler_arg looks through std::bind (and bind_front,
// boost::bind) to its first argument, so the entry point is Api::HandleGet
// and its body is walked. This is the registration idiom of the cpprestsdk
// samples:
//
//   listener_.support(methods::GET,
//                     std::bind(&Api::HandleGet, this, std::placeholders::_1));
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
    listener_.support(methods::GET,
                      std::bind(&Api::HandleGet, this, std::placeholders::_1));
  }

private:
  void HandleGet(http_request request) {
    http_client pricing(U("http://pricing.internal"));
    http_response price = pricing.request(methods::GET, U("/price")).get();
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: started asynchronously and then waited for HTTP call to pricing.internal in the request path of HTTP Api::HandleGet{{.*}} [coupling-sync-call-in-request-path]
    request.reply(price.status_code());
  }

  http_listener listener_;
};
