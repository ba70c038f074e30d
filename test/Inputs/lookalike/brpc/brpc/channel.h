// Look-alike test header (not the real library): follows Apache brpc's src/brpc/channel.h
// (ChannelBase: src/brpc/channel_base.h) at commit 71871ee9fb46. The declarations a rule matches are upstream's; the rest is cut down.
#pragma once
#include <brpc/controller.h>
#include <google/protobuf/service.h>
#include <string>

namespace brpc {

struct ChannelOptions {
  int32_t connect_timeout_ms = 200;
  int32_t timeout_ms = 500;
  int max_retry = 3;
  std::string protocol;
};

class ChannelBase : public google::protobuf::RpcChannel {};

class Channel : public ChannelBase {
public:
  Channel();
  virtual ~Channel();
  int Init(const char *server_addr_and_port, const ChannelOptions *options);
  int Init(const char *server_addr, int port, const ChannelOptions *options);
  int Init(const char *naming_service_url, const char *load_balancer_name,
           const ChannelOptions *options);
  void CallMethod(const google::protobuf::MethodDescriptor *method,
                  google::protobuf::RpcController *controller,
                  const google::protobuf::Message *request,
                  google::protobuf::Message *response,
                  google::protobuf::Closure *done);
};

} // namespace brpc
