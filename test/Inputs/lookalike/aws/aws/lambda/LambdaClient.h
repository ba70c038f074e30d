// Look-alike test header (not the real library): follows aws/aws-sdk-cpp's generated/src/aws-cpp-sdk-lambda/include/aws/lambda/LambdaClient.h
// (the generated client pattern as of commit c5500d2bf926): each operation X is
// `virtual Model::XOutcome X(const Model::XRequest&) const`, with template XCallable and
// XAsync wrappers (request type defaulted to Model::XRequest). The base classes are cut.
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
  virtual Model::InvokeOutcome Invoke(const Model::InvokeRequest &request) const;
  template <typename InvokeRequestT = Model::InvokeRequest>
  Model::InvokeOutcomeCallable InvokeCallable(const InvokeRequestT &request) const;
  template <typename InvokeRequestT = Model::InvokeRequest>
  void InvokeAsync(const InvokeRequestT &request,
                   const InvokeResponseReceivedHandler &handler,
                   const std::shared_ptr<const Client::AsyncCallerContext> &context = nullptr) const;
};
} // namespace Lambda
} // namespace Aws
