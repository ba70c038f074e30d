// Look-alike test header: imitates the signatures of the AWS SDK for C++ SQS client (Aws::SQS::SQSClient) (not the real library).
#pragma once
#include <aws/core/Aws.h>
#include <aws/sqs/model/SendMessageRequest.h>

namespace Aws {
namespace SQS {
class SQSClient;
namespace Model {
typedef Utils::Outcome<SendMessageResult, SQSError> SendMessageOutcome;
typedef Utils::Outcome<ReceiveMessageResult, SQSError> ReceiveMessageOutcome;
typedef Utils::Outcome<DeleteMessageResult, SQSError> DeleteMessageOutcome;
typedef std::future<SendMessageOutcome> SendMessageOutcomeCallable;
} // namespace Model
typedef std::function<void(const SQSClient *, const Model::SendMessageRequest &,
                           const Model::SendMessageOutcome &,
                           const std::shared_ptr<const Client::AsyncCallerContext> &)>
    SendMessageResponseReceivedHandler;

class SQSClient {
public:
  SQSClient(const Client::ClientConfiguration &clientConfiguration = Client::ClientConfiguration());
  Model::SendMessageOutcome SendMessage(const Model::SendMessageRequest &request) const;
  Model::SendMessageOutcomeCallable SendMessageCallable(const Model::SendMessageRequest &request) const;
  void SendMessageAsync(const Model::SendMessageRequest &request,
                        const SendMessageResponseReceivedHandler &handler,
                        const std::shared_ptr<const Client::AsyncCallerContext> &context = nullptr) const;
  Model::ReceiveMessageOutcome ReceiveMessage(const Model::ReceiveMessageRequest &request) const;
  Model::DeleteMessageOutcome DeleteMessage(const Model::DeleteMessageRequest &request) const;
};
} // namespace SQS
} // namespace Aws
