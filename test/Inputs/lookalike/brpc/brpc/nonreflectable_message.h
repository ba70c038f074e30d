// Look-alike test header (not the real library): follows Apache brpc's src/brpc/nonreflectable_message.h
// at commit 71871ee9fb46. The declarations a rule matches are upstream's; the rest is cut down.
#pragma once
#include <google/protobuf/message.h>

namespace brpc {

template <typename T>
class NonreflectableMessage : public ::google::protobuf::Message {
public:
  NonreflectableMessage() = default;
  ::google::protobuf::Message *New(::google::protobuf::Arena *arena) const override;
};

} // namespace brpc
