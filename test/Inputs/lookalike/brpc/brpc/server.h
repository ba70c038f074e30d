// Look-alike test header (not the real library): follows Apache brpc's src/brpc/server.h
// at commit 71871ee9fb46. The declarations a rule matches are upstream's; the rest is cut down.
#pragma once
#include <brpc/baidu_master_service.h>
#include <brpc/controller.h>
#include <google/protobuf/service.h>

namespace brpc {

enum ServiceOwnership { SERVER_OWNS_SERVICE, SERVER_DOESNT_OWN_SERVICE };

struct ServerOptions {
  int idle_timeout_sec = -1;
  int num_threads = 0;
  /// Handles every request no other service takes (a generic proxy).
  BaiduMasterService *baidu_master_service = nullptr;
};

class Server {
public:
  Server();
  ~Server();
  int AddService(google::protobuf::Service *service, ServiceOwnership ownership);
  int Start(int port, const ServerOptions *opt);
  int Stop(int closewait_ms);
  int Join();
  void RunUntilAskedToQuit();
};

} // namespace brpc
