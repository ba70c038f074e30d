// Look-alike test header (not the real library): follows aws/aws-sdk-cpp's generated/src/aws-cpp-sdk-dynamodb/include/aws/dynamodb/DynamoDBClient.h
// (the generated client pattern as of commit c5500d2bf926): each operation X is
// `virtual Model::XOutcome X(const Model::XRequest&) const`, with template XCallable and
// XAsync wrappers (request type defaulted to Model::XRequest). The base classes are cut.
#pragma once
#include <aws/core/Aws.h>
#include <aws/dynamodb/model/PutItemRequest.h>

namespace Aws {
namespace DynamoDB {
namespace Model {
typedef Utils::Outcome<PutItemResult, DynamoDBError> PutItemOutcome;
typedef Utils::Outcome<GetItemResult, DynamoDBError> GetItemOutcome;
typedef Utils::Outcome<UpdateItemResult, DynamoDBError> UpdateItemOutcome;
typedef Utils::Outcome<QueryResult, DynamoDBError> QueryOutcome;
typedef std::future<PutItemOutcome> PutItemOutcomeCallable;
} // namespace Model

class DynamoDBClient {
public:
  DynamoDBClient(const Client::ClientConfiguration &clientConfiguration = Client::ClientConfiguration());
  virtual Model::PutItemOutcome PutItem(const Model::PutItemRequest &request) const;
  template <typename PutItemRequestT = Model::PutItemRequest>
  Model::PutItemOutcomeCallable PutItemCallable(const PutItemRequestT &request) const;
  virtual Model::GetItemOutcome GetItem(const Model::GetItemRequest &request) const;
  virtual Model::UpdateItemOutcome UpdateItem(const Model::UpdateItemRequest &request) const;
  virtual Model::QueryOutcome Query(const Model::QueryRequest &request) const;
};
} // namespace DynamoDB
} // namespace Aws
