// Look-alike test header (not the real library): follows aws/aws-sdk-cpp's generated/src/aws-cpp-sdk-sns/include/aws/sns/SNSClient.h
// (the generated client pattern as of commit c5500d2bf926): each operation X is
// `virtual Model::XOutcome X(const Model::XRequest&) const`, with template XCallable and
// XAsync wrappers (request type defaulted to Model::XRequest). The base classes are cut.
#pragma once
#include <aws/core/Aws.h>
#include <aws/sns/model/PublishRequest.h>

namespace Aws {
namespace SNS {
namespace Model {
typedef Utils::Outcome<PublishResult, SNSError> PublishOutcome;
typedef std::future<PublishOutcome> PublishOutcomeCallable;
} // namespace Model

class SNSClient {
public:
  SNSClient(const Client::ClientConfiguration &clientConfiguration = Client::ClientConfiguration());
  virtual Model::PublishOutcome Publish(const Model::PublishRequest &request) const;
  template <typename PublishRequestT = Model::PublishRequest>
  Model::PublishOutcomeCallable PublishCallable(const PublishRequestT &request) const;
};
} // namespace SNS
} // namespace Aws
