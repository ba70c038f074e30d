// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-missing-deadline
//
// libcurl: curl_easy_perform blocks; the multi interface is asynchronous
// unless the handler then waits for it with curl_multi_wait/poll.
#include <curl/curl.h>
#include <httplib.h>

void Routes(httplib::Server &svr) {
  svr.Get("/score", [](const httplib::Request &, httplib::Response &) {
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, "https://risk.internal/score");
    curl_easy_setopt(h, CURLOPT_TIMEOUT, 2L);
    curl_easy_perform(h);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking HTTP call to risk.internal in the request path of HTTP GET /score{{.*}} [coupling-sync-call-in-request-path]
  });
  svr.Get("/batch", [](const httplib::Request &, httplib::Response &) {
    CURLM *multi = curl_multi_init();
    int running = 0;
    curl_multi_perform(multi, &running);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: started asynchronously and then waited for HTTP call curl_multi_perform in the request path of HTTP GET /batch{{.*}} [coupling-sync-call-in-request-path]
    while (running)
      curl_multi_wait(multi, nullptr, 0, 1000, nullptr);
  });
  svr.Get("/kick", [](const httplib::Request &, httplib::Response &) {
    CURLM *multi = curl_multi_init();
    int running = 0;
    curl_multi_perform(multi, &running); // driven later by an event loop
  });
  svr.Get("/slow", [](const httplib::Request &, httplib::Response &) {
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, "https://slow.internal/");
    curl_easy_perform(h);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: HTTP call to slow.internal in the request path of HTTP GET /slow{{.*}} has no deadline: it can wait as long as the callee hangs (the library default: none: libcurl waits forever unless CURLOPT_TIMEOUT is set) [coupling-missing-deadline]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: blocking HTTP call to slow.internal in the request path of HTTP GET /slow{{.*}} [coupling-sync-call-in-request-path]
  });
}
