// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%inputs/lookalike/userver
// XFAIL: *
//
// Engine gap: target-setters and deadline-setters in a builder chain are
// lost. userver's client is used as
//   client.CreateRequest().get(url).timeout(ms).perform()
// where each setter returns the request (moved, on an rvalue). Targets and
// deadlines are kept per variable (objectDecl of the receiver); a chain of
// temporaries has none, so the call reads "HTTP call
// userver::clients::http::Request::perform" and "that service". Needed:
// apply target- and deadline-setter rules found on the receiver chain of the
// remote call (setters that return the request, by reference or by value).
#include <userver/clients/http/client.hpp>
#include <userver/server/handlers/http_handler_base.hpp>

class Catalog final : public userver::server::handlers::HttpHandlerBase {
public:
  using HttpHandlerBase::HttpHandlerBase;
  std::string HandleRequestThrow(const userver::server::http::HttpRequest &,
                                 userver::server::request::RequestContext &) const override {
    return http_client_->CreateRequest()
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking HTTP call to catalog.internal in the request path of HTTP {{.*}}: the request now waits on catalog.internal being up and fast [coupling-sync-call-in-request-path]
        .get("http://catalog.internal/v1/items")
        .timeout(std::chrono::milliseconds{300})
        .perform()
        ->body();
  }

private:
  userver::clients::http::Client *http_client_;
};
