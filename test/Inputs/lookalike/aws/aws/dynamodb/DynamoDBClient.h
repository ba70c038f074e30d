// Look-alike test header: imitates the signatures of the AWS SDK for C++ DynamoDB client (Aws::DynamoDB::DynamoDBClient) (not the real library).
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
  Model::PutItemOutcome PutItem(const Model::PutItemRequest &request) const;
  Model::PutItemOutcomeCallable PutItemCallable(const Model::PutItemRequest &request) const;
  Model::GetItemOutcome GetItem(const Model::GetItemRequest &request) const;
  Model::UpdateItemOutcome UpdateItem(const Model::UpdateItemRequest &request) const;
  Model::QueryOutcome Query(const Model::QueryRequest &request) const;
};
} // namespace DynamoDB
} // namespace Aws
