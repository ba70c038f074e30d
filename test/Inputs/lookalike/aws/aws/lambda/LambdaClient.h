// Look-alike test header: imitates the signatures of the AWS SDK for C++ Lambda client (Aws::Lambda::LambdaClient) (not the real library).
#pragma once
#include <aws/core/Aws.h>
#include <aws/lambda/model/InvokeRequest.h>

namespace Aws {
namespace Lambda {
class LambdaClient;
namespace Model {
typedef Utils::Outcome<InvokeResult, LambdaError> InvokeOutcome;
typedef std::future<InvokeOutcome> InvokeOutcomeCallable;
} // namespace Model
typedef std::function<void(const LambdaClient *, const Model::InvokeRequest &,
                           Model::InvokeOutcome,
                           const std::shared_ptr<const Client::AsyncCallerContext> &)>
    InvokeResponseReceivedHandler;

class LambdaClient {
public:
  LambdaClient(const Client::ClientConfiguration &clientConfiguration = Client::ClientConfiguration());
  /// Invokes a function: RequestResponse (the default) waits for its result,
  /// Event queues the event and returns.
  Model::InvokeOutcome Invoke(const Model::InvokeRequest &request) const;
  Model::InvokeOutcomeCallable InvokeCallable(const Model::InvokeRequest &request) const;
  void InvokeAsync(const Model::InvokeRequest &request,
                   const InvokeResponseReceivedHandler &handler,
                   const std::shared_ptr<const Client::AsyncCallerContext> &context = nullptr) const;
};
} // namespace Lambda
} // namespace Aws
