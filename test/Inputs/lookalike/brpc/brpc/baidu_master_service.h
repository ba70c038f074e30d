// Look-alike test header (not the real library): follows Apache brpc's src/brpc/baidu_master_service.h
// at commit 71871ee9fb46. The declarations a rule matches are upstream's; the rest is cut down.
#pragma once
#include <brpc/controller.h>
#include <brpc/serialized_request.h>
#include <brpc/serialized_response.h>
#include <google/protobuf/service.h>

namespace brpc {

// The generic service of a proxy: every request no other service takes
// arrives here, still serialized.
class BaiduMasterService : public ::google::protobuf::Service {
public:
  BaiduMasterService();
  ~BaiduMasterService() override;

  virtual void ProcessRpcRequest(Controller *cntl,
                                 const SerializedRequest *request,
                                 SerializedResponse *response,
                                 ::google::protobuf::Closure *done) = 0;

  // implements Service ----------------------------------------------
  void CallMethod(const ::google::protobuf::MethodDescriptor *,
                  ::google::protobuf::RpcController *controller,
                  const ::google::protobuf::Message *request,
                  ::google::protobuf::Message *response,
                  ::google::protobuf::Closure *done) override {
    ProcessRpcRequest((Controller *)controller,
                      (const SerializedRequest *)request,
                      (SerializedResponse *)response, done);
  }
  const ::google::protobuf::ServiceDescriptor *GetDescriptor() override;
  const ::google::protobuf::Message &GetRequestPrototype(
      const ::google::protobuf::MethodDescriptor *) const override;
  const ::google::protobuf::Message &GetResponsePrototype(
      const ::google::protobuf::MethodDescriptor *) const override;
};

} // namespace brpc
