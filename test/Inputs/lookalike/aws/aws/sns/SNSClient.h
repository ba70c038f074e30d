// Look-alike test header: imitates the signatures of the AWS SDK for C++ SNS client (Aws::SNS::SNSClient) (not the real library).
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
  Model::PublishOutcome Publish(const Model::PublishRequest &request) const;
  Model::PublishOutcomeCallable PublishCallable(const Model::PublishRequest &request) const;
};
} // namespace SNS
} // namespace Aws
