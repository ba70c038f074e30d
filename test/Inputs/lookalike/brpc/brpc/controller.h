// Look-alike test header (not the real library): follows Apache brpc's src/brpc/controller.h
// (CallId: src/bthread/types.h) at commit 71871ee9fb46. The declarations a rule matches are upstream's; the rest is cut down.
#pragma once
#include <brpc/callback.h>
#include <brpc/closure_guard.h>
#include <google/protobuf/service.h>
#include <cstdint>
#include <string>

typedef struct { uint64_t value; } bthread_id_t;

namespace brpc {

typedef bthread_id_t CallId;

class HttpHeader {
public:
  class URI {
  public:
    URI &operator=(const std::string &uri);
  };
  URI &uri();
  void set_method(int method);
};

class Controller : public google::protobuf::RpcController {
public:
  Controller();
  ~Controller();

  // google::protobuf::RpcController
  void Reset() override;
  bool Failed() const override;
  std::string ErrorText() const override;
  void StartCancel() override;
  void SetFailed(const std::string &reason) override;
  bool IsCanceled() const override;
  void NotifyOnCancel(google::protobuf::Closure *callback) override;

  /// Client side: the RPC fails with ERPCTIMEDOUT after this many ms.
  void set_timeout_ms(int64_t timeout_ms);
  int64_t timeout_ms() const;
  void set_max_retry(int max_retry);
  /// Server side: the deadline the client gave the call (us since the
  /// Epoch), -1 if none.
  int64_t deadline_us() const;
  CallId call_id();
  int64_t latency_us() const;
  void set_log_id(uint64_t log_id);
  uint64_t log_id() const;
  int ErrorCode() const;
  HttpHeader &http_request();
  HttpHeader &http_response();
  const std::string &remote_side_str() const;
};

/// Waits until the RPC identified by `id` ends.
void Join(CallId id);
void StartCancel(CallId id);

} // namespace brpc
