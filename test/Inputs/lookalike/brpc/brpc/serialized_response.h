// Look-alike test header (not the real library): follows Apache brpc's src/brpc/serialized_response.h
// at commit 71871ee9fb46. The declarations a rule matches are upstream's; the rest is cut down.
#pragma once
#include <brpc/nonreflectable_message.h>
#include <string>

namespace brpc {

// Upstream: butil::IOBuf& serialized_data().
class SerializedResponse : public NonreflectableMessage<SerializedResponse> {
public:
  SerializedResponse();
  ~SerializedResponse() override;
  std::string &serialized_data();
  const std::string &serialized_data() const;
  int GetCachedSize() const override;
  ::google::protobuf::Metadata GetMetadata() const override;
};

} // namespace brpc
