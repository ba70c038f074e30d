#include "common/http.h"

namespace common {
std::string Fetch(const std::string &host, const std::string &path) {
  httplib::Client client(host);
  client.set_connection_timeout(1);
  client.set_read_timeout(2);
  auto r = client.Get(path);
  return r ? r->body : "";
}
} // namespace common
