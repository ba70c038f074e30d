// Look-alike test header: imitates the signatures of brpc's Server, ServerOptions and ClosureGuard (not the real library).
#pragma once
#include <brpc/controller.h>
#include <google/protobuf/service.h>

namespace brpc {

enum ServiceOwnership { SERVER_OWNS_SERVICE, SERVER_DOESNT_OWN_SERVICE };

struct ServerOptions {
  int idle_timeout_sec = -1;
  int num_threads = 0;
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

/// Runs done->Run() when it goes out of scope.
class ClosureGuard {
public:
  ClosureGuard();
  explicit ClosureGuard(google::protobuf::Closure *done);
  ~ClosureGuard();
  google::protobuf::Closure *release();
};

} // namespace brpc
