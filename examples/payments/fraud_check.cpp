#include <curl/curl.h>

#include "payments/payment_service.h"

namespace payments {
namespace {

size_t AppendBody(char *data, size_t size, size_t count, void *out) {
  static_cast<std::string *>(out)->append(data, size * count);
  return size * count;
}

} // namespace

bool FraudCheckPasses(const std::string &card_token,
                      std::int64_t amount_cents) {
  CURL *curl = curl_easy_init();
  if (curl == nullptr) {
    return false;
  }
  const std::string body =
      "{\"card_token\":\"" + card_token +
      "\",\"amount_cents\":" + std::to_string(amount_cents) + "}";
  std::string response;
  curl_slist *headers =
      curl_slist_append(nullptr, "Content-Type: application/json");
  curl_easy_setopt(curl, CURLOPT_URL,
                   "https://api.fraudshield.example/v1/score");
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &AppendBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response);
  const CURLcode rc = curl_easy_perform(curl);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK &&
         response.find("\"decision\":\"allow\"") != std::string::npos;
}

} // namespace payments
