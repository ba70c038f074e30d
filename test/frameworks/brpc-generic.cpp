// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%inputs/lookalike/brpc
//
// brpc's generic proxy (upstream example/baidu_proxy_and_generic_call/
// proxy.cpp): a BaiduMasterService takes every request still serialized, in
// ProcessRpcRequest, and forwards it with a generic Channel::CallMethod. With
// no done closure the call blocks; with one it is asynchronous, coupling only
// when the handler then waits in brpc::Join. Headers: look-alikes of
// brpc/baidu_master_service.h, channel.h and server.h (see their first lines).
#include <brpc/channel.h>
#include <brpc/server.h>

brpc::Channel backend;
brpc::Channel mirror;

namespace example {

class BaiduMasterServiceImpl : public brpc::BaiduMasterService {
public:
  void ProcessRpcRequest(brpc::Controller *cntl,
                         const brpc::SerializedRequest *request,
                         brpc::SerializedResponse *response,
                         ::google::protobuf::Closure *done) override {
    brpc::ClosureGuard done_guard(done);
    brpc::Controller call_cntl;
    call_cntl.set_log_id(cntl->log_id());
    // It is ok to use request and response for sync rpc.
    backend.CallMethod(nullptr, &call_cntl, request, response, nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking brpc call brpc::Channel::CallMethod in the request path of brpc example::BaiduMasterServiceImpl::ProcessRpcRequest{{.*}}: the request now waits on that service being up and fast [coupling-sync-call-in-request-path]

    // A copy to a mirror with a closure, never joined: not coupled in time.
    auto *mirror_cntl = new brpc::Controller;
    auto *mirrored = new brpc::SerializedResponse;
    mirror.CallMethod(nullptr, mirror_cntl, request, mirrored,
                      brpc::NewCallback(OnMirrored, mirror_cntl, mirrored));
  }

  static void OnMirrored(brpc::Controller *cntl, brpc::SerializedResponse *resp) {}
};

// A proxy that starts the call with a closure and joins it: still synchronous.
class JoiningProxy : public brpc::BaiduMasterService {
public:
  void ProcessRpcRequest(brpc::Controller *, const brpc::SerializedRequest *request,
                         brpc::SerializedResponse *response, ::google::protobuf::Closure *done) override {
    brpc::Controller call_cntl;
    backend.CallMethod(nullptr, &call_cntl, request, response,
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: started asynchronously and then waited for brpc call brpc::Channel::CallMethod in the request path of brpc example::JoiningProxy::ProcessRpcRequest{{.*}} [coupling-sync-call-in-request-path]
                       brpc::NewCallback(BaiduMasterServiceImpl::OnMirrored, &call_cntl, response));
    brpc::Join(call_cntl.call_id());
    done->Run();
  }
};

} // namespace example

int main() {
  brpc::ChannelOptions options;
  options.timeout_ms = 100;
  backend.Init("backend.internal:8001", "", &options);
  // Startup: a generic call before serving is no request path.
  brpc::Controller cntl;
  backend.CallMethod(nullptr, &cntl, nullptr, nullptr, nullptr);
  brpc::Server server;
  brpc::ServerOptions server_options;
  server_options.baidu_master_service = new example::BaiduMasterServiceImpl();
  server.Start(8000, &server_options);
  server.RunUntilAskedToQuit();
}
