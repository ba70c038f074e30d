// Look-alike test header (not the real library): follows Apache brpc's src/brpc/serialized_request.h
// at commit 71871ee9fb46. The declarations a rule matches are upstream's; the rest is cut down.
#pragma once
#include <brpc/nonreflectable_message.h>
#include <string>

namespace brpc {

// Upstream: butil::IOBuf& serialized_data().
class SerializedRequest : public NonreflectableMessage<SerializedRequest> {
public:
  SerializedRequest();
  ~SerializedRequest() override;
  std::string &serialized_data();
  const std::string &serialized_data() const;
  int GetCachedSize() const override;
  ::google::protobuf::Metadata GetMetadata() const override;
};

} // namespace brpc
